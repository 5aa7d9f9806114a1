# Draft translation: not yet checked by a native speaker.
common-fallback-sticker = Istiikar qurux badan! 🙂 Waxaan akhriyi karaa qoraal oo keliya. Fadlan qor su'aashaada ama dooro badhan.
common-fallback-voice = Ma dhegeysan karo fariimaha codka. Fadlan qor dhowr eray, ama dooro badhan. Qof jooga Kototori ayaa sidoo kale ku caawin kara: { $opening_hours }.
common-fallback-photo = Muuqaal ma daawan karo. Haddii aad caawimaad uga baahan tahay warqad, ii soo dir sawirkeeda ama fayl PDF ah, ama u keen Kototori: { $opening_hours }.
common-fallback-location = Mahadsanid. Uma baahni goobta aad joogto. Fadlan qor su'aashaada ama dooro badhan.
common-fallback-contact = Mahadsanid. Uma baahni kaararka xiriirka. Fadlan qor su'aashaada ama dooro badhan.
common-fallback-other = Waxaan akhriyi karaa qoraal oo keliya. Fadlan qor su'aashaada ama dooro badhan.
common-fallback-too-long = Fariintaadu aad bay u dheer tahay. Fadlan su'aashaada ku qor hal ama laba jumladood oo gaagaaban.
common-fallback-edited = Waxaan arkay inaad beddeshay fariin. Waxaan akhriyaa fariimaha cusub oo keliya: fadlan mar kale soo dir.
common-fallback-unknown-command = Amarkaas ma aqaan. Isku day /menu, /language ama /privacy.
common-fallback-stale-button = Badhankani waa duug. Waa kan liiskii mar kale.
common-fallback-group-note = Salaan! Waxaan ka shaqeeyaa oo keliya wada-sheekaysiga gaarka ah. Fadlan si toos ah ii soo qor. Hadda waan ka baxayaa kooxdan.

# -- errors ----------------------------------------------------------------------------------------------
common-error-apology = Waan ka xumahay, khalad ayaa dhinacayga ka dhacay. Fadlan mar kale isku day wax yar kadib, ama isticmaal /menu.

# -- commands --------------------------------------------------------------------------------------------
common-command-start = Bilow oo dooro luqadda
common-command-menu = Liiska guud
common-command-language = Beddel luqadda
common-command-privacy = Waxa bot-ku iga kaydiyo
common-command-delete-my-data = Tirtir xogtayda
common-command-help = Waxa bot-kan qaban karo
common-command-hours = Saacadaha: Kototori ma furan yahay?
common-command-events = Kooxaha iyo barnaamijyada
common-command-subscribe = Warka Kototori

# -- menu ------------------------------------------------------------------------------------------------
common-menu-title = Maxaad rabtaa inaad samayso? Dooro badhan.
common-menu-language = 🌐 Luqadda
common-menu-privacy = 🔒 Xogtayda
common-menu-help = ❓ Maxay bot-kani qaban karaa?
common-menu-back = ⬅️ Ku noqo liiska
common-menu-help-text =
    <b>Waxa aan qaban karo</b>
    • Waxaan kuu sheegaa Kototori iyo adeegyadiisa.
    • Waxaan ka jawaabaa su'aalaha caadiga ah ee ku saabsan Kela, sharciga degenaanshaha, guriyeynta, caafimaadka, shaqada iyo iskuulka.
    • Waxaan ku tusaa qof ku caawin kara.
    • Waxaan kuu sheegaa goorta Kototori furan yahay iyo kooxaha iyo dhacdooyinka soo socda.
    • Waxaan kuu qabtaa ballan la-taliye.
    • Waxaan kuu sharxaa warqad rasmi ah: ii soo dir sawirkeeda ama fayl PDF ah.

    <b>Waxa aanan qaban karin</b>
    • Go'aan ma gaaro, mana ihi hay'ad dawladeed.
    • Ma arki karo kiiskaaga ee xafiisyada dawladda.

    Amarrada: /menu, /hours, /events, /book, /mybookings, /subscribe, /language, /privacy
common-menu-topics = 📚 Mawduucyada
common-menu-person = 🙋 La hadal qof
common-menu-hours = 🕘 Saacadaha furitaanka
common-menu-events = 📅 Kooxaha iyo barnaamijyada

# -- the advice point's facts (bot/profile/phrases.py): weekday forms for "open on ...", the assistants' rota --
common-profile-weekday = { $day ->
    [mon] Isniinta
    [tue] Talaadada
    [wed] Arbacada
    [thu] Khamiista
    [fri] Jimcaha
    [sat] Sabtida
   *[sun] Axadda
}
common-profile-when = { $days }, saacadda { $hours }
common-profile-assistant = • { $language }: { $days }
common-profile-no-assistant = hadda ma jiro kaaliye luqadeed
common-profile-map = khariidad
