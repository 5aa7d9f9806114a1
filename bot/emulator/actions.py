"""What users do in the emulated Telegram: each action stores a message and queues the bot's update."""

from __future__ import annotations

import mimetypes
from typing import Any

from bot.emulator.markup import detect_entities
from bot.emulator.media import TINY_PNG, media_content
from bot.emulator.world import MEDIA_KINDS, ChatState, StoredMessage, Topic, World, chat_member

USER_KINDS = (*MEDIA_KINDS, "location", "contact")


class UserActions:
    """Python API for user behaviour; raises ValueError for what a real Telegram app would not allow."""

    def __init__(self, world: World) -> None:
        self.world = world

    def _chat(self, user_id: int, chat_id: int | None) -> ChatState:
        self.world.user(user_id)
        state = self.world.chat_state(user_id if chat_id is None else chat_id)
        if state.type == "private":
            if state.id != user_id:
                raise ValueError(f"user {user_id} cannot write in the private chat of user {state.id}")
            if state.blocked:
                self.set_blocked(user_id, False)  # writing to a bot one blocked restarts it
            state.started = True
        elif state.members.get(user_id) not in ("member", "administrator", "creator"):
            raise ValueError(f"user {user_id} is not a member of chat {state.id}")
        return state

    def _topic(self, state: ChatState, user_id: int, thread_id: int | None) -> Topic | None:
        if thread_id is None:
            return None
        topic = state.topics.get(thread_id)
        if topic is None or topic.deleted:
            raise ValueError(f"chat {state.id} has no topic {thread_id}")
        if topic.closed and state.members.get(user_id) not in ("administrator", "creator"):
            raise ValueError(f"topic {thread_id} is closed")
        return topic

    def _reply(self, state: ChatState, reply_to: int | None) -> StoredMessage | None:
        if reply_to is None:
            return None
        stored = state.messages.get(reply_to)
        if stored is None or stored.deleted:
            raise ValueError(f"chat {state.id} has no message {reply_to}")
        return stored

    def _deliver(self, state: ChatState, stored: StoredMessage, kind: str = "message") -> None:
        if self._bot_sees(state, stored):
            self.world.queue_update(kind, stored.message)

    def _bot_sees(self, state: ChatState, stored: StoredMessage) -> bool:
        """Group privacy mode: a bot that is not an admin sees only commands, replies to it and mentions."""
        if state.type == "private":
            return True
        if state.bot_status not in ("member", "administrator"):
            return False
        if state.bot_status == "administrator":
            return True
        m = stored.message
        text = m.get("text") or m.get("caption") or ""
        reply = m.get("reply_to_message") or {}
        return (
            text.startswith("/")
            or f"@{self.world.bot_username}".lower() in text.lower()
            or (reply.get("from") or {}).get("id") == self.world.bot_id
        )

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        message_thread_id: int | None = None,
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        if not text.strip():
            raise ValueError("Telegram apps do not send empty messages")
        state = self._chat(user_id, chat_id)
        self._topic(state, user_id, message_thread_id)
        content: dict[str, Any] = {"text": text}
        entities = detect_entities(text)
        if entities:
            content["entities"] = entities
        stored = self.world.post(
            state,
            self.world.users[user_id],
            content,
            kind="text",
            thread_id=message_thread_id,
            reply_to=self._reply(state, reply_to),
        )
        self._deliver(state, stored)
        return stored.message

    def send_media(
        self,
        user_id: int,
        kind: str,
        *,
        chat_id: int | None = None,
        message_thread_id: int | None = None,
        caption: str | None = None,
        media_group_id: str | None = None,
        data: bytes | None = None,
        file_name: str | None = None,
    ) -> dict[str, Any]:
        if kind not in USER_KINDS:
            raise ValueError(f"kind must be one of {', '.join(USER_KINDS)}")
        state = self._chat(user_id, chat_id)
        self._topic(state, user_id, message_thread_id)
        user = self.world.users[user_id]
        file_id = None
        if kind == "location":
            content: dict[str, Any] = {"location": {"latitude": 60.1699, "longitude": 24.9384}}
        elif kind == "contact":
            content = {
                "contact": {
                    "phone_number": "+358401234567",
                    "first_name": user["first_name"],
                    "user_id": user_id,
                }
            }
        else:
            if data is None:
                data = TINY_PNG if kind == "photo" else f"emulated {kind}".encode()
            if file_name is None and kind == "document":
                file_name = "document.pdf"
            # Telegram's apps send a document's MIME type by its name (letter.pdf -> application/pdf)
            mime = mimetypes.guess_type(file_name)[0] if file_name and kind == "document" else None
            stored_file = self.world.store_file(kind, data, file_name, mime)
            file_id = stored_file.file_id
            content = media_content(kind, stored_file)
        if caption and kind not in ("sticker", "video_note", "location", "contact"):
            content["caption"] = caption
            entities = detect_entities(caption)
            if entities:
                content["caption_entities"] = entities
        if media_group_id:
            content["media_group_id"] = media_group_id
        stored = self.world.post(
            state, user, content, kind=kind, thread_id=message_thread_id, file_id=file_id
        )
        self._deliver(state, stored)
        return stored.message

    def edit_text(self, user_id: int, chat_id: int, message_id: int, new_text: str) -> dict[str, Any]:
        state = self._chat(user_id, chat_id)
        stored = self._reply(state, message_id)
        assert stored is not None
        if stored.from_bot or (stored.message.get("from") or {}).get("id") != user_id:
            raise ValueError("users can edit only their own messages")
        field = "text" if "text" in stored.message else "caption"
        if field not in stored.message:
            raise ValueError("this message has no text to edit")
        stored.message[field] = new_text
        entities = detect_entities(new_text)
        entity_key = "entities" if field == "text" else "caption_entities"
        stored.message.pop(entity_key, None)
        if entities:
            stored.message[entity_key] = entities
        stored.message["edit_date"] = self.world.now()
        stored.edited = True
        stored.html = None
        self.world.touch(stored)
        self._deliver(state, stored, "edited_message")
        return stored.message

    def press(
        self, user_id: int, chat_id: int, message_id: int, callback_data: str, *, forge: bool = False
    ) -> dict[str, Any]:
        state = self._chat(user_id, chat_id)
        stored = self._reply(state, message_id)
        assert stored is not None
        markup = stored.message.get("reply_markup") or {}
        buttons = [b.get("callback_data") for row in markup.get("inline_keyboard", []) for b in row]
        if callback_data not in buttons and not forge:
            raise ValueError(
                f"message {message_id} in chat {chat_id} has no button with callback_data {callback_data!r}; "
                f"it has {[b for b in buttons if b is not None]}"
            )
        query: dict[str, Any] = {
            "id": self.world.new_callback_id(),
            "from": self.world.users[user_id],
            "message": stored.message,
            "chat_instance": str(abs(chat_id) * 7919 % 10**12),
            "data": callback_data,
        }
        self.world.callback_queries[query["id"]] = {"answered": False}
        self.world.queue_update("callback_query", query)
        return query

    def press_reply_button(self, user_id: int, text: str, *, forge: bool = False) -> dict[str, Any]:
        state = self._chat(user_id, None)
        keyboard = state.reply_keyboard or {}
        labels = [b.get("text") for row in keyboard.get("keyboard", []) for b in row]
        if text not in labels and not forge:
            raise ValueError(f"user {user_id} sees no reply keyboard button {text!r}; buttons: {labels}")
        if keyboard.get("one_time_keyboard"):
            state.reply_keyboard = None
        return self.send_text(user_id, text)

    def set_blocked(self, user_id: int, blocked: bool) -> None:
        state = self.world.chat_state(user_id)
        if state.blocked == blocked:
            return
        state.blocked = blocked
        bot = self.world.bot_user
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        self.world.queue_update(
            "my_chat_member",
            {
                "chat": state.chat,
                "from": self.world.users[user_id],
                "date": self.world.now(),
                "old_chat_member": chat_member(bot, old),
                "new_chat_member": chat_member(bot, new),
            },
        )

    def set_bot_status(
        self, chat_id: int, by_user_id: int, status: str, *, can_manage_topics: bool = False
    ) -> dict[str, Any]:
        """An admin removes the bot from a group ("kicked", "left"), demotes it ("member") or changes its rights
        ("administrator" with or without `can_manage_topics`); the bot gets a my_chat_member update."""
        if status not in ("administrator", "member", "left", "kicked"):
            raise ValueError(f"unsupported bot status {status}")
        state = self.world.chat_state(chat_id)
        if state.type == "private":
            raise ValueError("use set_blocked for private chats")
        user = self.world.user(by_user_id)
        bot = self.world.bot_user
        old = chat_member(bot, state.bot_status, can_manage_topics=state.bot_can_manage_topics)
        state.bot_status = status
        state.bot_can_manage_topics = status == "administrator" and can_manage_topics
        update = {
            "chat": state.chat,
            "from": user,
            "date": self.world.now(),
            "old_chat_member": old,
            "new_chat_member": chat_member(bot, status, can_manage_topics=state.bot_can_manage_topics),
        }
        self.world.queue_update("my_chat_member", update)
        return update

    def add_bot_to_group(self, chat_id: int, by_user_id: int, *, as_admin: bool = False) -> dict[str, Any]:
        state = self.world.chat_state(chat_id)
        if state.type == "private":
            raise ValueError("bots are added to groups, not private chats")
        user = self.world.user(by_user_id)
        state.members.setdefault(by_user_id, "administrator")
        old = state.bot_status
        state.bot_status = "administrator" if as_admin else "member"
        bot = self.world.bot_user
        update = {
            "chat": state.chat,
            "from": user,
            "date": self.world.now(),
            "old_chat_member": chat_member(bot, old),
            "new_chat_member": chat_member(
                bot, state.bot_status, can_manage_topics=state.bot_can_manage_topics
            ),
        }
        self.world.queue_update("my_chat_member", update)
        return update
