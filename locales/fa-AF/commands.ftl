# Draft translation: not yet checked by a native speaker.
commands-start = شروع کنید و زبان را انتخاب کنید
commands-menu = مینوی اصلی
commands-language = تبدیل کردن زبان
commands-privacy = ربات در باره من چه چیزهایی را نگه می‌دارد
commands-delete-my-data = پاک کردن معلومات من
commands-help = این ربات چه کار کرده می‌تواند
commands-hours = ساعات کاری: آیا کوتوتوری باز است؟
commands-events = گروه‌ها و برنامه‌ها
commands-subscribe = خبرهای Kototori
