# Draft translation: not yet checked by a native speaker.
notices-closed =
    📢 <b>Kototori waa xiran yahay</b>: { $day } ({ $reason }).
    Mar kale wuxuu furmayaa: { $next_day }, { $next_hours }.
notices-closed-no-next = 📢 <b>Kototori waa xiran yahay</b>: { $day } ({ $reason }).
notices-hours =
    📢 <b>Saacadaha furitaanka waa isbeddeleen</b>: { $day }, { $hours } (caadi ahaan { $usual }).
    Sababta: { $reason }.
notices-extra = 📢 <b>Maalin dheeraad ah oo furan</b>: Kototori wuu furan yahay { $day }, { $hours } ({ $reason }).
notices-digest =
    📅 <b>Kototori toddobaadkan</b> ({ $dates })

    🕘 <b>Saacadaha furitaanka</b>
    { $days }

    🎉 <b>Kooxaha iyo barnaamijyada</b>
    { $events }
notices-digest-no-days = Kototori mar dambe ma furna toddobaadkan.
notices-digest-no-events = Toddobaadkan ma jiraan kooxo ama barnaamijyo.
