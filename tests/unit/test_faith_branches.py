"""A branch of a faith before its name makes it another thing, unless the deck names it: 'Shia
Islam' is no kind of Central Asia's Islam the checker may take on trust, and 'Sufi Islam' is no
slip of 'Sunni Islam' (review r232; text_qualifiers.py, slips.BRANCHES)."""

from __future__ import annotations

import pytest

from quizapp.generate.slips import no_slip
from quizapp.generate.text_qualifiers import qualified

VOCABULARY = {"islam": "religion:islam", "muslim": "religion:islam"}
KEYS = {"religion:islam"}
STEM = {"main", "religion", "region"}


@pytest.mark.parametrize("given", ["Shia Islam", "Sunni Islam", "Catholic Islam", "Sufi Islam"])
def test_a_branch_before_the_faith_is_another_thing(given: str) -> None:
    assert not qualified(given, "Islam", STEM, KEYS, VOCABULARY)


def test_a_plain_qualifier_still_qualifies() -> None:
    assert qualified("traditional Islam", "Islam", STEM, KEYS, VOCABULARY)


def test_another_branch_is_no_slip_of_the_deck_s_branch() -> None:
    assert no_slip("sufi islam", ["sunni islam"])
    assert not no_slip("suni islam", ["sunni islam"])
