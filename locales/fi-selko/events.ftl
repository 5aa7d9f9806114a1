# Draft translation: not yet checked by a native speaker.
events-title = 📅 <b>Ryhmät ja tapahtumat</b>
events-none = Seuraavina viikkoina ei ole ryhmiä eikä tapahtumia.
events-week = <b>Seuraavat 7 päivää</b>
events-choose = Valitse yksi. Näet siitä lisää. Voin muistuttaa sinua ennen kuin se alkaa.
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
events-next = Seuraavat päivät: { $dates }
events-holiday-gap = 🚫 { $date } ei ole ryhmää ({ $holiday })
events-place = 📍 { $place }
events-finnish = { $level ->
    [none] 🗣 Sinun ei tarvitse osata suomea
    [some] 🗣 On hyvä osata vähän suomea
   *[fluent] 🗣 Sinun pitää osata suomea
}
events-audience = { $audience ->
    [men] 👥 Miehille
    [women] 👥 Naisille
    [families] 👥 Perheille, joissa on lapsia
    [youth] 👥 Nuorille
    [beginners] 👥 Niille, jotka aloittavat suomen opiskelun
    [persian] 👥 Niille, jotka puhuvat persiaa tai daria
   *[everyone] 👥 Kaikille
}
events-fallback-note = <i>Tätä tekstiä ei ole vielä selkosuomeksi. Tässä se on kielellä { $language }.</i>
events-cancelled = ❌ <b>Peruttu</b>
events-subscribe = 🔔 Muistuta minua
events-unsubscribe = 🔕 Älä muistuta enää
events-subscribed = 🔔 Hyvä! Muistutan sinua { $hours } tuntia ennen kuin se alkaa.
events-unsubscribed = 🔕 Hyvä. En muistuta sinua enää tästä.
events-calendar = 📥 Lisää kalenteriin
events-calendar-caption = Avaa tämä tiedosto. Silloin tapahtuma tulee puhelimen kalenteriin.
events-back = ⬅️ Kaikki tapahtumat
events-show = 📅 Näytä tapahtuma
events-gone = Tätä tapahtumaa ei ole enää.
events-notice-reminder =
    🔔 <b>Muistutus</b>: { $title }
    { $date }, { $time }
    📍 { $place }
events-notice-cancelled = ❌ <b>{ $title }</b> on peruttu. Sitä ei ole enää. Anteeksi!
events-notice-skipped = ❌ <b>{ $title }</b> { $date } on peruttu. Muina päivinä se on niin kuin ennen.
