# Draft translation: not yet checked by a native speaker.
outbox-progress =
    📤 <b>{ $kind ->
        [announcement] Ogeysiiska
       *[other] Ogeysiisyada
    } #{ $id }</b>
    Waa la dirayaa… { $sent } ka mid ah { $total } ayaa gaaray.
outbox-progress-final =
    📤 <b>{ $kind ->
        [announcement] Ogeysiiska
       *[other] Ogeysiisyada
    } #{ $id }</b>
    Waa dhammaaday: { $sent } ka mid ah { $total } ayaa gaaray.
outbox-stop-button = ⏹ Jooji dirista
outbox-report =
    ✅ <b>{ $kind ->
        [announcement] Ogeysiiska
       *[other] Ogeysiisyada
    } #{ $id } waa la diray.</b>
    • Gaaray: { $sent } ka mid ah { $total }
    • Bot-ka way xireen (waa laga saaray): { $blocked }
    • Fashilmay: { $failed }
    • Aan la garanayn: { $unknown }
    Aan la garanayn waxay ka dhigan tahay in dirista ay istaagtay inta fariimahan la dirayay: waxaa laga yaabaa inay gaareen, sidaas darteed mar kale lama diri doono.
outbox-report-stopped =
    ⛔ <b>{ $kind ->
        [announcement] Ogeysiiska
       *[other] Ogeysiisyada
    } #{ $id } waa la joojiyay.</b>
    Fariinta { $language } lama diri karin ({ $reason }). Fadlan hubi qoraalka oo soo dir ogeysiis cusub.
    • Gaaray: { $sent } ka mid ah { $total }
    • Lama dirin: { $pending }
    • Bot-ka way xireen: { $blocked }
    • Fashilmay: { $failed }
    • Aan la garanayn: { $unknown }
outbox-report-cancelled =
    ✖️ <b>{ $kind ->
        [announcement] Ogeysiiska
       *[other] Ogeysiisyada
    } #{ $id } waa la joojiyay.</b>
    • Gaaray ka hor: { $sent } ka mid ah { $total }
    • Lama dirin: { $pending }
    • Bot-ka way xireen: { $blocked }
    • Fashilmay: { $failed }
    • Aan la garanayn: { $unknown }
