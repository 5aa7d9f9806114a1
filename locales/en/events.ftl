events-title = 📅 <b>Groups and events</b>
events-none = There are no groups or events in the next weeks.
events-week = <b>The next 7 days</b>
events-choose = Choose one to see more. You can get a reminder before it starts.
events-line = { $day } { $time } · { $title }
events-when-once = 🗓 { $date }, { $time }
events-when-weekly = 🗓 Every { $weekdays }, { $time }
events-when-monthly = 🗓 { $nth ->
    [first] First
    [second] Second
    [third] Third
    [fourth] Fourth
   *[last] Last
} { $weekday } of the month, { $time }
events-nth = { $nth ->
    [first] First
    [second] Second
    [third] Third
    [fourth] Fourth
   *[last] Last
}
events-next = Next: { $dates }
events-holiday-gap = 🚫 No meeting on { $date } ({ $holiday })
events-place = 📍 { $place }
events-finnish = { $level ->
    [none] 🗣 No Finnish needed
    [some] 🗣 Some Finnish helps
   *[fluent] 🗣 You need to speak Finnish
}
events-audience = { $audience ->
    [men] 👥 For men
    [women] 👥 For women
    [families] 👥 For families with children
    [youth] 👥 For young people
    [beginners] 👥 For beginners in Finnish
    [persian] 👥 For Persian and Dari speakers
   *[everyone] 👥 For everyone
}
events-fallback-note = <i>This event is not yet described in your language. Here it is in { $language }.</i>
events-cancelled = ❌ <b>Cancelled</b>
events-subscribe = 🔔 Remind me
events-unsubscribe = 🔕 Stop reminders
events-subscribed = 🔔 OK! I will remind you { $hours } hours before it starts.
events-unsubscribed = 🔕 OK, no more reminders for this event.
events-calendar = 📥 Add to my calendar
events-calendar-caption = Open this file to add the event to your phone's calendar.
events-back = ⬅️ All events
events-show = 📅 Show the event
events-gone = This event is not available any more.
events-notice-reminder =
    🔔 <b>Reminder</b>: { $title }
    { $date }, { $time }
    📍 { $place }
events-notice-cancelled = ❌ <b>{ $title }</b> is cancelled. It will not take place any more. Sorry!
events-notice-skipped = ❌ <b>{ $title }</b> on { $date } is cancelled. The other dates stay the same.
