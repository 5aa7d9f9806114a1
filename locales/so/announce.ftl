# Draft translation: not yet checked by a native speaker.
announce-message =
    📢 <b>Kototori</b>

    { $body }
announce-message-fallback =
    📢 <b>Kototori</b>
    <i>Warkani kuma qorna luqaddaada. Waa kan oo ku qoran { $language }.</i>

    { $body }
announce-only-coordinators = Tani waxay u gaar tahay isuduwayaasha Kototori oo keliya.
announce-choose-languages = 📢 <b>Ogeysiis cusub</b>
    Luqadee ayaad ku qori doontaa? Dooro luqadaha, kadibna riix Xiga.
announce-next = Xiga ➡️
announce-cancel = ✖️ Jooji
announce-cancelled = Ogeysiiska waa la joojiyay. Waxba lama dirin.
announce-need-language = Dooro ugu yaraan hal luqad.
announce-languages-chosen = Luqadaha: { $languages }
announce-ask-text = ✍️ Soo dir qoraalka ku qoran <b>{ $language }</b>. Qor qoraal caadi ah: sida aad u qorto ayaa loo diri doonaa.
announce-text-only = Fadlan ogeysiiska u soo dir fariin qoraal ah.
announce-too-long = Qoraalku aad buu u dheer yahay ({ $length } xaraf). Xadku waa { $limit }. Fadlan soo dir qoraal ka gaaban.
announce-choose-audience = 👥 Yaa heli doona?
announce-audience-all = 📣 Qof kasta oo war hela
announce-audience-language = 🌐 Luqadda
announce-audience-interest = ⭐ Xiisaha
announce-audience-event = 📅 Dadka isdiiwaangeliyay dhacdo
announce-audience-with-value = { $kind }: { $value }
announce-choose-value = Mid dooro.
announce-audience-chosen = 👥 Qaatayaasha: { $audience }
announce-summary =
    👀 Kor: horu-eegis, hal fariin luqad kasta.
    📊 <b>{ $total ->
        [one] Hal qof
       *[other] { $total } qof
    }</b> ({ $audience })
    { $lines }

    Fariin kasta waxay leedahay badhan lagu joojiyo warka. Hadda ma la diraa mise wakhti kale?
announce-summary-line = • { $language }: { $count }
announce-summary-line-fallback = • { $language }: { $count } (waxay helayaan { $text_language } iyo qoraal gaaban)
announce-summary-none = Qofna kooxdan kama helo war weli. Dooro koox kale, ama jooji.
announce-send-now = 📤 Hadda dir
announce-schedule = 🕘 Wakhti u qabso
announce-sending = 📤 Diristu hadda ayay bilaabanaysaa. Halkan ayaan ku tusi doonaa horumarka.
announce-choose-day = 🕘 Maalintee?
announce-today = Maanta
announce-tomorrow = Berri
announce-choose-hour = 🕘 Saacaddee { $day }? (wakhtiga Finland)
announce-time-past = Wakhtigaas wuu dhaafay. Fadlan dooro mid kale.
announce-scheduled = 🕘 Ogeysiiska #{ $id } waxaa la diri doonaa { $day } { $time } (wakhtiga Finland).
announce-cancel-scheduled = ✖️ Jooji ogeysiiskan
announce-stopped = Waa la joojiyay. Qof kale ma heli doono.
announce-stop-too-late = Horey ayuu u dhammaaday.
