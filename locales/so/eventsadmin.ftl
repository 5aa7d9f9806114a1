# Draft translation: not yet checked by a native speaker.
eventsadmin-title = 🛠 <b>Barnaamijyada</b>: dooro mid aad beddesho ama joojiso, ama ku dar mid cusub.
eventsadmin-new = ➕ Barnaamij cusub
eventsadmin-item = { $cancelled ->
    [true] ❌ { $title }
   *[false] { $title }
}
eventsadmin-edit-texts = ✏️ Magaca iyo sharaxaadda
eventsadmin-edit-when = 🕘 Taariikhda iyo saacadda
eventsadmin-edit-place = 📍 Goobta
eventsadmin-edit-details = 👥 Finnishka iyo dadka loogu talagalay
eventsadmin-skip-date = ❌ Jooji hal taariikh
eventsadmin-cancel-event = ❌ Jooji barnaamijka
eventsadmin-back = ⬅️ Barnaamijyada
eventsadmin-yes = Haa, jooji
eventsadmin-no = Maya
eventsadmin-abort = ✖️ Jooji
eventsadmin-aborted = Waa la joojiyay. Waxba lama keydin.
eventsadmin-expired = Tallaabadani way dhammaatay. Dib ugu bilow /events_admin.
eventsadmin-skip = ⏭ Ka bood
eventsadmin-done = ✅ Dhammaad
eventsadmin-ask-title = Magaca ku qor { $language }.
eventsadmin-ask-description = Sharaxaad gaaban ku qor { $language }, ama riix Ka bood.
eventsadmin-more-languages = Ma ku daraysaa magaca luqad kale? La'aanteed, booqdayaashu waxay arkaan qoraalka Finnishka ama Ingiriisiga oo qoraal yar la socdo.
eventsadmin-need-finnish = Marka hore magaca Finnishka ayaa loo baahan yahay.
eventsadmin-ask-repeat = Intee jeer?
eventsadmin-repeat-once = Hal mar
eventsadmin-repeat-weekly = Toddobaad kasta
eventsadmin-repeat-monthly = Bil kasta
eventsadmin-ask-date = Taariikhdee?
eventsadmin-ask-weekdays = Maalmaha toddobaadka kee? Riix, kadib Dhammaad.
eventsadmin-ask-nth = Toddobaadka bisha kee?
eventsadmin-ask-weekday = Maalinta toddobaadka kee?
eventsadmin-ask-starts = Goorma ayuu bilaabmayaa?
eventsadmin-ask-ends = Goorma ayuu dhammaanayaa?
eventsadmin-ask-holidays = Xarunta madadaalada way xiran tahay maalmaha fasaxa rasmiga ah ee Finland (sida habeenka Kirismaska). Ma la qabtaa markaas?
eventsadmin-holidays-off = 🚫 Lama qabto maalmaha fasaxa
eventsadmin-holidays-on = ✅ Waa la qabtaa maalmaha fasaxa sidoo kale
eventsadmin-holidays = { $on ->
    [yes] ✅ Waa la qabtaa maalmaha fasaxa sidoo kale
   *[no] 🚫 Lama qabto maalmaha fasaxa
}
eventsadmin-ask-place = Xaggee? Dooro goob ama qor.
eventsadmin-ask-finnish = Finnish ma loo baahan yahay?
eventsadmin-ask-audience = Yaa loogu talagalay?
eventsadmin-preview = <b>Hubi barnaamijka</b>, kadib keydi.
eventsadmin-save = ✅ Keydi
eventsadmin-saved = ✅ Waa la keydiyay. Booqdayaashu waxay ku arkayaan /events.
eventsadmin-invalid = Wax baa maqan ama sax ma aha. Waxba lama keydin. Dib ugu bilow /events_admin.
eventsadmin-too-long = Aad buu u dheer yahay (ugu badnaan { $max } xaraf). Fadlan ka gaabi.
eventsadmin-subscribers = 🔔 Xusuusin codsaday: { $count }
eventsadmin-confirm-cancel = Ma joojinaysaa “{ $title }” gebi ahaanba? { $count } qof oo xusuusin codsaday ayaa la ogeysiin doonaa.
eventsadmin-confirm-skip = Ma joojinaysaa “{ $title }” maalinta { $date }? { $count } qof oo xusuusin codsaday ayaa la ogeysiin doonaa.
eventsadmin-cancelled = ❌ Waa la joojiyay. { $count } qof oo xusuusin codsaday ayaa fariin heli doona hal daqiiqo gudaheed.
eventsadmin-pick-skip = Taariikhdee ayaa la joojinayaa?
