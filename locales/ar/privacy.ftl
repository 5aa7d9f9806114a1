# Draft translation: not yet checked by a native speaker.
privacy-summary =
    🔒 <b>ماذا أحفظ عنك</b>
    • رقم المستخدم الخاص بك في Telegram (ليس اسمك ولا رقم هاتفك)
    • لغتك: { $language }
    • متى استخدمت البوت أول مرة وآخر مرة: { $first_seen }، { $last_seen }
    • هل وافقت على أن يتواصل معك مستشار: { $consent_advisor ->
        [yes] نعم
       *[no] لا
    }
    • أخبار Kototori: { $announcements ->
        [yes] نعم؛ المواضيع: { $interests }
       *[no] لا
    }
    • الملخص الأسبوعي كل يوم اثنين: { $digest ->
        [yes] نعم
       *[no] لا
    }

    لا أحفظ أسئلتك مع رقم المستخدم الخاص بك. لا يرى أي مستشار رسائلك إلا إذا وافقت أولًا.
    يمكنك حذف كل شيء الآن.
privacy-nothing-stored = 🔒 لا أحفظ أي شيء عنك الآن.
privacy-delete-button = 🗑 احذف بياناتي
privacy-delete-confirm = هل تريد حذف كل بياناتك من البوت؟ لا يمكن التراجع عن ذلك.
privacy-delete-yes = نعم، احذف
privacy-delete-no = لا، احتفظ بها
privacy-deleted = ✅ تم حذف بياناتك. إذا كتبت لي مرة أخرى، سأسألك عن لغتك من جديد.
privacy-kept = حسنًا، لم يُحذف أي شيء.
