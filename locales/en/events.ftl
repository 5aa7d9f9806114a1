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
events-examples-note = <i>🧪 Some of these groups are examples for the demo: their times are not confirmed. Ask at Kototori before you come.</i>
events-example-note = <i>🧪 Example for the demo: the group and its time are not confirmed. Ask at Kototori before you come.</i>
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

# -- eventsadmin -----------------------------------------------------------------------------------------
events-admin-title = 🛠 <b>Events</b>: choose one to edit or cancel, or add a new one.
events-admin-new = ➕ New event
events-admin-item = { $cancelled ->
    [true] ❌ { $title }
   *[false] { $title }
}
events-admin-edit-texts = ✏️ Title and description
events-admin-edit-when = 🕘 Date and time
events-admin-edit-place = 📍 Place
events-admin-edit-details = 👥 Finnish and audience
events-admin-skip-date = ❌ Cancel one date
events-admin-cancel-event = ❌ Cancel the event
events-admin-back = ⬅️ Events
events-admin-yes = Yes, cancel
events-admin-no = No
events-admin-abort = ✖️ Stop
events-admin-aborted = Stopped. Nothing was saved.
events-admin-expired = This step has ended. Start again with /events_admin.
events-admin-skip = ⏭ Skip
events-admin-done = ✅ Done
events-admin-ask-title = Write the title in { $language }.
events-admin-ask-description = Write a short description in { $language }, or press Skip.
events-admin-more-languages = Add the title in another language? Without it, newcomers see the Finnish or English text with a note.
events-admin-need-finnish = The Finnish title is needed first.
events-admin-ask-repeat = How often?
events-admin-repeat-once = Once
events-admin-repeat-weekly = Every week
events-admin-repeat-monthly = Every month
events-admin-ask-date = Which date?
events-admin-ask-weekdays = Which weekdays? Tap them, then Done.
events-admin-ask-nth = Which week of the month?
events-admin-ask-weekday = Which weekday?
events-admin-ask-starts = Starts at?
events-admin-ask-ends = Ends at?
events-admin-ask-holidays = On Finnish public holidays (such as Christmas Eve) the leisure centre is closed. Does it meet then?
events-admin-holidays-off = 🚫 No meeting on public holidays
events-admin-holidays-on = ✅ It meets on public holidays too
events-admin-holidays = { $on ->
    [yes] ✅ Meets on public holidays too
   *[no] 🚫 No meeting on public holidays
}
events-admin-ask-place = Where? Choose a place or write it.
events-admin-ask-finnish = Is Finnish needed?
events-admin-ask-audience = Who is it for?
events-admin-preview = <b>Check the event</b>, then save it.
events-admin-save = ✅ Save
events-admin-saved = ✅ Saved. Newcomers see it in /events.
events-admin-invalid = Something is missing or not valid. Nothing was saved. Start again with /events_admin.
events-admin-too-long = That is too long (at most { $max } characters). Please write it shorter.
events-admin-subscribers = 🔔 Reminders on: { $count }
events-admin-confirm-cancel = Cancel “{ $title }” for good? { $count } people with reminders will be told.
events-admin-confirm-skip = Cancel “{ $title }” on { $date }? { $count } people with reminders will be told.
events-admin-cancelled = ❌ Cancelled. { $count } people with reminders will get a message within a minute.
events-admin-pick-skip = Which date is cancelled?
