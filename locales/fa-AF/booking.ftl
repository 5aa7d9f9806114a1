# Draft translation: not yet checked by a native speaker.
booking-menu-button = 🗓 وقت بگیرید
booking-command-book = در کوتوتوری وقت بگیرید
booking-command-mine = وقت‌های من
booking-command-today = وقت‌های امروز
booking-command-tomorrow = وقت‌های فردا
booking-command-report = فیصدی نیامدن در هر هفته (هماهنگ‌کننده‌ها)

## The booking flow
booking-intro =
    🗓 <b>در کوتوتوری وقت بگیرید</b>
    شما همیشه می‌توانید بدون وقت قبلی بیایید. اگر می‌خواهید مطمئن باشید که کسی برای شما وقت دارد، یا کمک‌کننده زبان آنجا است، وقت بگیرید.

    کار شما در باره چیست؟
booking-you-have = { $count ->
    [one] شما یک وقت گرفته‌اید.
   *[other] شما { $count } وقت گرفته‌اید.
}
booking-topic-letters = ✉️ مکتوب یا فورم
booking-topic-kela = 🏛 Kela
booking-topic-permits = 🪪 جواز اقامت
booking-topic-housing = 🏠 خانه
booking-topic-work = 💼 کار یا تحصیل
booking-topic-other = 💬 موضوع دیگر
booking-language-fi = فنلندی
booking-language-ar = عربی
booking-language-fa-af = دری
booking-language-so = سومالیایی
booking-language-en = انگلیسی
booking-mine-button = 📋 وقت‌های من
booking-back = ⬅️ برگشت
booking-choose-language = 🗣 به کدام زبان کمک می‌خواهید؟
booking-chosen = { $topic } · { $language }
booking-assistant-days = کمک‌کننده زبان { $language } در این روزها آنجا است: { $weekdays }. شما فقط همین روزها را می‌بینید.
booking-no-days = در دو هفته آینده وقت خالی نیست. شما باز هم می‌توانید بدون وقت قبلی بیایید، یا با یک نفر صحبت کنید.
booking-choose-day = یک روز را انتخاب کنید:
booking-day-button = { $free ->
    [0] { $day } · پُر
   *[other] { $day } · خالی: { $free }
}
booking-choose-time = { $day }: یک وقت را انتخاب کنید.
booking-day-full = { $day }: همه وقت‌ها گرفته شده. اگر یک وقت خالی شود، می‌توانیم برای شما پیام بفرستیم.
booking-wait-button = 🔔 اگر وقت خالی شد، به من خبر بدهید
booking-other-day = 🗓 روز دیگر
booking-waiting = 🔔 خوب. اگر وقتی خالی شود ({ $day })، برای شما پیام می‌فرستیم. وقت از کسی است که اول دکمه را بزند.

## Confirmation
booking-confirmed = ✅ <b>وقت شما گرفته شد.</b> کود شما: <b>{ $code }</b>
booking-moved = ✅ <b>وقت شما تغییر کرد.</b> کود شما همان است: <b>{ $code }</b>
booking-when = 🗓 { $day }، ساعت { $time }–{ $end }
booking-language-line = { $assistant ->
    [yes] 🗣 { $language }: کمک‌کننده زبان آنجا است
   *[other] 🗣 { $language }
}
booking-topic-line = { $topic }
booking-place = 📍 { $place }، { $address }
booking-map = 🗺 <a href="{ $url }">نقشه را باز کنید</a>
booking-after = { $hours ->
    [one] چند دقیقه پیش از وقت بیایید و کود خود را نشان بدهید. ما شب پیش و یک ساعت پیش به شما یادآوری می‌کنیم. اگر نمی‌توانید بیایید، وقت را از اینجا لغو کنید تا کس دیگری از آن استفاده کند.
   *[other] چند دقیقه پیش از وقت بیایید و کود خود را نشان بدهید. ما شب پیش و { $hours } ساعت پیش به شما یادآوری می‌کنیم. اگر نمی‌توانید بیایید، وقت را از اینجا لغو کنید تا کس دیگری از آن استفاده کند.
}
booking-ics-caption = 📎 وقت را به تقویم تیلفون خود اضافه کنید.
booking-ics-summary = کوتوتوری: { $topic }
booking-ics-description = وقت گرفته شده در کوتوتوری. کود: { $code }. زبان: { $language }.
booking-cancel = ❌ لغو
booking-move = 🔁 تغییر وقت
booking-cancel-code = ❌ لغو { $code }
booking-move-code = 🔁 تغییر { $code }

## My bookings
booking-line = • <b>{ $code }</b> · { $day } ساعت { $time } · { $language } · { $topic }
booking-mine-title = 📋 <b>وقت‌های گرفته شده شما</b>
booking-mine-none = شما هیچ وقتی نگرفته‌اید.
booking-mine-hint = با یک بار زدن دکمه، وقت لغو یا تغییر می‌شود.
booking-cancelled = ❌ لغو شد: { $when }. حالا این وقت برای کس دیگری خالی است.
booking-cancelled-short = لغو شد.
booking-moving = 🔁 وقت فعلی شما: { $when }. یک وقت نو انتخاب کنید:
booking-short-when = { $day } ساعت { $time }
booking-coming = ✅ می‌آیم
booking-coming-thanks = ✅ تشکر! در کوتوتوری می‌بینیم‌تان.
booking-rebook = 🗓 یک وقت دیگر انتخاب کنید

## Messages from the scheduler
booking-offer = 🔔 یک وقت خالی شد: { $day } ساعت { $time }. آیا آن را می‌خواهید؟
booking-offer-take = ✅ این وقت را بگیر
booking-offer-gone = معذرت می‌خواهیم، کس دیگری زودتر بود. شما هنوز در لست انتظار همان روز هستید.
booking-notice-closed = ⛔ معذرت می‌خواهیم! کوتوتوری در وقت شما بسته است: { $day } ساعت { $time }. وقت شما <b>{ $code }</b> لغو شد. لطفاً یک وقت دیگر انتخاب کنید.
booking-reminder-day =
    ⏰ <b>یادآوری:</b> فردا، { $day }، ساعت { $time } در کوتوتوری وقت دارید. کود شما: <b>{ $code }</b>
    📍 { $place }، { $address }
booking-reminder-hour =
    ⏰ <b>یک ساعت بعد</b>، ساعت { $time }، در کوتوتوری وقت دارید. کود شما: <b>{ $code }</b>
    📍 { $place }، { $address }

## Errors
booking-error-unavailable = این وقت را نمی‌شود گرفت (خیلی نزدیک است، گذشته است، یا کوتوتوری بسته است). لطفاً وقت دیگری انتخاب کنید.
booking-error-full = معذرت می‌خواهیم، کس دیگری زودتر بود: این وقت حالا پُر است. لطفاً وقت دیگری انتخاب کنید.
booking-error-too-many = شما همین حالا دو وقت گرفته‌اید. برای گرفتن وقت نو، یکی از آنها را لغو یا تغییر بدهید.
booking-error-already = شما این وقت را قبلاً گرفته‌اید.
booking-error-not-found = این وقت دیگر اعتبار ندارد.

## /privacy
booking-privacy-title = <b>وقت‌های گرفته شده</b>
booking-privacy-line = { $line } ({ $status ->
    [active] گرفته شده
    [attended] آمدید
    [no_show] نیامدید
    [closed] کوتوتوری بسته بود
   *[cancelled] لغو شده
})
booking-privacy-wait = • لست انتظار: { $day }
booking-privacy-retention = { $days } روز بعد از وقت، دیگر معلوم نیست که چه کسی آن را گرفته بود.

## Coordinators and advisors
booking-admin-told = { $count ->
    [one] یک نفر در آن وقت نوبت داشت: برایش خبر داده شد و وقت دیگری پیشنهاد شد.
   *[other] { $count } نفر در آن وقت نوبت داشتند: برای‌شان خبر داده شد و وقت دیگری پیشنهاد شد.
}
booking-staff-title = 🗓 <b>{ $when ->
    [today] وقت‌های امروز
    [tomorrow] وقت‌های فردا
   *[other] وقت‌ها
}، { $day }</b> ({ $count })
booking-staff-none = هیچ وقتی گرفته نشده.
booking-staff-line = { $time } · <b>{ $code }</b> · { $language } · { $topic }{ $confirmed ->
    [yes] {" "}· گفت که می‌آید
   *[no] {""}
}{ $status ->
    [attended] {" "}· ✅ آمد
    [no_show] {" "}· ❌ نیامد
   *[other] {""}
}
booking-staff-hint = برای هر مراجع علامت بگذارید: ✅ آمد، ❌ نیامد.
booking-staff-came = { $marked ->
    [yes] ☑️ { $label }
   *[no] ✅ { $label }
}
booking-staff-absent = { $marked ->
    [yes] ☑️ نیامد
   *[no] ❌
}
booking-staff-marked = { $came ->
    [yes] { $code }: آمد
   *[no] { $code }: نیامد
}
booking-report-title = 📊 <b>وقت‌ها در هر هفته</b> ({ $weeks } هفته آخر؛ فیصدی نیامدن = نیامد / علامت‌گذاری شده)
booking-report-line = { $week }: { $booked } وقت، { $attended } آمد، { $noshow } نیامد، { $unmarked } بی‌علامت، { $cancelled } لغو · فیصدی نیامدن { $rate }
