"""Where a message may turn to a second matter, in every script the bot reads."""

from __future__ import annotations

import pytest

from bot.answers.knowledge.clauses import clauses


@pytest.mark.parametrize(
    ("text", "second_starts"),
    [
        ("Kela stopped my money last month. Also I need a tax card for my new job", "Also I need"),
        ("Kela lopetti tukeni viime kuussa ja lisäksi tarvitsen verokortin uuteen työhön", "ja lisäksi"),
        ("دعم الايجار نقص هالشهر وما بعرف ليش، وكمان ما قدرت ادفع فاتورة الكهربا", "وكمان"),
        ("پول کرایه خانه ام کم شده و همچنان کارت مالیات هم ضرورت دارم", "و همچنان"),
        ("lacagta kirada way yaraatay bishan, sidoo kale verokortti cusub ayaan u baahanahay", "sidoo kale"),
    ],
)
def test_a_message_is_cut_where_the_second_matter_starts(text: str, second_starts: str) -> None:
    parts = clauses(text)
    assert "".join(parts) == text
    assert any(part.startswith(second_starts) for part in parts[1:]), parts


def test_short_pieces_stay_with_their_clause() -> None:
    assert clauses("tax card and kela") == ["tax card and kela"]
    text = "my landlord says I must leave at the end of the month, with kids"
    assert clauses(text) == [text]


def test_a_very_long_message_has_a_bounded_number_of_clauses() -> None:
    text = ", ".join(f"this is clause number {i} of a long story" for i in range(20))
    parts = clauses(text)
    assert len(parts) == 5 and "".join(parts) == text
