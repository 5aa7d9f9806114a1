"""Webhook delivery as Telegram's Bot API server does it: per-chat queues, parallel connections, retries.

Telegram keeps one queue per chat (and per user for callback queries, see ``queue_key``), sends the head of
each queue over up to ``max_connections`` connections at once, and keeps an update that got no 2xx answer at
the head of its queue: it is sent again after a growing delay and the chat's later updates wait behind it.
Delays run on real (asyncio) time, not on the emulator's clock, because delivery is I/O.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import aiohttp

from bot.emulator.spec import Upload
from bot.emulator.world import World

logger = logging.getLogger(__name__)

Execute = Callable[[str, dict[str, Any], dict[str, Upload]], Awaitable[Any]]
QueueMode = Literal["chat", "telegram"]

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DEFAULT_TIMEOUT = 60.0  # Telegram gives up on a webhook request after 60 s without an answer
FIRST_DELAY = 1.0  # Telegram doubles from here: 0 (the first retry is immediate), 2, 4, 8, ... seconds
MAX_DELAY = 60.0  # Telegram caps the doubling at a random 60-120 s; the emulator at 60 s, to be predictable
MAX_RETRY_AFTER = 3600  # the longest Retry-After header Telegram honours
# Methods Telegram refuses to run from a webhook answer.
NOT_IN_ANSWERS = frozenset({"setwebhook", "deletewebhook", "close", "logout"})

# Telegram's queue families (telegram-bot-api's webhook_queue_id): which id of an update picks its queue.
_TELEGRAM_QUEUES: dict[str, tuple[str, int]] = {
    "message": ("chat", 0),
    "edited_message": ("chat", 0),
    "channel_post": ("chat", 0),
    "edited_channel_post": ("chat", 0),
    "inline_query": ("from", 1),
    "chosen_inline_result": ("from", 2),
    "callback_query": ("from", 3),
    "shipping_query": ("from", 4),
    "pre_checkout_query": ("from", 4),
    "my_chat_member": ("chat", 5),
    "chat_member": ("member", 6),
    "chat_join_request": ("from", 6),
    "chat_boost": ("chat", 7),
    "removed_chat_boost": ("chat", 7),
    "message_reaction": ("chat", 8),
    "message_reaction_count": ("chat", 9),
    "business_connection": ("user", 10),
    "business_message": ("chat", 11),
    "edited_business_message": ("chat", 11),
    "deleted_business_messages": ("chat", 11),
    "purchased_paid_media": ("from", 12),
}


def update_kind(update: dict[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


def _id_of(value: Any) -> Any:
    return value.get("id") if isinstance(value, dict) else None


def queue_key(update: dict[str, Any], mode: QueueMode = "chat") -> Hashable:
    """The queue an update waits in: updates with the same key are sent one at a time, in order.

    ``"chat"``: one queue per chat, whatever the update's kind (a button press waits behind the chat's messages).
    ``"telegram"``: Telegram's own keys: messages per chat, but callback queries per user in a queue of their own,
    ``chat_member`` per member, and so on. Updates without a key have a queue each.
    """
    kind = update_kind(update)
    payload = update.get(kind)
    if not isinstance(payload, dict):
        return ("update", update["update_id"])
    if mode == "chat":
        chat = _id_of(payload.get("chat"))
        if chat is None:
            chat = _id_of(_dict(payload.get("message")).get("chat"))
        return ("update", update["update_id"]) if chat is None else ("chat", chat)
    if kind in ("poll", "poll_answer"):
        poll = payload.get("id") if kind == "poll" else payload.get("poll_id")
        return ("update", update["update_id"]) if poll is None else ("poll", poll)
    source, family = _TELEGRAM_QUEUES.get(kind, ("", -1))
    value: Any = None
    if source == "chat":
        value = _id_of(payload.get("chat"))
    elif source == "from":
        value = _id_of(payload.get("from")) or payload.get("user_chat_id")
    elif source == "member":
        value = _id_of(_dict(payload.get("old_chat_member")).get("user"))
    elif source == "user":
        value = _id_of(payload.get("user"))
    return ("update", update["update_id"]) if value is None else (family, value)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True, slots=True)
class WebhookConfig:
    """What ``setWebhook`` set; setting the same again changes nothing (Telegram: "Webhook is already set")."""

    url: str
    secret_token: str | None = None
    max_connections: int = 40
    ip_address: str | None = None


@dataclass(slots=True)
class DeliveryRecord:
    """What happened to one update on its way to the webhook (for tests that count duplicates)."""

    update_id: int
    attempts: int = 0  # requests sent
    failures: int = 0  # non-2xx answers, connection errors and timeouts
    delivered: int = 0  # 2xx answers; the emulator never sends an update again after one
    errors: list[str] = field(default_factory=list)

    @property
    def retries(self) -> int:
        return max(self.attempts - 1, 0)

    def public(self) -> dict[str, Any]:
        return {
            "update_id": self.update_id,
            "attempts": self.attempts,
            "retries": self.retries,
            "failures": self.failures,
            "delivered": self.delivered,
            "errors": list(self.errors),
        }


@dataclass(slots=True)
class _Item:
    update: dict[str, Any]
    key: Hashable
    wakeup_at: float
    delay: float = FIRST_DELAY
    fails: int = 0
    in_flight: bool = False

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])


@dataclass(slots=True)
class _Outcome:
    ok: bool
    error: str = ""
    retry_after: int = 0
    method: tuple[str, dict[str, Any], dict[str, Upload]] | None = None


class WebhookSender:
    """Delivers the updates the hub hands over to the webhook that ``setWebhook`` set."""

    def __init__(
        self,
        world: World,
        execute: Execute,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        retry_scale: float = 1.0,
        queues: QueueMode = "chat",
    ) -> None:
        self.world = world
        self.execute = execute  # runs a method a webhook answer carries
        self.timeout = timeout
        self.retry_scale = retry_scale  # multiplies every retry delay (tests use a small one)
        self.queue_mode: QueueMode = queues
        self.config: WebhookConfig | None = None
        self.last_error_date: int | None = None
        self.last_error_message: str | None = None
        self.records: dict[int, DeliveryRecord] = {}
        self.in_flight = 0
        self.peak_in_flight = 0  # the most requests ever in flight at once
        self.progress = asyncio.Event()  # set whenever an update was queued, answered or dropped
        self._queues: dict[Hashable, deque[_Item]] = {}
        self._wake = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self._deliveries: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None

    # -- the queue ----------------------------------------------------------------------------------
    def __len__(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def items(self) -> Iterator[dict[str, Any]]:
        """Updates queued or in flight, oldest first."""
        return iter(
            sorted((i.update for q in self._queues.values() for i in q), key=lambda u: u["update_id"])
        )

    def enqueue(self, update: dict[str, Any]) -> None:
        key = queue_key(update, self.queue_mode)
        loop = asyncio.get_running_loop()
        self._queues.setdefault(key, deque()).append(_Item(update, key, loop.time()))
        self.progress.set()
        self._wake.set()

    def wake(self) -> None:
        self._wake.set()

    def take_back(self) -> list[dict[str, Any]]:
        """Empty the queues (delivery must be stopped) and return their updates, oldest first."""
        updates = list(self.items())
        self._queues.clear()
        self.progress.set()
        return updates

    # -- lifecycle ------------------------------------------------------------------------------------
    def start(self, config: WebhookConfig, load: Callable[[], None]) -> None:
        self.config = config
        self.last_error_date = self.last_error_message = None
        self._runner = asyncio.create_task(self._run(load), name="emulator-webhook")

    async def stop(self) -> None:
        """Stop delivering: requests in flight are abandoned (their updates stay queued) and the webhook unset."""
        self.config = None
        tasks = [
            t for t in (self._runner, *self._deliveries) if t is not None and t is not asyncio.current_task()
        ]
        self._runner = None
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._deliveries.clear()
        self.in_flight = 0  # a task cancelled before it ran never got to count itself out
        for queue in self._queues.values():
            for item in queue:
                item.in_flight = False
        if self._session is not None:
            await self._session.close()
            self._session = None
        self.progress.set()

    async def wait_until(self, done: Callable[[], bool], timeout: float, what: str) -> None:  # noqa: ASYNC109
        """Wait, without polling, until ``done()`` holds; it is checked whenever the webhook's state changes."""
        try:
            async with asyncio.timeout(timeout):
                while not done():
                    self.progress.clear()
                    await self.progress.wait()
        except TimeoutError:
            raise TimeoutError(
                f"{what} after {timeout}s: {len(self)} updates queued, {self.in_flight} in flight, "
                f"webhook {'set' if self.config else 'not set'}, last error: {self.last_error_message or 'none'}"
            ) from None

    # -- sending ----------------------------------------------------------------------------------------
    async def _run(self, load: Callable[[], None]) -> None:
        loop = asyncio.get_running_loop()
        while self.config is not None:
            load()
            self._wake.clear()  # nothing runs between here and the wait but this loop
            next_at = self._start_ready(self.config, loop.time())
            timeout = None if next_at is None else max(next_at - loop.time(), 0.0)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    def _start_ready(self, config: WebhookConfig, now: float) -> float | None:
        """Send queue heads that are due while connections are free; the time the next one falls due."""
        heads = [q[0] for q in self._queues.values() if q and not q[0].in_flight]
        heads.sort(key=lambda i: (i.wakeup_at, i.update_id))
        for item in heads:
            if self.in_flight >= config.max_connections:
                return None  # a finished request wakes the loop
            if item.wakeup_at > now:
                return item.wakeup_at
            item.in_flight = True
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
            task = asyncio.create_task(self._deliver(config, item), name=f"webhook-{item.update_id}")
            self._deliveries.add(task)
            task.add_done_callback(self._deliveries.discard)
        return None

    async def _deliver(self, config: WebhookConfig, item: _Item) -> None:
        record = self.records.setdefault(item.update_id, DeliveryRecord(item.update_id))
        record.attempts += 1
        try:
            outcome = await self._post(config, item.update)
            if outcome.ok:
                record.delivered += 1
                if outcome.method is not None:
                    await self._run_answer(*outcome.method)
                queue = self._queues.get(item.key)
                if queue and queue[0] is item:
                    queue.popleft()
                    if not queue:
                        del self._queues[item.key]
                self.world.changed()
            else:
                record.failures += 1
                record.errors.append(outcome.error)
                self.last_error_date = self.world.now()
                self.last_error_message = outcome.error
                self._schedule_retry(item, outcome.retry_after)
        finally:
            item.in_flight = False
            self.in_flight -= 1
            self.progress.set()
            self._wake.set()

    def _schedule_retry(self, item: _Item, retry_after: int) -> None:
        item.delay, wait = retry_wait(item.fails, item.delay, retry_after)
        item.fails += 1
        item.wakeup_at = asyncio.get_running_loop().time() + wait * self.retry_scale

    async def _post(self, config: WebhookConfig, update: dict[str, Any]) -> _Outcome:
        if self._session is None:
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
        url = config.url
        headers = {"Content-Type": "application/json"}
        extra: dict[str, Any] = {}
        if config.secret_token:
            headers[SECRET_HEADER] = config.secret_token
        if config.ip_address:
            # Telegram connects to the given address instead of resolving the host.
            parts = urlsplit(url)
            host = f"[{config.ip_address}]" if ":" in config.ip_address else config.ip_address
            url = urlunsplit(parts._replace(netloc=f"{host}:{parts.port}" if parts.port else host))
            headers["Host"] = parts.netloc.rpartition("@")[2]
            if parts.scheme == "https":
                extra["server_hostname"] = parts.hostname
        body = json.dumps(update, ensure_ascii=False, separators=(",", ":")).encode()
        try:
            async with asyncio.timeout(self.timeout):
                async with self._session.post(url, data=body, headers=headers, **extra) as resp:
                    if 200 <= resp.status < 300:
                        return _Outcome(True, method=await _answer_method(resp))
                    await resp.read()
                    return _Outcome(
                        False,
                        f"Wrong response from the webhook: {resp.status} {resp.reason or ''}".rstrip(),
                        _retry_after(resp.headers.get("Retry-After")),
                    )
        except TimeoutError:
            return _Outcome(False, "Read timeout expired")
        except aiohttp.ClientConnectorDNSError:
            return _Outcome(False, "Failed to resolve host: Name or service not known")
        except aiohttp.ClientConnectorError as exc:
            if exc.os_error.errno == errno.ECONNREFUSED:
                return _Outcome(False, "Connection refused")
            return _Outcome(False, exc.os_error.strerror or "Connection failed")
        except aiohttp.ClientError:
            return _Outcome(False, "Webhook connection closed")

    async def _run_answer(self, method: str, params: dict[str, Any], uploads: dict[str, Upload]) -> None:
        """Telegram runs a method a webhook answers with (aiogram does so when it does not handle in background)."""
        lower = method.lower()
        if lower in NOT_IN_ANSWERS or lower.startswith("get"):
            logger.info("webhook answer asked for %s, which Telegram does not run from an answer", method)
            return
        try:
            await self.execute(method, params, uploads)
        except Exception:
            logger.warning("method %s in a webhook answer failed", method, exc_info=True)


def retry_wait(fails: int, delay: float, retry_after: int = 0) -> tuple[float, float]:
    """Telegram's backoff after the ``fails + 1``-th failure: (the new base delay, seconds to wait).

    The first retry goes at once, later ones after 2, 4, 8, ... s up to ``MAX_DELAY``; a Retry-After header
    (up to an hour) replaces the wait but not the doubling base.
    """
    retry_after = min(max(retry_after, 0), MAX_RETRY_AFTER)
    if retry_after == 0 and fails > 0:
        delay = min(MAX_DELAY, delay * 2)
        return delay, delay
    return delay, float(retry_after)


def _retry_after(value: str | None) -> int:
    try:
        return int(value) if value else 0
    except ValueError:
        return 0


async def _answer_method(
    resp: aiohttp.ClientResponse,
) -> tuple[str, dict[str, Any], dict[str, Upload]] | None:
    """The method a 2xx answer carries, as JSON, a form or multipart (aiogram answers multipart)."""
    params: dict[str, Any] = {}
    uploads: dict[str, Upload] = {}
    ctype = resp.content_type
    if ctype == "multipart/form-data":
        reader = aiohttp.MultipartReader(resp.headers, resp.content)
        async for part in reader:
            if not isinstance(part, aiohttp.BodyPartReader) or not part.name:
                continue
            if part.filename:
                content = await part.read(decode=True)
                upload = Upload(part.filename, part.headers.get("Content-Type", ""), content)
                params[part.name] = uploads[part.name] = upload
            else:
                params[part.name] = await part.text()
    elif ctype == "application/x-www-form-urlencoded":
        params.update(parse_qsl(await resp.text()))
    else:
        raw = await resp.read()
        try:
            data = json.loads(raw) if raw.strip() else None
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        params.update(data)
    method = params.pop("method", None)
    if not isinstance(method, str) or not method:
        return None
    return method, params, uploads
