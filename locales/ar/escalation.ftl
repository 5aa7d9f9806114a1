# Draft translation: not yet checked by a native speaker.
escalation-consent =
    🙋 <b>التحدث مع شخص</b>
    أستطيع أن أرسل سؤالك إلى مرشد في كوتوتوري. المرشد شخص حقيقي.

    <b>سيرى المرشد:</b>
    • لغتك وموضوع سؤالك
    • الرسائل والصور والملفات التي ترسلها هنا من الآن حتى نهاية المحادثة

    <b>لن</b> يرى المرشد اسمك ولا رقم هاتفك ولا ما كتبته لي من قبل.
    هل توافق؟
escalation-consent-yes = ✅ نعم، أرسل إلى مرشد
escalation-consent-no = لا، شكرًا
escalation-consent-declined = حسنًا. لم يُرسَل شيء. يمكنك أن تسألني عن شيء آخر.
escalation-describe =
    شكرًا. اكتب سؤالك في بضع جمل.
    يمكنك أيضًا أن ترسل صورة لرسالة أو وثيقة.
    كل ما ترسله الآن يذهب إلى المرشد.
escalation-send-without = أرسل دون كتابة
escalation-cancel = ❌ إلغاء
escalation-cancelled = تم الإلغاء. لم يُرسَل شيء إلى المرشد.
escalation-open-now = ✅ المرشدون في العمل الآن. سيجيبك مرشد هنا.
escalation-open-later = 🕘 المرشدون ليسوا في العمل الآن. سؤالك محفوظ. يعود المرشدون: { $when }.
escalation-open-unknown = 🕘 المرشدون ليسوا في العمل الآن. سؤالك محفوظ. سيجيبك مرشد في أقرب وقت ممكن.
escalation-queue = رقمك في الدور: { $position }.
escalation-assistant = يوجد في كوتوتوري مساعد لغوي يتحدث { $language } في هذه الأيام: { $days }.
escalation-urgent-note = 🚨 إذا كنت في خطر الآن، اتصل بالرقم 112.
escalation-already-open = أنت تتحدث مع مرشد الآن. اكتب رسالتك هنا. ستذهب إلى المرشد.
escalation-reopened = محادثتك مع المرشد مفتوحة من جديد. اكتب رسالتك هنا. ستذهب إلى المرشد.
escalation-taken = 🙋 مرشد يجيبك الآن. اكتب رسائلك هنا.
escalation-released = سؤالك في الدور من جديد. سيجيبك مرشد آخر.
escalation-closed =
    أنهى المرشد المحادثة. شكرًا لك!
    الآن أجيب أنا على أسئلتك من جديد.
    إذا احتجت مساعدة أخرى خلال أسبوع، ردّ على رسالة المرشد.

    كيف كانت المساعدة؟ اختر من 1 إلى 5 نجوم.
escalation-rated = شكرًا على تقييمك!
escalation-edited = ✏️ غيّر المرشد رسالة:
escalation-kb-from-advisor = 📚 معلومات من المرشد:
escalation-person-now = 🙋 تحدث مع شخص الآن
escalation-privacy-title = <b>محادثاتك مع المرشدين</b> (تُحذف بعد { $days } يومًا من نهايتها):
escalation-privacy-case = • #{ $number }، { $date }: { $state ->
        [open] مفتوحة
       *[closed] انتهت
    }
escalation-phrase-received = شكرًا على رسالتك. سأجيبك قريبًا.
escalation-phrase-send-photo = من فضلك أرسل صورة للرسالة. تأكد أن كل النص واضح.
escalation-phrase-wait = انتظر قليلًا من فضلك. أنا أتحقق من الأمر.
escalation-phrase-answer-by-friday = سنجيبك قبل يوم الجمعة.
escalation-phrase-come-visit = { $assistant ->
        [yes] تعال إلى كوتوتوري يوم { $day } الساعة 10. يوجد هناك مساعد لغوي يتحدث { $language }.
       *[no] تعال إلى كوتوتوري يوم { $day } الساعة 10.
    } كوتوتوري في مقهى مركز هيرفانتا للأنشطة. لا تحتاج إلى موعد.
escalation-phrase-bring-papers = من فضلك أحضر معك الرسالة وبطاقة الإقامة أو بطاقة الهوية.
escalation-phrase-danger-112 = إذا كنت في خطر الآن، اتصل بالرقم 112.
escalation-phrase-anything-else = هل أستطيع مساعدتك في شيء آخر؟
