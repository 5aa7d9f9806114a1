# Draft translation: not yet checked by a native speaker.
events-title = 📅 <b>گروه‌ها و برنامه‌ها</b>
events-none = در هفته‌های آینده گروه یا برنامه‌ای نیست.
events-week = <b>هفت روز آینده</b>
events-choose = یکی را انتخاب کنید تا بیشتر ببینید. می‌توانید پیش از شروع یادآوری بگیرید.
events-line = { $day } { $time } · { $title }
events-when-once = 🗓 { $date }، { $time }
events-when-weekly = 🗓 هر هفته: { $weekdays }، { $time }
events-when-monthly = 🗓 { $weekday } { $nth ->
    [first] اول
    [second] دوم
    [third] سوم
    [fourth] چهارم
   *[last] آخر
} هر ماه، { $time }
events-nth = { $nth ->
    [first] اول
    [second] دوم
    [third] سوم
    [fourth] چهارم
   *[last] آخر
}
events-next = تاریخ‌های بعدی: { $dates }
events-holiday-gap = 🚫 در { $date } جلسه نیست ({ $holiday })
events-place = 📍 { $place }
events-finnish = { $level ->
    [none] 🗣 دانستن زبان فنلندی لازم نیست
    [some] 🗣 کمی فنلندی کمک می‌کند
   *[fluent] 🗣 باید فنلندی بلد باشید
}
events-audience = { $audience ->
    [men] 👥 برای مردان
    [women] 👥 برای زنان
    [families] 👥 برای خانواده‌های دارای کودک
    [youth] 👥 برای جوانان
    [beginners] 👥 برای تازه‌کاران زبان فنلندی
    [persian] 👥 برای فارسی‌زبانان و دری‌زبانان
   *[everyone] 👥 برای همه
}
events-fallback-note = <i>این برنامه هنوز به زبان شما نوشته نشده است. این جا به زبان { $language } است.</i>
events-cancelled = ❌ <b>لغو شد</b>
events-subscribe = 🔔 به من یادآوری کن
events-unsubscribe = 🔕 یادآوری را بس کن
events-subscribed = 🔔 خوب! { $hours } ساعت پیش از شروع به شما یادآوری می‌کنم.
events-unsubscribed = 🔕 خوب، برای این برنامه دیگر یادآوری نمی‌فرستم.
events-calendar = 📥 به تقویم من اضافه کن
events-calendar-caption = این فایل را باز کنید تا برنامه به تقویم تلیفون شما اضافه شود.
events-back = ⬅️ همه برنامه‌ها
events-show = 📅 برنامه را نشان بده
events-gone = این برنامه دیگر موجود نیست.
events-notice-reminder =
    🔔 <b>یادآوری</b>: { $title }
    { $date }، { $time }
    📍 { $place }
events-notice-cancelled = ❌ <b>{ $title }</b> لغو شد. دیگر برگزار نمی‌شود. متأسفیم!
events-notice-skipped = ❌ <b>{ $title }</b> در { $date } لغو شد. تاریخ‌های دیگر تغییر نمی‌کند.
