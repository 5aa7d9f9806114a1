"""What each feature stores about a person, for /privacy: a section to show and a way to forget it.

The composition root makes one `PrivacySections`; feature router factories add theirs (bookings, cases, ...), and
the privacy router gets it per update (`hooks.privacy`, the `hooks` key), so /privacy and /delete_my_data cover every
feature without importing any. Sections read the handler's injected data (services, settings, l10n).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.i18n import Localizer

Show = Callable[[int, Localizer, dict[str, Any]], Awaitable[str | None]]
Forget = Callable[[int, dict[str, Any]], Awaitable[None]]


@dataclass(frozen=True)
class PrivacySection:
    name: str
    show: Show  # the section's text for this person, None when nothing is stored
    forget: Forget  # delete (or anonymise) what is stored; must succeed before the profile goes


class PrivacySections:
    def __init__(self) -> None:
        self._sections: list[PrivacySection] = []

    def register(self, section: PrivacySection) -> None:
        if any(s.name == section.name for s in self._sections):
            raise ValueError(f"privacy section {section.name!r} registered twice")
        self._sections.append(section)

    async def show(self, user_id: int, l10n: Localizer, data: dict[str, Any]) -> list[str]:
        texts = [await s.show(user_id, l10n, data) for s in self._sections]
        return [t for t in texts if t]

    async def forget(self, user_id: int, data: dict[str, Any]) -> None:
        for section in self._sections:
            await section.forget(user_id, data)
