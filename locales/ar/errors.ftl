# Draft translation: not yet checked by a native speaker.
errors-apology = عذرًا، حدث خطأ من جهتي. حاول مرة أخرى بعد قليل، أو استخدم /menu.
