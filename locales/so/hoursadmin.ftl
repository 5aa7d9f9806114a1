# Draft translation: not yet checked by a native speaker.
hoursadmin-not-allowed = Kaliya isuduwayaasha Kototori ayaa tan samayn kara.
hoursadmin-menu-title = 🛠 <b>Isuduwe</b>: maxaad rabtaa inaad beddesho?
hoursadmin-menu-hours = 🕘 Saacadaha furitaanka
hoursadmin-menu-events = 📅 Barnaamijyada
hoursadmin-title = 🛠 <b>Isbeddellada saacadaha</b> (fasaxyada qaranka si toos ah ayay u yimaadaan)
hoursadmin-empty = Toddobaadyada soo socda isbeddel ma jiro.
hoursadmin-add = ➕ Ku dar isbeddel
hoursadmin-remove = 🗑 Tirtir { $day }
hoursadmin-pick-day = Dooro taariikhda. 🕘 = maalin caadi ah oo la furo.
hoursadmin-earlier = ◀️ Hore
hoursadmin-later = Dambe ▶️
hoursadmin-cancel = ✖️ Jooji
hoursadmin-what = { $day }: hadda { $hours }. Maxaa isbeddelaya?
hoursadmin-closed = ⛔ Xiran maalinta oo dhan
hoursadmin-hours = 🕘 Furan saacado kale
hoursadmin-pick-opens = Goorma ayuu furmayaa?
hoursadmin-pick-closes = Goorma ayuu xirmayaa?
hoursadmin-pick-reason = Maxay tahay sababtu? Dooro sabab ama qor.
hoursadmin-type-reason = ✏️ Qor sababta
hoursadmin-write-reason = Sababta ku qor hal sadar oo gaaban (booqdayaashu sidaad u qortay ayay u arki doonaan).
hoursadmin-saved = ✅ Waa la keydiyay. { $day }: { $hours }
hoursadmin-invalid = Taasi ma shaqayn: taariikhdu way dhaaftay ama saacaduhu sax ma aha. Waxba lama beddelin.
hoursadmin-removed = ✅ Isbeddelkii { $day } waa la tirtiray.
