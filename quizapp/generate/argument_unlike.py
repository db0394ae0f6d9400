"""The search for wrong options that are pairwise unlike, where picking them greedily, nearest
first, falls short (argument_pools.beside): one option alike two others shuts both out, while
the two of them and a third would do."""

from __future__ import annotations

from collections.abc import Callable

SEARCHED = 12  # the nearest candidates unlike_set searches for mutually unlike wrong options


def unlike_set(order: list[str], n: int, apart: Callable[[str, str], bool]) -> list[str]:
    """The first n candidates in `order`, searched depth first among its first SEARCHED only,
    that are pairwise `apart`; none if there are not. At seed 2 the greedy pass left the
    uranium fact's reverse claim-evidence item two options short. The cap bounds the search
    at sum(C(SEARCHED, k) for k <= n) partial sets (299 for three options) however large the
    pool; the bundled decks' pools that reach it have at most 5 candidates."""
    head = order[:SEARCHED]

    def extend(picked: list[str], start: int) -> list[str]:
        if len(picked) == n:
            return picked
        for i in range(start, len(head)):
            c = head[i]
            if all(apart(c, p) for p in picked):
                found = extend([*picked, c], i + 1)
                if found:
                    return found
        return []

    return extend([], 0)
