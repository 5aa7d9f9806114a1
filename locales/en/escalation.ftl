escalation-consent =
    🙋 <b>Talk to a person</b>
    I can send your question to an advisor at Kototori. The advisor is a real person.

    <b>The advisor will see:</b>
    • your language and the topic of your question
    • the messages, photos and files you send here from now on, until the conversation ends

    The advisor will <b>not</b> see your name, your phone number or what you wrote to me before.
    Do you agree?
escalation-consent-yes = ✅ Yes, send to an advisor
escalation-consent-no = No, thank you
escalation-consent-declined = OK. Nothing was sent. You can ask me something else.
escalation-describe =
    Thank you. Write your question in a few sentences.
    You can also send a photo of a letter or a document.
    Everything you send now goes to the advisor.
escalation-send-without = Send without writing
escalation-cancel = ❌ Cancel
escalation-cancelled = Cancelled. Nothing was sent to an advisor.
escalation-open-now = ✅ Advisors are at work now. An advisor will answer you here.
escalation-open-later = 🕘 Advisors are not at work now. Your question is saved. Advisors are back: { $when }.
escalation-open-unknown = 🕘 Advisors are not at work now. Your question is saved. An advisor will answer as soon as possible.
escalation-queue = You are number { $position } in the queue.
escalation-assistant = A language assistant who speaks { $language } is at Kototori on these days: { $days }.
escalation-urgent-note = 🚨 If you are in danger now, call 112.
escalation-already-open = You are already talking with an advisor. Write your message here. It goes to the advisor.
escalation-reopened = Your conversation with the advisor is open again. Write your message here. It goes to the advisor.
escalation-taken = 🙋 An advisor is now answering you. Write your messages here.
escalation-released = Your question is back in the queue. Another advisor will answer you.
escalation-closed =
    The advisor has ended the conversation. Thank you!
    Now I answer your questions again.
    If you need more help within a week, reply to the advisor's message.

    How did it go? Choose 1 to 5 stars.
escalation-rated = Thank you for your rating!
escalation-edited = ✏️ The advisor changed a message:
escalation-kb-from-advisor = 📚 Information from the advisor:
escalation-person-now = 🙋 Talk to a person now
escalation-privacy-title = <b>Your conversations with advisors</b> (deleted { $days } days after they end):
escalation-privacy-case = • #{ $number }, { $date }: { $state ->
        [open] open
       *[closed] ended
    }
escalation-phrase-received = Thank you for your message. I will answer you soon.
escalation-phrase-send-photo = Please send a photo of the letter. Make sure all the text can be read.
escalation-phrase-wait = Please wait a moment. I am checking this.
escalation-phrase-answer-by-friday = We will answer you by Friday.
escalation-phrase-come-visit = { $assistant ->
        [yes] Please come to Kototori on { $day } at 10. A language assistant who speaks { $language } is there.
       *[no] Please come to Kototori on { $day } at 10.
    } Kototori is in the Hervanta leisure centre café. No appointment is needed.
escalation-phrase-bring-papers = Please bring the letter and your residence permit card or ID card with you.
escalation-phrase-danger-112 = If you are in danger now, call 112.
escalation-phrase-anything-else = Can I help you with anything else?
