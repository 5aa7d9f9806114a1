# Draft translation: not yet checked by a native speaker.
escalation-consent =
    🙋 <b>Puhu ihmisen kanssa</b>
    Voin lähettää kysymyksesi Kototorin ohjaajalle. Ohjaaja on ihminen, ei botti.

    <b>Ohjaaja näkee:</b>
    • sinun kielen ja kysymyksen aiheen
    • viestit, kuvat ja tiedostot, jotka lähetät tästä eteenpäin

    Ohjaaja <b>ei</b> näe sinun nimeä eikä puhelinnumeroa. Hän ei näe, mitä kirjoitit minulle ennen.
    Sopiiko tämä?
escalation-consent-yes = ✅ Kyllä, lähetä ohjaajalle
escalation-consent-no = Ei kiitos
escalation-consent-declined = Selvä. En lähettänyt mitään. Voit kysyä minulta muuta.
escalation-describe =
    Kiitos. Kirjoita kysymys lyhyesti.
    Voit myös lähettää kuvan kirjeestä.
    Kaikki, mitä lähetät nyt, menee ohjaajalle.
escalation-send-without = Lähetä kirjoittamatta
escalation-cancel = ❌ Peruuta
escalation-cancelled = Peruutettu. En lähettänyt mitään ohjaajalle.
escalation-open-now = ✅ Ohjaajat ovat nyt töissä. Ohjaaja vastaa sinulle tässä.
escalation-open-later = 🕘 Ohjaajat eivät ole nyt töissä. Kysymys on tallessa. Ohjaajat tulevat taas: { $when }.
escalation-open-unknown = 🕘 Ohjaajat eivät ole nyt töissä. Kysymys on tallessa. Ohjaaja vastaa niin pian kuin voi.
escalation-queue = Sinun paikka jonossa: { $position }.
escalation-assistant = Kototorilla on kieliavustaja. Hän puhuu kieltä { $language }. Hän on paikalla näinä päivinä: { $days }.
escalation-urgent-note = 🚨 Jos olet nyt vaarassa, soita 112.
escalation-already-open = Puhut jo ohjaajan kanssa. Kirjoita viesti tähän. Se menee ohjaajalle.
escalation-reopened = Keskustelu ohjaajan kanssa on taas auki. Kirjoita viesti tähän. Se menee ohjaajalle.
escalation-taken = 🙋 Ohjaaja vastaa sinulle nyt. Kirjoita viestit tähän.
escalation-released = Kysymys on taas jonossa. Toinen ohjaaja vastaa sinulle.
escalation-closed =
    Ohjaaja lopetti keskustelun. Kiitos!
    Nyt minä vastaan taas kysymyksiin.
    Tarvitsetko vielä apua? Vastaa ohjaajan viestiin viikon aikana.

    Miten meni? Valitse 1–5 tähteä.
escalation-rated = Kiitos!
escalation-edited = ✏️ Ohjaaja muutti viestiä:
escalation-kb-from-advisor = 📚 Tietoa ohjaajalta:
escalation-person-now = 🙋 Puhu ihmisen kanssa nyt
escalation-privacy-title = <b>Sinun keskustelut ohjaajien kanssa</b> (poistetaan { $days } päivän päästä):
escalation-privacy-case = • #{ $number }, { $date }: { $state ->
        [open] auki
       *[closed] loppui
    }
escalation-phrase-received = Kiitos viestistä. Vastaan pian.
escalation-phrase-send-photo = Lähetä kuva kirjeestä. Koko teksti pitää näkyä.
escalation-phrase-wait = Odota vähän. Selvitän asiaa.
escalation-phrase-answer-by-friday = Vastaamme sinulle perjantaihin mennessä.
escalation-phrase-come-visit = { $assistant ->
        [yes] Tule Kototorille { $day } kello 10. Siellä on kieliavustaja. Hän puhuu kieltä { $language }.
       *[no] Tule Kototorille { $day } kello 10.
    } Kototori on Hervannan vapaa-aikakeskuksen kahvilassa. Aikaa ei tarvitse varata.
escalation-phrase-bring-papers = Ota mukaan kirje ja oleskelulupakortti tai henkilökortti.
escalation-phrase-danger-112 = Jos olet nyt vaarassa, soita 112.
escalation-phrase-anything-else = Voinko auttaa jossain muussa?
