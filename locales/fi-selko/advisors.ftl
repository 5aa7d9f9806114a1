# Draft translation: not yet checked by a native speaker.
# Staff texts: advisors read them in Finnish (handlers/cases/views.py STAFF_LOCALE); plain Finnish uses the same words.
advisors-topic-name = { $urgent ->
        [yes] 🚨 #{ $number }
       *[no] #{ $number }
    } · { $language } · { $topic }
advisors-language-fi = suomi
advisors-language-fi-selko = selkosuomi
advisors-language-ar = arabia
advisors-language-fa-af = dari
advisors-language-so = somali
advisors-language-en = englanti
advisors-no-topic = aihe ei tunnistettu
advisors-summary =
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
advisors-not-answered = ei vielä mitään
advisors-summary-recreated = ♻️ Tapauksen aiempi aihe poistettiin. Tapaus jatkuu tässä.
advisors-urgent-mention = 🚨 Kiireellinen, päivystäjille: { $people }
advisors-urgent-nobody = 🚨 Kiireellinen, eikä kukaan ole päivystäjänä (/duty). Ota tapaus hoitoon.
advisors-nobody-on-duty = kukaan ei ole päivystäjänä (/duty)
advisors-button-take = ✋ Ota hoitoon
advisors-button-release = ↩️ Palauta jonoon
advisors-button-close = ✅ Sulje
advisors-button-reopen = 🔄 Avaa uudelleen
advisors-button-delete = 🗑 Poista
advisors-button-kb = 📚 Tietopankin vastaus
advisors-button-phrases = 💬 Valmiit lauseet
advisors-note-taken = ✋ { $by } otti tapauksen #{ $number } hoitoon. Hänen viestinsä tässä aiheessa menevät asiakkaalle.
advisors-note-taken-over = ✋ { $by } otti tapauksen #{ $number } hoitoon ohjaajalta { $previous }.
advisors-note-released = ↩️ { $by } palautti tapauksen #{ $number } jonoon.
advisors-note-closed = ✅ { $by } sulki tapauksen #{ $number }. Asiakkaalta kysytään arvio.
advisors-note-closed-blocked = ⛔ Asiakas esti botin. Tapaus #{ $number } on suljettu.
advisors-note-reopened = 🔄 { $by } avasi tapauksen #{ $number } uudelleen.
advisors-note-reopened-newcomer = 🔄 Asiakas kirjoitti uudelleen viikon sisällä: tapaus #{ $number } on taas jonossa. Aiempi ohjaaja: { $previous }.
advisors-note-urgent = 🚨 Asiakkaan viesti kuulostaa kiireelliseltä. Tapaus #{ $number } on nyt merkitty kiireelliseksi. { $people }
advisors-note-kb-sent = 📚 Lähetetty asiakkaalle kielellä { $language }: { $title }
advisors-note-phrase-sent = 💬 Lähetetty asiakkaalle kielellä { $language }: { $phrase }
advisors-note-kb-choose = 📚 Valitse lähetettävä vastaus. Asiakas saa sen kielellä { $language }. Voit myös hakea: /kb asumistuki
advisors-note-kb-none = 📚 Aihetta ei löytynyt. Kokeile muita sanoja, esimerkiksi /kb oleskelulupa
advisors-note-phrases = 💬 Valitse lause. Asiakas saa sen kielellä { $language }:
advisors-note-not-in-topic = Käytä tätä komentoa tapauksen aiheessa.
advisors-note-refused = ⚠️ { $reason }
advisors-note-duty-on = 🟢 { $name } on päivystäjä: kiireelliset tapaukset mainitsevat sinut. /duty off lopettaa.
advisors-note-duty-off = ⚪ { $name } ei ole enää päivystäjä.
advisors-edited = ✏️ Asiakas muutti viestiä:
advisors-ok = ✔️ Tehty
advisors-refused-not-found = Tämä nappi ei kuulu tämän aiheen tapaukseen.
advisors-refused-closed = Tapaus on suljettu. Avaa se ensin uudelleen (🔄).
advisors-refused-not-closed = Tapaus ei ole suljettu.
advisors-refused-already-yours = Tapaus on jo sinulla.
advisors-refused-changed = Joku muutti tapausta samaan aikaan. Katso uusin viesti ja yritä uudelleen.
advisors-refused-not-active = Kukaan ei ole ottanut tapausta hoitoon.
advisors-refused-not-owner = Tapaus on toisella ohjaajalla. Ota se ensin hoitoon (✋).
advisors-refused-take-first = Viestiä ei lähetetty asiakkaalle: ota tapaus ensin hoitoon (✋).
advisors-refused-coordinators-only = Vain koordinaattorit voivat tehdä tämän.
advisors-refused-newcomer-has-open-case = Asiakkaalla on jo toinen avoin tapaus.
advisors-refused-unknown-topic = Tietopankissa ei ole tällaista aihetta.
advisors-refused-unknown-phrase = Tällaista lausetta ei ole.
advisors-refused-not-staff = Vain ohjaajat voivat käyttää näitä nappeja.
advisors-refused-busy = Yritä uudelleen.
advisors-cases-title = 📋 <b>Avoimet tapaukset: { $count }</b>
advisors-cases-none = 📋 Ei avoimia tapauksia.
advisors-cases-line = { $urgent ->
        [yes] 🚨
       *[no] •
    } { $number } { $language } · { $topic } · { $state ->
        [active] { $owner }
       *[waiting] odottaa
    } · { $waited }
advisors-report =
    📊 <b>Tapaukset { $since } – { $until }</b>
    • Tapauksia: { $total } (kiireellisiä: { $urgent })
    • Kielet: { $languages }
    • Aiheet: { $topics }
    • Päivät: { $days }
    • Mediaaniaika ensimmäiseen vastaukseen: { $median }
    • Arvioiden keskiarvo: { $rating }
advisors-command-cases = Avoimet tapaukset ja odotusajat
advisors-command-kb = Lähetä tietopankin vastaus (tapauksen aiheessa)
advisors-command-phrase = Lähetä valmis lause (tapauksen aiheessa)
advisors-command-duty = Olen päivystäjä / en ole päivystäjä
advisors-command-report = Tapausten tilastot (koordinaattorit)
