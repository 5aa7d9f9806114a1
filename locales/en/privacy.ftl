privacy-summary =
    🔒 <b>What I store about you</b>
    • Your Telegram user number (not your name or phone number)
    • Your language: { $language }
    • When you first and last used the bot: { $first_seen }, { $last_seen }
    • Whether you agreed to be contacted by an advisor: { $consent_advisor ->
        [yes] yes
       *[no] no
    }
    • News from Kototori: { $announcements ->
        [yes] yes; topics: { $interests }
       *[no] no
    }
    • Weekly overview on Mondays: { $digest ->
        [yes] yes
       *[no] no
    }

    I do not keep your questions with your user number. No advisor sees your messages unless you agree first.
    You can delete everything now.
privacy-nothing-stored = 🔒 I store nothing about you right now.
privacy-delete-button = 🗑 Delete my data
privacy-delete-confirm = Delete all your data from the bot? This cannot be undone.
privacy-delete-yes = Yes, delete
privacy-delete-no = No, keep it
privacy-deleted = ✅ Your data is deleted. If you write again, I will ask your language again.
privacy-kept = OK, nothing was deleted.
