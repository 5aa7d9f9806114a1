# Draft translation: not yet checked by a native speaker.
## Kirjeen lähettäjä ja laji (käytetään muiden viestien sisällä)
letters-sender-name = { $sender ->
    [kela] Kela
    [migri] Migri (Maahanmuuttovirasto)
    [dvv] DVV (Digi- ja väestötietovirasto)
    [vero] Verohallinto
    [employment] työllisyyspalvelut (TE-palvelut)
    [health] terveyspalvelut
    [school] koulu tai päiväkoti
    [landlord] vuokranantaja
    [debt-collection] perintätoimisto
    [bank] pankki
    [police-court] poliisi tai tuomioistuin
   *[other] muu lähettäjä
}
letters-kind-name = { $kind ->
    [request-for-information] lisäselvityspyyntö
    [decision] päätös
    [invoice] lasku
    [payment-reminder] maksumuistutus
    [debt-collection] perintäkirje
    [appointment] aika tai kutsu
   *[other] muu kirje
}

## Selitys
letters-summary =
    📄 <b>Kirjeesi</b>
    Lähettäjä: <b>{ letters-sender-name }</b>
    Mikä kirje: <b>{ letters-kind-name }</b>
letters-deadline = ⏰ Määräaika: <b>{ $date }</b> ({ $when ->
    [today] tänään
    [tomorrow] huomenna
    [past] { $days ->
        [one] päivä sitten
       *[other] { $days } päivää sitten
    }
   *[future] { $days ->
        [one] päivän päästä
       *[other] { $days } päivän päästä
    }
})
letters-deadline-unsure = ❓ En saanut päivämäärää luettua varmasti. Etsi kirjeestä sana ”viimeistään” tai ”eräpäivä”.
letters-deadline-maybe = ❓ Päivämäärä voi olla { $date }, mutta en saanut sitä luettua varmasti. Tarkista se kirjeestä: etsi sana ”viimeistään” tai ”eräpäivä”.
letters-amount = 💶 Summa: <b>{ $amount }</b>
letters-amount-maybe = ❓ Summa voi olla { $amount }, mutta en saanut sitä luettua varmasti. Tarkista se kirjeestä: etsi sana ”yhteensä” tai ”maksettava”.
letters-advice = 👉 { $kind ->
    [request-for-information] Sinulta pyydetään lisätietoja tai liitteitä. Lähetä ne ennen määräaikaa, muuten asia voidaan ratkaista ilman niitä.
    [decision] Asiassa on tehty päätös. Lue, mitä päätettiin. Jos olet eri mieltä, voit hakea muutosta: kirjeessä kerrotaan, miten ja mihin mennessä.
    [invoice] Maksa lasku eräpäivään mennessä. Käytä maksaessa viitenumeroa. Jos et pysty maksamaan, pyydä maksusuunnitelmaa ennen eräpäivää.
    [payment-reminder] Laskua ei maksettu ajoissa. Maksa se nyt, ettei se mene perintään. Jos et pysty maksamaan, pyydä maksusuunnitelmaa.
    [debt-collection] Älä jätä kirjettä huomiotta. Tarkista, että velka on oikein. Voit pyytää perintätoimistolta maksusuunnitelmaa, ja maksuton talous- ja velkaneuvonta voi auttaa.
    [appointment] Sinulle on varattu aika. Mene paikalle silloin, tai ilmoita etukäteen, jos et pääse.
   *[other] Kototorin neuvoja voi auttaa sinua lukemaan kirjeen.
}
letters-machine-note = <i>Kone luki kirjeen, joten se voi olla väärin. Kirjeestäsi ei tallennettu mitään.</i>
letters-topic-button = 📚 { $title }
letters-remind-button = ⏰ Muistuta ennen määräaikaa
letters-book-button = 🗓 Varaa aika
letters-person-button = 🙋 Puhu ihmisen kanssa

## Kun kirjettä ei saa luettua
letters-unreadable = 📷 En saanut tätä luettua kunnolla. { $problem ->
    [dark] Kuva on liian tumma.
    [blurred] Kuva on epätarkka.
    [cut] Osa kirjeestä puuttuu kuvasta.
   *[no-text] En löytänyt kirjeen tekstiä.
}

    <b>Vinkkejä parempaan kuvaan:</b>
    • Laita kirje suoraksi pöydälle valoisaan paikkaan. Älä käytä salamaa.
    • Pidä puhelinta suoraan kirjeen yläpuolella ja pidä se paikallaan.
    • Koko sivun pitää näkyä kuvassa, kaikki neljä kulmaa.
    • Ota jokaisesta sivusta oma kuva ja lähetä ne yhdessä.
    • Jos kirje on sinulla PDF-tiedostona, lähetä tiedosto.
letters-cut-note = ✂️ Osa kirjeestä voi puuttua kuvasta. Näytän sen, mitä sain luettua, mutta tarkista päivämäärät ja summat itse.
letters-too-big = 📄 Tiedosto on liian suuri. Pystyn lukemaan enintään 20 Mt:n tiedostoja. Lähetä sen sijaan kuva jokaisesta sivusta.
letters-too-many-pixels = 📄 Kuva on minulle liian suuri (liikaa kuvapisteitä). Lähetä sen sijaan tavallinen valokuva jokaisesta sivusta.
letters-wrong-file = 📄 Pystyn lukemaan kirjeiden valokuvia, kuvatiedostoja (JPG, PNG) ja PDF-tiedostoja. Tällaista tiedostoa en pysty lukemaan.
letters-person-note = Jos suostut, lähetän neuvojalle myös tämän kirjeen kuvat tai tiedoston.

## Muistutukset
letters-remind-set = ✅ { $first ->
    [yes] Muistutan sinua { $soon } ja aamulla { $date }.
   *[no] Muistutan sinua aamulla { $date }.
}
letters-remind-cancel-button = ❌ Peru muistutus
letters-remind-cancelled = Muistutus on peruttu.
letters-remind-gone = Tämä muistutus ei ole enää voimassa.
letters-remind-late = Määräaika on liian lähellä tai jo mennyt. En voi asettaa muistutusta.
letters-reminder-soon =
    ⏰ <b>Muistutus</b>
    Kirjeesi määräaika on 3 päivän päästä: <b>{ $date }</b>. Lähettäjä: { letters-sender-name } ({ letters-kind-name }).
letters-reminder-today =
    ⏰ <b>Muistutus</b>
    Tänään on kirjeesi määräaika: <b>{ $date }</b>. Lähettäjä: { letters-sender-name } ({ letters-kind-name }).
letters-privacy-reminders = ⏰ <b>Kirjeiden muistutukset</b> (päivämäärä, lähettäjä ja kirjeen laji; ei itse kirjettä):
letters-privacy-item = • { $date }: { letters-sender-name }, { letters-kind-name }
