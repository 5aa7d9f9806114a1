cases-consent =
    🙋 <b>Talk to a person</b>
    I can send your question to an advisor at Kototori. The advisor is a real person.

    <b>The advisor will see:</b>
    • your language and the topic of your question
    • the messages, photos and files you send here from now on, until the conversation ends

    The advisor will <b>not</b> see your name, your phone number or what you wrote to me before.
    Do you agree?
cases-consent-yes = ✅ Yes, send to an advisor
cases-consent-no = No, thank you
cases-consent-declined = OK. Nothing was sent. You can ask me something else.
cases-describe =
    Thank you. Write your question in a few sentences.
    You can also send a photo of a letter or a document.
    Everything you send now goes to the advisor.
cases-send-without = Send without writing
cases-cancel = ❌ Cancel
cases-cancelled = Cancelled. Nothing was sent to an advisor.
cases-open-now = ✅ Advisors are at work now. An advisor will answer you here.
cases-open-later = 🕘 Advisors are not at work now. Your question is saved. Advisors are back: { $when }.
cases-open-unknown = 🕘 Advisors are not at work now. Your question is saved. An advisor will answer as soon as possible.
cases-queue = You are number { $position } in the queue.
cases-assistant = A language assistant who speaks { $language } is at Kototori on these days: { $days }.
cases-urgent-note = 🚨 If you are in danger now, call 112.
cases-unreachable =
    ⚠️ I cannot pass your message to the advisors right now because of a technical problem. Your message is saved. The advisors will see it when the connection works again.
    You can also come to Kototori: { $place }, { $address }. Kototori is open { $opening_hours }. No appointment is needed.
    If you are in danger now, call 112.
cases-already-open = You are already talking with an advisor. Write your message here. It goes to the advisor.
cases-reopened = Your conversation with the advisor is open again. Write your message here. It goes to the advisor.
cases-taken = 🙋 An advisor is now answering you. Write your messages here.
cases-released = Your question is back in the queue. Another advisor will answer you.
cases-closed =
    The advisor has ended the conversation. Thank you!
    Now I answer your questions again.
    If you need more help within a week, reply to the advisor's message.

    How did it go? Choose 1 to 5 stars.
cases-rated = Thank you for your rating!
cases-edited = ✏️ The advisor changed a message:
cases-kb-from-advisor = 📚 Information from the advisor:
cases-person-now = 🙋 Talk to a person now
cases-privacy-title = <b>Your conversations with advisors</b> (deleted { $days } days after they end):
cases-privacy-case = • #{ $number }, { $date }: { $state ->
        [open] open
       *[closed] ended
    }
cases-phrase-received = Thank you for your message. I will answer you soon.
cases-phrase-send-photo = Please send a photo of the letter. Make sure all the text can be read.
cases-phrase-wait = Please wait a moment. I am checking this.
cases-phrase-answer-by-friday = We will answer you by Friday.
cases-phrase-come-visit = { $assistant ->
        [yes] Please come to Kototori on { $day } at 10. A language assistant who speaks { $language } is there.
       *[no] Please come to Kototori on { $day } at 10.
    } Kototori: { $place }, { $address }. No appointment is needed.
cases-phrase-bring-papers = Please bring the letter and your residence permit card or ID card with you.
cases-phrase-danger-112 = If you are in danger now, call 112.
cases-phrase-anything-else = Can I help you with anything else?

# -- advisors --------------------------------------------------------------------------------------------
cases-desk-topic-name = { $urgent ->
        [yes] 🚨 #{ $number }
       *[no] #{ $number }
    } · { $language } · { $topic }
cases-desk-language-fi = Finnish
cases-desk-language-fi-selko = plain Finnish
cases-desk-language-ar = Arabic
cases-desk-language-fa-af = Dari
cases-desk-language-so = Somali
cases-desk-language-en = English
cases-desk-no-topic = topic not recognised
cases-desk-summary =
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
cases-desk-not-answered = nothing yet
cases-desk-summary-recreated = ♻️ The earlier topic of this case was deleted. The case continues here.
cases-desk-urgent-mention = 🚨 Urgent, for the advisors on duty: { $people }
cases-desk-urgent-nobody = 🚨 Urgent, and nobody is on duty (/duty). Please take it over.
cases-desk-nobody-on-duty = nobody is on duty (/duty)
cases-desk-button-take = ✋ Take over
cases-desk-button-release = ↩️ Release
cases-desk-button-close = ✅ Close
cases-desk-button-reopen = 🔄 Reopen
cases-desk-button-delete = 🗑 Delete
cases-desk-button-kb = 📚 Knowledge-base answer
cases-desk-button-phrases = 💬 Stock phrases
cases-desk-note-taken = ✋ { $by } took over case #{ $number }. Their messages in this topic go to the newcomer.
cases-desk-note-taken-over = ✋ { $by } took over case #{ $number } from { $previous }.
cases-desk-note-released = ↩️ { $by } put case #{ $number } back in the queue.
cases-desk-note-closed = ✅ { $by } closed case #{ $number }. The newcomer is asked for a rating.
cases-desk-note-closed-blocked = ⛔ The newcomer blocked the bot. Case #{ $number } is closed.
cases-desk-note-reopened = 🔄 { $by } reopened case #{ $number }.
cases-desk-note-reopened-newcomer = 🔄 The newcomer wrote again within a week: case #{ $number } is back in the queue. Earlier advisor: { $previous }.
cases-desk-note-urgent = 🚨 The newcomer's message sounds urgent. Case #{ $number } is now marked urgent. { $people }
cases-desk-note-kb-sent = 📚 Sent to the newcomer in { $language }: { $title }
cases-desk-note-phrase-sent = 💬 Sent to the newcomer in { $language }: { $phrase }
cases-desk-note-kb-choose = 📚 Choose the answer to send. The newcomer gets it in { $language }. Or search: /kb housing allowance
cases-desk-note-kb-none = 📚 No topic found. Try other words, for example /kb residence permit
cases-desk-note-phrases = 💬 Choose a phrase. The newcomer gets it in { $language }:
cases-desk-note-not-in-topic = Use this command in a case topic.
cases-desk-note-refused = ⚠️ { $reason }
cases-desk-note-duty-on = 🟢 { $name } is on duty: urgent cases mention you. /duty off ends it.
cases-desk-note-duty-off = ⚪ { $name } is no longer on duty.
cases-desk-edited = ✏️ The newcomer changed a message:
cases-desk-ok = ✔️ Done
cases-desk-refused-not-found = This button does not belong to a case in this topic.
cases-desk-refused-closed = The case is closed. Reopen it first (🔄).
cases-desk-refused-not-closed = The case is not closed.
cases-desk-refused-already-yours = You already have this case.
cases-desk-refused-changed = Someone changed the case at the same moment. Look at the newest note and try again.
cases-desk-refused-not-active = Nobody has taken over the case.
cases-desk-refused-not-owner = Another advisor has this case. Take it over first (✋).
cases-desk-refused-take-first = Not sent to the newcomer: take over the case first (✋).
cases-desk-refused-coordinators-only = Only coordinators can do this.
cases-desk-refused-newcomer-has-open-case = The newcomer already has another open case.
cases-desk-refused-unknown-topic = No such knowledge-base topic.
cases-desk-refused-unknown-phrase = No such phrase.
cases-desk-refused-not-staff = Only advisors can use these buttons.
cases-desk-refused-busy = Please try again.
cases-desk-cases-title = 📋 <b>Open cases: { $count }</b>
cases-desk-cases-none = 📋 No open cases.
cases-desk-cases-line = { $urgent ->
        [yes] 🚨
       *[no] •
    } { $number } { $language } · { $topic } · { $state ->
        [active] { $owner }
       *[waiting] waiting
    } · { $waited }
cases-desk-report =
    📊 <b>Cases { $since } – { $until }</b>
    • Cases: { $total } (urgent: { $urgent })
    • Languages: { $languages }
    • Topics: { $topics }
    • Days: { $days }
    • Median time to first answer: { $median }
    • Average rating: { $rating }
cases-desk-command-cases = Open cases and waiting times
cases-desk-command-kb = Send a knowledge-base answer (in a case topic)
cases-desk-command-phrase = Send a stock phrase (in a case topic)
cases-desk-command-duty = I am on duty / not on duty
cases-desk-command-report = Case statistics (coordinators)
cases-desk-unreachable = ⚠️ The bot cannot reach the advisors' group ({ $chat }): { $reason ->
        [migrated] the group became a supergroup with the new id { $new_chat }. Set KOTOTORI_ADVISORS_CHAT_ID={ $new_chat } and restart the bot.
        [rights] the bot may not create or reopen topics there. Make the bot an admin with the right to manage topics, and keep topics on.
       *[removed] the bot was removed from the group. Add it back as an admin with the right to manage topics.
    } Newcomers' messages wait in the queue, and newcomers are told that advisors cannot be reached now.
