onboarding-choose-language = 🌐 Choose your language
onboarding-language-saved = Language: { $language }. You can change it any time with /language.
onboarding-welcome =
    👋 Hello, { $name }! I am the <b>Kototori bot</b>.

    I give general information about life in Tampere: Kela, permits, housing, health, work and school. I am not an authority and I do not make decisions.

    When you need a person, come to <b>Kototori</b>: { $place }, <b>{ $opening_hours }</b>, free, no appointment.

    🔒 I keep only what I need to answer you. /privacy shows what I store.
onboarding-welcome-back = Welcome back! What would you like to do?
