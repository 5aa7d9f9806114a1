"""Requests Telegram would reject are rejected, with Telegram's status codes and wording."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramUnauthorizedError
from aiogram.types import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup

from bot.clock import FixedClock
from bot.emulator import TelegramEmulator
from tests.bot.emulator.conftest import OTHER_TOKEN, TOKEN, Api, make_bot


async def test_get_me_describes_the_bot_of_the_token(bot: Bot) -> None:
    me = await bot.get_me()
    assert me.id == 123456789
    assert me.is_bot and me.username == "kototori_bot"


@pytest.mark.parametrize(
    "token", ["123:short", "abc:" + "A" * 35, "123456789" + "A" * 36, "1:" + "A" * 34 + "!"]
)
async def test_malformed_token_is_unauthorized(api: Api, token: str) -> None:
    status, body = await api.call("getMe", token=token)
    assert (status, body) == (401, {"ok": False, "error_code": 401, "description": "Unauthorized"})


async def test_one_emulator_serves_one_bot(emu: TelegramEmulator) -> None:
    other = make_bot(emu, OTHER_TOKEN)
    try:
        with pytest.raises(TelegramUnauthorizedError):
            await other.get_me()
    finally:
        await other.session.close()


async def test_first_token_seen_is_adopted_when_none_given(api: Api) -> None:
    emulator = TelegramEmulator()
    await emulator.start()
    try:
        raw = Api(emulator, api.session)
        assert (await raw.call("getMe", token=OTHER_TOKEN))[1]["result"]["id"] == 987654321
        assert (await raw.call("getMe", token=TOKEN))[0] == 401
    finally:
        await emulator.stop()


async def test_unknown_method_is_404(api: Api) -> None:
    status, body = await api.call("sendTelepathy")
    assert (status, body["description"]) == (404, "Not Found")


async def test_method_names_are_case_insensitive_and_get_works(api: Api, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    async with api.session.get(api.url("SENDMESSAGE"), params={"chat_id": user["id"], "text": "hei"}) as resp:
        body = await resp.json()
    assert resp.status == 200 and body["result"]["text"] == "hei"


async def test_unknown_parameter_is_rejected_when_strict(api: Api, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    status, body = await api.form("sendMessage", chat_id=user["id"], text="hi", colour="red")
    assert (status, body["description"]) == (400, "Bad Request: unknown parameter colour")


async def test_unknown_parameter_is_ignored_when_not_strict(http: object) -> None:
    import aiohttp

    assert isinstance(http, aiohttp.ClientSession)
    emulator = TelegramEmulator(TOKEN, strict=False)
    await emulator.start()
    try:
        user = emulator.add_user("Aino")
        status, body = await Api(emulator, http).form(
            "sendMessage", chat_id=user["id"], text="hi", colour="red"
        )
        assert status == 200 and body["ok"] is True
    finally:
        await emulator.stop()


async def test_missing_text_and_missing_chat(api: Api, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    assert (await api.form("sendMessage", chat_id=user["id"]))[1]["description"] == (
        "Bad Request: message text is empty"
    )
    assert (await api.form("sendMessage", text="hi"))[1]["description"] == (
        'Bad Request: parameter "chat_id" is required'
    )


async def test_wrong_types_are_rejected(api: Api, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    status, body = await api.form("sendMessage", chat_id=user["id"], text="hi", disable_notification="maybe")
    assert status == 400 and "disable_notification" in body["description"]
    status, body = await api.form("sendMessage", chat_id=user["id"], text="hi", message_thread_id="x1")
    assert status == 400 and "message_thread_id" in body["description"] and "Integer" in body["description"]
    status, body = await api.form("sendMessage", chat_id=user["id"], text="hi", reply_markup="{not json")
    assert (status, body["description"]) == (400, "Bad Request: can't parse reply_markup JSON object")


async def test_json_bodies_are_typed(api: Api, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    status, body = await api.json("sendMessage", chat_id=user["id"], text="hi", disable_notification=True)
    assert status == 200 and body["result"]["chat"]["id"] == user["id"]
    status, body = await api.json("sendMessage", chat_id=user["id"], text="hi", disable_notification="nope")
    assert status == 400


async def test_unknown_chat(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(42, "hi")
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message("@nobody", "hi")


async def test_text_length_counts_utf16_code_units(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    await bot.send_message(user["id"], "a" * 4096)
    await bot.send_message(user["id"], "😀" * 2048)  # 4096 UTF-16 code units
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(user["id"], "😀" * 2048 + "a")
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await bot.send_message(user["id"], "<b> </b>", parse_mode="HTML")


async def test_length_is_measured_after_html_parsing(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    message = await bot.send_message(user["id"], "<b>" + "&amp;" * 4096 + "</b>", parse_mode="HTML")
    assert message.text == "&" * 4096


async def test_caption_limit(bot: Bot, emu: TelegramEmulator) -> None:
    from aiogram.types import BufferedInputFile

    user = emu.add_user("Aino")
    with pytest.raises(TelegramBadRequest, match="caption is too long"):
        await bot.send_photo(user["id"], BufferedInputFile(b"x", "a.jpg"), caption="c" * 1025)


def keyboard(*rows: list[str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=d, callback_data=d) for d in row] for row in rows]
    )


async def test_callback_data_is_limited_to_64_bytes(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    await bot.send_message(user["id"], "ok", reply_markup=keyboard(["x" * 64]))
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(user["id"], "no", reply_markup=keyboard(["x" * 65]))
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(user["id"], "no", reply_markup=keyboard(["ش" * 33]))  # 66 bytes, 33 letters


async def test_inline_keyboard_shape_limits(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    with pytest.raises(TelegramBadRequest, match="BUTTONS_TOO_MUCH"):
        await bot.send_message(user["id"], "wide", reply_markup=keyboard([str(i) for i in range(9)]))
    rows = [[f"{r}-{c}" for c in range(8)] for r in range(13)]  # 104 buttons
    with pytest.raises(TelegramBadRequest, match="BUTTONS_TOO_MUCH"):
        await bot.send_message(user["id"], "big", reply_markup=keyboard(*rows))
    with pytest.raises(TelegramBadRequest, match="Text buttons are unallowed"):
        await bot.send_message(
            user["id"],
            "t",
            reply_markup=InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="t")]]),
        )


async def test_unknown_field_inside_an_object_is_rejected(api: Api, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    markup = {"inline_keyboard": [[{"text": "a", "callback_data": "a", "colour": "red"}]]}
    status, body = await api.form(
        "sendMessage", chat_id=user["id"], text="hi", reply_markup=json.dumps(markup)
    )
    assert status == 400 and '"colour"' in body["description"]


@pytest.mark.parametrize(
    ("source", "detail"),
    [
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", "Unmatched end tag"),
        ("<br>", 'Unsupported start tag "br"'),
        ("a < b", "Unexpected end of name token"),
        ("Tom & Jerry", 'Character "&" is reserved'),
        ("&nbsp;", 'Character "&" is reserved'),
        ('<span class="x">s</span>', "tg-spoiler"),
    ],
)
async def test_bad_html_cannot_be_parsed(bot: Bot, emu: TelegramEmulator, source: str, detail: str) -> None:
    user = emu.add_user("Aino")
    with pytest.raises(TelegramBadRequest) as err:
        await bot.send_message(user["id"], source, parse_mode="HTML")
    assert "can't parse entities" in err.value.message and detail in err.value.message


async def test_markdown_is_refused_but_plain_text_works(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    assert (await bot.send_message(user["id"], "<b>not bold</b> & fine")).text == "<b>not bold</b> & fine"
    with pytest.raises(TelegramBadRequest, match="MarkdownV2"):
        await bot.send_message(user["id"], "*x*", parse_mode="MarkdownV2")


async def test_bot_commands_are_validated(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand(command="Start", description="x")])
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_DESCRIPTION_INVALID"):
        await bot.set_my_commands([BotCommand(command="start", description="d" * 257)])
    with pytest.raises(TelegramBadRequest, match="LANG_CODE_INVALID"):
        await bot.set_my_commands([BotCommand(command="start", description="d")], language_code="fi-x-selko")


async def test_answer_callback_query_text_limit(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    sent = await bot.send_message(user["id"], "q", reply_markup=keyboard(["a"]))
    query = emu.press(user["id"], user["id"], sent.message_id, "a")
    with pytest.raises(TelegramBadRequest, match="MESSAGE_TOO_LONG"):
        await bot.answer_callback_query(query["id"], text="t" * 201)
    assert await bot.answer_callback_query(query["id"], text="t" * 200)
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query(query["id"])


async def test_unsupported_method_is_validated_then_refused(api: Api, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    status, body = await api.form("sendPoll", chat_id=user["id"])
    assert status == 400 and "is required" in body["description"]
    status, body = await api.json(
        "sendPoll", chat_id=user["id"], question="q", options=[{"text": "a"}, {"text": "b"}]
    )
    assert (status, body["description"]) == (400, "Bad Request: method not supported by the emulator")


async def test_requests_are_logged_and_counted(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    await bot.send_message(user["id"], "hi")
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(user["id"], "hi", message_thread_id=77)
    assert emu.requests_log[-1] == (
        "sendMessage",
        {"chat_id": user["id"], "text": "hi", "message_thread_id": 77},
    )
    assert emu.stats["messages_sent"] == 1 and emu.stats["errors"] == 1


async def test_scope_and_media_types_are_checked(api: Api, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    commands = json.dumps([{"command": "start", "description": "Start"}])
    status, body = await api.form("setMyCommands", commands=commands, scope=json.dumps({"type": "everyone"}))
    assert status == 400 and "everyone" in body["description"]
    status, _ = await api.form(
        "setMyCommands", commands=commands, scope=json.dumps({"type": "chat", "chat_id": user["id"]})
    )
    assert status == 200
    media = json.dumps([{"type": "hologram", "media": "x"}, {"type": "photo", "media": "y"}])
    status, body = await api.form("sendMediaGroup", chat_id=user["id"], media=media)
    assert status == 400 and "media" in body["description"]


async def test_legacy_reply_to_message_id_is_still_accepted(api: Api, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    mine = emu.send_text(user["id"], "question")
    status, body = await api.form(
        "sendMessage", chat_id=user["id"], text="answer", reply_to_message_id=mine["message_id"]
    )
    assert status == 200 and body["result"]["reply_to_message"]["text"] == "question"
    status, body = await api.form("sendMessage", chat_id=user["id"], text="answer", reply_to_message_id=999)
    assert (status, body["description"]) == (400, "Bad Request: message to be replied not found")


async def test_a_press_answered_too_late_is_refused(
    bot: Bot, emu: TelegramEmulator, fixed_clock: FixedClock
) -> None:
    user = emu.add_user("Aino")
    sent = await bot.send_message(user["id"], "q", reply_markup=keyboard(["a"]))
    late = emu.press(user["id"], user["id"], sent.message_id, "a")
    fixed_clock.advance(timedelta(seconds=16))
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query(late["id"])
    fresh = emu.press(user["id"], user["id"], sent.message_id, "a")
    assert await bot.answer_callback_query(fresh["id"])
