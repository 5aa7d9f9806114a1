# Draft translation: not yet checked by a native speaker.
console-link = Linkigaaga aad ku gasho konsoolka shaqaalaha: <a href="{ $url }">fur konsoolka</a>
    Wuxuu shaqeeyaa hal mar oo keliya, { $minutes } daqiiqo. Ha u gudbin cid kale: wuxuu konsoolka u furaa adiga oo kale.
console-not-configured = Konsoolka shaqaaluhu weli ciwaan ma laha. Maamulaha ayaa dejinaya KOTOTORI_CONSOLE_URL.
