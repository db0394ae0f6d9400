"""The last step of grading a typed name (check_text.py): how near a spelling is to an
accepted form, and whether that makes it a slip (a near miss) or another word or name (wrong).

A small edit distance from the key, an alias or their content words (1 for short answers, 2 for
longer; answers of three letters or fewer must be exact) is a near miss, unless it is another
word rather than a slip (slips.py) or another name of the deck is as close (Iran/Iraq).
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from quizapp.facts.normalise import normalise
from quizapp.generate.name_marks import joined_fold, mark_fold
from quizapp.generate.question import Question
from quizapp.generate.slips import no_slip
from quizapp.generate.text_words import SHORT, TINY, content_words, figures_in
from quizapp.generate.verdict import Verdict


def spelling_verdict(
    q: Question,
    given: str,
    words: tuple[str, ...],
    accepted: set[str],
    vocabulary: dict[str, str],
    expected: str,
) -> Verdict:
    forms = accepted | {" ".join(content_words(a)) for a in accepted}
    forms |= {mark_fold(a) for a in accepted}  # 'Wahsington DC' for Washington, D.C.
    apart = {a: OSA.distance(given, a) for a in forms}  # each form's distance, worked out once
    folded = mark_fold(given)
    best = min([*apart.values(), *(OSA.distance(folded, a) for a in forms)], default=99)
    best = min(best, _joined_distance(given, accepted))
    if len(words) > 1 and any(figures_in(given) == figures_in(a) for a in accepted):
        # sorted content words forgive word order, never the order of figures ("100 to 0"); one
        # word has no order to forgive ('davis' -> 'davi' for Davy, review r313 #65)
        best = min(best, min(OSA.distance(" ".join(words), a) for a in forms))
    # a tiny name allows no slip ('Na, K' is none of 'Na': r358 B); of forms as near, the
    # longest, so that the verdict never hangs on a set's order ('EEEU': review r457 I)
    nearest = min(sorted(apart), key=lambda a: (apart[a], -len(a)), default=given)
    size = len(nearest) if len(nearest) <= TINY else len(given)
    allowed = 0 if size <= TINY else 1 if size <= SHORT else 2
    lettered = len(words) > 1 and all(len(w) == 1 for w in words)  # 'D, E and K': no slip
    if best > allowed or lettered or all(figures_in(given) != figures_in(a) for a in accepted):
        return Verdict("wrong", expected, understood=given)  # 'Falcon 9' is no slip (r375 D)
    if _another_name_added(given, closest := [a for a in forms if apart[a] == best], vocabulary):
        return Verdict("wrong", expected, "That names another answer beside it.", given)
    # a place for a place is another place; a key of free text is no place ('Colombia' for
    # the command module Columbia is a slip: review r354 G)
    placed = not vocabulary or any(normalise(a) in vocabulary for a in accepted)
    if no_slip(given, closest, placed=placed):  # 'Bernie' for Bern: another word (slips.py)
        return Verdict("wrong", expected, understood=given)
    if given.split() and set(given.split()) <= set(content_words(q.prompt)) - set(
        " ".join(forms).split()
    ):
        # 'psilocin' for psilocybin, asked which compound turns into psilocin (review r464 D)
        return Verdict("wrong", expected, "That is the question's own word.", given)
    keys = {vocabulary[a] for a in accepted if a in vocabulary}
    rivals = [name for name, entity in vocabulary.items() if entity not in keys]
    if any(_distance(given, name, best) <= best for name in rivals):
        return Verdict("wrong", expected, "That is closer to another name in the deck.", given)
    # the name the slip is of, not always the first ('Putrajya' is Putrajaya: review r328)
    shown = next((n for n in [*q.answer, *q.accepted] if normalise(n) in closest), q.answer[0])
    return Verdict(
        "near_miss",
        expected,
        f"Close enough - mind the spelling: {shown.removesuffix('.')}.",
        given,
    )


def _joined_distance(given: str, accepted: set[str]) -> int:
    """Letters apart with the spaces dropped, where the words are split another way ('Nay Pyi
    Taw' for Naypyidaw: one letter), counting only names of about the answer's length: a word
    left out ('Washington' for Washington, D.C.; 'Council' for EU Council) is no slip."""
    joined = joined_fold(given)
    spaced = " " in given
    near = [
        OSA.distance(joined, joined_fold(a))
        for a in accepted
        if (spaced or " " in a) and abs(len(joined_fold(a)) - len(joined)) <= 1
    ]
    return min(near, default=99)


def _distance(given: str, name: str, cutoff: int) -> int:
    """Letters apart, as written or with the spaces dropped ('nay pyi taw', 'naypyidaw')."""
    spaced = OSA.distance(given, name, score_cutoff=cutoff)
    return min(spaced, OSA.distance(joined_fold(given), joined_fold(name), score_cutoff=cutoff))


def _another_name_added(given: str, closest: list[str], vocabulary: dict[str, str]) -> bool:
    """Whether the answer holds a whole word of its own, beside the form it is nearest to,
    that is a name of the deck's ('hod' in 'baldr and hod'): a second answer, no slip."""
    near = {w for f in closest for w in f.split()}
    own = [w for w in given.split() if all(OSA.distance(w, n) > 1 for n in near)]
    return any(len(w) > 2 and w in vocabulary for w in own)
