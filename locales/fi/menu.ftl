menu-title = Mitä haluat tehdä? Valitse painike.
menu-language = 🌐 Kieli
menu-privacy = 🔒 Omat tietoni
menu-help = ❓ Mitä botti osaa?
menu-back = ⬅️ Takaisin valikkoon
menu-help-text =
    <b>Mitä osaan</b>
    • Kerron Kototorista ja sen palveluista.
    • Vastaan tavallisiin kysymyksiin Kelasta, oleskeluluvista, asumisesta, terveydestä, työstä ja koulusta.
    • Näytän tien ihmisen luo, joka voi auttaa.
    • Kerron, milloin Kototori on auki ja mitä ryhmiä ja tapahtumia on tulossa.
    • Varaan sinulle ajan neuvojalle.

    <b>Mitä en osaa</b>
    • En tee päätöksiä enkä ole viranomainen.
    • En näe papereitasi tai asiaasi.

    Komennot: /menu, /hours, /events, /book, /mybookings, /subscribe, /language, /privacy
menu-topics = 📚 Aiheet
menu-person = 🙋 Puhu ihmisen kanssa
menu-hours = 🕘 Aukioloajat
menu-events = 📅 Ryhmät ja tapahtumat
