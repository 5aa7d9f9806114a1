# Draft translation: not yet checked by a native speaker.
outbox-progress =
    📤 <b>{ $kind ->
        [announcement] اعلان
       *[other] اطلاعیه‌ها
    } شماره { $id }</b>
    در حال فرستادن… { $sent } از { $total } رسید.
outbox-progress-final =
    📤 <b>{ $kind ->
        [announcement] اعلان
       *[other] اطلاعیه‌ها
    } شماره { $id }</b>
    تمام شد: { $sent } از { $total } رسید.
outbox-stop-button = ⏹ فرستادن را متوقف کن
outbox-report =
    ✅ <b>{ $kind ->
        [announcement] اعلان
       *[other] اطلاعیه‌ها
    } شماره { $id } فرستاده شد.</b>
    • رسید: { $sent } از { $total }
    • ربات را بلاک کرده‌اند (اشتراک‌شان لغو شد): { $blocked }
    • ناکام: { $failed }
    • نامعلوم: { $unknown }
    نامعلوم یعنی فرستادن در میان این پیام‌ها قطع شد: شاید رسیده باشند، برای همین دوباره فرستاده نمی‌شوند.
outbox-report-stopped =
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
outbox-report-cancelled =
    ✖️ <b>{ $kind ->
        [announcement] اعلان
       *[other] اطلاعیه‌ها
    } شماره { $id } لغو شد.</b>
    • پیش از آن رسید: { $sent } از { $total }
    • فرستاده نشد: { $pending }
    • ربات را بلاک کرده‌اند: { $blocked }
    • ناکام: { $failed }
    • نامعلوم: { $unknown }
