"""HTTP side of the Bot API: ``/bot<token>/<method>`` and ``/file/bot<token>/<path>``."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.emulator.errors import NOT_FOUND, UNAUTHORIZED, ApiError, bad_request
from bot.emulator.registry import HANDLERS, Call
from bot.emulator.spec import Upload

if TYPE_CHECKING:
    from bot.emulator.emulator import TelegramEmulator

logger = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"^(\d+):[A-Za-z0-9_-]{35,}$")
MAX_UPLOAD = 50 * 1024 * 1024
_MIME_BY_SUFFIX = {
    "jpg": "image/jpeg",
    "png": "image/png",
    "oga": "audio/ogg",
    "webp": "image/webp",
    "pdf": "application/pdf",
}


def _dumps(body: Any) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _respond(body: dict[str, Any], status: int = 200) -> web.Response:
    return web.json_response(body, status=status, dumps=_dumps)


async def json_object(request: web.Request) -> dict[str, Any]:
    """The request's body as a JSON object; ValueError, saying what is wrong, when it is not one."""
    try:
        body = await request.json()
    except ValueError:
        raise ValueError("can't parse JSON body") from None
    if not isinstance(body, dict):
        raise ValueError("JSON body must be an object")
    return body


async def read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, Upload]]:
    """Query string plus a JSON, urlencoded or multipart body, as Telegram accepts them."""
    raw: dict[str, Any] = dict(request.query)
    uploads: dict[str, Upload] = {}
    if request.method != "POST" or not request.body_exists:
        return raw, uploads
    ctype = request.content_type
    if ctype == "application/json":
        try:
            raw.update(await json_object(request))
        except ValueError as exc:
            raise bad_request(str(exc)) from None
    elif ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                upload = Upload(value.filename, value.content_type, value.file.read())
                uploads[key] = upload
                raw[key] = upload
            else:
                raw[key] = value
    return raw, uploads


def check_token(emu: TelegramEmulator, token: str) -> None:
    if not TOKEN_RE.match(token):
        raise UNAUTHORIZED
    if emu.token is None:
        emu.adopt_token(token)
    elif token != emu.token:
        raise UNAUTHORIZED


async def bot_api(emu: TelegramEmulator, request: web.Request) -> web.Response:
    method = request.match_info["method"]
    lower = method.lower()
    emu.stats["requests"] += 1
    counted = lower != "getupdates"  # a waiting long poll is not work in flight
    if counted:
        emu.activity(+1)
    try:
        check_token(emu, request.match_info["token"])
        delay = emu.faults.delay(lower)
        if delay:
            await asyncio.sleep(delay)
        failure = emu.faults.failure(lower)
        if failure is not None:
            raise failure
        raw, uploads = await read_params(request)
        result = await emu.execute(method, raw, uploads)
    except ApiError as err:
        emu.stats["errors"] += 1
        if err.code == 429:
            emu.stats["rate_limited_429"] += 1
        if err.code >= 500:
            logger.info("emulator answers %s with injected %s", method, err.code)
        return _respond(err.payload(), err.code)
    except Exception:
        emu.stats["errors"] += 1
        logger.exception("emulator failed on %s", method)
        return _respond({"ok": False, "error_code": 500, "description": "Internal Server Error"}, 500)
    finally:
        if counted:
            emu.activity(-1)
    return _respond({"ok": True, "result": result})


async def execute(
    emu: TelegramEmulator, method: str, raw: Mapping[str, Any], uploads: Mapping[str, Upload]
) -> Any:
    """Validate one call against the spec and run it."""
    spec = emu.spec.methods.get(method.lower())
    if spec is None:
        raise NOT_FOUND
    params = emu.validator.params(spec, raw, uploads)
    emu.requests_log.append((spec.name, params))
    handler = HANDLERS.get(method.lower())
    if handler is None:
        raise bad_request("method not supported by the emulator")
    return await handler(emu, Call(spec.name, params, uploads))


async def file_download(emu: TelegramEmulator, request: web.Request) -> web.StreamResponse:
    try:
        check_token(emu, request.match_info["token"])
    except ApiError as err:
        return _respond(err.payload(), err.code)
    stored = emu.world.files_by_path.get(request.match_info["path"])
    if stored is None:
        return _respond(NOT_FOUND.payload(), 404)
    suffix = stored.file_path.rpartition(".")[2]
    ctype = stored.mime_type or _MIME_BY_SUFFIX.get(suffix, "application/octet-stream")
    return web.Response(body=stored.data, content_type=ctype)


def add_routes(emu: TelegramEmulator, app: web.Application) -> None:
    async def api(request: web.Request) -> web.StreamResponse:
        return await bot_api(emu, request)

    async def download(request: web.Request) -> web.StreamResponse:
        return await file_download(emu, request)

    app.router.add_route("*", r"/bot{token:[^/]+}/{method:[^/]+}", api)
    app.router.add_get(r"/file/bot{token:[^/]+}/{path:.+}", download)
