"""Every cross-reference and whole-deck rule of facts/checks.py, each broken once (issue 19).

Each case edits the minimal deck in one place; the loader must refuse it with the finding for
that place and no other, so a check that stops firing (or fires on the wrong field) fails here.
"""

from __future__ import annotations

import pytest

from quizapp.facts.loader import parse_deck
from tests.unit.test_loader import MINIMAL, problems_of

ORG = "  - {id: o, kind: organisation, name: Org, article: the}\n"
ORGS = ORG + "  - {id: p, kind: organisation, name: Pact, article: the}\n"
MEMBER = "    functional: false\n    templates:\n      forward: Which body"
SHARE = "    object_type: percentage\n    functional: true\n"
FACT_A = "  - id: a-in-o\n    subject: a\n    relation: member-of\n    object: o\n"
PROV_A = "    provenance: {source: src, section: 1, paragraph: 1}\n"

CASES: list[tuple[str, str, str, str]] = [
    # (name, old text, new text, the expected finding, located)
    (
        "duplicate id",
        "  - {id: t, title: T}\n",
        "  - {id: t, title: T}\n  - {id: t, title: U}\n",
        "duplicate id 't' (first at topics[0]) (at topics[1].id)",
    ),
    (
        "symbol clash",
        ORG,
        ORG.replace("}", ", symbol: Og}")
        + "  - {id: o2, kind: organisation, name: Other, symbol: Og}\n",
        "symbol 'Og' is also used by entity 'o' (at entities[3].symbol)",
    ),
    (
        "name clash",
        ORG,
        ORG + "  - {id: o2, kind: organisation, name: Other, aliases: [Alpha]}\n",
        "name 'alpha' is also used by entity 'a' (at entities[4].aliases)",
    ),
    (
        "universe: unknown entity",
        MEMBER,
        "    functional: false\n    closed_world: true\n    universe: [a, zeta]\n"
        "    templates:\n      forward: Which body",
        "unknown entity 'zeta' (at relations[0].universe[1])",
    ),
    (
        "universe: wrong kind",
        MEMBER,
        "    functional: false\n    closed_world: true\n    universe: [o]\n"
        "    templates:\n      forward: Which body",
        "'o' is a organisation, not one of ['country'] (at relations[0].universe[0])",
    ),
    (
        "complete_for: unknown entity",
        MEMBER,
        "    functional: false\n    complete_for: [zeta]\n"
        "    templates:\n      forward: Which body",
        "unknown entity 'zeta' (at relations[0].complete_for[0])",
    ),
    (
        "unit on a percentage",
        SHARE,
        SHARE + "    unit: tonne\n",
        "unit only applies to quantity relations (at relations[1].unit)",
    ),
    (
        "unknown subject",
        FACT_A,
        FACT_A.replace("subject: a", "subject: omega"),
        "unknown entity 'omega' (at facts[0].subject)",
    ),
    (
        "subject of the wrong kind",
        FACT_A,
        FACT_A.replace("subject: a", "subject: o").replace("object: o", "object: p"),
        "relation 'member-of' takes a subject of kind country, but 'o' is a organisation "
        "(at facts[0].subject)",
    ),
    (
        "unknown relation",
        FACT_A,
        FACT_A.replace("relation: member-of", "relation: ruled-by"),
        "unknown relation 'ruled-by' (at facts[0].relation)",
    ),
    (
        "unknown object",
        FACT_A,
        FACT_A.replace("object: o", "object: omega"),
        "unknown entity 'omega' (at facts[0].object)",
    ),
    (
        "object of the wrong kind",
        FACT_A,
        FACT_A.replace("object: o", "object: b"),
        "relation 'member-of' takes an object of kind organisation, but 'b' is a country "
        "(at facts[0].object)",
    ),
    (
        "an entity where a value is due",
        "    object: {kind: percentage, value: 40}\n",
        "    object: o\n",
        "relation 'share' takes a percentage value, not an entity id (at facts[1].object)",
    ),
    (
        "a value of the wrong kind",
        "    object: {kind: percentage, value: 40}\n",
        "    object: {kind: year, value: 2000}\n",
        "relation 'share' takes a percentage value, not a year value (at facts[1].object.kind)",
    ),
    (
        "unknown topic",
        "    topics: [t]\n    provenance: {source: src, section: 1, paragraph: 1}",
        "    topics: [t, nope]\n    provenance: {source: src, section: 1, paragraph: 1}",
        "unknown topic 'nope' (at facts[0].topics[1])",
    ),
    (
        "unknown source",
        PROV_A,
        PROV_A.replace("source: src", "source: nosrc"),
        "unknown source 'nosrc' (at facts[0].provenance.source)",
    ),
    (
        "no such section",
        PROV_A,
        PROV_A.replace("section: 1", "section: 4"),
        "source 'src' has no section 4 (at facts[0].provenance.section)",
    ),
    (
        "paragraph past the section",
        PROV_A,
        PROV_A.replace("paragraph: 1", "paragraph: 3"),
        "section 1 of 'src' has 2 paragraphs, not 3 (at facts[0].provenance.paragraph)",
    ),
]


def _edit(old: str, new: str) -> str:
    assert MINIMAL.count(old) == 1, old
    return MINIMAL.replace(old, new).replace(ORG, ORGS)


@pytest.mark.parametrize(("name", "old", "new", "finding"), CASES, ids=[c[0] for c in CASES])
def test_each_broken_reference_is_refused_at_its_place(
    name: str, old: str, new: str, finding: str
) -> None:
    parse_deck(MINIMAL)  # the unbroken deck loads
    got = problems_of(_edit(old, new))
    assert [p.split(": ", 1)[1] for p in got] == [finding], got


def test_a_fact_stated_twice_and_a_functional_clash() -> None:
    fact_b = MINIMAL[MINIMAL.index("  - id: b-share") :]
    twice = MINIMAL + fact_b.replace("id: b-share", "id: b-share-2")
    assert [p.split(": ", 1)[1] for p in problems_of(twice)] == [
        "the same fact is stated in facts[1] (at facts[2])"
    ]
    clash = MINIMAL + fact_b.replace("id: b-share", "id: b-share-2").replace(
        "value: 40", "value: 41"
    )
    assert [p.split(": ", 1)[1] for p in problems_of(clash)] == [
        "relation 'share' is functional, but 'b' already has an object in facts[1] "
        "(at facts[2].object)"
    ]
