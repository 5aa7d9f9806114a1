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
        [1] Koskeeko asiasi tätä: { $first }?
        [2] Mitä asiasi koskee: { $first } vai { $second }?
       *[other] Mitä asiasi koskee: { $first }, { $second } vai { $third }?
    }
answers-something-else = Jokin muu
# A message that raised two matters: the second one's button under the answer.
answers-also = 📌 Myös: { $title }
answers-also-offer = Kirjoitit myös tästä: { $about }.
answers-decline =
    Anteeksi, en tiedä vastausta tähän. Tiedän vain joistakin asioista, esimerkiksi Kelasta, oleskeluluvista, asumisesta ja terveydestä.
    Valitse aihe tai puhu ihmisen kanssa: Kototori on auki { $opening_hours }, ajanvarausta ei tarvita.
answers-fallback-note = <i>Tätä tekstiä ei vielä ole sinun kielelläsi. Tässä se on kielellä { $language }.</i>
answers-draft-note = <i>Käännösluonnos, ei vielä tarkistettu.</i>
answers-switch-language = 🌐 Kirjoitatko kielellä { $language }?
answers-urgent =
    🚨 <b>Jos nyt on vaaraa, soita 112.</b>
    • Kriisiapu puhelimessa, aina auki: MIELI ry:n kriisipuhelin 09 2525 0111
    • Väkivalta tai uhkailu lähisuhteessa, kaikille, aina auki ja maksuton: Nollalinja 080 005 005
    • Päivystysapu (kiireellinen hoito): 116117
answers-thanks-feedback = Kiitos palautteesta!
answers-sorry-feedback = Harmi, ettei tämä auttanut. Ehkä jokin näistä, tai puhu ihmisen kanssa.
answers-categories = Valitse aihealue.
answers-category-topics = Valitse aihe.
answers-category-about = 🏠 Kototori
answers-category-papers = 📄 Kirjeet, lomakkeet, laskut
answers-category-permits = 🛂 Luvat ja kansalaisuus
answers-category-money = 💶 Kela ja raha
answers-category-work-study = 🎓 Työ ja opiskelu
answers-category-family = 👨‍👩‍👧 Lapset ja perhe
answers-category-housing = 🏢 Asuminen
answers-category-health-safety = 🩺 Terveys ja turvallisuus
answers-category-rights = ⚖️ Oikeudet, pankki, vero, kirjasto
answers-smalltalk-greeting = Hei! 👋 Kysy minulta tai valitse painike.
answers-smalltalk-thanks = Ole hyvä! Kysy milloin vain uudelleen.
answers-smalltalk-goodbye = Näkemiin! Kototori on auki { $opening_hours }. Tervetuloa!
