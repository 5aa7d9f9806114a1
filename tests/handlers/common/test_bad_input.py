"""More bad input from newcomers: polls, dice, round videos, GIFs, files of unknown types, /start with garbage."""

from __future__ import annotations

import pytest

from bot.i18n import LANGUAGE_NAMES
from tests.harness import BotHarness, buttons

KINDS = {
    "poll": "common-fallback-other",
    "dice": "common-fallback-other",
    "video_note": "common-fallback-voice",
    "animation": "common-fallback-other",
}


@pytest.mark.parametrize("kind", sorted(KINDS))
async def test_polls_dice_round_videos_and_gifs_get_a_localized_answer(
    sqlite_harness: BotHarness, kind: str
) -> None:
    h = sqlite_harness
    user = await h.newcomer("Ahmed", "العربية", language_code="ar")
    before = len(h.bot_messages(user))
    h.emulator.send_media(user, kind)
    [reply] = await h.wait_new(user, before, 1)
    assert reply["html"] == h.translator("ar")(KINDS[kind])


@pytest.mark.parametrize("name", ["setup.exe", "data.bin", "notes.docx", "no-extension"])
async def test_files_of_unknown_types_get_a_clear_answer(sqlite_harness: BotHarness, name: str) -> None:
    h = sqlite_harness
    user = await h.newcomer("Hodan", "Soomaali", language_code=None)
    before = len(h.bot_messages(user))
    h.emulator.send_media(user, "document", data=b"\x00\x01binary\xff" * 50, file_name=name)
    await h.emulator.wait_for_messages(user, before + 1, timeout=60)
    await h.settle()
    [reply] = h.bot_messages(user)[before:]
    assert reply["html"] == h.translator("so")("letters-wrong-file")


@pytest.mark.parametrize(
    "payload",
    ["<b>x</b>&amp;", "ref_" + "A" * 60, "%F0%9F%98%80", "--", "كيلا", "../../etc/passwd"],
)
async def test_start_with_a_garbage_deep_link(sqlite_harness: BotHarness, payload: str) -> None:
    h = sqlite_harness
    new = h.new_user("Zahra", language_code="fa")
    [picker] = await h.say(new, f"/start {payload}")
    assert LANGUAGE_NAMES["fa-AF"] in buttons(picker), "a newcomer still gets the language picker"
    known = await h.newcomer("Anna", "English")
    [back] = await h.say(known, f"/start {payload}")
    assert back["text"] == h.translator("en")("onboarding-welcome-back")
