# Draft translation: not yet checked by a native speaker.
hoursadmin-not-allowed = هذا متاح فقط لمنسقي كوتوتوري.
hoursadmin-menu-title = 🛠 <b>المنسق</b>: ماذا تريد أن تغيّر؟
hoursadmin-menu-hours = 🕘 مواعيد العمل
hoursadmin-menu-events = 📅 الأنشطة
hoursadmin-title = 🛠 <b>تغييرات مواعيد العمل</b> (العطل الرسمية تُضاف تلقائيًا)
hoursadmin-empty = لا توجد تغييرات في الأسابيع القادمة.
hoursadmin-add = ➕ أضف تغييرًا
hoursadmin-remove = 🗑 احذف { $day }
hoursadmin-pick-day = اختر التاريخ. 🕘 = يوم عمل عادي.
hoursadmin-earlier = ◀️ قبل
hoursadmin-later = بعد ▶️
hoursadmin-cancel = ✖️ إلغاء
hoursadmin-what = { $day }: الآن { $hours }. ما الذي يتغير؟
hoursadmin-closed = ⛔ مغلق طوال اليوم
hoursadmin-hours = 🕘 مفتوح في ساعات أخرى
hoursadmin-pick-opens = يفتح الساعة؟
hoursadmin-pick-closes = يغلق الساعة؟
hoursadmin-pick-reason = لماذا؟ اختر سببًا أو اكتبه.
hoursadmin-type-reason = ✏️ اكتب السبب
hoursadmin-write-reason = اكتب السبب في سطر قصير واحد (سيراه الزوار كما كتبته).
hoursadmin-saved = ✅ تم الحفظ. { $day }: { $hours }
hoursadmin-invalid = لم ينجح ذلك: التاريخ مضى أو الأوقات غير صحيحة. لم يتغير شيء.
hoursadmin-removed = ✅ تم حذف التغيير في { $day }.
