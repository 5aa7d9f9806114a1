subscribe-offer = 📢 Haluatko lyhyitä uutisia Kototorista silloin tällöin? Esimerkiksi muuttuneista aukioloajoista tai uusista ryhmistä. Voit lopettaa milloin vain.
subscribe-offer-yes = ✅ Kyllä, kiitos
subscribe-offer-no = Ei kiitos
subscribe-declined = Selvä, ei uutisia. Voit muuttaa tämän milloin vain komennolla /subscribe.
subscribe-status =
    { $on ->
        [yes] 🔔 Saat uutisia Kototorista.
       *[no] 🔕 Et saa uutisia Kototorista.
    }
    Valitse aiheet, jotka kiinnostavat sinua (voit myös ohittaa tämän). Yleiset uutiset tulevat kaikille, jotka saavat uutisia.
subscribe-interest-finnish = 🇫🇮 Suomen opiskelu
subscribe-interest-work = 💼 Työ ja opiskelu
subscribe-interest-families = 👨‍👩‍👧 Perheet ja lapset
subscribe-interest-sports = ⚽ Liikunta
subscribe-interest-events = 🎉 Tapahtumat ja ryhmät
subscribe-on-button = 🔔 Haluan uutisia
subscribe-off-button = 🔕 Lopeta kaikki uutiset
subscribe-done-button = ✅ Valmis
subscribe-saved = ✅ Tallennettu. Voit muuttaa tätä milloin vain komennolla /subscribe.
subscribe-stop-button = 🔕 Lopeta uutiset
subscribe-stopped = 🔕 Et saa enää uutisia. Voit ottaa ne taas käyttöön komennolla /subscribe.
subscribe-again-button = 🔔 Haluan taas uutisia
subscribe-started = 🔔 Saat taas uutisia Kototorista.
subscribe-offer-digest = 📅 Vain viikkokatsaus (maanantaisin)
subscribe-digest-button = 📅 Viikkokatsaus maanantaisin
subscribe-digest-status = { $on ->
    [yes] 📅 Saat joka maanantaiaamu katsauksen viikkoon: aukiolopäivät ja ryhmät.
   *[no] 📅 Voit saada myös joka maanantaiaamu katsauksen viikkoon: aukiolopäivät ja ryhmät.
}
subscribe-digest-stop-button = 📅 Lopeta viikkokatsaus
subscribe-digest-stopped = 📅 Et saa enää viikkokatsausta. Voit ottaa sen taas käyttöön komennolla /subscribe.
subscribe-digest-again-button = 📅 Haluan taas viikkokatsauksen
subscribe-digest-started = 📅 Saat taas viikkokatsauksen.
