# Draft translation: not yet checked by a native speaker.
# Staff texts: advisors read them in Finnish (handlers/cases/views.py STAFF_LOCALE); kept in every locale all the same.
advisors-topic-name = { $urgent ->
        [yes] 🚨 #{ $number }
       *[no] #{ $number }
    } · { $language } · { $topic }
advisors-language-fi = الفنلندية
advisors-language-fi-selko = الفنلندية المبسطة
advisors-language-ar = العربية
advisors-language-fa-af = الدارية
advisors-language-so = الصومالية
advisors-language-en = الإنجليزية
advisors-no-topic = لم يُعرف الموضوع
advisors-summary =
    🆕 <b>الحالة #{ $number }</b>{ $urgent ->
        [yes] {" "}🚨 <b>عاجلة</b>
       *[no] {""}
    }
    • اللغة: { $language }
    • الموضوع (تقدير البوت): { $topic }
    • أجاب البوت من قبل: { $answered }
    • مدة الانتظار: { $waited } · المكان في الدور: { $position }
    • المرشد: { $owner }
    وافق الشخص على أن يرى المرشدون الرسائل التالية. اكتب له في هذا الموضوع بعد ✋ تولي الحالة. البوت لا يترجم الرسائل، لكن 📚 و 💬 يرسلان نصوصًا بلغته.
advisors-not-answered = لا شيء بعد
advisors-summary-recreated = ♻️ حُذف الموضوع السابق لهذه الحالة. تستمر الحالة هنا.
advisors-urgent-mention = 🚨 عاجلة، للمرشدين المناوبين: { $people }
advisors-urgent-nobody = 🚨 عاجلة، ولا يوجد أحد مناوب (/duty). من فضلك تولَّ الحالة.
advisors-nobody-on-duty = لا يوجد أحد مناوب (/duty)
advisors-button-take = ✋ تولي الحالة
advisors-button-release = ↩️ إعادة إلى الدور
advisors-button-close = ✅ إغلاق
advisors-button-reopen = 🔄 إعادة فتح
advisors-button-delete = 🗑 حذف
advisors-button-kb = 📚 جواب من قاعدة المعرفة
advisors-button-phrases = 💬 عبارات جاهزة
advisors-note-taken = ✋ { $by } تولّى الحالة #{ $number }. رسائله في هذا الموضوع تذهب إلى الشخص.
advisors-note-taken-over = ✋ { $by } تولّى الحالة #{ $number } بدلًا من { $previous }.
advisors-note-released = ↩️ { $by } أعاد الحالة #{ $number } إلى الدور.
advisors-note-closed = ✅ { $by } أغلق الحالة #{ $number }. يُطلب من الشخص تقييم.
advisors-note-closed-blocked = ⛔ حظر الشخص البوت. أُغلقت الحالة #{ $number }.
advisors-note-reopened = 🔄 { $by } أعاد فتح الحالة #{ $number }.
advisors-note-reopened-newcomer = 🔄 كتب الشخص من جديد خلال أسبوع: الحالة #{ $number } في الدور من جديد. المرشد السابق: { $previous }.
advisors-note-urgent = 🚨 رسالة الشخص تبدو عاجلة. الحالة #{ $number } صارت عاجلة. { $people }
advisors-note-kb-sent = 📚 أُرسل إلى الشخص باللغة { $language }: { $title }
advisors-note-phrase-sent = 💬 أُرسل إلى الشخص باللغة { $language }: { $phrase }
advisors-note-kb-choose = 📚 اختر الجواب. يصل إلى الشخص باللغة { $language }. أو ابحث: /kb asumistuki
advisors-note-kb-none = 📚 لم يوجد موضوع. جرّب كلمات أخرى، مثلًا /kb oleskelulupa
advisors-note-phrases = 💬 اختر عبارة. تصل إلى الشخص باللغة { $language }:
advisors-note-not-in-topic = استخدم هذا الأمر في موضوع حالة.
advisors-note-refused = ⚠️ { $reason }
advisors-note-duty-on = 🟢 { $name } مناوب: الحالات العاجلة تذكرك. /duty off لإنهاء المناوبة.
advisors-note-duty-off = ⚪ { $name } لم يعد مناوبًا.
advisors-edited = ✏️ غيّر الشخص رسالة:
advisors-ok = ✔️ تم
advisors-refused-not-found = هذا الزر لا ينتمي إلى حالة في هذا الموضوع.
advisors-refused-closed = الحالة مغلقة. أعد فتحها أولًا (🔄).
advisors-refused-not-closed = الحالة ليست مغلقة.
advisors-refused-already-yours = الحالة عندك من قبل.
advisors-refused-changed = غيّر شخص آخر الحالة في الوقت نفسه. انظر إلى آخر رسالة وحاول من جديد.
advisors-refused-not-active = لم يتولَّ أحد الحالة.
advisors-refused-not-owner = الحالة عند مرشد آخر. تولَّها أولًا (✋).
advisors-refused-take-first = لم تُرسل الرسالة إلى الشخص: تولَّ الحالة أولًا (✋).
advisors-refused-coordinators-only = المنسقون فقط يستطيعون هذا.
advisors-refused-newcomer-has-open-case = عند الشخص حالة مفتوحة أخرى.
advisors-refused-unknown-topic = لا يوجد هذا الموضوع في قاعدة المعرفة.
advisors-refused-unknown-phrase = لا توجد هذه العبارة.
advisors-refused-not-staff = المرشدون فقط يستطيعون استخدام هذه الأزرار.
advisors-refused-busy = حاول من جديد.
advisors-cases-title = 📋 <b>الحالات المفتوحة: { $count }</b>
advisors-cases-none = 📋 لا توجد حالات مفتوحة.
advisors-cases-line = { $urgent ->
        [yes] 🚨
       *[no] •
    } { $number } { $language } · { $topic } · { $state ->
        [active] { $owner }
       *[waiting] تنتظر
    } · { $waited }
advisors-report =
    📊 <b>الحالات { $since } – { $until }</b>
    • الحالات: { $total } (العاجلة: { $urgent })
    • اللغات: { $languages }
    • المواضيع: { $topics }
    • الأيام: { $days }
    • الوسيط لوقت أول جواب: { $median }
    • متوسط التقييم: { $rating }
advisors-command-cases = الحالات المفتوحة وأوقات الانتظار
advisors-command-kb = إرسال جواب من قاعدة المعرفة (في موضوع حالة)
advisors-command-phrase = إرسال عبارة جاهزة (في موضوع حالة)
advisors-command-duty = أنا مناوب / لست مناوبًا
advisors-command-report = إحصاءات الحالات (للمنسقين)
