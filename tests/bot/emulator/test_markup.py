"""Telegram's HTML parse mode and the entities Telegram adds to user text, without a server."""

from __future__ import annotations

import pytest

from bot.emulator.errors import ApiError
from bot.emulator.markup import detect_entities, parse_html, to_html, utf16_len


def test_plain_text_and_entities_with_utf16_offsets() -> None:
    text, entities = parse_html("😀 <b>Hei</b> <i>sinä</i>")
    assert text == "😀 Hei sinä"
    assert entities == [
        {"offset": 3, "length": 3, "type": "bold"},
        {"offset": 7, "length": 4, "type": "italic"},
    ]


def test_nested_tags_links_spoilers_and_quotes() -> None:
    source = (
        '<b>a <a href="https://kela.fi/?a=1&amp;b=2">Kela</a></b> <span class="tg-spoiler">s</span> '
        "<tg-spoiler>t</tg-spoiler> <blockquote expandable>q</blockquote> <u>u</u> <s>x</s> "
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
    )
    text, entities = parse_html(source)
    assert text == "a Kela s t q u x 👍"
    kinds = [(e["type"], e["offset"], e["length"]) for e in entities]
    assert kinds == [
        ("bold", 0, 6),
        ("text_link", 2, 4),
        ("spoiler", 7, 1),
        ("spoiler", 9, 1),
        ("expandable_blockquote", 11, 1),
        ("underline", 13, 1),
        ("strikethrough", 15, 1),
        ("custom_emoji", 17, 2),
    ]
    assert entities[1]["url"] == "https://kela.fi/?a=1&b=2"


def test_pre_with_language_and_code() -> None:
    text, entities = parse_html('<pre><code class="language-python">x = 1</code></pre> <code>y</code>')
    assert text == "x = 1 y"
    assert entities == [
        {"offset": 0, "length": 5, "type": "pre", "language": "python"},
        {"offset": 6, "length": 1, "type": "code"},
    ]


def test_html_entities_and_stray_greater_than() -> None:
    text, entities = parse_html("&lt;b&gt; &quot;x&quot; &#1605; &#x41; 2 > 1")
    assert text == '<b> "x" م A 2 > 1'
    assert entities == []


def test_text_mention_from_tg_user_link() -> None:
    _, entities = parse_html('<a href="tg://user?id=42">Aino</a>')
    assert entities[0]["type"] == "text_mention" and entities[0]["user"]["id"] == 42


@pytest.mark.parametrize(
    "source",
    [
        "<b>",
        "</b>",
        "<b><i>x</b></i>",
        "<p>x</p>",
        "x <",
        "a & b",
        "&bogus;",
        "<a href='x>y",
        "<tg-emoji>x</tg-emoji>",
    ],
)
def test_malformed_html_is_a_400(source: str) -> None:
    with pytest.raises(ApiError) as err:
        parse_html(source)
    assert err.value.code == 400
    assert err.value.description.startswith("Bad Request: can't parse entities: ")


def test_error_reports_utf8_byte_offset() -> None:
    with pytest.raises(ApiError, match="byte offset 5"):
        parse_html("ää <x>")  # two 2-byte letters and a space


def test_utf16_length() -> None:
    assert utf16_len("abc") == 3
    assert utf16_len("😀") == 2
    assert utf16_len("مرحبا") == 5


def test_user_text_gets_commands_links_mentions_and_hashtags() -> None:
    entities = detect_entities("/start@kototori_bot hi https://infopankki.fi/fi, @aino_k #kela")
    assert [(e["type"], e["offset"], e["length"]) for e in entities] == [
        ("bot_command", 0, 19),
        ("url", 23, 24),
        ("mention", 49, 7),
        ("hashtag", 57, 5),
    ]
    assert detect_entities("a/b and 1/2") == []


def test_to_html_round_trips_entities() -> None:
    source = '<b>Hei <i>Aino</i></b> &lt;3 <a href="https://x.fi">linkki</a>'
    text, entities = parse_html(source)
    assert to_html(text, entities) == source
    assert parse_html(to_html("😀 <x>", [{"offset": 3, "length": 3, "type": "bold"}])) == (
        "😀 <x>",
        [{"offset": 3, "length": 3, "type": "bold"}],
    )
