"""Forum topics in the advisors' supergroup: rights, lifecycle, and the errors for deleted or closed topics."""

from __future__ import annotations

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramMigrateToChat
from aiogram.types import ForumTopic

from bot.emulator import TelegramEmulator


async def test_topic_lifecycle(bot: Bot, emu: TelegramEmulator) -> None:
    advisor = emu.add_user("Hassan")
    group = emu.add_forum_group("Advisors", members=[advisor["id"]])
    assert group["id"] < -1_000_000_000_000 and group["is_forum"] is True
    topic = await bot.create_forum_topic(group["id"], "Zahra · 1234")
    assert isinstance(topic, ForumTopic) and topic.name == "Zahra · 1234"
    tid = topic.message_thread_id
    sent = await bot.send_message(group["id"], "New case", message_thread_id=tid)
    assert sent.message_thread_id == tid and sent.is_topic_message
    emu.send_text(advisor["id"], "I'll take it", chat_id=group["id"], message_thread_id=tid)
    updates = await bot.get_updates()
    assert updates[-1].message is not None and updates[-1].message.message_thread_id == tid

    assert await bot.edit_forum_topic(group["id"], tid, name="Zahra · closed")
    assert await bot.close_forum_topic(group["id"], tid)
    with pytest.raises(TelegramBadRequest, match="TOPIC_CLOSED"):
        await bot.send_message(group["id"], "late", message_thread_id=tid)
    assert await bot.reopen_forum_topic(group["id"], tid)
    await bot.send_message(group["id"], "reopened", message_thread_id=tid)
    assert emu.topics(group["id"]) == [
        {
            "message_thread_id": tid,
            "name": "Zahra · closed",
            "icon_color": 7322096,
            "closed": False,
            "deleted": False,
        }
    ]
    shown = await emu.wait_for_messages(group["id"], 2, message_thread_id=tid)
    assert [m["text"] for m in shown] == ["New case", "reopened"]  # service messages are not counted


async def test_deleted_topic_is_not_found(bot: Bot, emu: TelegramEmulator) -> None:
    group = emu.add_forum_group("Advisors")
    topic = await bot.create_forum_topic(group["id"], "Ahmed")
    await bot.send_message(group["id"], "hello", message_thread_id=topic.message_thread_id)
    emu.delete_topic(group["id"], topic.message_thread_id)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(group["id"], "still there?", message_thread_id=topic.message_thread_id)
    assert all(m["deleted"] for m in emu.chat_messages(group["id"], topic.message_thread_id))
    assert emu.topics(group["id"])[0]["deleted"] is True
    other = await bot.create_forum_topic(group["id"], "Ahmed (2)")
    assert await bot.delete_forum_topic(group["id"], other.message_thread_id)
    with pytest.raises(TelegramBadRequest, match="TOPIC_ID_INVALID"):
        await bot.close_forum_topic(group["id"], other.message_thread_id)


async def test_topic_rules(bot: Bot, emu: TelegramEmulator) -> None:
    no_rights = emu.add_forum_group("No rights", can_manage_topics=False)
    with pytest.raises(TelegramBadRequest, match="not enough rights"):
        await bot.create_forum_topic(no_rights["id"], "x")
    plain = emu.add_group("Plain group")
    with pytest.raises(TelegramBadRequest, match="not a forum"):
        await bot.create_forum_topic(plain["id"], "x")
    forum = emu.add_forum_group("Advisors")
    await bot.create_forum_topic(forum["id"], "n" * 128)
    with pytest.raises(TelegramBadRequest, match="TOPIC_NAME_INVALID"):
        await bot.create_forum_topic(forum["id"], "n" * 129)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(forum["id"], "x", message_thread_id=424242)


async def test_chat_and_member_queries(bot: Bot, emu: TelegramEmulator) -> None:
    advisor = emu.add_user("Hassan")
    group = emu.add_forum_group("Advisors", members=[advisor["id"]])
    emu.add_member(group["id"], advisor["id"], "administrator")
    chat = await bot.get_chat(group["id"])
    assert chat.is_forum and chat.title == "Advisors"
    me = await bot.get_chat_member(group["id"], bot.id)
    assert me.status == "administrator" and getattr(me, "can_manage_topics", False)
    admins = await bot.get_chat_administrators(group["id"])
    assert {a.user.id for a in admins} == {advisor["id"], bot.id}
    stranger = emu.add_user("Stranger")
    assert (await bot.get_chat_member(group["id"], stranger["id"])).status == "left"
    assert await bot.leave_chat(group["id"])
    with pytest.raises(Exception, match="not a member"):
        await bot.send_message(group["id"], "bye")
    updates = await bot.get_updates()
    assert (
        updates[-1].my_chat_member is not None and updates[-1].my_chat_member.new_chat_member.status == "left"
    )


async def test_adding_the_bot_to_a_group_queues_my_chat_member(bot: Bot, emu: TelegramEmulator) -> None:
    admin = emu.add_user("Leena")
    group = emu.add_group("Staff", bot_is_member=False, members=[admin["id"]])
    update = emu.add_bot_to_group(group["id"], admin["id"])
    assert update["new_chat_member"]["status"] == "member"
    updates = await bot.get_updates()
    assert (
        updates[-1].my_chat_member is not None and updates[-1].my_chat_member.old_chat_member.status == "left"
    )
    assert (await bot.send_message(group["id"], "hei")).chat.id == group["id"]


async def test_bot_removed_or_without_topic_rights(bot: Bot, emu: TelegramEmulator) -> None:
    admin = emu.add_user("Leena")
    group = emu.add_forum_group("Advisors", members=[admin["id"]])
    topic = await bot.create_forum_topic(group["id"], "Ahmed")
    await bot.get_updates()
    emu.set_bot_status(group["id"], admin["id"], "administrator", can_manage_topics=False)
    with pytest.raises(TelegramBadRequest, match="not enough rights"):
        await bot.create_forum_topic(group["id"], "Hodan")
    await bot.send_message(group["id"], "still here", message_thread_id=topic.message_thread_id)
    emu.set_bot_status(group["id"], admin["id"], "kicked")
    for call in (
        bot.send_message(group["id"], "hello", message_thread_id=topic.message_thread_id),
        bot.create_forum_topic(group["id"], "Hodan"),
    ):
        with pytest.raises(TelegramForbiddenError, match="bot was kicked from the supergroup chat"):
            await call
    updates = await bot.get_updates()
    changes = [u.my_chat_member for u in updates if u.my_chat_member is not None]
    assert [(c.old_chat_member.status, c.new_chat_member.status) for c in changes] == [
        ("administrator", "administrator"),
        ("administrator", "kicked"),
    ]


async def test_migrated_group_answers_with_its_new_id(bot: Bot, emu: TelegramEmulator) -> None:
    admin = emu.add_user("Leena")
    group = emu.add_group("Advisors", members=[admin["id"]], bot_is_admin=True)
    with pytest.raises(TelegramBadRequest, match="not a forum"):
        await bot.create_forum_topic(group["id"], "Ahmed")
    new = emu.migrate_group(group["id"])
    with pytest.raises(TelegramMigrateToChat) as caught:
        await bot.send_message(group["id"], "hello")
    assert caught.value.migrate_to_chat_id == new["id"] and new["is_forum"] is True
    topic = await bot.create_forum_topic(new["id"], "Ahmed")
    await bot.send_message(new["id"], "hello", message_thread_id=topic.message_thread_id)
    with pytest.raises(ValueError):
        emu.migrate_group(new["id"])
