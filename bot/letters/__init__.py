"""Letters: what an official letter (photo, image or PDF) says: sender, kind, deadline, amount, next step.

Pure CPU work with no Telegram in it; `LetterReader.explain` is meant to run in a thread or process pool.
"""

from bot.letters.model import LetterExplanation, QualityProblem

__all__ = ["LetterExplanation", "QualityProblem"]
