"""An answer said as a sentence that restates the question: 'Kyrgyzstan joined the EEU',
'It landed in the Ocean of Storms', 'John Young commanded it', 'Apollo 8 made 10 orbits',
'NASA cancelled it in January 1970', 'the religion of Islam' (reviews r340, r341: each was
graded wrong).

The answer is a run of words at the start or the end of the sentence; the rest (the frame)
may hold only the question's own words (a verb in any tense: 'joined' for 'join', 'made' for
'make'), pronouns, 'there', forms of 'be', 'have' and 'do', articles, prepositions and words
of naming ('called'); and it must make a sentence (a pronoun, a form of 'be', 'have' or 'do',
a verb of the question in another tense). A list or a hedge ('or', 'not', a comma, brackets)
is no sentence. The checker grades each run and keeps the best verdict, so a wrong answer
inside a frame stays wrong ('Kazakhstan joined the EEU': its frame is not the question's).
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise

_WORD = re.compile(r"[\w'’.,-]+")
# words that make a sentence of the frame: one of them, or a verb of the question put in
# another tense ('joined' for 'join'), must be there ('at least 96 kg' is no sentence)
_SIGNAL = frozenset(
    {"it", "he", "she", "they", "we", "this", "that", "these", "those", "its", "his", "her"}
    | {"their", "there", "here", "is", "was", "are", "were", "be", "been", "has", "had", "have"}
    | {"did", "does", "do", "called", "named", "known", "mostly", "mainly", "largely", "chiefly"}
    | {"became", "become", "becomes", "remains", "remained", "elected", "appointed"}
    | {"he's", "she's", "it's", "that's", "they're", "there's"}  # 'He's from X' (r356 B)
)
_GENERIC = _SIGNAL | {"a", "an", "the", "in", "on", "at", "of", "to", "by", "from", "into", "as"}
# a list or a hedge is no sentence: 'Tajikistan (Kyrgyzstan)', 'X or Y', 'X, Y', 'not X'
_LISTED = re.compile(r"[()&/]|,(?!\d)|\b(?:or|nor|not|either|neither|but)\b", re.IGNORECASE)
_OF_FRAME = re.compile(r"^(?:the )?(?:\w+ )+of$")  # 'the religion of Islam
_IRREGULAR = {
    "made": "make", "had": "have", "flew": "fly", "flown": "fly", "took": "take", "led": "lead",
    "won": "win", "sent": "send", "began": "begin", "begun": "begin", "gave": "give",
    "found": "find", "left": "leave", "went": "go", "came": "come", "built": "build",
    "brought": "bring", "held": "hold", "bought": "buy", "sold": "sell", "paid": "pay",
    "said": "say", "told": "tell", "kept": "keep", "spent": "spend", "became": "become",
    "ran": "run", "saw": "see", "seen": "see", "wrote": "write", "chose": "choose",
    "fell": "fall", "grew": "grow", "knew": "know", "rose": "rise", "stood": "stand",
    "lost": "lose", "met": "meet", "struck": "strike", "drew": "draw", "broke": "break",
}  # fmt: skip
# verbs a learner says for the question's ('Davy found it', 'Perey isolated it' for who is
# credited with discovering it: review r355 B)
_SAME_VERB: dict[str, tuple[str, ...]] = {"discover": ("find", "isolate", "identify", "discovery")}
_SAME_VERB["discovery"] = _SAME_VERB["discover"] + ("discover",)
_SAME_VERB["credit"] = ("discover", "find", "isolate")
# 'the main religion': 'most people are Muslim', 'Muslim majority' (review r353 A)
_SAME_VERB["main"] = ("most", "majority", "mostly", "mainly", "largely", "people", "population")
# words of the same meaning for the question's role or verb (reviews r356 C, r357 B): 'Cernan
# was the commander', 'Cernan led Apollo 17', 'Collins flew the command module', 'It touched
# down in the Sea of Tranquility', 'The lander was called Aquarius', 'China is the leader',
# 'Russia co-founded the EEU'. The key must still be right: 'Young led Apollo 17' stays wrong.
_SAME_VERB["command"] = ("commander", "lead", "charge", "cdr", "capsule")
_SAME_VERB["pilot"] = ("fly",)
_SAME_VERB["lunar"] = ("lander",)
_SAME_VERB["land"] = ("touch", "down", "set", "come", "lander")
_SAME_VERB["lead"] = ("leader", "ahead", "way", "first", "top", "most")
_SAME_VERB["found"] = ("co-found", "cofound", "help", "founder", "one", "among", "start")
_SAME_VERB["found"] += ("find", "launch", "set", "up", "create", "establish")  # 'set up' (r359 A)
_SAME_VERB["join"] = ("member", "enter", "accede", "sign", "up", "become", "admit")
_SAME_VERB["largest"] = ("most", "biggest", "largest", "main")
_SAME_VERB["military"] = ("troops", "soldiers", "forces", "base", "bases")
_SAME_VERB["president"] = ("leader", "lead", "head", "rule", "run")
_MAX_WORDS = 16


def restated_spans(text: str, prompt: str, *, named: bool = False) -> list[str]:
    """The runs of `text`, longest first, that may be the answer inside a frame of the
    question's words; empty when `text` is no such sentence. `named`: the key is a name, not a
    figure, so a name said first and followed by the question's own words is a sentence
    ('Bill Anders took Earthrise'; '96 kg at least' is no such sentence)."""
    words = _WORD.findall(text)
    if not 2 <= len(words) <= _MAX_WORDS or _LISTED.search(text):
        return []
    plain = {w.strip(" ,.") for w in _WORD.findall(normalise(prompt))}
    plain |= _initials(_WORD.findall(normalise(prompt)))  # 'the CMP' (review r354 H)
    asked = {_root(w) for w in plain}
    asked |= {_root(other) for w in asked for other in _SAME_VERB.get(w, ())}
    framing = [_frames(w, asked) for w in words]
    spans: list[tuple[int, str]] = []
    for start in range(len(words)):
        if start and not framing[start - 1]:
            break
        for end in range(len(words), start, -1):
            if end < len(words) and not framing[end]:
                break
            if (start, end) == (0, len(words)):
                continue
            # the name first, then a verb of the question and more, or that verb alone ('Bill
            # Anders took Earthrise', 'China leads': r356 C); or the question's subject and
            # verb before the name ('Russia launched the EEU': r359 A)
            verb_after = len(words) - end > 1 or _verb_alone(words[end:])
            said_first = named and not start and verb_after
            said_first = said_first and normalise(words[end]).strip(" ,.") in plain
            said_last = (
                named and end == len(words) and start > 1 and _verb_alone(words[start - 1 : start])
            )
            span = " ".join(words[start:end]).strip(" ,.")
            owner = _POSSESSIVE.sub("", span)  # "Uzbekistan's president" (review r356 B)
            owned = owner != span and end < len(words)  # the question's noun after it
            if owned and all(_plain(w, plain) for w in words[end:]):
                if not start or _sentence(words[:start], words[end:], asked, plain):
                    spans.append((end - start, owner))
            elif said_first or said_last or _sentence(words[:start], words[end:], asked, plain):
                spans.append((end - start, span))
    return [s for _, s in sorted(spans, key=lambda x: -x[0]) if s]


def _sentence(before: list[str], after: list[str], asked: set[str], plain: set[str]) -> bool:
    """The frame makes a sentence: a pronoun, a form of 'be', 'have' or 'do', a word of
    naming, a verb of the question in another tense, or 'the <question's noun> of' before."""
    frame = [normalise(w).strip(" ,.") for w in before + after]
    if any(w in _SIGNAL or (w not in plain and _asked(w, asked)) for w in frame):
        return True
    return not after and _OF_FRAME.match(" ".join(frame)) is not None


def _verb_alone(after: list[str]) -> bool:
    """One inflected word after the name: 'China leads' (review r356 C), not 'Vietnam Sea'."""
    return len(after) == 1 and re.search(r"[a-z](?:s|ed)$", normalise(after[0])) is not None


_POSSESSIVE = re.compile(r"['’]s$")


def _plain(word: str, plain: set[str]) -> bool:
    w = normalise(word).strip(" ,.")
    return w in plain or w in _GENERIC


def _initials(words: list[str]) -> set[str]:
    """The initials of each run of two to four words: 'command module pilot' -> 'cmp'."""
    heads = [w[0] for w in words if w[:1].isalpha()]
    return {"".join(heads[i : i + n]) for n in (2, 3, 4) for i in range(len(heads) - n + 1)}


def _frames(word: str, asked: set[str]) -> bool:
    w = normalise(word).strip(" ,.")
    return w in _GENERIC or _asked(w, asked)


def _asked(word: str, asked: set[str]) -> bool:
    root = _root(word)  # 'Central Asians' for 'Central Asia'
    if root in asked or (root.endswith("an") and root[:-1] in asked):
        return True
    # a word of the same stem: 'investor' for 'investment' (review r356 C)
    return len(root) >= _STEM and any(a[:_STEM] == root[:_STEM] for a in asked)


_STEM = 6


def _root(word: str) -> str:
    """'joined' -> 'join', 'cancelled' -> 'cancel', 'landed' -> 'land', 'made' -> 'make'."""
    w = normalise(word).strip(" ,.").removesuffix("'s").removesuffix("’s")  # 'sodium's' (r355 C)
    if w in _IRREGULAR:
        return _root(_IRREGULAR[w])
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]  # 'cancell' -> 'cancel', 'plann' -> 'plan'
    return w.rstrip("e")
