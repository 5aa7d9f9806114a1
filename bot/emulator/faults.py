"""Injected faults: failing and slow answers (blocked users and deleted topics live in the world)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.emulator.errors import SERVER_ERRORS, ApiError, too_many_requests


@dataclass(slots=True)
class _Failure:
    remaining: int
    status: int
    method: str | None  # lower-case method name, or None for any method but getUpdates
    retry_after: int = 1  # for an injected 429


@dataclass(slots=True)
class Faults:
    failures: list[_Failure] = field(default_factory=list)
    delays: dict[str | None, float] = field(default_factory=dict)  # lower-case method (None = all) -> seconds

    def fail_next(self, n: int, status: int = 500, method: str | None = None, retry_after: int = 1) -> None:
        """The next ``n`` matching requests fail with a 5xx, or with 429 and ``retry_after`` (a flood wait)."""
        if status not in SERVER_ERRORS and status != 429:
            raise ValueError(f"status must be 429 or one of {sorted(SERVER_ERRORS)}")
        if n > 0:
            self.failures.append(_Failure(n, status, method.lower() if method else None, retry_after))

    def set_delay(self, seconds: float, method: str | None = None) -> None:
        key = method.lower() if method else None
        if seconds > 0:
            self.delays[key] = seconds
        else:
            self.delays.pop(key, None)

    def delay(self, method: str) -> float:
        return self.delays.get(method, 0.0) + self.delays.get(None, 0.0)

    def failure(self, method: str) -> ApiError | None:
        """Consume one injected failure matching ``method`` (a lower-case name), if any.

        Without a method, a failure skips getUpdates: otherwise a polling bot would swallow it
        before the request the test meant to break.
        """
        for failure in self.failures:
            if failure.method == method or (failure.method is None and method != "getupdates"):
                failure.remaining -= 1
                if failure.remaining <= 0:
                    self.failures.remove(failure)
                if failure.status == 429:
                    return too_many_requests(failure.retry_after)
                return ApiError(failure.status, SERVER_ERRORS[failure.status])
        return None
