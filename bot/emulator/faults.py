"""Injected faults: failing and slow answers (blocked users and deleted topics live in the world)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.emulator.errors import SERVER_ERRORS, ApiError, bad_request, forbidden, too_many_requests


@dataclass(slots=True)
class _Failure:
    remaining: int
    status: int
    method: str | None  # lower-case method name, or None for any method but getUpdates
    retry_after: int = 1  # for an injected 429
    description: str | None = None  # for an injected 400 or 403, worded as Telegram words it


@dataclass(slots=True)
class Faults:
    failures: list[_Failure] = field(default_factory=list)
    delays: dict[str | None, float] = field(default_factory=dict)  # lower-case method (None = all) -> seconds

    def fail_next(
        self,
        n: int,
        status: int = 500,
        method: str | None = None,
        retry_after: int = 1,
        description: str | None = None,
    ) -> None:
        """The next ``n`` matching requests fail with a 5xx, with 429 and ``retry_after`` (a flood wait), or with
        a 400 or 403 whose ``description`` is what Telegram says after "Bad Request: " or "Forbidden: "
        ("query is too old and response timeout expired or query ID is invalid")."""
        if status in (400, 403):
            if not description:
                raise ValueError("a 400 or 403 needs the description Telegram would give")
        elif status not in SERVER_ERRORS and status != 429:
            raise ValueError(f"status must be 400, 403, 429 or one of {sorted(SERVER_ERRORS)}")
        if n > 0:
            method_key = method.lower() if method else None
            self.failures.append(_Failure(n, status, method_key, retry_after, description))

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
                if failure.status in (400, 403):
                    detail = failure.description or ""
                    return bad_request(detail) if failure.status == 400 else forbidden(detail)
                return ApiError(failure.status, SERVER_ERRORS[failure.status])
        return None
