# Draft translation: not yet checked by a native speaker.
announce-message =
    📢 <b>کوتوتوری</b>

    { $body }
announce-message-fallback =
    📢 <b>کوتوتوری</b>
    <i>این خبر به زبان شما نیست. این‌جا به این زبان است: { $language }.</i>

    { $body }
announce-only-coordinators = این فقط برای هماهنگ‌کننده‌های Kototori است.
announce-choose-languages = 📢 <b>اعلان تازه</b>
    به کدام زبان‌ها آن را می‌نویسید؟ زبان‌ها را انتخاب کنید، بعد «بعدی» را فشار دهید.
announce-next = بعدی ⬅️
announce-cancel = ✖️ لغو
announce-cancelled = اعلان لغو شد. هیچ چیزی فرستاده نشد.
announce-need-language = دست کم یک زبان را انتخاب کنید.
announce-languages-chosen = زبان‌ها: { $languages }
announce-ask-text = ✍️ متن را به این زبان بفرستید: <b>{ $language }</b>. متن ساده بنویسید: دقیقاً همان‌طور که می‌نویسید فرستاده می‌شود.
announce-text-only = لطفاً اعلان را به شکل پیام متنی بفرستید.
announce-too-long = متن خیلی دراز است ({ $length } حرف). حد آن { $limit } است. لطفاً متن کوتاه‌تری بفرستید.
announce-choose-audience = 👥 چه کسانی آن را بگیرند؟
announce-audience-all = 📣 همه کسانی که خبر می‌گیرند
announce-audience-language = 🌐 بر اساس زبان
announce-audience-interest = ⭐ بر اساس علاقه
announce-audience-event = 📅 مشترکین یک برنامه
announce-audience-with-value = { $kind }: { $value }
announce-choose-value = یکی را انتخاب کنید.
announce-audience-chosen = 👥 گیرندگان: { $audience }
announce-summary =
    👀 در بالا: پیش‌نمایش، برای هر زبان یک پیام.
    📊 <b>تعداد گیرندگان: { $total }</b> ({ $audience })
    { $lines }

    هر پیام یک دکمه برای بس کردن خبرها دارد. همین حالا بفرستم یا برای بعد وقت تعیین کنم؟
announce-summary-line = • { $language }: { $count }
announce-summary-line-fallback = • { $language }: { $count } (متن را به زبان { $text_language } با یک یادداشت کوتاه می‌گیرند)
announce-summary-none = هنوز هیچ کسی در این گروه خبر نمی‌گیرد. گروه دیگری را انتخاب کنید یا لغو کنید.
announce-send-now = 📤 همین حالا بفرست
announce-schedule = 🕘 تعیین وقت
announce-sending = 📤 فرستادن همین حالا شروع می‌شود. پیشرفت آن را این‌جا نشان می‌دهم.
announce-choose-day = 🕘 کدام روز؟
announce-today = امروز
announce-tomorrow = فردا
announce-choose-hour = 🕘 چه ساعتی در { $day }؟ (به وقت فنلند)
announce-time-past = این وقت گذشته است. لطفاً وقت دیگری را انتخاب کنید.
announce-scheduled = 🕘 اعلان شماره { $id } در { $day } { $time } فرستاده می‌شود (به وقت فنلند).
announce-cancel-scheduled = ✖️ این اعلان را لغو کن
announce-stopped = متوقف شد. هیچ کس دیگری آن را نمی‌گیرد.
announce-stop-too-late = این کار قبلاً تمام شده است.
