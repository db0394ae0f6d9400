"""A figure nearer another fact's answer than the key's is wrong, not a near miss (review
seed 83, #21: 71 h, Apollo 16's time on the Moon, for Apollo 15's 67 h; elements seed 653:
neon's boiling point for its melting point), and the learner is told what it is."""

from __future__ import annotations

from quizapp.generate.check_numbers import check_number
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import NumericKey
from quizapp.generate.rival_figures import numeric_key
from tests.support.bundled import CHEM, bundled_deck


def _hours(rivals: tuple[float, ...]) -> NumericKey:
    return NumericKey(value=67, tolerance=0.5, family="quantity:hours", step=1, rivals=rivals)


def test_without_rivals_a_close_figure_is_a_near_miss() -> None:
    assert check_number(_hours(()), "70", "67 hours").verdict == "near_miss"


def test_a_figure_nearer_a_rival_is_wrong() -> None:
    key = _hours((71.0, 75.0))
    assert check_number(key, "71", "67 hours").verdict == "wrong"
    assert check_number(key, "70", "67 hours").verdict == "wrong"
    assert check_number(key, "68", "67 hours").verdict == "near_miss"
    assert check_number(key, "67", "67 hours").verdict == "correct"


def test_a_rival_is_named_when_the_answer_gives_it() -> None:
    key = _hours((71.0,)).model_copy(update={"rival_notes": ("the figure for Apollo 16",)})
    verdict = check_number(key, "71", "67 hours")
    assert verdict.verdict == "wrong"
    assert verdict.note == "That is the figure for Apollo 16. The answer here is 67 hours."
    near_rival = _hours((70.0,)).model_copy(update={"rival_notes": ("the figure for Apollo 16",)})
    nearer = check_number(near_rival, "68.8", "67 hours").note  # within two steps, nearer 70
    assert nearer.startswith("That is nearer the figure for Apollo 16 than this one.")
    tie = check_number(key, "69", "67 hours")  # as near 67 as 71: nearer neither (review r249)
    assert tie.verdict == "wrong" and "Apollo 16" not in tie.note
    assert check_number(key, "68", "67 hours").note == "Close - the figure is 67 hours."


def test_a_round_figure_near_a_rival_is_about_it() -> None:
    """'80' for 74% where Kyrgyzstan's figure is 81 (review r340 #74): it rounds to that
    figure, so it is 'about' it, not that figure itself."""
    key = NumericKey(
        value=74, tolerance=0.5, family="percentage", step=1, rivals=(81.0,),
        rival_notes=("the figure for Kyrgyzstan",),
    )  # fmt: skip
    assert check_number(key, "81", "74%").note.startswith("That is the figure for Kyrgyzstan.")
    about = check_number(key, "80", "74%").note
    assert about.startswith("That is about the figure for Kyrgyzstan.")


def test_the_subjects_own_figure_for_another_property_is_a_rival() -> None:
    """Elements seed 653: neon's boiling point (27.1 K) typed for its melting point (24.6 K)
    was a near miss; it is the other fact's answer, and the learner is told which."""
    ix = DeckIndex(bundled_deck(CHEM))
    melts = numeric_key(ix, "neon-melts")
    assert melts is not None
    assert 27.1 in melts.rivals
    verdict = check_number(melts, "27", "24.6 K")
    assert verdict.verdict == "wrong"
    assert "neon boils at 27.1 K" in verdict.note
    assert verdict.note.endswith("The answer here is 24.6 K.")
    assert check_number(melts, "25", "24.6 K").verdict == "correct"
    boils = numeric_key(ix, "neon-boils")
    assert boils is not None
    assert "neon melts at 24.6 K" in check_number(boils, "24.6 K", "27.1 K").note


def test_other_subjects_far_from_the_key_are_not_kept() -> None:
    """Only figures an answer near the key could be nearer are kept: a big deck's keys stay
    small (a rival farther than twice the near-miss band can never be nearer such an answer)."""
    ix = DeckIndex(bundled_deck(CHEM))
    melts = numeric_key(ix, "neon-melts")
    assert melts is not None
    assert 14.0 not in melts.rivals  # hydrogen's 14 K: 10.6 K off, the near band is 2.46 K
    assert len(melts.rival_notes) == len(melts.rivals)
