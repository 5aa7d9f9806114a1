"""Message content for files: the PhotoSize/Document/Voice/... objects Telegram puts in a Message."""

from __future__ import annotations

from typing import Any

from bot.emulator.errors import bad_request
from bot.emulator.spec import Upload
from bot.emulator.world import StoredFile, World

MIME_TYPES = {
    "photo": "image/jpeg",
    "voice": "audio/ogg",
    "sticker": "image/webp",
    "video": "video/mp4",
    "audio": "audio/mpeg",
    "animation": "video/mp4",
    "video_note": "video/mp4",
    "document": "application/octet-stream",
}
# A 1x1 PNG, so a photo without data still shows as an image in the demo page.
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c63f83fd3f83f00073102cb5c2163440000000049454e44ae426082"
)


def file_from_param(world: World, kind: str, value: Any) -> StoredFile:
    """The file a send method names: an upload, a known file_id or an HTTP URL."""
    if isinstance(value, Upload):
        return world.store_file(
            kind, value.data, value.filename or None, value.content_type or MIME_TYPES[kind]
        )
    text = str(value)
    if text.startswith(("http://", "https://")):
        return world.store_file(kind, b"", text.rsplit("/", 1)[-1] or None, MIME_TYPES[kind])
    stored = world.file(text)
    if (stored.kind == "photo") != (kind == "photo"):
        raise bad_request(f"can't use file of type {_label(stored.kind)} as {_label(kind)}")
    return stored


def _label(kind: str) -> str:
    return kind.replace("_", " ").title().replace(" ", "")


def media_content(kind: str, stored: StoredFile, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """The Message fields for one file of ``kind``."""
    p = params or {}
    base: dict[str, Any] = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.data),
    }
    if kind == "photo":
        small = {**base, "width": 90, "height": 90}
        return {"photo": [small, {**base, "width": 800, "height": 800}]}
    described = {**base, "mime_type": stored.mime_type or MIME_TYPES[kind]}
    if stored.file_name and kind in ("document", "video", "audio", "animation"):
        described["file_name"] = stored.file_name
    duration = int(p.get("duration", 1))
    if kind == "document":
        return {"document": described}
    if kind == "voice":
        return {"voice": {**described, "duration": duration}}
    if kind == "audio":
        return {"audio": {**described, "duration": duration}}
    if kind == "sticker":
        sticker = {
            **base,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return {"sticker": {**sticker, "emoji": p.get("emoji", "🙂")}}
    if kind == "video_note":
        return {"video_note": {**base, "length": int(p.get("length", 240)), "duration": duration}}
    size = {"width": int(p.get("width", 640)), "height": int(p.get("height", 480)), "duration": duration}
    if kind == "video":
        return {"video": {**described, **size}}
    if kind == "animation":
        return {"animation": {**described, **size}, "document": described}
    raise ValueError(f"unknown media kind {kind}")
