onboarding-choose-language = 🌐 Valitse kieli
onboarding-language-saved = Kieli: { $language }. Voit vaihtaa sen milloin vain komennolla /language.
onboarding-welcome =
    👋 Hei, { $name }! Olen <b>Kototori-botti</b>.

    Annan yleistä tietoa elämästä Tampereella: Kela, oleskeluluvat, asuminen, terveys, työ ja koulu. En ole viranomainen enkä tee päätöksiä.

    Kun tarvitset ihmistä, tule <b>Kototorille</b>: { $place }, <b>{ $opening_hours }</b>, maksuton, ei ajanvarausta.

    🔒 Säilytän vain sen, mitä tarvitsen vastatakseni sinulle. /privacy näyttää, mitä tallennan.
onboarding-welcome-back = Tervetuloa takaisin! Mitä haluat tehdä?
