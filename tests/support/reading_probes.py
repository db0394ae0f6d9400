"""A reading review's probes graded as a study session grades them: each `item<TAB>answer`
line of a file, against the options drawn at the seed, one JSON line out per probe (what
`quizapp grade --deck DECK --seed SEED --item ITEM --json ANSWER` prints, in one process):

    python -m tests.support.reading_probes DECK SEED PROBES.tsv VERDICTS.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from quizapp.commands.grade import _find
from quizapp.generate.checker import answer_problem, check
from quizapp.review.grading import EXPECTED_MS, rating_for
from quizapp.service import LoadedDeck, StudyService


def graded(loaded: LoadedDeck, seed: int, item: str, answer: str, year: int) -> dict[str, object]:
    """The verdict on one probe: correct, near_miss, wrong, asked_again or self_rated."""
    q = _find(loaded, item, seed)
    row: dict[str, object] = {"item": item, "answer": answer}
    if q is None:
        return {**row, "verdict": "no such item"}
    if q.kind == "flashcard":
        return {**row, "verdict": "self_rated"}
    problem = answer_problem(q, answer, loaded.vocabulary)
    if problem is not None:
        return {**row, "verdict": "asked_again", "note": problem}
    v = check(q, answer, loaded.vocabulary, year)
    rating = rating_for(v.verdict, q.kind, EXPECTED_MS.get(q.kind, 15_000))
    return {**row, "verdict": v.verdict, "understood": v.understood, "rating": rating.name} | {
        "expected": v.expected,
        "note": v.note,
    }


def main(argv: list[str]) -> None:
    deck, seed, source, target = argv[0], int(argv[1]), Path(argv[2]), Path(argv[3])
    service = StudyService(None, seed=seed)
    try:
        loaded, year = service.load_deck(deck), service.clock().year
        lines = [line.split("\t", 1) for line in source.read_text().splitlines() if "\t" in line]
        rows = [graded(loaded, seed, item, answer, year) for item, answer in lines]
    finally:
        service.close()
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    for r in rows:
        note = f"  [{r['note']}]" if r.get("note") else ""
        print(f"{r['verdict']:12} {r['item']}\t{r['answer']}{note}")


if __name__ == "__main__":
    main(sys.argv[1:])
