news-offer = 📢 Would you like short news from Kototori now and then? For example changed opening hours or new groups. You can stop any time.
news-offer-yes = ✅ Yes, please
news-offer-no = No, thanks
news-declined = OK, no news. You can change this any time with /subscribe.
news-status =
    { $on ->
        [yes] 🔔 You get news from Kototori.
       *[no] 🔕 You do not get news from Kototori.
    }
    Choose the topics you like (you can skip this). General news comes to everyone who gets news.
news-interest-finnish = 🇫🇮 Learning Finnish
news-interest-work = 💼 Work and studies
news-interest-families = 👨‍👩‍👧 Families and children
news-interest-sports = ⚽ Sports
news-interest-events = 🎉 Events and groups
news-on-button = 🔔 Get news
news-off-button = 🔕 Stop all news
news-done-button = ✅ Done
news-saved = ✅ Saved. You can change this any time with /subscribe.
news-stop-button = 🔕 Stop news
news-stopped = 🔕 You will not get news any more. You can turn news on again with /subscribe.
news-again-button = 🔔 Get news again
news-started = 🔔 You get news from Kototori again.
news-offer-digest = 📅 Only a weekly overview (Mondays)
news-digest-button = 📅 Weekly overview on Mondays
news-digest-status = { $on ->
    [yes] 📅 Every Monday morning you get an overview of the week: opening days and groups.
   *[no] 📅 You can also get an overview of the week every Monday morning: opening days and groups.
}
news-digest-stop-button = 📅 Stop the weekly overview
news-digest-stopped = 📅 You will not get the weekly overview any more. You can turn it on again with /subscribe.
news-digest-again-button = 📅 Get the weekly overview again
news-digest-started = 📅 You get the weekly overview again.

# -- announce --------------------------------------------------------------------------------------------
news-announce-message =
    📢 <b>Kototori</b>

    { $body }
news-announce-message-fallback =
    📢 <b>Kototori</b>
    <i>This news is not in your language. Here it is in { $language }.</i>

    { $body }
news-announce-only-coordinators = This is only for Kototori coordinators.
news-announce-choose-languages = 📢 <b>New announcement</b>
    Which languages will you write it in? Tap to choose, then press Next.
news-announce-next = Next ➡️
news-announce-cancel = ✖️ Cancel
news-announce-cancelled = Announcement cancelled. Nothing was sent.
news-announce-need-language = Choose at least one language.
news-announce-languages-chosen = Languages: { $languages }
news-announce-ask-text = ✍️ Send the text in <b>{ $language }</b>. Write plain text: it is sent exactly as you write it.
news-announce-text-only = Please send the announcement as a text message.
news-announce-too-long = The text is too long ({ $length } characters). The limit is { $limit }. Please send a shorter text.
news-announce-choose-audience = 👥 Who should get it?
news-announce-audience-all = 📣 Everyone who gets news
news-announce-audience-language = 🌐 By language
news-announce-audience-interest = ⭐ By interest
news-announce-audience-event = 📅 Subscribers of an event
news-announce-audience-with-value = { $kind }: { $value }
news-announce-choose-value = Choose one.
news-announce-audience-chosen = 👥 Audience: { $audience }
news-announce-summary =
    👀 Above: the preview, one message per language.
    📊 <b>{ $total ->
        [one] One recipient
       *[other] { $total } recipients
    }</b> ({ $audience })
    { $lines }

    Every message has a button to stop news. Send it now or schedule it?
news-announce-summary-line = • { $language }: { $count }
news-announce-summary-line-fallback = • { $language }: { $count } (they get { $text_language } with a short note)
news-announce-summary-none = Nobody in this audience gets news yet. Choose another audience, or cancel.
news-announce-send-now = 📤 Send now
news-announce-schedule = 🕘 Schedule
news-announce-sending = 📤 Sending starts now. I will show the progress here.
news-announce-choose-day = 🕘 Which day?
news-announce-today = Today
news-announce-tomorrow = Tomorrow
news-announce-choose-hour = 🕘 At what time on { $day }? (Finnish time)
news-announce-time-past = That time has passed. Please choose another.
news-announce-scheduled = 🕘 Announcement #{ $id } will be sent on { $day } { $time } (Finnish time).
news-announce-cancel-scheduled = ✖️ Cancel this announcement
news-announce-stopped = Stopped. Nobody else will get it.
news-announce-stop-too-late = It has already finished.

# -- notices ---------------------------------------------------------------------------------------------
news-notice-closed =
    📢 <b>Kototori is closed</b> on { $day } ({ $reason }).
    Next open: { $next_day }, { $next_hours }.
news-notice-closed-no-next = 📢 <b>Kototori is closed</b> on { $day } ({ $reason }).
news-notice-hours =
    📢 <b>Other opening hours</b> on { $day }: { $hours } (usually { $usual }).
    Reason: { $reason }.
news-notice-extra = 📢 <b>Extra opening day</b>: Kototori is open on { $day }, { $hours } ({ $reason }).
news-notice-digest =
    📅 <b>Kototori this week</b> ({ $dates })

    🕘 <b>Opening hours</b>
    { $days }

    🎉 <b>Groups and events</b>
    { $events }
news-notice-digest-no-days = Kototori is not open any more this week.
news-notice-digest-no-events = No groups or events this week.

# -- outbox ----------------------------------------------------------------------------------------------
news-outbox-progress =
    📤 <b>{ $kind ->
        [announcement] Announcement
       *[other] Notices
    } #{ $id }</b>
    Sending… delivered { $sent } of { $total }.
news-outbox-progress-final =
    📤 <b>{ $kind ->
        [announcement] Announcement
       *[other] Notices
    } #{ $id }</b>
    Finished: delivered { $sent } of { $total }.
news-outbox-stop-button = ⏹ Stop sending
news-outbox-report =
    ✅ <b>{ $kind ->
        [announcement] Announcement
       *[other] Notices
    } #{ $id } is sent.</b>
    • Delivered: { $sent } of { $total }
    • Blocked the bot (now unsubscribed): { $blocked }
    • Failed: { $failed }
    • Unknown: { $unknown }
    Unknown means the sending stopped in the middle of these messages: they may have arrived, so they are not sent again.
news-outbox-report-stopped =
    ⛔ <b>{ $kind ->
        [announcement] Announcement
       *[other] Notices
    } #{ $id } was stopped.</b>
    The message in { $language } could not be sent ({ $reason }). Please check the text and send a new announcement.
    • Delivered: { $sent } of { $total }
    • Not sent: { $pending }
    • Blocked the bot: { $blocked }
    • Failed: { $failed }
    • Unknown: { $unknown }
news-outbox-report-cancelled =
    ✖️ <b>{ $kind ->
        [announcement] Announcement
       *[other] Notices
    } #{ $id } was cancelled.</b>
    • Delivered before that: { $sent } of { $total }
    • Not sent: { $pending }
    • Blocked the bot: { $blocked }
    • Failed: { $failed }
    • Unknown: { $unknown }
