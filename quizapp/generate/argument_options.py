"""Options and citations shared by the kinds that ask about the argument: where the key goes
among the wrong options (the same letter on every seed), and where the source says it."""

from __future__ import annotations

import hashlib
import random
import re

from quizapp.generate.argument import Argument


def cite(argument: Argument, *nodes: str) -> str:
    """Where the source says it: each claim's own paragraph, or the fact's."""
    ix = argument.ix
    out: list[str] = []
    for node in nodes:
        if node in ix.facts:
            out.append(ix.citation(ix.facts[node]))
            continue
        prov = argument.claims[node].provenance
        source = next(s for s in ix.deck.sources if s.id == prov.source)
        heading = next((s.heading for s in source.sections if s.number == prov.section), None)
        out.append(prov.cite(source.title, heading))
    return "; ".join(dict.fromkeys(out))


def claim_ids(argument: Argument, *nodes: str) -> list[str]:
    return [n for n in nodes if n in argument.claims]


def steady_options(stem: str, key: str, wrong: list[str], rng: random.Random) -> list[str]:
    """The key at a position fixed by the stem and the key alone, so that an item has its key
    under the same letter whatever seed drew its wrong options ('B' typed to `quizapp grade`
    means the key on every seed); the wrong options in the seed's order around it."""
    options = list(wrong)
    rng.shuffle(options)
    bare = re.sub(r"^According to [^,]+, ", "", key)  # attributed or not, as the draw needs
    options.insert(steady_index(f"{stem}\x00{bare[:1].upper()}{bare[1:]}", len(options) + 1), key)
    return options


def steady_index(text: str, n: int) -> int:
    """A position in range(n) drawn from the text's hash: spread evenly, the same every run."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big") % n


def steady_order(stem: str, options: list[str]) -> list[str]:
    """Options in an order fixed by the stem and their own text, not by the seed."""
    return sorted(options, key=lambda o: hashlib.sha256(f"{stem}\x00{o}".encode()).digest())


ATTRIBUTED = re.compile(r"^According to ([^,]+), ")


def one_attribution(
    argument: Argument, assertion: str, reason: str, year: int | None
) -> tuple[str, str, int | None, str | None]:
    """An assertion-reason item's two statements and the source whose judgment one of them is,
    said once for both on the question line: 'According to the briefing' on one half alone
    made it look true by construction beside a bare other (session-20 review 20201 #56), and
    on both it read heavily (20206 #7). A deck of several sources keeps each half's own."""
    said = [m.group(1) for t in (assertion, reason) if (m := ATTRIBUTED.match(t))]
    if argument.author is None or not said:
        return assertion, reason, year, None

    def bare(text: str) -> str:
        text = ATTRIBUTED.sub("", text)
        return text[:1].upper() + text[1:]

    return bare(assertion), bare(reason), year, said[0]
