booking-menu-button = 🗓 Varaa aika
booking-command-book = Varaa aika Kototorille
booking-command-mine = Omat varaukseni
booking-command-today = Tämän päivän varaukset
booking-command-tomorrow = Huomisen varaukset
booking-command-report = Poisjäämiset viikoittain (koordinaattorit)

## The booking flow
booking-intro =
    🗓 <b>Varaa aika Kototorille</b>
    Voit aina tulla myös ilman varausta. Varaa aika, jos haluat olla varma, että joku ehtii auttaa sinua tai että kieliavustaja on paikalla.

    Mitä asiasi koskee?
booking-you-have = { $count ->
    [one] Sinulla on jo yksi varattu aika.
   *[other] Sinulla on jo { $count } varattua aikaa.
}
booking-topic-letters = ✉️ Kirje tai lomake
booking-topic-kela = 🏛 Kela
booking-topic-permits = 🪪 Oleskelulupa
booking-topic-housing = 🏠 Asuminen
booking-topic-work = 💼 Työ tai opiskelu
booking-topic-other = 💬 Jokin muu
booking-language-fi = suomi
booking-language-ar = arabia
booking-language-fa-af = dari
booking-language-so = somali
booking-language-en = englanti
booking-mine-button = 📋 Omat varaukseni
booking-back = ⬅️ Takaisin
booking-choose-language = 🗣 Millä kielellä haluat apua?
booking-chosen = { $topic } · { $language }
booking-assistant-days = Kieliavustaja ({ $language }) on paikalla näinä päivinä: { $weekdays }. Näet vain ne päivät.
booking-no-days = Seuraavan kahden viikon aikana ei ole vapaita aikoja. Voit silti tulla ilman varausta tai puhua ihmisen kanssa.
booking-choose-day = Valitse päivä:
booking-day-button = { $free ->
    [0] { $day } · täynnä
   *[other] { $day } · { $free } vapaana
}
booking-choose-time = { $day }: valitse aika.
booking-day-full = { $day }: kaikki ajat on varattu. Voimme lähettää sinulle viestin, jos aika vapautuu.
booking-wait-button = 🔔 Kerro, jos aika vapautuu
booking-other-day = 🗓 Toinen päivä
booking-waiting = 🔔 Selvä. Jos aika vapautuu ({ $day }), lähetämme sinulle viestin. Aika on sen, joka painaa ensin.

## Confirmation
booking-confirmed = ✅ <b>Aika on varattu.</b> Varaustunnuksesi: <b>{ $code }</b>
booking-moved = ✅ <b>Aika on muutettu.</b> Varaustunnuksesi on yhä <b>{ $code }</b>
booking-when = 🗓 { $day } klo { $time }–{ $end }
booking-language-line = { $assistant ->
    [yes] 🗣 { $language }: kieliavustaja on paikalla
   *[other] 🗣 { $language }
}
booking-topic-line = { $topic }
booking-place = 📍 { $place }, { $address }
booking-map = 🗺 <a href="{ $url }">Avaa kartta</a>
booking-after = { $hours ->
    [one] Tule muutama minuutti etuajassa ja näytä tunnuksesi. Muistutamme sinua edellisenä iltana ja tuntia ennen. Jos et pääse, peru aika tästä: silloin joku muu voi käyttää sen.
   *[other] Tule muutama minuutti etuajassa ja näytä tunnuksesi. Muistutamme sinua edellisenä iltana ja { $hours } tuntia ennen. Jos et pääse, peru aika tästä: silloin joku muu voi käyttää sen.
}
booking-ics-caption = 📎 Lisää aika puhelimesi kalenteriin.
booking-ics-summary = Kototori: { $topic }
booking-ics-description = Varattu aika Kototorilla. Tunnus: { $code }. Kieli: { $language }.
booking-cancel = ❌ Peru
booking-move = 🔁 Muuta aikaa
booking-cancel-code = ❌ Peru { $code }
booking-move-code = 🔁 Muuta { $code }

## My bookings
booking-line = • <b>{ $code }</b> · { $day } klo { $time } · { $language } · { $topic }
booking-mine-title = 📋 <b>Varaamasi ajat</b>
booking-mine-none = Sinulla ei ole varattuja aikoja.
booking-mine-hint = Yksi painallus peruu tai muuttaa ajan.
booking-cancelled = ❌ Peruttu: { $when }. Aika on nyt vapaana muille.
booking-cancelled-short = Peruttu.
booking-moving = 🔁 Nykyinen aikasi: { $when }. Valitse uusi:
booking-short-when = { $day } klo { $time }
booking-coming = ✅ Tulen
booking-coming-thanks = ✅ Kiitos! Nähdään Kototorilla.
booking-rebook = 🗓 Valitse toinen aika

## Messages from the scheduler
booking-offer = 🔔 Aika vapautui: { $day } klo { $time }. Haluatko sen?
booking-offer-take = ✅ Varaa tämä aika
booking-offer-gone = Valitettavasti joku ehti ensin. Olet yhä jonossa sille päivälle.
booking-notice-closed = ⛔ Valitettavasti Kototori on kiinni varaamanasi aikana, { $day } klo { $time }. Varauksesi <b>{ $code }</b> on peruttu. Valitse toinen aika.
booking-reminder-day =
    ⏰ <b>Muistutus:</b> huomenna, { $day }, klo { $time } sinulla on varattu aika Kototorilla. Tunnuksesi: <b>{ $code }</b>
    📍 { $place }, { $address }
booking-reminder-hour =
    ⏰ <b>Tunnin päästä</b>, klo { $time }, sinulla on varattu aika Kototorilla. Tunnuksesi: <b>{ $code }</b>
    📍 { $place }, { $address }

## Errors
booking-error-unavailable = Tätä aikaa ei voi varata (se on liian pian, mennyt tai Kototori on kiinni). Valitse toinen aika.
booking-error-full = Valitettavasti joku ehti ensin: aika on nyt täynnä. Valitse toinen aika.
booking-error-too-many = Sinulla on jo kaksi varattua aikaa. Peru tai muuta toinen niistä, niin voit varata uuden.
booking-error-already = Olet jo varannut tämän ajan.
booking-error-not-found = Tämä varaus ei ole enää voimassa.

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
booking-privacy-retention = { $days } päivää ajan jälkeen varauksesta ei enää näe, kuka sen teki.

## Coordinators and advisors
booking-admin-told = { $count ->
    [one] Yhdellä oli varattu aika silloin: hänelle kerrottiin ja tarjottiin toista aikaa.
   *[other] { $count } henkilöllä oli varattu aika silloin: heille kerrottiin ja tarjottiin toista aikaa.
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
booking-report-title = 📊 <b>Varaukset viikoittain</b> (viimeiset { $weeks } viikkoa; poisjäämisaste = ei tullut / merkityt)
booking-report-line = vk { $week }: { $booked } varausta, { $attended } tuli, { $noshow } ei tullut, { $unmarked } merkitsemättä, { $cancelled } peruttu · poisjäämisaste { $rate }
