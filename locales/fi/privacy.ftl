privacy-summary =
    🔒 <b>Mitä tallennan sinusta</b>
    • Telegram-käyttäjänumerosi (en nimeäsi enkä puhelinnumeroasi)
    • Kielesi: { $language }
    • Milloin käytit bottia ensimmäisen ja viimeisen kerran: { $first_seen }, { $last_seen }
    • Oletko antanut luvan neuvojan yhteydenottoon: { $consent_advisor ->
        [yes] kyllä
       *[no] ei
    }
    • Uutiset Kototorista: { $announcements ->
        [yes] kyllä; aiheet: { $interests }
       *[no] ei
    }
    • Viikkokatsaus maanantaisin: { $digest ->
        [yes] kyllä
       *[no] ei
    }

    En säilytä kysymyksiäsi käyttäjänumerosi kanssa. Neuvoja ei näe viestejäsi ilman lupaasi.
    Voit poistaa kaiken nyt.
privacy-nothing-stored = 🔒 En tallenna sinusta nyt mitään.
privacy-delete-button = 🗑 Poista tietoni
privacy-delete-confirm = Poistetaanko kaikki tietosi botista? Tätä ei voi perua.
privacy-delete-yes = Kyllä, poista
privacy-delete-no = Ei, säilytä
privacy-deleted = ✅ Tietosi on poistettu. Jos kirjoitat uudelleen, kysyn kielesi uudestaan.
privacy-kept = Selvä, mitään ei poistettu.
