"""`LetterReader.explain(pages)`: bytes of photos, images or PDFs of one letter in, an explanation out.

Pure CPU work with no shared state but a per-thread Tesseract engine: run it in a thread or process pool
(`loop.run_in_executor(pool, reader.explain, pages)`); the reader itself is a small frozen value, so it pickles.
Nothing is written to disk or logged but counts and timings.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from bot.letters import extract
from bot.letters.classify import Classification, classify
from bot.letters.images import PageImage, PageText, load_pages
from bot.letters.model import LetterExplanation, QualityProblem
from bot.letters.ocr import ReadPage, recognise, text_page
from bot.letters.topic import topic_for

log = logging.getLogger(__name__)

MIN_MEAN_CONF = 55.0  # under this the page's recognition is too poor to say anything
MIN_WORDS = 12


SURE_KIND_CONFIDENCE = 0.6


def _kind_is_clear(found: Classification) -> bool:
    """A date is only a deadline for sure when it is clear what the letter asks: an informational letter ("other")
    or a close call between two kinds (a notice of works with a time read as an appointment) is not enough."""
    return found.kind != "other" and found.kind_confidence >= SURE_KIND_CONFIDENCE


@dataclass(frozen=True, slots=True)
class LetterReader:
    """Reads one letter; `max_pages` bounds the work a single request may cause."""

    max_pages: int = 6

    def explain(self, pages: Sequence[bytes]) -> LetterExplanation:
        started = time.perf_counter()
        loaded = load_pages(pages)[: self.max_pages]
        read: list[ReadPage] = []
        problems: list[QualityProblem] = []
        for page in loaded:
            if isinstance(page, PageText):
                read.append(text_page(page.text))
                continue
            assert isinstance(page, PageImage)
            problems.extend(p for p in page.problems if p not in problems)
            if QualityProblem.DARK in page.problems or QualityProblem.BLURRED in page.problems:
                # not worth recognising: the answer is a tip for a better photo
                continue
            result = recognise(page.image)
            words = sum(len(row.words) for row in result.rows)
            if words < MIN_WORDS or result.mean_conf < MIN_MEAN_CONF:
                if QualityProblem.NO_TEXT not in problems:
                    problems.append(QualityProblem.NO_TEXT)
                continue
            read.append(result)
        explanation = self.explain_read(read, tuple(problems))
        log.info(
            "letter read: %d file(s), %d page(s), %d problem(s), %.2f s",
            len(pages),
            len(loaded),
            len(problems),
            time.perf_counter() - started,
        )
        return explanation

    def explain_text(self, pages: Sequence[str]) -> LetterExplanation:
        """The same reading over plain page texts (a PDF's text layer, tests)."""
        return self.explain_read([text_page(p) for p in pages], ())

    def explain_read(
        self, read: Sequence[ReadPage], problems: tuple[QualityProblem, ...]
    ) -> LetterExplanation:
        if not read:
            return LetterExplanation(
                sender="other",
                kind="other",
                deadline=None,
                deadline_sure=False,
                amount=None,
                amount_sure=False,
                topic="translate-documents",
                confidence=0.0,
                problems=problems or (QualityProblem.NO_TEXT,),
            )
        text = "\n\n".join(page.text for page in read)
        letter_date = extract.letter_date(read)
        found = classify([[row.text for row in page.rows] for page in read], letter_date)
        deadline, deadline_sure = extract.deadline(read, found.kind, letter_date)
        amount, amount_sure = extract.amount(read, found.kind)
        ocr_conf = sum(page.mean_conf for page in read) / len(read) / 100
        return LetterExplanation(
            sender=found.sender,
            kind=found.kind,
            deadline=deadline,
            deadline_sure=deadline_sure and not problems and _kind_is_clear(found),
            amount=amount,
            amount_sure=amount_sure and not problems,
            topic=topic_for(found.sender, found.kind, text),
            confidence=round(found.confidence * ocr_conf, 3),
            language=extract.language(read),
            problems=problems,
            text=text,
        )
