notices-closed =
    📢 <b>Kototori on kiinni</b>: { $day } ({ $reason }).
    Seuraavan kerran auki: { $next_day } klo { $next_hours }.
notices-closed-no-next = 📢 <b>Kototori on kiinni</b>: { $day } ({ $reason }).
notices-hours =
    📢 <b>Muuttunut aukioloaika</b>: { $day } klo { $hours } (yleensä { $usual }).
    Syy: { $reason }.
notices-extra = 📢 <b>Ylimääräinen aukiolopäivä</b>: { $day } klo { $hours } ({ $reason }).
notices-digest =
    📅 <b>Kototori tällä viikolla</b> ({ $dates })

    🕘 <b>Aukioloajat</b>
    { $days }

    🎉 <b>Ryhmät ja tapahtumat</b>
    { $events }
notices-digest-no-days = Kototori ei ole enää auki tällä viikolla.
notices-digest-no-events = Tällä viikolla ei ole ryhmiä eikä tapahtumia.
