# Draft translation: not yet checked by a native speaker.
subscribe-offer = 📢 Ma rabtaa war gaaban oo ka yimaada Kototori mar mar? Tusaale ahaan saacadaha furitaanka oo isbeddelay ama kooxo cusub. Waad joojin kartaa wakhti kasta.
subscribe-offer-yes = ✅ Haa, fadlan
subscribe-offer-no = Maya, mahadsanid
subscribe-declined = Hagaag, war laguma soo diri doono. Waad beddeli kartaa wakhti kasta adigoo isticmaalaya /subscribe.
subscribe-status =
    { $on ->
        [yes] 🔔 Waxaad helaysaa warka Kototori.
       *[no] 🔕 Ma helaysid warka Kototori.
    }
    Dooro mawduucyada aad jeceshahay (waad ka boodi kartaa). Warka guud wuxuu gaaraa qof kasta oo war hela.
subscribe-interest-finnish = 🇫🇮 Barashada af-Finnishka
subscribe-interest-work = 💼 Shaqo iyo waxbarasho
subscribe-interest-families = 👨‍👩‍👧 Qoysaska iyo carruurta
subscribe-interest-sports = ⚽ Ciyaaraha
subscribe-interest-events = 🎉 Munaasabado iyo kooxo
subscribe-on-button = 🔔 War ii soo dir
subscribe-off-button = 🔕 Jooji warka oo dhan
subscribe-done-button = ✅ Dhammaad
subscribe-saved = ✅ Waa la kaydiyay. Waad beddeli kartaa wakhti kasta adigoo isticmaalaya /subscribe.
subscribe-stop-button = 🔕 Jooji warka
subscribe-stopped = 🔕 War dambe laguma soo diri doono. Mar kale waad shidi kartaa adigoo isticmaalaya /subscribe.
subscribe-again-button = 🔔 War ii soo dir mar kale
subscribe-started = 🔔 Mar kale waxaad helaysaa warka Kototori.
subscribe-offer-digest = 📅 Kaliya warbixin toddobaadle ah (Isniinta)
subscribe-digest-button = 📅 Warbixin toddobaadle ah Isniin kasta
subscribe-digest-status = { $on ->
    [yes] 📅 Subax kasta oo Isniin ah waxaad helaysaa warbixin toddobaadka ah: maalmaha furan iyo kooxaha.
   *[no] 📅 Waxaad sidoo kale heli kartaa subax kasta oo Isniin ah warbixin toddobaadka ah: maalmaha furan iyo kooxaha.
}
subscribe-digest-stop-button = 📅 Jooji warbixinta toddobaadlaha ah
subscribe-digest-stopped = 📅 Warbixinta toddobaadlaha ah laguma soo diri doono mar dambe. Mar kale waad shidi kartaa adigoo isticmaalaya /subscribe.
subscribe-digest-again-button = 📅 Warbixinta toddobaadlaha ah ii soo dir mar kale
subscribe-digest-started = 📅 Mar kale waxaad helaysaa warbixinta toddobaadlaha ah.
