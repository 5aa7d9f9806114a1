# Draft translation: not yet checked by a native speaker.
common-fallback-sticker = Kiva tarra! 🙂 Osaan lukea vain tekstiä. Kirjoita kysymys. Tai valitse nappi.
common-fallback-voice = En voi kuunnella ääniviestejä. Kirjoita muutama sana. Tai valitse nappi. Voit myös tulla Kototorille. Siellä ihminen auttaa sinua. Kototori on auki { $opening_hours }.
common-fallback-photo = En osaa katsoa videoita. Onko sinulla kirje? Lähetä minulle kuva kirjeestä. Voit myös tuoda kirjeen Kototorille. Kototori on auki { $opening_hours }.
common-fallback-location = Kiitos. Minun ei tarvitse tietää, missä olet. Kirjoita kysymys. Tai valitse nappi.
common-fallback-contact = Kiitos. En tarvitse yhteystietoja. Kirjoita kysymys. Tai valitse nappi.
common-fallback-other = Osaan lukea vain tekstiä. Kirjoita kysymys. Tai valitse nappi.
common-fallback-too-long = Viesti on liian pitkä. Kirjoita vain yksi tai kaksi lyhyttä lausetta.
common-fallback-edited = Sinä muutit viestiä. Luen vain uusia viestejä. Lähetä viesti uudelleen.
common-fallback-unknown-command = En tunne tätä komentoa. Kokeile /menu, /language tai /privacy.
common-fallback-stale-button = Tämä nappi on vanha. Tässä on valikko uudelleen.
common-fallback-group-note = Hei! En toimi ryhmissä. Kirjoita minulle suoraan. Lähden nyt tästä ryhmästä.

# -- errors ----------------------------------------------------------------------------------------------
common-error-apology = Anteeksi. Minulla on nyt ongelma. Yritä pian uudelleen. Tai kirjoita /menu.

# -- commands --------------------------------------------------------------------------------------------
common-command-start = Aloita ja valitse kieli
common-command-menu = Valikko
common-command-language = Vaihda kieli
common-command-privacy = Mitä tietoja botti tallentaa
common-command-delete-my-data = Poista minun tietoni
common-command-help = Mitä botti osaa
common-command-hours = Milloin Kototori on auki?
common-command-events = Ryhmät ja tapahtumat
common-command-subscribe = Uutiset Kototorista

# -- menu ------------------------------------------------------------------------------------------------
common-menu-title = Mitä haluat tehdä? Valitse nappi.
common-menu-language = 🌐 Kieli
common-menu-privacy = 🔒 Omat tiedot
common-menu-help = ❓ Mitä botti osaa?
common-menu-back = ⬅️ Takaisin valikkoon
common-menu-help-text =
    <b>Mitä osaan</b>
    • Kerron sinulle Kototorista.
    • Vastaan tavallisiin kysymyksiin. Aiheet ovat esimerkiksi Kela, oleskelulupa, asuminen, terveys, työ ja koulu.
    • Kerron, kuka voi auttaa sinua.
    • Kerron, milloin Kototori on auki. Kerron myös ryhmistä ja tapahtumista.
    • Voit varata ajan. Silloin neuvoja odottaa sinua.
    • Selitän sinulle kirjeen. Lähetä minulle kirjeestä kuva tai PDF.

    <b>Mitä en osaa</b>
    • En tee päätöksiä. En ole viranomainen.
    • En näe sinun asiaasi virastossa.

    Komennot: /menu, /hours, /events, /book, /mybookings, /subscribe, /language, /privacy
common-menu-topics = 📚 Aiheet
common-menu-person = 🙋 Puhu ihmisen kanssa
common-menu-hours = 🕘 Aukioloajat
common-menu-events = 📅 Ryhmät ja tapahtumat

# -- the advice point's facts (bot/profile/phrases.py): weekday forms for "open on ...", the assistants' rota --
common-profile-weekday = { $day ->
    [mon] joka maanantai
    [tue] joka tiistai
    [wed] joka keskiviikko
    [thu] joka torstai
    [fri] joka perjantai
    [sat] joka lauantai
   *[sun] joka sunnuntai
}
common-profile-when = { $days } klo { $hours }
common-profile-assistant = • { $language }: { $days }
common-profile-no-assistant = ei kieliavustajaa nyt
common-profile-map = Katso paikka kartalta
