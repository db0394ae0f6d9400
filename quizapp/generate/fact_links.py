"""Which things the deck's facts tie together, for the answer checker: a name beside the key
that the deck ties to nothing of its kind but something else is a false aside, no gloss
(reviews r365 A, r366 D).

'Mirziyoyev (Kazakhstan)': the deck makes him president of Uzbekistan, so the country beside
him is the wrong one, and the answer names a different man. 'W (iron)': the symbol is
tungsten's. 'Sea of Tranquility (Apollo 12)': Apollo 11 landed there. But 'Apollo 14 (Alan
Shepard)' is true, and 'Alan Shepard (Antares)' says nothing false the deck knows: Shepard is
tied to no call sign, only to his mission.

The ties sit in the grading vocabulary under one key with no words of its own, as the deck's
text values that are names do (value_names.py): each 'subject>object>relation' of a fact whose
object is an entity or such a name, as the vocabulary names them ('kind:id', 'value:w'), the
relation marked '!' where it is one to one both ways.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from quizapp.facts.model import Deck
from quizapp.facts.normalise import normalise
from quizapp.facts.values import Text
from quizapp.generate.given_names import PERSON_NOUNS
from quizapp.generate.led_names import adjective_of, led_names
from quizapp.generate.value_names import PROPER, value_codes, value_names

FACT_LINKS = "\x01"  # the vocabulary's key for them; its value joins them with '|'


def named_things(deck: Deck) -> dict[str, str]:
    """What the grading vocabulary holds beside the names of things: the deck's call signs
    ('Odyssey (Aquarius)'), the led names it vouches for ('the Russia-led CSTO') and the ties
    of its facts."""
    named = value_names(deck) | value_codes(deck) | led_names(deck)
    return named | fact_links(deck) | nationalities(deck) | country_adjectives(deck)


ADJECTIVES = "\x04"  # 'kazakh>country:kazakhstan|kazakhs>country:kazakhstan|...'


def country_adjectives(deck: Deck) -> dict[str, str]:
    """The adjective of each of the deck's countries, and its plural, to the country, worked
    out once with the deck ('6% (Kazakh migrants)', '81% of Kazakhs': review r377 A)."""
    found = {
        a: f"country:{e.id}"
        for e in deck.entities
        if e.kind == "country"
        for name in e.all_names()
        if (a := adjective_of(name))
    }
    found |= {f"{a}s": t for a, t in found.items() if not a.endswith("s")}
    return {ADJECTIVES: "|".join(f"{a}>{t}" for a, t in sorted(found.items()))} if found else {}


def adjectives_of(vocabulary: dict[str, str]) -> dict[str, str]:
    """`country_adjectives` read back from the grading vocabulary: {'kazakh': 'country:...'}."""
    return dict(p.split(">", 1) for p in vocabulary.get(ADJECTIVES, "").split("|") if p)


NATIONALITIES = "\x02"  # 'company:gazprom>russian|...', and after '#' every adjective known


def nationalities(deck: Deck) -> dict[str, str]:
    """The nationality the deck's own gloss gives a thing ('Russian state-controlled gas
    company': Gazprom is Russian), beside the adjectives of the deck's countries, so that
    'Gazprom (Chinese)' reads as false (review r371 A); {} when no gloss gives one."""
    adjectives = {a for e in deck.entities if e.kind == "country" if (a := adjective_of(e.name))}
    pairs = [
        f"{e.kind}:{e.id}>{word}"
        for e in deck.entities
        if e.gloss
        for word in normalise(e.gloss).replace("-", " ").split()[:2]
        if word in adjectives
    ]
    return {NATIONALITIES: "|".join(pairs) + "#" + ",".join(sorted(adjectives))} if pairs else {}


def false_nationality(keys: set[str], words: list[str], vocabulary: dict[str, str]) -> bool:
    """Whether `words` give one of `keys` a nationality other than its gloss gives it."""
    pairs, _, known = vocabulary.get(NATIONALITIES, "#").partition("#")
    own = {p.split(">")[1] for p in pairs.split("|") if p.split(">")[0] in keys}
    owners = (adjective_of(w) for m in _OWNER.finditer(" ".join(words)) for w in m.groups() if w)
    told = {w for i, w in enumerate(words) if _of_the_thing(words[i + 1 : i + 4])}
    said = (told | set(owners)) & set(known.split(","))  # 'owned by China' (r398 E)
    return bool(own and said - own)


def _of_the_thing(following: list[str]) -> bool:
    """An adjective that ends the remark or comes before a word for a company describes the
    thing ('Gazprom (Chinese)', 'a Chinese gas company'); one before another noun describes
    that ('it stopped buying Turkmen gas': review r413)."""
    return not following or bool(set(following) & _FIRMS)


_FIRMS = frozenset(
    {"company", "firm", "corporation", "giant", "group", "monopoly", "business", "concern"}
    | {"producer", "operator", "supplier", "state", "owned", "controlled", "run", "based"}
)


# a country said to own or hold the thing: 'owned by China', 'China's', 'China-owned'
_OWNER = re.compile(
    r"\b(?:owned|run|controlled|operated|held)\s+by\s+(?:the\s+)?([a-z]+)|\bbased\s+in\s+([a-z]+)"
    r"|\b([a-z]+)['\u2019]s\b|\bbelongs?\s+to\s+([a-z]+)|\b([a-z]+)\s+(?:owned|based|controlled)\b"
)


def fact_links(deck: Deck) -> dict[str, str]:
    """{FACT_LINKS: 'person:a>country:b>president-of!|...'}, or {} when no fact ties two
    things; '!' marks a relation one-to-one both ways (a country has one president, who
    presides over one country)."""
    kinds = {e.id: e.kind for e in deck.entities}
    names = {e.id: e.name for e in deck.entities}
    sole = {r.id for r in deck.relations if r.functional and r.inverse_functional}
    pairs = set()
    answers: dict[str, str] | None = None  # an imported deck's answers, read once
    for fact in deck.facts:
        if fact.subject not in kinds:
            continue
        subject = f"{kinds[fact.subject]}:{fact.subject}"
        how = f"{fact.relation}{'!' if fact.relation in sole else ''}"
        if fact.object_id in kinds and kinds[fact.subject] == PROMPT:
            answers = answers if answers is not None else _answer_names(deck)
            answer = f"{kinds[fact.object_id]}:{fact.object_id}"
            pairs |= _card_links(names[fact.subject], answer, answers)
        elif fact.object_id in kinds:
            pairs.add(f"{subject}>{kinds[fact.object_id]}:{fact.object_id}>{how}")
        elif isinstance(fact.object, Text) and PROPER.fullmatch(fact.object.value):
            pairs.add(f"{subject}>value:{normalise(fact.object.value)}>{how}")
    return {FACT_LINKS: "|".join(sorted(pairs))} if pairs else {}


PROMPT = "prompt"  # an imported card's question (importer.py)
MAX_NAME_WORDS = 6


def _card_links(question: str, answer: str, answers: dict[str, str]) -> set[str]:
    """An imported card's answer tied to each other answer its question names: 'On which
    island is Mount Tambora?' ties Sumbawa to Mount Tambora, so 'Tambora (Sumbawa)' is the
    deck's own fact, no second answer (review r448 E). `answers`: each answer's names
    (normalised) to the answer."""
    words = normalise(question).replace("?", " ").split()
    grams = {
        " ".join(words[i:j])
        for i in range(len(words))
        for j in range(i + 1, min(i + MAX_NAME_WORDS, len(words)) + 1)
    }
    return {f"{answer}>{answers[g]}>card" for g in grams if g in answers and answers[g] != answer}


def _answer_names(deck: Deck) -> dict[str, str]:
    """Each imported answer's names (normalised) to the answer ('kind:id')."""
    return {
        normalise(n): f"{e.kind}:{e.id}"
        for e in deck.entities
        if e.kind.startswith("answer-")
        for n in e.all_names()
    }


def kind_group(thing: str) -> str:
    """The kind of a thing ('kind:id'), kinds that differ only by a qualifier made one
    ('cancelled-mission' is a mission) and every kind of person one ('astronaut')."""
    kind = thing.split(":")[0].rsplit("-", 1)[-1]
    return "person" if kind in PERSON_NOUNS else kind


def tied(vocabulary: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each thing to the things a fact ties it to, either way round."""
    return _read(vocabulary.get(FACT_LINKS, ""))[0]


def paired(vocabulary: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each thing to the things a one-to-one fact ties it to (Eagle: Apollo 11), either way;
    a thing tied by a fact that allows many (a period: its elements) is no one's alone."""
    return _paired(vocabulary.get(FACT_LINKS, ""))


@cache
def _paired(joined: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for pair in filter(None, joined.split("|")):
        a, b, relation = pair.split(">", 2)
        if relation.endswith("!"):
            out[a].add(b)
            out[b].add(a)
    return {k: frozenset(v) for k, v in out.items()}


def sole_tie(vocabulary: dict[str, str], a: str, b: str) -> bool:
    """Whether one relation alone ties the kinds of things `a` and `b` in the deck, one to
    one: then a thing of b's kind beside `a` other than its own partner is false ('Mirziyoyev
    (Kazakhstan)'). Kinds tied by several one-to-one relations (an astronaut commands one
    mission and is a pilot on another) say nothing false, nor do ties that are not one to
    one; these are left out of the count (Putin belittled Kazakhstan's statehood)."""
    return frozenset((kind_group(a), kind_group(b))) in _read(vocabulary.get(FACT_LINKS, ""))[1]


@cache
def _read(joined: str) -> tuple[dict[str, frozenset[str]], frozenset[frozenset[str]]]:
    out: dict[str, set[str]] = defaultdict(set)
    how: dict[frozenset[str], set[str]] = defaultdict(set)
    for pair in filter(None, joined.split("|")):
        a, b, relation = pair.split(">", 2)
        out[a].add(b)
        out[b].add(a)
        how[frozenset((kind_group(a), kind_group(b)))].add(relation)
    sole = frozenset(k for k, rs in how.items() if len({r for r in rs if r.endswith("!")}) == 1)
    return {k: frozenset(v) for k, v in out.items()}, sole


def told_of(prompt: str, answer: list[str], thing: str, vocabulary: dict[str, str]) -> bool:
    """Whether the question names `thing` (by any of its names), or a fact of the deck ties it
    to the key: then a bracket naming it glosses the answer, never a second one."""
    said = f" {normalise(prompt)} "
    if any(f" {n} " in said for n, e in vocabulary.items() if e == thing):
        return True
    keys = {vocabulary[n] for n in map(normalise, answer) if n in vocabulary}
    return any(thing in tied(vocabulary).get(k, ()) for k in keys)


def own_pair(part: str, name: str, thing: str, vocabulary: dict[str, str]) -> bool:
    """Whether `name` follows 'for' or 'of' after a name the deck ties to it: 'Au for gold',
    'Na of sodium' pair another thing with its own, a remark (review r451 A)."""
    found = re.search(rf"([\w'’.-]+)\s+(?:is\s+)?(?:for|of)\s+{re.escape(name)}\b", part, re.I)
    if found is None:
        return False
    said = normalise(found[1])
    other = vocabulary.get(said, f"value:{said}")  # 'Au': a symbol, the deck's text value
    return other == thing or other in tied(vocabulary).get(thing, ())
