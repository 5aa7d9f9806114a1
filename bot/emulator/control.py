"""The control API under ``/_emu/``: JSON endpoints for the demo page and outside tools to act as users."""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.emulator.server import json_object

if TYPE_CHECKING:
    from bot.emulator.emulator import TelegramEmulator

logger = logging.getLogger(__name__)

Route = Callable[["TelegramEmulator", web.Request], Awaitable[Any]]


class ControlError(Exception):
    """A control request that cannot be done; answered with 400."""


def _dumps(body: Any) -> str:
    return json.dumps(body, ensure_ascii=False)


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        return await json_object(request)
    except ValueError:
        raise ControlError("the body must be a JSON object") from None


def _int(body: dict[str, Any] | Any, key: str, default: int | None = None) -> int:
    value = body.get(key, default)
    if value is None or value == "":
        if default is not None:
            return default
        raise ControlError(f'"{key}" is required')
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ControlError(f'"{key}" must be an integer') from None


def _opt_int(body: dict[str, Any] | Any, key: str) -> int | None:
    return None if body.get(key) in (None, "") else _int(body, key)


async def state(emu: TelegramEmulator, request: web.Request) -> Any:
    world = emu.world
    privates = [s for s in world.chats.values() if s.type == "private"]
    groups = [s for s in world.chats.values() if s.type != "private"]
    return {
        "bot": emu.get_me(),
        "users": list(world.users.values()),
        "chats": [{**s.chat, "blocked": s.blocked, "started": s.started} for s in privates],
        "groups": [
            {**s.chat, "bot_status": s.bot_status, "members": s.members, "topics": emu.topics(s.id)}
            for s in groups
        ],
        "stats": dict(emu.stats),
        "rate_limits": emu.limiter.enabled,
        "webhook": emu.hub.webhook.url if emu.hub.webhook else None,
        "now": emu.clock.now().isoformat(),
    }


async def add_user(emu: TelegramEmulator, request: web.Request) -> Any:
    body = await _body(request)
    name = str(body.get("first_name") or "").strip()
    if not name:
        raise ControlError('"first_name" is required')
    return emu.add_user(
        name,
        language_code=body.get("language_code") or None,
        user_id=_opt_int(body, "user_id"),
        last_name=body.get("last_name"),
        username=body.get("username"),
    )


async def send(emu: TelegramEmulator, request: web.Request) -> Any:
    body = await _body(request)
    return emu.send_text(
        _int(body, "user_id"),
        str(body.get("text") or ""),
        chat_id=_opt_int(body, "chat_id"),
        message_thread_id=_opt_int(body, "message_thread_id"),
        reply_to=_opt_int(body, "reply_to"),
    )


async def media(emu: TelegramEmulator, request: web.Request) -> Any:
    body = await _body(request)
    data = None
    if body.get("data_base64"):
        try:
            data = base64.b64decode(body["data_base64"], validate=True)
        except (binascii.Error, ValueError):
            raise ControlError('"data_base64" is not valid base64') from None
    return emu.send_media(
        _int(body, "user_id"),
        str(body.get("kind") or ""),
        chat_id=_opt_int(body, "chat_id"),
        message_thread_id=_opt_int(body, "message_thread_id"),
        caption=body.get("caption") or None,
        data=data,
        file_name=body.get("file_name") or None,
    )


async def edit(emu: TelegramEmulator, request: web.Request) -> Any:
    body = await _body(request)
    return emu.edit_text(
        _int(body, "user_id"), _int(body, "chat_id"), _int(body, "message_id"), str(body.get("text") or "")
    )


async def press(emu: TelegramEmulator, request: web.Request) -> Any:
    body = await _body(request)
    return emu.press(
        _int(body, "user_id"),
        _int(body, "chat_id"),
        _int(body, "message_id"),
        str(body.get("callback_data") or ""),
    )


async def messages(emu: TelegramEmulator, request: web.Request) -> Any:
    chat_id = _int(request.match_info, "chat_id")
    return emu.chat_messages(
        chat_id, _opt_int(request.query, "thread_id"), since=_int(request.query, "since", 0)
    )


async def topics(emu: TelegramEmulator, request: web.Request) -> Any:
    return emu.topics(_int(request.match_info, "chat_id"))


async def file(emu: TelegramEmulator, request: web.Request) -> web.StreamResponse:
    stored = emu.world.files.get(request.match_info["file_id"])
    if stored is None:
        raise web.HTTPNotFound(text="no such file")
    return web.Response(body=stored.data, content_type=stored.mime_type or "application/octet-stream")


async def faults(emu: TelegramEmulator, request: web.Request) -> Any:
    body = await _body(request)
    kind = body.get("kind")
    method = body.get("method") or None
    if kind == "block_user":
        emu.block_user(_int(body, "user_id"))
    elif kind == "unblock_user":
        emu.unblock_user(_int(body, "user_id"))
    elif kind == "fail_next":
        description = body.get("description") or None
        emu.fail_next(_int(body, "n", 1), _int(body, "status", 500), method, description=description)
    elif kind == "delay":
        try:
            seconds = float(body.get("seconds", 0))
        except (TypeError, ValueError):
            raise ControlError('"seconds" must be a number') from None
        emu.set_delay(seconds, method)
    elif kind == "delete_topic":
        emu.delete_topic(_int(body, "chat_id"), _int(body, "message_thread_id"))
    elif kind == "rate_limits":
        emu.set_rate_limits(bool(body.get("enabled")))
    else:
        raise ControlError(
            '"kind" must be one of block_user, unblock_user, fail_next, delay, delete_topic, rate_limits'
        )
    return {"ok": True}


async def webhook(emu: TelegramEmulator, request: web.Request) -> Any:
    """getWebhookInfo plus what tests count: requests in flight, the peak, and each update's attempts."""
    sender = emu.hub.sender
    return {
        "info": emu.hub.webhook_info(),
        "in_flight": sender.in_flight,
        "peak_in_flight": sender.peak_in_flight,
        "deliveries": [r.public() for r in sender.records.values()],
    }


async def webhook_drained(emu: TelegramEmulator, request: web.Request) -> Any:
    """Answers once the webhook queue is empty, or 400 after ``timeout`` seconds (default 10)."""
    body = await _body(request)
    try:
        timeout = float(body.get("timeout", 10))
    except (TypeError, ValueError):
        raise ControlError('"timeout" must be a number') from None
    try:
        await emu.wait_webhook_drained(timeout)
    except TimeoutError as exc:
        raise ControlError(str(exc)) from None
    return {"ok": True}


def _now(emu: TelegramEmulator) -> str:
    now = emu.clock.now()
    return (now.astimezone(emu.display_tz) if emu.display_tz is not None else now).isoformat()


async def clock(emu: TelegramEmulator, request: web.Request) -> Any:
    return {"now": _now(emu), "movable": callable(getattr(emu.clock, "advance", None))}


async def advance_clock(emu: TelegramEmulator, request: web.Request) -> Any:
    body = await _body(request)
    advance = getattr(emu.clock, "advance", None)
    if not callable(advance):
        raise ControlError("this emulator's clock cannot be moved")
    try:
        minutes = float(body.get("minutes", 0))
    except (TypeError, ValueError):
        raise ControlError('"minutes" must be a number') from None
    if minutes <= 0:
        raise ControlError('"minutes" must be positive')
    advance(timedelta(minutes=minutes))
    for hook in list(emu.on_clock_advanced):
        await hook()
    return {"now": _now(emu)}


def add_control_routes(emu: TelegramEmulator, app: web.Application) -> None:
    def wrap(route: Route) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def handler(request: web.Request) -> web.StreamResponse:
            try:
                result = await route(emu, request)
            except (ControlError, ValueError) as exc:
                return web.json_response({"error": str(exc)}, status=400, dumps=_dumps)
            if isinstance(result, web.StreamResponse):
                return result
            return web.json_response(result, dumps=_dumps)

        return handler

    app.router.add_get("/_emu/state", wrap(state))
    app.router.add_post("/_emu/users", wrap(add_user))
    app.router.add_post("/_emu/send", wrap(send))
    app.router.add_post("/_emu/media", wrap(media))
    app.router.add_post("/_emu/edit", wrap(edit))
    app.router.add_post("/_emu/press", wrap(press))
    app.router.add_get("/_emu/chats/{chat_id}/messages", wrap(messages))
    app.router.add_get("/_emu/chats/{chat_id}/topics", wrap(topics))
    app.router.add_get("/_emu/files/{file_id}", wrap(file))
    app.router.add_post("/_emu/faults", wrap(faults))
    app.router.add_get("/_emu/webhook", wrap(webhook))
    app.router.add_post("/_emu/webhook/drained", wrap(webhook_drained))
    app.router.add_get("/_emu/clock", wrap(clock))
    app.router.add_post("/_emu/clock/advance", wrap(advance_clock))
