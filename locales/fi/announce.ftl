announce-message =
    📢 <b>Kototori</b>

    { $body }
announce-message-fallback =
    📢 <b>Kototori</b>
    <i>Tätä uutista ei ole sinun kielelläsi. Tässä se on kielellä { $language }.</i>

    { $body }
announce-only-coordinators = Tämä on vain Kototorin koordinaattoreille.
announce-choose-languages = 📢 <b>Uusi tiedote</b>
    Millä kielillä kirjoitat sen? Valitse kielet ja paina Seuraava.
announce-next = Seuraava ➡️
announce-cancel = ✖️ Peruuta
announce-cancelled = Tiedote peruttu. Mitään ei lähetetty.
announce-need-language = Valitse vähintään yksi kieli.
announce-languages-chosen = Kielet: { $languages }
announce-ask-text = ✍️ Lähetä teksti kielellä <b>{ $language }</b>. Kirjoita tavallista tekstiä: se lähetetään juuri niin kuin kirjoitat.
announce-text-only = Lähetä tiedote tekstiviestinä.
announce-too-long = Teksti on liian pitkä ({ $length } merkkiä). Enimmäispituus on { $limit }. Lähetä lyhyempi teksti.
announce-choose-audience = 👥 Kenelle tiedote lähetetään?
announce-audience-all = 📣 Kaikille uutisten tilaajille
announce-audience-language = 🌐 Kielen mukaan
announce-audience-interest = ⭐ Kiinnostuksen mukaan
announce-audience-event = 📅 Tapahtuman tilaajat
announce-audience-with-value = { $kind }: { $value }
announce-choose-value = Valitse yksi.
announce-audience-chosen = 👥 Vastaanottajat: { $audience }
announce-summary =
    👀 Yllä: esikatselu, yksi viesti kullakin kielellä.
    📊 <b>{ $total ->
        [one] Yksi vastaanottaja
       *[other] { $total } vastaanottajaa
    }</b> ({ $audience })
    { $lines }

    Jokaisessa viestissä on painike uutisten lopettamiseen. Lähetetäänkö nyt vai ajastetaanko?
announce-summary-line = • { $language }: { $count }
announce-summary-line-fallback = • { $language }: { $count } (saavat kielen { $text_language } lyhyen huomautuksen kanssa)
announce-summary-none = Kukaan tässä ryhmässä ei vielä tilaa uutisia. Valitse toinen ryhmä tai peruuta.
announce-send-now = 📤 Lähetä nyt
announce-schedule = 🕘 Ajasta
announce-sending = 📤 Lähetys alkaa nyt. Näytän edistymisen tässä.
announce-choose-day = 🕘 Minä päivänä?
announce-today = Tänään
announce-tomorrow = Huomenna
announce-choose-hour = 🕘 Mihin aikaan { $day }? (Suomen aikaa)
announce-time-past = Tämä aika on jo mennyt. Valitse toinen.
announce-scheduled = 🕘 Tiedote #{ $id } lähetetään { $day } { $time } (Suomen aikaa).
announce-cancel-scheduled = ✖️ Peruuta tämä tiedote
announce-stopped = Pysäytetty. Kukaan muu ei saa sitä.
announce-stop-too-late = Se on jo valmis.
