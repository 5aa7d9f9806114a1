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
    [families] 👥 برای خانواده‌های دارای طفل
    [youth] 👥 برای جوانان
    [beginners] 👥 برای تازه‌کاران زبان فنلندی
    [persian] 👥 برای فارسی‌زبانان و دری‌زبانان
   *[everyone] 👥 برای همه
}
events-fallback-note = <i>این برنامه هنوز به زبان شما نوشته نشده است. این جا به زبان { $language } است.</i>
events-examples-note = <i>🧪 بعضی از این گروه‌ها فقط مثال برای نمایش هستند و وقت آن‌ها تأیید نشده است. پیش از آمدن از Kototori پرسان کنید.</i>
events-example-note = <i>🧪 مثال برای نمایش: این گروه و وقت آن تأیید نشده است. پیش از آمدن از Kototori پرسان کنید.</i>
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

# -- eventsadmin -----------------------------------------------------------------------------------------
events-admin-title = 🛠 <b>برنامه‌ها</b>: یکی را برای تغییر یا لغو انتخاب کنید، یا برنامهٔ نو اضافه کنید.
events-admin-new = ➕ برنامهٔ نو
events-admin-item = { $cancelled ->
    [true] ❌ { $title }
   *[false] { $title }
}
events-admin-edit-texts = ✏️ نام و توضیح
events-admin-edit-when = 🕘 تاریخ و ساعت
events-admin-edit-place = 📍 جای برگزاری
events-admin-edit-details = 👥 زبان فنلندی و مخاطبان
events-admin-skip-date = ❌ لغو یک تاریخ
events-admin-cancel-event = ❌ لغو برنامه
events-admin-back = ⬅️ برنامه‌ها
events-admin-yes = بلی، لغو کن
events-admin-no = نخیر
events-admin-abort = ✖️ توقف
events-admin-aborted = متوقف شد. چیزی ذخیره نشد.
events-admin-expired = این مرحله تمام شده است. با /events_admin دوباره شروع کنید.
events-admin-skip = ⏭ رد کن
events-admin-done = ✅ تمام
events-admin-ask-title = نام را به زبان { $language } بنویسید.
events-admin-ask-description = یک توضیح کوتاه به زبان { $language } بنویسید، یا «رد کن» را بزنید.
events-admin-more-languages = نام را به زبان دیگری هم اضافه می‌کنید؟ بدون آن، مراجعین متن فنلندی یا انگلیسی را با یک یادداشت می‌بینند.
events-admin-need-finnish = اول نام فنلندی لازم است.
events-admin-ask-repeat = چند وقت یک بار؟
events-admin-repeat-once = یک بار
events-admin-repeat-weekly = هر هفته
events-admin-repeat-monthly = هر ماه
events-admin-ask-date = در کدام تاریخ؟
events-admin-ask-weekdays = کدام روزهای هفته؟ آن‌ها را بزنید، بعد «تمام».
events-admin-ask-nth = کدام هفتهٔ ماه؟
events-admin-ask-weekday = کدام روز هفته؟
events-admin-ask-starts = ساعت شروع؟
events-admin-ask-ends = ساعت ختم؟
events-admin-ask-holidays = مرکز تفریحی در رخصتی‌های رسمی فنلند (مثلاً شب کرسمس) بسته است. آیا برنامه در آن روزها برگزار می‌شود؟
events-admin-holidays-off = 🚫 در رخصتی‌های رسمی برگزار نمی‌شود
events-admin-holidays-on = ✅ در رخصتی‌های رسمی هم برگزار می‌شود
events-admin-holidays = { $on ->
    [yes] ✅ در رخصتی‌های رسمی هم برگزار می‌شود
   *[no] 🚫 در رخصتی‌های رسمی برگزار نمی‌شود
}
events-admin-ask-place = کجا؟ یک جا را انتخاب کنید یا بنویسید.
events-admin-ask-finnish = آیا زبان فنلندی لازم است؟
events-admin-ask-audience = این برنامه برای کیست؟
events-admin-preview = <b>برنامه را بررسی کنید</b> و بعد ذخیره کنید.
events-admin-save = ✅ ذخیره
events-admin-saved = ✅ ذخیره شد. مراجعین آن را در /events می‌بینند.
events-admin-invalid = چیزی کم است یا درست نیست. چیزی ذخیره نشد. با /events_admin دوباره شروع کنید.
events-admin-too-long = این خیلی طولانی است (حداکثر { $max } حرف). کوتاه‌تر بنویسید.
events-admin-subscribers = 🔔 یادآوری خواسته‌اند: { $count }
events-admin-confirm-cancel = «{ $title }» برای همیشه لغو شود؟ به { $count } نفر که یادآوری خواسته‌اند خبر داده می‌شود.
events-admin-confirm-skip = «{ $title }» در { $date } لغو شود؟ به { $count } نفر که یادآوری خواسته‌اند خبر داده می‌شود.
events-admin-cancelled = ❌ لغو شد. { $count } نفر که یادآوری خواسته‌اند در یک دقیقه پیام می‌گیرند.
events-admin-pick-skip = کدام تاریخ لغو شود؟
