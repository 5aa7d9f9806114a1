# Draft translation: not yet checked by a native speaker.
booking-menu-button = 🗓 Varaa aika
booking-command-book = Varaa aika Kototorille
booking-command-mine = Omat ajat
booking-command-today = Varaukset tänään
booking-command-tomorrow = Varaukset huomenna
booking-command-report = Kuinka moni ei tullut (koordinaattorit)

## The booking flow
booking-intro =
    🗓 <b>Varaa aika Kototorille</b>
    Voit tulla Kototorille ilman varausta. Voit myös varata ajan. Silloin joku on varmasti valmis auttamaan sinua.

    Mistä asiasta haluat puhua?
booking-you-have = { $count ->
    [one] Sinulla on jo yksi aika.
   *[other] Sinulla on jo { $count } aikaa.
}
booking-topic-letters = ✉️ Kirje tai lomake
booking-topic-kela = 🏛 Kela
booking-topic-permits = 🪪 Oleskelulupa
booking-topic-housing = 🏠 Asunto
booking-topic-work = 💼 Työ tai koulu
booking-topic-other = 💬 Muu asia
booking-language-fi = suomi
booking-language-ar = arabia
booking-language-fa-af = dari
booking-language-so = somali
booking-language-en = englanti
booking-mine-button = 📋 Omat ajat
booking-back = ⬅️ Takaisin
booking-choose-language = 🗣 Millä kielellä haluat apua?
booking-chosen = { $topic } · { $language }
booking-assistant-days = Tulkki ({ $language }) on paikalla näinä päivinä: { $weekdays }. Näet vain nämä päivät.
booking-no-days = Vapaita aikoja ei ole kahteen viikkoon. Voit silti tulla ilman varausta. Voit myös puhua ihmisen kanssa.
booking-choose-day = Valitse päivä:
booking-day-button = { $free ->
    [0] { $day } · täynnä
   *[other] { $day } · { $free } vapaana
}
booking-choose-time = { $day }: valitse aika.
booking-day-full = { $day }: kaikki ajat on varattu. Voimme lähettää viestin, jos aika vapautuu.
booking-wait-button = 🔔 Kerro, jos aika vapautuu
booking-other-day = 🗓 Toinen päivä
booking-waiting = 🔔 Hyvä. Jos aika vapautuu ({ $day }), saat viestin. Aika on sen, joka painaa ensin.

## Confirmation
booking-confirmed = ✅ <b>Aika on varattu.</b> Sinun tunnus: <b>{ $code }</b>
booking-moved = ✅ <b>Aika on muutettu.</b> Sinun tunnus on sama: <b>{ $code }</b>
booking-when = 🗓 { $day } kello { $time }–{ $end }
booking-language-line = { $assistant ->
    [yes] 🗣 { $language }: tulkki on paikalla
   *[other] 🗣 { $language }
}
booking-topic-line = { $topic }
booking-place = 📍 { $place }, { $address }
booking-map = 🗺 <a href="{ $url }">Katso kartta</a>
booking-after = { $hours ->
    [one] Tule vähän ennen aikaa. Näytä tunnus. Muistutamme sinua illalla ennen ja tuntia ennen. Jos et pääse, peru aika tästä. Silloin joku muu saa ajan.
   *[other] Tule vähän ennen aikaa. Näytä tunnus. Muistutamme sinua illalla ennen ja { $hours } tuntia ennen. Jos et pääse, peru aika tästä. Silloin joku muu saa ajan.
}
booking-ics-caption = 📎 Lisää aika puhelimen kalenteriin.
booking-ics-summary = Kototori: { $topic }
booking-ics-description = Aika Kototorilla. Tunnus: { $code }. Kieli: { $language }.
booking-cancel = ❌ Peru
booking-move = 🔁 Muuta aikaa
booking-cancel-code = ❌ Peru { $code }
booking-move-code = 🔁 Muuta { $code }

## My bookings
booking-line = • <b>{ $code }</b> · { $day } kello { $time } · { $language } · { $topic }
booking-mine-title = 📋 <b>Sinun ajat</b>
booking-mine-none = Sinulla ei ole aikoja.
booking-mine-hint = Paina nappia. Voit perua tai muuttaa ajan.
booking-cancelled = ❌ Peruttu: { $when }. Nyt joku muu voi saada ajan.
booking-cancelled-short = Peruttu.
booking-moving = 🔁 Sinun aika nyt: { $when }. Valitse uusi aika:
booking-short-when = { $day } kello { $time }
booking-coming = ✅ Tulen
booking-coming-thanks = ✅ Kiitos! Nähdään Kototorilla.
booking-rebook = 🗓 Valitse uusi aika

## Messages from the scheduler
booking-offer = 🔔 Aika on vapaana: { $day } kello { $time }. Haluatko sen?
booking-offer-take = ✅ Varaan tämän ajan
booking-offer-gone = Joku muu ehti ensin. Olet vielä jonossa sille päivälle.
booking-notice-closed = ⛔ Anteeksi! Kototori on kiinni sinun aikana: { $day } kello { $time }. Aika <b>{ $code }</b> on peruttu. Valitse uusi aika.
booking-reminder-day =
    ⏰ <b>Muistutus:</b> huomenna, { $day }, kello { $time } sinulla on aika Kototorilla. Sinun tunnus: <b>{ $code }</b>
    📍 { $place }, { $address }
booking-reminder-hour =
    ⏰ <b>Tunnin päästä</b>, kello { $time }, sinulla on aika Kototorilla. Sinun tunnus: <b>{ $code }</b>
    📍 { $place }, { $address }

## Errors
booking-error-unavailable = Tätä aikaa ei voi varata. Valitse toinen aika.
booking-error-full = Joku muu ehti ensin. Aika on täynnä. Valitse toinen aika.
booking-error-too-many = Sinulla on jo kaksi aikaa. Peru tai muuta toinen aika. Sitten voit varata uuden.
booking-error-already = Sinulla on jo tämä aika.
booking-error-not-found = Tämä aika ei ole enää voimassa.

## /privacy
booking-privacy-title = <b>Varatut ajat</b>
booking-privacy-line = { $line } ({ $status ->
    [active] varattu
    [attended] tulit
    [no_show] et tullut
    [closed] Kototori oli kiinni
   *[cancelled] peruttu
})
booking-privacy-wait = • Jonossa: { $day }
booking-privacy-retention = { $days } päivän päästä emme enää tiedä, kuka ajan varasi.

## Coordinators and advisors
booking-admin-told = { $count ->
    [one] Yhdellä oli aika silloin. Hän sai viestin ja voi valita uuden ajan.
   *[other] { $count } ihmisellä oli aika silloin. He saivat viestin ja voivat valita uuden ajan.
}
booking-staff-title = 🗓 <b>{ $when ->
    [today] Varaukset tänään
    [tomorrow] Varaukset huomenna
   *[other] Varaukset
} { $day }</b> ({ $count })
booking-staff-none = Ei varauksia.
booking-staff-line = { $time } · <b>{ $code }</b> · { $language } · { $topic }{ $confirmed ->
    [yes] {" "}· lupasi tulla
   *[no] {""}
}{ $status ->
    [attended] {" "}· ✅ tuli
    [no_show] {" "}· ❌ ei tullut
   *[other] {""}
}
booking-staff-hint = Merkitse jokainen kävijä: ✅ tuli, ❌ ei tullut.
booking-staff-came = { $marked ->
    [yes] ☑️ { $label }
   *[no] ✅ { $label }
}
booking-staff-absent = { $marked ->
    [yes] ☑️ ei tullut
   *[no] ❌
}
booking-staff-marked = { $came ->
    [yes] { $code }: tuli
   *[no] { $code }: ei tullut
}
booking-report-title = 📊 <b>Varaukset viikoittain</b> ({ $weeks } viikkoa; ei tullut / merkityt)
booking-report-line = vk { $week }: { $booked } varausta, { $attended } tuli, { $noshow } ei tullut, { $unmarked } merkitsemättä, { $cancelled } peruttu · { $rate }
