"""The staff console: a small web application for advisors and coordinators (reports with charts, the unanswered
questions, knowledge-base curation), signed in with one-time links from the bot. No aiogram here."""
