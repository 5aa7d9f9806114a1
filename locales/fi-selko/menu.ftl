# Draft translation: not yet checked by a native speaker.
menu-title = Mitä haluat tehdä? Valitse nappi.
menu-language = 🌐 Kieli
menu-privacy = 🔒 Omat tiedot
menu-help = ❓ Mitä botti osaa?
menu-back = ⬅️ Takaisin valikkoon
menu-help-text =
    <b>Mitä osaan</b>
    • Kerron sinulle Kototorista.
    • Vastaan tavallisiin kysymyksiin. Aiheet ovat esimerkiksi Kela, oleskelulupa, asuminen, terveys, työ ja koulu.
    • Kerron, kuka voi auttaa sinua.
    • Kerron, milloin Kototori on auki. Kerron myös ryhmistä ja tapahtumista.
    • Voit varata ajan. Silloin neuvoja odottaa sinua.

    <b>Mitä en osaa</b>
    • En tee päätöksiä. En ole viranomainen.
    • En näe sinun papereitasi. En tunne sinun asiaasi.

    Komennot: /menu, /hours, /events, /book, /mybookings, /subscribe, /language, /privacy
menu-topics = 📚 Aiheet
menu-person = 🙋 Puhu ihmisen kanssa
menu-hours = 🕘 Aukioloajat
menu-events = 📅 Ryhmät ja tapahtumat
