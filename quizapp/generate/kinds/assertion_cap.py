"""The assertion-reason key cap: no key above KEY_CAP of the kind's items, since a learner who
always picks one choice should gain little (session 20: 14, 14, 2 and 1 of 31 keys, so always
'explains' scored 45.2%)."""

from __future__ import annotations

from collections import Counter

KEY_CAP = 0.45  # no key above this share of the kind's items: always one choice gains little


def over_cap(
    asked: dict[tuple[str, str, str], str], links: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """The links left unasked so that no key is keyed more than KEY_CAP of the time: where
    few links can be falsified, both-true keys crowd the rest (session 20: 14, 14, 2 and 1 of
    31, so always 'explains' scored 45.2%). `links` in the order they may go, last first:
    the latest-chosen links of the most frequent key whose assertion is a claim, then the
    others (the first links chosen keep a claim no other item asks asked; a fact's own
    assertion item may be one of its two items: Uzbekistan's lack of interest in the EEU)."""
    left = dict(asked)
    dropped: list[tuple[str, str, str]] = []
    while left:
        counts = Counter(left.values())
        top, n = counts.most_common(1)[0]
        if n <= KEY_CAP * len(left) or _even(counts):
            break
        # a link whose two statements other links still ask goes first: dropping it leaves
        # nothing unasked (Apollo's Kennedy-goal link was the only one asking its claims)
        tops = [k for k in reversed(links) if left.get(k) == top]
        last = next((k for k in tops if _asked_elsewhere(k, left)), tops[0])
        del left[last]
        dropped.append(last)
    return dropped


def _even(counts: Counter[str]) -> bool:
    """Two keys, asked as evenly as they can be: no drop brings either under the cap, and
    dropping on emptied the Apollo deck's kind (7 and 6 of 13 in session 21)."""
    return len(counts) == 2 and max(counts.values()) - min(counts.values()) <= 1


def _asked_elsewhere(link: tuple[str, str, str], left: dict[tuple[str, str, str], str]) -> bool:
    """Both of the link's statements are ends of another link still asked."""
    others = {n for k in left if k != link for n in k[:2]}
    return link[0] in others and link[1] in others
