# Draft translation: not yet checked by a native speaker.
events-title = 📅 <b>المجموعات والأنشطة</b>
events-none = لا توجد مجموعات أو أنشطة في الأسابيع القادمة.
events-week = <b>الأيام السبعة القادمة</b>
events-choose = اختر نشاطًا لترى المزيد. يمكنك أن تحصل على تذكير قبل أن يبدأ.
events-line = { $day } { $time } · { $title }
events-when-once = 🗓 { $date }، { $time }
events-when-weekly = 🗓 كل أسبوع: { $weekdays }، { $time }
events-when-monthly = 🗓 { $weekday } { $nth ->
    [first] الأول
    [second] الثاني
    [third] الثالث
    [fourth] الرابع
   *[last] الأخير
} من كل شهر، { $time }
events-nth = { $nth ->
    [first] الأول
    [second] الثاني
    [third] الثالث
    [fourth] الرابع
   *[last] الأخير
}
events-next = المواعيد القادمة: { $dates }
events-holiday-gap = 🚫 لا يوجد لقاء يوم { $date } ({ $holiday })
events-place = 📍 { $place }
events-finnish = { $level ->
    [none] 🗣 لا تحتاج إلى اللغة الفنلندية
    [some] 🗣 قليل من الفنلندية يساعد
   *[fluent] 🗣 يجب أن تتكلم الفنلندية
}
events-audience = { $audience ->
    [men] 👥 للرجال
    [women] 👥 للنساء
    [families] 👥 للعائلات مع الأطفال
    [youth] 👥 للشباب
    [beginners] 👥 للمبتدئين في اللغة الفنلندية
    [persian] 👥 للناطقين بالفارسية والدرية
   *[everyone] 👥 للجميع
}
events-fallback-note = <i>هذا النشاط غير موصوف بلغتك بعد. هنا هو باللغة: { $language }.</i>
events-examples-note = <i>🧪 بعض هذه المجموعات أمثلة للعرض التجريبي، ومواعيدها غير مؤكدة. اسأل في Kototori قبل أن تأتي.</i>
events-example-note = <i>🧪 مثال للعرض التجريبي: المجموعة وموعدها غير مؤكدين. اسأل في Kototori قبل أن تأتي.</i>
events-cancelled = ❌ <b>ملغى</b>
events-subscribe = 🔔 ذكّرني
events-unsubscribe = 🔕 أوقف التذكير
events-subscribed = 🔔 حسنًا! سأذكّرك قبل { $hours } ساعات من البداية.
events-unsubscribed = 🔕 حسنًا، لن أرسل تذكيرًا لهذا النشاط بعد الآن.
events-calendar = 📥 أضف إلى تقويمي
events-calendar-caption = افتح هذا الملف لإضافة النشاط إلى تقويم هاتفك.
events-back = ⬅️ كل الأنشطة
events-show = 📅 اعرض النشاط
events-gone = هذا النشاط لم يعد متاحًا.
events-notice-reminder =
    🔔 <b>تذكير</b>: { $title }
    { $date }، { $time }
    📍 { $place }
events-notice-cancelled = ❌ تم إلغاء <b>{ $title }</b>. لن يقام بعد الآن. نأسف!
events-notice-skipped = ❌ تم إلغاء <b>{ $title }</b> يوم { $date }. المواعيد الأخرى كما هي.

# -- eventsadmin -----------------------------------------------------------------------------------------
events-admin-title = 🛠 <b>الأنشطة</b>: اختر نشاطًا لتعديله أو إلغائه، أو أضف نشاطًا جديدًا.
events-admin-new = ➕ نشاط جديد
events-admin-item = { $cancelled ->
    [true] ❌ { $title }
   *[false] { $title }
}
events-admin-edit-texts = ✏️ الاسم والوصف
events-admin-edit-when = 🕘 التاريخ والوقت
events-admin-edit-place = 📍 المكان
events-admin-edit-details = 👥 الفنلندية والفئة
events-admin-skip-date = ❌ ألغِ تاريخًا واحدًا
events-admin-cancel-event = ❌ ألغِ النشاط
events-admin-back = ⬅️ الأنشطة
events-admin-yes = نعم، ألغِ
events-admin-no = لا
events-admin-abort = ✖️ توقف
events-admin-aborted = توقفنا. لم يُحفظ شيء.
events-admin-expired = انتهت هذه الخطوة. ابدأ من جديد بـ /events_admin.
events-admin-skip = ⏭ تخطَّ
events-admin-done = ✅ تم
events-admin-ask-title = اكتب الاسم باللغة: { $language }.
events-admin-ask-description = اكتب وصفًا قصيرًا باللغة: { $language }، أو اضغط تخطَّ.
events-admin-more-languages = هل تضيف الاسم بلغة أخرى؟ بدونه يرى الزوار النص الفنلندي أو الإنجليزي مع ملاحظة.
events-admin-need-finnish = الاسم بالفنلندية مطلوب أولًا.
events-admin-ask-repeat = كم مرة؟
events-admin-repeat-once = مرة واحدة
events-admin-repeat-weekly = كل أسبوع
events-admin-repeat-monthly = كل شهر
events-admin-ask-date = في أي تاريخ؟
events-admin-ask-weekdays = في أي أيام الأسبوع؟ اضغط عليها ثم تم.
events-admin-ask-nth = أي أسبوع من الشهر؟
events-admin-ask-weekday = أي يوم من الأسبوع؟
events-admin-ask-starts = يبدأ الساعة؟
events-admin-ask-ends = ينتهي الساعة؟
events-admin-ask-holidays = المركز الترفيهي مغلق في العطل الرسمية الفنلندية (مثل ليلة عيد الميلاد). هل يُقام النشاط فيها؟
events-admin-holidays-off = 🚫 لا يُقام في العطل الرسمية
events-admin-holidays-on = ✅ يُقام في العطل الرسمية أيضًا
events-admin-holidays = { $on ->
    [yes] ✅ يُقام في العطل الرسمية أيضًا
   *[no] 🚫 لا يُقام في العطل الرسمية
}
events-admin-ask-place = أين؟ اختر مكانًا أو اكتبه.
events-admin-ask-finnish = هل الفنلندية مطلوبة؟
events-admin-ask-audience = لمن هذا النشاط؟
events-admin-preview = <b>راجع النشاط</b> ثم احفظه.
events-admin-save = ✅ احفظ
events-admin-saved = ✅ تم الحفظ. يراه الزوار في /events.
events-admin-invalid = شيء ناقص أو غير صحيح. لم يُحفظ شيء. ابدأ من جديد بـ /events_admin.
events-admin-too-long = هذا طويل جدًا (على الأكثر { $max } حرفًا). اكتبه أقصر.
events-admin-subscribers = 🔔 طلبوا التذكير: { $count }
events-admin-confirm-cancel = هل تلغي «{ $title }» نهائيًا؟ سيتم إخبار { $count } من الذين طلبوا التذكير.
events-admin-confirm-skip = هل تلغي «{ $title }» يوم { $date }؟ سيتم إخبار { $count } من الذين طلبوا التذكير.
events-admin-cancelled = ❌ تم الإلغاء. سيصل إلى { $count } من الذين طلبوا التذكير رسالة خلال دقيقة.
events-admin-pick-skip = أي تاريخ يُلغى؟
