common-fallback-sticker = Nice sticker! 🙂 I can only read text. Please write your question or choose a button.
common-fallback-voice = I cannot listen to voice messages. Please write a few words, or choose a button. A person at Kototori can also help you: { $opening_hours }.
common-fallback-photo = I cannot watch videos. If you need help with a letter, send me a photo or a PDF of it, or bring it to Kototori: { $opening_hours }.
common-fallback-location = Thank you. I do not need your location. Please write your question or choose a button.
common-fallback-contact = Thank you. I do not need contact cards. Please write your question or choose a button.
common-fallback-other = I can only read text. Please write your question or choose a button.
common-fallback-too-long = Your message is very long. Please write your question in one or two short sentences.
common-fallback-edited = I saw that you changed a message. I only read new messages: please send it again.
common-fallback-unknown-command = I do not know that command. Try /menu, /language or /privacy.
common-fallback-stale-button = This button is old. Here is the menu again.
common-fallback-group-note = Hello! I work only in private chats. Please write to me directly. I will now leave this group.

# -- errors ----------------------------------------------------------------------------------------------
common-error-apology = Sorry, something went wrong on my side. Please try again in a moment, or use /menu.

# -- commands --------------------------------------------------------------------------------------------
common-command-start = Start and choose a language
common-command-menu = Main menu
common-command-language = Change language
common-command-privacy = What the bot stores about me
common-command-delete-my-data = Delete my data
common-command-help = What this bot can do
common-command-hours = Opening hours: is Kototori open?
common-command-events = Groups and events
common-command-subscribe = News from Kototori

# -- menu ------------------------------------------------------------------------------------------------
common-menu-title = What would you like to do? Choose a button.
common-menu-language = 🌐 Language
common-menu-privacy = 🔒 My data
common-menu-help = ❓ What can this bot do?
common-menu-back = ⬅️ Back to menu
common-menu-help-text =
    <b>What I can do</b>
    • Tell you about Kototori and its services.
    • Answer common questions about Kela, permits, housing, health, work and school.
    • Show you the way to a person who can help.
    • Tell you when Kototori is open, and which groups and events are coming.
    • Book a time with an advisor.
    • Explain an official letter: send me a photo or a PDF of it.

    <b>What I cannot do</b>
    • I do not make decisions and I am not an authority.
    • I cannot see your case at the authorities.

    Commands: /menu, /hours, /events, /book, /mybookings, /subscribe, /language, /privacy
common-menu-topics = 📚 Topics
common-menu-person = 🙋 Talk to a person
common-menu-hours = 🕘 Opening hours
common-menu-events = 📅 Groups and events

# -- the advice point's facts (bot/profile/phrases.py): weekday forms for "open on ...", the assistants' rota --
common-profile-weekday = { $day ->
    [mon] Mondays
    [tue] Tuesdays
    [wed] Wednesdays
    [thu] Thursdays
    [fri] Fridays
    [sat] Saturdays
   *[sun] Sundays
}
common-profile-when = { $days } { $hours }
common-profile-assistant = • { $language }: { $days }
common-profile-no-assistant = no language assistant at the moment
common-profile-map = map
