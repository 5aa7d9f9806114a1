menu-title = What would you like to do? Choose a button.
menu-language = 🌐 Language
menu-privacy = 🔒 My data
menu-help = ❓ What can this bot do?
menu-back = ⬅️ Back to menu
menu-help-text =
    <b>What I can do</b>
    • Tell you about Kototori and its services.
    • Answer common questions about Kela, permits, housing, health, work and school.
    • Show you the way to a person who can help.
    • Tell you when Kototori is open, and which groups and events are coming.
    • Book a time with an advisor.

    <b>What I cannot do</b>
    • I do not make decisions and I am not an authority.
    • I cannot see your papers or your case.

    Commands: /menu, /hours, /events, /book, /mybookings, /subscribe, /language, /privacy
menu-topics = 📚 Topics
menu-person = 🙋 Talk to a person
menu-hours = 🕘 Opening hours
menu-events = 📅 Groups and events
