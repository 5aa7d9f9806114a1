# Draft translation: not yet checked by a native speaker.
subscribe-offer = 📢 هل تريد أخبارًا قصيرة من Kototori من وقت لآخر؟ مثلًا عن تغيير مواعيد العمل أو عن مجموعات جديدة. يمكنك التوقف في أي وقت.
subscribe-offer-yes = ✅ نعم، من فضلك
subscribe-offer-no = لا، شكرًا
subscribe-declined = حسنًا، لن تصلك أخبار. يمكنك تغيير ذلك في أي وقت باستخدام /subscribe.
subscribe-status =
    { $on ->
        [yes] 🔔 تصلك أخبار Kototori.
       *[no] 🔕 لا تصلك أخبار Kototori.
    }
    اختر المواضيع التي تهمك (يمكنك تخطي ذلك). الأخبار العامة تصل إلى كل من يتلقى الأخبار.
subscribe-interest-finnish = 🇫🇮 تعلم اللغة الفنلندية
subscribe-interest-work = 💼 العمل والدراسة
subscribe-interest-families = 👨‍👩‍👧 العائلات والأطفال
subscribe-interest-sports = ⚽ الرياضة
subscribe-interest-events = 🎉 الفعاليات والمجموعات
subscribe-on-button = 🔔 أريد الأخبار
subscribe-off-button = 🔕 أوقف كل الأخبار
subscribe-done-button = ✅ تم
subscribe-saved = ✅ تم الحفظ. يمكنك تغيير ذلك في أي وقت باستخدام /subscribe.
subscribe-stop-button = 🔕 أوقف الأخبار
subscribe-stopped = 🔕 لن تصلك أخبار بعد الآن. يمكنك تشغيلها مرة أخرى باستخدام /subscribe.
subscribe-again-button = 🔔 أريد الأخبار مرة أخرى
subscribe-started = 🔔 ستصلك أخبار Kototori مرة أخرى.
subscribe-offer-digest = 📅 ملخص أسبوعي فقط (كل يوم اثنين)
subscribe-digest-button = 📅 ملخص أسبوعي كل يوم اثنين
subscribe-digest-status = { $on ->
    [yes] 📅 يصلك كل صباح يوم اثنين ملخص للأسبوع: أيام الدوام والمجموعات.
   *[no] 📅 يمكنك أيضًا أن تحصل كل صباح يوم اثنين على ملخص للأسبوع: أيام الدوام والمجموعات.
}
subscribe-digest-stop-button = 📅 أوقف الملخص الأسبوعي
subscribe-digest-stopped = 📅 لن يصلك الملخص الأسبوعي بعد الآن. يمكنك تشغيله مرة أخرى باستخدام /subscribe.
subscribe-digest-again-button = 📅 أريد الملخص الأسبوعي مرة أخرى
subscribe-digest-started = 📅 سيصلك الملخص الأسبوعي مرة أخرى.
