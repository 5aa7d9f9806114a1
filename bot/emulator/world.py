"""The emulated Telegram world: users, chats, forum topics, messages, files and the queue of updates."""

from __future__ import annotations

import hashlib
import itertools
from collections import deque
from collections.abc import Callable
from typing import Any

from bot.clock import Clock, SystemClock
from bot.emulator.errors import ApiError, bad_request, chat_not_found, forbidden
from bot.emulator.models import (
    MEDIA_KINDS,
    SERVICE_KINDS,
    TOPIC_COLORS,
    ChatState,
    StoredFile,
    StoredMessage,
    Topic,
    chat_member,
)

__all__ = [
    "MEDIA_KINDS",
    "SERVICE_KINDS",
    "TOPIC_COLORS",
    "ChatState",
    "StoredFile",
    "StoredMessage",
    "Topic",
    "World",
    "chat_member",
]


class World:
    """All state of one emulated bot's Telegram, plus the listeners that react to changes."""

    def __init__(self, clock: Clock | None, bot_username: str) -> None:
        self.clock: Clock = clock or SystemClock()
        self.bot_username = bot_username
        self.bot_id = 0
        self.users: dict[int, dict[str, Any]] = {}
        self.chats: dict[int, ChatState] = {}
        self.files: dict[str, StoredFile] = {}
        # (chat id, action) of every sendChatAction, in order: what a user saw as "typing..."
        self.chat_actions: list[tuple[int, str]] = []
        self.files_by_path: dict[str, StoredFile] = {}
        self.updates: deque[dict[str, Any]] = deque()
        self.callback_queries: dict[str, dict[str, Any]] = {}
        self.callback_answers: list[dict[str, Any]] = []
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.menu_buttons: dict[int | None, dict[str, Any]] = {}
        self.bot_texts: dict[tuple[str, str], str] = {}
        self.seq = 0
        self.listeners: list[Callable[[], None]] = []  # called after every change
        self._update_ids = itertools.count(100_000_001)
        self._user_ids = itertools.count(100_000_001)
        self._group_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(4_000_000_001)

    # -- identities ---------------------------------------------------------------------------------
    def now(self) -> int:
        return int(self.clock.now().timestamp())

    @property
    def bot_user(self) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Kototori", "username": self.bot_username}

    def add_user(
        self,
        first_name: str,
        *,
        language_code: str | None,
        user_id: int | None,
        last_name: str | None,
        username: str | None,
        started: bool,
    ) -> dict[str, Any]:
        uid = user_id if user_id is not None else next(self._user_ids)
        while user_id is None and uid in self.users:
            uid = next(self._user_ids)
        user: dict[str, Any] = {"id": uid, "is_bot": False, "first_name": first_name}
        chat: dict[str, Any] = {"id": uid, "type": "private", "first_name": first_name}
        for key, value in (("last_name", last_name), ("username", username)):
            if value:
                user[key] = chat[key] = value
        if language_code:
            user["language_code"] = language_code
        self.users[uid] = user
        self.chats[uid] = ChatState(chat, members={uid: "member"}, started=started)
        self.changed()
        return user

    def add_group(
        self,
        title: str,
        *,
        chat_id: int | None,
        forum: bool,
        bot_status: str,
        can_manage_topics: bool,
        members: list[int],
    ) -> dict[str, Any]:
        n = next(self._group_ids)
        if forum:
            cid = chat_id if chat_id is not None else -(1_000_000_000_000 + 2_000_000_000 + n)
            chat: dict[str, Any] = {"id": cid, "type": "supergroup", "title": title, "is_forum": True}
        else:
            cid = chat_id if chat_id is not None else -(4_000_000_000 + n)
            chat = {"id": cid, "type": "group", "title": title}
        state = ChatState(chat, bot_status=bot_status, bot_can_manage_topics=can_manage_topics)
        for uid in members:
            self.user(uid)
            state.members[uid] = "member"
        self.chats[cid] = state
        self.changed()
        return dict(chat)

    def migrate_group(self, chat_id: int) -> dict[str, Any]:
        """A basic group upgraded to a supergroup (e.g. to enable topics): a new id, the same members; the old id
        then answers 400 with `migrate_to_chat_id`."""
        old = self.chat_state(chat_id)
        if old.type != "group" or old.migrated_to is not None:
            raise ValueError(f"chat {chat_id} is not a basic group")
        admin = old.bot_status == "administrator"
        chat = self.add_group(
            str(old.chat["title"]),
            chat_id=None,
            forum=True,
            bot_status=old.bot_status,
            can_manage_topics=admin,
            members=[],
        )
        new = self.chats[int(chat["id"])]
        new.members.update(old.members)
        old.migrated_to = new.id
        self.changed()
        return chat

    def user(self, user_id: int) -> dict[str, Any]:
        try:
            return self.users[user_id]
        except KeyError:
            raise ValueError(f"no user {user_id} in the emulator; add_user() first") from None

    def chat_state(self, chat_id: int) -> ChatState:
        try:
            return self.chats[chat_id]
        except KeyError:
            raise ValueError(f"no chat {chat_id} in the emulator") from None

    def resolve_chat(self, chat_id: int | str) -> ChatState:
        """A chat the bot addresses through the Bot API (400 when unknown)."""
        if isinstance(chat_id, str):
            if chat_id.startswith("@"):
                for candidate in self.chats.values():
                    if str(candidate.chat.get("username", "")).lower() == chat_id[1:].lower():
                        return candidate
            raise chat_not_found()
        state = self.chats.get(chat_id)
        if state is None:
            raise chat_not_found()
        if state.migrated_to is not None:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": state.migrated_to},
            )
        return state

    def writable_chat(self, chat_id: int | str) -> ChatState:
        """A chat the bot may send to, or the 403 Telegram answers."""
        state = self.resolve_chat(chat_id)
        if state.type == "private":
            if state.blocked:
                raise forbidden("bot was blocked by the user")
            if not state.started:
                raise forbidden("bot can't initiate conversation with a user")
        elif state.bot_status == "kicked":
            raise forbidden(f"bot was kicked from the {state.type} chat")
        elif state.bot_status == "left":
            raise forbidden(f"bot is not a member of the {state.type} chat")
        return state

    def thread(self, state: ChatState, thread_id: int | None) -> Topic | None:
        if thread_id is None:
            return None
        topic = state.topics.get(thread_id)
        if topic is None or topic.deleted:
            raise bad_request("message thread not found")
        return topic

    def writable_thread(self, state: ChatState, thread_id: int | None) -> Topic | None:
        topic = self.thread(state, thread_id)
        if topic is not None and topic.closed:
            raise bad_request("TOPIC_CLOSED")
        return topic

    # -- messages -----------------------------------------------------------------------------------
    def post(
        self,
        state: ChatState,
        sender: dict[str, Any],
        content: dict[str, Any],
        *,
        kind: str,
        thread_id: int | None = None,
        reply_to: StoredMessage | None = None,
        html: str | None = None,
        file_id: str | None = None,
    ) -> StoredMessage:
        mid = state.next_message_id
        state.next_message_id += 1
        message: dict[str, Any] = {"message_id": mid, "from": sender, "chat": state.chat, "date": self.now()}
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
            if reply_to is None and thread_id in state.messages:
                reply_to = state.messages[thread_id]  # Telegram replies to the topic's creation message
        if reply_to is not None:
            reply = {k: v for k, v in reply_to.message.items() if k != "reply_to_message"}
            message["reply_to_message"] = reply
        message.update(content)
        self.seq += 1
        from_bot = bool(sender.get("is_bot", False))
        stored = StoredMessage(message, from_bot, kind, html, self.seq, file_id)
        state.messages[mid] = stored
        if kind not in SERVICE_KINDS:
            state.counts[(from_bot, None)] += 1
            if thread_id is not None:
                state.counts[(from_bot, thread_id)] += 1
        self.changed()
        return stored

    def delete(self, state: ChatState, stored: StoredMessage) -> None:
        """Mark a message deleted: the chat keeps showing it as deleted, counts forget it."""
        if stored.deleted:
            return
        stored.deleted = True
        if stored.kind not in SERVICE_KINDS:
            state.counts[(stored.from_bot, None)] -= 1
            thread_id = stored.message.get("message_thread_id")
            if thread_id is not None:
                state.counts[(stored.from_bot, thread_id)] -= 1
        self.touch(stored)

    def touch(self, stored: StoredMessage) -> None:
        self.seq += 1
        stored.seq = self.seq
        self.changed()

    def message(self, state: ChatState, message_id: int, missing: str) -> StoredMessage:
        stored = state.messages.get(message_id)
        if stored is None or stored.deleted:
            raise bad_request(missing)
        return stored

    def chat_messages(
        self, chat_id: int, message_thread_id: int | None = None, since: int = 0
    ) -> list[dict[str, Any]]:
        state = self.chat_state(chat_id)
        return [
            m.view()
            for m in state.messages.values()
            if m.seq > since
            and (message_thread_id is None or m.message.get("message_thread_id") == message_thread_id)
        ]

    # -- files --------------------------------------------------------------------------------------
    def store_file(self, kind: str, data: bytes, file_name: str | None, mime_type: str | None) -> StoredFile:
        n = next(self._file_ids)
        unique = hashlib.sha1(data + kind.encode(), usedforsecurity=False).hexdigest()[:16]
        prefix = {"photo": "AgAC", "voice": "AwAC", "sticker": "CAAC"}.get(kind, "BQAC")
        file_id = f"{prefix}{n:06d}{unique}"
        folder = {"photo": "photos", "voice": "voice", "sticker": "stickers", "video": "videos"}.get(
            kind, "documents"
        )
        suffix = (
            (file_name or "").rpartition(".")[2]
            if file_name and "." in file_name
            else _SUFFIX.get(kind, "bin")
        )
        stored = StoredFile(
            file_id, f"AQAD{unique}", kind, data, file_name, mime_type, f"{folder}/file_{n}.{suffix}"
        )
        self.files[file_id] = stored
        self.files_by_path[stored.file_path] = stored
        return stored

    def file(self, file_id: str) -> StoredFile:
        stored = self.files.get(file_id)
        if stored is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        return stored

    # -- updates ------------------------------------------------------------------------------------
    def queue_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": next(self._update_ids), kind: payload}
        self.updates.append(update)
        self.changed()
        return update

    def new_callback_id(self) -> str:
        return str(next(self._callback_ids))

    def changed(self) -> None:
        for listener in list(self.listeners):
            listener()


_SUFFIX = {
    "photo": "jpg",
    "voice": "oga",
    "sticker": "webp",
    "video": "mp4",
    "audio": "mp3",
    "animation": "mp4",
}
