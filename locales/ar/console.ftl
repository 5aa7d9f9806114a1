# Draft translation: not yet checked by a native speaker.
console-link = رابط الدخول إلى لوحة الموظفين: <a href="{ $url }">افتح اللوحة</a>
    يعمل الرابط مرة واحدة فقط، لمدة { $minutes } دقائق. لا ترسله لأحد: فهو يفتح اللوحة باسمك.
console-not-configured = لوحة الموظفين ليس لها عنوان بعد. يضبط المسؤول الإعداد KOTOTORI_CONSOLE_URL.
