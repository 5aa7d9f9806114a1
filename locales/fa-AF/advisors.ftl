# Draft translation: not yet checked by a native speaker.
# Staff texts: advisors read them in Finnish (handlers/cases/views.py STAFF_LOCALE); kept in every locale all the same.
advisors-topic-name = { $urgent ->
        [yes] 🚨 #{ $number }
       *[no] #{ $number }
    } · { $language } · { $topic }
advisors-language-fi = فنلندی
advisors-language-fi-selko = فنلندی ساده
advisors-language-ar = عربی
advisors-language-fa-af = دری
advisors-language-so = سومالیایی
advisors-language-en = انگلیسی
advisors-no-topic = موضوع شناخته نشد
advisors-summary =
    🆕 <b>قضیه #{ $number }</b>{ $urgent ->
        [yes] {" "}🚨 <b>عاجل</b>
       *[no] {""}
    }
    • زبان: { $language }
    • موضوع (حدس بات): { $topic }
    • بات قبلاً جواب داد: { $answered }
    • مدت انتظار: { $waited } · جای در صف: { $position }
    • مشاور: { $owner }
    این شخص موافقت کرد که مشاوران پیام‌های زیر را ببینند. بعد از ✋ گرفتن قضیه، در همین موضوع به او بنویسید. بات پیام‌ها را ترجمه نمی‌کند، اما 📚 و 💬 متن‌ها را به زبان او می‌فرستند.
advisors-not-answered = هنوز هیچ چیز
advisors-summary-recreated = ♻️ موضوع قبلی این قضیه پاک شد. قضیه اینجا ادامه دارد.
advisors-urgent-mention = 🚨 عاجل، برای مشاوران نوبتی: { $people }
advisors-urgent-nobody = 🚨 عاجل، و هیچ کس نوبتی نیست (/duty). لطفاً قضیه را بگیرید.
advisors-nobody-on-duty = هیچ کس نوبتی نیست (/duty)
advisors-button-take = ✋ گرفتن قضیه
advisors-button-release = ↩️ پس به صف
advisors-button-close = ✅ بستن
advisors-button-reopen = 🔄 باز کردن دوباره
advisors-button-delete = 🗑 پاک کردن
advisors-button-kb = 📚 جواب از بانک معلومات
advisors-button-phrases = 💬 جمله‌های آماده
advisors-note-taken = ✋ { $by } قضیه #{ $number } را گرفت. پیام‌های او در این موضوع به شخص می‌رود.
advisors-note-taken-over = ✋ { $by } قضیه #{ $number } را از { $previous } گرفت.
advisors-note-released = ↩️ { $by } قضیه #{ $number } را پس به صف فرستاد.
advisors-note-closed = ✅ { $by } قضیه #{ $number } را بست. از شخص ارزیابی خواسته می‌شود.
advisors-note-closed-blocked = ⛔ شخص بات را بلاک کرد. قضیه #{ $number } بسته شد.
advisors-note-reopened = 🔄 { $by } قضیه #{ $number } را دوباره باز کرد.
advisors-note-reopened-newcomer = 🔄 شخص در یک هفته دوباره نوشت: قضیه #{ $number } دوباره در صف است. مشاور قبلی: { $previous }.
advisors-note-urgent = 🚨 پیام شخص عاجل به نظر می‌رسد. قضیه #{ $number } حالا عاجل است. { $people }
advisors-note-kb-sent = 📚 به زبان { $language } به شخص فرستاده شد: { $title }
advisors-note-phrase-sent = 💬 به زبان { $language } به شخص فرستاده شد: { $phrase }
advisors-note-kb-choose = 📚 جواب را انتخاب کنید. شخص آن را به زبان { $language } می‌گیرد. یا جستجو کنید: /kb asumistuki
advisors-note-kb-none = 📚 موضوعی پیدا نشد. کلمه‌های دیگر را امتحان کنید، مثلاً /kb oleskelulupa
advisors-note-phrases = 💬 یک جمله انتخاب کنید. شخص آن را به زبان { $language } می‌گیرد:
advisors-note-not-in-topic = این دستور را در موضوع یک قضیه استفاده کنید.
advisors-note-refused = ⚠️ { $reason }
advisors-note-duty-on = 🟢 { $name } نوبتی است: قضیه‌های عاجل شما را یاد می‌کنند. /duty off نوبت را ختم می‌کند.
advisors-note-duty-off = ⚪ { $name } دیگر نوبتی نیست.
advisors-edited = ✏️ شخص یک پیام را تغییر داد:
advisors-ok = ✔️ انجام شد
advisors-refused-not-found = این دکمه مربوط به قضیه این موضوع نیست.
advisors-refused-closed = قضیه بسته است. اول آن را دوباره باز کنید (🔄).
advisors-refused-not-closed = قضیه بسته نیست.
advisors-refused-already-yours = این قضیه قبلاً پیش شما است.
advisors-refused-changed = کسی دیگر همزمان قضیه را تغییر داد. آخرین پیام را ببینید و دوباره کوشش کنید.
advisors-refused-not-active = هیچ کس قضیه را نگرفته است.
advisors-refused-not-owner = قضیه پیش مشاور دیگری است. اول آن را بگیرید (✋).
advisors-refused-take-first = پیام به شخص فرستاده نشد: اول قضیه را بگیرید (✋).
advisors-refused-coordinators-only = فقط هماهنگ‌کننده‌ها این کار را کرده می‌توانند.
advisors-refused-newcomer-has-open-case = شخص یک قضیه باز دیگر دارد.
advisors-refused-unknown-topic = این موضوع در بانک معلومات نیست.
advisors-refused-unknown-phrase = این جمله وجود ندارد.
advisors-refused-not-staff = فقط مشاوران این دکمه‌ها را استفاده کرده می‌توانند.
advisors-refused-busy = دوباره کوشش کنید.
advisors-cases-title = 📋 <b>قضیه‌های باز: { $count }</b>
advisors-cases-none = 📋 قضیه باز نیست.
advisors-cases-line = { $urgent ->
        [yes] 🚨
       *[no] •
    } { $number } { $language } · { $topic } · { $state ->
        [active] { $owner }
       *[waiting] در انتظار
    } · { $waited }
advisors-report =
    📊 <b>قضیه‌ها { $since } – { $until }</b>
    • قضیه‌ها: { $total } (عاجل: { $urgent })
    • زبان‌ها: { $languages }
    • موضوع‌ها: { $topics }
    • روزها: { $days }
    • میانه وقت تا اولین جواب: { $median }
    • اوسط ارزیابی: { $rating }
advisors-command-cases = قضیه‌های باز و وقت انتظار
advisors-command-kb = فرستادن جواب از بانک معلومات (در موضوع قضیه)
advisors-command-phrase = فرستادن جمله آماده (در موضوع قضیه)
advisors-command-duty = من نوبتی هستم / نیستم
advisors-command-report = آمار قضیه‌ها (هماهنگ‌کننده‌ها)
