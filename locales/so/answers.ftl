# Draft translation: not yet checked by a native speaker.
answers-more = ➕ Wax kale
answers-helpful = 👍
answers-not-helpful = 👎
answers-other-topic = ↪️ { $title }
answers-person = 🙋 La hadal qof
answers-topics = 📚 Dhammaan mawduucyada
answers-none-of-these = Midkoodna maaha
# Unsure between two or three topics: one question in their own words (the topics' `about` phrases), a button each.
answers-unsure =
    { $count ->
        [1] Arrintaadu ma ku saabsan tahay { $first }?
        [2] Arrintaadu ma ku saabsan tahay { $first } mise { $second }?
       *[other] Arrintaadu ma ku saabsan tahay { $first }, { $second } mise { $third }?
    }
answers-something-else = Wax kale
# A message that raised two matters: the second one's button under the answer.
answers-also = 📌 Sidoo kale: { $title }
answers-also-offer = Waxaad sidoo kale wax ka qortay { $about }.
answers-decline =
    Waan ka xumahay, jawaabta arrintaas ma aqaan. Waxaan aqaan dhowr arrimood oo keliya, tusaale ahaan Kela, sharciga degenaanshaha, guriyeynta iyo caafimaadka.
    Dooro mawduuc, ama la hadal qof: Kototori waa furan yahay { $opening_hours }. Ballan looma baahna.
answers-fallback-note = <i>Qoraalkan weli laguma hayo luqaddaada. Waa kan oo ku qoran luqadda { $language }.</i>
answers-draft-note = <i>Tarjumaad hordhac ah, weli lama hubin.</i>
answers-switch-language = 🌐 Ma rabtaa inaad ku qorto { $language }?
answers-urgent =
    🚨 <b>Haddii uu hadda khatar jiro, wac 112.</b>
    • Caawimaad xaalad adag, taleefan, habeen iyo maalin: khadka MIELI 09 2525 0111
    • Rabshad ama hanjabaad lammaane ama qoys, qof kasta, habeen iyo maalin oo bilaash ah: Nollalinja 080 005 005
    • Khadka caawimaadda caafimaadka (daryeel degdeg ah): 116117
answers-thanks-feedback = Mahadsanid jawaab-celintaada!
answers-sorry-feedback = Waan ka xumahay inaysan taasi ku caawin. Malaha mid ka mid ah kuwan, ama la hadal qof.
answers-categories = Dooro qayb.
answers-category-topics = Dooro mawduuc.
answers-category-about = 🏠 Kototori
answers-category-papers = 📄 Warqado, foomam, biilal
answers-category-permits = 🛂 Sharciga degenaanshaha iyo dhalashada
answers-category-money = 💶 Kela iyo lacagta
answers-category-work-study = 🎓 Shaqada iyo waxbarashada
answers-category-family = 👨‍👩‍👧 Carruurta iyo qoyska
answers-category-housing = 🏢 Guriyeynta
answers-category-health-safety = 🩺 Caafimaadka iyo badbaadada
answers-category-rights = ⚖️ Xuquuqda, bangiga, canshuurta, maktabadda
answers-smalltalk-greeting = Salaan! 👋 I weydii su'aal, ama dooro badhan.
answers-smalltalk-thanks = Adaa mudan! Mar kale i weydii waqti kasta.
answers-smalltalk-goodbye = Nabadeey! Kototori waa furan yahay { $opening_hours }. Soo dhawoow!
