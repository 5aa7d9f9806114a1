# Draft translation: not yet checked by a native speaker.
eventsadmin-title = 🛠 <b>Tapahtumat</b>: valitse muokattava tai peruttava, tai lisää uusi.
eventsadmin-new = ➕ Uusi tapahtuma
eventsadmin-item = { $cancelled ->
    [true] ❌ { $title }
   *[false] { $title }
}
eventsadmin-edit-texts = ✏️ Nimi ja kuvaus
eventsadmin-edit-when = 🕘 Päivä ja aika
eventsadmin-edit-place = 📍 Paikka
eventsadmin-edit-details = 👥 Suomen kieli ja kohderyhmä
eventsadmin-skip-date = ❌ Peru yksi päivä
eventsadmin-cancel-event = ❌ Peru tapahtuma
eventsadmin-back = ⬅️ Tapahtumat
eventsadmin-yes = Kyllä, peru
eventsadmin-no = Ei
eventsadmin-abort = ✖️ Lopeta
eventsadmin-aborted = Lopetettu. Mitään ei tallennettu.
eventsadmin-expired = Tämä vaihe on päättynyt. Aloita uudelleen komennolla /events_admin.
eventsadmin-skip = ⏭ Ohita
eventsadmin-done = ✅ Valmis
eventsadmin-ask-title = Kirjoita nimi kielellä { $language }.
eventsadmin-ask-description = Kirjoita lyhyt kuvaus kielellä { $language } tai paina Ohita.
eventsadmin-more-languages = Lisätäänkö nimi myös muulla kielellä? Muuten kävijät näkevät suomen- tai englanninkielisen tekstin ja huomautuksen.
eventsadmin-need-finnish = Suomenkielinen nimi tarvitaan ensin.
eventsadmin-ask-repeat = Kuinka usein?
eventsadmin-repeat-once = Kerran
eventsadmin-repeat-weekly = Joka viikko
eventsadmin-repeat-monthly = Joka kuukausi
eventsadmin-ask-date = Minä päivänä?
eventsadmin-ask-weekdays = Minä viikonpäivinä? Napauta päiviä ja sitten Valmis.
eventsadmin-ask-nth = Kuukauden monesko viikko?
eventsadmin-ask-weekday = Mikä viikonpäivä?
eventsadmin-ask-starts = Alkaa klo?
eventsadmin-ask-ends = Päättyy klo?
eventsadmin-ask-holidays = Vapaa-aikakeskus on kiinni pyhäpäivinä, esimerkiksi jouluaattona. Onko ryhmä silloin?
eventsadmin-holidays-off = 🚫 Ei ole pyhäpäivinä
eventsadmin-holidays-on = ✅ On myös pyhäpäivinä
eventsadmin-holidays = { $on ->
    [yes] ✅ On myös pyhäpäivinä
   *[no] 🚫 Ei ole pyhäpäivinä
}
eventsadmin-ask-place = Missä? Valitse paikka tai kirjoita se.
eventsadmin-ask-finnish = Tarvitaanko suomen kieltä?
eventsadmin-ask-audience = Kenelle tapahtuma on?
eventsadmin-preview = <b>Tarkista tapahtuma</b> ja tallenna se.
eventsadmin-save = ✅ Tallenna
eventsadmin-saved = ✅ Tallennettu. Kävijät näkevät sen komennolla /events.
eventsadmin-invalid = Jotain puuttuu tai ei kelpaa. Mitään ei tallennettu. Aloita uudelleen komennolla /events_admin.
eventsadmin-too-long = Liian pitkä (enintään { $max } merkkiä). Kirjoita lyhyemmin.
eventsadmin-subscribers = 🔔 Muistutuksia tilannut: { $count }
eventsadmin-confirm-cancel = Perutaanko ”{ $title }” kokonaan? { $count } muistutuksen tilannutta saa viestin.
eventsadmin-confirm-skip = Perutaanko ”{ $title }” { $date }? { $count } muistutuksen tilannutta saa viestin.
eventsadmin-cancelled = ❌ Peruttu. { $count } muistutuksen tilannutta saa viestin minuutin sisällä.
eventsadmin-pick-skip = Mikä päivä perutaan?
