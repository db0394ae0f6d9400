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
    """Asked as a why item (wrong options) or, since session 14's stricter why gates, only as
    assertion-reason: the poor fit is never the wrong answer."""
    claim = "Commerce among the EEU's members is weak and shrinking"  # reworded in session 15
    asked = [q for q in _items() if q.kind in ("why", "assertion_reason") and claim in q.prompt]
    assert asked, f"no item on {claim!r}"
    for q in asked:
        if q.kind == "why":
            wrong = " ".join(o for o in q.options or [] if o not in q.answer)
            for fit in ("natural trading partners", "fossil fuels abroad", "complementarity"):
                assert fit not in wrong, q.prompt
        elif "complementarity" in q.prompt:  # the claim says weak *and* shrinking (session 15)
            assert q.answer == ["Both are true, and the reason explains the assertion."], q


def test_what_kazakhstan_imports_is_no_wrong_evidence_for_its_little_gain() -> None:
    wrong = " ".join(_options("claim_evidence", "brings Kazakhstan little economic benefit"))
    assert "manufactured goods" not in wrong
    assert "natural trading partners" not in wrong
