console-link = Your sign-in link to the staff console: <a href="{ $url }">open the console</a>
    It works once, for { $minutes } minutes. Do not forward it: it opens the console as you.
console-not-configured = The staff console has no address yet. The administrator sets KOTOTORI_CONSOLE_URL.
