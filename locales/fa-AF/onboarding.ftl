# Draft translation: not yet checked by a native speaker.
onboarding-choose-language = 🌐 زبان خود را انتخاب کنید
onboarding-language-saved = زبان: { $language }. هر وقت بخواهید، می‌توانید آن را با /language تبدیل کنید.
onboarding-welcome =
    👋 سلام { $name }! من <b>ربات Kototori</b> هستم.

    من در باره زندگی در تامپره معلومات عمومی می‌دهم: Kela، جواز اقامت، خانه، صحت، کار و مکتب. من اداره دولتی نیستم و فیصله نمی‌کنم.

    هر وقت به یک نفر ضرورت داشتید، به <b>Kototori</b> بیایید: { $place }، <b>{ $opening_hours }</b>، مجانی، بدون وقت قبلی.

    🔒 من فقط چیزی را نگه می‌دارم که برای جواب دادن به شما ضرورت دارم. با /privacy می‌توانید ببینید که چه چیزهایی را نگه می‌دارم.
onboarding-welcome-back = دوباره خوش آمدید! چه کار می‌خواهید بکنید؟
