# Draft translation: not yet checked by a native speaker.
## Kuka lähetti kirjeen ja mikä kirje se on
letters-sender-name = { $sender ->
    [kela] Kela
    [migri] Migri (Maahanmuuttovirasto)
    [dvv] DVV (väestötiedot)
    [vero] Verohallinto
    [employment] työllisyyspalvelut (TE-palvelut)
    [health] terveyspalvelut
    [school] koulu tai päiväkoti
    [landlord] vuokranantaja
    [debt-collection] perintätoimisto
    [bank] pankki
    [police-court] poliisi tai oikeus
   *[other] joku muu
}
letters-kind-name = { $kind ->
    [request-for-information] pyyntö: lähetä lisää tietoja
    [decision] päätös
    [invoice] lasku
    [payment-reminder] muistutus maksamattomasta laskusta
    [debt-collection] perintäkirje
    [appointment] aika tai kutsu
   *[other] muu kirje
}

## Selitys
letters-summary =
    📄 <b>Sinun kirjeesi</b>
    Lähettäjä: <b>{ letters-sender-name }</b>
    Mikä kirje: <b>{ letters-kind-name }</b>
letters-deadline = ⏰ Viimeinen päivä: <b>{ $date }</b> ({ $when ->
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
letters-deadline-unsure = ❓ En voi lukea päivää varmasti. Katso kirjeestä sana ”viimeistään” tai ”eräpäivä”.
letters-deadline-maybe = ❓ Päivä voi olla { $date }. En voi lukea sitä varmasti. Katso kirjeestä sana ”viimeistään” tai ”eräpäivä”.
letters-amount = 💶 Summa: <b>{ $amount }</b>
letters-amount-maybe = ❓ Summa voi olla { $amount }. En voi lukea sitä varmasti. Katso kirjeestä sana ”yhteensä” tai ”maksettava”.
letters-advice = 👉 { $kind ->
    [request-for-information] He tarvitsevat sinulta lisää tietoja tai papereita. Lähetä ne ennen viimeistä päivää.
    [decision] Asiasta on tehty päätös. Lue, mitä päätettiin. Jos et ole samaa mieltä, voit valittaa. Kirjeessä lukee, miten.
    [invoice] Maksa lasku viimeistään eräpäivänä. Käytä viitenumeroa. Jos et voi maksaa, pyydä maksusuunnitelmaa ennen eräpäivää.
    [payment-reminder] Et maksanut laskua ajoissa. Maksa se nyt. Jos et voi maksaa, pyydä maksusuunnitelmaa.
    [debt-collection] Älä jätä kirjettä huomiotta. Tarkista, että velka on oikein. Voit pyytää maksusuunnitelmaa. Ilmainen velkaneuvonta voi auttaa.
    [appointment] Sinulla on aika. Mene paikalle. Jos et pääse, kerro siitä etukäteen.
   *[other] Kototorin neuvoja voi auttaa sinua lukemaan kirjeen.
}
letters-machine-note = <i>Kone luki kirjeen. Se voi olla väärin. En tallentanut kirjettä.</i>
letters-topic-button = 📚 { $title }
letters-remind-button = ⏰ Muistuta minua ennen viimeistä päivää
letters-book-button = 🗓 Varaa aika
letters-person-button = 🙋 Puhu ihmisen kanssa

## Kun kirjettä ei voi lukea
letters-unreadable = 📷 En voi lukea tätä hyvin. { $problem ->
    [dark] Kuva on liian tumma.
    [blurred] Kuva on sumea.
    [cut] Osa kirjeestä puuttuu kuvasta.
   *[no-text] En löydä kirjeen tekstiä.
}

    <b>Näin saat paremman kuvan:</b>
    • Laita kirje pöydälle. Valoa pitää olla paljon. Älä käytä salamaa.
    • Pidä puhelinta suoraan kirjeen yllä. Pidä puhelin paikallaan.
    • Koko sivu pitää näkyä kuvassa, kaikki neljä kulmaa.
    • Ota jokaisesta sivusta yksi kuva. Lähetä kuvat yhdessä.
    • Jos sinulla on kirje PDF-tiedostona, lähetä tiedosto.
letters-cut-note = ✂️ Osa kirjeestä voi puuttua kuvasta. Tarkista päivät ja summat itse.
letters-too-big = 📄 Tiedosto on liian iso. Voin lukea korkeintaan 20 Mt:n tiedostoja. Lähetä kuva jokaisesta sivusta.
letters-too-many-pixels = 📄 Kuva on liian iso. Lähetä tavallinen kuva jokaisesta sivusta.
letters-wrong-file = 📄 Voin lukea kirjeen kuvia (JPG, PNG) ja PDF-tiedostoja. Tätä tiedostoa en voi lukea.
letters-person-note = Jos sanot kyllä, lähetän neuvojalle myös tämän kirjeen kuvat.

## Muistutukset
letters-remind-set = ✅ { $first ->
    [yes] Muistutan sinua { $soon } ja aamulla { $date }.
   *[no] Muistutan sinua aamulla { $date }.
}
letters-remind-cancel-button = ❌ Peru muistutus
letters-remind-cancelled = Muistutus on peruttu.
letters-remind-gone = Tätä muistutusta ei ole enää.
letters-remind-late = Viimeinen päivä on liian lähellä tai meni jo. En voi muistuttaa.
letters-reminder-soon =
    ⏰ <b>Muistutus</b>
    Kirjeesi viimeinen päivä on 3 päivän päästä: <b>{ $date }</b>. Lähettäjä: { letters-sender-name } ({ letters-kind-name }).
letters-reminder-today =
    ⏰ <b>Muistutus</b>
    Tänään on kirjeesi viimeinen päivä: <b>{ $date }</b>. Lähettäjä: { letters-sender-name } ({ letters-kind-name }).
letters-privacy-reminders = ⏰ <b>Kirjeiden muistutukset</b> (päivä, lähettäjä ja kirjeen laji; ei kirjettä):
letters-privacy-item = • { $date }: { letters-sender-name }, { letters-kind-name }
