common-fallback-sticker = Kiva tarra! 🙂 Osaan lukea vain tekstiä. Kirjoita kysymyksesi tai valitse painike.
common-fallback-voice = En voi kuunnella ääniviestejä. Kirjoita muutama sana tai valitse painike. Kototorilla ihminen voi myös auttaa: { $opening_hours }.
common-fallback-photo = En osaa katsoa videoita. Jos tarvitset apua kirjeen kanssa, lähetä minulle siitä kuva tai PDF tai tuo se Kototorille: { $opening_hours }.
common-fallback-location = Kiitos. En tarvitse sijaintiasi. Kirjoita kysymyksesi tai valitse painike.
common-fallback-contact = Kiitos. En tarvitse yhteystietokortteja. Kirjoita kysymyksesi tai valitse painike.
common-fallback-other = Osaan lukea vain tekstiä. Kirjoita kysymyksesi tai valitse painike.
common-fallback-too-long = Viestisi on hyvin pitkä. Kirjoita kysymyksesi yhdellä tai kahdella lyhyellä lauseella.
common-fallback-edited = Huomasin, että muokkasit viestiä. Luen vain uudet viestit: lähetä se uudelleen.
common-fallback-unknown-command = En tunne tätä komentoa. Kokeile /menu, /language tai /privacy.
common-fallback-stale-button = Tämä painike on vanha. Tässä valikko uudelleen.
common-fallback-group-note = Hei! Toimin vain yksityisissä keskusteluissa. Kirjoita minulle suoraan. Poistun nyt tästä ryhmästä.

# -- errors ----------------------------------------------------------------------------------------------
common-error-apology = Anteeksi, minulla meni jotain vikaan. Yritä hetken päästä uudelleen tai käytä komentoa /menu.

# -- commands --------------------------------------------------------------------------------------------
common-command-start = Aloita ja valitse kieli
common-command-menu = Päävalikko
common-command-language = Vaihda kieli
common-command-privacy = Mitä botti tallentaa minusta
common-command-delete-my-data = Poista tietoni
common-command-help = Mitä botti osaa
common-command-hours = Aukioloajat: onko Kototori auki?
common-command-events = Ryhmät ja tapahtumat
common-command-subscribe = Uutiset Kototorista

# -- menu ------------------------------------------------------------------------------------------------
common-menu-title = Mitä haluat tehdä? Valitse painike.
common-menu-language = 🌐 Kieli
common-menu-privacy = 🔒 Omat tietoni
common-menu-help = ❓ Mitä botti osaa?
common-menu-back = ⬅️ Takaisin valikkoon
common-menu-help-text =
    <b>Mitä osaan</b>
    • Kerron Kototorista ja sen palveluista.
    • Vastaan tavallisiin kysymyksiin Kelasta, oleskeluluvista, asumisesta, terveydestä, työstä ja koulusta.
    • Näytän tien ihmisen luo, joka voi auttaa.
    • Kerron, milloin Kototori on auki ja mitä ryhmiä ja tapahtumia on tulossa.
    • Varaan sinulle ajan neuvojalle.
    • Selitän virallisen kirjeen: lähetä minulle siitä kuva tai PDF.

    <b>Mitä en osaa</b>
    • En tee päätöksiä enkä ole viranomainen.
    • En näe asiaasi viranomaisissa.

    Komennot: /menu, /hours, /events, /book, /mybookings, /subscribe, /language, /privacy
common-menu-topics = 📚 Aiheet
common-menu-person = 🙋 Puhu ihmisen kanssa
common-menu-hours = 🕘 Aukioloajat
common-menu-events = 📅 Ryhmät ja tapahtumat

# -- the advice point's facts (bot/profile/phrases.py): weekday forms for "open on ...", the assistants' rota --
common-profile-weekday = { $day ->
    [mon] maanantaisin
    [tue] tiistaisin
    [wed] keskiviikkoisin
    [thu] torstaisin
    [fri] perjantaisin
    [sat] lauantaisin
   *[sun] sunnuntaisin
}
common-profile-when = { $days } klo { $hours }
common-profile-assistant = • { $language }: { $days }
common-profile-no-assistant = ei kieliavustajaa tällä hetkellä
common-profile-map = kartta
