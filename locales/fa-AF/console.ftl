# Draft translation: not yet checked by a native speaker.
console-link = لینک ورود شما به کنسول کارمندان: <a href="{ $url }">کنسول را باز کنید</a>
    این لینک فقط یک بار و برای { $minutes } دقیقه کار می‌کند. آن را به کسی نفرستید: کنسول را به نام شما باز می‌کند.
console-not-configured = کنسول کارمندان هنوز آدرس ندارد. مسئول سیستم KOTOTORI_CONSOLE_URL را تنظیم می‌کند.
