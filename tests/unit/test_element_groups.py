"""An open question on an element's group names the numbering it asks for: 'group 14' is right
for germanium only in the 1-18 numbering; older tables say IVA and school tables 'group 4'
(review r215, seed 21105: three flashcards)."""

from __future__ import annotations

from tests.support.bundled import CHEM, generated


def test_every_open_group_question_names_the_1_to_18_numbering() -> None:
    asked = [
        q
        for q in generated(CHEM, (0, 1, 21105))
        if q.kind in ("flashcard", "typed", "cloze")
        and "group" in " ".join(q.answer)
        and "group" in q.prompt
    ]
    assert asked
    assert all("1 to 18" in q.prompt for q in asked), [
        q.prompt for q in asked if "1 to 18" not in q.prompt
    ]
