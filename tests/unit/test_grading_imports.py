"""The units and number-word libraries stay off the start-up path: loaded on first need."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

LOADED = "print(sorted(m for m in ('pint', 'text_to_num') if m in sys.modules))\n"


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", "import sys\n" + code + LOADED],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return out.stdout.strip().splitlines()[-1]


def test_start_up_and_session_start_load_neither() -> None:
    """A cold start (an empty cache: the test's own) by deck id loads neither: only the deck
    asked for is parsed, not the elements deck, whose measured units would need pint."""
    code = (
        "import quizapp.cli, quizapp.service, quizapp.generate.checker\n"
        "from quizapp.service import StudyService\n"
        "StudyService(None, seed=0).load_deck('russia-central-asia')\n"
    )
    assert _run(code) == "[]"  # cold: nothing compiled yet
    assert _run(code) == "[]"  # warm: read from the compiled decks


def test_digits_in_the_key_unit_need_neither() -> None:
    code = (
        "from quizapp.service import StudyService\n"
        "from quizapp.generate.checker import check\n"
        "d = StudyService(None, seed=0).load_deck('tests/data/planets.yaml')\n"
        "from quizapp.generate.registry import generate_deck\n"
        "every = generate_deck(d.deck, seed=0, spread=False).questions\n"
        "q = next(q for q in every if q.id == 'numeric-90cd96fd5e90')\n"
        "assert check(q, '57.9 million km', d.vocabulary).verdict == 'correct'\n"
    )
    assert _run(code) == "[]"


def test_other_units_and_number_words_load_them_when_needed() -> None:
    code = (
        "from quizapp.service import StudyService\n"
        "from quizapp.generate.checker import check\n"
        "d = StudyService(None, seed=0).load_deck('tests/data/planets.yaml')\n"
        "from quizapp.generate.registry import generate_deck\n"
        "every = generate_deck(d.deck, seed=0, spread=False).questions\n"
        "q = next(q for q in every if q.id == 'numeric-90cd96fd5e90')\n"
        "assert check(q, 'thirty-six million miles', d.vocabulary).verdict == 'correct'\n"
    )
    assert _run(code) == "['pint', 'text_to_num']"
