"""The rubric's draw for a reading review (../shared/design/question-review.md): 80 items of a
deck's questions at a seed, every kind up to three times, the rest drawn uniformly; written as
`sample.json` (the items whole) and `sample.md` (for reading). Readers of sessions 52 on use it:

    python -m tests.support.reading_sample DECK SEED OUTDIR

(`HOME=...` for a deck imported into another home, as `quizapp import` keeps it there.)
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from quizapp.generate.registry import generate_deck
from quizapp.service import StudyService

SIZE = 80
PER_KIND = 3


def draw(pool: list[dict[str, Any]], seed: int, size: int = SIZE) -> list[dict[str, Any]]:
    """Up to PER_KIND of every kind (kinds in name order), then the rest uniformly, shuffled."""
    rng = random.Random(seed)
    kinds: dict[str, list[dict[str, Any]]] = {}
    for item in pool:
        kinds.setdefault(item["kind"], []).append(item)
    picked = [i for k in sorted(kinds) for i in rng.sample(kinds[k], min(PER_KIND, len(kinds[k])))]
    taken = {i["id"] for i in picked}
    rest = [i for i in pool if i["id"] not in taken]
    picked += rng.sample(rest, max(0, min(size - len(picked), len(rest))))
    rng.shuffle(picked)
    return picked


def readable(items: list[dict[str, Any]]) -> str:
    """Each item as the app shows it: kind, id, prompt, options numbered `1)` (a matching's
    left items lettered `A.`, as the study screen shows them: review r721 read lettered options
    here and typed '1B' for left 1 and option B), key, explanation."""
    out = []
    for n, q in enumerate(items, 1):
        lines = [f"## #{n} {q['kind']} {q['id']}", q["prompt"]]
        lines += [f"  {chr(65 + j)}. {o}" for j, o in enumerate(q.get("left") or [])]
        lines += [f"  {j}) {o}" for j, o in enumerate(q.get("options") or [], 1)]
        lines.append(f"answer: {q['answer']}  accepted: {q.get('accepted')}")
        lines += [f"back: {q['back']}"] if q.get("back") else []
        lines += [f"explanation: {q['explanation']}", f"citation: {q['citation']}", ""]
        out.append("\n".join(lines))
    return "\n".join(out)


def main(argv: list[str]) -> None:
    deck, seed, folder = argv[0], int(argv[1]), Path(argv[2])
    service = StudyService(None, seed=seed)
    try:
        loaded = service.load_deck(deck)
    finally:
        service.close()
    pool = [q.model_dump(mode="json") for q in generate_deck(loaded.deck, seed=seed).questions]
    items = draw(pool, seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sample.json").write_text(json.dumps(items, ensure_ascii=False, indent=1))
    (folder / "sample.md").write_text(readable(items))
    print(f"pool {len(pool)}, drawn {len(items)}: {folder / 'sample.json'}, sample.md")


if __name__ == "__main__":
    main(sys.argv[1:])
