"""Letter reminders through the scheduler and the outbox: three days before at 09:00 and on the morning of the day,
each once, also when the scheduler restarts between ticks; the reminder's cancel button stops the day's message."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.i18n import LANGUAGE_NAMES
from bot.i18n.dates import day_long
from bot.letters.reminders import LetterReminders
from tests.harness import BotHarness, buttons

DUE = date(2026, 12, 15)


async def newcomer(h: BotHarness, locale: str) -> int:
    user = await h.newcomer("Farhad", LANGUAGE_NAMES[locale], language_code=None)
    return user


async def remind(h: BotHarness, user: int, due: date = DUE) -> None:
    """As the "Remind me" button does (the button itself is tested with a letter in test_letters.py)."""
    async with h.resources.sessionmaker() as session:
        service = LetterReminders(session, h.clock, h.resources.settings.tz)
        await service.remind(user, due, "pay-bills", "kela", "invoice")


def reminders(h: BotHarness, user: int, msg_id: str) -> list[str]:
    l10n = h.translator("fa-AF")
    text = l10n(msg_id, sender="kela", kind="invoice", date=day_long(DUE, "fa-AF"))
    return [m["html"] for m in h.bot_messages(user) if m["html"] == text]


async def test_three_days_before_and_on_the_day_once_each_across_restarts(harness: BotHarness) -> None:
    """On SQLite and PostgreSQL: the claim is a conditional update on either."""
    h = harness
    user = await newcomer(h, "fa-AF")
    await remind(h, user)
    await h.run_jobs()
    assert not reminders(h, user, "letters-reminder-soon"), "nothing before its time"

    h.clock.at = datetime(2026, 12, 12, 7, 0, tzinfo=UTC)  # 09:00 in Helsinki, three days before
    for _ in range(3):
        await h.run_jobs()
    assert len(reminders(h, user, "letters-reminder-soon")) == 1
    soon = h.bot_messages(user)[-1]
    assert buttons(soon) == [h.translator("fa-AF")("letters-remind-cancel-button")]
    assert "۳ روز بعد" in soon["text"]

    h.clock.at = datetime(2026, 12, 15, 6, 0, tzinfo=UTC)  # 08:00 on the day
    for _ in range(2):
        await h.run_jobs()
    assert len(reminders(h, user, "letters-reminder-today")) == 1
    assert len(reminders(h, user, "letters-reminder-soon")) == 1, "the earlier one is not sent again"

    h.clock.at += timedelta(days=3)
    await h.run_jobs()
    async with h.resources.sessionmaker() as session:
        left = await LetterReminders(session, h.clock, h.resources.settings.tz).of_user(user)
    assert left == [], "a reminder of a past deadline is deleted"


async def test_cancel_on_the_first_reminder_stops_the_second(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    fa = h.translator("fa-AF")
    user = await newcomer(h, "fa-AF")
    await remind(h, user)
    h.clock.at = datetime(2026, 12, 12, 9, 0, tzinfo=UTC)
    await h.run_jobs()
    [cancelled] = await h.press(user, fa("letters-remind-cancel-button"))
    assert cancelled["text"] == fa("letters-remind-cancelled")
    h.clock.at = datetime(2026, 12, 15, 6, 0, tzinfo=UTC)
    await h.run_jobs()
    assert not reminders(h, user, "letters-reminder-today")


async def test_a_reminder_set_two_days_before_sends_only_the_days_message(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    fa = h.translator("fa-AF")
    user = await newcomer(h, "fa-AF")
    h.clock.at = datetime(2026, 12, 13, 10, 0, tzinfo=UTC)
    await remind(h, user)
    await h.run_jobs()
    assert not reminders(h, user, "letters-reminder-soon")
    h.clock.at = datetime(2026, 12, 15, 6, 30, tzinfo=UTC)
    await h.run_jobs()
    assert len(reminders(h, user, "letters-reminder-today")) == 1
    assert fa("letters-remind-cancel-button") not in buttons(h.bot_messages(user)[-1])
