# Draft translation: not yet checked by a native speaker.
notices-closed =
    📢 <b>کوتوتوری بسته است</b>: { $day } ({ $reason }).
    دوباره باز می‌شود: { $next_day }، { $next_hours }.
notices-closed-no-next = 📢 <b>کوتوتوری بسته است</b>: { $day } ({ $reason }).
notices-hours =
    📢 <b>ساعت‌های کاری تغییر کرده</b>: { $day }، { $hours } (معمولاً { $usual }).
    دلیل: { $reason }.
notices-extra = 📢 <b>یک روز اضافی باز</b>: کوتوتوری در { $day } باز است، { $hours } ({ $reason }).
notices-digest =
    📅 <b>کوتوتوری در این هفته</b> ({ $dates })

    🕘 <b>ساعت‌های کاری</b>
    { $days }

    🎉 <b>گروه‌ها و برنامه‌ها</b>
    { $events }
notices-digest-no-days = کوتوتوری در این هفته دیگر باز نیست.
notices-digest-no-events = در این هفته گروه یا برنامه‌ای نیست.
