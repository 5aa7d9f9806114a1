# Draft translation: not yet checked by a native speaker.
privacy-summary =
    🔒 <b>Waxa aan kaa kaydiyo</b>
    • Lambarka isticmaalahaaga ee Telegram (ma aha magacaaga ama lambarka taleefankaaga)
    • Luqaddaada: { $language }
    • Goorta aad bot-ka isticmaashay markii ugu horreysay iyo markii ugu dambeysay: { $first_seen }, { $last_seen }
    • Ma oggolaatay in la-taliye kula soo xiriiro: { $consent_advisor ->
        [yes] haa
       *[no] maya
    }
    • Warka Kototori: { $announcements ->
        [yes] haa; mawduucyada: { $interests }
       *[no] maya
    }
    • Warbixin toddobaadle ah Isniin kasta: { $digest ->
        [yes] haa
       *[no] maya
    }

    Su'aalahaaga kuma kaydiyo lambarka isticmaalahaaga. La-taliye ma arko fariimahaaga haddii aadan marka hore oggolaan.
    Hadda waxaad tirtiri kartaa wax walba.
privacy-nothing-stored = 🔒 Hadda waxba kaama kaydiyo.
privacy-delete-button = 🗑 Tirtir xogtayda
privacy-delete-confirm = Ma rabtaa inaad bot-ka ka tirtirto dhammaan xogtaada? Tan dib looma celin karo.
privacy-delete-yes = Haa, tirtir
privacy-delete-no = Maya, hay
privacy-deleted = ✅ Xogtaada waa la tirtiray. Haddii aad mar kale ii soo qorto, mar kale ayaan ku weydiin doonaa luqaddaada.
privacy-kept = Hagaag, waxba lama tirtirin.
