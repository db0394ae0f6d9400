"""The rival figures of a numeric key, from the table built once per deck, are exactly the
set the generator used to gather by scanning the relation for every item."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.generate.rivals import RivalTable

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUBJECTS = st.sampled_from(["a", "b", "c", "d"])
# few distinct figures, as ints and floats alike: repeats and 1 beside 1.0 are the hard cases
FIGURES = st.sampled_from([0, 1, 1.0, 2.5, -3, -3.0, 7, 1e9])


def scanned(entries: list[tuple[str, float]], subject: str, own: float) -> tuple[float, ...]:
    """The old way: a set built in deck order over the other subjects' figures."""
    rivals = {figure for who, figure in entries if who != subject}
    return tuple(sorted(rivals - {own}))


@SETTINGS
@given(st.lists(st.tuples(SUBJECTS, FIGURES), max_size=12), SUBJECTS, FIGURES)
def test_rivals_match_a_scan_of_the_relation(
    entries: list[tuple[str, float]], subject: str, own: float
) -> None:
    got = RivalTable(entries).rivals(subject, own)
    want = scanned(entries, subject, own)
    assert got == want
    # the same objects too: 1 and 1.0 print differently in an item's JSON
    assert [type(x) for x in got] == [type(x) for x in want]


def test_a_figure_given_by_the_subject_and_another_stays_as_the_other_gave_it() -> None:
    table = RivalTable([("a", 1), ("b", 1.0), ("b", 5), ("a", 9)])
    assert table.rivals("a", 9) == (1.0, 5)
    assert isinstance(table.rivals("a", 9)[0], float)
    assert table.rivals("b", 5) == (1, 9)
    assert table.rivals("c", 5) == (1, 9)
