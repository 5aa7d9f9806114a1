"""Webhook replicas behind HAProxy: N `kototori webhook` processes on one PostgreSQL database and Redis, the emulator
delivering by webhook as Telegram does, U newcomers talking at once, optionally one replica killed mid-run.

    .venv/bin/python -m bench.scale --replicas 2 --users 50 [--kill] [--json FILE]

Every newcomer, as a person would (each step waits for the bot's reaction before the next):
  /start, presses their language, sends --burst questions without waiting (each about another topic, so the
  replies tell which question they answer and in what order), books a drop-in time (/book, topic, language, day,
  time), and asks for a person ("Talk to a person", consent, a description: a case in the advisors' group).
Reported: replies per second over the run, p50/p99 from an action to the bot's first visible reaction, and
  lost            reactions that never came, judged once every update is delivered and the replicas are quiet
                  (each burst question without its answer counts once); late: came, but after --ceiling seconds;
                  stuck_users: newcomers who gave up waiting and did not finish the script;
  duplicates      burst answers that came more than once;
  out_of_order    burst answers that came before the answer to an earlier question of the same chat;
  duplicate_cases newcomers with more than one case row; duplicate_bookings: with more than one booking row (or a
                  slot held twice); the scenario itself is bench/newcomers.py, shared with the replica test.
HAProxy (Debian's package) balances round-robin with TCP health checks, so a dead replica leaves the rotation within
about two seconds; a request already on the dead replica fails and the emulator delivers it again, as Telegram does.
Needs PostgreSQL and Redis on 127.0.0.1 (as the tests) and `haproxy` (installed with apt-get when run as root).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import command_line, print_json
from bench.newcomers import Newcomer, Tally, burst_questions, database_held, newcomer_script
from bot.db.migrate import upgrade
from bot.emulator import TelegramEmulator
from tests.infra import REDIS_URL, throwaway_postgres

# The bench's own bot id, so its Redis keys (FSM state, locks) are apart from any test's.
TOKEN = "7000000077:SCALE-bench-token-for-the-emulator-000000"
SECRET = "scale-bench-secret"
ADVISORS = -1001000000077
STAFF = (("Aino", 9001), ("Hassan", 9002), ("Leena", 9003))
FIRST_USER = 700_000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def ensure_haproxy() -> str:
    found = shutil.which("haproxy")
    if found:
        return found
    if os.geteuid() == 0:
        print("installing haproxy from Debian's packages ...", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "haproxy"], check=True, stdout=subprocess.DEVNULL)
        found = shutil.which("haproxy")
    if not found:
        sys.exit("bench.scale needs HAProxy: apt-get install haproxy")
    return found


def haproxy_config(port: int, replicas: list[int]) -> str:
    servers = "\n".join(
        f"    server r{i} 127.0.0.1:{p} check inter 500ms fall 2 rise 1" for i, p in enumerate(replicas, 1)
    )
    return f"""global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 70s
    timeout server 70s
    retries 2
    option redispatch

frontend telegram
    bind 127.0.0.1:{port}
    default_backend bots

backend bots
    balance roundrobin
{servers}
"""


@dataclass
class Replica:
    port: int
    env: dict[str, str]
    log: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "webhook"], env=self.env, stdout=out, stderr=out
            )

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def rss_kib(self) -> int:
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0


@dataclass
class Stack:
    emulator: TelegramEmulator
    replicas: list[Replica]
    db_url: str
    workdir: Path

    def errors(self) -> dict[str, int]:
        """The replicas' logged errors by kind (logger and the first words: ids, never a user's text)."""
        kinds: Counter[str] = Counter()
        for replica in self.replicas:
            for line in replica.log.read_text(errors="replace").splitlines():
                found = re.search(r" (ERROR|CRITICAL) (\S+): (.{0,80})", line)
                if found:
                    kinds[f"{found[2]}: {re.sub(r'[0-9]+', 'N', found[3])}"] += 1
                elif re.match(r"^\w+(\.\w+)*(Error|Exception): ", line):
                    kinds[line[:100]] += 1
        return dict(kinds.most_common(8))


async def _wait_for(predicate: Callable[[], bool], ceiling: float, what: str) -> None:
    try:
        async with asyncio.timeout(ceiling):
            while not predicate():
                await asyncio.sleep(0.05)
    except TimeoutError:
        raise SystemExit(f"bench.scale: {what} within {ceiling:.0f} s") from None


@contextlib.asynccontextmanager
async def stack(replicas: int, log_level: str = "WARNING") -> AsyncIterator[Stack]:
    """PostgreSQL (a throwaway database), the emulator, HAProxy and the replicas; all torn down afterwards."""
    haproxy = ensure_haproxy()
    workdir = Path(tempfile.mkdtemp(prefix="kototori-scale-"))
    emulator = TelegramEmulator(TOKEN)
    for name, uid in STAFF:
        emulator.add_user(name, language_code="fi", user_id=uid)
    emulator.add_forum_group("Kototori advisors", chat_id=ADVISORS, members=[uid for _, uid in STAFF])
    await emulator.start(host="127.0.0.1", port=0)
    lb_port = _free_port()
    ports = [_free_port() for _ in range(replicas)]
    (workdir / "haproxy.cfg").write_text(haproxy_config(lb_port, ports))
    lb = subprocess.Popen(
        [haproxy, "-db", "-f", str(workdir / "haproxy.cfg")],
        stdout=subprocess.DEVNULL,
        stderr=(workdir / "haproxy.log").open("wb"),
    )
    running: list[Replica] = []
    try:
        async with throwaway_postgres() as db_url:
            await asyncio.to_thread(upgrade, db_url)
            base = {k: v for k, v in os.environ.items() if not k.startswith("KOTOTORI_")}
            base |= {
                "KOTOTORI_BOT_TOKEN": TOKEN,
                "KOTOTORI_TELEGRAM_API": emulator.base_url,
                "KOTOTORI_DATABASE_URL": db_url,
                "KOTOTORI_REDIS_URL": REDIS_URL,
                "KOTOTORI_ADVISORS_CHAT_ID": str(ADVISORS),
                "KOTOTORI_WEBHOOK_URL": f"http://127.0.0.1:{lb_port}/webhook",
                "KOTOTORI_WEBHOOK_SECRET": SECRET,
                "KOTOTORI_WEBHOOK_HOST": "127.0.0.1",
                "KOTOTORI_LOG_LEVEL": log_level,
            }
            for i, port in enumerate(ports, 1):
                # A stable name per replica: restarted after a kill, it takes its chats' leases back at once.
                env = base | {"KOTOTORI_WEBHOOK_PORT": str(port), "KOTOTORI_REPLICA_NAME": f"replica{i}"}
                replica = Replica(port, env, workdir / f"replica{i}.log")
                replica.start()
                running.append(replica)
            try:
                await _wait_for(
                    lambda: all(_listening(r.port) or _died(r) for r in running),
                    180,
                    "replicas not listening",
                )
            except SystemExit as exc:
                raise SystemExit(f"{exc}\n{_tails(running)}") from None
            if any(_died(r) for r in running):
                raise SystemExit("bench.scale: a replica exited at start-up:\n" + _tails(running))
            await _wait_for(lambda: _listening(lb_port), 30, "HAProxy not listening")
            await asyncio.sleep(1.5)  # HAProxy's first health checks mark the replicas up
            yield Stack(emulator, running, db_url, workdir)
            await _clear_redis()
    finally:
        for replica in running:
            replica.stop()
        lb.terminate()
        lb.wait()
        await emulator.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def _died(replica: Replica) -> bool:
    return replica.process is not None and replica.process.poll() is not None


def _tails(replicas: list[Replica]) -> str:
    return "\n".join(f"{r.log.name}: ...{r.log.read_text(errors='replace')[-1500:]}" for r in replicas)


async def _clear_redis() -> None:
    """The bench bot's keys only (its own bot id), so another run starts clean and tests are untouched."""
    from redis.asyncio import Redis

    bot_id = TOKEN.split(":")[0]
    redis = Redis.from_url(REDIS_URL)
    try:
        async for key in redis.scan_iter(match=f"*{bot_id}*", count=500):
            await redis.delete(key)
    finally:
        await redis.aclose()


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


async def run(args: argparse.Namespace) -> dict[str, Any]:
    questions = burst_questions(args.burst)
    async with stack(args.replicas) as s:
        tally = Tally()
        users = [
            s.emulator.add_user(f"Newcomer{i}", language_code="en", user_id=FIRST_USER + i)["id"]
            for i in range(args.users)
        ]
        steps_per_user = 10 + len(questions)
        killed: dict[str, Any] = {}

        async def killer() -> None:
            await _wait_for_half(tally, args.users * steps_per_user // 2)
            victim = s.replicas[0]
            victim.kill()
            killed["at_s"] = round(time.perf_counter() - began, 1)
            await asyncio.sleep(args.down)
            victim.start()
            killed["restarted_at_s"] = round(time.perf_counter() - began, 1)

        bot_messages_before = _bot_messages(s.emulator, users)
        began = time.perf_counter()
        kill_task = asyncio.create_task(killer()) if args.kill else None
        newcomers = [Newcomer(s.emulator, u, tally, args.ceiling) for u in users]
        await asyncio.gather(*(newcomer_script(n, questions, i // 2) for i, n in enumerate(newcomers)))
        seconds = tally.last_reaction - began
        tally.replies = _bot_messages(s.emulator, users) - bot_messages_before
        await _drain(s.emulator, users, args.ceiling * 2)
        for n in newcomers:
            n.finish()
        if kill_task is not None:
            if not kill_task.done():
                kill_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await kill_task
        held = await database_held(s.db_url)
        deliveries = s.emulator.webhook_deliveries.values()
        return {
            "replicas": args.replicas,
            "users": args.users,
            "kill": bool(args.kill),
            "killed": killed,
            "actions": tally.actions_done,
            "replies": tally.replies,
            "seconds": round(seconds, 2),
            "replies_per_s": round(tally.replies / seconds, 1),
            "p50_ms": round(_pct(tally.latencies, 0.50), 1),
            "p99_ms": round(_pct(tally.latencies, 0.99), 1),
            "lost": tally.lost,
            "late": tally.late,
            "stuck_users": tally.stuck_users,
            "duplicates": tally.duplicates,
            "out_of_order": tally.out_of_order,
            "duplicate_cases": held.duplicate_cases,
            "duplicate_bookings": held.duplicate_bookings,
            "cases": sum(held.cases.values()),
            "bookings": sum(held.bookings.values()),
            "stuck_at": _stuck_at(newcomers),
            "replica_errors": s.errors(),
            "webhook_retries": sum(max(0, d.attempts - 1) for d in deliveries),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}",
        }


def _stuck_at(newcomers: list[Newcomer]) -> dict[str, int]:
    """Where stuck newcomers stood: the first line of the bot's last message to them (the bot's words only)."""
    where: Counter[str] = Counter()
    for n in newcomers:
        if n.stuck_state is not None:
            last = n.stuck_state[-1][1] if n.stuck_state else ""
            where[(last or "").split("\n", 1)[0][:60]] += 1
    return dict(where)


async def _drain(emu: TelegramEmulator, users: list[int], ceiling: float) -> None:
    """Every update delivered and the replicas quiet (no new message for 5 s), before anything is judged lost."""
    with contextlib.suppress(TimeoutError):
        await emu.wait_webhook_drained(timeout=ceiling)
    count, quiet_since = -1, time.perf_counter()
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(ceiling):
            while time.perf_counter() - quiet_since < 5:
                now = _bot_messages(emu, users)
                if now != count:
                    count, quiet_since = now, time.perf_counter()
                await asyncio.sleep(0.2)


async def _wait_for_half(tally: Tally, actions: int) -> None:
    while tally.actions_done < actions:
        await asyncio.sleep(0.05)


def _bot_messages(emu: TelegramEmulator, users: list[int]) -> int:
    return sum(1 for u in users for m in emu.chat_messages(u) if m["from_bot"])


def cli() -> None:
    parser = command_line(__doc__)
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--burst", type=int, default=4, help="questions each newcomer sends without waiting")
    parser.add_argument("--kill", action="store_true", help="kill -9 one replica halfway and start it again")
    parser.add_argument("--down", type=float, default=3.0, help="seconds the killed replica stays down")
    parser.add_argument(
        "--ceiling", type=float, default=150.0, help="seconds an action may wait for its reaction"
    )
    parser.add_argument("--json", help="write the result here")
    args = parser.parse_args()
    print_json(asyncio.run(run(args)), args.json)


if __name__ == "__main__":
    cli()
