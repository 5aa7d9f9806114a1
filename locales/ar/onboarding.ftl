# Draft translation: not yet checked by a native speaker.
onboarding-choose-language = 🌐 اختر لغتك
onboarding-language-saved = اللغة: { $language }. يمكنك تغييرها في أي وقت باستخدام /language.
onboarding-welcome =
    👋 مرحبًا { $name }! أنا <b>بوت Kototori</b>.

    أقدّم معلومات عامة عن الحياة في تامبيري: Kela، وتصاريح الإقامة، والسكن، والصحة، والعمل، والمدرسة. لست جهة رسمية، ولا أتخذ قرارات.

    عندما تحتاج إلى شخص، تعال إلى <b>Kototori</b>: { $place }، <b>{ $opening_hours }</b>، مجانًا، وبدون موعد.

    🔒 أحفظ فقط ما أحتاجه لكي أجيبك. اكتب /privacy لترى ما أحفظه.
onboarding-welcome-back = أهلًا بعودتك! ماذا تريد أن تفعل؟
