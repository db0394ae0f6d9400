"""The deck defences that tests/unit/test_deck_references.py does not reach (issue 19, mutation
testing of quizapp/facts): text where a value is due, an entity related to itself, units,
scopes, background provenance, bounds, claims, links and comparisons, and the unused-entity
warnings. Each case breaks the deck in one place and expects exactly the finding for that
place, so a defence that stops firing, fires twice or points at the wrong field fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.facts.loader import deck_warnings_of, parse_deck
from quizapp.facts.values import Quantity
from tests.unit.test_claims_model import CLAIMS
from tests.unit.test_loader import MINIMAL, problems_of

EVENT = "  - {id: ev, kind: event, name: The great fire}\n"
RELATIONS = """\
  - id: border-length
    subject_kinds: [country]
    object_type: quantity
    functional: true
    unit: km
    templates:
      forward: How long is the border of {subject}?
      statement: "The border of {subject} is {object} long."
  - id: distance
    subject_kinds: [country]
    object_type: quantity
    functional: true
    templates:
      forward: How far is {subject} from the sea?
      statement: "{subject} lies {object} from the sea."
  - id: borders
    subject_kinds: [country]
    object_type: entity
    object_kinds: [country]
    functional: false
    templates:
      forward: Which country does {subject} border?
      statement: "{subject} borders {object}."
  - id: scoped-share
    subject_kinds: [country]
    object_type: percentage
    functional: true
    templates:
      forward: What share of {scope} does {subject} hold?
      statement: "{subject} holds {object} of {scope}."
  - id: happened-in
    subject_kinds: [event, country]
    object_type: year
    functional: true
    templates:
      forward: In which year did {subject} happen?
      statement: "{subject} happened in {object}."
  - id: founded-on
    subject_kinds: [country]
    object_type: date
    functional: true
    templates:
      forward: When was {subject} founded?
      statement: "{subject} was founded on {object}."
"""
PROV = "    explanation: As the source says.\n    topics: [t]\n"
PROV += "    provenance: {source: src, section: 1, paragraph: 1}\n"
FACTS = f"""\
  - id: a-border
    subject: a
    relation: border-length
    object: {{kind: quantity, value: 120, unit: km}}
{PROV}\
  - id: a-distance
    subject: a
    relation: distance
    object: {{kind: quantity, value: 300, unit: km, measure: true}}
{PROV}\
  - id: a-borders-b
    subject: a
    relation: borders
    object: b
{PROV}\
  - id: a-scoped
    subject: a
    relation: scoped-share
    object: {{kind: percentage, value: 10}}
    qualifiers: {{scope: the grain trade}}
{PROV}\
  - id: fire-year
    subject: ev
    relation: happened-in
    object: {{kind: year, value: 1900}}
{PROV}\
  - id: a-year
    subject: a
    relation: happened-in
    object: {{kind: year, value: 1905}}
{PROV}\
  - id: a-founded
    subject: a
    relation: founded-on
    object: {{kind: date, year: 1846, month: 12, day: 31}}
{PROV}\
"""
BASE = (
    MINIMAL.replace("relations:\n", EVENT + "relations:\n", 1).replace(
        "facts:\n", RELATIONS + "facts:\n", 1
    )
    + FACTS
)


def findings(text: str) -> list[str]:
    """The loader's messages for a broken deck, each with its place, without file and line."""
    return [p.split(": ", 1)[1] for p in problems_of(text)]


def edit(old: str, new: str, base: str = BASE) -> str:
    assert base.count(old) == 1, old
    return base.replace(old, new)


def test_the_base_decks_load() -> None:
    assert len(parse_deck(BASE, "deck.yaml").facts) == 9
    assert len(parse_deck(BASE + CLAIMS, "deck.yaml").claims) == 2


OBJECT_CASES = [
    (
        "a date written as text",
        "object: {kind: percentage, value: 40}",
        "object: 1846-09",
        "relation 'share' takes a percentage value, not the text '1846-09'; write a date as "
        "{kind: date, year: 1846, month: 9, day: 23} and a year as {kind: year, value: 1846} "
        "(at facts[1].object)",
    ),
    (
        "a value written as text",
        "object: {kind: percentage, value: 40}",
        "object: forty",
        "relation 'share' takes a percentage value, not the text 'forty'; write a value as a "
        "mapping with its kind, such as {kind: quantity, value: 12, unit: km} (docs/authoring.md "
        "lists every kind) (at facts[1].object)",
    ),
    (
        "an entity related to itself",
        "    relation: borders\n    object: b\n",
        "    relation: borders\n    object: a\n",
        "subject and object are the same entity (at facts[4].object)",
    ),
    (
        "a quantity in another unit than its relation's",
        "{kind: quantity, value: 120, unit: km}",
        "{kind: quantity, value: 120, unit: miles}",
        "relation 'border-length' counts 'km', not 'miles' (at facts[2].object.unit)",
    ),
    (
        "a scoped template without a scope",
        "    qualifiers: {scope: the grain trade}\n",
        "",
        "relation 'scoped-share' templates use {scope}: give qualifiers.scope "
        "(at facts[5].qualifiers)",
    ),
    (
        "a scale in a measured unit",
        "value: 300, unit: km, measure: true",
        "value: 300, unit: million km, measure: true",
        "unit 'million km' holds a scale: write unit: 'km' and scale: million "
        "(at facts[3].object.unit)",
    ),
    (
        "a measured unit no units library knows",
        "value: 300, unit: km, measure: true",
        "value: 300, unit: leagues of old, measure: true",
        "unit 'leagues of old' is not a physical unit the units library knows (pint); use its "
        "symbol or name (km, °C, kg/m³), or drop measure: true for a count "
        "(at facts[3].object.unit)",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "finding"), OBJECT_CASES)
def test_each_bad_object_is_refused_at_its_place(
    name: str, old: str, new: str, finding: str
) -> None:
    assert findings(edit(old, new)) == [finding], name


def test_a_count_may_use_any_unit_and_a_scale_word_alone_is_a_unit() -> None:
    count = edit("value: 300, unit: km, measure: true", "value: 300, unit: million people")
    obj = parse_deck(count, "deck.yaml").facts[3].object
    assert isinstance(obj, Quantity) and obj.unit == "million people"
    one_word = edit("value: 300, unit: km, measure: true", "value: 300, unit: m, measure: true")
    parse_deck(one_word, "deck.yaml")


def test_background_provenance_skips_the_section_checks_but_not_the_source() -> None:
    background = "    provenance: {source: src, background: true}\n"
    fact = "    relation: borders\n    object: b\n" + PROV
    bg = edit(
        fact, fact.replace("    provenance: {source: src, section: 1, paragraph: 1}\n", background)
    )
    assert parse_deck(bg, "deck.yaml").facts[4].provenance.background
    no_src = bg.replace("{source: src, background: true}", "{source: nosrc, background: true}")
    assert findings(no_src) == ["unknown source 'nosrc' (at facts[4].provenance.source)"]


# -- bounds ------------------------------------------------------------------------------------
def test_relation_bounds_go_lowest_first_and_must_hold_each_fact() -> None:
    share = "    functional: true\n    templates:\n      forward: What share does"
    wrong_way = edit(
        share, share.replace("functional: true\n", "functional: true\n    bounds: [100, 1]\n")
    )
    assert findings(wrong_way) == [
        "bounds go lowest first: [lowest, highest] (at relations[1].bounds)",
        "the value lies outside relation 'share''s bounds (at facts[1].object)",
    ]
    for bounds, ok in (("[40, 40]", True), ("[41, null]", False), ("[null, 39]", False)):
        text = edit(
            share, share.replace("functional: true\n", f"functional: true\n    bounds: {bounds}\n")
        )
        if ok:
            parse_deck(text, "deck.yaml")
        else:
            assert findings(text) == [
                "the value lies outside relation 'share''s bounds (at facts[1].object)"
            ], bounds


@pytest.mark.parametrize(
    ("fact", "bounds", "ok"),
    [
        ("b-share", "[40, 40]", True),  # 40%: the edges are in
        ("b-share", "[0, 39.5]", False),
        ("b-share", "[40.5, 100]", False),
        ("b-share", "[null, 40]", True),
        ("b-share", "[40, null]", True),
        ("a-founded", "[1846, 1846]", True),  # 31 December 1846 is still in 1846
        ("a-founded", "[1800, 1845]", False),
        ("a-founded", "[1847, 1900]", False),
        ("fire-year", "[1900, 1900]", True),
        ("fire-year", "[1901, null]", False),
        ("a-in-o", "[0, 10]", False),  # bounds are for numbers: an entity is never within them
    ],
)
def test_a_facts_own_bounds_must_hold_its_value(fact: str, bounds: str, ok: bool) -> None:
    text = edit(f"  - id: {fact}\n", f"  - id: {fact}\n    bounds: {bounds}\n")
    if ok:
        parse_deck(text, "deck.yaml")
        return
    index = [f.id for f in parse_deck(BASE, "deck.yaml").facts].index(fact)
    assert findings(text) == [f"the value lies outside its own bounds (at facts[{index}].object)"]


# -- claims, links, comparisons ---------------------------------------------------------------
def claim_findings(old: str, new: str, extra: str = "") -> list[str]:
    return findings(edit(old, new, BASE + CLAIMS) + extra)


BETA = (
    "    text: Beta is a strong economy.\n    provenance: {source: src, section: 1, paragraph: 2}"
)
CLAIM_CASES = [
    (
        "evidence: [a-in-o]",
        "evidence: [a-in-o, nothing]",
        ["unknown fact 'nothing' (at claims[0].evidence[1])"],
    ),
    (
        BETA,
        BETA.replace("src,", "nosrc,"),
        ["unknown source 'nosrc' (at claims[1].provenance.source)"],
    ),
    (
        BETA,
        BETA.replace("section: 1", "section: 2"),
        ["source 'src' has no section 2 (at claims[1].provenance.section)"],
    ),
    (
        BETA,
        BETA.replace("paragraph: 2", "paragraph: 3"),
        ["section 1 has 2 paragraphs, not 3 (at claims[1].provenance.paragraph)"],
    ),
    (
        BETA,
        BETA.replace("section: 1, paragraph: 2", "background: true"),
        [],  # a background claim cites no paragraph
    ),
    (
        "  - id: beta-strong\n",
        "  - id: alpha-committed\n",
        [
            "duplicate id 'alpha-committed' (first at claims[0]) (at claims[1].id)",
            "unknown claim or fact 'beta-strong' (at links[1].source)",
        ],
    ),
    (
        "  - id: beta-strong\n",
        "  - id: a-year\n",
        [
            "id 'a-year' is also a fact's id (links could not tell them apart) (at claims[1].id)",
            "unknown claim or fact 'beta-strong' (at links[1].source)",
        ],
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), CLAIM_CASES)
def test_each_bad_claim_is_refused_at_its_place(old: str, new: str, expected: list[str]) -> None:
    if expected:
        assert claim_findings(old, new) == expected
    else:
        parse_deck(edit(old, new, BASE + CLAIMS), "deck.yaml")


def link(source: str, kind: str, target: str) -> str:
    """CLAIMS with one more link, before its comparisons."""
    extra = f"  - {{source: {source}, type: {kind}, target: {target}}}\n"
    return edit("comparisons:\n", extra + "comparisons:\n", BASE + CLAIMS)


LINK_CASES = [
    (
        "a-in-o",
        "contrasts_with",
        "alpha-committed",
        [  # either way round, it is against the claim
            "'a-in-o' is set against the claim by a 'contrasts_with' link: it is counter-evidence, "
            "not evidence (at claims[0].evidence[0])"
        ],
    ),
    ("nowhere", "so", "a-in-o", ["unknown claim or fact 'nowhere' (at links[2].source)"]),
    (
        "b-share",
        "evidence_for",
        "nowhere",
        ["unknown claim or fact 'nowhere' (at links[2].target)"],
    ),
    (
        "beta-strong",
        "despite",
        "alpha-committed",
        ["the same link is stated in links[1] (at links[2])"],
    ),
    (
        "a-in-o",
        "because",
        "alpha-committed",
        ["a 'because' link both ways (see links[0]) is circular (at links[2])"],
    ),
    ("alpha-committed", "despite", "beta-strong", []),  # 'despite' both ways is no circle
    (
        "fire-year",
        "because",
        "a-in-o",
        [
            "'fire-year' states a date or year, which a 'because' link cannot explain (a cause "
            "explains that the event happened, not its date): link a claim that states the event "
            "instead (at links[2].source)"
        ],
    ),
    (
        "a-in-o",
        "so",
        "fire-year",
        [
            "'fire-year' states a date or year, which a 'so' link cannot explain (a cause "
            "explains that the event happened, not its date): link a claim that states the event "
            "instead (at links[2].target)"
        ],
    ),
    (
        "fire-year",
        "despite",
        "a-in-o",
        [
            "'fire-year' states a date or year, which a 'despite' link cannot explain (a cause "
            "explains that the event happened, not its date): link a claim that states the event "
            "instead (at links[2].source)"
        ],
    ),
    ("a-in-o", "because", "fire-year", []),  # the date explains, it is not explained
    ("fire-year", "evidence_for", "beta-strong", []),  # evidence explains nothing
    ("a-year", "because", "a-in-o", []),  # a country's year states what it did, not a date
]


@pytest.mark.parametrize(("source", "kind", "target", "expected"), LINK_CASES)
def test_each_bad_link_is_refused_at_its_place(
    source: str, kind: str, target: str, expected: list[str]
) -> None:
    text = link(source, kind, target)
    if expected:
        assert findings(text) == expected
    else:
        assert len(parse_deck(text, "deck.yaml").links) == 3


COMPARISON = "  - {relation: share, more: holds a larger share, most: holds the largest share}\n"
COMPARISON_CASES = [
    ("relation: nothing", ["unknown relation 'nothing' (at comparisons[0].relation)"]),
    (
        "relation: borders",
        ["relation 'borders' takes entity values, not numbers (at comparisons[0].relation)"],
    ),
    ("relation: border-length", []),  # a quantity
    (
        "relation: a-rise",
        [
            "relation 'a-rise' is not functional: one value per subject is needed "
            "(at comparisons[0].relation)"
        ],
    ),
    (
        "more: saw a larger percentage rise, most: saw the largest rise",
        [
            "'saw the largest rise' compares a percentage change without saying so: write "
            "'percentage rise' (a larger rise could mean more people) (at comparisons[0].most)"
        ],
    ),
    ("more: grew faster in %, most: had the highest growth rate", []),
]


@pytest.mark.parametrize(("change", "expected"), COMPARISON_CASES)
def test_each_bad_comparison_is_refused_at_its_place(change: str, expected: list[str]) -> None:
    field = change.partition(": ")[0]
    if field == "relation":
        line = COMPARISON.replace("relation: share", change)
    else:
        line = "  - {relation: share, " + change + "}\n"
    rise = "  - id: a-rise\n    subject_kinds: [country]\n    object_type: money\n"
    rise += "    functional: false\n    templates:\n      forward: How much did {subject} gain?\n"
    rise += '      statement: "{subject} gained {object}."\n'
    text = edit(COMPARISON, line, BASE + CLAIMS).replace("facts:\n", rise + "facts:\n", 1)
    if expected:
        assert findings(text) == expected
    else:
        assert len(parse_deck(text, "deck.yaml").comparisons) == 1


def test_a_paragraph_length_is_at_least_one_word() -> None:
    words = BASE.replace("paragraphs: 2}", "paragraphs: 2, words: [40, 0]}", 1)
    assert findings(words) == [
        "a paragraph has at least one word (at sources[0].sections[0].words)"
    ]
    parse_deck(BASE.replace("paragraphs: 2}", "paragraphs: 2, words: [40, 1]}", 1), "deck.yaml")


# -- warnings ----------------------------------------------------------------------------------
def test_unused_entities_and_relations_are_warned_of_at_their_lines(tmp_path: Path) -> None:
    text = edit(
        EVENT,
        EVENT
        + "  - {id: lone, kind: country, name: Lonely}\n"  # used nowhere
        + "  - {id: far, kind: country, name: Faraway}\n"  # only in a universe
        + "  - {id: pact, kind: organisation, name: Pact}\n",  # only in a complete_for
    )
    text = text.replace(
        "  - id: distance\n",
        "  - id: unused\n    subject_kinds: [country]\n    object_type: entity\n"
        "    object_kinds: [organisation]\n    functional: false\n    closed_world: true\n"
        "    universe: [far]\n    complete_for: [pact]\n"
        "    templates:\n      forward: Which body is next to {subject}?\n"
        '      statement: "{subject} is next to {object}."\n  - id: distance\n',
        1,
    )
    path = tmp_path / "deck.yaml"
    path.write_text(text, encoding="utf-8")
    warnings = [
        str(w).split(": ", 1)[1] for w in deck_warnings_of(path, parse_deck(text, "deck.yaml"))
    ]
    assert warnings == [
        "warning: entity 'lone' is used by no fact (at entities[4])",
        "warning: relation 'unused' is used by no fact (at relations[3])",
    ]
    lines = text.splitlines()
    located = [str(w).split(":")[1] for w in deck_warnings_of(path, parse_deck(text, "deck.yaml"))]
    assert "id: lone" in lines[int(located[0]) - 1] and "id: unused" in lines[int(located[1]) - 1]
    assert deck_warnings_of(path, parse_deck(BASE, "deck.yaml")) == []
