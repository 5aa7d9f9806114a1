# Draft translation: not yet checked by a native speaker.
commands-start = ابدأ واختر اللغة
commands-menu = القائمة الرئيسية
commands-language = تغيير اللغة
commands-privacy = ماذا يحفظ البوت عني
commands-delete-my-data = احذف بياناتي
commands-help = ماذا يستطيع هذا البوت أن يفعل
commands-hours = مواعيد العمل: هل كوتوتوري مفتوح؟
commands-events = المجموعات والأنشطة
commands-subscribe = أخبار Kototori
