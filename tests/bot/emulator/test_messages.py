"""Sending, editing, copying and deleting messages, files, keyboards, and what the chat shows."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import (
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaDocument,
    InputMediaPhoto,
    InputMediaVideo,
    KeyboardButton,
    MessageId,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)

from bot.emulator import TelegramEmulator
from tests.bot.emulator.conftest import NOW


def kb(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=d.upper(), callback_data=d) for d in data]]
    )


async def test_sent_message_shape_and_chat_view(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Zahra", language_code="fa")
    emu.send_text(user["id"], "سلام")
    first = await bot.send_message(
        user["id"], "<b>Hei</b> Zahra", parse_mode="HTML", reply_markup=kb("a", "b")
    )
    second = await bot.send_message(user["id"], "again")
    assert (first.message_id, second.message_id) == (2, 3)  # per-chat, after the user's message 1
    assert first.date == NOW and first.from_user is not None and first.from_user.is_bot
    shown = emu.chat_messages(user["id"])
    assert [(m["from_bot"], m["text"]) for m in shown] == [
        (False, "سلام"),
        (True, "Hei Zahra"),
        (True, "again"),
    ]
    assert shown[1]["html"] == "<b>Hei</b> Zahra"
    assert shown[1]["entities"] == [{"offset": 0, "length": 3, "type": "bold"}]
    assert shown[1]["reply_markup"] == {
        "inline_keyboard": [[{"text": "A", "callback_data": "a"}, {"text": "B", "callback_data": "b"}]]
    }
    assert shown[2]["html"] == "again" and shown[2]["kind"] == "text" and not shown[2]["edited"]


async def test_user_cannot_be_messaged_before_they_start_the_bot(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Anna", started=False)
    with pytest.raises(TelegramForbiddenError, match="can't initiate conversation"):
        await bot.send_message(user["id"], "hi")
    emu.send_text(user["id"], "/start")
    assert (await bot.send_message(user["id"], "hi")).text == "hi"


async def test_edit_text_and_markup(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    sent = await bot.send_message(user["id"], "v1", reply_markup=kb("a"))
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text(
            "v1", chat_id=user["id"], message_id=sent.message_id, reply_markup=kb("a")
        )
    edited = await bot.edit_message_text(
        "<i>v2</i>", chat_id=user["id"], message_id=sent.message_id, parse_mode="HTML"
    )
    assert not isinstance(edited, bool) and edited.text == "v2" and edited.reply_markup is None
    await bot.edit_message_reply_markup(chat_id=user["id"], message_id=sent.message_id, reply_markup=kb("z"))
    view = emu.chat_messages(user["id"])[-1]
    assert (
        view["edited"]
        and view["html"] == "<i>v2</i>"
        and view["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "z"
    )
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("x", chat_id=user["id"], message_id=999)
    user_message = emu.send_text(user["id"], "mine")
    with pytest.raises(TelegramBadRequest, match="message can't be edited"):
        await bot.edit_message_text("x", chat_id=user["id"], message_id=user_message["message_id"])


async def test_delete_message(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    sent = await bot.send_message(user["id"], "bye")
    assert await bot.delete_message(user["id"], sent.message_id)
    assert emu.chat_messages(user["id"])[-1]["deleted"] is True
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(user["id"], sent.message_id)


async def test_copy_returns_message_id_and_forward_returns_message(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    group = emu.add_forum_group("Advisors")
    original = emu.send_text(user["id"], "Tarvitsen apua")
    copied = await bot.copy_message(group["id"], user["id"], original["message_id"])
    assert isinstance(copied, MessageId)
    assert emu.chat_messages(group["id"])[-1]["text"] == "Tarvitsen apua"
    forwarded = await bot.forward_message(group["id"], user["id"], original["message_id"])
    assert forwarded.forward_origin is not None and forwarded.text == "Tarvitsen apua"
    with pytest.raises(TelegramBadRequest, match="message to copy not found"):
        await bot.copy_message(group["id"], user["id"], 999)


async def test_upload_get_file_download_and_resend_by_file_id(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    doc = await bot.send_document(
        user["id"], BufferedInputFile(b"%PDF-1.4 guide", "opas.pdf"), caption="Opas"
    )
    assert doc.document is not None and doc.document.file_name == "opas.pdf" and doc.caption == "Opas"
    file = await bot.get_file(doc.document.file_id)
    assert file.file_path is not None
    data = await bot.download_file(file.file_path)
    assert data is not None and data.read() == b"%PDF-1.4 guide"
    again = await bot.send_document(user["id"], doc.document.file_id)
    assert again.document is not None and again.document.file_unique_id == doc.document.file_unique_id
    with pytest.raises(TelegramBadRequest, match="wrong file identifier"):
        await bot.send_document(user["id"], "no-such-file-id")
    with pytest.raises(TelegramBadRequest, match="can't use file of type Document as Photo"):
        await bot.send_photo(user["id"], doc.document.file_id)
    view = emu.chat_messages(user["id"])[0]
    assert view["kind"] == "document" and view["file"]["file_name"] == "opas.pdf"


async def test_files_users_send_can_be_downloaded(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    emu.send_media(user["id"], "voice", data=b"OggS voice")
    emu.send_media(user["id"], "photo", caption="residence permit")
    updates = await bot.get_updates()
    voice = updates[0].message.voice if updates[0].message else None
    assert voice is not None and voice.duration >= 1
    file = await bot.get_file(voice.file_id)
    assert file.file_path is not None
    data = await bot.download_file(file.file_path)
    assert data is not None and data.read() == b"OggS voice"
    photo = updates[1].message
    assert photo is not None and photo.photo and photo.caption == "residence permit"


@pytest.mark.parametrize(
    "kind",
    [
        "photo",
        "document",
        "voice",
        "sticker",
        "location",
        "contact",
        "video",
        "audio",
        "video_note",
        "animation",
    ],
)
async def test_every_user_media_kind_is_a_valid_update(emu: TelegramEmulator, kind: str) -> None:
    user = emu.add_user("Aino")
    emu.send_media(user["id"], kind, caption="c" if kind not in ("sticker", "location", "contact") else None)
    update = Update.model_validate(emu.world.updates[-1])
    assert update.message is not None and getattr(update.message, kind) is not None


async def test_media_group_with_uploads(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    sent = await bot.send_media_group(
        user["id"],
        [
            InputMediaPhoto(media=BufferedInputFile(b"img1", "1.jpg"), caption="<b>1</b>", parse_mode="HTML"),
            InputMediaPhoto(media=BufferedInputFile(b"img2", "2.jpg")),
        ],
    )
    assert len(sent) == 2 and sent[0].media_group_id == sent[1].media_group_id is not None
    assert sent[0].caption == "1"
    mixed = await bot.send_media_group(
        user["id"],
        [
            InputMediaPhoto(media=sent[0].photo[-1].file_id if sent[0].photo else ""),
            InputMediaVideo(media=BufferedInputFile(b"mp4", "v.mp4")),
        ],
    )
    assert mixed[0].photo and mixed[1].video
    with pytest.raises(TelegramBadRequest):
        await bot.send_media_group(user["id"], [InputMediaDocument(media=BufferedInputFile(b"d", "d.txt"))])


async def test_location_and_chat_action(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    sent = await bot.send_location(user["id"], 61.4978, 23.761)
    assert sent.location is not None and sent.location.latitude == pytest.approx(61.4978)
    assert await bot.send_chat_action(user["id"], "typing")
    with pytest.raises(TelegramBadRequest, match="wrong parameter action"):
        await bot.send_chat_action(user["id"], "dancing")


async def test_press_needs_the_button_and_queues_a_callback_query(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    sent = await bot.send_message(user["id"], "Valitse", reply_markup=kb("lang:fi", "lang:ar"))
    with pytest.raises(ValueError, match="no button"):
        emu.press(user["id"], user["id"], sent.message_id, "lang:xx")
    emu.press(user["id"], user["id"], sent.message_id, "lang:xx", forge=True)
    query = emu.press(user["id"], user["id"], sent.message_id, "lang:ar")
    updates = await bot.get_updates()
    assert [u.callback_query.data for u in updates if u.callback_query] == ["lang:xx", "lang:ar"]
    await bot.answer_callback_query(query["id"], text="✓", show_alert=True)
    assert emu.callback_answers == [{"id": query["id"], "text": "✓", "show_alert": True}]


async def test_reply_keyboard_buttons(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    markup = ReplyKeyboardMarkup(keyboard=[[KeyboardButton(text="Kyllä"), KeyboardButton(text="Ei")]])
    await bot.send_message(user["id"], "OK?", reply_markup=markup)
    assert emu.chat_messages(user["id"])[-1]["reply_markup"]["keyboard"][0][0]["text"] == "Kyllä"
    message = emu.press_reply_button(user["id"], "Kyllä")
    assert message["text"] == "Kyllä"
    await bot.send_message(user["id"], "done", reply_markup=ReplyKeyboardRemove())
    with pytest.raises(ValueError, match="no reply keyboard button"):
        emu.press_reply_button(user["id"], "Ei")


async def test_user_edits_arrive_as_edited_message(bot: Bot, emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    sent = emu.send_text(user["id"], "helo")
    emu.edit_text(user["id"], user["id"], sent["message_id"], "hello")
    updates = await bot.get_updates()
    assert updates[-1].edited_message is not None and updates[-1].edited_message.text == "hello"
    assert emu.chat_messages(user["id"])[0]["edited"] is True


async def test_group_privacy_mode_hides_plain_chatter_from_a_non_admin_bot(
    emu: TelegramEmulator, bot: Bot
) -> None:
    aino = emu.add_user("Aino")
    group = emu.add_group("Kurssi", members=[aino["id"]])
    emu.send_text(aino["id"], "hello all", chat_id=group["id"])
    emu.send_text(aino["id"], "/help", chat_id=group["id"])
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["/help"]


async def test_wait_for_messages_explains_a_timeout(emu: TelegramEmulator) -> None:
    user = emu.add_user("Aino")
    emu.send_text(user["id"], "anyone?")
    with pytest.raises(TimeoutError, match=r"has 0 of 1 expected bot messages.*'anyone\?'"):
        await emu.wait_for_messages(user["id"], 1, timeout=0.1)
