# Draft translation: not yet checked by a native speaker.
commands-start = Bilow oo dooro luqadda
commands-menu = Liiska guud
commands-language = Beddel luqadda
commands-privacy = Waxa bot-ku iga kaydiyo
commands-delete-my-data = Tirtir xogtayda
commands-help = Waxa bot-kan qaban karo
commands-hours = Saacadaha: Kototori ma furan yahay?
commands-events = Kooxaha iyo barnaamijyada
commands-subscribe = Warka Kototori
