# Draft translation: not yet checked by a native speaker.
menu-title = Maxaad rabtaa inaad samayso? Dooro badhan.
menu-language = 🌐 Luqadda
menu-privacy = 🔒 Xogtayda
menu-help = ❓ Maxay bot-kani qaban karaa?
menu-back = ⬅️ Ku noqo liiska
menu-help-text =
    <b>Waxa aan qaban karo</b>
    • Waxaan kuu sheegaa Kototori iyo adeegyadiisa.
    • Waxaan ka jawaabaa su'aalaha caadiga ah ee ku saabsan Kela, sharciga degenaanshaha, guriyeynta, caafimaadka, shaqada iyo iskuulka.
    • Waxaan ku tusaa qof ku caawin kara.
    • Waxaan kuu sheegaa goorta Kototori furan yahay iyo kooxaha iyo dhacdooyinka soo socda.
    • Waxaan kuu qabtaa ballan la-taliye.

    <b>Waxa aanan qaban karin</b>
    • Go'aan ma gaaro, mana ihi hay'ad dawladeed.
    • Ma arki karo waraaqahaaga ama kiiskaaga.

    Amarrada: /menu, /hours, /events, /book, /mybookings, /subscribe, /language, /privacy
menu-topics = 📚 Mawduucyada
menu-person = 🙋 La hadal qof
menu-hours = 🕘 Saacadaha furitaanka
menu-events = 📅 Kooxaha iyo barnaamijyada
