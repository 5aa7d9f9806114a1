# Draft translation: not yet checked by a native speaker.
answers-more = ➕ بیشتر
answers-helpful = 👍
answers-not-helpful = 👎
answers-other-topic = ↪️ { $title }
answers-person = 🙋 گپ زدن با یک شخص
answers-topics = 📚 همه موضوع‌ها
answers-none-of-these = هیچ‌کدام از این‌ها
# Unsure between two or three topics: one question in their own words (the topics' `about` phrases), a button each.
answers-unsure =
    { $count ->
        [1] آیا سوال شما در باره { $first } است؟
        [2] سوال شما در باره { $first } است یا { $second }؟
       *[other] سوال شما در باره { $first }، { $second } یا { $third } است؟
    }
answers-something-else = چیز دیگر
# A message that raised two matters: the second one's button under the answer.
answers-also = 📌 همچنان: { $title }
answers-also-offer = شما در باره { $about } هم نوشتید.
answers-decline =
    معذرت می‌خواهم، من جواب این سوال را نمی‌دانم. من فقط در باره چند موضوع معلومات دارم، مثلاً Kela، جواز اقامت، خانه و صحت.
    یک موضوع را انتخاب کنید، یا با یک شخص گپ بزنید: Kototori { $opening_hours } باز است. گرفتن وقت ضرورت نیست.
answers-fallback-note = <i>این متن هنوز به زبان شما نیست. اینجا آن را به زبان { $language } می‌بینید.</i>
answers-draft-note = <i>ترجمه اولیه، هنوز بررسی نشده است.</i>
answers-switch-language = 🌐 به زبان { $language } می‌نویسید؟
answers-urgent =
    🚨 <b>اگر همین حالا خطر است، به 112 زنگ بزنید.</b>
    • کمک در وقت بحران از طریق تیلفون، شب و روز: خط بحران MIELI 09 2525 0111
    • خشونت یا تهدید از طرف همسر یا فامیل، برای همه، شب و روز و مجانی: Nollalinja 080 005 005
    • خط کمک صحی (تداوی عاجل): 116117
answers-thanks-feedback = از نظر شما تشکر!
answers-sorry-feedback = متأسفم که این کمک نکرد. شاید یکی از این‌ها، یا با یک شخص گپ بزنید.
answers-categories = یک بخش را انتخاب کنید.
answers-category-topics = یک موضوع را انتخاب کنید.
answers-category-about = 🏠 Kototori
answers-category-papers = 📄 مکتوب‌ها، فورم‌ها، بل‌ها
answers-category-permits = 🛂 جواز اقامت و تابعیت
answers-category-money = 💶 Kela و پول
answers-category-work-study = 🎓 کار و تحصیل
answers-category-family = 👨‍👩‍👧 اطفال و فامیل
answers-category-housing = 🏢 خانه
answers-category-health-safety = 🩺 صحت و امنیت
answers-category-rights = ⚖️ حقوق، بانک، مالیه، کتابخانه
answers-smalltalk-greeting = سلام! 👋 از من سوال بپرسید، یا یک دکمه را انتخاب کنید.
answers-smalltalk-thanks = قابل تشکر نیست! هر وقت خواستید، دوباره بپرسید.
answers-smalltalk-goodbye = خدا حافظ! Kototori { $opening_hours } باز است. خوش آمدید!
