"""Cases: newcomers' conversations that advisors take over in the advisors' forum group (no aiogram here)."""
