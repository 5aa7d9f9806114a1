# Draft translation: not yet checked by a native speaker.
notices-closed =
    📢 <b>كوتوتوري مغلق</b> يوم { $day } ({ $reason }).
    يفتح مرة أخرى: { $next_day }، { $next_hours }.
notices-closed-no-next = 📢 <b>كوتوتوري مغلق</b> يوم { $day } ({ $reason }).
notices-hours =
    📢 <b>مواعيد عمل مختلفة</b> يوم { $day }: { $hours } (عادةً { $usual }).
    السبب: { $reason }.
notices-extra = 📢 <b>يوم عمل إضافي</b>: كوتوتوري مفتوح يوم { $day }، { $hours } ({ $reason }).
notices-digest =
    📅 <b>كوتوتوري هذا الأسبوع</b> ({ $dates })

    🕘 <b>مواعيد العمل</b>
    { $days }

    🎉 <b>المجموعات والأنشطة</b>
    { $events }
notices-digest-no-days = لن يفتح كوتوتوري مرة أخرى هذا الأسبوع.
notices-digest-no-events = لا توجد مجموعات أو أنشطة هذا الأسبوع.
