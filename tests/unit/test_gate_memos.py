"""The gates' memos (issue 12, generation speed) answer as the work they replace would, and
are kept: the grammar gate's check of the deck's plural names is asked once per text, the
predicative gate's words are made once per deck."""

from __future__ import annotations

from quizapp.generate.gates import grammar
from quizapp.generate.index import DeckIndex, words
from quizapp.generate.question import Question
from quizapp.generate.stem_gates import _plural_one_of, _singular_verb_after, predicative
from tests.support.bundled import CENTRAL_ASIA, CHEM, bundled_deck, generated


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


def plain_predicative(q: Question, ix: DeckIndex) -> str | None:
    """The predicative gate as it was, each entity's words made anew per item."""
    text = words(q.prompt)
    for e in ix.predicative_entities:
        name = " ".join(words(e.name).split()[:3])
        if any(f" {verb} {name} " in text for verb in ("is", "are", "call", "called")):
            return f"{e.name!r} pasted after a verb (use {{is_object}}: {e.predicate!r})"
    return "plural subject with a singular 'one of'" if _plural_one_of(q.prompt) else None


def test_a_pasted_predicate_is_found_as_the_plain_check_finds_it() -> None:
    ix = DeckIndex(bundled_deck(CENTRAL_ASIA))
    assert len(ix.predicative_entities) == 3
    items = list(generated(CENTRAL_ASIA, (0, 1)))
    pasted = [
        items[0].model_copy(update={"prompt": f"Which country {verb} {e.name} today?"})
        for e in ix.predicative_entities
        for verb in ("is", "are", "call", "called", "was")
    ]
    verdicts = [predicative(q, ix) for q in [*items, *pasted]]
    assert verdicts == [plain_predicative(q, ix) for q in [*items, *pasted]]
    assert sum("pasted after a verb" in (v or "") for v in verdicts) >= 6
    assert ix.__dict__["_pasted"][0][0] is ix.predicative_entities[0]  # made once, then kept
