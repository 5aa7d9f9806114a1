# Draft translation: not yet checked by a native speaker.
news-offer = 📢 آیا می‌خواهید گاه‌گاهی خبرهای کوتاه از Kototori بگیرید؟ مثلاً در باره تغییر ساعت‌های کاری یا گروه‌های تازه. هر وقت بخواهید می‌توانید آن را بس کنید.
news-offer-yes = ✅ بلی، لطفاً
news-offer-no = نخیر، تشکر
news-declined = خوب، خبری برای شما فرستاده نمی‌شود. هر وقت بخواهید با /subscribe می‌توانید آن را تغییر دهید.
news-status =
    { $on ->
        [yes] 🔔 شما خبرهای Kototori را می‌گیرید.
       *[no] 🔕 شما خبرهای Kototori را نمی‌گیرید.
    }
    موضوع‌هایی را که برای شما جالب است انتخاب کنید (می‌توانید این را رد کنید). خبرهای عمومی برای همه کسانی که خبر می‌گیرند فرستاده می‌شود.
news-interest-finnish = 🇫🇮 آموختن زبان فنلندی
news-interest-work = 💼 کار و تحصیل
news-interest-families = 👨‍👩‍👧 خانواده‌ها و اطفال
news-interest-sports = ⚽ ورزش
news-interest-events = 🎉 برنامه‌ها و گروه‌ها
news-on-button = 🔔 خبر می‌خواهم
news-off-button = 🔕 همه خبرها را بس کن
news-done-button = ✅ تمام
news-saved = ✅ ذخیره شد. هر وقت بخواهید با /subscribe می‌توانید آن را تغییر دهید.
news-stop-button = 🔕 بس کردن خبرها
news-stopped = 🔕 دیگر برای شما خبر فرستاده نمی‌شود. با /subscribe می‌توانید دوباره خبرها را روشن کنید.
news-again-button = 🔔 دوباره خبر می‌خواهم
news-started = 🔔 شما دوباره خبرهای Kototori را می‌گیرید.
news-offer-digest = 📅 فقط خلاصه هفته‌وار (روزهای دوشنبه)
news-digest-button = 📅 خلاصه هفته‌وار در روزهای دوشنبه
news-digest-status = { $on ->
    [yes] 📅 هر دوشنبه صبح یک خلاصه از هفته می‌گیرید: روزهای باز بودن و گروه‌ها.
   *[no] 📅 می‌توانید هر دوشنبه صبح یک خلاصه از هفته هم بگیرید: روزهای باز بودن و گروه‌ها.
}
news-digest-stop-button = 📅 بس کردن خلاصه هفته‌وار
news-digest-stopped = 📅 دیگر خلاصه هفته‌وار برای شما فرستاده نمی‌شود. با /subscribe می‌توانید دوباره آن را روشن کنید.
news-digest-again-button = 📅 دوباره خلاصه هفته‌وار می‌خواهم
news-digest-started = 📅 شما دوباره خلاصه هفته‌وار را می‌گیرید.

# -- announce --------------------------------------------------------------------------------------------
news-announce-message =
    📢 <b>کوتوتوری</b>

    { $body }
news-announce-message-fallback =
    📢 <b>کوتوتوری</b>
    <i>این خبر به زبان شما نیست. این‌جا به این زبان است: { $language }.</i>

    { $body }
news-announce-only-coordinators = این فقط برای هماهنگ‌کننده‌های Kototori است.
news-announce-choose-languages = 📢 <b>اعلان تازه</b>
    به کدام زبان‌ها آن را می‌نویسید؟ زبان‌ها را انتخاب کنید، بعد «بعدی» را فشار دهید.
news-announce-next = بعدی ⬅️
news-announce-cancel = ✖️ لغو
news-announce-cancelled = اعلان لغو شد. هیچ چیزی فرستاده نشد.
news-announce-need-language = دست کم یک زبان را انتخاب کنید.
news-announce-languages-chosen = زبان‌ها: { $languages }
news-announce-ask-text = ✍️ متن را به این زبان بفرستید: <b>{ $language }</b>. متن ساده بنویسید: دقیقاً همان‌طور که می‌نویسید فرستاده می‌شود.
news-announce-text-only = لطفاً اعلان را به شکل پیام متنی بفرستید.
news-announce-too-long = متن خیلی دراز است ({ $length } حرف). حد آن { $limit } است. لطفاً متن کوتاه‌تری بفرستید.
news-announce-choose-audience = 👥 چه کسانی آن را بگیرند؟
news-announce-audience-all = 📣 همه کسانی که خبر می‌گیرند
news-announce-audience-language = 🌐 بر اساس زبان
news-announce-audience-interest = ⭐ بر اساس علاقه
news-announce-audience-event = 📅 مشترکین یک برنامه
news-announce-audience-with-value = { $kind }: { $value }
news-announce-choose-value = یکی را انتخاب کنید.
news-announce-audience-chosen = 👥 گیرندگان: { $audience }
news-announce-summary =
    👀 در بالا: پیش‌نمایش، برای هر زبان یک پیام.
    📊 <b>تعداد گیرندگان: { $total }</b> ({ $audience })
    { $lines }

    هر پیام یک دکمه برای بس کردن خبرها دارد. همین حالا بفرستم یا برای بعد وقت تعیین کنم؟
news-announce-summary-line = • { $language }: { $count }
news-announce-summary-line-fallback = • { $language }: { $count } (متن را به زبان { $text_language } با یک یادداشت کوتاه می‌گیرند)
news-announce-summary-none = هنوز هیچ کسی در این گروه خبر نمی‌گیرد. گروه دیگری را انتخاب کنید یا لغو کنید.
news-announce-send-now = 📤 همین حالا بفرست
news-announce-schedule = 🕘 تعیین وقت
news-announce-sending = 📤 فرستادن همین حالا شروع می‌شود. پیشرفت آن را این‌جا نشان می‌دهم.
news-announce-choose-day = 🕘 کدام روز؟
news-announce-today = امروز
news-announce-tomorrow = فردا
news-announce-choose-hour = 🕘 چه ساعتی در { $day }؟ (به وقت فنلند)
news-announce-time-past = این وقت گذشته است. لطفاً وقت دیگری را انتخاب کنید.
news-announce-scheduled = 🕘 اعلان شماره { $id } در { $day } { $time } فرستاده می‌شود (به وقت فنلند).
news-announce-cancel-scheduled = ✖️ این اعلان را لغو کن
news-announce-stopped = متوقف شد. هیچ کس دیگری آن را نمی‌گیرد.
news-announce-stop-too-late = این کار قبلاً تمام شده است.

# -- notices ---------------------------------------------------------------------------------------------
news-notice-closed =
    📢 <b>کوتوتوری بسته است</b>: { $day } ({ $reason }).
    دوباره باز می‌شود: { $next_day }، { $next_hours }.
news-notice-closed-no-next = 📢 <b>کوتوتوری بسته است</b>: { $day } ({ $reason }).
news-notice-hours =
    📢 <b>ساعت‌های کاری تغییر کرده</b>: { $day }، { $hours } (معمولاً { $usual }).
    دلیل: { $reason }.
news-notice-extra = 📢 <b>یک روز اضافی باز</b>: کوتوتوری در { $day } باز است، { $hours } ({ $reason }).
news-notice-digest =
    📅 <b>کوتوتوری در این هفته</b> ({ $dates })

    🕘 <b>ساعت‌های کاری</b>
    { $days }

    🎉 <b>گروه‌ها و برنامه‌ها</b>
    { $events }
news-notice-digest-no-days = کوتوتوری در این هفته دیگر باز نیست.
news-notice-digest-no-events = در این هفته گروه یا برنامه‌ای نیست.

# -- outbox ----------------------------------------------------------------------------------------------
news-outbox-progress =
    📤 <b>{ $kind ->
        [announcement] اعلان
       *[other] اطلاعیه‌ها
    } شماره { $id }</b>
    در حال فرستادن… { $sent } از { $total } رسید.
news-outbox-progress-final =
    📤 <b>{ $kind ->
        [announcement] اعلان
       *[other] اطلاعیه‌ها
    } شماره { $id }</b>
    تمام شد: { $sent } از { $total } رسید.
news-outbox-stop-button = ⏹ فرستادن را متوقف کن
news-outbox-report =
    ✅ <b>{ $kind ->
        [announcement] اعلان
       *[other] اطلاعیه‌ها
    } شماره { $id } فرستاده شد.</b>
    • رسید: { $sent } از { $total }
    • ربات را بلاک کرده‌اند (اشتراک‌شان لغو شد): { $blocked }
    • ناکام: { $failed }
    • نامعلوم: { $unknown }
    نامعلوم یعنی فرستادن در میان این پیام‌ها قطع شد: شاید رسیده باشند، برای همین دوباره فرستاده نمی‌شوند.
news-outbox-report-stopped =
    ⛔ <b>{ $kind ->
        [announcement] اعلان
       *[other] اطلاعیه‌ها
    } شماره { $id } متوقف شد.</b>
    پیام به زبان { $language } فرستاده نشد ({ $reason }). لطفاً متن را بررسی کنید و یک اعلان تازه بفرستید.
    • رسید: { $sent } از { $total }
    • فرستاده نشد: { $pending }
    • ربات را بلاک کرده‌اند: { $blocked }
    • ناکام: { $failed }
    • نامعلوم: { $unknown }
news-outbox-report-cancelled =
    ✖️ <b>{ $kind ->
        [announcement] اعلان
       *[other] اطلاعیه‌ها
    } شماره { $id } لغو شد.</b>
    • پیش از آن رسید: { $sent } از { $total }
    • فرستاده نشد: { $pending }
    • ربات را بلاک کرده‌اند: { $blocked }
    • ناکام: { $failed }
    • نامعلوم: { $unknown }
