commands-start = Aloita ja valitse kieli
commands-menu = Päävalikko
commands-language = Vaihda kieli
commands-privacy = Mitä botti tallentaa minusta
commands-delete-my-data = Poista tietoni
commands-help = Mitä botti osaa
commands-subscribe = Uutiset Kototorista
