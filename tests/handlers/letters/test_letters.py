"""A newcomer's letter through the emulator (real aiogram over HTTP): a photo, an album, an image file and a PDF each
get the explanation in Arabic, Dari and Somali; a dark photo gets tips; reminders are set and cancelled in one tap."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from bot.clock import FixedClock
from bot.i18n import LANGUAGE_NAMES, Translator
from bot.i18n.dates import day_long
from bot.letters.photo import Defect
from bot.letters.specimen import letter_pdf, photographed, render_pages
from tests.bot.letters.conftest import dev_letter, needs_fonts, needs_ocr
from tests.handlers.cases.helpers import plain, running_desk, topics, wait_thread, wait_topic
from tests.harness import BotHarness, buttons
from tests.infra import migrated_sqlite

pytestmark = [needs_ocr, needs_fonts]

# T0 is Tuesday 24 November 2026 in Tampere.
TODAY = date(2026, 11, 24)


async def newcomer(h: BotHarness, locale: str) -> int:
    user = await h.newcomer("Hodan", LANGUAGE_NAMES[locale], language_code=None)
    return user


async def send_letter(h: BotHarness, user: int, pages: list[tuple[str, bytes, str | None]]) -> dict[str, Any]:
    """The user sends one letter (one message, or an album of several); returns the bot's one answer."""
    before = len(h.bot_messages(user))
    album = "album-1" if len(pages) > 1 else None
    for kind, data, name in pages:
        h.emulator.send_media(user, kind, data=data, file_name=name, media_group_id=album)
    # reading takes seconds of CPU on a busy machine: wait for the answer itself, with a generous ceiling
    await h.emulator.wait_for_messages(user, before + 1, timeout=120)
    await h.settle()
    [answer] = h.bot_messages(user)[before:]
    return answer


def png(page: int = 0, prefix: str = "003") -> bytes:
    buffer = io.BytesIO()
    render_pages(dev_letter(prefix))[page].save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("locale", ["ar", "fa-AF", "so"])
async def test_photo_album_image_file_and_pdf_are_explained_in_the_users_language(
    sqlite_harness: BotHarness, locale: str
) -> None:
    h = sqlite_harness
    l10n = h.translator(locale)
    user = await newcomer(h, locale)
    bill = dev_letter("003")  # Kela: a bill of 1 218,40 € due 15.12.2026
    request = dev_letter("004")  # Kela: asks for more papers by 8.12.2026 (the date is on page 2)
    expected_bill = [
        l10n("letters-summary", sender="kela", kind="invoice"),
        l10n("letters-deadline", date=day_long(date(2026, 12, 15), locale), days=21, when="future"),
        l10n("letters-advice", kind="invoice"),
    ]
    expected_request = [
        l10n("letters-summary", sender="kela", kind="request-for-information"),
        l10n("letters-deadline", date=day_long(date(2026, 12, 8), locale), days=14, when="future"),
        l10n("letters-advice", kind="request-for-information"),
    ]
    sent = {
        "photo": [("photo", photographed(bill, seed=3, long_side=2000)[0], None)],
        "album": [("photo", p, None) for p in photographed(request, seed=5, long_side=2000)],
        "image file": [("document", png(), "kirje.png")],
        "pdf": [("document", letter_pdf(bill), "kirje.pdf")],
    }
    for how, pages in sent.items():
        answer = await send_letter(h, user, pages)
        expected = expected_request if how == "album" else expected_bill
        for part in expected:
            assert part in answer["html"], f"{how}: {part!r} missing from {answer['html']!r}"
        assert buttons(answer)[1:] == [
            l10n("letters-remind-button"),
            l10n("letters-book-button"),
            l10n("letters-person-button"),
        ], how
        assert buttons(answer)[0] == l10n(
            "letters-topic-button",
            title=h.resources.questions.title(
                "translate-documents" if how == "album" else "pay-bills", locale
            ),
        )
    assert "typing" in h.emulator.chat_actions(user), "the user sees that the bot is reading"
    # the two-page album was one letter: one answer per letter, four letters
    assert sum(1 for m in h.bot_messages(user) if l10n("letters-machine-note") in m["html"]) == 4


async def test_the_amount_is_shown_in_the_users_way_of_writing_money(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    user = await newcomer(h, "fi")
    answer = await send_letter(h, user, [("document", letter_pdf(dev_letter("003")), "lasku.pdf")])
    assert "Summa: 1\xa0218,40\xa0€" in answer["text"]
    assert "Lähettäjä: Kela" in answer["text"] and "Mikä kirje: lasku" in answer["text"]


async def test_a_dark_photo_gets_tips_for_a_better_photo(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    so = h.translator("so")
    user = await newcomer(h, "so")
    dark = photographed(dev_letter("003"), seed=2, long_side=2000, defect=Defect.DARK)[0]
    answer = await send_letter(h, user, [("photo", dark, None)])
    assert answer["html"] == so("letters-unreadable", problem="dark")
    assert "Sawirku aad buu u madow yahay." in answer["text"] and "afarta gees" in answer["text"]
    assert buttons(answer) == [so("letters-book-button"), so("letters-person-button")]


async def test_other_files_and_huge_files_get_a_clear_answer(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    ar = h.translator("ar")
    user = await newcomer(h, "ar")
    answer = await send_letter(h, user, [("document", b"PK\x03\x04 not a letter", "notes.docx")])
    assert answer["text"] == ar("letters-wrong-file")
    huge = b"%PDF-1.4\n" + bytes(21 * 1024 * 1024)
    answer = await send_letter(h, user, [("document", huge, "scan.pdf")])
    assert answer["text"] == ar("letters-too-big")
    giant = io.BytesIO()  # 100 megapixels in a 0.1 MB file: too big to read, not "the wrong kind of file"
    Image.new("L", (10_000, 10_000), 255).save(giant, "PNG")
    answer = await send_letter(h, user, [("document", giant.getvalue(), "scan.png")])
    assert answer["text"] == ar("letters-too-many-pixels")


async def test_remind_me_sets_a_reminder_and_one_tap_cancels_it(sqlite_harness: BotHarness) -> None:
    h = sqlite_harness
    fa = h.translator("fa-AF")
    user = await newcomer(h, "fa-AF")
    await send_letter(h, user, [("document", letter_pdf(dev_letter("003")), "bill.pdf")])
    [set_] = await h.press(user, fa("letters-remind-button"))
    assert set_["html"] == fa(
        "letters-remind-set",
        first="yes",
        soon=day_long(date(2026, 12, 12), "fa-AF"),
        date=day_long(date(2026, 12, 15), "fa-AF"),
    )
    assert "یادآوری می‌کنم" in set_["text"]
    [privacy] = await h.say(user, "/privacy")
    assert (
        fa("letters-privacy-item", date=day_long(date(2026, 12, 15), "fa-AF"), sender="kela", kind="invoice")
        in (privacy["html"])
    )
    [booking] = await h.press(user, fa("letters-book-button"))
    assert booking["html"].startswith(fa("booking-intro").split("\n")[0]), "Book a time opens booking"
    [cancelled] = await h.press(user, fa("letters-remind-cancel-button"))
    assert cancelled["text"] == fa("letters-remind-cancelled")
    [privacy] = await h.say(user, "/privacy")
    assert fa("letters-privacy-reminders") not in privacy["html"]


@pytest.fixture
async def desk(tmp_path: Path, clock: FixedClock, translator: Translator) -> AsyncIterator[BotHarness]:
    async with running_desk(await migrated_sqlite(tmp_path / "letters.sqlite3"), clock, translator) as h:
        yield h


async def test_talk_to_a_person_from_a_letter_sends_the_letter_into_the_case_with_consent(
    desk: BotHarness,
) -> None:
    h = desk
    ar = h.translator("ar")
    user = await newcomer(h, "ar")
    pages = photographed(dev_letter("004"), seed=5, long_side=2000)
    await send_letter(h, user, [("photo", p, None) for p in pages])
    [note, consent] = await h.press(user, ar("letters-person-button"), expect=2)
    assert note["text"] == ar("letters-person-note")
    assert consent["text"].startswith(plain(ar("cases-consent")).split("\n")[0])
    await h.press(user, ar("cases-consent-yes"), expect=0)
    [topic] = await wait_topic(h)
    relayed = await wait_thread(h, topic["message_thread_id"], 3)
    assert [m["kind"] for m in relayed[-2:]] == ["photo", "photo"], (
        "both pages of the letter reach the advisor"
    )
    assert plain(ar("cases-describe")) not in h.bot_messages(user)[-1]["text"], (
        "the letter is the description"
    )


async def test_declining_sends_nothing_and_a_later_case_does_not_carry_the_letter(desk: BotHarness) -> None:
    h = desk
    en = h.translator("en")
    user = await newcomer(h, "en")
    await send_letter(h, user, [("document", letter_pdf(dev_letter("003")), "bill.pdf")])
    await h.press(user, en("letters-person-button"), expect=2)
    await h.press(user, en("cases-consent-no"), expect=0)
    assert h.bot_messages(user)[-1]["text"] == en("cases-consent-declined")
    await h.press(user, en("common-menu-person"))
    await h.press(user, en("cases-consent-yes"), expect=0)
    assert h.bot_messages(user)[-1]["text"] == plain(en("cases-describe")), "no letter waits for this case"
    assert not topics(h), "nothing reached the advisors"
