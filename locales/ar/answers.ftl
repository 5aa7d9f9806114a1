# Draft translation: not yet checked by a native speaker.
answers-more = ➕ المزيد
answers-helpful = 👍
answers-not-helpful = 👎
answers-other-topic = ↪️ { $title }
answers-person = 🙋 التحدث مع شخص
answers-topics = 📚 كل المواضيع
answers-none-of-these = لا شيء من هذه
# Unsure between two or three topics: one question in their own words (the topics' `about` phrases), a button each.
answers-unsure =
    { $count ->
        [1] هل سؤالك عن { $first }؟
        [2] هل سؤالك عن { $first } أم عن { $second }؟
       *[other] هل سؤالك عن { $first } أم { $second } أم { $third }؟
    }
answers-something-else = شيء آخر
# A message that raised two matters: the second one's button under the answer.
answers-also = 📌 أيضًا: { $title }
answers-also-offer = كتبت أيضًا عن { $about }.
answers-decline =
    عذرًا، لا أعرف الجواب عن هذا. أعرف أشياء قليلة فقط، مثل Kela وتصاريح الإقامة والسكن والصحة.
    اختر موضوعًا، أو تحدث مع شخص: Kototori مفتوح { $opening_hours }. لا تحتاج إلى موعد.
answers-fallback-note = <i>هذا النص غير موجود بلغتك بعد. هنا هو باللغة { $language }.</i>
answers-draft-note = <i>ترجمة أولية، لم تتم مراجعتها بعد.</i>
answers-switch-language = 🌐 هل تكتب باللغة { $language }؟
answers-urgent =
    🚨 <b>إذا كان هناك خطر الآن، اتصل بالرقم 112.</b>
    • مساعدة في الأزمات بالهاتف، ليلًا ونهارًا: خط الأزمات MIELI 09 2525 0111
    • عنف أو تهديد من الشريك أو العائلة، للجميع، ليلًا ونهارًا ومجانًا: Nollalinja 080 005 005
    • خط المساعدة الطبية (علاج عاجل): 116117
answers-thanks-feedback = شكرًا على رأيك!
answers-sorry-feedback = آسف، هذا لم يساعدك. ربما واحد من هذه، أو تحدث مع شخص.
answers-categories = اختر مجالًا.
answers-category-topics = اختر موضوعًا.
answers-category-about = 🏠 Kototori
answers-category-papers = 📄 رسائل ونماذج وفواتير
answers-category-permits = 🛂 تصاريح الإقامة والجنسية
answers-category-money = 💶 Kela والمال
answers-category-work-study = 🎓 العمل والدراسة
answers-category-family = 👨‍👩‍👧 الأطفال والعائلة
answers-category-housing = 🏢 السكن
answers-category-health-safety = 🩺 الصحة والأمان
answers-category-rights = ⚖️ الحقوق، البنك، الضرائب، المكتبة
answers-smalltalk-greeting = مرحبًا! 👋 اسألني سؤالًا، أو اختر زرًا.
answers-smalltalk-thanks = عفوًا! اسأل مرة أخرى في أي وقت.
answers-smalltalk-goodbye = مع السلامة! Kototori مفتوح { $opening_hours }. أهلًا بك!
