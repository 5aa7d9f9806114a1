"""Bot API methods about the bot, chats, members, commands, forum topics and files."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.emulator import checks
from bot.emulator.errors import bad_request
from bot.emulator.registry import Call, method
from bot.emulator.world import TOPIC_COLORS, ChatState, Topic, chat_member

if TYPE_CHECKING:
    from bot.emulator.emulator import TelegramEmulator

MAX_DOWNLOAD = 20 * 1024 * 1024


@method("getMe")
async def get_me(emu: TelegramEmulator, call: Call) -> Any:
    return emu.get_me()


@method("logOut", "close")
async def log_out(emu: TelegramEmulator, call: Call) -> Any:
    return True


@method("getUpdates")
async def get_updates(emu: TelegramEmulator, call: Call) -> Any:
    return await emu.hub.get_updates(call.params)


@method("setWebhook")
async def set_webhook(emu: TelegramEmulator, call: Call) -> Any:
    return await emu.hub.set_webhook(call.params)


@method("deleteWebhook")
async def delete_webhook(emu: TelegramEmulator, call: Call) -> Any:
    return await emu.hub.delete_webhook(call.params)


@method("getWebhookInfo")
async def get_webhook_info(emu: TelegramEmulator, call: Call) -> Any:
    return emu.hub.webhook_info()


def scope_key(emu: TelegramEmulator, scope: dict[str, Any] | None) -> str:
    """A BotCommandScope as a dictionary key, e.g. ``"chat:-100123"``."""
    scope = scope or {"type": "default"}
    key = str(scope["type"])
    if "chat_id" in scope:
        key += f":{emu.world.resolve_chat(scope['chat_id']).id}"
    if "user_id" in scope:
        key += f":{scope['user_id']}"
    return key


@method("setMyCommands")
async def set_my_commands(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    lang = p.get("language_code", "")
    checks.check_language_code(lang)
    if len(p["commands"]) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    key = (scope_key(emu, p.get("scope")), lang)
    if p["commands"]:
        emu.world.commands[key] = p["commands"]
    else:
        emu.world.commands.pop(key, None)
    return True


@method("getMyCommands")
async def get_my_commands(emu: TelegramEmulator, call: Call) -> Any:
    lang = call.params.get("language_code", "")
    checks.check_language_code(lang)
    return emu.world.commands.get((scope_key(emu, call.params.get("scope")), lang), [])


@method("deleteMyCommands")
async def delete_my_commands(emu: TelegramEmulator, call: Call) -> Any:
    lang = call.params.get("language_code", "")
    checks.check_language_code(lang)
    emu.world.commands.pop((scope_key(emu, call.params.get("scope")), lang), None)
    return True


@method("setChatMenuButton")
async def set_chat_menu_button(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    chat = emu.world.resolve_chat(p["chat_id"]).id if "chat_id" in p else None
    emu.world.menu_buttons[chat] = p.get("menu_button") or {"type": "default"}
    return True


@method("getChatMenuButton")
async def get_chat_menu_button(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    chat = emu.world.resolve_chat(p["chat_id"]).id if "chat_id" in p else None
    buttons = emu.world.menu_buttons
    return buttons.get(chat) or buttons.get(None) or {"type": "commands"}


@method("setMyName", "setMyDescription", "setMyShortDescription")
async def set_my_text(emu: TelegramEmulator, call: Call) -> Any:
    field = {"setMyName": "name", "setMyDescription": "description"}.get(call.method, "short_description")
    lang = call.params.get("language_code", "")
    checks.check_language_code(lang)
    emu.world.bot_texts[(field, lang)] = call.params.get(field, "")
    return True


@method("getMyName", "getMyDescription", "getMyShortDescription")
async def get_my_text(emu: TelegramEmulator, call: Call) -> Any:
    field = {"getMyName": "name", "getMyDescription": "description"}.get(call.method, "short_description")
    lang = call.params.get("language_code", "")
    default = emu.world.bot_user["first_name"] if field == "name" else ""
    return {field: emu.world.bot_texts.get((field, lang), emu.world.bot_texts.get((field, ""), default))}


@method("getChat")
async def get_chat(emu: TelegramEmulator, call: Call) -> Any:
    state = emu.world.resolve_chat(call.params["chat_id"])
    gifts = {k: False for k in ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription")}
    return {
        **state.chat,
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {**gifts, "gifts_from_channels": False},
    }


def _member(emu: TelegramEmulator, state: ChatState, user_id: int) -> dict[str, Any]:
    if user_id == emu.world.bot_id:
        status = "member" if state.type == "private" else state.bot_status
        return chat_member(emu.world.bot_user, status, can_manage_topics=state.bot_can_manage_topics)
    user = emu.world.users.get(user_id)
    if user is None:
        raise bad_request("user not found")
    if state.type == "private":
        if state.id != user_id:
            raise bad_request("user not found")
        return chat_member(user, "member")
    return chat_member(user, state.members.get(user_id, "left"), can_manage_topics=True)


@method("getChatMember")
async def get_chat_member(emu: TelegramEmulator, call: Call) -> Any:
    return _member(emu, emu.world.resolve_chat(call.params["chat_id"]), call.params["user_id"])


@method("getChatAdministrators")
async def get_chat_administrators(emu: TelegramEmulator, call: Call) -> Any:
    state = emu.world.resolve_chat(call.params["chat_id"])
    if state.type == "private":
        raise bad_request("there are no administrators in the private chat")
    admins = [
        _member(emu, state, uid) for uid, s in state.members.items() if s in ("creator", "administrator")
    ]
    if state.bot_status == "administrator":
        admins.append(_member(emu, state, emu.world.bot_id))
    return admins


@method("getChatMemberCount")
async def get_chat_member_count(emu: TelegramEmulator, call: Call) -> Any:
    state = emu.world.resolve_chat(call.params["chat_id"])
    if state.type == "private":
        return 2
    present = sum(1 for s in state.members.values() if s not in ("left", "kicked"))
    return present + (state.bot_status in ("member", "administrator"))


@method("banChatMember", "unbanChatMember")
async def ban_chat_member(emu: TelegramEmulator, call: Call) -> Any:
    state = emu.world.resolve_chat(call.params["chat_id"])
    if state.type == "private":
        raise bad_request("chat member status can't be changed in private chats")
    if state.bot_status != "administrator":
        raise bad_request("not enough rights to restrict/unrestrict chat member")
    state.members[call.params["user_id"]] = "kicked" if call.method == "banChatMember" else "left"
    return True


@method("leaveChat")
async def leave_chat(emu: TelegramEmulator, call: Call) -> Any:
    state = emu.world.resolve_chat(call.params["chat_id"])
    if state.type == "private":
        raise bad_request("chat member status can't be changed in private chats")
    old, state.bot_status = state.bot_status, "left"
    bot = emu.world.bot_user
    emu.world.queue_update(
        "my_chat_member",
        {
            "chat": state.chat,
            "from": bot,
            "date": emu.world.now(),
            "old_chat_member": chat_member(bot, old, can_manage_topics=state.bot_can_manage_topics),
            "new_chat_member": chat_member(bot, "left"),
        },
    )
    return True


@method("pinChatMessage", "unpinChatMessage")
async def pin_chat_message(emu: TelegramEmulator, call: Call) -> Any:
    state = emu.world.resolve_chat(call.params["chat_id"])
    if "message_id" in call.params:
        emu.world.message(state, call.params["message_id"], "message to pin not found")
    return True


@method("unpinAllChatMessages", "unpinAllForumTopicMessages", "setMessageReaction")
async def accept(emu: TelegramEmulator, call: Call) -> Any:
    emu.world.resolve_chat(call.params["chat_id"])
    return True


@method("getForumTopicIconStickers")
async def get_forum_topic_icon_stickers(emu: TelegramEmulator, call: Call) -> Any:
    return []


@method("getUserProfilePhotos")
async def get_user_profile_photos(emu: TelegramEmulator, call: Call) -> Any:
    if call.params["user_id"] not in emu.world.users:
        raise bad_request("user not found")
    return {"total_count": 0, "photos": []}


def _forum(emu: TelegramEmulator, chat_id: int | str) -> ChatState:
    state = emu.world.writable_chat(chat_id)  # a bot removed from the group gets its 403 first
    if not state.is_forum:
        raise bad_request("the chat is not a forum")
    if state.bot_status != "administrator" or not state.bot_can_manage_topics:
        raise bad_request("not enough rights to manage topics in the chat")
    return state


def _topic(state: ChatState, thread_id: int) -> Topic:
    topic = state.topics.get(thread_id)
    if topic is None or topic.deleted:
        raise bad_request("TOPIC_ID_INVALID")
    return topic


@method("createForumTopic")
async def create_forum_topic(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    state = _forum(emu, p["chat_id"])
    checks.topic_name(p["name"])
    color = p.get("icon_color", TOPIC_COLORS[0])
    if color not in TOPIC_COLORS:
        raise bad_request("TOPIC_ICON_COLOR_INVALID")
    thread_id = state.next_message_id
    topic = Topic(thread_id, p["name"], color, p.get("icon_custom_emoji_id") or None)
    state.topics[thread_id] = topic
    created = {k: v for k, v in topic.public().items() if k != "message_thread_id"}
    emu.world.post(
        state,
        emu.world.bot_user,
        {"forum_topic_created": created},
        kind="forum_topic_created",
        thread_id=thread_id,
    )
    return topic.public()


@method("editForumTopic")
async def edit_forum_topic(emu: TelegramEmulator, call: Call) -> Any:
    p = call.params
    state = _forum(emu, p["chat_id"])
    topic = _topic(state, p["message_thread_id"])
    edited: dict[str, Any] = {}
    if "name" in p:
        checks.topic_name(p["name"])
        edited["name"] = p["name"]
    if "icon_custom_emoji_id" in p:
        edited["icon_custom_emoji_id"] = p["icon_custom_emoji_id"]
    if all(
        getattr(topic, k) == v or (k == "icon_custom_emoji_id" and not v and not topic.icon_custom_emoji_id)
        for k, v in edited.items()
    ):
        raise bad_request("TOPIC_NOT_MODIFIED")
    topic.name = edited.get("name", topic.name)
    topic.icon_custom_emoji_id = edited.get("icon_custom_emoji_id", topic.icon_custom_emoji_id) or None
    emu.world.post(
        state,
        emu.world.bot_user,
        {"forum_topic_edited": edited},
        kind="forum_topic_edited",
        thread_id=topic.thread_id,
    )
    return True


@method("closeForumTopic", "reopenForumTopic")
async def close_forum_topic(emu: TelegramEmulator, call: Call) -> Any:
    state = _forum(emu, call.params["chat_id"])
    topic = _topic(state, call.params["message_thread_id"])
    closing = call.method == "closeForumTopic"
    if topic.closed == closing:
        raise bad_request("TOPIC_NOT_MODIFIED")
    topic.closed = closing
    kind = "forum_topic_closed" if closing else "forum_topic_reopened"
    emu.world.post(state, emu.world.bot_user, {kind: {}}, kind=kind, thread_id=topic.thread_id)
    return True


@method("deleteForumTopic")
async def delete_forum_topic(emu: TelegramEmulator, call: Call) -> Any:
    state = _forum(emu, call.params["chat_id"])
    topic = _topic(state, call.params["message_thread_id"])
    delete_topic(emu, state, topic)
    return True


def delete_topic(emu: TelegramEmulator, state: ChatState, topic: Topic) -> None:
    """Deleting a topic deletes its messages too."""
    topic.deleted = True
    for stored in state.messages.values():
        if stored.message.get("message_thread_id") == topic.thread_id:
            emu.world.delete(state, stored)


@method("getFile")
async def get_file(emu: TelegramEmulator, call: Call) -> Any:
    stored = emu.world.file(call.params["file_id"])
    if len(stored.data) > MAX_DOWNLOAD:
        raise bad_request("file is too big")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.data),
        "file_path": stored.file_path,
    }
