"""Bot API methods that send, edit, copy and delete messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.emulator import checks
from bot.emulator.errors import bad_request, forbidden
from bot.emulator.markup import to_html
from bot.emulator.media import file_from_param, media_content
from bot.emulator.registry import Call, method
from bot.emulator.spec import Upload
from bot.emulator.world import MEDIA_KINDS, SERVICE_KINDS, ChatState, StoredMessage, World

if TYPE_CHECKING:
    from bot.emulator.emulator import TelegramEmulator

_CONTENT_KEYS = (
    *MEDIA_KINDS,
    "text",
    "entities",
    "caption",
    "caption_entities",
    "location",
    "contact",
    "poll",
    "dice",
)
# Telegram stops waiting for a press's answer after about 15 seconds (the app's spinner gives up).
CALLBACK_ANSWER_SECONDS = 15
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)


def _reply_to(world: World, state: ChatState, p: dict[str, Any]) -> StoredMessage | None:
    rp = p.get("reply_parameters") or {}
    mid = rp.get("message_id", p.get("reply_to_message_id"))
    if mid is None:
        return None
    source = world.resolve_chat(rp["chat_id"]) if rp.get("chat_id") is not None else state
    stored = source.messages.get(mid)
    if stored is None or stored.deleted:
        if rp.get("allow_sending_without_reply", p.get("allow_sending_without_reply")):
            return None
        raise bad_request("message to be replied not found")
    return stored


def _target(emu: TelegramEmulator, p: dict[str, Any], n: int = 1) -> tuple[ChatState, StoredMessage | None]:
    """The chat a send goes to, after every check Telegram makes, with the rate limit applied last."""
    state = emu.world.writable_chat(p["chat_id"])
    emu.world.writable_thread(state, p.get("message_thread_id"))
    reply = _reply_to(emu.world, state, p)
    emu.limiter.acquire(state.id, state.type, n=n)
    return state, reply


def _markup(state: ChatState, p: dict[str, Any], content: dict[str, Any]) -> dict[str, Any] | None:
    markup: dict[str, Any] | None = p.get("reply_markup")
    if markup is None:
        return None
    if "inline_keyboard" in markup:
        content["reply_markup"] = markup
    elif "keyboard" in markup:
        state.reply_keyboard = markup
    elif markup.get("remove_keyboard"):
        state.reply_keyboard = None
    return markup


def _post(
    emu: TelegramEmulator,
    state: ChatState,
    reply: StoredMessage | None,
    p: dict[str, Any],
    content: dict[str, Any],
    *,
    kind: str,
    html: str | None = None,
    file_id: str | None = None,
) -> dict[str, Any]:
    markup = _markup(state, p, content)
    stored = emu.world.post(
        state,
        emu.world.bot_user,
        content,
        kind=kind,
        thread_id=p.get("message_thread_id"),
        reply_to=reply,
        html=html,
        file_id=file_id,
    )
    stored.markup = markup
    emu.stats["messages_sent"] += 1
    return stored.message


def _html_source(p: dict[str, Any], key: str) -> str | None:
    mode = p.get("parse_mode")
    return str(p[key]) if mode and mode.lower() == "html" else None


@method("sendMessage")
async def send_message(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    text, entities = checks.message_text(p["text"], p.get("parse_mode"), p.get("entities"))
    state, reply = _target(emu, p)
    content: dict[str, Any] = {"text": text}
    if entities:
        content["entities"] = entities
    return _post(emu, state, reply, p, content, kind="text", html=_html_source(p, "text"))


def _caption(p: dict[str, Any], content: dict[str, Any]) -> None:
    text, entities = checks.caption(p.get("caption"), p.get("parse_mode"), p.get("caption_entities"))
    if text:
        content["caption"] = text
        if entities:
            content["caption_entities"] = entities


def _file_sender(kind: str) -> Any:
    async def send_file(emu: TelegramEmulator, call: Call) -> Any:
        p = call.params
        content: dict[str, Any] = {}
        if kind not in ("sticker", "video_note"):
            _caption(p, content)
        state, reply = _target(emu, p)
        stored = file_from_param(emu.world, kind, p[kind])
        content.update(media_content(kind, stored, p))
        html = _html_source(p, "caption") if "caption" in content else None
        return _post(emu, state, reply, p, content, kind=kind, html=html, file_id=stored.file_id)

    return send_file


for _kind in MEDIA_KINDS:
    _name = "send" + "".join(part.title() for part in _kind.split("_"))
    method(_name)(_file_sender(_kind))


@method("sendMediaGroup")
async def send_media_group(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    items: list[dict[str, Any]] = p["media"]
    if not 2 <= len(items) <= 10:
        raise bad_request("MEDIA_GROUP_INVALID: a media group must have 2-10 items")
    contents = []
    for item in items:
        content: dict[str, Any] = {}
        _caption(item, content)
        contents.append((item, content))
    state, reply = _target(emu, p, n=len(items))
    group_id = f"{state.next_message_id}{abs(state.id) % 10**6:06d}"
    sent = []
    for item, content in contents:
        kind = item["type"]
        value: Any = item["media"]
        if isinstance(value, str) and value.startswith("attach://"):
            value = call.uploads.get(value[len("attach://") :])
            if not isinstance(value, Upload):
                raise bad_request("wrong file identifier/HTTP URL specified")
        stored = file_from_param(emu.world, kind, value)
        content.update(media_content(kind, stored, item), media_group_id=group_id)
        html = _html_source(item, "caption") if "caption" in content else None
        sent.append(_post(emu, state, reply, p, content, kind=kind, html=html, file_id=stored.file_id))
    return sent


@method("sendLocation")
async def send_location(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    if not (-90 <= p["latitude"] <= 90 and -180 <= p["longitude"] <= 180):
        raise bad_request("wrong latitude or longitude")
    state, reply = _target(emu, p)
    content = {"location": {"latitude": p["latitude"], "longitude": p["longitude"]}}
    return _post(emu, state, reply, p, content, kind="location")


@method("sendContact")
async def send_contact(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    state, reply = _target(emu, p)
    contact = {k: p[k] for k in ("phone_number", "first_name", "last_name", "vcard") if k in p}
    return _post(emu, state, reply, p, {"contact": contact}, kind="contact")


@method("sendChatAction")
async def send_chat_action(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    state = emu.world.writable_chat(p["chat_id"])
    emu.world.thread(state, p.get("message_thread_id"))
    if p["action"] not in _CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    emu.world.chat_actions.append((state.id, p["action"]))
    return True


def _source(emu: TelegramEmulator, p: dict[str, Any], verb: str) -> StoredMessage:
    state = emu.world.resolve_chat(p["from_chat_id"])
    stored = emu.world.message(state, p["message_id"], f"message to {verb} not found")
    if stored.kind in SERVICE_KINDS:
        raise bad_request(f"message can't be {verb}ed" if verb == "forward" else "message can't be copied")
    return stored


@method("copyMessage")
async def copy_message(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    src = _source(emu, p, "copy")
    content = {k: v for k, v in src.message.items() if k in _CONTENT_KEYS}
    if "caption" in p:
        content.pop("caption", None)
        content.pop("caption_entities", None)
        _caption(p, content)
    state, reply = _target(emu, p)
    html = None if "caption" in p else src.html
    message = _post(emu, state, reply, p, content, kind=src.kind, html=html, file_id=src.file_id)
    return {"message_id": message["message_id"]}


@method("forwardMessage")
async def forward_message(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    src = _source(emu, p, "forward")
    content = {k: v for k, v in src.message.items() if k in _CONTENT_KEYS}
    content["forward_origin"] = {
        "type": "user",
        "sender_user": src.message["from"],
        "date": src.message["date"],
    }
    state, reply = _target(emu, p)
    return _post(emu, state, reply, p, content, kind=src.kind, html=src.html, file_id=src.file_id)


def _editable(emu: TelegramEmulator, p: dict[str, Any]) -> tuple[ChatState, StoredMessage]:
    if "inline_message_id" in p:
        raise bad_request("inline messages are not supported by the emulator")
    if "chat_id" not in p or "message_id" not in p:
        raise bad_request("message identifier is not specified")
    state = emu.world.resolve_chat(p["chat_id"])
    if state.type == "private" and state.blocked:
        raise forbidden("bot was blocked by the user")
    stored = emu.world.message(state, p["message_id"], "message to edit not found")
    if not stored.from_bot:
        raise bad_request("message can't be edited")
    return state, stored


def _apply_edit(emu: TelegramEmulator, state: ChatState, stored: StoredMessage, new: dict[str, Any]) -> Any:
    message = stored.message
    if all(message.get(k) == v for k, v in new.items()):
        raise bad_request(NOT_MODIFIED)
    emu.limiter.acquire(state.id, state.type, count_global=False)
    for key, value in new.items():
        if value is None:
            message.pop(key, None)
        else:
            message[key] = value
    message["edit_date"] = emu.world.now()
    stored.edited = True
    stored.markup = new.get("reply_markup")
    emu.world.touch(stored)
    return message


@method("editMessageText")
async def edit_message_text(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    text, entities = checks.message_text(p["text"], p.get("parse_mode"), p.get("entities"))
    state, stored = _editable(emu, p)
    if "text" not in stored.message:
        raise bad_request("there is no text in the message to edit")
    new = {"text": text, "entities": entities or None, "reply_markup": p.get("reply_markup")}
    message = _apply_edit(emu, state, stored, new)
    stored.html = _html_source(p, "text") or to_html(text, entities)
    return message


@method("editMessageCaption")
async def edit_message_caption(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    text, entities = checks.caption(p.get("caption"), p.get("parse_mode"), p.get("caption_entities"))
    state, stored = _editable(emu, p)
    if stored.file_id is None:
        raise bad_request("there is no caption in the message to edit")
    new = {"caption": text, "caption_entities": entities or None, "reply_markup": p.get("reply_markup")}
    message = _apply_edit(emu, state, stored, new)
    stored.html = _html_source(p, "caption") or (to_html(text, entities) if text else None)
    return message


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    state, stored = _editable(emu, p)
    return _apply_edit(emu, state, stored, {"reply_markup": p.get("reply_markup")})


def _delete(emu: TelegramEmulator, state: ChatState, message_id: int) -> None:
    stored = emu.world.message(state, message_id, "message to delete not found")
    if state.type != "private" and not stored.from_bot and state.bot_status != "administrator":
        raise bad_request("message can't be deleted")
    emu.world.delete(state, stored)


@method("deleteMessage")
async def delete_message(emu: TelegramEmulator, call: Call) -> Any:
    _delete(emu, emu.world.resolve_chat(call.params["chat_id"]), call.params["message_id"])
    return True


@method("deleteMessages")
async def delete_messages(emu: TelegramEmulator, call: Call) -> Any:
    state = emu.world.resolve_chat(call.params["chat_id"])
    ids: list[int] = call.params["message_ids"]
    if not 1 <= len(ids) <= 100:
        raise bad_request("message_ids must list 1-100 messages")
    for mid in ids:
        if mid in state.messages and not state.messages[mid].deleted:
            _delete(emu, state, mid)
    return True


@method("answerCallbackQuery")
async def answer_callback_query(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    checks.callback_answer_text(p.get("text"))
    query = emu.world.callback_queries.get(p["callback_query_id"])
    too_old = (
        query is not None and emu.world.now() - query.get("at", emu.world.now()) > CALLBACK_ANSWER_SECONDS
    )
    if query is None or query["answered"] or too_old:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    query["answered"] = True
    answer = {"id": p["callback_query_id"], "text": p.get("text"), "show_alert": bool(p.get("show_alert"))}
    if "url" in p:
        answer["url"] = p["url"]
    emu.world.callback_answers.append(answer)
    emu.world.changed()
    return True
