notices-closed =
    📢 <b>Kototori is closed</b> on { $day } ({ $reason }).
    Next open: { $next_day }, { $next_hours }.
notices-closed-no-next = 📢 <b>Kototori is closed</b> on { $day } ({ $reason }).
notices-hours =
    📢 <b>Other opening hours</b> on { $day }: { $hours } (usually { $usual }).
    Reason: { $reason }.
notices-extra = 📢 <b>Extra opening day</b>: Kototori is open on { $day }, { $hours } ({ $reason }).
notices-digest =
    📅 <b>Kototori this week</b> ({ $dates })

    🕘 <b>Opening hours</b>
    { $days }

    🎉 <b>Groups and events</b>
    { $events }
notices-digest-no-days = Kototori is not open any more this week.
notices-digest-no-events = No groups or events this week.
