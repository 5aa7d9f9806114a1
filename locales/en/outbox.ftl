outbox-progress =
    📤 <b>{ $kind ->
        [announcement] Announcement
       *[other] Notices
    } #{ $id }</b>
    Sending… delivered { $sent } of { $total }.
outbox-progress-final =
    📤 <b>{ $kind ->
        [announcement] Announcement
       *[other] Notices
    } #{ $id }</b>
    Finished: delivered { $sent } of { $total }.
outbox-stop-button = ⏹ Stop sending
outbox-report =
    ✅ <b>{ $kind ->
        [announcement] Announcement
       *[other] Notices
    } #{ $id } is sent.</b>
    • Delivered: { $sent } of { $total }
    • Blocked the bot (now unsubscribed): { $blocked }
    • Failed: { $failed }
    • Unknown: { $unknown }
    Unknown means the sending stopped in the middle of these messages: they may have arrived, so they are not sent again.
outbox-report-stopped =
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
outbox-report-cancelled =
    ✖️ <b>{ $kind ->
        [announcement] Announcement
       *[other] Notices
    } #{ $id } was cancelled.</b>
    • Delivered before that: { $sent } of { $total }
    • Not sent: { $pending }
    • Blocked the bot: { $blocked }
    • Failed: { $failed }
    • Unknown: { $unknown }
