escalation-consent =
    🙋 <b>Puhu ihmisen kanssa</b>
    Voin lähettää kysymyksesi Kototorin ohjaajalle. Ohjaaja on oikea ihminen.

    <b>Ohjaaja näkee:</b>
    • kielesi ja kysymyksesi aiheen
    • viestit, kuvat ja tiedostot, jotka lähetät tähän tästä eteenpäin, kunnes keskustelu päättyy

    Ohjaaja <b>ei</b> näe nimeäsi, puhelinnumeroasi eikä sitä, mitä kirjoitit minulle aiemmin.
    Sopiiko tämä sinulle?
escalation-consent-yes = ✅ Kyllä, lähetä ohjaajalle
escalation-consent-no = Ei kiitos
escalation-consent-declined = Selvä. Mitään ei lähetetty. Voit kysyä minulta jotain muuta.
escalation-describe =
    Kiitos. Kirjoita kysymyksesi muutamalla lauseella.
    Voit myös lähettää kuvan kirjeestä tai asiakirjasta.
    Kaikki, mitä lähetät nyt, menee ohjaajalle.
escalation-send-without = Lähetä kirjoittamatta
escalation-cancel = ❌ Peruuta
escalation-cancelled = Peruutettu. Ohjaajalle ei lähetetty mitään.
escalation-open-now = ✅ Ohjaajat ovat nyt töissä. Ohjaaja vastaa sinulle tässä.
escalation-open-later = 🕘 Ohjaajat eivät ole nyt töissä. Kysymyksesi on tallessa. Ohjaajat ovat taas paikalla: { $when }.
escalation-open-unknown = 🕘 Ohjaajat eivät ole nyt töissä. Kysymyksesi on tallessa. Ohjaaja vastaa niin pian kuin voi.
escalation-queue = Olet jonossa { $position }.
escalation-assistant = Kototorilla on kieliavustaja, joka puhuu kieltä { $language }, näinä päivinä: { $days }.
escalation-urgent-note = 🚨 Jos olet nyt vaarassa, soita 112.
escalation-already-open = Keskustelet jo ohjaajan kanssa. Kirjoita viestisi tähän. Se menee ohjaajalle.
escalation-reopened = Keskustelusi ohjaajan kanssa on taas auki. Kirjoita viestisi tähän. Se menee ohjaajalle.
escalation-taken = 🙋 Ohjaaja vastaa sinulle nyt. Kirjoita viestisi tähän.
escalation-released = Kysymyksesi on taas jonossa. Toinen ohjaaja vastaa sinulle.
escalation-closed =
    Ohjaaja lopetti keskustelun. Kiitos!
    Nyt vastaan taas itse kysymyksiisi.
    Jos tarvitset vielä apua viikon sisällä, vastaa ohjaajan viestiin.

    Miten meni? Valitse 1–5 tähteä.
escalation-rated = Kiitos arviostasi!
escalation-edited = ✏️ Ohjaaja muutti viestiä:
escalation-kb-from-advisor = 📚 Tietoa ohjaajalta:
escalation-person-now = 🙋 Puhu ihmisen kanssa nyt
escalation-privacy-title = <b>Keskustelusi ohjaajien kanssa</b> (poistetaan { $days } päivää päättymisen jälkeen):
escalation-privacy-case = • #{ $number }, { $date }: { $state ->
        [open] auki
       *[closed] päättynyt
    }
escalation-phrase-received = Kiitos viestistäsi. Vastaan sinulle pian.
escalation-phrase-send-photo = Lähetä kuva kirjeestä. Varmista, että kaikki teksti näkyy.
escalation-phrase-wait = Odota hetki. Selvitän asiaa.
escalation-phrase-answer-by-friday = Vastaamme sinulle perjantaihin mennessä.
escalation-phrase-come-visit = { $assistant ->
        [yes] Tule Kototorille { $day } klo 10. Paikalla on kieliavustaja, joka puhuu kieltä { $language }.
       *[no] Tule Kototorille { $day } klo 10.
    } Kototori on Hervannan vapaa-aikakeskuksen kahvilassa. Aikaa ei tarvitse varata.
escalation-phrase-bring-papers = Ota mukaan kirje ja oleskelulupakorttisi tai henkilökorttisi.
escalation-phrase-danger-112 = Jos olet nyt vaarassa, soita 112.
escalation-phrase-anything-else = Voinko auttaa sinua jossain muussa?
