# Draft translation: not yet checked by a native speaker.
## من أرسل الرسالة وما نوعها
letters-sender-name = { $sender ->
    [kela] Kela (مؤسسة التأمينات الاجتماعية)
    [migri] Migri (دائرة الهجرة الفنلندية)
    [dvv] DVV (سجل السكان)
    [vero] Vero (مصلحة الضرائب)
    [employment] مكتب العمل (TE)
    [health] الخدمات الصحية
    [school] المدرسة أو الروضة
    [landlord] المؤجِّر (صاحب البيت)
    [debt-collection] شركة تحصيل ديون
    [bank] بنك
    [police-court] الشرطة أو المحكمة
   *[other] جهة أخرى
}
letters-kind-name = { $kind ->
    [request-for-information] طلب معلومات إضافية
    [decision] قرار
    [invoice] فاتورة
    [payment-reminder] تذكير بالدفع
    [debt-collection] رسالة تحصيل دين
    [appointment] موعد أو دعوة
   *[other] نوع آخر من الرسائل
}

## الشرح
letters-summary =
    📄 <b>رسالتك</b>
    المُرسِل: <b>{ letters-sender-name }</b>
    نوع الرسالة: <b>{ letters-kind-name }</b>
letters-deadline = ⏰ آخر موعد: <b>{ $date }</b> ({ $when ->
    [today] اليوم
    [tomorrow] غدًا
    [past] { $days ->
        [one] قبل يوم واحد
        [two] قبل يومين
        [few] قبل { $days } أيام
       *[other] قبل { $days } يومًا
    }
   *[future] { $days ->
        [one] بعد يوم واحد
        [two] بعد يومين
        [few] بعد { $days } أيام
       *[other] بعد { $days } يومًا
    }
})
letters-deadline-unsure = ❓ لم أستطع قراءة التاريخ بشكل أكيد. ابحث في الرسالة عن كلمة «viimeistään» (في موعد أقصاه) أو «eräpäivä» (تاريخ الاستحقاق).
letters-deadline-maybe = ❓ قد يكون التاريخ { $date }، لكني لم أستطع قراءته بشكل أكيد. تأكّد منه في الرسالة: ابحث عن كلمة «viimeistään» أو «eräpäivä».
letters-amount = 💶 المبلغ: <b>{ $amount }</b>
letters-amount-maybe = ❓ قد يكون المبلغ { $amount }، لكني لم أستطع قراءته بشكل أكيد. تأكّد منه في الرسالة: ابحث عن «yhteensä» (المجموع) أو «maksettava» (المبلغ المطلوب).
letters-advice = 👉 { $kind ->
    [request-for-information] يطلبون منك معلومات أو أوراقًا إضافية. أرسلها قبل آخر موعد، وإلا قد يُتَّخذ القرار بدونها.
    [decision] صدر قرار في موضوعك. اقرأ ما هو القرار. إذا لم توافق عليه، يمكنك الاعتراض: الرسالة تشرح كيف وحتى متى.
    [invoice] ادفع الفاتورة قبل تاريخ الاستحقاق. استخدم الرقم المرجعي (viitenumero) عند الدفع. إذا لا تستطيع الدفع، اطلب خطة دفع قبل تاريخ الاستحقاق.
    [payment-reminder] لم تُدفع فاتورة في وقتها. ادفعها الآن حتى لا تذهب إلى تحصيل الديون. إذا لا تستطيع الدفع، اطلب خطة دفع.
    [debt-collection] لا تتجاهل هذه الرسالة. تأكّد أن الدين صحيح. يمكنك أن تطلب خطة دفع من الشركة، ويمكن لاستشارة الديون المجانية أن تساعدك.
    [appointment] لديك موعد. اذهب في ذلك الوقت، أو أخبرهم مسبقًا إذا لا تستطيع الحضور.
   *[other] يمكن لمستشار في كوتوتوري أن يساعدك في قراءة هذه الرسالة.
}
letters-machine-note = <i>قرأ الحاسوب هذه الرسالة، لذلك قد يخطئ. لم يُحفظ أي شيء من رسالتك.</i>
letters-topic-button = 📚 { $title }
letters-remind-button = ⏰ ذكّرني قبل آخر موعد
letters-book-button = 🗓 احجز موعدًا
letters-person-button = 🙋 تحدّث مع شخص

## عندما لا أستطيع قراءة الرسالة
letters-unreadable = 📷 لم أستطع قراءة هذا جيدًا. { $problem ->
    [dark] الصورة مظلمة جدًا.
    [blurred] الصورة غير واضحة.
    [cut] جزء من الرسالة ليس في الصورة.
   *[no-text] لم أجد نص رسالة.
}

    <b>نصائح لصورة أفضل:</b>
    • ضع الرسالة مستوية على طاولة في مكان مضيء. لا تستخدم الفلاش.
    • امسك الهاتف فوق الرسالة مباشرة ولا تحرّكه.
    • يجب أن تظهر الصفحة كلها في الصورة، مع الزوايا الأربع.
    • صوّر كل صفحة في صورة وحدها وأرسل الصور معًا.
    • إذا كانت الرسالة عندك ملف PDF، أرسل الملف.
letters-cut-note = ✂️ قد يكون جزء من الرسالة خارج الصورة. أعرض ما استطعت قراءته، لكن تأكّد من التواريخ والمبالغ بنفسك.
letters-too-big = 📄 هذا الملف كبير جدًا. أستطيع قراءة ملفات حتى 20 ميغابايت. أرسل صورة لكل صفحة بدلًا منه.
letters-too-many-pixels = 📄 هذه الصورة كبيرة جدًا بالنسبة لي (فيها نقاط كثيرة جدًا). أرسل صورة عادية لكل صفحة بدلًا منها.
letters-wrong-file = 📄 أستطيع قراءة صور الرسائل (JPG، PNG) وملفات PDF. لا أستطيع قراءة هذا النوع من الملفات.
letters-person-note = إذا وافقت، سأرسل صور هذه الرسالة أو ملفها إلى المستشار أيضًا.

## التذكيرات
letters-remind-set = ✅ { $first ->
    [yes] سأذكّرك يوم { $soon } وصباح يوم { $date }.
   *[no] سأذكّرك صباح يوم { $date }.
}
letters-remind-cancel-button = ❌ ألغِ التذكير
letters-remind-cancelled = تم إلغاء التذكير.
letters-remind-gone = هذا التذكير لم يعد فعّالًا.
letters-remind-late = آخر موعد قريب جدًا أو قد مضى. لا أستطيع وضع تذكير.
letters-reminder-soon =
    ⏰ <b>تذكير</b>
    آخر موعد لرسالتك من { letters-sender-name } ({ letters-kind-name }) بعد 3 أيام: <b>{ $date }</b>.
letters-reminder-today =
    ⏰ <b>تذكير</b>
    اليوم هو آخر موعد لرسالتك من { letters-sender-name } ({ letters-kind-name }): <b>{ $date }</b>.
letters-privacy-reminders = ⏰ <b>تذكيرات الرسائل</b> (التاريخ والمُرسِل ونوع الرسالة فقط، وليس الرسالة نفسها):
letters-privacy-item = • { $date }: { letters-sender-name }، { letters-kind-name }
