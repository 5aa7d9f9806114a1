# Draft translation: not yet checked by a native speaker.
privacy-summary =
    🔒 <b>Mitä tallennan sinusta</b>
    • Sinun käyttäjänumerosi Telegramissa. Se ei ole puhelinnumero. En tallenna nimeäsi.
    • Sinun kielesi: { $language }
    • Milloin käytit bottia ensimmäisen kerran: { $first_seen }
    • Milloin käytit bottia viimeksi: { $last_seen }
    • Saako neuvoja ottaa sinuun yhteyttä: { $consent_advisor ->
        [yes] kyllä
       *[no] ei
    }
    • Saatko uutisia Kototorista: { $announcements ->
        [yes] kyllä. Aiheet: { $interests }
       *[no] ei
    }
    • Saatko viikon tiedot maanantaina: { $digest ->
        [yes] kyllä
       *[no] ei
    }

    En tallenna kysymyksiä ja käyttäjänumeroa yhdessä. Neuvoja ei näe sinun viestejäsi. Hän näkee ne vain, jos annat luvan.
    Voit poistaa kaikki tiedot nyt.
privacy-nothing-stored = 🔒 Minulla ei ole nyt mitään tietoja sinusta.
privacy-delete-button = 🗑 Poista minun tietoni
privacy-delete-confirm = Haluatko poistaa kaikki tietosi? Et saa tietoja enää takaisin.
privacy-delete-yes = Kyllä, poista
privacy-delete-no = Ei, älä poista
privacy-deleted = ✅ Tietosi on nyt poistettu. Voit kirjoittaa minulle uudelleen. Silloin valitset kielen uudelleen.
privacy-kept = Selvä. En poistanut mitään.
