# Draft translation: not yet checked by a native speaker.
escalation-consent =
    🙋 <b>صحبت با یک شخص</b>
    من می‌توانم سوال شما را به یک مشاور کوتوتوری بفرستم. مشاور یک انسان واقعی است.

    <b>مشاور این‌ها را می‌بیند:</b>
    • زبان شما و موضوع سوال شما
    • پیام‌ها، عکس‌ها و فایل‌هایی که از حالا تا ختم صحبت اینجا می‌فرستید

    مشاور نام شما، شماره تیلفون شما و چیزی را که قبلاً به من نوشته اید <b>نمی‌بیند</b>.
    آیا موافق هستید؟
escalation-consent-yes = ✅ بلی، به مشاور بفرست
escalation-consent-no = نخیر، تشکر
escalation-consent-declined = خوب. چیزی فرستاده نشد. می‌توانید چیز دیگری از من بپرسید.
escalation-describe =
    تشکر. سوال خود را در چند جمله بنویسید.
    می‌توانید عکس یک نامه یا سند را هم بفرستید.
    هر چیزی که حالا می‌فرستید، به مشاور می‌رود.
escalation-send-without = بدون نوشتن بفرست
escalation-cancel = ❌ لغو
escalation-cancelled = لغو شد. چیزی به مشاور فرستاده نشد.
escalation-open-now = ✅ مشاوران حالا سر کار هستند. یک مشاور همین‌جا به شما جواب می‌دهد.
escalation-open-later = 🕘 مشاوران حالا سر کار نیستند. سوال شما ذخیره شد. مشاوران دوباره می‌آیند: { $when }.
escalation-open-unknown = 🕘 مشاوران حالا سر کار نیستند. سوال شما ذخیره شد. یک مشاور هر چه زودتر جواب می‌دهد.
escalation-queue = نوبت شما در صف: { $position }.
escalation-assistant = در کوتوتوری یک دستیار زبان که { $language } صحبت می‌کند، در این روزها حاضر است: { $days }.
escalation-urgent-note = 🚨 اگر حالا در خطر هستید، به 112 زنگ بزنید.
escalation-already-open = شما حالا با یک مشاور صحبت می‌کنید. پیام خود را اینجا بنویسید. به مشاور می‌رود.
escalation-reopened = صحبت شما با مشاور دوباره باز شد. پیام خود را اینجا بنویسید. به مشاور می‌رود.
escalation-taken = 🙋 حالا یک مشاور به شما جواب می‌دهد. پیام‌های خود را اینجا بنویسید.
escalation-released = سوال شما دوباره در صف است. یک مشاور دیگر به شما جواب می‌دهد.
escalation-closed =
    مشاور صحبت را ختم کرد. تشکر!
    حالا من دوباره به سوال‌های شما جواب می‌دهم.
    اگر تا یک هفته باز هم کمک لازم داشتید، به پیام مشاور جواب بدهید.

    چطور بود؟ از 1 تا 5 ستاره انتخاب کنید.
escalation-rated = از ارزیابی شما تشکر!
escalation-edited = ✏️ مشاور یک پیام را تغییر داد:
escalation-kb-from-advisor = 📚 معلومات از طرف مشاور:
escalation-person-now = 🙋 همین حالا با یک شخص صحبت کنید
escalation-privacy-title = <b>صحبت‌های شما با مشاوران</b> ({ $days } روز بعد از ختم پاک می‌شوند):
escalation-privacy-case = • #{ $number }، { $date }: { $state ->
        [open] باز
       *[closed] ختم شده
    }
escalation-phrase-received = از پیام شما تشکر. به زودی جواب می‌دهم.
escalation-phrase-send-photo = لطفاً عکس نامه را بفرستید. مطمئن شوید که همه متن خوانده می‌شود.
escalation-phrase-wait = لطفاً کمی صبر کنید. من موضوع را بررسی می‌کنم.
escalation-phrase-answer-by-friday = ما تا روز جمعه به شما جواب می‌دهیم.
escalation-phrase-come-visit = { $assistant ->
        [yes] لطفاً روز { $day } ساعت 10 به کوتوتوری بیایید. آنجا یک دستیار زبان است که { $language } صحبت می‌کند.
       *[no] لطفاً روز { $day } ساعت 10 به کوتوتوری بیایید.
    } کوتوتوری در کافه مرکز تفریحی هروانتا است. وقت گرفتن لازم نیست.
escalation-phrase-bring-papers = لطفاً نامه و کارت اقامت یا کارت هویت خود را با خود بیاورید.
escalation-phrase-danger-112 = اگر حالا در خطر هستید، به 112 زنگ بزنید.
escalation-phrase-anything-else = آیا در کار دیگری می‌توانم کمک کنم؟
