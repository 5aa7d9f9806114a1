# Draft translation: not yet checked by a native speaker.
commands-start = Aloita ja valitse kieli
commands-menu = Valikko
commands-language = Vaihda kieli
commands-privacy = Mitä tietoja botti tallentaa
commands-delete-my-data = Poista minun tietoni
commands-help = Mitä botti osaa
commands-hours = Milloin Kototori on auki?
commands-events = Ryhmät ja tapahtumat
commands-subscribe = Uutiset Kototorista
