"""Issue 17's browser target, in a real headless Chromium against the demo: Leena gets a sign-in link from the bot,
the dashboard draws its charts without console errors, she edits the Arabic answer of a topic (the phone preview
follows as she types), saves, and the bot, through the emulator, answers an Arabic question with the new text.

With KOTOTORI_SCREENSHOTS=DIR the dashboard and the editor are saved there (docs/ has the README's pictures).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bench.console import generate
from bot.runtime.demo import COORDINATOR, Demo
from tests.bot.runtime.demo import chromium, need_chromium, running_demo

pytestmark = pytest.mark.browser

TOPIC = "housing-allowance"
NEW_ANSWER = "هذا نص جديد من لوحة الموظفين: قدّم طلب دعم السكن في OmaKela، وتعال إلى كوتوتوري يوم الثلاثاء."
AHMED = 7101


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[Demo]:
    need_chromium()
    async with running_demo(tmp_path) as running:
        # Twelve weeks of Kototori-sized traffic, so the charts have something to show.
        await generate(running.resources.sessionmaker, days=84, people=30, now=running.clock.now())
        yield running


def bot_messages(demo: Demo, chat_id: int) -> list[dict[str, Any]]:
    return [m for m in demo.emulator.chat_messages(chat_id) if m["from_bot"] and not m["deleted"]]


async def say(demo: Demo, user_id: int, text: str, expect: int = 1) -> list[dict[str, Any]]:
    before = len(bot_messages(demo, user_id))
    demo.emulator.send_text(user_id, text)
    await demo.emulator.wait_for_messages(user_id, before + expect, timeout=30)
    return bot_messages(demo, user_id)[before:]


async def sign_in_link(demo: Demo) -> str:
    """Leena, the coordinator, sends /console to the bot."""
    [reply] = await say(demo, COORDINATOR[1], "/console")
    links = [e["url"] for e in reply.get("entities", []) if e["type"] == "text_link"]
    assert links and "/console/sign-in/" in links[0], reply
    return str(links[0])


async def bot_answers_with(demo: Demo, text: str) -> bool:
    """Ahmed (Arabic) asks about housing allowance until the answer carries `text` (the rebuild takes seconds)."""
    question = demo.resources.questions.kb.topics[TOPIC].texts["ar"].examples[0]
    for _ in range(30):
        [answer] = await say(demo, AHMED, question)
        if text in answer["text"]:
            return True
        await asyncio.sleep(2)
    return False


async def test_sign_in_dashboard_edit_arabic_and_the_bot_answers_with_it(demo: Demo) -> None:
    from playwright.async_api import ConsoleMessage

    shots = os.environ.get("KOTOTORI_SCREENSHOTS")
    demo.emulator.add_user("Ahmed", language_code="ar", user_id=AHMED)
    [picker] = await say(demo, AHMED, "/start")
    arabic = next(
        b for row in picker["reply_markup"]["inline_keyboard"] for b in row if b["text"] == "العربية"
    )
    before = len(bot_messages(demo, AHMED))
    demo.emulator.press(AHMED, AHMED, picker["message_id"], arabic["callback_data"])
    await demo.emulator.wait_for_messages(AHMED, before + 1, timeout=30)
    assert not await_quick_answer_has(demo, NEW_ANSWER)

    link = await sign_in_link(demo)
    problems: list[str] = []
    async with chromium() as browser:
        page = await browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(30_000)

        def on_console(message: ConsoleMessage) -> None:
            if message.type in ("error", "warning"):
                problems.append(f"{message.type}: {message.text}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        await page.goto(link)
        await page.click("[data-testid=sign-in]")
        await page.wait_for_url("**/console/")
        await page.wait_for_selector("body[data-charts='7']")  # seven charts drawn, the eighth is a table
        assert await page.locator("canvas").count() == 7
        heights = await page.eval_on_selector_all("canvas", "cs => cs.map(c => c.clientHeight)")
        assert all(h > 100 for h in heights), heights
        await page.click("[data-testid=switch-language]")  # Finnish by default; the pictures are in English
        await page.wait_for_selector("body[data-charts='7']")
        if shots:
            await page.screenshot(path=str(Path(shots) / "console-dashboard.png"), full_page=True)

        await page.click("[data-testid=nav-kb]")
        await page.click(f"[data-testid=cell-{TOPIC}-ar]")
        answer = page.locator("[data-testid=answer]")
        assert await answer.get_attribute("dir") == "rtl"
        await answer.fill(NEW_ANSWER + "\n<b>كيلا</b> <script>alert(1)</script>")
        preview = page.locator("[data-testid=preview]")
        assert NEW_ANSWER in await preview.inner_text()
        assert await preview.locator("b", has_text="كيلا").count() == 1, "allowed tags format the preview"
        assert "<script>alert(1)</script>" in await preview.inner_text(), "any other markup is shown as text"
        assert await preview.evaluate("p => getComputedStyle(p).direction") == "rtl"
        if shots:
            await page.screenshot(path=str(Path(shots) / "console-editor.png"), full_page=True)
        await page.click("[data-testid=save]")
        await page.wait_for_selector("[data-testid=saved]")
        assert "<script>alert(1)</script>" in await page.locator("[data-testid=answer]").input_value()

        phone = await browser.new_page(viewport={"width": 390, "height": 844})  # a phone
        await phone.goto(page.url)
        width = await phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the editor fits a phone's width ({width}px)"

        # The demo page's "console" link signs its coordinator persona in with one click.
        context = await browser.new_context()
        demo_page = await context.new_page()
        await demo_page.goto(demo.url + "/")
        await demo_page.wait_for_selector("body[data-ready='1']")
        async with context.expect_page() as opened:
            await demo_page.click("[data-testid=console-link]")
        console_page = await opened.value
        await console_page.wait_for_selector("body[data-charts='7']")
        assert "Leena" in await console_page.inner_text("header")
    assert problems == []
    assert await bot_answers_with(demo, NEW_ANSWER)
    [answer] = await say(demo, AHMED, demo.resources.questions.kb.topics[TOPIC].texts["ar"].examples[0])
    assert "<script>alert(1)</script>" in answer["text"], "shown as text in Telegram too"


def await_quick_answer_has(demo: Demo, text: str) -> bool:
    rendered = demo.resources.questions.render(TOPIC, "ar")
    return rendered is not None and text in rendered.text.answer
