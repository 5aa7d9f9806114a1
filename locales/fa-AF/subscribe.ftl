# Draft translation: not yet checked by a native speaker.
subscribe-offer = 📢 آیا می‌خواهید گاه‌گاهی خبرهای کوتاه از Kototori بگیرید؟ مثلاً در باره تغییر ساعت‌های کاری یا گروه‌های تازه. هر وقت بخواهید می‌توانید آن را بس کنید.
subscribe-offer-yes = ✅ بلی، لطفاً
subscribe-offer-no = نخیر، تشکر
subscribe-declined = خوب، خبری برای شما فرستاده نمی‌شود. هر وقت بخواهید با /subscribe می‌توانید آن را تغییر دهید.
subscribe-status =
    { $on ->
        [yes] 🔔 شما خبرهای Kototori را می‌گیرید.
       *[no] 🔕 شما خبرهای Kototori را نمی‌گیرید.
    }
    موضوع‌هایی را که برای شما جالب است انتخاب کنید (می‌توانید این را رد کنید). خبرهای عمومی برای همه کسانی که خبر می‌گیرند فرستاده می‌شود.
subscribe-interest-finnish = 🇫🇮 آموختن زبان فنلندی
subscribe-interest-work = 💼 کار و تحصیل
subscribe-interest-families = 👨‍👩‍👧 خانواده‌ها و کودکان
subscribe-interest-sports = ⚽ ورزش
subscribe-interest-events = 🎉 برنامه‌ها و گروه‌ها
subscribe-on-button = 🔔 خبر می‌خواهم
subscribe-off-button = 🔕 همه خبرها را بس کن
subscribe-done-button = ✅ تمام
subscribe-saved = ✅ ذخیره شد. هر وقت بخواهید با /subscribe می‌توانید آن را تغییر دهید.
subscribe-stop-button = 🔕 بس کردن خبرها
subscribe-stopped = 🔕 دیگر برای شما خبر فرستاده نمی‌شود. با /subscribe می‌توانید دوباره خبرها را روشن کنید.
subscribe-again-button = 🔔 دوباره خبر می‌خواهم
subscribe-started = 🔔 شما دوباره خبرهای Kototori را می‌گیرید.
subscribe-offer-digest = 📅 فقط خلاصه هفته‌وار (روزهای دوشنبه)
subscribe-digest-button = 📅 خلاصه هفته‌وار در روزهای دوشنبه
subscribe-digest-status = { $on ->
    [yes] 📅 هر دوشنبه صبح یک خلاصه از هفته می‌گیرید: روزهای باز بودن و گروه‌ها.
   *[no] 📅 می‌توانید هر دوشنبه صبح یک خلاصه از هفته هم بگیرید: روزهای باز بودن و گروه‌ها.
}
subscribe-digest-stop-button = 📅 بس کردن خلاصه هفته‌وار
subscribe-digest-stopped = 📅 دیگر خلاصه هفته‌وار برای شما فرستاده نمی‌شود. با /subscribe می‌توانید دوباره آن را روشن کنید.
subscribe-digest-again-button = 📅 دوباره خلاصه هفته‌وار می‌خواهم
subscribe-digest-started = 📅 شما دوباره خلاصه هفته‌وار را می‌گیرید.
