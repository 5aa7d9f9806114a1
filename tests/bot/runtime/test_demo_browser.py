"""The demo page in a real headless Chromium: a newcomer who picks Dari reads the welcome in Dari, right-aligned."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bot.i18n import Translator
from bot.runtime.demo import Demo
from tests.bot.runtime.demo import chromium, open_demo

if TYPE_CHECKING:
    from playwright.async_api import Locator

pytestmark = pytest.mark.browser


async def test_newcomer_picks_dari_and_reads_the_welcome_right_aligned(demo: Demo) -> None:
    # A line of the Dari welcome that has no user-provided value in it.
    dari_welcome_start = Translator()("fa-AF")("onboarding-welcome", name="Zahra").split("\n")[2][:24]
    async with chromium() as browser:
        page = await open_demo(browser, demo, 1280, 800)
        await page.fill("[data-testid=persona-name]", "Zahra")
        await page.select_option("[data-testid=persona-lang]", "fa")
        await page.click("[data-testid=persona-create]")
        await page.click("[data-testid=start]")
        picker = page.locator("[data-testid=inline-button]", has_text="دری")
        await picker.first.click()
        welcome = page.locator("[data-testid=bubble][data-from=bot]", has_text="Kototori").last
        await welcome.wait_for()
        await page.wait_for_function(
            "t => [...document.querySelectorAll('[data-testid=bubble][data-from=bot]')]"
            ".some(b => b.innerText.includes(t))",
            arg=dari_welcome_start,
        )
        bubble = page.locator("[data-testid=bubble][data-from=bot]", has_text=dari_welcome_start).last
        text = await bubble.inner_text()
        align = await bubble.evaluate("b => getComputedStyle(b).textAlign")
        direction = await bubble.evaluate("b => getComputedStyle(b).direction")
        menu = await page.locator("[data-testid=inline-button]").all_inner_texts()
    assert dari_welcome_start in text
    assert "سه‌شنبه" in text or "سه شنبه" in text, "Tuesday, in Dari"
    assert align == "right"
    assert direction == "rtl"
    assert any("زبان" in label for label in menu), "the main menu is in Dari too"


async def test_somali_newcomer_and_an_advisor_through_the_demo(demo: Demo) -> None:
    """The issue's "Done when", clicked through the demo page: outside opening hours, take over, a knowledge-base
    answer and a stock phrase in Somali, photos both ways, close, rating, and the bot answers again."""
    from datetime import UTC, datetime

    # Tuesday 18:00 in Helsinki: closed; the Somali language assistant is there on Fridays.
    demo.clock.offset = datetime(2026, 11, 24, 16, 0, tzinfo=UTC) - datetime.now(UTC)
    so, fi = Translator()("so"), Translator()("fi")
    kb_title = demo.resources.questions.title("housing-allowance", "so")
    async with chromium() as browser:
        page = await open_demo(browser, demo, 1400, 900, timeout_ms=30_000)
        await page.fill("[data-testid=persona-name]", "Hodan")
        await page.select_option("[data-testid=persona-lang]", "none")
        await page.click("[data-testid=persona-create]")
        await page.click("[data-testid=start]")
        chat = page.locator("#chat-list")
        group = page.locator("#group-list")

        async def tap(where: Locator, label: str) -> None:
            await where.locator("[data-testid=inline-button]", has_text=label).last.click()

        async def bot_says(text: str) -> None:
            await chat.locator("[data-testid=bubble][data-from=bot]", has_text=text).last.wait_for()

        await tap(chat, "Soomaali")
        await tap(chat, so("common-menu-person"))
        await tap(chat, so("cases-consent-yes"))
        await page.fill("[data-testid=composer]", "Waxaan helay warqad Kela ah")
        await page.click("[data-testid=send]")
        await bot_says("Jimco")  # when advisors are back: Friday

        await page.locator("[data-testid=topic]", has_text="#1").click()
        await tap(group, fi("cases-desk-button-take"))
        await bot_says(so("cases-taken"))
        await page.fill("[data-testid=group-composer]", "/kb housing-allowance")
        await page.click("[data-testid=group-send]")
        await bot_says(kb_title)
        await tap(group, fi("cases-desk-button-phrases"))
        await tap(group, fi("cases-phrase-send-photo")[:30])
        await bot_says(so("cases-phrase-send-photo"))
        await page.click("[data-testid=attach]")
        await page.click("[data-testid=attach-photo]")
        await group.locator("[data-testid=bubble][data-from=bot] img").first.wait_for()
        await page.click("[data-testid=group-photo]")
        await chat.locator("[data-testid=bubble][data-from=bot] img").first.wait_for()
        await tap(group, fi("cases-desk-button-close"))
        await tap(chat, "5 ⭐")
        await bot_says(so("cases-rated"))
        await page.fill("[data-testid=composer]", "Sidee baan u codsadaa asumistuki?")
        await page.click("[data-testid=send]")
        await chat.locator("[data-testid=inline-button]", has_text="👍").last.wait_for()
