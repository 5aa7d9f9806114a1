"""Issue 6's "Done when", clicked through the demo page in a real headless Chromium: Ahmed books Tuesday 10:00 with
the Arabic assistant (confirmation, code, address, map link, .ics), Anna takes the other seat, the page's clock
buttons bring the evening reminder, one tap cancels and the seat is back; Leena closes that Tuesday and both are
told at once, Ahmed in Arabic (right-to-left) with a button to choose another time."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from bot.i18n import Translator
from bot.i18n.dates import day_short
from bot.runtime.demo import Demo
from handlers.booking.views import language_label
from tests.bot.runtime.demo import chromium, open_demo, plain

if TYPE_CHECKING:
    from playwright.async_api import Locator, Page

pytestmark = pytest.mark.browser

TZ = ZoneInfo("Europe/Helsinki")
TUESDAY = date(2026, 12, 1)  # the Arabic assistant is there on Tuesdays (knowledge/schedule.yaml)
# Sunday afternoon: "+1 day" brings Monday afternoon, "+1 hour" twice the evening reminder (18:00 the day before).
SUNDAY = datetime(2026, 11, 29, 16, 30, tzinfo=TZ)
BOT = "#chat-list [data-testid=bubble][data-from=bot]"


@pytest.fixture
def demo_start() -> datetime:
    return SUNDAY


def seats(label: str) -> int:
    """Free seats on a day button ("الثلاثاء، 1 ديسمبر · متاح: 35", "Tue, Dec 1 · 35 free")."""
    return int(re.findall(r"\d+", label.split("·")[-1])[0])


class Phone:
    """The left half of the demo page: persona picker, chat, composer, inline buttons, the clock buttons."""

    def __init__(self, page: Page) -> None:
        self.page = page

    async def persona(self, name: str) -> None:
        """Pick a persona: an existing one by its name, else the ready-made one (the page creates it)."""
        options = await self.page.locator("[data-testid=persona-select] option").all_inner_texts()
        label = next((o for o in options if o.startswith(f"{name} (")), None)
        label = label or next(o for o in options if o.startswith(f"+ {name} ("))
        await self.page.select_option("[data-testid=persona-select]", label=label)
        await self.page.wait_for_function(
            "n => document.getElementById('bot-sub').textContent.includes('you are ' + n + ' (')", arg=name
        )

    async def send(self, text: str) -> None:
        await self.page.fill("[data-testid=composer]", text)
        await self.page.click("[data-testid=send]")

    def button(self, label: str, where: Locator | None = None) -> Locator:
        scope = where or self.page.locator("#chat-list")
        exact = re.compile("^" + re.escape(label) + "$")
        return scope.locator("[data-testid=inline-button]").filter(has_text=exact).last

    async def tap(self, label: str, where: Locator | None = None) -> None:
        await self.button(label, where).click()

    def bubbles(self, text: str) -> Locator:
        return self.page.locator(BOT, has_text=text)

    async def says(self, text: str, nth: int | None = None) -> Locator:
        """The bot's last bubble with `text` (or the nth: a new one after `nth` earlier ones), once it is there."""
        found = self.bubbles(text)
        bubble = found.last if nth is None else found.nth(nth)
        await bubble.wait_for()
        return bubble

    def message(self, bubble_text: str) -> Locator:
        """A bot message with its buttons."""
        bubble = self.page.locator("[data-testid=bubble][data-from=bot]", has_text=bubble_text)
        return self.page.locator("#chat-list .msg").filter(has=bubble).last

    async def day_buttons(self, heading: str) -> list[str]:
        await self.says(heading)
        return await self.message(heading).locator("[data-testid=inline-button]").all_inner_texts()

    async def advance(self, what: str) -> str:
        """Press "+1 hour" / "+1 day"; returns the page's clock once it changed."""
        clock = self.page.locator("[data-testid=clock]")
        before = await clock.inner_text()
        await self.page.click(f"[data-testid=advance-{what}]")
        await self.page.wait_for_function(
            "b => document.querySelector('[data-testid=clock]').textContent !== b", arg=before
        )
        return await clock.inner_text()


async def direction(bubble: Locator) -> str:
    return str(await bubble.evaluate("b => getComputedStyle(b).direction"))


async def test_ahmed_books_is_reminded_cancels_and_a_closure_tells_him_in_arabic(demo: Demo) -> None:
    ar, en, fi = Translator()("ar"), Translator()("en"), Translator()("fi")
    arabic, english = language_label("ar"), language_label("en")
    ar_tuesday, en_tuesday = day_short(TUESDAY, "ar"), day_short(TUESDAY, "en")
    async with chromium() as browser:
        page = await open_demo(browser, demo, 1400, 900, timeout_ms=30_000)
        phone = Phone(page)
        # The page's clock is the bot's local time (Helsinki), not UTC.
        clock = page.locator("[data-testid=clock]")
        await page.wait_for_function(
            "() => document.querySelector('[data-testid=clock]').textContent.startsWith('Sun 29 Nov 2026')"
        )
        assert re.fullmatch(r"Sun 29 Nov 2026, 16:3\d", await clock.inner_text())

        async def book(topic: str, language: str, day: str) -> tuple[int, Locator]:
            """Subject, language, day, 10:00: the day's free seats on its button, and the .ics bubble."""
            await phone.tap(topic)
            await phone.tap(language)
            day_button = page.locator("#chat-list [data-testid=inline-button]", has_text=f"{day} ·").last
            label = await day_button.inner_text()
            await day_button.click()
            ics = page.locator(BOT).filter(has=page.locator("[data-testid=file-link]"))
            files = await ics.count()
            await phone.tap("10:00")
            await ics.nth(files).wait_for()
            return seats(label), ics.nth(files)

        # Ahmed, a newcomer whose Telegram is in Arabic, picks العربية and books from the menu's 🗓 button.
        await phone.persona("Ahmed")
        await page.click("[data-testid=start]")
        await phone.tap(arabic)
        welcome = await phone.says("Kototori")
        assert await direction(welcome) == "rtl"
        await phone.tap(ar("booking-menu-button"))
        free_at_first, ics = await book(ar("booking-topic-letters"), arabic, ar_tuesday)
        confirmation = phone.message("✅ تم حجز موعدك.")
        text = await confirmation.locator("[data-testid=bubble]").inner_text()
        code = re.search(r"رمز الحجز: \u2068?([A-Z0-9]{4})", text)
        assert code, text
        assert text.startswith("✅ تم حجز موعدك.")
        assert f"{ar_tuesday} 2026، الساعة 10:00–10:20" in text
        assert "العربية: سيكون مساعد اللغة موجودًا" in text, "with the Arabic language assistant"
        assert "Insinöörinkatu 38, 33720 Tampere" in text
        assert await direction(confirmation.locator("[data-testid=bubble]")) == "rtl"
        map_link = confirmation.locator("a", has_text="افتح الخريطة")
        assert "google.com/maps" in (await map_link.get_attribute("href") or "")
        assert f"kototori-{code[1]}.ics" in await ics.locator("[data-testid=file-link]").inner_text()
        assert plain(ar("booking-ics-caption")) in await ics.inner_text()
        assert sorted(await confirmation.locator("[data-testid=inline-button]").all_inner_texts()) == sorted(
            [ar("booking-cancel"), ar("booking-move"), ar("booking-mine-button")]
        )

        # Anna (English) sees Ahmed's seat taken and books the other seat at 10:00: the slot is full.
        await phone.persona("Anna")
        await page.click("[data-testid=start]")
        await phone.tap(english)
        await phone.says("Kototori")
        await phone.send("/book")
        free_for_anna, _ = await book(en("booking-topic-letters"), english, en_tuesday)
        assert free_for_anna == free_at_first - 1

        # Back to Ahmed: "+1 day" (Monday afternoon, no reminder window crossed), then "+1 hour" to 18:30.
        await phone.persona("Ahmed")
        assert re.fullmatch(r"Mon 30 Nov 2026, 16:3\d", await phone.advance("day"))
        assert re.fullmatch(r"Mon 30 Nov 2026, 17:3\d", await phone.advance("hour"))
        assert re.fullmatch(r"Mon 30 Nov 2026, 18:3\d", await phone.advance("hour"))
        reminder = await phone.says("⏰ تذكير")
        assert (await reminder.inner_text()).startswith(f"⏰ تذكير: غدًا، {ar_tuesday} 2026، الساعة 10:00")
        assert code[1] in await reminder.inner_text()
        assert await direction(reminder) == "rtl"
        under_reminder = phone.message("⏰ تذكير")
        labels = await under_reminder.locator("[data-testid=inline-button]").all_inner_texts()
        assert labels == [ar("booking-coming"), ar("booking-cancel")]

        # One tap cancels; the seat is back: the day list counts it and 10:00 (full before) is offered again.
        await phone.tap(ar("booking-cancel"), under_reminder)
        cancelled = await phone.says("❌ تم الإلغاء")
        assert (await cancelled.inner_text()).startswith(f"❌ تم الإلغاء: {ar_tuesday} الساعة 10:00.")
        assert await direction(cancelled) == "rtl"
        await phone.send("/book")
        free_after_cancel, _ = await book(ar("booking-topic-letters"), arabic, ar_tuesday)
        assert free_after_cancel == free_at_first - 1, "Anna's seat is taken, Ahmed's is free again"

        # Leena, the coordinator, closes that Tuesday from /coordinator: both people booked are told.
        await phone.persona("Leena (coordinator)")
        await phone.send("/coordinator")
        for label in (
            fi("hours-admin-menu-hours"),
            fi("hours-admin-add"),
            "🕘 " + day_short(TUESDAY, "fi"),
            fi("hours-admin-closed"),
            fi("hours-reason-training"),
        ):
            await phone.tap(label)
        await phone.says(fi("booking-admin-told", count=2))

        await phone.persona("Ahmed")
        notice = await phone.says("⛔")
        text = await notice.inner_text()
        assert text.startswith("⛔ عذرًا! كوتوتوري مغلق في وقت موعدك")
        assert f"{ar_tuesday} 2026 الساعة 10:00" in text
        assert await direction(notice) == "rtl"
        under_notice = phone.message("⛔")
        assert await under_notice.locator("[data-testid=inline-button]").all_inner_texts() == [
            ar("booking-rebook")
        ]
        await phone.tap(ar("booking-rebook"), under_notice)
        days = await phone.day_buttons(ar("booking-choose-day"))
        assert days and not any(ar_tuesday in d for d in days), days

        await phone.persona("Anna")
        assert (await (await phone.says("⛔")).inner_text()).startswith(
            "⛔ Sorry! Kototori is closed at your booked time"
        )
