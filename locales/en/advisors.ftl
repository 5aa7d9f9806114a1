advisors-topic-name = { $urgent ->
        [yes] 🚨 #{ $number }
       *[no] #{ $number }
    } · { $language } · { $topic }
advisors-language-fi = Finnish
advisors-language-fi-selko = plain Finnish
advisors-language-ar = Arabic
advisors-language-fa-af = Dari
advisors-language-so = Somali
advisors-language-en = English
advisors-no-topic = topic not recognised
advisors-summary =
    🆕 <b>Case #{ $number }</b>{ $urgent ->
        [yes] {" "}🚨 <b>URGENT</b>
       *[no] {""}
    }
    • Language: { $language }
    • Topic (bot's guess): { $topic }
    • The bot already answered: { $answered }
    • Waiting for: { $waited } · place in queue: { $position }
    • Advisor: { $owner }
    The newcomer agreed that advisors see the messages below. Write to them in this topic after ✋ Take over; the bot translates nothing, but 📚 and 💬 send texts in their language.
advisors-not-answered = nothing yet
advisors-summary-recreated = ♻️ The earlier topic of this case was deleted. The case continues here.
advisors-urgent-mention = 🚨 Urgent, for the advisors on duty: { $people }
advisors-urgent-nobody = 🚨 Urgent, and nobody is on duty (/duty). Please take it over.
advisors-nobody-on-duty = nobody is on duty (/duty)
advisors-button-take = ✋ Take over
advisors-button-release = ↩️ Release
advisors-button-close = ✅ Close
advisors-button-reopen = 🔄 Reopen
advisors-button-delete = 🗑 Delete
advisors-button-kb = 📚 Knowledge-base answer
advisors-button-phrases = 💬 Stock phrases
advisors-note-taken = ✋ { $by } took over case #{ $number }. Their messages in this topic go to the newcomer.
advisors-note-taken-over = ✋ { $by } took over case #{ $number } from { $previous }.
advisors-note-released = ↩️ { $by } put case #{ $number } back in the queue.
advisors-note-closed = ✅ { $by } closed case #{ $number }. The newcomer is asked for a rating.
advisors-note-closed-blocked = ⛔ The newcomer blocked the bot. Case #{ $number } is closed.
advisors-note-reopened = 🔄 { $by } reopened case #{ $number }.
advisors-note-reopened-newcomer = 🔄 The newcomer wrote again within a week: case #{ $number } is back in the queue. Earlier advisor: { $previous }.
advisors-note-urgent = 🚨 The newcomer's message sounds urgent. Case #{ $number } is now marked urgent. { $people }
advisors-note-kb-sent = 📚 Sent to the newcomer in { $language }: { $title }
advisors-note-phrase-sent = 💬 Sent to the newcomer in { $language }: { $phrase }
advisors-note-kb-choose = 📚 Choose the answer to send. The newcomer gets it in { $language }. Or search: /kb housing allowance
advisors-note-kb-none = 📚 No topic found. Try other words, for example /kb residence permit
advisors-note-phrases = 💬 Choose a phrase. The newcomer gets it in { $language }:
advisors-note-not-in-topic = Use this command in a case topic.
advisors-note-refused = ⚠️ { $reason }
advisors-note-duty-on = 🟢 { $name } is on duty: urgent cases mention you. /duty off ends it.
advisors-note-duty-off = ⚪ { $name } is no longer on duty.
advisors-edited = ✏️ The newcomer changed a message:
advisors-ok = ✔️ Done
advisors-refused-not-found = This button does not belong to a case in this topic.
advisors-refused-closed = The case is closed. Reopen it first (🔄).
advisors-refused-not-closed = The case is not closed.
advisors-refused-already-yours = You already have this case.
advisors-refused-changed = Someone changed the case at the same moment. Look at the newest note and try again.
advisors-refused-not-active = Nobody has taken over the case.
advisors-refused-not-owner = Another advisor has this case. Take it over first (✋).
advisors-refused-take-first = Not sent to the newcomer: take over the case first (✋).
advisors-refused-coordinators-only = Only coordinators can do this.
advisors-refused-newcomer-has-open-case = The newcomer already has another open case.
advisors-refused-unknown-topic = No such knowledge-base topic.
advisors-refused-unknown-phrase = No such phrase.
advisors-refused-not-staff = Only advisors can use these buttons.
advisors-refused-busy = Please try again.
advisors-cases-title = 📋 <b>Open cases: { $count }</b>
advisors-cases-none = 📋 No open cases.
advisors-cases-line = { $urgent ->
        [yes] 🚨
       *[no] •
    } { $number } { $language } · { $topic } · { $state ->
        [active] { $owner }
       *[waiting] waiting
    } · { $waited }
advisors-report =
    📊 <b>Cases { $since } – { $until }</b>
    • Cases: { $total } (urgent: { $urgent })
    • Languages: { $languages }
    • Topics: { $topics }
    • Days: { $days }
    • Median time to first answer: { $median }
    • Average rating: { $rating }
advisors-command-cases = Open cases and waiting times
advisors-command-kb = Send a knowledge-base answer (in a case topic)
advisors-command-phrase = Send a stock phrase (in a case topic)
advisors-command-duty = I am on duty / not on duty
advisors-command-report = Case statistics (coordinators)
