# Draft translation: not yet checked by a native speaker.
cases-consent =
    🙋 <b>Puhu ihmisen kanssa</b>
    Voin lähettää kysymyksesi Kototorin ohjaajalle. Ohjaaja on ihminen, ei botti.

    <b>Ohjaaja näkee:</b>
    • sinun kielen ja kysymyksen aiheen
    • viestit, kuvat ja tiedostot, jotka lähetät tästä eteenpäin

    Ohjaaja <b>ei</b> näe sinun nimeä eikä puhelinnumeroa. Hän ei näe, mitä kirjoitit minulle ennen.
    Sopiiko tämä?
cases-consent-yes = ✅ Kyllä, lähetä ohjaajalle
cases-consent-no = Ei kiitos
cases-consent-declined = Selvä. En lähettänyt mitään. Voit kysyä minulta muuta.
cases-describe =
    Kiitos. Kirjoita kysymys lyhyesti.
    Voit myös lähettää kuvan kirjeestä.
    Kaikki, mitä lähetät nyt, menee ohjaajalle.
cases-send-without = Lähetä kirjoittamatta
cases-cancel = ❌ Peruuta
cases-cancelled = Peruutettu. En lähettänyt mitään ohjaajalle.
cases-open-now = ✅ Ohjaajat ovat nyt töissä. Ohjaaja vastaa sinulle tässä.
cases-open-later = 🕘 Ohjaajat eivät ole nyt töissä. Kysymys on tallessa. Ohjaajat tulevat taas: { $when }.
cases-open-unknown = 🕘 Ohjaajat eivät ole nyt töissä. Kysymys on tallessa. Ohjaaja vastaa niin pian kuin voi.
cases-queue = Sinun paikka jonossa: { $position }.
cases-assistant = Kototorilla on kieliavustaja. Hän puhuu kieltä { $language }. Hän on paikalla näinä päivinä: { $days }.
cases-urgent-note = 🚨 Jos olet nyt vaarassa, soita 112.
cases-unreachable =
    ⚠️ Nyt on tekninen vika. En voi nyt lähettää viestiäsi neuvojille. Viestisi on tallessa. Neuvojat näkevät sen, kun vika on korjattu.
    Voit myös tulla Kototoriin. Osoite on { $place }, { $address }. Kototori on auki { $opening_hours }. Sinun ei tarvitse varata aikaa.
    Jos olet nyt vaarassa, soita 112.
cases-already-open = Puhut jo ohjaajan kanssa. Kirjoita viesti tähän. Se menee ohjaajalle.
cases-reopened = Keskustelu ohjaajan kanssa on taas auki. Kirjoita viesti tähän. Se menee ohjaajalle.
cases-taken = 🙋 Ohjaaja vastaa sinulle nyt. Kirjoita viestit tähän.
cases-released = Kysymys on taas jonossa. Toinen ohjaaja vastaa sinulle.
cases-closed =
    Ohjaaja lopetti keskustelun. Kiitos!
    Nyt minä vastaan taas kysymyksiin.
    Tarvitsetko vielä apua? Vastaa ohjaajan viestiin viikon aikana.

    Miten meni? Valitse 1–5 tähteä.
cases-rated = Kiitos!
cases-edited = ✏️ Ohjaaja muutti viestiä:
cases-kb-from-advisor = 📚 Tietoa ohjaajalta:
cases-person-now = 🙋 Puhu ihmisen kanssa nyt
cases-privacy-title = <b>Sinun keskustelut ohjaajien kanssa</b> (poistetaan { $days } päivän päästä):
cases-privacy-case = • #{ $number }, { $date }: { $state ->
        [open] auki
       *[closed] loppui
    }
cases-phrase-received = Kiitos viestistä. Vastaan pian.
cases-phrase-send-photo = Lähetä kuva kirjeestä. Koko teksti pitää näkyä.
cases-phrase-wait = Odota vähän. Selvitän asiaa.
cases-phrase-answer-by-friday = Vastaamme sinulle perjantaihin mennessä.
cases-phrase-come-visit = { $assistant ->
        [yes] Tule Kototorille { $day } kello 10. Siellä on kieliavustaja. Hän puhuu kieltä { $language }.
       *[no] Tule Kototorille { $day } kello 10.
    } Kototorin osoite on { $place }, { $address }. Aikaa ei tarvitse varata.
cases-phrase-bring-papers = Ota mukaan kirje ja oleskelulupakortti tai henkilökortti.
cases-phrase-danger-112 = Jos olet nyt vaarassa, soita 112.
cases-phrase-anything-else = Voinko auttaa jossain muussa?

# -- advisors --------------------------------------------------------------------------------------------
# Staff texts: advisors read them in Finnish (handlers/cases/views.py STAFF_LOCALE); plain Finnish uses the same words.
cases-desk-topic-name = { $urgent ->
        [yes] 🚨 #{ $number }
       *[no] #{ $number }
    } · { $language } · { $topic }
cases-desk-language-fi = suomi
cases-desk-language-fi-selko = selkosuomi
cases-desk-language-ar = arabia
cases-desk-language-fa-af = dari
cases-desk-language-so = somali
cases-desk-language-en = englanti
cases-desk-no-topic = aihe ei tunnistettu
cases-desk-summary =
    🆕 <b>Tapaus #{ $number }</b>{ $urgent ->
        [yes] {" "}🚨 <b>KIIREELLINEN</b>
       *[no] {""}
    }
    • Kieli: { $language }
    • Aihe (botin arvio): { $topic }
    • Botti vastasi jo: { $answered }
    • Odottanut: { $waited } · paikka jonossa: { $position }
    • Ohjaaja: { $owner }
    Asiakas suostui siihen, että ohjaajat näkevät alla olevat viestit. Kirjoita hänelle tässä aiheessa, kun olet painanut ✋ Ota hoitoon. Botti ei käännä viestejä, mutta 📚 ja 💬 lähettävät tekstejä hänen kielellään.
cases-desk-not-answered = ei vielä mitään
cases-desk-summary-recreated = ♻️ Tapauksen aiempi aihe poistettiin. Tapaus jatkuu tässä.
cases-desk-urgent-mention = 🚨 Kiireellinen, päivystäjille: { $people }
cases-desk-urgent-nobody = 🚨 Kiireellinen, eikä kukaan ole päivystäjänä (/duty). Ota tapaus hoitoon.
cases-desk-nobody-on-duty = kukaan ei ole päivystäjänä (/duty)
cases-desk-button-take = ✋ Ota hoitoon
cases-desk-button-release = ↩️ Palauta jonoon
cases-desk-button-close = ✅ Sulje
cases-desk-button-reopen = 🔄 Avaa uudelleen
cases-desk-button-delete = 🗑 Poista
cases-desk-button-kb = 📚 Tietopankin vastaus
cases-desk-button-phrases = 💬 Valmiit lauseet
cases-desk-note-taken = ✋ { $by } otti tapauksen #{ $number } hoitoon. Hänen viestinsä tässä aiheessa menevät asiakkaalle.
cases-desk-note-taken-over = ✋ { $by } otti tapauksen #{ $number } hoitoon ohjaajalta { $previous }.
cases-desk-note-released = ↩️ { $by } palautti tapauksen #{ $number } jonoon.
cases-desk-note-closed = ✅ { $by } sulki tapauksen #{ $number }. Asiakkaalta kysytään arvio.
cases-desk-note-closed-blocked = ⛔ Asiakas esti botin. Tapaus #{ $number } on suljettu.
cases-desk-note-reopened = 🔄 { $by } avasi tapauksen #{ $number } uudelleen.
cases-desk-note-reopened-newcomer = 🔄 Asiakas kirjoitti uudelleen viikon sisällä: tapaus #{ $number } on taas jonossa. Aiempi ohjaaja: { $previous }.
cases-desk-note-urgent = 🚨 Asiakkaan viesti kuulostaa kiireelliseltä. Tapaus #{ $number } on nyt merkitty kiireelliseksi. { $people }
cases-desk-note-kb-sent = 📚 Lähetetty asiakkaalle kielellä { $language }: { $title }
cases-desk-note-phrase-sent = 💬 Lähetetty asiakkaalle kielellä { $language }: { $phrase }
cases-desk-note-kb-choose = 📚 Valitse lähetettävä vastaus. Asiakas saa sen kielellä { $language }. Voit myös hakea: /kb asumistuki
cases-desk-note-kb-none = 📚 Aihetta ei löytynyt. Kokeile muita sanoja, esimerkiksi /kb oleskelulupa
cases-desk-note-phrases = 💬 Valitse lause. Asiakas saa sen kielellä { $language }:
cases-desk-note-not-in-topic = Käytä tätä komentoa tapauksen aiheessa.
cases-desk-note-refused = ⚠️ { $reason }
cases-desk-note-duty-on = 🟢 { $name } on päivystäjä: kiireelliset tapaukset mainitsevat sinut. /duty off lopettaa.
cases-desk-note-duty-off = ⚪ { $name } ei ole enää päivystäjä.
cases-desk-edited = ✏️ Asiakas muutti viestiä:
cases-desk-ok = ✔️ Tehty
cases-desk-refused-not-found = Tämä nappi ei kuulu tämän aiheen tapaukseen.
cases-desk-refused-closed = Tapaus on suljettu. Avaa se ensin uudelleen (🔄).
cases-desk-refused-not-closed = Tapaus ei ole suljettu.
cases-desk-refused-already-yours = Tapaus on jo sinulla.
cases-desk-refused-changed = Joku muutti tapausta samaan aikaan. Katso uusin viesti ja yritä uudelleen.
cases-desk-refused-not-active = Kukaan ei ole ottanut tapausta hoitoon.
cases-desk-refused-not-owner = Tapaus on toisella ohjaajalla. Ota se ensin hoitoon (✋).
cases-desk-refused-take-first = Viestiä ei lähetetty asiakkaalle: ota tapaus ensin hoitoon (✋).
cases-desk-refused-coordinators-only = Vain koordinaattorit voivat tehdä tämän.
cases-desk-refused-newcomer-has-open-case = Asiakkaalla on jo toinen avoin tapaus.
cases-desk-refused-unknown-topic = Tietopankissa ei ole tällaista aihetta.
cases-desk-refused-unknown-phrase = Tällaista lausetta ei ole.
cases-desk-refused-not-staff = Vain ohjaajat voivat käyttää näitä nappeja.
cases-desk-refused-busy = Yritä uudelleen.
cases-desk-cases-title = 📋 <b>Avoimet tapaukset: { $count }</b>
cases-desk-cases-none = 📋 Ei avoimia tapauksia.
cases-desk-cases-line = { $urgent ->
        [yes] 🚨
       *[no] •
    } { $number } { $language } · { $topic } · { $state ->
        [active] { $owner }
       *[waiting] odottaa
    } · { $waited }
cases-desk-report =
    📊 <b>Tapaukset { $since } – { $until }</b>
    • Tapauksia: { $total } (kiireellisiä: { $urgent })
    • Kielet: { $languages }
    • Aiheet: { $topics }
    • Päivät: { $days }
    • Mediaaniaika ensimmäiseen vastaukseen: { $median }
    • Arvioiden keskiarvo: { $rating }
cases-desk-command-cases = Avoimet tapaukset ja odotusajat
cases-desk-command-kb = Lähetä tietopankin vastaus (tapauksen aiheessa)
cases-desk-command-phrase = Lähetä valmis lause (tapauksen aiheessa)
cases-desk-command-duty = Olen päivystäjä / en ole päivystäjä
cases-desk-command-report = Tapausten tilastot (koordinaattorit)
cases-desk-unreachable = ⚠️ Botti ei tavoita neuvojien ryhmää ({ $chat }): { $reason ->
        [migrated] ryhmästä tuli superryhmä, jonka uusi tunnus on { $new_chat }. Aseta KOTOTORI_ADVISORS_CHAT_ID={ $new_chat } ja käynnistä botti uudelleen.
        [rights] botti ei saa luoda tai avata aiheita siellä. Tee botista ylläpitäjä, jolla on oikeus hallita aiheita, ja pidä aiheet päällä.
       *[removed] botti poistettiin ryhmästä. Lisää se takaisin ylläpitäjäksi, jolla on oikeus hallita aiheita.
    } Asiakkaiden viestit odottavat jonossa, ja asiakkaille kerrotaan, ettei neuvojia nyt tavoiteta.
