"""The reading review's draw keeps the rubric's rule: 80 items, every kind at least three times
where the pool has that many, no item twice, the same draw for the same seed."""

from __future__ import annotations

from collections import Counter

from tests.support.reading_sample import draw, readable


def _pool() -> list[dict[str, object]]:
    sizes = {"mcq": 40, "typed": 50, "matching": 2, "ordering": 1, "true_false": 30}
    return [
        {
            "id": f"{k}-{i}",
            "kind": k,
            "prompt": f"{k} {i}?",
            "answer": ["x"],
            "options": None,
            "explanation": "e",
            "citation": "c",
        }
        for k, n in sizes.items()
        for i in range(n)
    ]


def test_every_kind_is_drawn_up_to_three_times_and_no_item_twice() -> None:
    items = draw(_pool(), seed=7)
    kinds = Counter(str(i["kind"]) for i in items)
    assert len(items) == 80 and len({i["id"] for i in items}) == 80
    assert kinds["matching"] == 2 and kinds["ordering"] == 1
    assert all(kinds[k] >= 3 for k in ("mcq", "typed", "true_false"))


def test_the_same_seed_draws_the_same_items_and_another_seed_others() -> None:
    ids = [[i["id"] for i in draw(_pool(), seed=s)] for s in (7, 7, 8)]
    assert ids[0] == ids[1] and ids[0] != ids[2]


def test_a_small_pool_is_drawn_whole() -> None:
    pool = _pool()[:20]
    assert sorted(str(i["id"]) for i in draw(pool, seed=1)) == sorted(str(i["id"]) for i in pool)
    assert "## #1 " in readable(draw(pool, seed=1))
