# Draft translation: not yet checked by a native speaker.
start-choose-language = 🌐 اختر لغتك
start-language-saved = اللغة: { $language }. يمكنك تغييرها في أي وقت باستخدام /language.
start-welcome =
    👋 مرحبًا { $name }! أنا <b>بوت Kototori</b>.

    أقدّم معلومات عامة عن الحياة في تامبيري: Kela، وتصاريح الإقامة، والسكن، والصحة، والعمل، والمدرسة. لست جهة رسمية، ولا أتخذ قرارات.

    عندما تحتاج إلى شخص، تعال إلى <b>Kototori</b>: مقهى مركز الترفيه في هيرفانتا (Hervanta)، <b>الثلاثاء والجمعة 9–15</b>، مجانًا، وبدون موعد.

    🔒 أحفظ فقط ما أحتاجه لكي أجيبك. اكتب /privacy لترى ما أحفظه.
start-welcome-back = أهلًا بعودتك! ماذا تريد أن تفعل؟
