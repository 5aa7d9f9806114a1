# Draft translation: not yet checked by a native speaker.
eventsadmin-title = 🛠 <b>برنامه‌ها</b>: یکی را برای تغییر یا لغو انتخاب کنید، یا برنامهٔ نو اضافه کنید.
eventsadmin-new = ➕ برنامهٔ نو
eventsadmin-item = { $cancelled ->
    [true] ❌ { $title }
   *[false] { $title }
}
eventsadmin-edit-texts = ✏️ نام و توضیح
eventsadmin-edit-when = 🕘 تاریخ و ساعت
eventsadmin-edit-place = 📍 جای برگزاری
eventsadmin-edit-details = 👥 زبان فنلندی و مخاطبان
eventsadmin-skip-date = ❌ لغو یک تاریخ
eventsadmin-cancel-event = ❌ لغو برنامه
eventsadmin-back = ⬅️ برنامه‌ها
eventsadmin-yes = بلی، لغو کن
eventsadmin-no = نخیر
eventsadmin-abort = ✖️ توقف
eventsadmin-aborted = متوقف شد. چیزی ذخیره نشد.
eventsadmin-expired = این مرحله تمام شده است. با /events_admin دوباره شروع کنید.
eventsadmin-skip = ⏭ رد کن
eventsadmin-done = ✅ تمام
eventsadmin-ask-title = نام را به زبان { $language } بنویسید.
eventsadmin-ask-description = یک توضیح کوتاه به زبان { $language } بنویسید، یا «رد کن» را بزنید.
eventsadmin-more-languages = نام را به زبان دیگری هم اضافه می‌کنید؟ بدون آن، مراجعین متن فنلندی یا انگلیسی را با یک یادداشت می‌بینند.
eventsadmin-need-finnish = اول نام فنلندی لازم است.
eventsadmin-ask-repeat = چند وقت یک بار؟
eventsadmin-repeat-once = یک بار
eventsadmin-repeat-weekly = هر هفته
eventsadmin-repeat-monthly = هر ماه
eventsadmin-ask-date = در کدام تاریخ؟
eventsadmin-ask-weekdays = کدام روزهای هفته؟ آن‌ها را بزنید، بعد «تمام».
eventsadmin-ask-nth = کدام هفتهٔ ماه؟
eventsadmin-ask-weekday = کدام روز هفته؟
eventsadmin-ask-starts = ساعت شروع؟
eventsadmin-ask-ends = ساعت ختم؟
eventsadmin-ask-holidays = مرکز تفریحی در رخصتی‌های رسمی فنلند (مثلاً شب کرسمس) بسته است. آیا برنامه در آن روزها برگزار می‌شود؟
eventsadmin-holidays-off = 🚫 در رخصتی‌های رسمی برگزار نمی‌شود
eventsadmin-holidays-on = ✅ در رخصتی‌های رسمی هم برگزار می‌شود
eventsadmin-holidays = { $on ->
    [yes] ✅ در رخصتی‌های رسمی هم برگزار می‌شود
   *[no] 🚫 در رخصتی‌های رسمی برگزار نمی‌شود
}
eventsadmin-ask-place = کجا؟ یک جا را انتخاب کنید یا بنویسید.
eventsadmin-ask-finnish = آیا زبان فنلندی لازم است؟
eventsadmin-ask-audience = این برنامه برای کیست؟
eventsadmin-preview = <b>برنامه را بررسی کنید</b> و بعد ذخیره کنید.
eventsadmin-save = ✅ ذخیره
eventsadmin-saved = ✅ ذخیره شد. مراجعین آن را در /events می‌بینند.
eventsadmin-invalid = چیزی کم است یا درست نیست. چیزی ذخیره نشد. با /events_admin دوباره شروع کنید.
eventsadmin-too-long = این خیلی طولانی است (حداکثر { $max } حرف). کوتاه‌تر بنویسید.
eventsadmin-subscribers = 🔔 یادآوری خواسته‌اند: { $count }
eventsadmin-confirm-cancel = «{ $title }» برای همیشه لغو شود؟ به { $count } نفر که یادآوری خواسته‌اند خبر داده می‌شود.
eventsadmin-confirm-skip = «{ $title }» در { $date } لغو شود؟ به { $count } نفر که یادآوری خواسته‌اند خبر داده می‌شود.
eventsadmin-cancelled = ❌ لغو شد. { $count } نفر که یادآوری خواسته‌اند در یک دقیقه پیام می‌گیرند.
eventsadmin-pick-skip = کدام تاریخ لغو شود؟
