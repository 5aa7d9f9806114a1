"""Answer texts between the editor, the knowledge base and the page.

Answers are Telegram HTML with three tags (<b>, <i>, <a href>). A coordinator types plain text with those tags;
anything else that looks like markup (`<script>`, `a < b`, `&`) is stored escaped, so the bot and the console show
it as text. The preview builds HTML from a whitelist, whatever the database holds.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from markupsafe import Markup, escape

_KEEP = re.compile(r'</?[bi]>|<a href="https://[^"<>\s]+">|</a>|&(?:amp|lt|gt|quot|#\d+);')
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|#\d+);")


def to_storage(text: str, *, tags: bool = True) -> str:
    """The editor's text as the knowledge base keeps it: allowed tags as they are, everything else escaped."""
    text = "\n".join(
        line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    )
    keep = _KEEP if tags else _ENTITY
    out: list[str] = []
    pos = 0
    for match in keep.finditer(text):
        out.append(html.escape(text[pos : match.start()], quote=False))
        out.append(match.group())
        pos = match.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def to_editor(stored: str) -> str:
    """What the editor shows for a stored text: entities as the characters they stand for."""
    return _ENTITY.sub(lambda m: html.unescape(m.group()), stored)


class _Preview(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("b", "i"):
            self.parts.append(f"<{tag}>")
            self.open.append(tag)
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("https://"):
                self.parts.append(f'<a href="{escape(href)}" rel="noopener noreferrer" target="_blank">')
                self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()
            self.parts.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.parts.append(str(escape(data)).replace("\n", "<br>"))

    def result(self) -> Markup:
        self.close()
        closing = "".join(f"</{tag}>" for tag in reversed(self.open))
        return Markup("".join(self.parts) + closing)  # built from escaped parts and whitelisted tags


def preview(stored: str) -> Markup:
    """A stored answer as safe HTML for the phone preview."""
    parser = _Preview()
    parser.feed(stored)
    return parser.result()
