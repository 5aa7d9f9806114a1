# Draft translation: not yet checked by a native speaker.
news-offer = 📢 هل تريد أخبارًا قصيرة من Kototori من وقت لآخر؟ مثلًا عن تغيير مواعيد العمل أو عن مجموعات جديدة. يمكنك التوقف في أي وقت.
news-offer-yes = ✅ نعم، من فضلك
news-offer-no = لا، شكرًا
news-declined = حسنًا، لن تصلك أخبار. يمكنك تغيير ذلك في أي وقت باستخدام /subscribe.
news-status =
    { $on ->
        [yes] 🔔 تصلك أخبار Kototori.
       *[no] 🔕 لا تصلك أخبار Kototori.
    }
    اختر المواضيع التي تهمك (يمكنك تخطي ذلك). الأخبار العامة تصل إلى كل من يتلقى الأخبار.
news-interest-finnish = 🇫🇮 تعلم اللغة الفنلندية
news-interest-work = 💼 العمل والدراسة
news-interest-families = 👨‍👩‍👧 العائلات والأطفال
news-interest-sports = ⚽ الرياضة
news-interest-events = 🎉 الفعاليات والمجموعات
news-on-button = 🔔 أريد الأخبار
news-off-button = 🔕 أوقف كل الأخبار
news-done-button = ✅ تم
news-saved = ✅ تم الحفظ. يمكنك تغيير ذلك في أي وقت باستخدام /subscribe.
news-stop-button = 🔕 أوقف الأخبار
news-stopped = 🔕 لن تصلك أخبار بعد الآن. يمكنك تشغيلها مرة أخرى باستخدام /subscribe.
news-again-button = 🔔 أريد الأخبار مرة أخرى
news-started = 🔔 ستصلك أخبار Kototori مرة أخرى.
news-offer-digest = 📅 ملخص أسبوعي فقط (كل يوم اثنين)
news-digest-button = 📅 ملخص أسبوعي كل يوم اثنين
news-digest-status = { $on ->
    [yes] 📅 يصلك كل صباح يوم اثنين ملخص للأسبوع: أيام الدوام والمجموعات.
   *[no] 📅 يمكنك أيضًا أن تحصل كل صباح يوم اثنين على ملخص للأسبوع: أيام الدوام والمجموعات.
}
news-digest-stop-button = 📅 أوقف الملخص الأسبوعي
news-digest-stopped = 📅 لن يصلك الملخص الأسبوعي بعد الآن. يمكنك تشغيله مرة أخرى باستخدام /subscribe.
news-digest-again-button = 📅 أريد الملخص الأسبوعي مرة أخرى
news-digest-started = 📅 سيصلك الملخص الأسبوعي مرة أخرى.

# -- announce --------------------------------------------------------------------------------------------
news-announce-message =
    📢 <b>كوتوتوري</b>

    { $body }
news-announce-message-fallback =
    📢 <b>كوتوتوري</b>
    <i>هذا الخبر غير متوفر بلغتك. ها هو باللغة: { $language }.</i>

    { $body }
news-announce-only-coordinators = هذا لمنسقي Kototori فقط.
news-announce-choose-languages = 📢 <b>إعلان جديد</b>
    بأي لغات ستكتبه؟ اضغط لاختيار اللغات، ثم اضغط التالي.
news-announce-next = التالي ⬅️
news-announce-cancel = ✖️ إلغاء
news-announce-cancelled = تم إلغاء الإعلان. لم يُرسل شيء.
news-announce-need-language = اختر لغة واحدة على الأقل.
news-announce-languages-chosen = اللغات: { $languages }
news-announce-ask-text = ✍️ أرسل النص باللغة: <b>{ $language }</b>. اكتب نصًا عاديًا: سيُرسل كما تكتبه تمامًا.
news-announce-text-only = من فضلك أرسل الإعلان كرسالة نصية.
news-announce-too-long = النص طويل جدًا ({ $length } حرفًا). الحد الأقصى { $limit }. من فضلك أرسل نصًا أقصر.
news-announce-choose-audience = 👥 من يجب أن يصله الإعلان؟
news-announce-audience-all = 📣 كل من يتلقى الأخبار
news-announce-audience-language = 🌐 حسب اللغة
news-announce-audience-interest = ⭐ حسب الاهتمام
news-announce-audience-event = 📅 مشتركو فعالية
news-announce-audience-with-value = { $kind }: { $value }
news-announce-choose-value = اختر واحدًا.
news-announce-audience-chosen = 👥 المستلمون: { $audience }
news-announce-summary =
    👀 في الأعلى: معاينة، رسالة واحدة لكل لغة.
    📊 <b>عدد المستلمين: { $total }</b> ({ $audience })
    { $lines }

    في كل رسالة زر لإيقاف الأخبار. هل ترسله الآن أم تحدد له موعدًا؟
news-announce-summary-line = • { $language }: { $count }
news-announce-summary-line-fallback = • { $language }: { $count } (يصلهم النص باللغة { $text_language } مع ملاحظة قصيرة)
news-announce-summary-none = لا أحد في هذه المجموعة يتلقى الأخبار بعد. اختر مجموعة أخرى أو ألغِ.
news-announce-send-now = 📤 أرسل الآن
news-announce-schedule = 🕘 حدد موعدًا
news-announce-sending = 📤 يبدأ الإرسال الآن. سأعرض التقدم هنا.
news-announce-choose-day = 🕘 في أي يوم؟
news-announce-today = اليوم
news-announce-tomorrow = غدًا
news-announce-choose-hour = 🕘 في أي ساعة يوم { $day }؟ (بتوقيت فنلندا)
news-announce-time-past = هذا الوقت قد مضى. من فضلك اختر وقتًا آخر.
news-announce-scheduled = 🕘 سيُرسل الإعلان رقم { $id } في { $day } { $time } (بتوقيت فنلندا).
news-announce-cancel-scheduled = ✖️ ألغِ هذا الإعلان
news-announce-stopped = تم الإيقاف. لن يصل إلى أحد آخر.
news-announce-stop-too-late = لقد انتهى بالفعل.

# -- notices ---------------------------------------------------------------------------------------------
news-notice-closed =
    📢 <b>كوتوتوري مغلق</b> يوم { $day } ({ $reason }).
    يفتح مرة أخرى: { $next_day }، { $next_hours }.
news-notice-closed-no-next = 📢 <b>كوتوتوري مغلق</b> يوم { $day } ({ $reason }).
news-notice-hours =
    📢 <b>مواعيد عمل مختلفة</b> يوم { $day }: { $hours } (عادةً { $usual }).
    السبب: { $reason }.
news-notice-extra = 📢 <b>يوم عمل إضافي</b>: كوتوتوري مفتوح يوم { $day }، { $hours } ({ $reason }).
news-notice-digest =
    📅 <b>كوتوتوري هذا الأسبوع</b> ({ $dates })

    🕘 <b>مواعيد العمل</b>
    { $days }

    🎉 <b>المجموعات والأنشطة</b>
    { $events }
news-notice-digest-no-days = لن يفتح كوتوتوري مرة أخرى هذا الأسبوع.
news-notice-digest-no-events = لا توجد مجموعات أو أنشطة هذا الأسبوع.

# -- outbox ----------------------------------------------------------------------------------------------
news-outbox-progress =
    📤 <b>{ $kind ->
        [announcement] الإعلان
       *[other] التنبيهات
    } رقم { $id }</b>
    جارٍ الإرسال… وصل { $sent } من { $total }.
news-outbox-progress-final =
    📤 <b>{ $kind ->
        [announcement] الإعلان
       *[other] التنبيهات
    } رقم { $id }</b>
    انتهى: وصل { $sent } من { $total }.
news-outbox-stop-button = ⏹ أوقف الإرسال
news-outbox-report =
    ✅ <b>تم إرسال { $kind ->
        [announcement] الإعلان
       *[other] التنبيهات
    } رقم { $id }.</b>
    • وصل: { $sent } من { $total }
    • حظروا البوت (أُلغي اشتراكهم): { $blocked }
    • فشل: { $failed }
    • غير معروف: { $unknown }
    غير معروف يعني أن الإرسال توقف أثناء هذه الرسائل: ربما وصلت، لذلك لن تُرسل مرة أخرى.
news-outbox-report-stopped =
    ⛔ <b>تم إيقاف { $kind ->
        [announcement] الإعلان
       *[other] التنبيهات
    } رقم { $id }.</b>
    تعذر إرسال الرسالة باللغة { $language } ({ $reason }). من فضلك راجع النص وأرسل إعلانًا جديدًا.
    • وصل: { $sent } من { $total }
    • لم يُرسل: { $pending }
    • حظروا البوت: { $blocked }
    • فشل: { $failed }
    • غير معروف: { $unknown }
news-outbox-report-cancelled =
    ✖️ <b>تم إلغاء { $kind ->
        [announcement] الإعلان
       *[other] التنبيهات
    } رقم { $id }.</b>
    • وصل قبل ذلك: { $sent } من { $total }
    • لم يُرسل: { $pending }
    • حظروا البوت: { $blocked }
    • فشل: { $failed }
    • غير معروف: { $unknown }
