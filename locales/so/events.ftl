# Draft translation: not yet checked by a native speaker.
events-title = 📅 <b>Kooxaha iyo barnaamijyada</b>
events-none = Toddobaadyada soo socda ma jiraan kooxo ama barnaamijyo.
events-week = <b>7-da maalmood ee soo socda</b>
events-choose = Mid dooro si aad wax badan u aragto. Waxaad heli kartaa xusuusin ka hor inta uusan bilaaban.
events-line = { $day } { $time } · { $title }
events-when-once = 🗓 { $date }, { $time }
events-when-weekly = 🗓 Toddobaad kasta: { $weekdays }, { $time }
events-when-monthly = 🗓 { $weekday }da { $nth ->
    [first] koowaad
    [second] labaad
    [third] saddexaad
    [fourth] afraad
   *[last] ugu dambeysa
} ee bil kasta, { $time }
events-nth = { $nth ->
    [first] koowaad
    [second] labaad
    [third] saddexaad
    [fourth] afraad
   *[last] ugu dambeysa
}
events-next = Kuwa xiga: { $dates }
events-holiday-gap = 🚫 Ma jiro kulan maalinta { $date } ({ $holiday })
events-place = 📍 { $place }
events-finnish = { $level ->
    [none] 🗣 Looma baahna Finnish
    [some] 🗣 Finnish yar ayaa caawiya
   *[fluent] 🗣 Waa inaad ku hadashaa Finnish
}
events-audience = { $audience ->
    [men] 👥 Ragga
    [women] 👥 Haweenka
    [families] 👥 Qoysaska carruurta leh
    [youth] 👥 Dhallinyarada
    [beginners] 👥 Kuwa bilaabaya luqadda Finnishka
    [persian] 👥 Kuwa ku hadla Faarisi iyo Dari
   *[everyone] 👥 Qof kasta
}
events-fallback-note = <i>Barnaamijkan weli laguma qorin luqaddaada. Halkan waxaa lagu qoray { $language }.</i>
events-cancelled = ❌ <b>Waa la joojiyay</b>
events-subscribe = 🔔 I xusuusi
events-unsubscribe = 🔕 Jooji xusuusinta
events-subscribed = 🔔 Hagaag! Waan ku xusuusin doonaa { $hours } saacadood ka hor bilowga.
events-unsubscribed = 🔕 Hagaag, barnaamijkan xusuusin dambe looma soo diri doono.
events-calendar = 📥 Ku dar kalandarkayga
events-calendar-caption = Fur faylkan si barnaamijka loogu daro kalandarka taleefankaaga.
events-back = ⬅️ Dhammaan barnaamijyada
events-show = 📅 Tus barnaamijka
events-gone = Barnaamijkan ma jiro mar dambe.
events-notice-reminder =
    🔔 <b>Xusuusin</b>: { $title }
    { $date }, { $time }
    📍 { $place }
events-notice-cancelled = ❌ <b>{ $title }</b> waa la joojiyay. Mar dambe ma dhici doono. Waan ka xunnahay!
events-notice-skipped = ❌ <b>{ $title }</b> maalinta { $date } waa la joojiyay. Maalmaha kale waa sidii hore.
