"""Opening hours (the default weekly rule) and roles, with fakes: no database, no Telegram."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.cases.duty import FRIDAY, TUESDAY, WeeklyDuty
from bot.users.roles import Role, RoleResolver

HELSINKI = ZoneInfo("Europe/Helsinki")


def _at(*args: int) -> datetime:
    return datetime(*args, tzinfo=HELSINKI)  # type: ignore[misc]


def test_open_on_tuesday_and_friday_nine_to_three() -> None:
    duty = WeeklyDuty(HELSINKI)
    assert duty.is_open(_at(2026, 11, 24, 9, 0))
    assert duty.is_open(_at(2026, 11, 27, 14, 59))
    assert not duty.is_open(_at(2026, 11, 24, 15, 0))
    assert not duty.is_open(_at(2026, 11, 25, 10, 0)), "Wednesday"
    assert duty.next_opening(_at(2026, 11, 24, 18, 0)) == _at(2026, 11, 27, 9, 0)
    assert duty.next_opening(datetime(2026, 11, 24, 5, 0, tzinfo=UTC)) == _at(2026, 11, 24, 9, 0)


def test_closed_on_public_holidays() -> None:
    duty = WeeklyDuty(HELSINKI)
    assert not duty.is_open(_at(2026, 12, 25, 10, 0)), "Christmas Day is a Friday in 2026"
    assert duty.next_opening(_at(2026, 12, 22, 16, 0)) == _at(2026, 12, 29, 9, 0)


def test_language_assistant_days() -> None:
    duty = WeeklyDuty(HELSINKI)
    assert duty.assistant_weekdays("so") == [FRIDAY]
    assert duty.assistant_weekdays("fa-AF") == [TUESDAY, FRIDAY]
    assert duty.assistant_weekdays("en") == []


class FakeMembership:
    def __init__(self, statuses: dict[int, str]) -> None:
        self.statuses = statuses
        self.asked: list[int] = []

    async def status(self, user_id: int) -> str:
        self.asked.append(user_id)
        if user_id not in self.statuses:
            raise RuntimeError("network down")
        return self.statuses[user_id]


async def test_roles_from_membership_and_configuration() -> None:
    members = FakeMembership({1: "member", 2: "administrator", 3: "left", 4: "kicked"})
    roles = RoleResolver(coordinators={9})
    assert await roles.role(1, members) == Role.ADVISOR
    assert await roles.role(2, members) == Role.ADVISOR
    assert await roles.role(3, members) == Role.NONE
    assert await roles.role(4, members) == Role.NONE
    assert await roles.role(9, members) == Role.COORDINATOR
    assert await roles.role(5, members) == Role.NONE, "no answer from Telegram: no access"


async def test_membership_is_cached_briefly() -> None:
    members = FakeMembership({1: "member"})
    roles = RoleResolver(coordinators=(), ttl_seconds=60)
    await roles.role(1, members)
    members.statuses[1] = "left"
    assert await roles.role(1, members) == Role.ADVISOR, "cached"
    assert members.asked == [1]
    roles.forget(1)
    assert await roles.role(1, members) == Role.NONE, "removed from the group: no longer an advisor"
    expired = RoleResolver(coordinators=(), ttl_seconds=0)
    await expired.role(1, members)
    await expired.role(1, members)
    assert members.asked == [1, 1, 1, 1]


def test_no_case_hint_only_in_one_process() -> None:
    from bot.cases.service import NoCaseHint

    single = NoCaseHint(ttl_seconds=30)
    single.remember_none(1)
    assert single.has_none(1) and not single.has_none(2)
    single.forget(1)
    assert not single.has_none(1), "consent or a reopen forgets it at once"
    replicas = NoCaseHint(ttl_seconds=0)
    replicas.remember_none(1)
    assert not replicas.has_none(1), "with replicas every message asks the database"


def test_stock_phrase_names_the_next_local_opening_day_with_the_assistant() -> None:
    from bot.i18n import Translator
    from handlers.cases.views import phrase_args

    fi = Translator()("fi")
    duty = WeeklyDuty(HELSINKI)
    # Tuesday 08:00 in Tampere (06:00 UTC): the Dari assistant is there today at 9, not first on Friday.
    tuesday_morning = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    assert phrase_args(fi, "fa-AF", duty, tuesday_morning)["day"] == "tiistaina"
    # Thursday 24 December: Friday is Christmas Day, so the next opening (and the Arabic assistant's) is Tuesday.
    christmas_eve = datetime(2026, 12, 24, 10, 0, tzinfo=UTC)
    assert phrase_args(fi, "ar", duty, christmas_eve)["day"] == "tiistaina"
    assert phrase_args(fi, "en", duty, christmas_eve)["day"] == "tiistaina"
