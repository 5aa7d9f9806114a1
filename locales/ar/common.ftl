# Draft translation: not yet checked by a native speaker.
common-fallback-sticker = ملصق جميل! 🙂 أستطيع قراءة النص فقط. من فضلك اكتب سؤالك أو اختر زرًا.
common-fallback-voice = لا أستطيع سماع الرسائل الصوتية. من فضلك اكتب بضع كلمات، أو اختر زرًا. يمكن أيضًا لشخص في Kototori أن يساعدك: { $opening_hours }.
common-fallback-photo = لا أستطيع مشاهدة الفيديو. إذا كانت عندك رسالة وتحتاج مساعدة، أرسل لي صورة لها أو ملف PDF، أو أحضرها إلى Kototori: { $opening_hours }.
common-fallback-location = شكرًا. لا أحتاج إلى موقعك. من فضلك اكتب سؤالك أو اختر زرًا.
common-fallback-contact = شكرًا. لا أحتاج إلى بطاقات جهات الاتصال. من فضلك اكتب سؤالك أو اختر زرًا.
common-fallback-other = أستطيع قراءة النص فقط. من فضلك اكتب سؤالك أو اختر زرًا.
common-fallback-too-long = رسالتك طويلة جدًا. من فضلك اكتب سؤالك في جملة أو جملتين قصيرتين.
common-fallback-edited = رأيت أنك غيّرت رسالة. أنا أقرأ الرسائل الجديدة فقط: من فضلك أرسلها مرة أخرى.
common-fallback-unknown-command = لا أعرف هذا الأمر. جرّب /menu أو /language أو /privacy.
common-fallback-stale-button = هذا الزر قديم. هذه هي القائمة مرة أخرى.
common-fallback-group-note = مرحبًا! أعمل في المحادثات الخاصة فقط. من فضلك اكتب لي مباشرة. سأغادر هذه المجموعة الآن.

# -- errors ----------------------------------------------------------------------------------------------
common-error-apology = عذرًا، حدث خطأ من جهتي. حاول مرة أخرى بعد قليل، أو استخدم /menu.

# -- commands --------------------------------------------------------------------------------------------
common-command-start = ابدأ واختر اللغة
common-command-menu = القائمة الرئيسية
common-command-language = تغيير اللغة
common-command-privacy = ماذا يحفظ البوت عني
common-command-delete-my-data = احذف بياناتي
common-command-help = ماذا يستطيع هذا البوت أن يفعل
common-command-hours = مواعيد العمل: هل كوتوتوري مفتوح؟
common-command-events = المجموعات والأنشطة
common-command-subscribe = أخبار Kototori

# -- menu ------------------------------------------------------------------------------------------------
common-menu-title = ماذا تريد أن تفعل؟ اختر زرًا.
common-menu-language = 🌐 اللغة
common-menu-privacy = 🔒 بياناتي
common-menu-help = ❓ ماذا يستطيع هذا البوت أن يفعل؟
common-menu-back = ⬅️ العودة إلى القائمة
common-menu-help-text =
    <b>ماذا أستطيع أن أفعل</b>
    • أخبرك عن Kototori وخدماته.
    • أجيب عن الأسئلة الشائعة عن Kela وتصاريح الإقامة والسكن والصحة والعمل والمدرسة.
    • أدلّك على شخص يستطيع أن يساعدك.
    • أخبرك متى يكون Kototori مفتوحًا، وما هي المجموعات والأنشطة القادمة.
    • أحجز لك موعدًا مع مستشار.
    • أشرح لك رسالة رسمية: أرسل لي صورة لها أو ملف PDF.

    <b>ما لا أستطيع فعله</b>
    • لا أتخذ قرارات، ولست جهة رسمية.
    • لا أستطيع أن أرى ملفك عند الجهات الرسمية.

    الأوامر: /menu، /hours، /events، /book، /mybookings، /subscribe، /language، /privacy
common-menu-topics = 📚 المواضيع
common-menu-person = 🙋 التحدث مع شخص
common-menu-hours = 🕘 ساعات العمل
common-menu-events = 📅 المجموعات والأنشطة

# -- the advice point's facts (bot/profile/phrases.py): weekday forms for "open on ...", the assistants' rota --
common-profile-weekday = { $day ->
    [mon] الاثنين
    [tue] الثلاثاء
    [wed] الأربعاء
    [thu] الخميس
    [fri] الجمعة
    [sat] السبت
   *[sun] الأحد
}
common-profile-when = أيام { $days }، الساعة { $hours }
common-profile-assistant = • { $language }: أيام { $days }
common-profile-no-assistant = لا يوجد مساعد لغوي حاليًا
common-profile-map = الخريطة
