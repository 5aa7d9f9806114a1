## Who sent a letter and what kind it is (used inside the other messages)
letters-sender-name = { $sender ->
    [kela] Kela (social security)
    [migri] Migri (the Finnish Immigration Service)
    [dvv] DVV (the population register)
    [vero] Vero (the Tax Administration)
    [employment] employment services (TE services)
    [health] health services
    [school] the school or daycare
    [landlord] your landlord
    [debt-collection] a debt-collection agency
    [bank] a bank
    [police-court] the police or a court
   *[other] another sender
}
letters-kind-name = { $kind ->
    [request-for-information] a request for more information
    [decision] a decision
    [invoice] a bill
    [payment-reminder] a payment reminder
    [debt-collection] a debt-collection letter
    [appointment] an appointment or an invitation
   *[other] another kind of letter
}

## The explanation
letters-summary =
    📄 <b>Your letter</b>
    From: <b>{ letters-sender-name }</b>
    What it is: <b>{ letters-kind-name }</b>
letters-deadline = ⏰ Deadline: <b>{ $date }</b> ({ $when ->
    [today] today
    [tomorrow] tomorrow
    [past] { $days ->
        [one] one day ago
       *[other] { $days } days ago
    }
   *[future] { $days ->
        [one] in one day
       *[other] in { $days } days
    }
})
letters-deadline-unsure = ❓ I could not read the date for sure. Look in the letter for the word “viimeistään” (at the latest) or “eräpäivä” (due date).
letters-deadline-maybe = ❓ The date may be { $date }, but I could not read it for sure. Check it in the letter: look for the word “viimeistään” (at the latest) or “eräpäivä” (due date).
letters-amount = 💶 Amount: <b>{ $amount }</b>
letters-amount-maybe = ❓ The amount may be { $amount }, but I could not read it for sure. Check it in the letter: look for “yhteensä” (total) or “maksettava” (to pay).
letters-advice = 👉 { $kind ->
    [request-for-information] They need more information or documents from you. Send them before the deadline, or the matter may be decided without them.
    [decision] A decision was made. Read what was decided. If you do not agree, you can appeal: the letter says how and by when.
    [invoice] Pay it by the due date. Use the reference number (viitenumero) when you pay. If you cannot pay, ask for a payment plan before the due date.
    [payment-reminder] A bill was not paid in time. Pay it now, so that it does not go to debt collection. If you cannot pay, ask for a payment plan.
    [debt-collection] Do not leave this letter unanswered. Check that the debt is right. You can ask the agency for a payment plan, and free debt advice can help you.
    [appointment] You have an appointment. Go at that time, or tell them before if you cannot come.
   *[other] An advisor at Kototori can help you read this letter.
}
letters-machine-note = <i>A computer read this letter, so it can be wrong. Nothing of your letter was saved.</i>
letters-topic-button = 📚 { $title }
letters-remind-button = ⏰ Remind me before the deadline
letters-book-button = 🗓 Book a time
letters-person-button = 🙋 Talk to a person

## When the letter cannot be read
letters-unreadable = 📷 I could not read this well. { $problem ->
    [dark] The photo is too dark.
    [blurred] The photo is blurred.
    [cut] A part of the letter is not in the photo.
   *[no-text] I could not find the text of a letter.
}

    <b>Tips for a better photo:</b>
    • Put the letter flat on a table, in a bright place. Do not use the flash.
    • Hold the phone straight above the letter and keep it still.
    • The whole page must be in the photo, with all four corners.
    • Take one photo of each page and send them together.
    • If you have the letter as a PDF file, send the file.
letters-cut-note = ✂️ A part of the letter may be missing from the photo. I show what I could read, but check the dates and sums yourself.
letters-too-big = 📄 This file is too big for me. I can read files up to 20 MB. Send a photo of each page instead.
letters-too-many-pixels = 📄 This picture is too big for me (too many pixels). Send an ordinary photo of each page instead.
letters-wrong-file = 📄 I can read photos, pictures (JPG, PNG) and PDF files of letters. I cannot read this kind of file.
letters-person-note = If you agree, I will also send the photos or file of this letter to the advisor.

## Reminders
letters-remind-set = ✅ { $first ->
    [yes] I will remind you on { $soon } and in the morning of { $date }.
   *[no] I will remind you in the morning of { $date }.
}
letters-remind-cancel-button = ❌ Cancel the reminder
letters-remind-cancelled = The reminder is cancelled.
letters-remind-gone = This reminder is no longer active.
letters-remind-late = The deadline is too close or has passed. I cannot set a reminder.
letters-reminder-soon =
    ⏰ <b>Reminder</b>
    Your letter from { letters-sender-name } ({ letters-kind-name }) has a deadline in 3 days: <b>{ $date }</b>.
letters-reminder-today =
    ⏰ <b>Reminder</b>
    Today is the deadline of your letter from { letters-sender-name } ({ letters-kind-name }): <b>{ $date }</b>.
letters-privacy-reminders = ⏰ <b>Letter reminders</b> (the date, the sender and the kind of letter; not the letter itself):
letters-privacy-item = • { $date }: { letters-sender-name }, { letters-kind-name }
