# Draft translation: not yet checked by a native speaker.
announce-message =
    📢 <b>Kototori</b>

    { $body }
announce-message-fallback =
    📢 <b>Kototori</b>
    <i>Tätä uutista ei ole sinun kielelläsi. Tässä se on kielellä { $language }.</i>

    { $body }
announce-only-coordinators = Vain Kototorin koordinaattorit voivat tehdä tämän.
announce-choose-languages = 📢 <b>Uusi tiedote</b>
    Millä kielillä kirjoitat? Valitse kielet. Paina sitten Seuraava.
announce-next = Seuraava ➡️
announce-cancel = ✖️ Peruuta
announce-cancelled = Tiedote on peruttu. Mitään ei lähetetty.
announce-need-language = Valitse ainakin yksi kieli.
announce-languages-chosen = Kielet: { $languages }
announce-ask-text = ✍️ Lähetä teksti kielellä <b>{ $language }</b>. Kirjoita tavallista tekstiä. Lähetän sen samanlaisena.
announce-text-only = Lähetä tiedote tekstinä.
announce-too-long = Teksti on liian pitkä ({ $length } merkkiä). Teksti saa olla korkeintaan { $limit } merkkiä. Lähetä lyhyempi teksti.
announce-choose-audience = 👥 Kuka saa tiedotteen?
announce-audience-all = 📣 Kaikki, jotka tilaavat uutisia
announce-audience-language = 🌐 Kielen mukaan
announce-audience-interest = ⭐ Kiinnostuksen mukaan
announce-audience-event = 📅 Tapahtuman tilaajat
announce-audience-with-value = { $kind }: { $value }
announce-choose-value = Valitse yksi.
announce-audience-chosen = 👥 Vastaanottajat: { $audience }
announce-summary =
    👀 Yllä on esikatselu. Yksi viesti jokaisella kielellä.
    📊 <b>{ $total ->
        [one] Yksi vastaanottaja
       *[other] { $total } vastaanottajaa
    }</b> ({ $audience })
    { $lines }

    Jokaisessa viestissä on painike, jolla uutiset voi lopettaa. Lähetetäänkö nyt vai myöhemmin?
announce-summary-line = • { $language }: { $count }
announce-summary-line-fallback = • { $language }: { $count } (saavat kielen { $text_language } ja lyhyen selityksen)
announce-summary-none = Tässä ryhmässä kukaan ei tilaa uutisia. Valitse toinen ryhmä tai peruuta.
announce-send-now = 📤 Lähetä nyt
announce-schedule = 🕘 Lähetä myöhemmin
announce-sending = 📤 Lähetys alkaa nyt. Näytän tässä, miten se etenee.
announce-choose-day = 🕘 Minä päivänä?
announce-today = Tänään
announce-tomorrow = Huomenna
announce-choose-hour = 🕘 Mihin aikaan { $day }? (Suomen aika)
announce-time-past = Tämä aika on mennyt. Valitse toinen aika.
announce-scheduled = 🕘 Tiedote #{ $id } lähtee { $day } { $time } (Suomen aika).
announce-cancel-scheduled = ✖️ Peruuta tämä tiedote
announce-stopped = Pysäytetty. Muut eivät saa sitä.
announce-stop-too-late = Se on jo valmis.
