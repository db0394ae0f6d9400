"""'N years ago' for a year: read only with a present year given and a band of 50+ years."""

from __future__ import annotations

from quizapp.generate.checker import check
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.years_ago import MIN_BAND, years_ago, years_either_side

LEAD = NumericKey(value=-7000.0, tolerance=0.0, family="year", step=1.0, approx=True)
MOON = NumericKey(value=1969.0, tolerance=0.0, family="year", step=1.0)


def _question(key: NumericKey, prompt: str, answer: str) -> Question:
    return Question(
        id="numeric-test", kind="numeric", template="forward", prompt=prompt, answer=[answer],
        numeric=key, fact_ids=["f"], citation="test", topic="t", explanation="", difficulty=0.5,
    )  # fmt: skip


def test_counts_back_from_the_year_given() -> None:
    assert years_ago(LEAD, "9000 years ago", 2026) == -6974
    assert years_ago(LEAD, "about nine thousand years ago", 2030) == -6970
    assert years_ago(LEAD, "c. 9,000 years ago", 2026) == -6974
    assert years_ago(LEAD, "9000 BC", 2026) is None
    assert years_ago(LEAD, "9000 years ago", None) is None  # no present year: not read


def test_only_where_the_band_is_wide() -> None:
    assert years_either_side(LEAD) >= MIN_BAND > years_either_side(MOON)
    assert years_ago(MOON, "57 years ago", 2026) is None


def test_checker_grades_the_year_counted_back() -> None:
    lead = _question(LEAD, "From about when has lead been known?", "7000 BC")
    assert check(lead, "9000 years ago", None, 2026).verdict == "correct"
    assert check(lead, "9000 years ago").verdict == "wrong"  # no year passed in
    assert check(lead, "8500 years ago", None, 2026).verdict == "near_miss"
    moon = _question(MOON, "In which year did Apollo 11 land?", "1969")
    assert check(moon, "57 years ago", None, 2026).verdict == "wrong"
