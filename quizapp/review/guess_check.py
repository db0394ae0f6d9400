"""A second clean test of guessing, for small decks: interday reviews in a form the fact fixes.

The first sights are the clean test (review.guessing): what a learner knows before a fact's
first review cannot depend on the form it is asked in. But a deck gives each fact one first
sight, and on a deck of about 150 facts they miss about one guesser in four
(tests/benchmarks/guess_power.py; 1% at 500 facts). Interday reviews are many more, but there
the forms follow stability (recognition while a fact is young, recall once it is established:
review.forms), so comparing forms reads the young facts' extra forgetting as a difference of
form: not clean.

So on a deck of fewer than SMALL_DECK facts, until the learner is shown guessing, the form of
an interday review is fixed by the fact, not by its stability ("checking", review.forms): a
fact that has an item a guess cannot pass (typed, a number, a blank, tick all that apply) is
asked in such an item at every interday review; a fact without one is asked as before. Which
facts have such an item is settled by the deck, not by the learner's memory, so for someone
who does not guess the two groups forget alike at a given interval, and their wrong shares
part only by guessing (a guesser is wrong on true/false about half as often as on typed
items; each answer weighs by its own chance, 1/options, as at first sight). The checked
answers, in the interday strata's interval bands, are an unguessable answer of a fact that has
such an item or a guessable answer of a fact that has none; any other (a recognition answer
of a fact with a typed item, given while the check was off) is left out. With the first
sights they form the clean evidence: once it shows guessing (the same 1% likelihood-ratio
test), guessing stays shown and the right answers before are re-rated (review.hindsight).

For a learner who does not guess only the form of those reviews changes: in any form a right
answer is Good and a wrong one Again (a quick typed answer may be Easy, as it is anyway once a
fact is established). From SMALL_DECK facts up the first sights alone find nearly every
guesser, and forms follow stability as before. Once guessing is shown, on any deck, the forms
stay as checking sets them: a guesser is asked unguessably wherever the fact allows
(review.hindsight.at_start).
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.generate.question import Question
from quizapp.review.forms import UNGUESSABLE
from quizapp.review.grading import guess_chance

SMALL_DECK = 300  # facts: below this the interday reviews are checked (see module docstring)
CHECKED = "checked"  # the stratum prefix of checked interday answers (review.guessing)


def checking(deck_facts: int, shown: bool) -> bool:
    """Whether interday reviews are asked in the form the fact fixes."""
    return 0 < deck_facts < SMALL_DECK and not shown


def checked(items_of: Callable[[str], list[Question]]) -> Callable[[str, str], bool]:
    """Whether an interday answer (fact id, kind) is checked evidence: unguessable on a fact
    that has an unguessable item, guessable on a fact that has none. A fact whose items are
    unknown (another deck's) is left out."""
    able: dict[str, bool | None] = {}

    def clean(fact_id: str, kind: str) -> bool:
        if fact_id not in able:
            items = items_of(fact_id)
            able[fact_id] = any(q.kind in UNGUESSABLE for q in items) if items else None
        has = able[fact_id]
        if has is None:
            return False
        if kind in UNGUESSABLE:
            return has
        return not has and guess_chance(kind, 4) > 0

    return clean
