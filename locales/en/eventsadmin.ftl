eventsadmin-title = 🛠 <b>Events</b>: choose one to edit or cancel, or add a new one.
eventsadmin-new = ➕ New event
eventsadmin-item = { $cancelled ->
    [true] ❌ { $title }
   *[false] { $title }
}
eventsadmin-edit-texts = ✏️ Title and description
eventsadmin-edit-when = 🕘 Date and time
eventsadmin-edit-place = 📍 Place
eventsadmin-edit-details = 👥 Finnish and audience
eventsadmin-skip-date = ❌ Cancel one date
eventsadmin-cancel-event = ❌ Cancel the event
eventsadmin-back = ⬅️ Events
eventsadmin-yes = Yes, cancel
eventsadmin-no = No
eventsadmin-abort = ✖️ Stop
eventsadmin-aborted = Stopped. Nothing was saved.
eventsadmin-expired = This step has ended. Start again with /events_admin.
eventsadmin-skip = ⏭ Skip
eventsadmin-done = ✅ Done
eventsadmin-ask-title = Write the title in { $language }.
eventsadmin-ask-description = Write a short description in { $language }, or press Skip.
eventsadmin-more-languages = Add the title in another language? Without it, newcomers see the Finnish or English text with a note.
eventsadmin-need-finnish = The Finnish title is needed first.
eventsadmin-ask-repeat = How often?
eventsadmin-repeat-once = Once
eventsadmin-repeat-weekly = Every week
eventsadmin-repeat-monthly = Every month
eventsadmin-ask-date = Which date?
eventsadmin-ask-weekdays = Which weekdays? Tap them, then Done.
eventsadmin-ask-nth = Which week of the month?
eventsadmin-ask-weekday = Which weekday?
eventsadmin-ask-starts = Starts at?
eventsadmin-ask-ends = Ends at?
eventsadmin-ask-holidays = On Finnish public holidays (such as Christmas Eve) the leisure centre is closed. Does it meet then?
eventsadmin-holidays-off = 🚫 No meeting on public holidays
eventsadmin-holidays-on = ✅ It meets on public holidays too
eventsadmin-holidays = { $on ->
    [yes] ✅ Meets on public holidays too
   *[no] 🚫 No meeting on public holidays
}
eventsadmin-ask-place = Where? Choose a place or write it.
eventsadmin-ask-finnish = Is Finnish needed?
eventsadmin-ask-audience = Who is it for?
eventsadmin-preview = <b>Check the event</b>, then save it.
eventsadmin-save = ✅ Save
eventsadmin-saved = ✅ Saved. Newcomers see it in /events.
eventsadmin-invalid = Something is missing or not valid. Nothing was saved. Start again with /events_admin.
eventsadmin-too-long = That is too long (at most { $max } characters). Please write it shorter.
eventsadmin-subscribers = 🔔 Reminders on: { $count }
eventsadmin-confirm-cancel = Cancel “{ $title }” for good? { $count } people with reminders will be told.
eventsadmin-confirm-skip = Cancel “{ $title }” on { $date }? { $count } people with reminders will be told.
eventsadmin-cancelled = ❌ Cancelled. { $count } people with reminders will get a message within a minute.
eventsadmin-pick-skip = Which date is cancelled?
