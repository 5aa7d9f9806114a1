# Draft translation: not yet checked by a native speaker.
subscribe-offer = 📢 Haluatko uutisia Kototorista? Kerromme esimerkiksi, jos aukioloaika muuttuu tai jos on uusi ryhmä. Voit lopettaa milloin vain.
subscribe-offer-yes = ✅ Kyllä, kiitos
subscribe-offer-no = Ei kiitos
subscribe-declined = Selvä. Et saa uutisia. Voit muuttaa tämän komennolla /subscribe.
subscribe-status =
    { $on ->
        [yes] 🔔 Saat uutisia Kototorista.
       *[no] 🔕 Et saa uutisia Kototorista.
    }
    Mitkä asiat kiinnostavat sinua? Voit valita. Tärkeät uutiset tulevat kaikille.
subscribe-interest-finnish = 🇫🇮 Suomen kieli
subscribe-interest-work = 💼 Työ ja koulu
subscribe-interest-families = 👨‍👩‍👧 Perhe ja lapset
subscribe-interest-sports = ⚽ Liikunta
subscribe-interest-events = 🎉 Tapahtumat ja ryhmät
subscribe-on-button = 🔔 Haluan uutisia
subscribe-off-button = 🔕 En halua uutisia
subscribe-done-button = ✅ Valmis
subscribe-saved = ✅ Tallennettu. Voit muuttaa tätä komennolla /subscribe.
subscribe-stop-button = 🔕 Lopeta uutiset
subscribe-stopped = 🔕 Et saa enää uutisia. Jos haluat uutisia taas, kirjoita /subscribe.
subscribe-again-button = 🔔 Haluan taas uutisia
subscribe-started = 🔔 Saat taas uutisia Kototorista.
subscribe-offer-digest = 📅 Vain viikon tiedot maanantaina
subscribe-digest-button = 📅 Viikon tiedot maanantaina
subscribe-digest-status = { $on ->
    [yes] 📅 Saat joka maanantai aamulla viestin. Siinä kerrotaan, milloin Kototori on auki ja mitä ryhmiä on sillä viikolla.
   *[no] 📅 Voit saada joka maanantai viestin. Siinä kerrotaan, milloin Kototori on auki ja mitä ryhmiä on sillä viikolla.
}
subscribe-digest-stop-button = 📅 Lopeta viikon tiedot
subscribe-digest-stopped = 📅 Et saa enää viikon tietoja. Jos haluat ne taas, kirjoita /subscribe.
subscribe-digest-again-button = 📅 Haluan taas viikon tiedot
subscribe-digest-started = 📅 Saat taas viikon tiedot.
