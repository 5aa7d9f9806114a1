booking-menu-button = 🗓 Book a time
booking-command-book = Book a time at Kototori
booking-command-mine = My booked times
booking-command-today = Bookings today
booking-command-tomorrow = Bookings tomorrow
booking-command-report = No-show rate per week (coordinators)

## The booking flow
booking-intro =
    🗓 <b>Book a time at Kototori</b>
    You can always come without booking. Book a time if you want to be sure that someone has time for you, or that a language assistant is there.

    What is your matter about?
booking-you-have = { $count ->
    [one] You already have one booked time.
   *[other] You already have { $count } booked times.
}
booking-topic-letters = ✉️ A letter or a form
booking-topic-kela = 🏛 Kela
booking-topic-permits = 🪪 Residence permit
booking-topic-housing = 🏠 Housing
booking-topic-work = 💼 Work or studies
booking-topic-other = 💬 Something else
booking-language-fi = Finnish
booking-language-ar = Arabic
booking-language-fa-af = Dari
booking-language-so = Somali
booking-language-en = English
booking-mine-button = 📋 My booked times
booking-back = ⬅️ Back
booking-choose-language = 🗣 In which language do you want help?
booking-chosen = { $topic } · { $language }
booking-assistant-days = The { $language } language assistant is there on these days: { $weekdays }. You only see those days.
booking-no-days = There are no free times in the next two weeks. You can still come without booking, or talk to a person.
booking-choose-day = Choose a day:
booking-day-button = { $free ->
    [0] { $day } · full
   *[other] { $day } · { $free } free
}
booking-choose-time = { $day }: choose a time.
booking-day-full = All times on { $day } are taken. We can send you a message if a time becomes free.
booking-wait-button = 🔔 Tell me if a time becomes free
booking-other-day = 🗓 Another day
booking-waiting = 🔔 OK. If a time becomes free on { $day }, we will send you a message. The first person to press gets it.

## Confirmation
booking-confirmed = ✅ <b>Your time is booked.</b> Your code: <b>{ $code }</b>
booking-moved = ✅ <b>Your time is changed.</b> Your code is still <b>{ $code }</b>
booking-when = 🗓 { $day }, { $time }–{ $end }
booking-language-line = { $assistant ->
    [yes] 🗣 { $language }: a language assistant will be there
   *[other] 🗣 { $language }
}
booking-topic-line = { $topic }
booking-place = 📍 { $place }, { $address }
booking-map = 🗺 <a href="{ $url }">Open the map</a>
booking-after = { $hours ->
    [one] Come a few minutes early and show your code. We will remind you the evening before and one hour before. If you cannot come, cancel here: then someone else can have the time.
   *[other] Come a few minutes early and show your code. We will remind you the evening before and { $hours } hours before. If you cannot come, cancel here: then someone else can have the time.
}
booking-ics-caption = 📎 Add the time to your phone's calendar.
booking-ics-summary = Kototori: { $topic }
booking-ics-description = Booked time at Kototori. Code: { $code }. Language: { $language }.
booking-cancel = ❌ Cancel
booking-move = 🔁 Change the time
booking-cancel-code = ❌ Cancel { $code }
booking-move-code = 🔁 Change { $code }

## My bookings
booking-line = • <b>{ $code }</b> · { $day } { $time } · { $language } · { $topic }
booking-mine-title = 📋 <b>Your booked times</b>
booking-mine-none = You have no booked times.
booking-mine-hint = One tap cancels or changes a time.
booking-cancelled = ❌ Cancelled: { $when }. The time is free for someone else now.
booking-cancelled-short = Cancelled.
booking-moving = 🔁 Your time now: { $when }. Choose a new one:
booking-short-when = { $day } { $time }
booking-coming = ✅ I'm coming
booking-coming-thanks = ✅ Thank you! See you at Kototori.
booking-rebook = 🗓 Choose another time

## Messages from the scheduler
booking-offer = 🔔 A time became free: { $day } at { $time }. Do you want it?
booking-offer-take = ✅ Book this time
booking-offer-gone = Sorry, someone else was faster. You are still on the waiting list for that day.
booking-notice-closed = ⛔ Sorry! Kototori is closed at your booked time, { $day } at { $time }. Your booking <b>{ $code }</b> is cancelled. Please choose another time.
booking-reminder-day =
    ⏰ <b>Reminder:</b> tomorrow, { $day }, at { $time } you have a booked time at Kototori. Your code: <b>{ $code }</b>
    📍 { $place }, { $address }
booking-reminder-hour =
    ⏰ <b>In one hour</b>, at { $time }, you have a booked time at Kototori. Your code: <b>{ $code }</b>
    📍 { $place }, { $address }

## Errors
booking-error-unavailable = This time cannot be booked (it is too soon, in the past or Kototori is closed). Please choose another time.
booking-error-full = Sorry, someone else was faster: this time is full now. Please choose another time.
booking-error-too-many = You already have two booked times. Cancel or change one of them to book a new one.
booking-error-already = You have already booked this time.
booking-error-not-found = This booking is no longer valid.

## /privacy
booking-privacy-title = <b>Booked times</b>
booking-privacy-line = { $line } ({ $status ->
    [active] booked
    [attended] you came
    [no_show] you did not come
    [closed] Kototori was closed
   *[cancelled] cancelled
})
booking-privacy-wait = • Waiting list for { $day }
booking-privacy-retention = { $days } days after the time, a booking no longer shows who made it.

## Coordinators and advisors
booking-admin-told = { $count ->
    [one] One person had a booked time then: they were told and offered another time.
   *[other] { $count } people had a booked time then: they were told and offered another time.
}
booking-staff-title = 🗓 <b>{ $when ->
    [today] Bookings today
    [tomorrow] Bookings tomorrow
   *[other] Bookings
}, { $day }</b> ({ $count })
booking-staff-none = No bookings.
booking-staff-line = { $time } · <b>{ $code }</b> · { $language } · { $topic }{ $confirmed ->
    [yes] {" "}· said they are coming
   *[no] {""}
}{ $status ->
    [attended] {" "}· ✅ came
    [no_show] {" "}· ❌ did not come
   *[other] {""}
}
booking-staff-hint = Mark each visitor: ✅ came, ❌ did not come.
booking-staff-came = { $marked ->
    [yes] ☑️ { $label }
   *[no] ✅ { $label }
}
booking-staff-absent = { $marked ->
    [yes] ☑️ did not come
   *[no] ❌
}
booking-staff-marked = { $came ->
    [yes] { $code }: came
   *[no] { $code }: did not come
}
booking-report-title = 📊 <b>Bookings per week</b> (last { $weeks } weeks; no-show rate = did not come / marked)
booking-report-line = { $week }: { $booked } booked, { $attended } came, { $noshow } did not come, { $unmarked } not marked, { $cancelled } cancelled · no-show rate { $rate }
