events-title = 📅 <b>Ryhmät ja tapahtumat</b>
events-none = Lähiviikkoina ei ole ryhmiä eikä tapahtumia.
events-week = <b>Seuraavat 7 päivää</b>
events-choose = Valitse, niin näet lisää. Voit saada muistutuksen ennen alkua.
events-line = { $day } { $time } · { $title }
events-when-once = 🗓 { $date }, { $time }
events-when-weekly = 🗓 Joka viikko: { $weekdays }, { $time }
events-when-monthly = 🗓 Kuukauden { $nth ->
    [first] ensimmäinen
    [second] toinen
    [third] kolmas
    [fourth] neljäs
   *[last] viimeinen
} { $weekday }, { $time }
events-nth = { $nth ->
    [first] ensimmäinen
    [second] toinen
    [third] kolmas
    [fourth] neljäs
   *[last] viimeinen
}
events-next = Seuraavat: { $dates }
events-holiday-gap = 🚫 Ei kokoontumista { $date } ({ $holiday })
events-place = 📍 { $place }
events-finnish = { $level ->
    [none] 🗣 Suomea ei tarvitse osata
    [some] 🗣 Vähän suomea auttaa
   *[fluent] 🗣 Suomea pitää osata
}
events-audience = { $audience ->
    [men] 👥 Miehille
    [women] 👥 Naisille
    [families] 👥 Lapsiperheille
    [youth] 👥 Nuorille
    [beginners] 👥 Suomen kielen aloittelijoille
    [persian] 👥 Persiaa ja daria puhuville
   *[everyone] 👥 Kaikille
}
events-fallback-note = <i>Tätä tapahtumaa ei ole vielä kuvattu sinun kielelläsi. Tässä se on kielellä { $language }.</i>
events-examples-note = <i>🧪 Osa ryhmistä on esittelyn esimerkkejä, joiden aikoja ei ole vahvistettu. Kysy Kototorilta ennen kuin tulet.</i>
events-example-note = <i>🧪 Esittelyn esimerkki: ryhmää ja sen aikaa ei ole vahvistettu. Kysy Kototorilta ennen kuin tulet.</i>
events-cancelled = ❌ <b>Peruttu</b>
events-subscribe = 🔔 Muistuta minua
events-unsubscribe = 🔕 Lopeta muistutukset
events-subscribed = 🔔 Selvä! Muistutan sinua { $hours } tuntia ennen alkua.
events-unsubscribed = 🔕 Selvä, tästä tapahtumasta ei tule enää muistutuksia.
events-calendar = 📥 Lisää kalenteriini
events-calendar-caption = Avaa tämä tiedosto, niin tapahtuma tulee puhelimesi kalenteriin.
events-back = ⬅️ Kaikki tapahtumat
events-show = 📅 Näytä tapahtuma
events-gone = Tätä tapahtumaa ei enää ole.
events-notice-reminder =
    🔔 <b>Muistutus</b>: { $title }
    { $date }, { $time }
    📍 { $place }
events-notice-cancelled = ❌ <b>{ $title }</b> on peruttu. Sitä ei enää järjestetä. Pahoittelemme!
events-notice-skipped = ❌ <b>{ $title }</b> { $date } on peruttu. Muut päivät pysyvät ennallaan.

# -- eventsadmin -----------------------------------------------------------------------------------------
events-admin-title = 🛠 <b>Tapahtumat</b>: valitse muokattava tai peruttava, tai lisää uusi.
events-admin-new = ➕ Uusi tapahtuma
events-admin-item = { $cancelled ->
    [true] ❌ { $title }
   *[false] { $title }
}
events-admin-edit-texts = ✏️ Nimi ja kuvaus
events-admin-edit-when = 🕘 Päivä ja aika
events-admin-edit-place = 📍 Paikka
events-admin-edit-details = 👥 Suomen kieli ja kohderyhmä
events-admin-skip-date = ❌ Peru yksi päivä
events-admin-cancel-event = ❌ Peru tapahtuma
events-admin-back = ⬅️ Tapahtumat
events-admin-yes = Kyllä, peru
events-admin-no = Ei
events-admin-abort = ✖️ Lopeta
events-admin-aborted = Lopetettu. Mitään ei tallennettu.
events-admin-expired = Tämä vaihe on päättynyt. Aloita uudelleen komennolla /events_admin.
events-admin-skip = ⏭ Ohita
events-admin-done = ✅ Valmis
events-admin-ask-title = Kirjoita nimi kielellä { $language }.
events-admin-ask-description = Kirjoita lyhyt kuvaus kielellä { $language } tai paina Ohita.
events-admin-more-languages = Lisätäänkö nimi myös muulla kielellä? Muuten kävijät näkevät suomen- tai englanninkielisen tekstin ja huomautuksen.
events-admin-need-finnish = Suomenkielinen nimi tarvitaan ensin.
events-admin-ask-repeat = Kuinka usein?
events-admin-repeat-once = Kerran
events-admin-repeat-weekly = Joka viikko
events-admin-repeat-monthly = Joka kuukausi
events-admin-ask-date = Minä päivänä?
events-admin-ask-weekdays = Minä viikonpäivinä? Napauta päiviä ja sitten Valmis.
events-admin-ask-nth = Kuukauden monesko viikko?
events-admin-ask-weekday = Mikä viikonpäivä?
events-admin-ask-starts = Alkaa klo?
events-admin-ask-ends = Päättyy klo?
events-admin-ask-holidays = Vapaa-aikakeskus on kiinni arkipyhinä (esimerkiksi jouluaattona). Kokoontuuko ryhmä silloin?
events-admin-holidays-off = 🚫 Ei kokoonnu arkipyhinä
events-admin-holidays-on = ✅ Kokoontuu myös arkipyhinä
events-admin-holidays = { $on ->
    [yes] ✅ Kokoontuu myös arkipyhinä
   *[no] 🚫 Ei kokoonnu arkipyhinä
}
events-admin-ask-place = Missä? Valitse paikka tai kirjoita se.
events-admin-ask-finnish = Tarvitaanko suomen kieltä?
events-admin-ask-audience = Kenelle tapahtuma on?
events-admin-preview = <b>Tarkista tapahtuma</b> ja tallenna se.
events-admin-save = ✅ Tallenna
events-admin-saved = ✅ Tallennettu. Kävijät näkevät sen komennolla /events.
events-admin-invalid = Jotain puuttuu tai ei kelpaa. Mitään ei tallennettu. Aloita uudelleen komennolla /events_admin.
events-admin-too-long = Liian pitkä (enintään { $max } merkkiä). Kirjoita lyhyemmin.
events-admin-subscribers = 🔔 Muistutuksia tilannut: { $count }
events-admin-confirm-cancel = Perutaanko ”{ $title }” kokonaan? { $count } muistutuksen tilannutta saa viestin.
events-admin-confirm-skip = Perutaanko ”{ $title }” { $date }? { $count } muistutuksen tilannutta saa viestin.
events-admin-cancelled = ❌ Peruttu. { $count } muistutuksen tilannutta saa viestin minuutin sisällä.
events-admin-pick-skip = Mikä päivä perutaan?
