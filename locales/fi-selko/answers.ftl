# Draft translation: not yet checked by a native speaker.
answers-more = ➕ Lisää
answers-helpful = 👍
answers-not-helpful = 👎
answers-other-topic = ↪️ { $title }
answers-person = 🙋 Puhu ihmisen kanssa
answers-topics = 📚 Kaikki aiheet
answers-none-of-these = Ei mikään näistä
# Unsure between two or three topics: one question in their own words (the topics' `about` phrases), a button each.
answers-unsure =
    { $count ->
        [1] Onko asiasi tämä: { $first }?
        [2] Mikä on asiasi: { $first } vai { $second }?
       *[other] Mikä on asiasi: { $first }, { $second } vai { $third }?
    }
answers-something-else = Jokin muu asia
# A message that raised two matters: the second one's button under the answer.
answers-also = 📌 Myös: { $title }
answers-also-offer = Kirjoitit myös tästä: { $about }.
answers-decline =
    Anteeksi, en tiedä vastausta. Tiedän vain muutamia asioita. Esimerkiksi Kela, oleskelulupa, asuminen ja terveys.
    Valitse aihe. Tai puhu ihmisen kanssa. Kototori on auki { $opening_hours }. Sinun ei tarvitse varata aikaa.
answers-fallback-note = <i>Tätä tekstiä ei ole vielä sinun kielelläsi. Tässä teksti on kielellä { $language }.</i>
answers-draft-note = <i>Käännös on luonnos. Sitä ei ole vielä tarkistettu.</i>
answers-switch-language = 🌐 Kirjoitatko kielellä { $language }?
answers-urgent =
    🚨 <b>Onko nyt vaaraa? Soita 112.</b>
    • Kriisiapu puhelimessa. Aina auki. MIELI ry:n kriisipuhelin 09 2525 0111
    • Väkivalta kotona tai läheisen ihmisen kanssa. Apua kaikille. Aina auki. Maksuton. Nollalinja 080 005 005
    • Päivystysapu, kun tarvitset hoitoa nopeasti: 116117
answers-thanks-feedback = Kiitos palautteesta!
answers-sorry-feedback = Harmi, tämä ei auttanut. Katso näitä. Tai puhu ihmisen kanssa.
answers-categories = Valitse aihealue.
answers-category-topics = Valitse aihe.
answers-category-about = 🏠 Kototori
answers-category-papers = 📄 Kirjeet, lomakkeet, laskut
answers-category-permits = 🛂 Oleskelulupa ja kansalaisuus
answers-category-money = 💶 Kela ja raha
answers-category-work-study = 🎓 Työ ja opiskelu
answers-category-family = 👨‍👩‍👧 Lapset ja perhe
answers-category-housing = 🏢 Asuminen
answers-category-health-safety = 🩺 Terveys ja turvallisuus
answers-category-rights = ⚖️ Oikeudet, pankki, vero, kirjasto
answers-smalltalk-greeting = Hei! 👋 Kysy minulta. Tai valitse nappi.
answers-smalltalk-thanks = Ole hyvä! Voit kysyä uudelleen milloin vain.
answers-smalltalk-goodbye = Hei hei! Kototori on auki { $opening_hours }. Tervetuloa!
