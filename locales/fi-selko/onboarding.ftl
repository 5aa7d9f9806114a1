# Draft translation: not yet checked by a native speaker.
onboarding-choose-language = 🌐 Valitse kieli
onboarding-language-saved = Kieli: { $language }. Voit vaihtaa kielen myöhemmin. Kirjoita silloin /language.
onboarding-welcome =
    👋 Hei, { $name }! Olen <b>Kototori-botti</b>.

    Annan tietoa elämästä Tampereella. Aiheet ovat esimerkiksi Kela, oleskelulupa, asuminen, terveys, työ ja koulu. En ole viranomainen. En tee päätöksiä.

    Tarvitsetko apua ihmiseltä? Tule <b>Kototorille</b>. Kototori on Hervannan vapaa-aikakeskuksen kahvilassa. Se on auki <b>joka tiistai ja perjantai klo 9–15</b>. Käynti on ilmainen. Aikaa ei tarvitse varata.

    🔒 Tallennan vain tarpeelliset tiedot. Komento /privacy näyttää, mitä tallennan.
onboarding-welcome-back = Tervetuloa takaisin! Mitä haluat tehdä?
