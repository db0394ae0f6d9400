"""The gates' memos (issue 12, generation speed) answer as the work they replace would, and
are kept: the grammar gate's check of the deck's plural names is asked once per text."""

from __future__ import annotations

from quizapp.generate.gates import grammar
from quizapp.generate.index import DeckIndex
from quizapp.generate.question import Question
from quizapp.generate.stem_gates import _singular_verb_after
from tests.support.bundled import CHEM, bundled_deck, generated


def plain_grammar(q: Question, ix: DeckIndex) -> str | None:
    """The plural-name part of the grammar gate, each name tried on each text anew."""
    for text in [q.prompt, *(q.options or [])]:
        for entity in ix.plural_entities:
            if _singular_verb_after(entity.phrase(), text):
                return f"'{entity.name}' is plural: the verb must agree"
    return None


def test_the_plural_names_verdict_is_the_plain_loops_and_kept_per_text() -> None:
    ix = DeckIndex(bundled_deck(CHEM))
    assert len(ix.plural_entities) == 3  # the Curies, Bunsen and Kirchhoff, Ramsay and Travers
    items = list(generated(CHEM, (0, 1)))
    wrong = items[0].model_copy(update={"prompt": "Marie and Pierre Curie was the discoverer."})
    for q in [*items, wrong]:
        assert grammar(q, ix) == plain_grammar(q, ix), q.prompt
    assert grammar(wrong, ix) == "'Marie and Pierre Curie' is plural: the verb must agree"
    memo = ix.__dict__["_singular_verb_after"]
    assert {"True", "False", wrong.prompt} <= set(memo)  # each text judged once, then looked up
    assert memo[wrong.prompt] is not None and memo["True"] is None
