"""The roles a remark names, read from the deck's one-to-one facts: 'in command' or 'CDR' for
a mission's commander, 'CMP' or 'command module pilot', 'LM' for the lunar module's call sign
(tie_claims.py checks the partner the deck gives in that role)."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from quizapp.generate.check_measure import unit_word
from quizapp.generate.fact_links import FACT_LINKS, kind_group
from quizapp.generate.figure_claims import naming_word


@cache
def relations_of(joined: str) -> dict[str, dict[str, str]]:
    """Each thing to {relation: partner} for the one-to-one ties of the deck's facts."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for pair in filter(None, joined.split("|")):
        a, b, relation = pair.split(">", 2)
        if relation.endswith("!"):
            out[a][relation[:-1]] = b
            out[b][relation[:-1]] = a
    return dict(out)


def partner_in(anchor: str, role: str, group: str, vocabulary: dict[str, str]) -> str | None:
    partner = relations_of(vocabulary.get(FACT_LINKS, "")).get(anchor, {}).get(role)
    return partner if partner is not None and kind_group(partner) == group else None


def named_role(words: list[str], relations: dict[str, dict[str, str]]) -> str | None:
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
        if (
            len(parts) == 1
            and relation.endswith("er")
            and {relation[:-2], relation[:-2] + "ed"} & said
        ):
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


def tying_word(word: str, relations: dict[str, dict[str, str]], vocabulary: dict[str, str]) -> bool:
    """A word that names a relation ('CDR' for commander, 'discovered' for discovery-year) or
    a unit."""
    shortened = any(_shortened(word, r) for partners in relations.values() for r in partners)
    return shortened or naming_word(word, vocabulary) or unit_word(word)  # 'c' of '°C'


def role_words(relations: dict[str, dict[str, str]]) -> frozenset[str]:
    """Every word of the deck's one-to-one relations, their initials ('cmp') and the verb of a
    doer's role ('commanded')."""
    names = {r for partners in relations.values() for r in partners}
    words = {w for r in names for w in r.split("-")}
    short = {"".join(p[0] for p in _parts(r)) for r in names if "-" in r}
    verbs = {f"{w[:-2]}ed" for w in words if w.endswith("er")}  # 'commanded' for commander
    return frozenset(words | short | verbs)


def role_name(role: str) -> str:
    return role.replace("-", " ")
