# Draft translation: not yet checked by a native speaker.
booking-menu-button = 🗓 احجز موعدًا
booking-command-book = احجز موعدًا في كوتوتوري
booking-command-mine = مواعيدي المحجوزة
booking-command-today = حجوزات اليوم
booking-command-tomorrow = حجوزات الغد
booking-command-report = نسبة عدم الحضور في كل أسبوع (للمنسقين)

## The booking flow
booking-intro =
    🗓 <b>احجز موعدًا في كوتوتوري</b>
    يمكنك دائمًا أن تأتي بدون حجز. احجز موعدًا إذا أردت أن تتأكد أن هناك شخصًا لديه وقت لك، أو أن مساعد اللغة موجود.

    ما موضوع طلبك؟
booking-you-have = { $count ->
    [one] لديك موعد محجوز واحد.
    [two] لديك موعدان محجوزان.
   *[other] عدد مواعيدك المحجوزة: { $count }.
}
booking-topic-letters = ✉️ رسالة أو استمارة
booking-topic-kela = 🏛 Kela
booking-topic-permits = 🪪 تصريح الإقامة
booking-topic-housing = 🏠 السكن
booking-topic-work = 💼 العمل أو الدراسة
booking-topic-other = 💬 موضوع آخر
booking-language-fi = الفنلندية
booking-language-ar = العربية
booking-language-fa-af = الدرية
booking-language-so = الصومالية
booking-language-en = الإنجليزية
booking-mine-button = 📋 مواعيدي المحجوزة
booking-back = ⬅️ رجوع
booking-choose-language = 🗣 بأي لغة تريد المساعدة؟
booking-chosen = { $topic } · { $language }
booking-assistant-days = مساعد اللغة { $language } موجود في هذه الأيام: { $weekdays }. ترى هذه الأيام فقط.
booking-no-days = لا توجد مواعيد متاحة في الأسبوعين القادمين. يمكنك أن تأتي بدون حجز، أو أن تتكلم مع شخص.
booking-choose-day = اختر اليوم:
booking-day-button = { $free ->
    [0] { $day } · ممتلئ
   *[other] { $day } · متاح: { $free }
}
booking-choose-time = { $day }: اختر الوقت.
booking-day-full = { $day }: كل المواعيد محجوزة. يمكننا أن نرسل لك رسالة إذا أصبح موعد متاحًا.
booking-wait-button = 🔔 أخبرني إذا أصبح موعد متاحًا
booking-other-day = 🗓 يوم آخر
booking-waiting = 🔔 حسنًا. إذا أصبح موعد متاحًا ({ $day })، سنرسل لك رسالة. الموعد لمن يضغط أولًا.

## Confirmation
booking-confirmed = ✅ <b>تم حجز موعدك.</b> رمز الحجز: <b>{ $code }</b>
booking-moved = ✅ <b>تم تغيير موعدك.</b> رمز الحجز كما هو: <b>{ $code }</b>
booking-when = 🗓 { $day }، الساعة { $time }–{ $end }
booking-language-line = { $assistant ->
    [yes] 🗣 { $language }: سيكون مساعد اللغة موجودًا
   *[other] 🗣 { $language }
}
booking-topic-line = { $topic }
booking-place = 📍 { $place }، { $address }
booking-map = 🗺 <a href="{ $url }">افتح الخريطة</a>
booking-after = { $hours ->
    [one] تعال قبل الموعد ببضع دقائق وأظهر رمز الحجز. سنذكّرك في المساء السابق وقبل الموعد بساعة. إذا لم تستطع أن تأتي، ألغِ الموعد من هنا: عندها يستطيع شخص آخر أن يأخذه.
    [two] تعال قبل الموعد ببضع دقائق وأظهر رمز الحجز. سنذكّرك في المساء السابق وقبل الموعد بساعتين. إذا لم تستطع أن تأتي، ألغِ الموعد من هنا: عندها يستطيع شخص آخر أن يأخذه.
    [few] تعال قبل الموعد ببضع دقائق وأظهر رمز الحجز. سنذكّرك في المساء السابق وقبل الموعد بـ{ $hours } ساعات. إذا لم تستطع أن تأتي، ألغِ الموعد من هنا: عندها يستطيع شخص آخر أن يأخذه.
   *[other] تعال قبل الموعد ببضع دقائق وأظهر رمز الحجز. سنذكّرك في المساء السابق وقبل الموعد بـ{ $hours } ساعة. إذا لم تستطع أن تأتي، ألغِ الموعد من هنا: عندها يستطيع شخص آخر أن يأخذه.
}
booking-ics-caption = 📎 أضف الموعد إلى تقويم هاتفك.
booking-ics-summary = كوتوتوري: { $topic }
booking-ics-description = موعد محجوز في كوتوتوري. رمز الحجز: { $code }. اللغة: { $language }.
booking-cancel = ❌ إلغاء
booking-move = 🔁 تغيير الموعد
booking-cancel-code = ❌ إلغاء { $code }
booking-move-code = 🔁 تغيير { $code }

## My bookings
booking-line = • <b>{ $code }</b> · { $day } الساعة { $time } · { $language } · { $topic }
booking-mine-title = 📋 <b>مواعيدك المحجوزة</b>
booking-mine-none = ليس لديك مواعيد محجوزة.
booking-mine-hint = بضغطة واحدة تلغي الموعد أو تغيّره.
booking-cancelled = ❌ تم الإلغاء: { $when }. الموعد متاح الآن لشخص آخر.
booking-cancelled-short = تم الإلغاء.
booking-moving = 🔁 موعدك الآن: { $when }. اختر موعدًا جديدًا:
booking-short-when = { $day } الساعة { $time }
booking-coming = ✅ سآتي
booking-coming-thanks = ✅ شكرًا! نراك في كوتوتوري.
booking-rebook = 🗓 اختر موعدًا آخر

## Messages from the scheduler
booking-offer = 🔔 أصبح موعد متاحًا: { $day } الساعة { $time }. هل تريده؟
booking-offer-take = ✅ احجز هذا الموعد
booking-offer-gone = عذرًا، شخص آخر كان أسرع. ما زلت في قائمة الانتظار لهذا اليوم.
booking-notice-closed = ⛔ عذرًا! كوتوتوري مغلق في وقت موعدك، { $day } الساعة { $time }. تم إلغاء حجزك <b>{ $code }</b>. من فضلك اختر موعدًا آخر.
booking-reminder-day =
    ⏰ <b>تذكير:</b> غدًا، { $day }، الساعة { $time } لديك موعد محجوز في كوتوتوري. رمز الحجز: <b>{ $code }</b>
    📍 { $place }، { $address }
booking-reminder-hour =
    ⏰ <b>بعد ساعة</b>، الساعة { $time }، لديك موعد محجوز في كوتوتوري. رمز الحجز: <b>{ $code }</b>
    📍 { $place }، { $address }

## Errors
booking-error-unavailable = لا يمكن حجز هذا الموعد (قريب جدًا، أو مضى، أو كوتوتوري مغلق). من فضلك اختر موعدًا آخر.
booking-error-full = عذرًا، شخص آخر كان أسرع: هذا الموعد ممتلئ الآن. من فضلك اختر موعدًا آخر.
booking-error-too-many = لديك موعدان محجوزان. ألغِ أحدهما أو غيّره لتحجز موعدًا جديدًا.
booking-error-already = لقد حجزت هذا الموعد من قبل.
booking-error-not-found = هذا الحجز لم يعد صالحًا.

## /privacy
booking-privacy-title = <b>المواعيد المحجوزة</b>
booking-privacy-line = { $line } ({ $status ->
    [active] محجوز
    [attended] حضرت
    [no_show] لم تحضر
    [closed] كان كوتوتوري مغلقًا
   *[cancelled] ملغى
})
booking-privacy-wait = • قائمة الانتظار: { $day }
booking-privacy-retention = { $days ->
    [one] بعد يوم واحد من الموعد، لا يظهر في الحجز من قام به.
    [two] بعد يومين من الموعد، لا يظهر في الحجز من قام به.
    [few] بعد { $days } أيام من الموعد، لا يظهر في الحجز من قام به.
   *[other] بعد { $days } يومًا من الموعد، لا يظهر في الحجز من قام به.
}

## Coordinators and advisors
booking-admin-told = { $count ->
    [one] شخص واحد كان لديه موعد في ذلك الوقت: تم إخباره وعرض موعد آخر عليه.
   *[other] عدد الأشخاص الذين كان لديهم موعد في ذلك الوقت: { $count }. تم إخبارهم وعرض موعد آخر عليهم.
}
booking-staff-title = 🗓 <b>{ $when ->
    [today] حجوزات اليوم
    [tomorrow] حجوزات الغد
   *[other] الحجوزات
}، { $day }</b> ({ $count })
booking-staff-none = لا توجد حجوزات.
booking-staff-line = { $time } · <b>{ $code }</b> · { $language } · { $topic }{ $confirmed ->
    [yes] {" "}· قال إنه سيأتي
   *[no] {""}
}{ $status ->
    [attended] {" "}· ✅ حضر
    [no_show] {" "}· ❌ لم يحضر
   *[other] {""}
}
booking-staff-hint = ضع علامة لكل زائر: ✅ حضر، ❌ لم يحضر.
booking-staff-came = { $marked ->
    [yes] ☑️ { $label }
   *[no] ✅ { $label }
}
booking-staff-absent = { $marked ->
    [yes] ☑️ لم يحضر
   *[no] ❌
}
booking-staff-marked = { $came ->
    [yes] { $code }: حضر
   *[no] { $code }: لم يحضر
}
booking-report-title = 📊 <b>الحجوزات في كل أسبوع</b> (آخر الأسابيع: { $weeks }؛ نسبة عدم الحضور = لم يحضر / المعلَّم)
booking-report-line = { $week }: محجوز { $booked }، حضر { $attended }، لم يحضر { $noshow }، بدون علامة { $unmarked }، ملغى { $cancelled } · نسبة عدم الحضور { $rate }
