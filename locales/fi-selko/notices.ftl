# Draft translation: not yet checked by a native speaker.
notices-closed =
    📢 <b>Kototori on kiinni</b>: { $day }. Syy: { $reason }.
    Kototori on taas auki: { $next_day } kello { $next_hours }.
notices-closed-no-next = 📢 <b>Kototori on kiinni</b>: { $day }. Syy: { $reason }.
notices-hours =
    📢 <b>Aukioloaika muuttuu</b>: { $day }.
    Kototori on auki kello { $hours }. Yleensä se on auki kello { $usual }.
    Syy: { $reason }.
notices-extra = 📢 <b>Kototori on auki myös</b>: { $day } kello { $hours }. Syy: { $reason }.
notices-digest =
    📅 <b>Kototori tällä viikolla</b> ({ $dates })

    🕘 <b>Milloin Kototori on auki</b>
    { $days }

    🎉 <b>Ryhmät ja tapahtumat</b>
    { $events }
notices-digest-no-days = Kototori ei ole enää auki tällä viikolla.
notices-digest-no-events = Tällä viikolla ei ole ryhmiä.
