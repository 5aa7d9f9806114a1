"""Telegram's limits that the spec states only in prose: keyboards, commands, text and caption lengths."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.emulator.errors import bad_request
from bot.emulator.markup import check_entities, parse_html, utf16_len
from bot.emulator.spec import ObjectHook

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_ANSWER = 200
MAX_BUTTONS = 100
MAX_BUTTONS_PER_ROW = 8
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_LANGUAGE_RE = re.compile(r"^[a-z]{2}$")
_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


def _inline_button(button: dict[str, Any]) -> None:
    actions = [a for a in _BUTTON_ACTIONS if a in button]
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if len(actions) > 1:
        raise bad_request("can't parse inline keyboard button: only one of the optional fields can be used")
    if not button["text"]:
        raise bad_request("BUTTON_TEXT_INVALID")
    if "callback_data" in button and not 1 <= len(button["callback_data"].encode("utf-8")) <= 64:
        raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button and not re.match(r"^(https?|tg)://\S+$", button["url"]):
        raise bad_request("BUTTON_URL_INVALID")


def _inline_keyboard(markup: dict[str, Any]) -> None:
    rows = markup["inline_keyboard"]
    if sum(len(row) for row in rows) > MAX_BUTTONS or any(len(row) > MAX_BUTTONS_PER_ROW for row in rows):
        raise bad_request("BUTTONS_TOO_MUCH")


def _reply_keyboard(markup: dict[str, Any]) -> None:
    rows = markup["keyboard"]
    if sum(len(row) for row in rows) > 300 or any(len(row) > 12 for row in rows):
        raise bad_request("BUTTONS_TOO_MUCH")
    if any(not button["text"] for row in rows for button in row):
        raise bad_request("BUTTON_TEXT_INVALID")


def _bot_command(command: dict[str, Any]) -> None:
    if not _COMMAND_RE.match(command["command"]):
        raise bad_request("BOT_COMMAND_INVALID")
    if not 1 <= len(command["description"]) <= 256:
        raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")


OBJECT_HOOKS: Mapping[str, ObjectHook] = {
    "InlineKeyboardButton": _inline_button,
    "InlineKeyboardMarkup": _inline_keyboard,
    "ReplyKeyboardMarkup": _reply_keyboard,
    "BotCommand": _bot_command,
}


def check_language_code(code: str) -> None:
    if code and not _LANGUAGE_RE.match(code):
        raise bad_request("LANG_CODE_INVALID")


def formatted(
    text: str, parse_mode: str | None, entities: list[dict[str, Any]] | None
) -> tuple[str, list[dict[str, Any]]]:
    """Apply ``parse_mode`` (HTML only) or explicit entities; returns plain text and entities."""
    if parse_mode:
        mode = parse_mode.lower()
        if mode == "html":
            return parse_html(text)
        if mode in ("markdown", "markdownv2"):
            raise bad_request(f"parse_mode {parse_mode} is not supported by the emulator; use HTML")
        raise bad_request(f"unsupported parse_mode {parse_mode}")
    if entities:
        check_entities(text, entities)
        return text, entities
    return text, []


def message_text(
    text: str, parse_mode: str | None, entities: list[dict[str, Any]] | None
) -> tuple[str, list[dict[str, Any]]]:
    plain, ents = formatted(text, parse_mode, entities)
    if not plain.strip():
        raise bad_request("message text is empty")
    if utf16_len(plain) > MAX_TEXT:
        raise bad_request("message is too long")
    return plain, ents


def caption(
    text: str | None, parse_mode: str | None, entities: list[dict[str, Any]] | None
) -> tuple[str | None, list[dict[str, Any]]]:
    if not text:
        return None, []
    plain, ents = formatted(text, parse_mode, entities)
    if utf16_len(plain) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    return plain, ents


def callback_answer_text(text: str | None) -> None:
    if text is not None and len(text) > MAX_CALLBACK_ANSWER:
        raise bad_request("MESSAGE_TOO_LONG")


def topic_name(name: str) -> None:
    if not 1 <= len(name) <= 128:
        raise bad_request("TOPIC_NAME_INVALID" if name else "TOPIC_NAME_EMPTY")
