# Draft translation: not yet checked by a native speaker.
menu-title = ماذا تريد أن تفعل؟ اختر زرًا.
menu-language = 🌐 اللغة
menu-privacy = 🔒 بياناتي
menu-help = ❓ ماذا يستطيع هذا البوت أن يفعل؟
menu-back = ⬅️ العودة إلى القائمة
menu-help-text =
    <b>ماذا أستطيع أن أفعل</b>
    • أخبرك عن Kototori وخدماته.
    • أجيب عن الأسئلة الشائعة عن Kela وتصاريح الإقامة والسكن والصحة والعمل والمدرسة.
    • أدلّك على شخص يستطيع أن يساعدك.
    • أخبرك متى يكون Kototori مفتوحًا، وما هي المجموعات والأنشطة القادمة.
    • أحجز لك موعدًا مع مستشار.

    <b>ما لا أستطيع فعله</b>
    • لا أتخذ قرارات، ولست جهة رسمية.
    • لا أستطيع أن أرى أوراقك أو ملفك.

    الأوامر: /menu، /hours، /events، /book، /mybookings، /subscribe، /language، /privacy
menu-topics = 📚 المواضيع
menu-person = 🙋 التحدث مع شخص
menu-hours = 🕘 ساعات العمل
menu-events = 📅 المجموعات والأنشطة
