"""Issue 4's "Done when", clicked through the demo page in a real headless Chromium: the coordinator adds a closure
and an event and announces in three languages; newcomers read it in their own language (Arabic right-to-left); on
Christmas Eve 2026 "are you open tomorrow?" says closed for Christmas Day, names the next opening day, and shows the
coordinator's closure; /events lists the new event."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bot.i18n import LANGUAGE_NAMES, Translator
from bot.i18n.dates import day_long, day_short
from bot.runtime.demo import COORDINATOR, Demo
from tests.bot.runtime.demo import chromium, open_demo, plain

if TYPE_CHECKING:
    from playwright.async_api import Locator, Page

pytestmark = pytest.mark.browser

# Thursday 17 December 2026, 10:00 in Helsinki. A week later is Christmas Eve; Christmas Day is a Friday (an
# opening day), Boxing Day a Saturday, New Year's Day a Friday.
START = datetime(2026, 12, 17, 8, 0, tzinfo=UTC)
CLOSURE = date(2026, 12, 29)  # Tuesday: the coordinator closes it for staff training
EVENT_DAY = date(2026, 12, 30)  # Wednesday: the coordinator's new one-off event
HOLIDAY = date(2026, 12, 25)
NEXT_OPEN = date(2027, 1, 5)  # 25 Dec holiday, 29 Dec closed, 1 Jan holiday

EVENT_TITLE = {"fi": "Uudenvuoden kahvit", "ar": "قهوة رأس السنة"}
# Each version has words that are in that version only, so a newcomer's bubble shows which one they got.
NEWS = {
    "fi": "Kototori on kiinni tiistaina 29.12. Tervetuloa uudenvuoden kahveille keskiviikkona 30.12. klo 14!",
    "ar": "كوتوتوري مغلق يوم الثلاثاء 29.12. أهلاً بكم في قهوة رأس السنة يوم الأربعاء 30.12 الساعة 14!",
    "so": "Kototori waa xiran yahay Talaadada 29.12. Ku soo dhawaada kafeega sannadka cusub Arbacada 30.12 saacadda 14!",
}
ONLY_IN = {"fi": "uudenvuoden kahveille", "ar": "أهلاً بكم", "so": "Ku soo dhawaada"}
PEOPLE = (
    ("Mikko", "fi", "fi"),
    ("Ahmed", "ar", "ar"),
    ("Hodan", "so", "so"),
)  # name, Telegram language, choice


@pytest.fixture
def demo_start() -> datetime:
    return START


def line(message: str) -> str:
    """The first line of a Fluent message as the page shows it."""
    return plain(message).split("\n")[0]


class Phone:
    """What a tester does on the demo page's phone: pick a persona, type, press buttons, read bubbles."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.chat = page.locator("#chat-list")

    async def new_persona(self, name: str, lang: str) -> None:
        await self.page.fill("[data-testid=persona-name]", name)
        await self.page.select_option("[data-testid=persona-lang]", lang)
        await self.page.click("[data-testid=persona-create]")
        await self.page.locator("#bot-sub", has_text=f"you are {name}").wait_for()

    async def switch_to(self, label: str) -> None:
        await self.page.select_option("[data-testid=persona-select]", label=label)
        await self.page.locator("#bot-sub", has_text=f"you are {label.split(' (')[0]}").wait_for()

    def button(self, label: str) -> Locator:
        exact = re.compile(r"^\s*" + re.escape(label) + r"\s*$")
        return self.chat.locator("[data-testid=inline-button]").filter(has_text=exact).last

    async def tap(self, label: str) -> None:
        await self.button(label).click()

    async def say(self, text: str, reply: str) -> str:
        """Type and send; wait for the bot's answer with this text in it."""
        before = await self.count(reply)
        await self.page.fill("[data-testid=composer]", text)
        await self.page.click("[data-testid=send]")
        await self.sees_times(reply, before + 1)
        return await self.bubble(reply).inner_text()

    async def ask(self, text: str, reply: str, topic: str) -> str:
        """Like `say`, but the bot may ask back first ("is it about <topic>?"): then tap the topic."""
        before = await self.count(reply)
        buttons_before = await self.button(topic).count()
        await self.page.fill("[data-testid=composer]", text)
        await self.page.click("[data-testid=send]")
        await self.page.wait_for_function(
            "([t, n, b, m]) => [...document.querySelectorAll('#chat-list [data-testid=bubble][data-from=bot]')]"
            ".filter(x => x.innerText.includes(t)).length > n"
            " || [...document.querySelectorAll('#chat-list [data-testid=inline-button]')]"
            ".filter(x => x.innerText.trim() === b).length > m",
            arg=[reply, before, topic, buttons_before],
        )
        if await self.count(reply) == before:
            await self.tap(topic)
            await self.sees_times(reply, before + 1)
        return await self.bubble(reply).inner_text()

    def bubble(self, text: str) -> Locator:
        return self.chat.locator("[data-testid=bubble][data-from=bot]", has_text=text).last

    async def sees(self, text: str) -> str:
        """Wait for a bot bubble with this text; its whole text."""
        await self.bubble(text).wait_for()
        return await self.bubble(text).inner_text()

    async def count(self, text: str) -> int:
        return await self.chat.locator("[data-testid=bubble][data-from=bot]", has_text=text).count()

    async def sees_times(self, text: str, count: int) -> None:
        await self.page.wait_for_function(
            "([t, n]) => [...document.querySelectorAll('#chat-list [data-testid=bubble][data-from=bot]')]"
            ".filter(b => b.innerText.includes(t)).length >= n",
            arg=[text, count],
        )


async def test_coordinator_closure_event_and_announcement_then_are_you_open_on_christmas_eve(
    demo: Demo, tmp_path: Path
) -> None:
    t = Translator()
    fi, ar, so = t("fi"), t("ar"), t("so")
    async with chromium() as browser:
        page = await open_demo(browser, demo, 1400, 900, timeout_ms=20_000)
        try:
            phone = Phone(page)
            await page.locator("[data-testid=clock]", has_text="Thu 17 Dec 2026, 10:00").wait_for()

            # Three newcomers choose their language and say yes to news at first contact.
            for name, telegram, locale in PEOPLE:
                l10n = t(locale)
                await phone.new_persona(name, telegram)
                await page.click("[data-testid=start]")
                await phone.tap(LANGUAGE_NAMES[locale])
                await phone.sees(line(l10n("news-offer")))
                await phone.tap(l10n("news-offer-yes"))
                await phone.sees(line(l10n("news-status", on="yes")))

            # The coordinator: Finnish, no news for herself.
            await phone.switch_to(f"{COORDINATOR[0]} (fi)")
            await page.click("[data-testid=start]")
            await phone.tap("Suomi")
            await phone.tap(fi("news-offer-no"))
            await phone.sees(line(fi("news-declined")))

            # 1a. A closure with a reason, through /coordinator.
            await phone.say("/coordinator", line(fi("hours-admin-menu-title")))
            await phone.tap(fi("hours-admin-menu-hours"))
            await phone.tap(fi("hours-admin-add"))
            await phone.sees(fi("hours-admin-pick-day"))
            await phone.tap("🕘 " + day_short(CLOSURE, "fi"))
            await phone.tap(fi("hours-admin-closed"))
            await phone.tap(fi("hours-reason-training"))
            closed = fi("hours-closed-reason", reason=fi("hours-reason-training"))
            saved = await phone.sees(fi("hours-admin-saved", day=day_long(CLOSURE, "fi"), hours=closed))

            # 1b. A one-off event in Finnish and Arabic, through /events_admin's guided flow.
            await phone.say("/events_admin", line(fi("events-admin-title")))
            await phone.tap(fi("events-admin-new"))
            await phone.sees(fi("events-admin-ask-title", language="Suomi"))
            await phone.say(EVENT_TITLE["fi"], fi("events-admin-ask-description", language="Suomi"))
            await phone.say("Kahvia, pullaa ja uuden vuoden toiveita.", fi("events-admin-more-languages"))
            await phone.tap("العربية")
            await phone.sees(fi("events-admin-ask-title", language="العربية"))
            await phone.say(EVENT_TITLE["ar"], fi("events-admin-ask-description", language="العربية"))
            more = await phone.count(fi("events-admin-more-languages"))
            await phone.tap(fi("events-admin-skip"))
            await phone.sees_times(fi("events-admin-more-languages"), more + 1)
            await phone.tap(fi("events-admin-done"))
            await phone.tap(fi("events-admin-repeat-once"))
            await phone.sees(fi("events-admin-ask-date"))
            await phone.tap(day_short(EVENT_DAY, "fi"))
            await phone.sees(fi("events-admin-ask-starts"))
            await phone.tap("14.00")
            await phone.sees(fi("events-admin-ask-ends"))
            await phone.tap("16.00")
            await phone.sees(fi("events-admin-ask-place"))
            await phone.tap("Hervannan vapaa-aikakeskuksen kahvila, Insinöörinkatu 38, 33720 Tampere")
            await phone.tap(fi("events-finnish", level="none"))
            await phone.tap(fi("events-audience", audience="everyone"))
            preview = await phone.sees(line(fi("events-admin-preview")))
            await phone.tap(fi("events-admin-save"))
            card = await phone.sees(fi("events-admin-subscribers", count=0))

            # 1c. An announcement in Finnish, Arabic and Somali to everyone who said yes to news.
            await phone.say("/announce", line(fi("news-announce-choose-languages")))
            for locale in NEWS:
                await phone.tap(LANGUAGE_NAMES[locale])
                await phone.button("✓ " + LANGUAGE_NAMES[locale]).wait_for()
            await phone.tap(fi("news-announce-next"))
            await phone.sees(line(fi("news-announce-ask-text", language="Suomi")))
            prompts = [line(fi("news-announce-ask-text", language=LANGUAGE_NAMES[x])) for x in list(NEWS)[1:]]
            for text, prompt in zip(
                NEWS.values(), [*prompts, fi("news-announce-choose-audience")], strict=True
            ):
                await phone.say(text, prompt)
            await phone.tap(fi("news-announce-audience-all"))
            summary = await phone.sees("📊")
            previews = [await phone.sees(text) for text in NEWS.values()]
            await phone.tap(fi("news-announce-send-now"))
            await phone.sees(fi("news-announce-sending"))
            report = await phone.sees("Perillä: 3 / 3")

            # 2. Each newcomer reads the version in their own language; the Arabic one right-to-left.
            received: dict[str, str] = {}
            for name, _, locale in PEOPLE:
                await phone.switch_to(f"{name} ({locale})")
                received[locale] = await phone.sees(ONLY_IN[locale])
                if locale == "ar":
                    arabic = phone.bubble(ONLY_IN["ar"])
                    direction = await arabic.evaluate("b => getComputedStyle(b).direction")
                    align = await arabic.evaluate("b => getComputedStyle(b).textAlign")

            # 3. A week later (the page's clock button): Christmas Eve. Ahmed asks in Arabic, Hodan in Somali.
            await page.click("[data-testid=advance-week]")
            await page.locator("[data-testid=clock]", has_text="Thu 24 Dec 2026").wait_for()
            await phone.switch_to("Ahmed (ar)")
            # The matcher may ask back ("is it about opening hours?") before the hours: one tap then.
            topic_ar = demo.resources.questions.title("opening-hours", "ar")
            hours_ar = await phone.ask("هل أنتم مفتوحون غدا؟", line(ar("hours-title")), topic_ar)
            hours_dir = await phone.bubble(line(ar("hours-title"))).evaluate(
                "b => getComputedStyle(b).direction"
            )
            events_ar = await phone.say("/events", line(ar("events-title")))
            event_buttons = await phone.chat.locator("[data-testid=inline-button]").all_inner_texts()
            await phone.switch_to("Hodan (so)")
            hours_so = await phone.say("Berri ma furan tihiin?", line(so("hours-title")))
        except Exception as exc:
            await page.screenshot(path=tmp_path / "failure.png")
            exc.add_note(f"the page at that moment: {tmp_path / 'failure.png'}")
            raise

    # 1. What the coordinator saw.
    assert "suljettu (henkilöstön koulutus)" in saved
    assert EVENT_TITLE["fi"] in preview and day_short(EVENT_DAY, "fi") in preview
    assert EVENT_TITLE["fi"] in card
    assert "3 vastaanottajaa" in summary
    for locale in NEWS:
        assert fi("news-announce-summary-line", language=LANGUAGE_NAMES[locale], count=1) in summary
    assert all(text in preview for text, preview in zip(NEWS.values(), previews, strict=True))
    assert "Epävarma: 0" in report

    # 2. Each newcomer got their own language's version only; Arabic reads right to left.
    for locale, text in received.items():
        assert NEWS[locale] in text
        assert not any(ONLY_IN[x] in text for x in NEWS if x != locale)
    assert (direction, align) == ("rtl", "right")

    # 3. Christmas Eve: tomorrow is Christmas Day (closed), the next opening skips the coordinator's closure and
    # New Year's Day, the closure is listed with its reason; the new event is in /events.
    for hours, loc in ((hours_ar, "ar"), (hours_so, "so")):
        l10n = t(loc)
        assert l10n("hours-closed-now") in hours
        christmas = l10n("hours-closed-holiday", holiday=l10n("hours-holiday-christmas-day"))
        assert line(l10n("hours-tomorrow", day=day_short(HOLIDAY, loc), hours=christmas)) in hours
        assert day_long(NEXT_OPEN, loc) in hours
        closure = l10n("hours-closed-reason", reason=l10n("hours-reason-training"))
        assert l10n("hours-day-line", day=day_short(CLOSURE, loc), hours=closure) in hours
    assert hours_dir == "rtl"
    assert any(EVENT_TITLE["ar"] in b for b in event_buttons) or EVENT_TITLE["ar"] in events_ar
