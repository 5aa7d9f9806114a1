news-offer = 📢 Haluatko lyhyitä uutisia Kototorista silloin tällöin? Esimerkiksi muuttuneista aukioloajoista tai uusista ryhmistä. Voit lopettaa milloin vain.
news-offer-yes = ✅ Kyllä, kiitos
news-offer-no = Ei kiitos
news-declined = Selvä, ei uutisia. Voit muuttaa tämän milloin vain komennolla /subscribe.
news-status =
    { $on ->
        [yes] 🔔 Saat uutisia Kototorista.
       *[no] 🔕 Et saa uutisia Kototorista.
    }
    Valitse aiheet, jotka kiinnostavat sinua (voit myös ohittaa tämän). Yleiset uutiset tulevat kaikille, jotka saavat uutisia.
news-interest-finnish = 🇫🇮 Suomen opiskelu
news-interest-work = 💼 Työ ja opiskelu
news-interest-families = 👨‍👩‍👧 Perheet ja lapset
news-interest-sports = ⚽ Liikunta
news-interest-events = 🎉 Tapahtumat ja ryhmät
news-on-button = 🔔 Haluan uutisia
news-off-button = 🔕 Lopeta kaikki uutiset
news-done-button = ✅ Valmis
news-saved = ✅ Tallennettu. Voit muuttaa tätä milloin vain komennolla /subscribe.
news-stop-button = 🔕 Lopeta uutiset
news-stopped = 🔕 Et saa enää uutisia. Voit ottaa ne taas käyttöön komennolla /subscribe.
news-again-button = 🔔 Haluan taas uutisia
news-started = 🔔 Saat taas uutisia Kototorista.
news-offer-digest = 📅 Vain viikkokatsaus (maanantaisin)
news-digest-button = 📅 Viikkokatsaus maanantaisin
news-digest-status = { $on ->
    [yes] 📅 Saat joka maanantaiaamu katsauksen viikkoon: aukiolopäivät ja ryhmät.
   *[no] 📅 Voit saada myös joka maanantaiaamu katsauksen viikkoon: aukiolopäivät ja ryhmät.
}
news-digest-stop-button = 📅 Lopeta viikkokatsaus
news-digest-stopped = 📅 Et saa enää viikkokatsausta. Voit ottaa sen taas käyttöön komennolla /subscribe.
news-digest-again-button = 📅 Haluan taas viikkokatsauksen
news-digest-started = 📅 Saat taas viikkokatsauksen.

# -- announce --------------------------------------------------------------------------------------------
news-announce-message =
    📢 <b>Kototori</b>

    { $body }
news-announce-message-fallback =
    📢 <b>Kototori</b>
    <i>Tätä uutista ei ole sinun kielelläsi. Tässä se on kielellä { $language }.</i>

    { $body }
news-announce-only-coordinators = Tämä on vain Kototorin koordinaattoreille.
news-announce-choose-languages = 📢 <b>Uusi tiedote</b>
    Millä kielillä kirjoitat sen? Valitse kielet ja paina Seuraava.
news-announce-next = Seuraava ➡️
news-announce-cancel = ✖️ Peruuta
news-announce-cancelled = Tiedote peruttu. Mitään ei lähetetty.
news-announce-need-language = Valitse vähintään yksi kieli.
news-announce-languages-chosen = Kielet: { $languages }
news-announce-ask-text = ✍️ Lähetä teksti kielellä <b>{ $language }</b>. Kirjoita tavallista tekstiä: se lähetetään juuri niin kuin kirjoitat.
news-announce-text-only = Lähetä tiedote tekstiviestinä.
news-announce-too-long = Teksti on liian pitkä ({ $length } merkkiä). Enimmäispituus on { $limit }. Lähetä lyhyempi teksti.
news-announce-choose-audience = 👥 Kenelle tiedote lähetetään?
news-announce-audience-all = 📣 Kaikille uutisten tilaajille
news-announce-audience-language = 🌐 Kielen mukaan
news-announce-audience-interest = ⭐ Kiinnostuksen mukaan
news-announce-audience-event = 📅 Tapahtuman tilaajat
news-announce-audience-with-value = { $kind }: { $value }
news-announce-choose-value = Valitse yksi.
news-announce-audience-chosen = 👥 Vastaanottajat: { $audience }
news-announce-summary =
    👀 Yllä: esikatselu, yksi viesti kullakin kielellä.
    📊 <b>{ $total ->
        [one] Yksi vastaanottaja
       *[other] { $total } vastaanottajaa
    }</b> ({ $audience })
    { $lines }

    Jokaisessa viestissä on painike uutisten lopettamiseen. Lähetetäänkö nyt vai ajastetaanko?
news-announce-summary-line = • { $language }: { $count }
news-announce-summary-line-fallback = • { $language }: { $count } (saavat kielen { $text_language } lyhyen huomautuksen kanssa)
news-announce-summary-none = Kukaan tässä ryhmässä ei vielä tilaa uutisia. Valitse toinen ryhmä tai peruuta.
news-announce-send-now = 📤 Lähetä nyt
news-announce-schedule = 🕘 Ajasta
news-announce-sending = 📤 Lähetys alkaa nyt. Näytän edistymisen tässä.
news-announce-choose-day = 🕘 Minä päivänä?
news-announce-today = Tänään
news-announce-tomorrow = Huomenna
news-announce-choose-hour = 🕘 Mihin aikaan { $day }? (Suomen aikaa)
news-announce-time-past = Tämä aika on jo mennyt. Valitse toinen.
news-announce-scheduled = 🕘 Tiedote #{ $id } lähetetään { $day } { $time } (Suomen aikaa).
news-announce-cancel-scheduled = ✖️ Peruuta tämä tiedote
news-announce-stopped = Pysäytetty. Kukaan muu ei saa sitä.
news-announce-stop-too-late = Se on jo valmis.

# -- notices ---------------------------------------------------------------------------------------------
news-notice-closed =
    📢 <b>Kototori on kiinni</b>: { $day } ({ $reason }).
    Seuraavan kerran auki: { $next_day } klo { $next_hours }.
news-notice-closed-no-next = 📢 <b>Kototori on kiinni</b>: { $day } ({ $reason }).
news-notice-hours =
    📢 <b>Muuttunut aukioloaika</b>: { $day } klo { $hours } (yleensä { $usual }).
    Syy: { $reason }.
news-notice-extra = 📢 <b>Ylimääräinen aukiolopäivä</b>: { $day } klo { $hours } ({ $reason }).
news-notice-digest =
    📅 <b>Kototori tällä viikolla</b> ({ $dates })

    🕘 <b>Aukioloajat</b>
    { $days }

    🎉 <b>Ryhmät ja tapahtumat</b>
    { $events }
news-notice-digest-no-days = Kototori ei ole enää auki tällä viikolla.
news-notice-digest-no-events = Tällä viikolla ei ole ryhmiä eikä tapahtumia.

# -- outbox ----------------------------------------------------------------------------------------------
news-outbox-progress =
    📤 <b>{ $kind ->
        [announcement] Tiedote
       *[other] Ilmoitukset
    } #{ $id }</b>
    Lähetetään… perillä { $sent } / { $total }.
news-outbox-progress-final =
    📤 <b>{ $kind ->
        [announcement] Tiedote
       *[other] Ilmoitukset
    } #{ $id }</b>
    Valmis: perillä { $sent } / { $total }.
news-outbox-stop-button = ⏹ Pysäytä lähetys
news-outbox-report =
    ✅ <b>{ $kind ->
        [announcement] Tiedote
       *[other] Ilmoitukset
    } #{ $id } on lähetetty.</b>
    • Perillä: { $sent } / { $total }
    • Estänyt botin (tilaus lopetettu): { $blocked }
    • Epäonnistui: { $failed }
    • Epävarma: { $unknown }
    Epävarma tarkoittaa, että lähetys katkesi näiden viestien kohdalla: ne ovat voineet mennä perille, joten niitä ei lähetetä uudelleen.
news-outbox-report-stopped =
    ⛔ <b>{ $kind ->
        [announcement] Tiedote
       *[other] Ilmoitukset
    } #{ $id } pysäytettiin.</b>
    Viestiä kielellä { $language } ei voitu lähettää ({ $reason }). Tarkista teksti ja lähetä uusi tiedote.
    • Perillä: { $sent } / { $total }
    • Lähettämättä: { $pending }
    • Estänyt botin: { $blocked }
    • Epäonnistui: { $failed }
    • Epävarma: { $unknown }
news-outbox-report-cancelled =
    ✖️ <b>{ $kind ->
        [announcement] Tiedote
       *[other] Ilmoitukset
    } #{ $id } peruttiin.</b>
    • Perillä ennen sitä: { $sent } / { $total }
    • Lähettämättä: { $pending }
    • Estänyt botin: { $blocked }
    • Epäonnistui: { $failed }
    • Epävarma: { $unknown }
