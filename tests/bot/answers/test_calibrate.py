"""Fitting the matcher's calibration: held-out files are refused, the fit has one weight per feature."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers.knowledge.calibrate import calibrate, main
from bot.answers.knowledge.evaluate import load_cases
from bot.answers.knowledge.matcher import FEATURES, Matcher
from bot.answers.knowledge.model import load_knowledge
from bot.config import PROJECT_ROOT

DEV = PROJECT_ROOT / "tests" / "eval" / "dev"


@pytest.mark.parametrize("folder", ["heldout", "heldout2"])
def test_the_held_out_set_is_never_fitted(tmp_path: Path, folder: str) -> None:
    held = tmp_path / folder / "en.yaml"
    held.parent.mkdir()
    held.write_text("- {lang: en, topic: tax-card, style: keyword, q: tax card}\n")
    assert main([str(DEV / "en.yaml"), str(held)]) == 2


def test_a_fit_on_dev_messages_keeps_its_own_bounds() -> None:
    cases = load_cases([DEV / "so.yaml"])
    result = calibrate(Matcher(load_knowledge()), cases)  # no encoder: the n-gram calibration only
    assert "blended" not in result
    fit = result["sparse"]
    assert len(fit["coef"]) == len(FEATURES) and fit["messages"] == len(cases)
    cv = fit["cross_validated"]
    assert cv["wrong_direct"] <= 0.015 and cv["in_scope_declined"] <= 0.02
    assert 0.0 < fit["answer"] < 1.0
