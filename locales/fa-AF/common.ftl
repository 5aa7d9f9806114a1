# Draft translation: not yet checked by a native speaker.
common-fallback-sticker = ستیکر مقبول! 🙂 من فقط نوشته را خوانده می‌توانم. لطفاً سوال خود را بنویسید یا یک دکمه را انتخاب کنید.
common-fallback-voice = من پیام صوتی را شنیده نمی‌توانم. لطفاً چند کلمه بنویسید، یا یک دکمه را انتخاب کنید. یک نفر در Kototori هم می‌تواند به شما کمک کند: { $opening_hours }.
common-fallback-photo = من ویدیو دیده نمی‌توانم. اگر برای یک مکتوب کمک ضرورت دارید، عکس یا فایل PDF آن را برایم بفرستید، یا آن را به Kototori بیاورید: { $opening_hours }.
common-fallback-location = تشکر. من به موقعیت شما ضرورت ندارم. لطفاً سوال خود را بنویسید یا یک دکمه را انتخاب کنید.
common-fallback-contact = تشکر. من به کارت تماس ضرورت ندارم. لطفاً سوال خود را بنویسید یا یک دکمه را انتخاب کنید.
common-fallback-other = من فقط نوشته را خوانده می‌توانم. لطفاً سوال خود را بنویسید یا یک دکمه را انتخاب کنید.
common-fallback-too-long = پیام شما بسیار دراز است. لطفاً سوال خود را در یک یا دو جمله کوتاه بنویسید.
common-fallback-edited = دیدم که شما یک پیام را اصلاح کردید. من فقط پیام‌های نو را می‌خوانم: لطفاً آن را دوباره بفرستید.
common-fallback-unknown-command = من این فرمان را نمی‌شناسم. از /menu، /language یا /privacy استفاده کنید.
common-fallback-stale-button = این دکمه کهنه است. مینو را دوباره اینجا می‌بینید.
common-fallback-group-note = سلام! من فقط در چت‌های شخصی کار می‌کنم. لطفاً مستقیم به خود من پیام بنویسید. حالا از این گروپ بیرون می‌روم.

# -- errors ----------------------------------------------------------------------------------------------
common-error-apology = معذرت می‌خواهم، از طرف من یک مشکل پیش آمد. لطفاً چند لحظه بعد دوباره کوشش کنید، یا از /menu استفاده کنید.

# -- commands --------------------------------------------------------------------------------------------
common-command-start = شروع کنید و زبان را انتخاب کنید
common-command-menu = مینوی اصلی
common-command-language = تبدیل کردن زبان
common-command-privacy = ربات در باره من چه چیزهایی را نگه می‌دارد
common-command-delete-my-data = پاک کردن معلومات من
common-command-help = این ربات چه کار کرده می‌تواند
common-command-hours = ساعات کاری: آیا کوتوتوری باز است؟
common-command-events = گروه‌ها و برنامه‌ها
common-command-subscribe = خبرهای Kototori

# -- menu ------------------------------------------------------------------------------------------------
common-menu-title = چه کار می‌خواهید بکنید؟ یک دکمه را انتخاب کنید.
common-menu-language = 🌐 زبان
common-menu-privacy = 🔒 معلومات من
common-menu-help = ❓ این ربات چه کار کرده می‌تواند؟
common-menu-back = ⬅️ برگشت به مینو
common-menu-help-text =
    <b>کارهایی که من کرده می‌توانم</b>
    • در باره Kototori و خدمات آن به شما معلومات می‌دهم.
    • به سوال‌های عام در باره Kela، جواز اقامت، خانه، صحت، کار و مکتب جواب می‌دهم.
    • شما را به کسی راهنمایی می‌کنم که می‌تواند به شما کمک کند.
    • برایتان می‌گویم Kototori چه وقت باز است و کدام گروه‌ها و برنامه‌ها در پیش است.
    • برایتان وقت ملاقات با مشاور می‌گیرم.
    • یک مکتوب رسمی را برایتان توضیح می‌دهم: عکس یا فایل PDF آن را برایم بفرستید.

    <b>کارهایی که من کرده نمی‌توانم</b>
    • من فیصله نمی‌کنم و اداره دولتی نیستم.
    • من دوسیه شما را در اداره‌ها دیده نمی‌توانم.

    فرمان‌ها: /menu، /hours، /events، /book، /mybookings، /subscribe، /language، /privacy
common-menu-topics = 📚 موضوع‌ها
common-menu-person = 🙋 گپ زدن با یک شخص
common-menu-hours = 🕘 ساعات کاری
common-menu-events = 📅 گروه‌ها و برنامه‌ها

# -- the advice point's facts (bot/profile/phrases.py): weekday forms for "open on ...", the assistants' rota --
common-profile-weekday = { $day ->
    [mon] دوشنبه
    [tue] سه‌شنبه
    [wed] چهارشنبه
    [thu] پنجشنبه
    [fri] جمعه
    [sat] شنبه
   *[sun] یکشنبه
}
common-profile-when = روزهای { $days }، ساعت { $hours }
common-profile-assistant = • { $language }: روزهای { $days }
common-profile-no-assistant = فعلاً کمک‌کننده زبان نیست
common-profile-map = نقشه
