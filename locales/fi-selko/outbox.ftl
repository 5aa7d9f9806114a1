# Draft translation: not yet checked by a native speaker.
outbox-progress =
    📤 <b>{ $kind ->
        [announcement] Tiedote
       *[other] Ilmoitukset
    } #{ $id }</b>
    Lähetetään… perillä { $sent } / { $total }.
outbox-progress-final =
    📤 <b>{ $kind ->
        [announcement] Tiedote
       *[other] Ilmoitukset
    } #{ $id }</b>
    Valmis: perillä { $sent } / { $total }.
outbox-stop-button = ⏹ Pysäytä lähetys
outbox-report =
    ✅ <b>{ $kind ->
        [announcement] Tiedote
       *[other] Ilmoitukset
    } #{ $id } on lähetetty.</b>
    • Perillä: { $sent } / { $total }
    • Estänyt botin (tilaus lopetettu): { $blocked }
    • Epäonnistui: { $failed }
    • Epävarma: { $unknown }
    Epävarma tarkoittaa, että lähetys katkesi näiden viestien kohdalla: ne ovat voineet mennä perille, joten niitä ei lähetetä uudelleen.
outbox-report-stopped =
    ⛔ <b>{ $kind ->
        [announcement] Tiedote
       *[other] Ilmoitukset
    } #{ $id } pysäytettiin.</b>
    Viestiä kielellä { $language } ei voitu lähettää ({ $reason }). Tarkista teksti ja lähetä uusi tiedote.
    • Perillä: { $sent } / { $total }
    • Lähettämättä: { $pending }
    • Estänyt botin: { $blocked }
    • Epäonnistui: { $failed }
    • Epävarma: { $unknown }
outbox-report-cancelled =
    ✖️ <b>{ $kind ->
        [announcement] Tiedote
       *[other] Ilmoitukset
    } #{ $id } peruttiin.</b>
    • Perillä ennen sitä: { $sent } / { $total }
    • Lähettämättä: { $pending }
    • Estänyt botin: { $blocked }
    • Epäonnistui: { $failed }
    • Epävarma: { $unknown }
