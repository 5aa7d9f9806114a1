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
events-examples-note = <i>🧪 Qaar ka mid ah kooxahan waa tusaalooyin bandhig ah, waqtiyadooduna lama xaqiijin. Weydii Kototori ka hor intaadan iman.</i>
events-example-note = <i>🧪 Tusaale bandhig ah: kooxda iyo waqtigeeda lama xaqiijin. Weydii Kototori ka hor intaadan iman.</i>
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

# -- eventsadmin -----------------------------------------------------------------------------------------
events-admin-title = 🛠 <b>Barnaamijyada</b>: dooro mid aad beddesho ama joojiso, ama ku dar mid cusub.
events-admin-new = ➕ Barnaamij cusub
events-admin-item = { $cancelled ->
    [true] ❌ { $title }
   *[false] { $title }
}
events-admin-edit-texts = ✏️ Magaca iyo sharaxaadda
events-admin-edit-when = 🕘 Taariikhda iyo saacadda
events-admin-edit-place = 📍 Goobta
events-admin-edit-details = 👥 Finnishka iyo dadka loogu talagalay
events-admin-skip-date = ❌ Jooji hal taariikh
events-admin-cancel-event = ❌ Jooji barnaamijka
events-admin-back = ⬅️ Barnaamijyada
events-admin-yes = Haa, jooji
events-admin-no = Maya
events-admin-abort = ✖️ Jooji
events-admin-aborted = Waa la joojiyay. Waxba lama keydin.
events-admin-expired = Tallaabadani way dhammaatay. Dib ugu bilow /events_admin.
events-admin-skip = ⏭ Ka bood
events-admin-done = ✅ Dhammaad
events-admin-ask-title = Magaca ku qor { $language }.
events-admin-ask-description = Sharaxaad gaaban ku qor { $language }, ama riix Ka bood.
events-admin-more-languages = Ma ku daraysaa magaca luqad kale? La'aanteed, booqdayaashu waxay arkaan qoraalka Finnishka ama Ingiriisiga oo qoraal yar la socdo.
events-admin-need-finnish = Marka hore magaca Finnishka ayaa loo baahan yahay.
events-admin-ask-repeat = Intee jeer?
events-admin-repeat-once = Hal mar
events-admin-repeat-weekly = Toddobaad kasta
events-admin-repeat-monthly = Bil kasta
events-admin-ask-date = Taariikhdee?
events-admin-ask-weekdays = Maalmaha toddobaadka kee? Riix, kadib Dhammaad.
events-admin-ask-nth = Toddobaadka bisha kee?
events-admin-ask-weekday = Maalinta toddobaadka kee?
events-admin-ask-starts = Goorma ayuu bilaabmayaa?
events-admin-ask-ends = Goorma ayuu dhammaanayaa?
events-admin-ask-holidays = Xarunta madadaalada way xiran tahay maalmaha fasaxa rasmiga ah ee Finland (sida habeenka Kirismaska). Ma la qabtaa markaas?
events-admin-holidays-off = 🚫 Lama qabto maalmaha fasaxa
events-admin-holidays-on = ✅ Waa la qabtaa maalmaha fasaxa sidoo kale
events-admin-holidays = { $on ->
    [yes] ✅ Waa la qabtaa maalmaha fasaxa sidoo kale
   *[no] 🚫 Lama qabto maalmaha fasaxa
}
events-admin-ask-place = Xaggee? Dooro goob ama qor.
events-admin-ask-finnish = Finnish ma loo baahan yahay?
events-admin-ask-audience = Yaa loogu talagalay?
events-admin-preview = <b>Hubi barnaamijka</b>, kadib keydi.
events-admin-save = ✅ Keydi
events-admin-saved = ✅ Waa la keydiyay. Booqdayaashu waxay ku arkayaan /events.
events-admin-invalid = Wax baa maqan ama sax ma aha. Waxba lama keydin. Dib ugu bilow /events_admin.
events-admin-too-long = Aad buu u dheer yahay (ugu badnaan { $max } xaraf). Fadlan ka gaabi.
events-admin-subscribers = 🔔 Xusuusin codsaday: { $count }
events-admin-confirm-cancel = Ma joojinaysaa “{ $title }” gebi ahaanba? { $count } qof oo xusuusin codsaday ayaa la ogeysiin doonaa.
events-admin-confirm-skip = Ma joojinaysaa “{ $title }” maalinta { $date }? { $count } qof oo xusuusin codsaday ayaa la ogeysiin doonaa.
events-admin-cancelled = ❌ Waa la joojiyay. { $count } qof oo xusuusin codsaday ayaa fariin heli doona hal daqiiqo gudaheed.
events-admin-pick-skip = Taariikhdee ayaa la joojinayaa?
