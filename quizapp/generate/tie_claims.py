"""A remark beside a right answer that puts one of the deck's things with another: true, false,
or beyond what the deck can tell (review r408 A).

'Apollo 15, with John Young', 'Michael Collins, who later flew Apollo 15', '1789, by Davy' (of
uranium), '3 March 1969, with Neil Armstrong in command' (of Apollo 9): each ties a name to a
thing the question or its key names, and the deck knows every partner of that kind the thing
has (full_lists.py), so the remark is false and the answer with it is wrong. 'Apollo 15, with
David Scott' is true; 'Apollo 9, with Dave Scott' (Apollo 9's crew is not all in the deck) and
'Apollo 17, after Apollo 16' (not a tie in the words read here) are left as they were.

Only a remark made of names and the words that tie them ('with', 'including', 'who flew', 'in
command', 'by') is read: 'not Aldrin', 'longer than Apollo 12', 'who met Putin' say something
else, and other readers judge them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from quizapp.facts.normalise import normalise
from quizapp.generate.bracket_kinds import names_in
from quizapp.generate.dates import MONTHS
from quizapp.generate.fact_links import FACT_LINKS, kind_group, tied
from quizapp.generate.full_lists import listed_in_full
from quizapp.generate.question import Question
from quizapp.generate.value_names import is_value_name
from quizapp.generate.year_claims import dating_word, year_told


def untied_claim(q: Question, part: str, vocabulary: dict[str, str]) -> str | None:
    """Why `part`, a remark beside the answer, is false ('John Young was not Apollo 17's
    commander'), or None when it is true, says no tie, or names nothing the deck can refute."""
    told = tie_told(q, part, vocabulary)
    return None if told is None or told[0] else told[1]


def tie_told(q: Question, part: str, vocabulary: dict[str, str]) -> tuple[bool, str] | None:
    """(True, '') when the remark gives a thing the role the deck gives it ('CMP Jack Swigert'
    beside Lovell, asked of Apollo 13); (False, why) when the deck refutes it; else None."""
    words = _plain(part, vocabulary)
    relations = _relations(vocabulary.get(FACT_LINKS, ""))
    role = _role(re.findall(r"[a-z]+", normalise(part)), relations)  # 'LM', a name as well
    known = _TIE_WORDS | _unit_words(q) | role_words(relations)
    if any(w not in known and not _tying(w, relations, vocabulary) for w in words):
        return None
    asked = f"{' ; '.join(q.answer)} ; {q.prompt}"
    anchors = {t: _shown(asked, n) for n, t in _named(asked, vocabulary)}
    if (year := year_told(asked, part, vocabulary, anchors)) is not None and not year[0]:
        return year  # 'Perey (1937)' of francium, found in 1939 (year_claims.py)
    ties, confirmed = tied(vocabulary), False
    for name, thing in _named(part, vocabulary):
        if thing in anchors or f" {name} " in f" {normalise(q.prompt)} ":
            continue
        for anchor, said in anchors.items():
            partner = _partner(anchor, role, kind_group(thing), vocabulary) if role else None
            if partner is not None and partner != thing:
                return False, f"{_shown(part, name)} was not {said}'s {role_name(role or '')}."
            confirmed |= partner == thing
        if any(thing in ties.get(a, ()) for a in anchors):
            continue
        for anchor, said in anchors.items():
            if listed_in_full(vocabulary, anchor, kind_group(thing)) or listed_in_full(
                vocabulary, thing, kind_group(anchor)
            ):
                return False, f"The deck does not put {_shown(part, name)} with {said}."
    return (True, "") if confirmed else None


def _named(text: str, vocabulary: dict[str, str]) -> list[tuple[str, str]]:
    """The deck's things named in `text`, each with the name it goes by there."""
    found = []
    for name in names_in(text, vocabulary):
        thing = vocabulary.get(name) or vocabulary.get(name.removeprefix("the "))
        if is_value_name(name, vocabulary):
            found.append((name, f"value:{name}"))  # a call sign: 'Spider'
        elif thing is not None and ":" in thing:
            found.append((name, thing))
    return found


def _plain(part: str, vocabulary: dict[str, str]) -> list[str]:
    """The words of `part` that are no name of the deck's, no figure and no month."""
    rest = " ".join(normalise(w) for w in _WORDS.findall(part))
    rest = f" {rest} "
    for name in names_in(part, vocabulary):
        rest = rest.replace(f" {name} ", " ; ")
    return [w for w in re.findall(r"[a-z][a-z']*", rest) if w not in _MONTH_WORDS]


def _unit_words(q: Question) -> frozenset[str]:
    unit = q.numeric.family.partition(":")[2] if q.numeric is not None else ""
    return frozenset(re.findall(r"[a-z]+", unit.lower()))


@cache
def _relations(joined: str) -> dict[str, dict[str, str]]:
    """Each thing to {relation: partner} for the one-to-one ties of the deck's facts."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for pair in filter(None, joined.split("|")):
        a, b, relation = pair.split(">", 2)
        if relation.endswith("!"):
            out[a][relation[:-1]] = b
            out[b][relation[:-1]] = a
    return dict(out)


def _partner(anchor: str, role: str, group: str, vocabulary: dict[str, str]) -> str | None:
    partner = _relations(vocabulary.get(FACT_LINKS, "")).get(anchor, {}).get(role)
    return partner if partner is not None and kind_group(partner) == group else None


def _role(words: list[str], relations: dict[str, dict[str, str]]) -> str | None:
    """The one-to-one relation the remark names: 'in command' or 'commander' (commander),
    'CMP' or 'command module pilot' (command-module-pilot), 'LM' (lunar-module-name); None
    when it names none."""
    said = set(words)
    names = sorted({r for partners in relations.values() for r in partners}, key=len, reverse=True)
    for relation in names:
        parts = _parts(relation)
        initials = "".join(p[0] for p in parts)
        if set(parts) <= said or (len(parts) > 1 and initials in said):
            return relation
        if len(parts) == 1 and relation.endswith("er") and relation[:-2] in said:
            return relation  # 'in command'
        if any(_shortened(w, relation) for w in said):
            return relation  # 'CDR'
    return None


def _parts(relation: str) -> list[str]:
    """The words a remark names a relation by: 'lunar module' for lunar-module-name."""
    parts = relation.split("-")
    return parts[:-1] if len(parts) > 2 and parts[-1] == "name" else parts


def _shortened(word: str, name: str) -> bool:
    """'cdr' for 'commander': three or more consonants, the name's first letter first, in the
    name in order."""
    if len(word) < 3 or set(word) & set("aeiouy") or word[0] != name[0]:
        return False
    rest = iter(name)
    return all(letter in rest for letter in word)


def _tying(word: str, relations: dict[str, dict[str, str]], vocabulary: dict[str, str]) -> bool:
    """A word that names a relation: 'CDR' for commander, 'discovered' for discovery-year."""
    shortened = any(_shortened(word, r) for partners in relations.values() for r in partners)
    return shortened or dating_word(word, vocabulary)


def role_words(relations: dict[str, dict[str, str]]) -> frozenset[str]:
    """Every word of the deck's one-to-one relations, and their initials ('cmp')."""
    names = {r for partners in relations.values() for r in partners}
    words = {w for r in names for w in r.split("-")}
    short = {"".join(p[0] for p in _parts(r)) for r in names if "-" in r}
    return frozenset(words | short)


def role_name(role: str) -> str:
    return role.replace("-", " ")


def _shown(text: str, name: str) -> str:
    """`name` as `text` writes it ('John Young' for 'john young'), else as it is."""
    pattern = r"\W+".join(re.escape(w) for w in name.split())
    found = re.search(rf"\b{pattern}\b", text, re.IGNORECASE)
    return found[0] if found else name


_WORDS = re.compile(r"[^\W_][\w'’.-]*")  # as names_in reads them
_MONTH_WORDS = frozenset(m.lower() for m in MONTHS) | {"th", "st", "nd", "rd", "s"}
# the words that tie one name to another in a remark; any other word says something else
_TIE_WORDS = frozenset(
    {
        "with",
        "including",
        "incl",
        "and",
        "the",
        "a",
        "an",
        "by",
        "aboard",
        "on",
        "in",
        "of",
        "who",
        "which",
        "flew",
        "flown",
        "later",
        "also",
        "alongside",
        "it",
        "year",
        "together",
        "crew",
        "crewmate",
        "crewmates",
        "veteran",
        "member",
        "members",
        "as",
        "his",
        "her",
        "its",
        "their",
        "was",
        "were",
        "is",
        "discovered",
        "found",
        "isolated",
        "first",
        "led",
        "under",
    }
)
