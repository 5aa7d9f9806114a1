# Draft translation: not yet checked by a native speaker.
onboarding-choose-language = 🌐 Valitse kieli
onboarding-language-saved = Kieli: { $language }. Voit vaihtaa kielen myöhemmin. Kirjoita silloin /language.
onboarding-welcome =
    👋 Hei, { $name }! Olen <b>Kototori-botti</b>.

    Annan tietoa elämästä Tampereella. Aiheet ovat esimerkiksi Kela, oleskelulupa, asuminen, terveys, työ ja koulu. En ole viranomainen. En tee päätöksiä.

    Tarvitsetko apua ihmiseltä? Tule <b>Kototorille</b>. Paikka on { $place }. Se on auki <b>{ $opening_hours }</b>. Käynti on ilmainen. Aikaa ei tarvitse varata.

    🔒 Tallennan vain tarpeelliset tiedot. Komento /privacy näyttää, mitä tallennan.
onboarding-welcome-back = Tervetuloa takaisin! Mitä haluat tehdä?
