# Draft translation: not yet checked by a native speaker.
booking-menu-button = 🗓 Qabso ballan
booking-command-book = Ballan ka qabso Kototori
booking-command-mine = Ballamahayga
booking-command-today = Ballamaha maanta
booking-command-tomorrow = Ballamaha berri
booking-command-report = Inta aan iman toddobaad kasta (isuduwayaasha)

## The booking flow
booking-intro =
    🗓 <b>Ballan ka qabso Kototori</b>
    Had iyo jeer waad iman kartaa adigoon ballan qabsan. Qabso ballan haddii aad rabto inaad hubiso in qof waqti kuu hayo, ama in kaaliyaha luqaddu joogo.

    Arrintaadu maxay ku saabsan tahay?
booking-you-have = { $count ->
    [one] Horey waxaad u haysataa hal ballan.
   *[other] Horey waxaad u haysataa { $count } ballan.
}
booking-topic-letters = ✉️ Warqad ama foom
booking-topic-kela = 🏛 Kela
booking-topic-permits = 🪪 Sharciga deganaanshaha
booking-topic-housing = 🏠 Guri
booking-topic-work = 💼 Shaqo ama waxbarasho
booking-topic-other = 💬 Arrin kale
booking-language-fi = Finnish
booking-language-ar = Carabi
booking-language-fa-af = Dari
booking-language-so = Soomaali
booking-language-en = Ingiriis
booking-mine-button = 📋 Ballamahayga
booking-back = ⬅️ Dib u noqo
booking-choose-language = 🗣 Luqaddee ayaad caawimo ku rabtaa?
booking-chosen = { $topic } · { $language }
booking-assistant-days = Kaaliyaha luqadda { $language } wuxuu joogaa maalmahan: { $weekdays }. Waxaad arkaysaa oo keliya maalmahaas.
booking-no-days = Labada toddobaad ee soo socda ma jiraan waqtiyo bannaan. Weli waad iman kartaa adigoon ballan lahayn, ama la hadal qof.
booking-choose-day = Dooro maalin:
booking-day-button = { $free ->
    [0] { $day } · buuxa
   *[other] { $day } · { $free } bannaan
}
booking-choose-time = { $day }: dooro waqti.
booking-day-full = { $day }: waqtiyada oo dhan waa la qabsaday. Waxaan kuu soo diri karnaa fariin haddii waqti banaanaado.
booking-wait-button = 🔔 I ogeysii haddii waqti banaanaado
booking-other-day = 🗓 Maalin kale
booking-waiting = 🔔 Waa hagaag. Haddii waqti banaanaado ({ $day }), fariin ayaan kuu soo diraynaa. Waqtiga waxaa leh qofka ugu horreeya ee riixa.

## Confirmation
booking-confirmed = ✅ <b>Ballantaada waa la qabsaday.</b> Koodhkaaga: <b>{ $code }</b>
booking-moved = ✅ <b>Ballantaada waa la beddelay.</b> Koodhkaagu waa isku mid: <b>{ $code }</b>
booking-when = 🗓 { $day }, saacadda { $time }–{ $end }
booking-language-line = { $assistant ->
    [yes] 🗣 { $language }: kaaliyaha luqadda ayaa joogi doona
   *[other] 🗣 { $language }
}
booking-topic-line = { $topic }
booking-place = 📍 { $place }, { $address }
booking-map = 🗺 <a href="{ $url }">Fur khariidadda</a>
booking-after = { $hours ->
    [one] Kaalay dhowr daqiiqo ka hor oo tus koodhkaaga. Waan ku xusuusin doonnaa fiidka ka horreeya iyo hal saac ka hor. Haddii aadan iman karin, halkan ka jooji ballanta: markaas qof kale ayaa qaadan kara.
   *[other] Kaalay dhowr daqiiqo ka hor oo tus koodhkaaga. Waan ku xusuusin doonnaa fiidka ka horreeya iyo { $hours } saacadood ka hor. Haddii aadan iman karin, halkan ka jooji ballanta: markaas qof kale ayaa qaadan kara.
}
booking-ics-caption = 📎 Ballanta ku dar kalandarka taleefankaaga.
booking-ics-summary = Kototori: { $topic }
booking-ics-description = Ballan Kototori. Koodh: { $code }. Luqad: { $language }.
booking-cancel = ❌ Jooji
booking-move = 🔁 Beddel waqtiga
booking-cancel-code = ❌ Jooji { $code }
booking-move-code = 🔁 Beddel { $code }

## My bookings
booking-line = • <b>{ $code }</b> · { $day } saacadda { $time } · { $language } · { $topic }
booking-mine-title = 📋 <b>Ballamahaaga</b>
booking-mine-none = Ma haysatid ballan.
booking-mine-hint = Hal riix ayaa ballanta joojiya ama beddela.
booking-cancelled = ❌ Waa la joojiyay: { $when }. Hadda waqtigu qof kale ayuu u bannaan yahay.
booking-cancelled-short = Waa la joojiyay.
booking-moving = 🔁 Waqtigaaga hadda: { $when }. Dooro waqti cusub:
booking-short-when = { $day } saacadda { $time }
booking-coming = ✅ Waan imanayaa
booking-coming-thanks = ✅ Mahadsanid! Kototori ayaan kugu arki doonnaa.
booking-rebook = 🗓 Dooro waqti kale

## Messages from the scheduler
booking-offer = 🔔 Waqti ayaa banaanaaday: { $day } saacadda { $time }. Ma rabtaa?
booking-offer-take = ✅ Qabso waqtigan
booking-offer-gone = Waan ka xunnahay, qof kale ayaa kaa horreeyay. Weli waxaad ku jirtaa liiska sugitaanka ee maalintaas.
booking-notice-closed = ⛔ Waan ka xunnahay! Kototori waa xiran yahay waqtigaaga: { $day } saacadda { $time }. Ballantaada <b>{ $code }</b> waa la joojiyay. Fadlan dooro waqti kale.
booking-reminder-day =
    ⏰ <b>Xusuusin:</b> berri, { $day }, saacadda { $time } waxaad ballan ku leedahay Kototori. Koodhkaaga: <b>{ $code }</b>
    📍 { $place }, { $address }
booking-reminder-hour =
    ⏰ <b>Hal saac kadib</b>, saacadda { $time }, waxaad ballan ku leedahay Kototori. Koodhkaaga: <b>{ $code }</b>
    📍 { $place }, { $address }

## Errors
booking-error-unavailable = Waqtigan lama qabsan karo (waa dhow yahay, wuu tagay, ama Kototori waa xiran yahay). Fadlan dooro waqti kale.
booking-error-full = Waan ka xunnahay, qof kale ayaa kaa horreeyay: waqtigan hadda waa buuxaa. Fadlan dooro waqti kale.
booking-error-too-many = Horey waxaad u haysataa laba ballan. Jooji ama beddel mid ka mid ah si aad u qabsato mid cusub.
booking-error-already = Waqtigan horey ayaad u qabsatay.
booking-error-not-found = Ballantani hadda ma shaqeyso.

## /privacy
booking-privacy-title = <b>Ballamaha la qabsaday</b>
booking-privacy-line = { $line } ({ $status ->
    [active] la qabsaday
    [attended] waad timid
    [no_show] ma aadan iman
    [closed] Kototori wuu xirnaa
   *[cancelled] la joojiyay
})
booking-privacy-wait = • Liiska sugitaanka: { $day }
booking-privacy-retention = { $days } maalmood ka dib waqtiga, ballanta lagama arki karo qofkii qabsaday.

## Coordinators and advisors
booking-admin-told = { $count ->
    [one] Hal qof ayaa waqtigaas ballan lahaa: waa loo sheegay, waxaana loo soo bandhigay waqti kale.
   *[other] { $count } qof ayaa waqtigaas ballan lahaa: waa loo sheegay, waxaana loo soo bandhigay waqti kale.
}
booking-staff-title = 🗓 <b>{ $when ->
    [today] Ballamaha maanta
    [tomorrow] Ballamaha berri
   *[other] Ballamaha
}, { $day }</b> ({ $count })
booking-staff-none = Ballan ma jirto.
booking-staff-line = { $time } · <b>{ $code }</b> · { $language } · { $topic }{ $confirmed ->
    [yes] {" "}· wuxuu yiri waan imanayaa
   *[no] {""}
}{ $status ->
    [attended] {" "}· ✅ wuu yimid
    [no_show] {" "}· ❌ ma iman
   *[other] {""}
}
booking-staff-hint = Calaamadee booqde kasta: ✅ wuu yimid, ❌ ma iman.
booking-staff-came = { $marked ->
    [yes] ☑️ { $label }
   *[no] ✅ { $label }
}
booking-staff-absent = { $marked ->
    [yes] ☑️ ma iman
   *[no] ❌
}
booking-staff-marked = { $came ->
    [yes] { $code }: wuu yimid
   *[no] { $code }: ma iman
}
booking-report-title = 📊 <b>Ballamaha toddobaad kasta</b> ({ $weeks } toddobaad ee ugu dambeeyay; heerka aan iman = ma iman / la calaamadeeyay)
booking-report-line = { $week }: { $booked } ballan, { $attended } yimid, { $noshow } ma iman, { $unmarked } aan la calaamadeyn, { $cancelled } la joojiyay · heerka aan iman { $rate }
