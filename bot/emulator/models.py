"""The records the emulated world keeps: chats, topics, files and messages as the chat shows them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bot.emulator.errors import ApiError
from bot.emulator.markup import to_html

SERVICE_KINDS = frozenset(
    {"forum_topic_created", "forum_topic_edited", "forum_topic_closed", "forum_topic_reopened"}
)
MEDIA_KINDS = ("photo", "document", "voice", "sticker", "video", "audio", "video_note", "animation")
TOPIC_COLORS = (7322096, 16766590, 13338331, 9367192, 16749490, 16478047)


@dataclass(slots=True)
class StoredFile:
    file_id: str
    file_unique_id: str
    kind: str
    data: bytes
    file_name: str | None
    mime_type: str | None
    file_path: str


@dataclass(slots=True)
class Topic:
    thread_id: int
    name: str
    icon_color: int
    icon_custom_emoji_id: str | None = None
    closed: bool = False
    deleted: bool = False

    def public(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "message_thread_id": self.thread_id,
            "name": self.name,
            "icon_color": self.icon_color,
        }
        if self.icon_custom_emoji_id:
            out["icon_custom_emoji_id"] = self.icon_custom_emoji_id
        return out


@dataclass(slots=True)
class StoredMessage:
    message: dict[str, Any]  # exactly what the Bot API returns for it
    from_bot: bool
    kind: str
    html: str | None  # what the bot sent with parse_mode=HTML; rendered from entities when None
    seq: int
    file_id: str | None = None
    markup: dict[str, Any] | None = None  # any keyboard sent, reply keyboards included
    edited: bool = False
    deleted: bool = False

    def view(self) -> dict[str, Any]:
        m = self.message
        file = None
        if self.file_id is not None:
            media = m.get(self.kind)
            info = media[-1] if isinstance(media, list) else media or {}
            file = {
                "file_id": self.file_id,
                "file_name": info.get("file_name"),
                "mime_type": info.get("mime_type", "image/jpeg" if self.kind == "photo" else None),
                "file_size": info.get("file_size"),
                "url": f"/_emu/files/{self.file_id}",
            }
        text = m.get("text")
        if self.html is None and text is not None:
            self.html = to_html(text, m.get("entities", []))
        elif self.html is None and m.get("caption"):
            self.html = to_html(m["caption"], m.get("caption_entities", []))
        view: dict[str, Any] = {
            "seq": self.seq,
            "message_id": m["message_id"],
            "from_bot": self.from_bot,
            "from": m.get("from"),
            "text": text,
            "html": self.html,
            "entities": m.get("entities", m.get("caption_entities", [])),
            "caption": m.get("caption"),
            "kind": self.kind,
            "reply_markup": m.get("reply_markup", self.markup),
            "message_thread_id": m.get("message_thread_id"),
            "reply_to_message_id": (m.get("reply_to_message") or {}).get("message_id"),
            "edited": self.edited,
            "deleted": self.deleted,
            "date": m["date"],
            "file": file,
        }
        for extra in ("location", "contact", "media_group_id", "forum_topic_created", "forward_origin"):
            if extra in m:
                view[extra] = m[extra]
        return view


@dataclass(slots=True)
class ChatState:
    chat: dict[str, Any]  # the Chat object
    members: dict[int, str] = field(default_factory=dict)  # user id -> status
    bot_status: str = "member"
    bot_can_manage_topics: bool = False
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    next_message_id: int = 1
    topics: dict[int, Topic] = field(default_factory=dict)
    blocked: bool = False  # private chats: the user blocked the bot
    started: bool = True  # private chats: the user has talked to the bot
    migrated_to: int | None = None  # a group upgraded to a supergroup: its new id
    reply_keyboard: dict[str, Any] | None = None  # the reply keyboard the user currently sees
    # messages shown (not deleted, not service): (from_bot, thread id or None for all) -> count
    counts: Counter[tuple[bool, int | None]] = field(default_factory=Counter)

    @property
    def id(self) -> int:
        return int(self.chat["id"])

    @property
    def type(self) -> str:
        return str(self.chat["type"])

    @property
    def is_forum(self) -> bool:
        return bool(self.chat.get("is_forum"))


def chat_member(user: dict[str, Any], status: str, *, can_manage_topics: bool = False) -> dict[str, Any]:
    """A ChatMember object with every field the spec requires for its status."""
    member: dict[str, Any] = {"status": status, "user": user}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(
            can_be_edited=False,
            is_anonymous=False,
            can_manage_chat=True,
            can_delete_messages=True,
            can_manage_video_chats=True,
            can_restrict_members=True,
            can_promote_members=False,
            can_change_info=True,
            can_invite_users=True,
            can_post_stories=False,
            can_edit_stories=False,
            can_delete_stories=False,
            can_send_welcome_messages=False,  # required by Bot API 10.3 clients such as aiogram 3.31
            can_pin_messages=True,
            can_manage_topics=can_manage_topics,
        )
    elif status == "kicked":
        member["until_date"] = 0
    elif status == "restricted":
        raise ApiError(400, "Bad Request: restricted members are not modelled by the emulator")
    return member
