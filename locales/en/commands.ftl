commands-start = Start and choose a language
commands-menu = Main menu
commands-language = Change language
commands-privacy = What the bot stores about me
commands-delete-my-data = Delete my data
commands-help = What this bot can do
commands-subscribe = News from Kototori
