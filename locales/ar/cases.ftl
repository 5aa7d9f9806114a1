# Draft translation: not yet checked by a native speaker.
cases-consent =
    🙋 <b>التحدث مع شخص</b>
    أستطيع أن أرسل سؤالك إلى مرشد في كوتوتوري. المرشد شخص حقيقي.

    <b>سيرى المرشد:</b>
    • لغتك وموضوع سؤالك
    • الرسائل والصور والملفات التي ترسلها هنا من الآن حتى نهاية المحادثة

    <b>لن</b> يرى المرشد اسمك ولا رقم هاتفك ولا ما كتبته لي من قبل.
    هل توافق؟
cases-consent-yes = ✅ نعم، أرسل إلى مرشد
cases-consent-no = لا، شكرًا
cases-consent-declined = حسنًا. لم يُرسَل شيء. يمكنك أن تسألني عن شيء آخر.
cases-describe =
    شكرًا. اكتب سؤالك في بضع جمل.
    يمكنك أيضًا أن ترسل صورة لرسالة أو وثيقة.
    كل ما ترسله الآن يذهب إلى المرشد.
cases-send-without = أرسل دون كتابة
cases-cancel = ❌ إلغاء
cases-cancelled = تم الإلغاء. لم يُرسَل شيء إلى المرشد.
cases-open-now = ✅ المرشدون في العمل الآن. سيجيبك مرشد هنا.
cases-open-later = 🕘 المرشدون ليسوا في العمل الآن. سؤالك محفوظ. يعود المرشدون: { $when }.
cases-open-unknown = 🕘 المرشدون ليسوا في العمل الآن. سؤالك محفوظ. سيجيبك مرشد في أقرب وقت ممكن.
cases-queue = رقمك في الدور: { $position }.
cases-assistant = يوجد في كوتوتوري مساعد لغوي يتحدث { $language } في هذه الأيام: { $days }.
cases-urgent-note = 🚨 إذا كنت في خطر الآن، اتصل بالرقم 112.
cases-unreachable =
    ⚠️ لا أستطيع الآن إيصال رسالتك إلى المستشارين بسبب مشكلة تقنية. رسالتك محفوظة، وسيراها المستشارون عندما يعود الاتصال.
    يمكنك أيضًا أن تأتي إلى Kototori: { $place }، { $address }. Kototori مفتوح { $opening_hours }. لا تحتاج إلى موعد.
    إذا كنت في خطر الآن، اتصل بالرقم 112.
cases-already-open = أنت تتحدث مع مرشد الآن. اكتب رسالتك هنا. ستذهب إلى المرشد.
cases-reopened = محادثتك مع المرشد مفتوحة من جديد. اكتب رسالتك هنا. ستذهب إلى المرشد.
cases-taken = 🙋 مرشد يجيبك الآن. اكتب رسائلك هنا.
cases-released = سؤالك في الدور من جديد. سيجيبك مرشد آخر.
cases-closed =
    أنهى المرشد المحادثة. شكرًا لك!
    الآن أجيب أنا على أسئلتك من جديد.
    إذا احتجت مساعدة أخرى خلال أسبوع، ردّ على رسالة المرشد.

    كيف كانت المساعدة؟ اختر من 1 إلى 5 نجوم.
cases-rated = شكرًا على تقييمك!
cases-edited = ✏️ غيّر المرشد رسالة:
cases-kb-from-advisor = 📚 معلومات من المرشد:
cases-person-now = 🙋 تحدث مع شخص الآن
cases-privacy-title = <b>محادثاتك مع المرشدين</b> (تُحذف بعد { $days } يومًا من نهايتها):
cases-privacy-case = • #{ $number }، { $date }: { $state ->
        [open] مفتوحة
       *[closed] انتهت
    }
cases-phrase-received = شكرًا على رسالتك. سأجيبك قريبًا.
cases-phrase-send-photo = من فضلك أرسل صورة للرسالة. تأكد أن كل النص واضح.
cases-phrase-wait = انتظر قليلًا من فضلك. أنا أتحقق من الأمر.
cases-phrase-answer-by-friday = سنجيبك قبل يوم الجمعة.
cases-phrase-come-visit = { $assistant ->
        [yes] تعال إلى كوتوتوري يوم { $day } الساعة 10. يوجد هناك مساعد لغوي يتحدث { $language }.
       *[no] تعال إلى كوتوتوري يوم { $day } الساعة 10.
    } عنوان كوتوتوري: { $place }، { $address }. لا تحتاج إلى موعد.
cases-phrase-bring-papers = من فضلك أحضر معك الرسالة وبطاقة الإقامة أو بطاقة الهوية.
cases-phrase-danger-112 = إذا كنت في خطر الآن، اتصل بالرقم 112.
cases-phrase-anything-else = هل أستطيع مساعدتك في شيء آخر؟

# -- advisors --------------------------------------------------------------------------------------------
# Staff texts: advisors read them in Finnish (handlers/cases/views.py STAFF_LOCALE); kept in every locale all the same.
cases-desk-topic-name = { $urgent ->
        [yes] 🚨 #{ $number }
       *[no] #{ $number }
    } · { $language } · { $topic }
cases-desk-language-fi = الفنلندية
cases-desk-language-fi-selko = الفنلندية المبسطة
cases-desk-language-ar = العربية
cases-desk-language-fa-af = الدرية
cases-desk-language-so = الصومالية
cases-desk-language-en = الإنجليزية
cases-desk-no-topic = لم يُعرف الموضوع
cases-desk-summary =
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
cases-desk-not-answered = لا شيء بعد
cases-desk-summary-recreated = ♻️ حُذف الموضوع السابق لهذه الحالة. تستمر الحالة هنا.
cases-desk-urgent-mention = 🚨 عاجلة، للمرشدين المناوبين: { $people }
cases-desk-urgent-nobody = 🚨 عاجلة، ولا يوجد أحد مناوب (/duty). من فضلك تولَّ الحالة.
cases-desk-nobody-on-duty = لا يوجد أحد مناوب (/duty)
cases-desk-button-take = ✋ تولي الحالة
cases-desk-button-release = ↩️ إعادة إلى الدور
cases-desk-button-close = ✅ إغلاق
cases-desk-button-reopen = 🔄 إعادة فتح
cases-desk-button-delete = 🗑 حذف
cases-desk-button-kb = 📚 جواب من قاعدة المعرفة
cases-desk-button-phrases = 💬 عبارات جاهزة
cases-desk-note-taken = ✋ { $by } تولّى الحالة #{ $number }. رسائله في هذا الموضوع تذهب إلى الشخص.
cases-desk-note-taken-over = ✋ { $by } تولّى الحالة #{ $number } بدلًا من { $previous }.
cases-desk-note-released = ↩️ { $by } أعاد الحالة #{ $number } إلى الدور.
cases-desk-note-closed = ✅ { $by } أغلق الحالة #{ $number }. يُطلب من الشخص تقييم.
cases-desk-note-closed-blocked = ⛔ حظر الشخص البوت. أُغلقت الحالة #{ $number }.
cases-desk-note-reopened = 🔄 { $by } أعاد فتح الحالة #{ $number }.
cases-desk-note-reopened-newcomer = 🔄 كتب الشخص من جديد خلال أسبوع: الحالة #{ $number } في الدور من جديد. المرشد السابق: { $previous }.
cases-desk-note-urgent = 🚨 رسالة الشخص تبدو عاجلة. الحالة #{ $number } صارت عاجلة. { $people }
cases-desk-note-kb-sent = 📚 أُرسل إلى الشخص باللغة { $language }: { $title }
cases-desk-note-phrase-sent = 💬 أُرسل إلى الشخص باللغة { $language }: { $phrase }
cases-desk-note-kb-choose = 📚 اختر الجواب. يصل إلى الشخص باللغة { $language }. أو ابحث: /kb asumistuki
cases-desk-note-kb-none = 📚 لم يوجد موضوع. جرّب كلمات أخرى، مثلًا /kb oleskelulupa
cases-desk-note-phrases = 💬 اختر عبارة. تصل إلى الشخص باللغة { $language }:
cases-desk-note-not-in-topic = استخدم هذا الأمر في موضوع حالة.
cases-desk-note-refused = ⚠️ { $reason }
cases-desk-note-duty-on = 🟢 { $name } مناوب: الحالات العاجلة تذكرك. /duty off لإنهاء المناوبة.
cases-desk-note-duty-off = ⚪ { $name } لم يعد مناوبًا.
cases-desk-edited = ✏️ غيّر الشخص رسالة:
cases-desk-ok = ✔️ تم
cases-desk-refused-not-found = هذا الزر لا ينتمي إلى حالة في هذا الموضوع.
cases-desk-refused-closed = الحالة مغلقة. أعد فتحها أولًا (🔄).
cases-desk-refused-not-closed = الحالة ليست مغلقة.
cases-desk-refused-already-yours = الحالة عندك من قبل.
cases-desk-refused-changed = غيّر شخص آخر الحالة في الوقت نفسه. انظر إلى آخر رسالة وحاول من جديد.
cases-desk-refused-not-active = لم يتولَّ أحد الحالة.
cases-desk-refused-not-owner = الحالة عند مرشد آخر. تولَّها أولًا (✋).
cases-desk-refused-take-first = لم تُرسل الرسالة إلى الشخص: تولَّ الحالة أولًا (✋).
cases-desk-refused-coordinators-only = المنسقون فقط يستطيعون هذا.
cases-desk-refused-newcomer-has-open-case = عند الشخص حالة مفتوحة أخرى.
cases-desk-refused-unknown-topic = لا يوجد هذا الموضوع في قاعدة المعرفة.
cases-desk-refused-unknown-phrase = لا توجد هذه العبارة.
cases-desk-refused-not-staff = المرشدون فقط يستطيعون استخدام هذه الأزرار.
cases-desk-refused-busy = حاول من جديد.
cases-desk-cases-title = 📋 <b>الحالات المفتوحة: { $count }</b>
cases-desk-cases-none = 📋 لا توجد حالات مفتوحة.
cases-desk-cases-line = { $urgent ->
        [yes] 🚨
       *[no] •
    } { $number } { $language } · { $topic } · { $state ->
        [active] { $owner }
       *[waiting] تنتظر
    } · { $waited }
cases-desk-report =
    📊 <b>الحالات { $since } – { $until }</b>
    • الحالات: { $total } (العاجلة: { $urgent })
    • اللغات: { $languages }
    • المواضيع: { $topics }
    • الأيام: { $days }
    • الوسيط لوقت أول جواب: { $median }
    • متوسط التقييم: { $rating }
cases-desk-command-cases = الحالات المفتوحة وأوقات الانتظار
cases-desk-command-kb = إرسال جواب من قاعدة المعرفة (في موضوع حالة)
cases-desk-command-phrase = إرسال عبارة جاهزة (في موضوع حالة)
cases-desk-command-duty = أنا مناوب / لست مناوبًا
cases-desk-command-report = إحصاءات الحالات (للمنسقين)
cases-desk-unreachable = ⚠️ The bot cannot reach the advisors' group ({ $chat }): { $reason ->
        [migrated] the group became a supergroup with the new id { $new_chat }. Set KOTOTORI_ADVISORS_CHAT_ID={ $new_chat } and restart the bot.
        [rights] the bot may not create or reopen topics there. Make the bot an admin with the right to manage topics, and keep topics on.
       *[removed] the bot was removed from the group. Add it back as an admin with the right to manage topics.
    } Newcomers' messages wait in the queue, and newcomers are told that advisors cannot be reached now.
