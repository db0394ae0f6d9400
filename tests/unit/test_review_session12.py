"""Findings of the session-12 review of the understanding kinds (seed 643): a wrong option
that is half of the briefing's own reason is a second right answer."""

from __future__ import annotations

from quizapp.generate.question import Question
from tests.support.bundled import CENTRAL_ASIA, generated

SEEDS = (0, 5, 643)


def _items() -> tuple[Question, ...]:
    return generated(CENTRAL_ASIA, SEEDS)


def _options(kind: str, claim: str) -> list[str]:
    asked = [q for q in _items() if q.kind == kind and claim in q.prompt]
    assert asked, f"no {kind} item on {claim!r}"
    return [o for q in asked for o in q.options or [] if o not in q.answer]


def test_the_poor_fit_of_the_two_economies_is_no_wrong_reason_for_falling_trade() -> None:
    wrong = " ".join(_options("why", "Trade inside the EEU is shrinking"))
    assert "natural trading partners" not in wrong
    assert "fossil fuels abroad" not in wrong
    assert "complementarity" not in wrong


def test_what_kazakhstan_imports_is_no_wrong_evidence_for_its_little_gain() -> None:
    wrong = " ".join(_options("claim_evidence", "brings Kazakhstan little economic benefit"))
    assert "manufactured goods" not in wrong
    assert "natural trading partners" not in wrong
