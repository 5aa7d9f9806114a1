# Draft translation: not yet checked by a native speaker.
announce-message =
    📢 <b>كوتوتوري</b>

    { $body }
announce-message-fallback =
    📢 <b>كوتوتوري</b>
    <i>هذا الخبر غير متوفر بلغتك. ها هو باللغة: { $language }.</i>

    { $body }
announce-only-coordinators = هذا لمنسقي Kototori فقط.
announce-choose-languages = 📢 <b>إعلان جديد</b>
    بأي لغات ستكتبه؟ اضغط لاختيار اللغات، ثم اضغط التالي.
announce-next = التالي ⬅️
announce-cancel = ✖️ إلغاء
announce-cancelled = تم إلغاء الإعلان. لم يُرسل شيء.
announce-need-language = اختر لغة واحدة على الأقل.
announce-languages-chosen = اللغات: { $languages }
announce-ask-text = ✍️ أرسل النص باللغة: <b>{ $language }</b>. اكتب نصًا عاديًا: سيُرسل كما تكتبه تمامًا.
announce-text-only = من فضلك أرسل الإعلان كرسالة نصية.
announce-too-long = النص طويل جدًا ({ $length } حرفًا). الحد الأقصى { $limit }. من فضلك أرسل نصًا أقصر.
announce-choose-audience = 👥 من يجب أن يصله الإعلان؟
announce-audience-all = 📣 كل من يتلقى الأخبار
announce-audience-language = 🌐 حسب اللغة
announce-audience-interest = ⭐ حسب الاهتمام
announce-audience-event = 📅 مشتركو فعالية
announce-audience-with-value = { $kind }: { $value }
announce-choose-value = اختر واحدًا.
announce-audience-chosen = 👥 المستلمون: { $audience }
announce-summary =
    👀 في الأعلى: معاينة، رسالة واحدة لكل لغة.
    📊 <b>عدد المستلمين: { $total }</b> ({ $audience })
    { $lines }

    في كل رسالة زر لإيقاف الأخبار. هل ترسله الآن أم تحدد له موعدًا؟
announce-summary-line = • { $language }: { $count }
announce-summary-line-fallback = • { $language }: { $count } (يصلهم النص باللغة { $text_language } مع ملاحظة قصيرة)
announce-summary-none = لا أحد في هذه المجموعة يتلقى الأخبار بعد. اختر مجموعة أخرى أو ألغِ.
announce-send-now = 📤 أرسل الآن
announce-schedule = 🕘 حدد موعدًا
announce-sending = 📤 يبدأ الإرسال الآن. سأعرض التقدم هنا.
announce-choose-day = 🕘 في أي يوم؟
announce-today = اليوم
announce-tomorrow = غدًا
announce-choose-hour = 🕘 في أي ساعة يوم { $day }؟ (بتوقيت فنلندا)
announce-time-past = هذا الوقت قد مضى. من فضلك اختر وقتًا آخر.
announce-scheduled = 🕘 سيُرسل الإعلان رقم { $id } في { $day } { $time } (بتوقيت فنلندا).
announce-cancel-scheduled = ✖️ ألغِ هذا الإعلان
announce-stopped = تم الإيقاف. لن يصل إلى أحد آخر.
announce-stop-too-late = لقد انتهى بالفعل.
