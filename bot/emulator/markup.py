"""Telegram's HTML parse mode, entity offsets in UTF-16 code units, and entities Telegram adds to user text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from bot.emulator.errors import ApiError, bad_request

_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_ALL_TAGS = frozenset({*_SIMPLE_TAGS, "a", "span", "tg-emoji"})
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTR_RE = re.compile(r"\s*([A-Za-z][A-Za-z0-9_-]*)")
_ENTITY_RE = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]+));")


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _error(source: str, pos: int, detail: str) -> ApiError:
    offset = len(source[:pos].encode("utf-8"))
    return bad_request(f"can't parse entities: {detail.format(offset=offset)}")


@dataclass(slots=True)
class _Open:
    tag: str
    start: int  # UTF-16 offset in the output text
    attrs: dict[str, str]


@dataclass(slots=True)
class _State:
    out: list[str] = field(default_factory=list)
    length: int = 0  # UTF-16 length of out
    stack: list[_Open] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.out.append(text)
        self.length += utf16_len(text)


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse text with ``parse_mode=HTML`` into (plain text, entities), or raise 400 like Telegram."""
    state = _State()
    i, n = 0, len(source)
    while i < n:
        lt = source.find("<", i)
        amp = source.find("&", i)
        nxt = min(p for p in (lt, amp, n) if p >= 0)
        if nxt > i:
            state.add(source[i:nxt])
            i = nxt
            continue
        if source[i] == "&":
            m = _ENTITY_RE.match(source, i)
            char = _decode_entity(m) if m else None
            if m is None or char is None:
                raise _error(
                    source, i, 'Character "&" is reserved and must be escaped at byte offset {offset}'
                )
            state.add(char)
            i = m.end()
            continue
        i = _tag(source, i, state)
    if state.stack:
        raise _error(source, n, f'Can\'t find end tag corresponding to start tag "{state.stack[-1].tag}"')
    entities = [e for e in state.entities if e["length"] > 0]
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(state.out), entities


def _decode_entity(m: re.Match[str]) -> str | None:
    dec, hexa, name = m.groups()
    if name is not None:
        return _NAMED_ENTITIES.get(name)
    code = int(dec) if dec is not None else int(hexa, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _tag(source: str, i: int, state: _State) -> int:
    start = i
    closing = source.startswith("</", i)
    i += 2 if closing else 1
    m = _NAME_RE.match(source, i)
    if m is None:
        raise _error(source, start, "Unexpected end of name token at byte offset {offset}")
    name = m.group(0).lower()
    i = m.end()
    if closing:
        end = source.find(">", i)
        if end < 0 or source[i:end].strip():
            raise _error(source, start, "Unclosed end tag at byte offset {offset}")
        if not state.stack:
            raise _error(source, start, 'Unexpected end tag "' + name + '" at byte offset {offset}')
        top = state.stack.pop()
        if top.tag != name:
            raise _error(
                source,
                start,
                f'Unmatched end tag at byte offset {{offset}}, expected "</{top.tag}>", found "</{name}>"',
            )
        _close(top, state)
        return end + 1
    if name not in _ALL_TAGS:
        raise _error(source, start, f'Unsupported start tag "{name}" at byte offset {{offset}}')
    attrs: dict[str, str] = {}
    while True:
        while i < len(source) and source[i].isspace():
            i += 1
        if i >= len(source):
            raise _error(source, start, "Unclosed start tag at byte offset {offset}")
        if source[i] == ">":
            i += 1
            break
        am = _ATTR_RE.match(source, i)
        if am is None:
            raise _error(source, start, f'Unclosed start tag "{name}" at byte offset {{offset}}')
        key = am.group(1).lower()
        i = am.end()
        if i < len(source) and source[i] == "=":
            value, i = _attr_value(source, i + 1, start, name)
        else:
            value = ""
        attrs[key] = value
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise _error(source, start, 'Tag "span" must have class "tg-spoiler" at byte offset {offset}')
    if name == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
        raise _error(source, start, 'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {offset}')
    state.stack.append(_Open(name, state.length, attrs))
    return i


def _attr_value(source: str, i: int, start: int, name: str) -> tuple[str, int]:
    if i < len(source) and source[i] in "\"'":
        quote = source[i]
        end = source.find(quote, i + 1)
        if end < 0:
            raise _error(source, start, f'Unclosed start tag "{name}" at byte offset {{offset}}')
        return html.unescape(source[i + 1 : end]), end + 1
    m = re.compile(r"[^\s>\"']*").match(source, i)
    assert m is not None  # the pattern matches the empty string
    return html.unescape(m.group(0)), m.end()


def _close(top: _Open, state: _State) -> None:
    length = state.length - top.start
    entity: dict[str, Any] = {"offset": top.start, "length": length}
    if top.tag == "a":
        href = top.attrs.get("href", "")
        user = re.fullmatch(r"tg://user\?id=(\d+)", href)
        if user:
            entity.update(
                type="text_mention", user={"id": int(user.group(1)), "is_bot": False, "first_name": ""}
            )
        elif href:
            entity.update(type="text_link", url=href)
        else:
            return
    elif top.tag == "span":
        entity["type"] = "spoiler"
    elif top.tag == "tg-emoji":
        entity.update(type="custom_emoji", custom_emoji_id=top.attrs["emoji-id"])
    elif top.tag == "blockquote":
        entity["type"] = "expandable_blockquote" if "expandable" in top.attrs else "blockquote"
    elif top.tag == "code" and state.stack and state.stack[-1].tag == "pre":
        # Telegram folds <pre><code class="language-x"> into one pre entity with a language.
        language = top.attrs.get("class", "")
        if language.startswith("language-"):
            state.stack[-1].attrs["language"] = language[len("language-") :]
        return
    else:
        entity["type"] = _SIMPLE_TAGS[top.tag]
        if top.tag == "pre" and top.attrs.get("language"):
            entity["language"] = top.attrs["language"]
    state.entities.append(entity)


def check_entities(text: str, entities: list[dict[str, Any]]) -> None:
    """Explicit ``entities``: offsets must fall inside the text."""
    total = utf16_len(text)
    for e in entities:
        if e["offset"] < 0 or e["length"] < 0 or e["offset"] + e["length"] > total:
            raise bad_request("can't parse entities: entity is out of the text")


_USER_ENTITY_RE = re.compile(
    r"(?P<bot_command>(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?)"
    r"|(?P<url>\bhttps?://[^\s<>\"]+[^\s<>\".,;:!?)\]'])"
    r"|(?P<mention>(?<!\w)@[A-Za-z][A-Za-z0-9_]{3,31}\b)"
    r"|(?P<hashtag>(?<!\w)#\w*[^\W\d_]\w*)"
)


def detect_entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram adds to a plain text a user sends: commands, links, mentions, hashtags."""
    entities: list[dict[str, Any]] = []
    for m in _USER_ENTITY_RE.finditer(text):
        kind = m.lastgroup
        assert kind is not None
        entities.append(
            {"offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0)), "type": kind}
        )
    return entities


def escape(text: str) -> str:
    return html.escape(text, quote=False)


_HTML_TAGS = {
    "bold": ("<b>", "</b>"),
    "italic": ("<i>", "</i>"),
    "underline": ("<u>", "</u>"),
    "strikethrough": ("<s>", "</s>"),
    "spoiler": ("<tg-spoiler>", "</tg-spoiler>"),
    "code": ("<code>", "</code>"),
    "pre": ("<pre>", "</pre>"),
    "blockquote": ("<blockquote>", "</blockquote>"),
    "expandable_blockquote": ("<blockquote expandable>", "</blockquote>"),
}


def to_html(text: str, entities: list[dict[str, Any]]) -> str:
    """Render plain text and entities back to Telegram HTML, for display."""
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for e in sorted(entities, key=lambda e: (e["offset"], -e["length"])):
        kind = e["type"]
        if kind in ("text_link", "url"):
            href = e.get("url") or _slice16(text, e["offset"], e["length"])
            tags = (f'<a href="{html.escape(href)}">', "</a>")
        elif kind in _HTML_TAGS:
            tags = _HTML_TAGS[kind]
        else:
            continue
        opens.setdefault(e["offset"], []).append(tags[0])
        closes.setdefault(e["offset"] + e["length"], []).insert(0, tags[1])
    out: list[str] = []
    pos = 0
    for ch in text:
        out.extend(closes.get(pos, ()))
        out.extend(opens.get(pos, ()))
        out.append(escape(ch))
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.extend(closes.get(pos, ()))
    return "".join(out)


def _slice16(text: str, offset: int, length: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[offset * 2 : (offset + length) * 2].decode("utf-16-le", errors="replace")
