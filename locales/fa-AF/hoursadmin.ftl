# Draft translation: not yet checked by a native speaker.
hoursadmin-not-allowed = این کار فقط برای هماهنگ‌کنندگان کوتوتوری است.
hoursadmin-menu-title = 🛠 <b>هماهنگ‌کننده</b>: چه چیزی را می‌خواهید تغییر بدهید؟
hoursadmin-menu-hours = 🕘 ساعات کاری
hoursadmin-menu-events = 📅 برنامه‌ها
hoursadmin-title = 🛠 <b>تغییرات ساعات کاری</b> (رخصتی‌های رسمی خودکار اضافه می‌شوند)
hoursadmin-empty = در هفته‌های آینده تغییری نیست.
hoursadmin-add = ➕ افزودن تغییر
hoursadmin-remove = 🗑 حذف { $day }
hoursadmin-pick-day = تاریخ را انتخاب کنید. 🕘 = روز کاری معمول.
hoursadmin-earlier = ◀️ قبلی
hoursadmin-later = بعدی ▶️
hoursadmin-cancel = ✖️ لغو
hoursadmin-what = { $day }: حالا { $hours }. چه چیزی تغییر می‌کند؟
hoursadmin-closed = ⛔ تمام روز بسته
hoursadmin-hours = 🕘 باز در ساعات دیگر
hoursadmin-pick-opens = چه ساعتی باز می‌شود؟
hoursadmin-pick-closes = چه ساعتی بسته می‌شود؟
hoursadmin-pick-reason = چرا؟ یک دلیل انتخاب کنید یا بنویسید.
hoursadmin-type-reason = ✏️ دلیل را بنویسید
hoursadmin-write-reason = دلیل را در یک سطر کوتاه بنویسید (مراجعین آن را همان طور که نوشته‌اید می‌بینند).
hoursadmin-saved = ✅ ذخیره شد. { $day }: { $hours }
hoursadmin-invalid = این کار نشد: تاریخ گذشته است یا ساعت‌ها درست نیستند. چیزی تغییر نکرد.
hoursadmin-removed = ✅ تغییر روز { $day } حذف شد.
