announce-message =
    📢 <b>Kototori</b>

    { $body }
announce-message-fallback =
    📢 <b>Kototori</b>
    <i>This news is not in your language. Here it is in { $language }.</i>

    { $body }
announce-only-coordinators = This is only for Kototori coordinators.
announce-choose-languages = 📢 <b>New announcement</b>
    Which languages will you write it in? Tap to choose, then press Next.
announce-next = Next ➡️
announce-cancel = ✖️ Cancel
announce-cancelled = Announcement cancelled. Nothing was sent.
announce-need-language = Choose at least one language.
announce-languages-chosen = Languages: { $languages }
announce-ask-text = ✍️ Send the text in <b>{ $language }</b>. Write plain text: it is sent exactly as you write it.
announce-text-only = Please send the announcement as a text message.
announce-too-long = The text is too long ({ $length } characters). The limit is { $limit }. Please send a shorter text.
announce-choose-audience = 👥 Who should get it?
announce-audience-all = 📣 Everyone who gets news
announce-audience-language = 🌐 By language
announce-audience-interest = ⭐ By interest
announce-audience-event = 📅 Subscribers of an event
announce-audience-with-value = { $kind }: { $value }
announce-choose-value = Choose one.
announce-audience-chosen = 👥 Audience: { $audience }
announce-summary =
    👀 Above: the preview, one message per language.
    📊 <b>{ $total ->
        [one] One recipient
       *[other] { $total } recipients
    }</b> ({ $audience })
    { $lines }

    Every message has a button to stop news. Send it now or schedule it?
announce-summary-line = • { $language }: { $count }
announce-summary-line-fallback = • { $language }: { $count } (they get { $text_language } with a short note)
announce-summary-none = Nobody in this audience gets news yet. Choose another audience, or cancel.
announce-send-now = 📤 Send now
announce-schedule = 🕘 Schedule
announce-sending = 📤 Sending starts now. I will show the progress here.
announce-choose-day = 🕘 Which day?
announce-today = Today
announce-tomorrow = Tomorrow
announce-choose-hour = 🕘 At what time on { $day }? (Finnish time)
announce-time-past = That time has passed. Please choose another.
announce-scheduled = 🕘 Announcement #{ $id } will be sent on { $day } { $time } (Finnish time).
announce-cancel-scheduled = ✖️ Cancel this announcement
announce-stopped = Stopped. Nobody else will get it.
announce-stop-too-late = It has already finished.
