"""Issue 16: card states are loaded without validating each record again, and the result is
the model validation would give; a record this program would not have written is validated
the ordinary way (and refused as before)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from quizapp.store import open_store
from quizapp.store.fast_load import load_cards
from quizapp.store.records import CardState

VALIDATED = TypeAdapter(list[CardState])
ZONES = st.sampled_from([UTC, timezone(timedelta(hours=5)), timezone(timedelta(hours=-3))])
MOMENTS = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=ZONES
)


@st.composite
def cards(draw: st.DrawFn) -> CardState:
    return CardState(
        learner=draw(st.sampled_from(["ann", "bo"])),
        deck_id="d",
        fact_id=draw(st.text(min_size=1, max_size=8)),
        fsrs={"card_id": draw(st.integers(1, 10**9)), "state": draw(st.integers(1, 3))},
        seen=draw(st.booleans()),
        suspended=draw(st.booleans()),
        buried_until=draw(st.none() | MOMENTS),
        lapses=draw(st.integers(0, 50)),
        reps=draw(st.integers(0, 500)),
        leech=draw(st.booleans()),
        last_item_id=draw(st.none() | st.text(max_size=10)),
        last_kind=draw(st.none() | st.sampled_from(["mcq", "typed"])),
        introduced_at=draw(st.none() | MOMENTS),
    )


def docs(states: list[CardState]) -> list[dict[str, Any]]:
    return [c.model_dump(mode="json") for c in states]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(cards(), max_size=12))
def test_a_fast_load_equals_a_validated_load(states: list[CardState]) -> None:
    rows = docs(states)
    fast = load_cards([(d, None) for d in rows])
    assert fast == VALIDATED.validate_python(rows) == states
    assert [c.model_dump(mode="json") for c in fast] == rows  # written back unchanged
    assert [c.key for c in fast] == [c.key for c in states]
    for card in fast:
        with pytest.raises(ValidationError):  # still a frozen model
            card.reps = 3  # type: ignore[misc]


def test_a_record_this_program_did_not_write_is_validated_and_refused() -> None:
    good = docs([CardState(learner="a", deck_id="d", fact_id="f", fsrs={})])[0]
    for bad in (
        {**good, "surprise": 1},  # extra field
        {**good, "buried_until": "yesterday"},  # not a moment
        {**good, "reps": "many"},
    ):
        with pytest.raises(ValidationError):
            load_cards([(good, None), (bad, None)])
    naive = {**good, "introduced_at": "2026-01-01T09:00:00"}
    assert load_cards([(naive, None)]) == VALIDATED.validate_python([naive])
    del good["leech"]  # an older record: the model's default fills it in, as before
    assert load_cards([(good, None)])[0].leech is False


def test_the_store_returns_the_cards_it_was_given() -> None:
    store = open_store(None)
    states = [
        CardState(
            learner="ann",
            deck_id="d",
            fact_id=f"f{i}",
            fsrs={"card_id": i},
            buried_until=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=i),
        )
        for i in range(5)
    ]
    for card in states:
        store.put_card(card)
    assert store.cards("ann", "d") == {c.fact_id: c for c in states}


def test_cards_read_twice_are_read_once_until_the_next_commit() -> None:
    store = open_store(None)
    first = CardState(learner="ann", deck_id="d", fact_id="f1", fsrs={"card_id": 1})
    store.put_card(first)
    a = store.cards("ann", "d")
    b = store.cards("ann", "d")
    assert a == b and a is not b and a["f1"] is b["f1"]  # the same states, not the same dict
    a.pop("f1")  # a caller's changes to its dict are its own
    assert store.cards("ann", "d") == {"f1": first}
    later = first.model_copy(update={"reps": 4})
    store.put_card(later)  # a commit: the next read sees it
    assert store.cards("ann", "d") == {"f1": later}
    store.put_card(CardState(learner="ann", deck_id="e", fact_id="g", fsrs={}))
    assert store.cards("ann", "e").keys() == {"g"}
    assert store.cards("ann", "d") == {"f1": later}
    assert store.cards("bo", "d") == {}


def test_cards_validated_when_the_database_opens_are_not_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a database checks every card record (damage is found at open), building the
    ones this program wrote directly, without pydantic (the open's largest cost at 10k cards);
    reading a deck's cards then takes those models as they are, and builds only cards
    written since."""
    from quizapp.store import fast_load

    store = open_store(tmp_path / "db")
    states = [
        CardState(learner="ann", deck_id="d", fact_id=f"f{i}", fsrs={"card_id": i})
        for i in range(4)
    ]
    for card in states:
        store.put_card(card)
    store.compact()
    store.close()
    built: list[str] = []
    real = fast_load._trusted

    def counted(doc: dict[str, Any]) -> CardState | None:
        built.append(doc["fact_id"])
        return real(doc)

    monkeypatch.setattr(fast_load, "_trusted", counted)
    store = open_store(tmp_path / "db")
    opened = [c.fact_id for c in states]
    assert built == opened  # each built once at open, by the fast path
    assert store.cards("ann", "d") == {c.fact_id: c for c in states}
    assert built == opened  # and taken as they are
    later = states[1].model_copy(update={"reps": 7})
    store.put_card(later)
    assert store.cards("ann", "d") == {c.fact_id: c for c in [states[0], later, *states[2:]]}
    assert built == [*opened, "f1"]  # only the card written since
    store.close()


def test_a_card_record_this_program_did_not_write_is_still_refused_at_open(
    tmp_path: Path,
) -> None:
    """The open's fast path for cards falls back to pydantic: damage is found as before."""
    import json

    from quizapp.store.errors import DatabaseCorrupt

    store = open_store(tmp_path / "db")
    store.put_card(CardState(learner="ann", deck_id="d", fact_id="f", fsrs={}))
    store.compact()
    store.close()
    main = tmp_path / "db" / "main.json"
    data = json.loads(main.read_text())
    (doc,) = data["cards"].values()
    doc["reps"] = "many"
    main.write_text(json.dumps(data))
    with pytest.raises(DatabaseCorrupt, match="reps"):
        open_store(tmp_path / "db")
