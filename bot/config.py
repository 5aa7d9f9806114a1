"""Settings from environment variables or a `.env` file; a bad setting stops start-up with one clear line."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_API = "https://api.telegram.org"


def default_cache_dir() -> Path:
    """Caches live outside the code, which may be read-only: $XDG_CACHE_HOME/kototori, else ~/.cache/kototori."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kototori"


class ConfigError(Exception):
    """A setting is missing or malformed; the message names it in one line."""


def _http_url(value: str) -> str:
    value = value.strip().rstrip("/")
    if not value.startswith(("http://", "https://")):
        raise ValueError("must be an http:// or https:// URL")
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KOTOTORI_", env_file=".env", extra="ignore")

    bot_token: str = Field(default="", description="Token from @BotFather")
    telegram_api: str = DEFAULT_API
    database_url: str = "sqlite+aiosqlite:///./kototori.sqlite3"
    redis_url: str | None = None
    advisors_chat_id: int | None = None
    coordinator_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    timezone: str = "Europe/Helsinki"
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = 8443
    # This process's name in the inbox's chat leases; a stable one (one per replica) lets a restarted replica take
    # its chats back at once instead of after the lease runs out. Default: host name and process id.
    replica_name: str | None = Field(default=None, max_length=64)
    retention_days: int = Field(default=365, ge=1)
    case_retention_days: int = Field(default=90, ge=1)
    # Outbox pacing: Telegram allows ~30 messages/s per bot in total; the rest is for replies to users.
    broadcast_per_second: float = Field(default=28.0, gt=0, le=30)
    log_level: str = "INFO"
    # The staff console's public address (its sign-in links start with it); https turns on Secure cookies.
    console_url: str | None = None
    # The advice point's profile (name, address, hours, assistants' rota); default knowledge/profile.yaml.
    profile: Path | None = None
    # Letters ("what does this letter mean?"): how many are read at once, in worker processes (or threads).
    letters_workers: int = Field(default=1, ge=1, le=8)
    letters_processes: bool = True
    # Workers read at this lower priority, so chats are answered first when the cores are busy (0: same priority).
    letters_niceness: int = Field(default=10, ge=0, le=19)
    # Writable place for caches (the knowledge base's sentence vectors): a volume in Docker; the code directory
    # itself may be read-only and owned by another user.
    cache_dir: Path = Field(default_factory=default_cache_dir)

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: str) -> str:
        value = value.strip()
        if value:
            head, sep, tail = value.partition(":")
            if not sep or not head.isdigit() or len(tail) < 30:
                raise ValueError("does not look like a token from @BotFather (digits:letters)")
        return value

    @field_validator("telegram_api")
    @classmethod
    def _api_url(cls, value: str) -> str:
        return _http_url(value)

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        value = value.strip()
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            value = "postgresql+asyncpg://" + value.split("://", 1)[1]
        if value.startswith("sqlite://") and not value.startswith("sqlite+aiosqlite://"):
            value = "sqlite+aiosqlite://" + value.split("://", 1)[1]
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must be a sqlite:// or postgresql:// URL")
        return value

    @field_validator("console_url")
    @classmethod
    def _console_url(cls, value: str | None) -> str | None:
        return _http_url(value) if value and value.strip() else None

    @field_validator("redis_url")
    @classmethod
    def _redis_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must be a redis:// URL")
        return value.strip()

    @field_validator("coordinator_ids", mode="before")
    @classmethod
    def _ids(cls, value: object) -> frozenset[int]:
        if value is None or value == "":
            return frozenset()
        if isinstance(value, int):
            return frozenset({value})
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError:
                raise ValueError("must be comma-separated numeric Telegram user ids") from None
        if isinstance(value, (list, tuple, set, frozenset)):
            return frozenset(int(v) for v in value)
        raise ValueError("must be comma-separated numeric Telegram user ids")

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("is not a known time zone such as Europe/Helsinki") from None
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def require_token(self) -> str:
        if not self.bot_token:
            raise ConfigError("KOTOTORI_BOT_TOKEN is missing: get a token from @BotFather and set it")
        return self.bot_token


def load_settings(**overrides: object) -> Settings:
    """Read settings; turn pydantic's report into one line naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "KOTOTORI_" + str(first["loc"][0]).upper() if first["loc"] else "configuration"
        reason = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{name} {reason}") from None
