# Draft translation: not yet checked by a native speaker.
news-offer = 📢 Haluatko uutisia Kototorista? Kerromme esimerkiksi, jos aukioloaika muuttuu tai jos on uusi ryhmä. Voit lopettaa milloin vain.
news-offer-yes = ✅ Kyllä, kiitos
news-offer-no = Ei kiitos
news-declined = Selvä. Et saa uutisia. Voit muuttaa tämän komennolla /subscribe.
news-status =
    { $on ->
        [yes] 🔔 Saat uutisia Kototorista.
       *[no] 🔕 Et saa uutisia Kototorista.
    }
    Mitkä asiat kiinnostavat sinua? Voit valita. Tärkeät uutiset tulevat kaikille.
news-interest-finnish = 🇫🇮 Suomen kieli
news-interest-work = 💼 Työ ja koulu
news-interest-families = 👨‍👩‍👧 Perhe ja lapset
news-interest-sports = ⚽ Liikunta
news-interest-events = 🎉 Tapahtumat ja ryhmät
news-on-button = 🔔 Haluan uutisia
news-off-button = 🔕 En halua uutisia
news-done-button = ✅ Valmis
news-saved = ✅ Tallennettu. Voit muuttaa tätä komennolla /subscribe.
news-stop-button = 🔕 Lopeta uutiset
news-stopped = 🔕 Et saa enää uutisia. Jos haluat uutisia taas, kirjoita /subscribe.
news-again-button = 🔔 Haluan taas uutisia
news-started = 🔔 Saat taas uutisia Kototorista.
news-offer-digest = 📅 Vain viikon tiedot maanantaina
news-digest-button = 📅 Viikon tiedot maanantaina
news-digest-status = { $on ->
    [yes] 📅 Saat joka maanantai aamulla viestin. Siinä kerrotaan, milloin Kototori on auki ja mitä ryhmiä on sillä viikolla.
   *[no] 📅 Voit saada joka maanantai viestin. Siinä kerrotaan, milloin Kototori on auki ja mitä ryhmiä on sillä viikolla.
}
news-digest-stop-button = 📅 Lopeta viikon tiedot
news-digest-stopped = 📅 Et saa enää viikon tietoja. Jos haluat ne taas, kirjoita /subscribe.
news-digest-again-button = 📅 Haluan taas viikon tiedot
news-digest-started = 📅 Saat taas viikon tiedot.

# -- announce --------------------------------------------------------------------------------------------
news-announce-message =
    📢 <b>Kototori</b>

    { $body }
news-announce-message-fallback =
    📢 <b>Kototori</b>
    <i>Tätä uutista ei ole sinun kielelläsi. Tässä se on kielellä { $language }.</i>

    { $body }
news-announce-only-coordinators = Vain Kototorin koordinaattorit voivat tehdä tämän.
news-announce-choose-languages = 📢 <b>Uusi tiedote</b>
    Millä kielillä kirjoitat? Valitse kielet. Paina sitten Seuraava.
news-announce-next = Seuraava ➡️
news-announce-cancel = ✖️ Peruuta
news-announce-cancelled = Tiedote on peruttu. Mitään ei lähetetty.
news-announce-need-language = Valitse ainakin yksi kieli.
news-announce-languages-chosen = Kielet: { $languages }
news-announce-ask-text = ✍️ Lähetä teksti kielellä <b>{ $language }</b>. Kirjoita tavallista tekstiä. Lähetän sen samanlaisena.
news-announce-text-only = Lähetä tiedote tekstinä.
news-announce-too-long = Teksti on liian pitkä ({ $length } merkkiä). Teksti saa olla korkeintaan { $limit } merkkiä. Lähetä lyhyempi teksti.
news-announce-choose-audience = 👥 Kuka saa tiedotteen?
news-announce-audience-all = 📣 Kaikki, jotka tilaavat uutisia
news-announce-audience-language = 🌐 Kielen mukaan
news-announce-audience-interest = ⭐ Kiinnostuksen mukaan
news-announce-audience-event = 📅 Tapahtuman tilaajat
news-announce-audience-with-value = { $kind }: { $value }
news-announce-choose-value = Valitse yksi.
news-announce-audience-chosen = 👥 Vastaanottajat: { $audience }
news-announce-summary =
    👀 Yllä on esikatselu. Yksi viesti jokaisella kielellä.
    📊 <b>{ $total ->
        [one] Yksi vastaanottaja
       *[other] { $total } vastaanottajaa
    }</b> ({ $audience })
    { $lines }

    Jokaisessa viestissä on painike, jolla uutiset voi lopettaa. Lähetetäänkö nyt vai myöhemmin?
news-announce-summary-line = • { $language }: { $count }
news-announce-summary-line-fallback = • { $language }: { $count } (saavat kielen { $text_language } ja lyhyen selityksen)
news-announce-summary-none = Tässä ryhmässä kukaan ei tilaa uutisia. Valitse toinen ryhmä tai peruuta.
news-announce-send-now = 📤 Lähetä nyt
news-announce-schedule = 🕘 Lähetä myöhemmin
news-announce-sending = 📤 Lähetys alkaa nyt. Näytän tässä, miten se etenee.
news-announce-choose-day = 🕘 Minä päivänä?
news-announce-today = Tänään
news-announce-tomorrow = Huomenna
news-announce-choose-hour = 🕘 Mihin aikaan { $day }? (Suomen aika)
news-announce-time-past = Tämä aika on mennyt. Valitse toinen aika.
news-announce-scheduled = 🕘 Tiedote #{ $id } lähtee { $day } { $time } (Suomen aika).
news-announce-cancel-scheduled = ✖️ Peruuta tämä tiedote
news-announce-stopped = Pysäytetty. Muut eivät saa sitä.
news-announce-stop-too-late = Se on jo valmis.

# -- notices ---------------------------------------------------------------------------------------------
news-notice-closed =
    📢 <b>Kototori on kiinni</b>: { $day }. Syy: { $reason }.
    Kototori on taas auki: { $next_day } kello { $next_hours }.
news-notice-closed-no-next = 📢 <b>Kototori on kiinni</b>: { $day }. Syy: { $reason }.
news-notice-hours =
    📢 <b>Aukioloaika muuttuu</b>: { $day }.
    Kototori on auki kello { $hours }. Yleensä se on auki kello { $usual }.
    Syy: { $reason }.
news-notice-extra = 📢 <b>Kototori on auki myös</b>: { $day } kello { $hours }. Syy: { $reason }.
news-notice-digest =
    📅 <b>Kototori tällä viikolla</b> ({ $dates })

    🕘 <b>Milloin Kototori on auki</b>
    { $days }

    🎉 <b>Ryhmät ja tapahtumat</b>
    { $events }
news-notice-digest-no-days = Kototori ei ole enää auki tällä viikolla.
news-notice-digest-no-events = Tällä viikolla ei ole ryhmiä.

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
