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
