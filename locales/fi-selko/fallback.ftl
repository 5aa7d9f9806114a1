# Draft translation: not yet checked by a native speaker.
fallback-sticker = Kiva tarra! 🙂 Osaan lukea vain tekstiä. Kirjoita kysymys. Tai valitse nappi.
fallback-voice = En voi kuunnella ääniviestejä. Kirjoita muutama sana. Tai valitse nappi. Voit myös tulla Kototorille. Siellä ihminen auttaa sinua. Kototori on auki joka tiistai ja perjantai klo 9–15.
fallback-photo = En osaa lukea kuvia tai papereita. Onko sinulla kirje? Tarvitsetko apua? Tuo kirje Kototorille. Kototori on auki joka tiistai ja perjantai klo 9–15.
fallback-location = Kiitos. Minun ei tarvitse tietää, missä olet. Kirjoita kysymys. Tai valitse nappi.
fallback-contact = Kiitos. En tarvitse yhteystietoja. Kirjoita kysymys. Tai valitse nappi.
fallback-other = Osaan lukea vain tekstiä. Kirjoita kysymys. Tai valitse nappi.
fallback-too-long = Viesti on liian pitkä. Kirjoita vain yksi tai kaksi lyhyttä lausetta.
fallback-edited = Sinä muutit viestiä. Luen vain uusia viestejä. Lähetä viesti uudelleen.
fallback-unknown-command = En tunne tätä komentoa. Kokeile /menu, /language tai /privacy.
fallback-stale-button = Tämä nappi on vanha. Tässä on valikko uudelleen.
fallback-group-note = Hei! En toimi ryhmissä. Kirjoita minulle suoraan. Lähden nyt tästä ryhmästä.
