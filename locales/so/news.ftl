# Draft translation: not yet checked by a native speaker.
news-offer = 📢 Ma rabtaa war gaaban oo ka yimaada Kototori mar mar? Tusaale ahaan saacadaha furitaanka oo isbeddelay ama kooxo cusub. Waad joojin kartaa wakhti kasta.
news-offer-yes = ✅ Haa, fadlan
news-offer-no = Maya, mahadsanid
news-declined = Hagaag, war laguma soo diri doono. Waad beddeli kartaa wakhti kasta adigoo isticmaalaya /subscribe.
news-status =
    { $on ->
        [yes] 🔔 Waxaad helaysaa warka Kototori.
       *[no] 🔕 Ma helaysid warka Kototori.
    }
    Dooro mawduucyada aad jeceshahay (waad ka boodi kartaa). Warka guud wuxuu gaaraa qof kasta oo war hela.
news-interest-finnish = 🇫🇮 Barashada af-Finnishka
news-interest-work = 💼 Shaqo iyo waxbarasho
news-interest-families = 👨‍👩‍👧 Qoysaska iyo carruurta
news-interest-sports = ⚽ Ciyaaraha
news-interest-events = 🎉 Munaasabado iyo kooxo
news-on-button = 🔔 War ii soo dir
news-off-button = 🔕 Jooji warka oo dhan
news-done-button = ✅ Dhammaad
news-saved = ✅ Waa la kaydiyay. Waad beddeli kartaa wakhti kasta adigoo isticmaalaya /subscribe.
news-stop-button = 🔕 Jooji warka
news-stopped = 🔕 War dambe laguma soo diri doono. Mar kale waad shidi kartaa adigoo isticmaalaya /subscribe.
news-again-button = 🔔 War ii soo dir mar kale
news-started = 🔔 Mar kale waxaad helaysaa warka Kototori.
news-offer-digest = 📅 Kaliya warbixin toddobaadle ah (Isniinta)
news-digest-button = 📅 Warbixin toddobaadle ah Isniin kasta
news-digest-status = { $on ->
    [yes] 📅 Subax kasta oo Isniin ah waxaad helaysaa warbixin toddobaadka ah: maalmaha furan iyo kooxaha.
   *[no] 📅 Waxaad sidoo kale heli kartaa subax kasta oo Isniin ah warbixin toddobaadka ah: maalmaha furan iyo kooxaha.
}
news-digest-stop-button = 📅 Jooji warbixinta toddobaadlaha ah
news-digest-stopped = 📅 Warbixinta toddobaadlaha ah laguma soo diri doono mar dambe. Mar kale waad shidi kartaa adigoo isticmaalaya /subscribe.
news-digest-again-button = 📅 Warbixinta toddobaadlaha ah ii soo dir mar kale
news-digest-started = 📅 Mar kale waxaad helaysaa warbixinta toddobaadlaha ah.

# -- announce --------------------------------------------------------------------------------------------
news-announce-message =
    📢 <b>Kototori</b>

    { $body }
news-announce-message-fallback =
    📢 <b>Kototori</b>
    <i>Warkani kuma qorna luqaddaada. Waa kan oo ku qoran { $language }.</i>

    { $body }
news-announce-only-coordinators = Tani waxay u gaar tahay isuduwayaasha Kototori oo keliya.
news-announce-choose-languages = 📢 <b>Ogeysiis cusub</b>
    Luqadee ayaad ku qori doontaa? Dooro luqadaha, kadibna riix Xiga.
news-announce-next = Xiga ➡️
news-announce-cancel = ✖️ Jooji
news-announce-cancelled = Ogeysiiska waa la joojiyay. Waxba lama dirin.
news-announce-need-language = Dooro ugu yaraan hal luqad.
news-announce-languages-chosen = Luqadaha: { $languages }
news-announce-ask-text = ✍️ Soo dir qoraalka ku qoran <b>{ $language }</b>. Qor qoraal caadi ah: sida aad u qorto ayaa loo diri doonaa.
news-announce-text-only = Fadlan ogeysiiska u soo dir fariin qoraal ah.
news-announce-too-long = Qoraalku aad buu u dheer yahay ({ $length } xaraf). Xadku waa { $limit }. Fadlan soo dir qoraal ka gaaban.
news-announce-choose-audience = 👥 Yaa heli doona?
news-announce-audience-all = 📣 Qof kasta oo war hela
news-announce-audience-language = 🌐 Luqadda
news-announce-audience-interest = ⭐ Xiisaha
news-announce-audience-event = 📅 Dadka isdiiwaangeliyay dhacdo
news-announce-audience-with-value = { $kind }: { $value }
news-announce-choose-value = Mid dooro.
news-announce-audience-chosen = 👥 Qaatayaasha: { $audience }
news-announce-summary =
    👀 Kor: horu-eegis, hal fariin luqad kasta.
    📊 <b>{ $total ->
        [one] Hal qof
       *[other] { $total } qof
    }</b> ({ $audience })
    { $lines }

    Fariin kasta waxay leedahay badhan lagu joojiyo warka. Hadda ma la diraa mise wakhti kale?
news-announce-summary-line = • { $language }: { $count }
news-announce-summary-line-fallback = • { $language }: { $count } (waxay helayaan { $text_language } iyo qoraal gaaban)
news-announce-summary-none = Qofna kooxdan kama helo war weli. Dooro koox kale, ama jooji.
news-announce-send-now = 📤 Hadda dir
news-announce-schedule = 🕘 Wakhti u qabso
news-announce-sending = 📤 Diristu hadda ayay bilaabanaysaa. Halkan ayaan ku tusi doonaa horumarka.
news-announce-choose-day = 🕘 Maalintee?
news-announce-today = Maanta
news-announce-tomorrow = Berri
news-announce-choose-hour = 🕘 Saacaddee { $day }? (wakhtiga Finland)
news-announce-time-past = Wakhtigaas wuu dhaafay. Fadlan dooro mid kale.
news-announce-scheduled = 🕘 Ogeysiiska #{ $id } waxaa la diri doonaa { $day } { $time } (wakhtiga Finland).
news-announce-cancel-scheduled = ✖️ Jooji ogeysiiskan
news-announce-stopped = Waa la joojiyay. Qof kale ma heli doono.
news-announce-stop-too-late = Horey ayuu u dhammaaday.

# -- notices ---------------------------------------------------------------------------------------------
news-notice-closed =
    📢 <b>Kototori waa xiran yahay</b>: { $day } ({ $reason }).
    Mar kale wuxuu furmayaa: { $next_day }, { $next_hours }.
news-notice-closed-no-next = 📢 <b>Kototori waa xiran yahay</b>: { $day } ({ $reason }).
news-notice-hours =
    📢 <b>Saacadaha furitaanka waa isbeddeleen</b>: { $day }, { $hours } (caadi ahaan { $usual }).
    Sababta: { $reason }.
news-notice-extra = 📢 <b>Maalin dheeraad ah oo furan</b>: Kototori wuu furan yahay { $day }, { $hours } ({ $reason }).
news-notice-digest =
    📅 <b>Kototori toddobaadkan</b> ({ $dates })

    🕘 <b>Saacadaha furitaanka</b>
    { $days }

    🎉 <b>Kooxaha iyo barnaamijyada</b>
    { $events }
news-notice-digest-no-days = Kototori mar dambe ma furna toddobaadkan.
news-notice-digest-no-events = Toddobaadkan ma jiraan kooxo ama barnaamijyo.

# -- outbox ----------------------------------------------------------------------------------------------
news-outbox-progress =
    📤 <b>{ $kind ->
        [announcement] Ogeysiiska
       *[other] Ogeysiisyada
    } #{ $id }</b>
    Waa la dirayaa… { $sent } ka mid ah { $total } ayaa gaaray.
news-outbox-progress-final =
    📤 <b>{ $kind ->
        [announcement] Ogeysiiska
       *[other] Ogeysiisyada
    } #{ $id }</b>
    Waa dhammaaday: { $sent } ka mid ah { $total } ayaa gaaray.
news-outbox-stop-button = ⏹ Jooji dirista
news-outbox-report =
    ✅ <b>{ $kind ->
        [announcement] Ogeysiiska
       *[other] Ogeysiisyada
    } #{ $id } waa la diray.</b>
    • Gaaray: { $sent } ka mid ah { $total }
    • Bot-ka way xireen (waa laga saaray): { $blocked }
    • Fashilmay: { $failed }
    • Aan la garanayn: { $unknown }
    Aan la garanayn waxay ka dhigan tahay in dirista ay istaagtay inta fariimahan la dirayay: waxaa laga yaabaa inay gaareen, sidaas darteed mar kale lama diri doono.
news-outbox-report-stopped =
    ⛔ <b>{ $kind ->
        [announcement] Ogeysiiska
       *[other] Ogeysiisyada
    } #{ $id } waa la joojiyay.</b>
    Fariinta { $language } lama diri karin ({ $reason }). Fadlan hubi qoraalka oo soo dir ogeysiis cusub.
    • Gaaray: { $sent } ka mid ah { $total }
    • Lama dirin: { $pending }
    • Bot-ka way xireen: { $blocked }
    • Fashilmay: { $failed }
    • Aan la garanayn: { $unknown }
news-outbox-report-cancelled =
    ✖️ <b>{ $kind ->
        [announcement] Ogeysiiska
       *[other] Ogeysiisyada
    } #{ $id } waa la joojiyay.</b>
    • Gaaray ka hor: { $sent } ka mid ah { $total }
    • Lama dirin: { $pending }
    • Bot-ka way xireen: { $blocked }
    • Fashilmay: { $failed }
    • Aan la garanayn: { $unknown }
