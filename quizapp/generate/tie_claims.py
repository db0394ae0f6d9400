"""A remark beside a right answer that puts one of the deck's things with another: true, false,
or beyond what the deck can tell (review r408 A). 'Apollo 15, with John Young' ties a name to a
thing the question or its key names; the deck knows every partner of that kind the thing has
(full_lists.py), so the remark is false and the answer wrong. 'Apollo 15, with David Scott' is
true; 'Apollo 9, with Dave Scott' (its crew not all in the deck) and 'Apollo 17, after Apollo 16'
are left as they were. Only names and the words that tie them ('with', 'including', 'who flew',
'in command', 'by') are read: 'not Aldrin', 'longer than Apollo 12' are read elsewhere.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.bracket_kinds import names_in
from quizapp.generate.dates import MONTHS
from quizapp.generate.element_names import names_isotope
from quizapp.generate.fact_links import FACT_LINKS, kind_group, tied
from quizapp.generate.figure_claims import SMALL_NUMBERS, figure_told
from quizapp.generate.full_lists import listed_in_full
from quizapp.generate.question import Question
from quizapp.generate.role_names import (
    named_role,
    partner_in,
    relations_of,
    role_name,
    role_words,
    tying_word,
)
from quizapp.generate.role_ties import own_thing, unsure_tie
from quizapp.generate.value_names import is_value_name
from quizapp.generate.year_asides import YEAR


def untied_claim(q: Question, part: str, vocabulary: dict[str, str]) -> str | None:
    """Why a remark beside the answer is false ('Young was not Apollo 17's commander'), or None."""
    told = None if names_isotope(part) else tie_told(q, part, vocabulary)  # 'helium-3' (r643)
    return None if told is None or told[0] else told[1]


def tie_told(
    q: Question, part: str, vocabulary: dict[str, str], said: str = ""
) -> tuple[bool, str] | None:
    """(True, '') when the remark gives a thing the role the deck gives it ('CMP Jack Swigert'
    beside Lovell, of Apollo 13) or lists its partners; (False, why) when the deck refutes it;
    else None. `said`, the whole answer, may name a figure's measure ('found it (in 1925)')."""
    relations = relations_of(vocabulary.get(FACT_LINKS, ""))
    roled = [
        p for p in _PAIRS.split(part) if named_role(re.findall(r"[a-z]+", normalise(p)), relations)
    ]
    clauses = [c for c in part.split(";") if c.strip()]  # 'Swigert; Lovell commanded' (r552 A):
    roled = clauses if len(clauses) > 1 else roled  # each clause a claim, 'he ...' unjudged
    if len(roled) > 1:  # 'Lovell CMP, Anders LMP': each role with its own name (review r442 A)
        told = [None if _HE.match(p) else tie_told(q, p, vocabulary, said) for p in roled]
        refuted = next((t for t in told if t is not None and not t[0]), None)
        return refuted or next((t for t in told if t is not None), None)
    known = _TIE_WORDS | _unit_words(q) | role_words(relations) | SMALL_NUMBERS.keys()
    loose = [w for w in _plain(part, vocabulary) if w not in known]
    loose = [w for w in loose if not tying_word(w, relations, vocabulary)]
    if not set(loose) <= _told_words(q.explanation) or own_thing(q, part):
        return None  # 'and an airbase in Kyrgyzstan': a thing of its own (review r465 D)
    return _told(q, part, vocabulary, said, bool(loose))


def _told(
    q: Question, part: str, vocabulary: dict[str, str], said: str, loose: bool
) -> tuple[bool, str] | None:
    """`tie_told` on a remark whose words all tie names or are the explanation's (`loose`:
    'at Christmas 1968'): a name's tie then only confirmed; a figure whose measure it names."""
    relations = relations_of(vocabulary.get(FACT_LINKS, ""))
    asked = f"{' ; '.join(q.answer)} ; {q.prompt}"
    anchors = {t: _shown(asked, n) for n, t in _named(asked, vocabulary)}
    things = _named(part, vocabulary)
    # a true/false statement with no year may tell of more than one event: a year beside it
    # with no word of which is never refuted by a guess ('True (in 1871)', the prediction's)
    bare = not loose and (q.kind != "true_false" or YEAR.search(q.prompt) is not None)
    said_of = {t: _shown(part, n) for n, t in things if not t.startswith("value:")}  # r487 B
    figure = figure_told(asked, part, vocabulary, said_of or anchors, said or part, bare)
    named = {t: n for t, n in said_of.items() if t not in anchors}
    if figure is not None and not figure[0]:  # 'Perey (1937)' of francium, found in 1939;
        return figure  # but '232 °C (lead melts at 327 °C)' is lead's (figure_claims.py)
    role = named_role(re.findall(r"[a-z]+", normalise(part)), relations)  # 'LM', a name as well
    people = sum(kind_group(t) == "person" for _, t in things)
    if unsure_tie(part, people, role):  # 'Aldrin, the LMP, landed with Armstrong' (role_ties)
        return None
    own = _own_subject(q, part, named, vocabulary)  # 'Frank Borman commanded Apollo 8' beside
    if own:  # Apollo 7's commander (r420 A), 'bromine is the liquid' of gallium (r421 D)
        anchors, things = own, [(n, t) for n, t in things if t not in own]
    remark = _Remark(q, part, vocabulary, anchors, role)
    if role and not things and (other := _key_in_role(remark, role)) is not None:
        return False, other  # 'Charles Duke (the commander)' asked the LMP (review r450 A)
    found = [remark.judged(name, thing) for name, thing in things]
    refuted = next((f for f in found if isinstance(f, str)), None)
    if refuted is not None and not loose:
        return False, refuted
    confirmed = any(f is True for f in found) or bool(figure and figure[0])
    return (True, "") if confirmed or remark.listed(found, things) else None


def _key_in_role(remark: _Remark, role: str) -> str | None:
    """Why a remark putting the key itself in a role is false: another of the question's
    things has someone else in that role ('Charles Duke (the commander)' of Apollo 16, whose
    commander was John Young), or None."""
    for key in remark.keys:
        for anchor, said in remark.anchors.items():
            partner = partner_in(anchor, role, kind_group(key), remark.vocabulary)
            if anchor != key and partner is not None and partner != key:
                who, of = (remark.q.answer[0], said)[:: 1 if kind_group(key) == "person" else -1]
                return f"{who} was not {of}'s {role_name(role)}."
    return None


def _own_subject(
    q: Question, part: str, named: dict[str, str], vocabulary: dict[str, str]
) -> dict[str, str]:
    """The thing a remark naming two speaks of: its first name when of the question's kinds
    ('bromine is the liquid'), else the one of those kinds ('Frank Borman commanded Apollo 8'),
    else its first with a verb ('Ramsay and Travers found ...': r503 B); {} for the question's."""
    asked = q.prompt if _named(q.prompt, vocabulary) else " ; ".join(q.answer)  # r493 A
    groups = {kind_group(t) for _, t in _named(asked, vocabulary)}
    ordered = [t for _, t in _named_in_order(part, vocabulary) if t in named]
    if len(ordered) < 2:
        return {}
    if kind_group(ordered[0]) in groups:
        return {ordered[0]: named[ordered[0]]}
    own = {t: named[t] for t in ordered if kind_group(t) in groups}
    own = own or ({ordered[0]: named[ordered[0]]} if _SAYS.search(part) else {})
    return own if len(own) < len(ordered) else {}


_SAYS = re.compile(r"\b(?:is|are|was|were|found|discovered|has|have|had|melts|boils)\b", re.I)


def _named_in_order(text: str, vocabulary: dict[str, str]) -> list[tuple[str, str]]:
    """`_named`, in the order the names stand in `text`."""
    folded = normalise(text)
    return sorted(_named(text, vocabulary), key=lambda found: folded.find(found[0]))


class _Remark:
    """One remark's names judged against the question's things (its anchors)."""

    def __init__(
        self,
        q: Question,
        part: str,
        vocabulary: dict[str, str],
        anchors: dict[str, str],
        role: str | None,
    ) -> None:
        self.q, self.part, self.vocabulary = q, part, vocabulary
        self.anchors, self.role = anchors, role
        self.keys = {t for _, t in _named(" ; ".join(q.answer), vocabulary)}
        self.told = {t for _, t in _named(q.explanation, vocabulary)}  # the deck's own context
        self.ties = tied(vocabulary)

    def judged(self, name: str, thing: str) -> bool | str | None:
        """True when the deck confirms the name's role; a note when it refutes it; False when
        the deck ties it to the question's things; None when it cannot tell."""
        own = self._own_role(name, thing)
        if own is not None or thing in self.keys:
            return own if own is not None else False
        if (
            thing in self.anchors
            or thing in self.told
            or f" {name} " in f" {normalise(self.q.prompt)} "
        ):
            return False
        if _ambiguous(name, thing, self.vocabulary):
            return None  # 'under Kennedy': the president, or the Kennedy Space Center (r417 B)
        shown = _shown(self.part, name)
        for anchor, said in self.anchors.items():
            partner = (
                partner_in(anchor, self.role, kind_group(thing), self.vocabulary)
                if self.role
                else None
            )
            if partner is not None:
                return (
                    True
                    if partner == thing
                    else f"{shown} was not {said}'s {role_name(self.role or '')}."
                )
        if any(thing in self.ties.get(a, ()) for a in self.anchors):
            return False
        for anchor, said in self.anchors.items():
            if listed_in_full(self.vocabulary, anchor, kind_group(thing)) or listed_in_full(
                self.vocabulary, thing, kind_group(anchor)
            ):
                return f"The deck does not put {shown} with {said}."
        return None

    def _own_role(self, name: str, thing: str) -> bool | str | None:
        """'Kitty Hawk (Apollo 14 CM)': the named thing's partner in the role the remark names
        is the key (True), another thing of the key's kind (a note), or unknown (None)."""
        partner = (
            relations_of(self.vocabulary.get(FACT_LINKS, "")).get(thing, {}).get(self.role or "")
        )
        if (
            partner is None
            or not self.keys
            or kind_group(partner) not in {kind_group(k) for k in self.keys}
        ):
            return None
        if partner in self.keys:
            return True
        if partner in named_things(self.part, self.vocabulary):
            return None  # 'Frank Borman commanded Apollo 8' beside Lovell: the remark's own pair
        said, role = _shown(self.part, name), role_name(self.role or "")
        return f"The deck does not pair {self.q.answer[0]} with {said} as {role}."

    def listed(self, found: list[bool | str | None], things: list[tuple[str, str]]) -> bool:
        """A list of the key and its partners ('Gordon (Conrad, Gordon, Bean)'), each tied to
        the question's things."""
        if not things or any(f is None for f in found):
            return False
        keyed = [t in self.keys for _, t in things]  # the key and another: not 'EEU (EEU)'
        return any(keyed) and not all(keyed)


def named_things(text: str, vocabulary: dict[str, str]) -> set[str]:
    """The deck's things `text` names ('kind:id', or 'value:name' for a call sign)."""
    return {thing for _, thing in _named(text, vocabulary)}


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
    rest = " ".join(
        normalise(w).removesuffix("'s").removesuffix("’s") for w in _WORDS.findall(part)
    )
    rest = f" {rest} "
    for name in names_in(part, vocabulary):
        rest = rest.replace(f" {name} ", " ; ")
    return [w for w in re.findall(r"[a-z][a-z']*", rest) if w not in _MONTH_WORDS]


def explained_tail(q: Question, text: str) -> str | None:
    """'Casper the Friendly Ghost' read as 'Casper (the Friendly Ghost)': the key, then words
    of the item's own explanation only ('Named after the friendly ghost of the cartoons';
    review r411 A); None for any other answer."""
    said = normalise(text)
    for key in sorted({*q.answer, *q.accepted}, key=len, reverse=True):
        head = normalise(key)
        rest = said.removeprefix(f"{head} ").split() if said.startswith(f"{head} ") else []
        if rest[:1] in (["the"], ["a"], ["an"]) and set(rest) <= _told_words(q.explanation):
            return f"{text.strip()[: len(key)]} ({text.strip()[len(key) :].strip()})"
    return None


def _told_words(explanation: str) -> frozenset[str]:
    """The words of the item's own explanation: 'Christmas' of 'at Christmas 1968'."""
    return frozenset(re.findall(r"[a-z]+", normalise(explanation))) - _NO_TIE


def _unit_words(q: Question) -> frozenset[str]:
    unit = q.numeric.family.partition(":")[2] if q.numeric is not None else ""
    return frozenset(re.findall(r"[a-z]+", unit.lower()))


def _ambiguous(name: str, thing: str, vocabulary: dict[str, str]) -> bool:
    """Whether one word names `thing` and is part of another thing's name ('kennedy': the
    Kennedy Space Center, and Kennedy's address to Congress)."""
    return " " not in name and any(
        other != thing and name in re.findall(r"[\w.-]+", key.replace("'s", ""))
        for key, other in vocabulary.items()
    )


def _shown(text: str, name: str) -> str:
    """`name` as `text` writes it ('John Young' for 'john young'), else as it is."""
    pattern = r"\W+".join(re.escape(w) for w in name.split())
    found = re.search(rf"\b{pattern}\b", text, re.IGNORECASE)
    return found[0] if found else name


_WORDS = re.compile(r"[^\W_][\w'’.-]*")  # as names_in reads them
_MONTH_WORDS = frozenset(m.lower() for m in MONTHS) | {"th", "st", "nd", "rd", "s"}
# the words that tie one name to another in a remark; any other word says something else
_TIE_TEXT = (
    "with including incl and the a an by aboard on in of who which flew flown later also "
    "alongside it year together crew crewmate crewmates veteran member members as his her its "
    "their was were is discovered found isolated first led under at has had lander craft "
    "spacecraft capsule ship thousand million billion"
)
_TIE_WORDS = frozenset(_TIE_TEXT.split())
_HE = re.compile(r"\s*(?:he|she|they|his|her|their)\b", re.I)  # of another clause's subject
_PAIRS = re.compile(r"\s*[,;]\s*|\s+and\s+")  # 'Gordon the CMP, Bean the LM pilot'
_NO_TIE = frozenset({"or", "not", "no", "nor", "never", "than", "unlike", "instead", "but"})
