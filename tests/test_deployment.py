"""The deployment files agree with each other: replicas behind HAProxy, caches on a volume (checked without Docker)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.infra import missing

ROOT = Path(__file__).resolve().parent.parent


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def _dockerfile_env(name: str) -> str:
    found = re.search(rf"^ENV .*\b{name}=(\S+)", (ROOT / "Dockerfile").read_text(), re.MULTILINE)
    assert found, f"the Dockerfile sets {name}"
    return found.group(1)


def test_bot_service_is_replicas_of_the_webhook_behind_haproxy() -> None:
    services = _compose()["services"]
    bot = services["bot"]
    assert bot["command"] == ["webhook"]
    assert "replicas" in bot["deploy"], "the bot service can run several copies"
    assert "ports" not in bot, "replicas publish no port of their own: HAProxy is the one address"
    port = bot["environment"]["KOTOTORI_WEBHOOK_PORT"]
    assert bot["environment"]["KOTOTORI_REDIS_URL"].startswith("redis://"), (
        "replicas share FSM state in Redis"
    )
    assert bot["environment"]["KOTOTORI_DATABASE_URL"].startswith("postgresql://")

    haproxy = services["haproxy"]
    mount = next(v for v in haproxy["volumes"] if v.endswith("haproxy.cfg:ro"))
    config = (ROOT / mount.split(":")[0]).read_text()
    assert re.search(rf"server-template \w+ \d+-\d+ bot:{port} check", config), (
        "HAProxy sends to every bot replica"
    )
    published = haproxy["ports"][0].rsplit(":", 1)[1]
    assert re.search(rf"^\s*bind :{published}\b", config, re.MULTILINE)
    assert services["bot-polling"]["profiles"] == ["polling"], (
        "polling never runs beside the webhook replicas"
    )


def test_every_bot_process_keeps_its_cache_on_a_volume() -> None:
    compose = _compose()
    cache = _dockerfile_env("KOTOTORI_CACHE_DIR")
    image_services = {n: s for n, s in compose["services"].items() if s.get("build") == "."}
    assert {"bot", "scheduler", "console", "migrate"} <= set(image_services)
    for name, service in image_services.items():
        volumes = {v.split(":")[1]: v.split(":")[0] for v in service.get("volumes", [])}
        assert volumes.get(cache) in compose["volumes"], f"{name} keeps {cache} on a named volume"


def test_haproxy_accepts_its_config() -> None:
    if shutil.which("haproxy") is None:
        missing(
            "HAProxy is not installed",
            " (python3 dev.py test installs it as root; or apt-get install haproxy)",
        )
    check = subprocess.run(
        ["haproxy", "-c", "-f", str(ROOT / "deploy/haproxy/haproxy.cfg")], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
