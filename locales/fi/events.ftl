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
