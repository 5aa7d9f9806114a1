# Draft translation: not yet checked by a native speaker.
cases-consent =
    🙋 <b>گپ زدن با یک شخص</b>
    من می‌توانم سوال شما را به یک مشاور کوتوتوری بفرستم. مشاور یک انسان واقعی است.

    <b>مشاور این‌ها را می‌بیند:</b>
    • زبان شما و موضوع سوال شما
    • پیام‌ها، عکس‌ها و فایل‌هایی که از حالا تا ختم صحبت اینجا می‌فرستید

    مشاور نام شما، شماره تیلفون شما و چیزی را که قبلاً به من نوشته اید <b>نمی‌بیند</b>.
    آیا موافق هستید؟
cases-consent-yes = ✅ بلی، به مشاور بفرست
cases-consent-no = نخیر، تشکر
cases-consent-declined = خوب. چیزی فرستاده نشد. می‌توانید چیز دیگری از من بپرسید.
cases-describe =
    تشکر. سوال خود را در چند جمله بنویسید.
    می‌توانید عکس یک مکتوب یا سند را هم بفرستید.
    هر چیزی که حالا می‌فرستید، به مشاور می‌رود.
cases-send-without = بدون نوشتن بفرست
cases-cancel = ❌ لغو
cases-cancelled = لغو شد. چیزی به مشاور فرستاده نشد.
cases-open-now = ✅ مشاوران حالا سر کار هستند. یک مشاور همین‌جا به شما جواب می‌دهد.
cases-open-later = 🕘 مشاوران حالا سر کار نیستند. سوال شما ذخیره شد. مشاوران دوباره می‌آیند: { $when }.
cases-open-unknown = 🕘 مشاوران حالا سر کار نیستند. سوال شما ذخیره شد. یک مشاور هر چه زودتر جواب می‌دهد.
cases-queue = نوبت شما در صف: { $position }.
cases-assistant = در کوتوتوری یک دستیار زبان که { $language } صحبت می‌کند، در این روزها حاضر است: { $days }.
cases-urgent-note = 🚨 اگر حالا در خطر هستید، به 112 زنگ بزنید.
cases-unreachable =
    ⚠️ به خاطر یک مشکل تخنیکی، فعلاً نمی‌توانم پیام شما را به مشاوران برسانم. پیام شما ذخیره شده است و مشاوران آن را وقتی ارتباط دوباره کار کند می‌بینند.
    شما می‌توانید به Kototori هم بیایید: { $place }، { $address }. Kototori { $opening_hours } باز است. گرفتن وقت ضرورت نیست.
    اگر همین حالا در خطر هستید، به 112 زنگ بزنید.
cases-already-open = شما حالا با یک مشاور صحبت می‌کنید. پیام خود را اینجا بنویسید. به مشاور می‌رود.
cases-reopened = صحبت شما با مشاور دوباره باز شد. پیام خود را اینجا بنویسید. به مشاور می‌رود.
cases-taken = 🙋 حالا یک مشاور به شما جواب می‌دهد. پیام‌های خود را اینجا بنویسید.
cases-released = سوال شما دوباره در صف است. یک مشاور دیگر به شما جواب می‌دهد.
cases-closed =
    مشاور صحبت را ختم کرد. تشکر!
    حالا من دوباره به سوال‌های شما جواب می‌دهم.
    اگر تا یک هفته باز هم کمک لازم داشتید، به پیام مشاور جواب بدهید.

    چطور بود؟ از 1 تا 5 ستاره انتخاب کنید.
cases-rated = از ارزیابی شما تشکر!
cases-edited = ✏️ مشاور یک پیام را تغییر داد:
cases-kb-from-advisor = 📚 معلومات از طرف مشاور:
cases-person-now = 🙋 همین حالا با یک شخص صحبت کنید
cases-privacy-title = <b>صحبت‌های شما با مشاوران</b> ({ $days } روز بعد از ختم پاک می‌شوند):
cases-privacy-case = • #{ $number }، { $date }: { $state ->
        [open] باز
       *[closed] ختم شده
    }
cases-phrase-received = از پیام شما تشکر. به زودی جواب می‌دهم.
cases-phrase-send-photo = لطفاً عکس مکتوب را بفرستید. مطمئن شوید که همه متن خوانده می‌شود.
cases-phrase-wait = لطفاً کمی صبر کنید. من موضوع را بررسی می‌کنم.
cases-phrase-answer-by-friday = ما تا روز جمعه به شما جواب می‌دهیم.
cases-phrase-come-visit = { $assistant ->
        [yes] لطفاً روز { $day } ساعت 10 به کوتوتوری بیایید. آنجا یک دستیار زبان است که { $language } صحبت می‌کند.
       *[no] لطفاً روز { $day } ساعت 10 به کوتوتوری بیایید.
    } آدرس کوتوتوری: { $place }، { $address }. وقت گرفتن لازم نیست.
cases-phrase-bring-papers = لطفاً مکتوب و کارت اقامت یا کارت هویت خود را با خود بیاورید.
cases-phrase-danger-112 = اگر حالا در خطر هستید، به 112 زنگ بزنید.
cases-phrase-anything-else = آیا در کار دیگری می‌توانم کمک کنم؟

# -- advisors --------------------------------------------------------------------------------------------
# Staff texts: advisors read them in Finnish (handlers/cases/views.py STAFF_LOCALE); kept in every locale all the same.
cases-desk-topic-name = { $urgent ->
        [yes] 🚨 #{ $number }
       *[no] #{ $number }
    } · { $language } · { $topic }
cases-desk-language-fi = فنلندی
cases-desk-language-fi-selko = فنلندی ساده
cases-desk-language-ar = عربی
cases-desk-language-fa-af = دری
cases-desk-language-so = سومالیایی
cases-desk-language-en = انگلیسی
cases-desk-no-topic = موضوع شناخته نشد
cases-desk-summary =
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
cases-desk-not-answered = هنوز هیچ چیز
cases-desk-summary-recreated = ♻️ موضوع قبلی این قضیه پاک شد. قضیه اینجا ادامه دارد.
cases-desk-urgent-mention = 🚨 عاجل، برای مشاوران نوبتی: { $people }
cases-desk-urgent-nobody = 🚨 عاجل، و هیچ کس نوبتی نیست (/duty). لطفاً قضیه را بگیرید.
cases-desk-nobody-on-duty = هیچ کس نوبتی نیست (/duty)
cases-desk-button-take = ✋ گرفتن قضیه
cases-desk-button-release = ↩️ پس به صف
cases-desk-button-close = ✅ بستن
cases-desk-button-reopen = 🔄 باز کردن دوباره
cases-desk-button-delete = 🗑 پاک کردن
cases-desk-button-kb = 📚 جواب از بانک معلومات
cases-desk-button-phrases = 💬 جمله‌های آماده
cases-desk-note-taken = ✋ { $by } قضیه #{ $number } را گرفت. پیام‌های او در این موضوع به شخص می‌رود.
cases-desk-note-taken-over = ✋ { $by } قضیه #{ $number } را از { $previous } گرفت.
cases-desk-note-released = ↩️ { $by } قضیه #{ $number } را پس به صف فرستاد.
cases-desk-note-closed = ✅ { $by } قضیه #{ $number } را بست. از شخص ارزیابی خواسته می‌شود.
cases-desk-note-closed-blocked = ⛔ شخص بات را بلاک کرد. قضیه #{ $number } بسته شد.
cases-desk-note-reopened = 🔄 { $by } قضیه #{ $number } را دوباره باز کرد.
cases-desk-note-reopened-newcomer = 🔄 شخص در یک هفته دوباره نوشت: قضیه #{ $number } دوباره در صف است. مشاور قبلی: { $previous }.
cases-desk-note-urgent = 🚨 پیام شخص عاجل به نظر می‌رسد. قضیه #{ $number } حالا عاجل است. { $people }
cases-desk-note-kb-sent = 📚 به زبان { $language } به شخص فرستاده شد: { $title }
cases-desk-note-phrase-sent = 💬 به زبان { $language } به شخص فرستاده شد: { $phrase }
cases-desk-note-kb-choose = 📚 جواب را انتخاب کنید. شخص آن را به زبان { $language } می‌گیرد. یا جستجو کنید: /kb asumistuki
cases-desk-note-kb-none = 📚 موضوعی پیدا نشد. کلمه‌های دیگر را امتحان کنید، مثلاً /kb oleskelulupa
cases-desk-note-phrases = 💬 یک جمله انتخاب کنید. شخص آن را به زبان { $language } می‌گیرد:
cases-desk-note-not-in-topic = این دستور را در موضوع یک قضیه استفاده کنید.
cases-desk-note-refused = ⚠️ { $reason }
cases-desk-note-duty-on = 🟢 { $name } نوبتی است: قضیه‌های عاجل شما را یاد می‌کنند. /duty off نوبت را ختم می‌کند.
cases-desk-note-duty-off = ⚪ { $name } دیگر نوبتی نیست.
cases-desk-edited = ✏️ شخص یک پیام را تغییر داد:
cases-desk-ok = ✔️ انجام شد
cases-desk-refused-not-found = این دکمه مربوط به قضیه این موضوع نیست.
cases-desk-refused-closed = قضیه بسته است. اول آن را دوباره باز کنید (🔄).
cases-desk-refused-not-closed = قضیه بسته نیست.
cases-desk-refused-already-yours = این قضیه قبلاً پیش شما است.
cases-desk-refused-changed = کسی دیگر همزمان قضیه را تغییر داد. آخرین پیام را ببینید و دوباره کوشش کنید.
cases-desk-refused-not-active = هیچ کس قضیه را نگرفته است.
cases-desk-refused-not-owner = قضیه پیش مشاور دیگری است. اول آن را بگیرید (✋).
cases-desk-refused-take-first = پیام به شخص فرستاده نشد: اول قضیه را بگیرید (✋).
cases-desk-refused-coordinators-only = فقط هماهنگ‌کننده‌ها این کار را کرده می‌توانند.
cases-desk-refused-newcomer-has-open-case = شخص یک قضیه باز دیگر دارد.
cases-desk-refused-unknown-topic = این موضوع در بانک معلومات نیست.
cases-desk-refused-unknown-phrase = این جمله وجود ندارد.
cases-desk-refused-not-staff = فقط مشاوران این دکمه‌ها را استفاده کرده می‌توانند.
cases-desk-refused-busy = دوباره کوشش کنید.
cases-desk-cases-title = 📋 <b>قضیه‌های باز: { $count }</b>
cases-desk-cases-none = 📋 قضیه باز نیست.
cases-desk-cases-line = { $urgent ->
        [yes] 🚨
       *[no] •
    } { $number } { $language } · { $topic } · { $state ->
        [active] { $owner }
       *[waiting] در انتظار
    } · { $waited }
cases-desk-report =
    📊 <b>قضیه‌ها { $since } – { $until }</b>
    • قضیه‌ها: { $total } (عاجل: { $urgent })
    • زبان‌ها: { $languages }
    • موضوع‌ها: { $topics }
    • روزها: { $days }
    • میانه وقت تا اولین جواب: { $median }
    • اوسط ارزیابی: { $rating }
cases-desk-command-cases = قضیه‌های باز و وقت انتظار
cases-desk-command-kb = فرستادن جواب از بانک معلومات (در موضوع قضیه)
cases-desk-command-phrase = فرستادن جمله آماده (در موضوع قضیه)
cases-desk-command-duty = من نوبتی هستم / نیستم
cases-desk-command-report = آمار قضیه‌ها (هماهنگ‌کننده‌ها)
cases-desk-unreachable = ⚠️ The bot cannot reach the advisors' group ({ $chat }): { $reason ->
        [migrated] the group became a supergroup with the new id { $new_chat }. Set KOTOTORI_ADVISORS_CHAT_ID={ $new_chat } and restart the bot.
        [rights] the bot may not create or reopen topics there. Make the bot an admin with the right to manage topics, and keep topics on.
       *[removed] the bot was removed from the group. Add it back as an admin with the right to manage topics.
    } Newcomers' messages wait in the queue, and newcomers are told that advisors cannot be reached now.
