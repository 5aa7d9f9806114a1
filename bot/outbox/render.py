"""What the outbox sender hands to Telegram: rendered rows and buttons, the transport it talks to, and the
coordinator's progress and report texts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from bot.i18n import LANGUAGE_NAMES, FormatError, MissingMessage, Translator
from bot.outbox.model import BatchInfo, BatchStatus, Counts, RowData

REPORT_LOCALE = "fi"  # staff work in Finnish unless the batch says otherwise


@dataclass(frozen=True, slots=True)
class RenderedButton:
    text: str
    callback_data: str | None = None
    url: str | None = None
    action: str | None = None
    value: str = ""


@dataclass(frozen=True, slots=True)
class Outgoing:
    chat_id: int
    text: str
    buttons: tuple[tuple[RenderedButton, ...], ...] = ()


class Transport(Protocol):
    async def send(self, message: Outgoing) -> int:
        """Send; return Telegram's message id, or raise one of the DeliveryError subclasses."""
        ...

    async def edit(
        self, chat_id: int, message_id: int, text: str, buttons: tuple[tuple[RenderedButton, ...], ...]
    ) -> None: ...


class TemplateError(Exception):
    pass


def render_row(translator: Translator, row: RowData) -> Outgoing:
    """Ready text as it is, or the Fluent message in the row's locale; any error is a template error."""
    try:
        if row.text is not None:
            text = row.text
        else:
            args: dict[str, Any] = json.loads(row.fluent_args or "{}")
            text = translator.format(row.locale, row.fluent_id or "", args, strict=True)
        buttons = tuple(
            tuple(_button(translator, row.locale, b) for b in line)
            for line in json.loads(row.buttons or "[]")
        )
    except (MissingMessage, FormatError, ValueError, KeyError) as exc:
        raise TemplateError(f"{type(exc).__name__}") from exc
    return Outgoing(row.chat_id, text, buttons)


def _button(translator: Translator, locale: str, spec: dict[str, str]) -> RenderedButton:
    label = spec.get("label") or translator.format(locale, spec["label_id"], strict=True)
    return RenderedButton(
        label, spec.get("callback_data"), spec.get("url"), spec.get("action"), spec.get("value", "")
    )


def report_text(translator: Translator, batch: BatchInfo, msg_id: str, counts: Counts, **extra: Any) -> str:
    return translator.format(
        batch.report_locale or REPORT_LOCALE,
        msg_id,
        {
            "kind": batch.kind,
            "id": batch.id,
            "total": counts.total,
            "sent": counts.sent,
            "blocked": counts.blocked,
            "failed": counts.failed,
            "unknown": counts.unknown,
            "pending": counts.pending + counts.sending,
            **extra,
        },
    )


def stop_button(translator: Translator, batch: BatchInfo) -> tuple[tuple[RenderedButton, ...], ...]:
    label = translator.format(batch.report_locale or REPORT_LOCALE, "news-outbox-stop-button")
    return ((RenderedButton(label, action="stop", value=str(batch.id)),),)


def final_report(translator: Translator, batch: BatchInfo, counts: Counts) -> str:
    if batch.status == BatchStatus.STOPPED:
        _, _, detail = (batch.error or "").partition(":")
        locale, _, reason = detail.partition(":")
        return report_text(
            translator,
            batch,
            "news-outbox-report-stopped",
            counts,
            language=LANGUAGE_NAMES.get(locale, locale or "-"),
            reason=reason or detail or "-",
        )
    if batch.status == BatchStatus.CANCELLED:
        return report_text(translator, batch, "news-outbox-report-cancelled", counts)
    return report_text(translator, batch, "news-outbox-report", counts)
