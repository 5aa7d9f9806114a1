"""Building the matcher once per process, with sentence embeddings when the optional model is there."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from bot.answers.knowledge import embeddings
from bot.answers.knowledge.matcher import Matcher
from bot.answers.knowledge.model import load_knowledge

log = logging.getLogger(__name__)


def build_matcher(*, with_embeddings: bool = True, cache_dir: Path | None = None) -> Matcher:
    """Synchronous: embeddings come from the disk cache, or are computed (about a minute, once per KB change)."""
    matcher = Matcher(load_knowledge())
    if with_embeddings and embeddings.available():
        matcher.embedder = embeddings.E5Embedder(matcher.documents, cache_dir)
    return matcher


async def add_embeddings_in_background(matcher: Matcher, cache_dir: Path | None = None) -> None:
    """Start answering at once on the n-gram index; switch to the blend when the vectors are ready."""
    if matcher.embedder is not None or not embeddings.available():
        return
    matcher.embedder = await asyncio.to_thread(embeddings.E5Embedder, matcher.documents, cache_dir)
    log.info("sentence embeddings ready: matching uses the blend")
