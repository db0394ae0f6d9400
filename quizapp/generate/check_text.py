"""Grading a typed name or phrase by the meaning of its words, not only by spelling.

In order, after normalising (NFKC, case, accents, dashes, quotes, leading articles):
1. the key, an alias or the source's own phrase (`source_phrase`) -> correct;
2. another name of the same entity in the deck, including its metonyms ("Moscow" for Russia)
   -> correct; a name of a *different* entity -> wrong, however close the spelling;
3. the same content words in any order, ignoring small words and plural -s ("investment and
   trade") -> correct;
4. the key without words the question already says ("rocky" for "rocky planet" when asked
   what type of planet; of a proper name, at least its head and one more word:
   "Conclusions on the EU-Central Asia Strategy" when the stem says "Council") -> correct;
5. the head noun of a short entity name whose other words are lower case ("Russians" for
   "ethnic Russians", not "Asia" for "Central Asia"), the only one of its kind in the deck, with
   a head noun or name no other entity has, that the question does not say -> correct;
6. the key or an alias with one or two qualifiers before its head ("Sunni Islam" for "Islam",
   "military airbase"), when no qualifier changes what it names (north, former, non-, a
   number...) or names another entity of the deck ("Chinese gas": China), and no other entity
   is named by the key with words before it ("North Korea" beside "South Korea") -> correct;
7. a small edit distance from any of these forms (1 for short answers, 2 for longer, none for
   three letters or fewer) -> near miss, unless a name in the deck is as close (Iran/Iraq).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_forms import is_person_key
from quizapp.generate.answer_frames import initials_after
from quizapp.generate.binomials import genus_readings
from quizapp.generate.bracket_kinds import trailing_name
from quizapp.generate.bracket_lists import listed_bracket
from quizapp.generate.check_brackets import (
    bracketed,
    comma_gloss,
    or_listed,
    paired,
    phrase_gloss,
    remark_after,
)
from quizapp.generate.check_companies import (
    body_readings,
    company_readings,
    described_readings,
)
from quizapp.generate.check_forms import faith_adjective, faith_readings
from quizapp.generate.check_spelling import spelling_verdict
from quizapp.generate.country_names import OTHER_COUNTRY_FORMS
from quizapp.generate.kind_words import without_kind_word
from quizapp.generate.name_marks import accent_note, joined_fold, mark_fold
from quizapp.generate.numbered_names import numbered_name
from quizapp.generate.owner_names import owner_readings, placed_readings
from quizapp.generate.person_answers import other_initial_answer, same_person_readings
from quizapp.generate.person_names import PERSON_KINDS
from quizapp.generate.place_parts import without_place_words
from quizapp.generate.question import Question
from quizapp.generate.question_descriptors import descriptor_readings
from quizapp.generate.styled_names import styled_readings
from quizapp.generate.text_qualifiers import qualified
from quizapp.generate.text_words import (
    content_words,
    enough_left,
    entity_kind,
    figures_in,
    head_noun,
    phrase_head,
    spelling_fold,
    stem,
    transliteration_fold,
    vocabulary_tables,
)
from quizapp.generate.tie_claims import explained_tail
from quizapp.generate.unit_answers import by_symbol
from quizapp.generate.verdict import Verdict
from quizapp.generate.year_asides import other_year

__all__ = ["check_text", "content_words", "head_noun", "phrase_head"]

_MARK_FOLDS = (mark_fold, joined_fold)  # 'Washington DC', 'St Johns'; 'Ha Noi'
_DOTTED = re.compile(r"(?:[a-z]\.){2,}[a-z]?\.?")
_LONG_FORM = re.compile(r"^(?:the )?(?:republic|federation|kingdom|state) of (?:the )?")


def check_text(q: Question, text: str, expected: str, vocabulary: dict[str, str]) -> Verdict:
    verdict = _check_worded(q, text, expected, vocabulary)
    if verdict.verdict == "correct":
        return verdict
    right = lambda head: _check_one(q, head, expected, vocabulary).verdict == "correct"  # noqa: E731
    listed = or_listed(q, text, expected, vocabulary, check_text)
    if listed is not None and listed.verdict != "wrong":
        return listed  # 'Endeavour or Endeavor' (review r360 F)
    glossed = comma_gloss(text, [*q.answer, *q.accepted]) or phrase_gloss(text, right)
    glossed = glossed or remark_after(text, right)  # 'Brand, alchemist' (review r370 A)
    glossed = glossed or trailing_name(q, text, vocabulary, right)  # 'Eagle LEM' (r372 D)
    glossed = glossed or explained_tail(q, text)  # 'Casper the Friendly Ghost' (tie_claims.py)
    worded = lambda head: _check_worded(q, head, expected, vocabulary).verdict == "correct"  # noqa: E731
    person = _names_person(q, vocabulary)
    glossed = glossed or initials_after(text, vocabulary, worded, person)  # 'David Scott, USAF'
    named = verdict.note == "That is another name in the deck."  # 'Zeno of Elea' (r476 B)
    glossed = None if named or (glossed and other_year(glossed, q.prompt)) else glossed
    again = glossed and bracketed(q, glossed, expected, vocabulary, check_text)
    placed = without_place_words(q, text, vocabulary)  # 'southern Sea of Tranquility' (r369 C)
    if not (again and again.verdict == "correct") and placed is not None:
        again = _check_worded(q, placed, expected, vocabulary)
    told = again and again.verdict == "wrong" and again.note and not verdict.note  # 'Young was
    return again if again and (again.verdict != "wrong" or told) else verdict  # not ...' (r408 A)


def _check_text(q: Question, text: str, expected: str, vocabulary: dict[str, str]) -> Verdict:
    """A bracket part by part, unless it holds the key's own words ('Pliny (the Younger)')."""
    if "(" in text and mark_fold(normalise(text)) in {mark_fold(a) for a in _accepted(q)}:
        return Verdict("correct", expected, understood=normalise(text))
    paired = listed_bracket(q, text, expected, vocabulary, check_text)  # (STS-107, 2003)
    paired = paired or bracketed(q, text, expected, vocabulary, check_text)
    return paired or _check_one(q, text, expected, vocabulary)


def _check_worded(q: Question, text: str, expected: str, vocabulary: dict[str, str]) -> Verdict:
    verdict = _check_text(q, text, expected, vocabulary)
    if verdict.verdict == "correct":
        note = "" if verdict.note else accent_note(text, q.answer)  # 'Bogota' for Bogotá
        return Verdict("correct", expected, note, verdict.understood) if note else verdict
    numbered = numbered_name(q, text, expected, vocabulary)
    if numbered is not None:
        return numbered
    kinded = _without_kind(q, text, expected, vocabulary)
    if kinded is not None:  # 'the Apollo 14 mission' (kind_words.py)
        return kinded
    accepted = _accepted(q)
    if _names_person(q, vocabulary) and other_initial_answer(text, accepted):
        return Verdict("wrong", expected, f"That initial is another person's: {expected}.")
    near = None
    slips: list[str] | None = None  # the readings in which a slip stays one, worked out once
    for other in _rewordings(q, text, vocabulary):  # 'President Mirziyoyev', 'the Muslim faith'
        if paired(text) and paired(other):
            continue  # its parts were graded whole ('Al Shepard (Frank Borman)' is no gloss)
        reworded = _check_text(q, other, expected, vocabulary)
        if reworded.verdict == "correct":
            return Verdict("correct", expected, understood=normalise(text))
        if reworded.verdict != "near_miss" or near is not None:
            continue
        if slips is None:
            slips = same_person_readings(text, accepted, slips=True)
        if other in slips:  # 'Dr. Daniel Rutherferd', 'Walter Shirra Jr.': a typo in the name,
            near = reworded  # not another name
    return near if near is not None and verdict.verdict == "wrong" else verdict


def _without_kind(
    q: Question, text: str, expected: str, vocabulary: dict[str, str]
) -> Verdict | None:
    """The answer graded without a word for its key's kind ('the Apollo 14 mission' as 'Apollo
    14'): right or a near miss as the rest is; None when it has no such word or the rest is
    wrong."""
    bare = without_kind_word(q, text, vocabulary)
    if bare is None:
        return None
    again = check_text(q, bare, expected, vocabulary)
    if again.verdict == "correct":
        return Verdict("correct", expected, again.note, normalise(text))
    return again if again.verdict == "near_miss" else None


def _rewordings(q: Question, text: str, vocabulary: dict[str, str]) -> list[str]:
    """Other readings of the answer (check_forms.py, person_names.py): a person's name without
    the title or role before it, or without its suffix and middle initials, or with its first
    name in another usual form ('Jim McDivitt' for James McDivitt); a faith's name
    without 'faith' or 'religion' after it."""
    accepted = _accepted(q)
    kinds = _kinds(q, vocabulary)
    out = faith_readings(text, accepted) + descriptor_readings(text, q.prompt, accepted)
    out += owner_readings(text, accepted, q.prompt) + placed_readings(text, accepted)
    out += genus_readings(text, q.prompt) + styled_readings(text)  # r464 B; 'Br. Adam' (r524)
    if "religion" in kinds and " " not in text.strip():
        out += faith_adjective(text, accepted)  # 'Islamic' for Islam
    if "organisation" in kinds:  # 'the CSTO military alliance', 'the EEU bloc'
        out += body_readings(text, accepted) + described_readings(text, vocabulary)
    if any(k.endswith("company") for k in kinds):  # 'Gazprom PJSC', an imported 'Apple Corps'
        out += company_readings(text, accepted, vocabulary_tables(vocabulary).places)
    if kinds & PERSON_KINDS or is_person_key(q, vocabulary):
        people = same_person_readings(text, accepted)  # 'Dr. E. Mitchell', 'Sir H. Davy'
        out += people  # and each without its owner: 'President Mirziyoyev of Uzbekistan' (r327)
        out += [r for p in people for r in owner_readings(p, accepted, q.prompt)]
    return out


def _kinds(q: Question, vocabulary: dict[str, str]) -> set[str]:
    return {entity_kind(vocabulary[a]) for a in _accepted(q) if a in vocabulary}


def _names_person(q: Question, vocabulary: dict[str, str]) -> bool:
    return bool(_kinds(q, vocabulary) & PERSON_KINDS) or is_person_key(q, vocabulary)


def _accepted(q: Question) -> set[str]:
    return {normalise(a) for a in [*q.answer, *q.accepted]} - {""}


def _check_one(q: Question, text: str, expected: str, vocabulary: dict[str, str]) -> Verdict:
    given = normalise(text)
    long_form = (
        "" if given.removeprefix("the ") in OTHER_COUNTRY_FORMS else _LONG_FORM.sub("", given)
    )
    if long_form != given and long_form:  # 'Republic of Kazakhstan', 'the Russian Federation'
        inner = _check_one(q, long_form, expected, vocabulary)
        if inner.verdict == "correct":
            return Verdict("correct", expected, understood=given)
    if not given:
        return Verdict("wrong", expected, "No answer given.")
    names = [*q.answer, *q.accepted]
    accepted = {normalise(a) for a in names} - {""}
    if given in accepted or by_symbol(q, text):  # 'Hg' for mercury, 'Pa' for pascal (r664 B)
        return Verdict("correct", expected, understood=given)
    keys = {vocabulary[a] for a in accepted if a in vocabulary}
    if given in vocabulary:
        if vocabulary[given] in keys:
            return Verdict("correct", expected, understood=given)
        return Verdict("wrong", expected, "That is another name in the deck.", given)
    proper = any(w[:1].isupper() for w in names for w in w.split())
    if proper and _same_when_folded(given, accepted, keys, vocabulary, transliteration_fold):
        return Verdict("correct", expected, understood=given)  # 'Mirziyoev'
    foldable = {a for a in accepted if " " in a} if proper else accepted  # 'Sucer' (r325)
    if _same_when_folded(given, foldable, keys, vocabulary, spelling_fold):
        return Verdict("correct", expected, understood=given)  # 'Kennedy Space Centre'
    if any(_same_when_folded(given, accepted, keys, vocabulary, f) for f in _MARK_FOLDS):
        return Verdict("correct", expected, understood=given)  # 'Washington DC' (name_marks.py)
    words = content_words(given)
    if words and _by_meaning(q, words, given, accepted, keys, vocabulary):
        return Verdict("correct", expected, understood=" ".join(words))
    stem_words = set(content_words(q.prompt))
    person = is_person_key(q, vocabulary)  # 'Eric Arthur Blair' for Eric Blair
    if any(
        qualified(given, n, stem_words, keys, vocabulary, person) for n in [*q.answer, *q.accepted]
    ):
        note = f"Right - the deck's answer is {q.answer[0]}."  # the qualifier is not checked
        return Verdict("correct", expected, note, understood=given)
    return spelling_verdict(q, given, words, accepted, vocabulary, expected)


def _same_when_folded(
    given: str,
    accepted: set[str],
    keys: set[str],
    vocabulary: dict[str, str],
    fold: Callable[[str], str],
) -> bool:
    """The answer and an accepted name are one spelling under `fold`, and no other name of
    the deck is."""
    folded = fold(given)
    short = len(folded) < 4 and not _DOTTED.fullmatch(given)  # 'E.E.U.' is 'EEU', spelt out
    if short or not any(fold(a) == folded for a in accepted):
        return False
    return not any(e not in keys and fold(n) == folded for n, e in vocabulary.items())


def _by_meaning(
    q: Question,
    words: tuple[str, ...],
    given: str,
    accepted: set[str],
    keys: set[str],
    vocabulary: dict[str, str],
) -> bool:
    stem_words = set(content_words(q.prompt))
    person = is_person_key(q, vocabulary)  # a name's -s is no plural: 'Owen' is not 'Owens'
    for name in [*q.answer, *q.accepted]:
        key_words = content_words(name)
        same = not person or sorted(given.split()) == sorted(normalise(name).split())
        same = same and _CODED.findall(given) == _CODED.findall(normalise(name))  # '39a' (r426 C)
        if words == key_words and figures_in(given) == figures_in(name) and same:
            return True  # words in any order, but figures in theirs: not "-100 to 0" for 0 to 100
        missing = Counter(key_words) - Counter(words)
        extra = Counter(words) - Counter(key_words)
        if (
            not extra
            and missing
            and set(missing) <= stem_words
            and enough_left(name, words)
            and same
        ):
            return True
    if len(keys) != 1:
        return False  # a described value ("carbon dioxide"), not a named thing: no head nouns
    tables = vocabulary_tables(vocabulary)
    heads, kinds = tables.heads, tables.kinds
    if kinds[entity_kind(next(iter(keys)))] > 1:
        return False  # "rule" cannot tell "authoritarian rule" from the deck's other regimes
    for name in [*q.answer, *q.accepted]:
        head = head_noun(name)
        said = head in stem_words  # "planet" for "rocky planet" when asked what type of planet
        if head is not None and not said and (given == head or stem(given) == head):
            rivals = heads.get(head, set()) - keys
            if not rivals:
                return True
    return False


_CODED = re.compile(r"\b\d+[a-z]\b")  # a pad, a flight, a part: '39a' is not '39'
