# Draft translation: not yet checked by a native speaker.
eventsadmin-title = 🛠 <b>الأنشطة</b>: اختر نشاطًا لتعديله أو إلغائه، أو أضف نشاطًا جديدًا.
eventsadmin-new = ➕ نشاط جديد
eventsadmin-item = { $cancelled ->
    [true] ❌ { $title }
   *[false] { $title }
}
eventsadmin-edit-texts = ✏️ الاسم والوصف
eventsadmin-edit-when = 🕘 التاريخ والوقت
eventsadmin-edit-place = 📍 المكان
eventsadmin-edit-details = 👥 الفنلندية والفئة
eventsadmin-skip-date = ❌ ألغِ تاريخًا واحدًا
eventsadmin-cancel-event = ❌ ألغِ النشاط
eventsadmin-back = ⬅️ الأنشطة
eventsadmin-yes = نعم، ألغِ
eventsadmin-no = لا
eventsadmin-abort = ✖️ توقف
eventsadmin-aborted = توقفنا. لم يُحفظ شيء.
eventsadmin-expired = انتهت هذه الخطوة. ابدأ من جديد بـ /events_admin.
eventsadmin-skip = ⏭ تخطَّ
eventsadmin-done = ✅ تم
eventsadmin-ask-title = اكتب الاسم باللغة: { $language }.
eventsadmin-ask-description = اكتب وصفًا قصيرًا باللغة: { $language }، أو اضغط تخطَّ.
eventsadmin-more-languages = هل تضيف الاسم بلغة أخرى؟ بدونه يرى الزوار النص الفنلندي أو الإنجليزي مع ملاحظة.
eventsadmin-need-finnish = الاسم بالفنلندية مطلوب أولًا.
eventsadmin-ask-repeat = كم مرة؟
eventsadmin-repeat-once = مرة واحدة
eventsadmin-repeat-weekly = كل أسبوع
eventsadmin-repeat-monthly = كل شهر
eventsadmin-ask-date = في أي تاريخ؟
eventsadmin-ask-weekdays = في أي أيام الأسبوع؟ اضغط عليها ثم تم.
eventsadmin-ask-nth = أي أسبوع من الشهر؟
eventsadmin-ask-weekday = أي يوم من الأسبوع؟
eventsadmin-ask-starts = يبدأ الساعة؟
eventsadmin-ask-ends = ينتهي الساعة؟
eventsadmin-ask-holidays = المركز الترفيهي مغلق في العطل الرسمية الفنلندية (مثل ليلة عيد الميلاد). هل يُقام النشاط فيها؟
eventsadmin-holidays-off = 🚫 لا يُقام في العطل الرسمية
eventsadmin-holidays-on = ✅ يُقام في العطل الرسمية أيضًا
eventsadmin-holidays = { $on ->
    [yes] ✅ يُقام في العطل الرسمية أيضًا
   *[no] 🚫 لا يُقام في العطل الرسمية
}
eventsadmin-ask-place = أين؟ اختر مكانًا أو اكتبه.
eventsadmin-ask-finnish = هل الفنلندية مطلوبة؟
eventsadmin-ask-audience = لمن هذا النشاط؟
eventsadmin-preview = <b>راجع النشاط</b> ثم احفظه.
eventsadmin-save = ✅ احفظ
eventsadmin-saved = ✅ تم الحفظ. يراه الزوار في /events.
eventsadmin-invalid = شيء ناقص أو غير صحيح. لم يُحفظ شيء. ابدأ من جديد بـ /events_admin.
eventsadmin-too-long = هذا طويل جدًا (على الأكثر { $max } حرفًا). اكتبه أقصر.
eventsadmin-subscribers = 🔔 طلبوا التذكير: { $count }
eventsadmin-confirm-cancel = هل تلغي «{ $title }» نهائيًا؟ سيتم إخبار { $count } من الذين طلبوا التذكير.
eventsadmin-confirm-skip = هل تلغي «{ $title }» يوم { $date }؟ سيتم إخبار { $count } من الذين طلبوا التذكير.
eventsadmin-cancelled = ❌ تم الإلغاء. سيصل إلى { $count } من الذين طلبوا التذكير رسالة خلال دقيقة.
eventsadmin-pick-skip = أي تاريخ يُلغى؟
