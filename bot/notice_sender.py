"""Sends event notices to Telegram for the scheduler: Fluent text, the event's buttons, a steady pace.

The direct sender of this branch; the announcements outbox can take these records over (same NoticeSender shape).
"""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError, TelegramNetworkError

from bot.i18n import Translator
from bot.keyboards.events import notice_keyboard
from bot.services.event_notices import Delivery, OutgoingNotice

log = logging.getLogger(__name__)

# Well under Telegram's 30 messages a second for a bot; 429s are waited out by the session's RetryMiddleware.
SEND_INTERVAL = 1 / 20


class BotNoticeSender:
    def __init__(self, bot: Bot, translator: Translator, interval: float = SEND_INTERVAL) -> None:
        self._bot = bot
        self._translator = translator
        self._interval = interval

    async def send_notice(self, notice: OutgoingNotice) -> Delivery:
        l10n = self._translator(notice.locale)
        try:
            await self._bot.send_message(
                notice.telegram_id,
                l10n(notice.msg_id, **notice.args),
                reply_markup=notice_keyboard(l10n, notice.event_id, notice.kind),
            )
        except TelegramForbiddenError:
            return Delivery.BLOCKED
        except TelegramNetworkError:
            raise  # it may have arrived: the job records it as unknown and never resends
        except TelegramAPIError as exc:
            log.error("event notice to %s failed: %s", notice.telegram_id, type(exc).__name__)
            return Delivery.FAILED
        finally:
            await asyncio.sleep(self._interval)
        return Delivery.SENT
