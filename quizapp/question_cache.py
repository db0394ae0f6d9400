"""A deck version's generated questions, kept with its compiled deck (see facts.compiled).

Generating every question of a big deck takes seconds (71k questions for 10k facts), and the
result depends only on the deck, the seed and the generating code. So the questions are
stored once per (deck content, seed, code of quizapp.facts and quizapp.generate) and read
back on the next start; a damaged entry is ignored and the questions generated again.
"""

from __future__ import annotations

from pydantic import TypeAdapter

from quizapp.facts import compiled
from quizapp.facts.model import Deck
from quizapp.generate.question import Question

KIND = "questions"
_LIST = TypeAdapter(list[Question])


def questions_key(deck: Deck, seed: int) -> str:
    return compiled.key_for(
        KIND,
        compiled.code_hash("facts", "generate"),
        deck.model_dump_json(by_alias=True),
        str(seed),
    )


def generated_questions(deck: Deck, seed: int) -> list[Question]:
    """The deck's questions for this seed: from the cache, or generated (and then stored)."""
    from quizapp.generate.registry import generate_deck

    key = questions_key(deck, seed)
    body = compiled.read_entry(KIND, key)
    if body is not None:
        try:
            return _LIST.validate_json(body)
        except Exception:  # a damaged cache entry must never stop a start
            pass
    questions = generate_deck(deck, seed=seed).questions
    compiled.write_entry(KIND, key, _LIST.dump_json(questions))
    return questions
