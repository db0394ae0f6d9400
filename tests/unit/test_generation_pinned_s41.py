"""Session 41 (issue 19): tests for the real survivors of seed 4101's mutation sample of
quizapp/generate, each stating what the code is for; the mutant it kills is named in its
docstring (docs/quality/mutation-session41-generate.md). Questions are built as the
generators build them, graded against the bundled deck's vocabulary, so no deck is generated.
"""

from __future__ import annotations

import pytest

from quizapp.facts.loader import parse_deck
from quizapp.generate.argument import argument_of
from quizapp.generate.argument_gates import statement_node, word_stems
from quizapp.generate.check_numbers import check_number
from quizapp.generate.check_shapes import check_shaped
from quizapp.generate.checker import check
from quizapp.generate.fact_links import NATIONALITIES, nationalities
from quizapp.generate.index import DeckIndex
from quizapp.generate.option_codes import coded_as_options
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.word_forms import base_form
from tests.support.bundled import CENTRAL_ASIA, CHEM, bundled_deck
from tests.support.questions import bare_question


def _question(kind: str, prompt: str, key: str, **more: object) -> Question:
    fields: dict[str, object] = {"template": "forward", "explanation": "", "citation": ""}
    return bare_question(kind, prompt=prompt, answer=[key], **(fields | more))


def _chemistry() -> dict[str, str]:
    return DeckIndex(bundled_deck(CHEM)).grading_vocabulary


# the item of the grading corpus's r382 B rows (chemical-elements mcq-882b8143bc86)
_GROUP_11 = _question(
    "mcq",
    "Which of these elements is in group 11 of the periodic table?",
    "copper",
    options=["sodium", "calcium", "copper", "sulfur"],
)


def test_an_elements_symbol_names_its_option() -> None:
    """option_codes.coded_as_options #56 (`re.sub(..., named, None)`: a TypeError for every choice
    answer graded with a deck that gives codes, such as the elements' symbols): 'Cu' is the
    option copper, 'Na' the option sodium, and an option's own letter stays a letter."""
    vocabulary = _chemistry()
    assert coded_as_options(_GROUP_11, "Cu", vocabulary) == "copper"
    assert coded_as_options(_GROUP_11, "C", vocabulary) == "C"  # the third option's letter
    assert check(_GROUP_11, "Cu", vocabulary).verdict == "correct"
    assert check(_GROUP_11, "C", vocabulary).verdict == "correct"
    assert check(_GROUP_11, "Na", vocabulary).verdict == "wrong"
    assert check(_GROUP_11, "Fe", vocabulary).verdict == "wrong"  # no option's symbol


def test_an_attributed_statement_is_the_claim_it_attributes() -> None:
    """argument_gates.statement_node #27 (`!= said` -> `== said`: the attribution no longer
    stripped): an option given the key's 'According to the briefing, ...' (argument_pools.
    same_attribution) is still the claim it states, so the gates know the key and the wrong
    options of a claim-evidence item whose key is attributed (one chemistry item, seed 0,
    lost its attributed options under the mutant)."""
    argument = argument_of(DeckIndex(bundled_deck(CENTRAL_ASIA)))
    said = (
        "A quarter of a century after the Soviet Union broke up, Russia is still the leading "
        "power in Central Asia."
    )
    node = statement_node(argument, said)
    assert node is not None
    attributed = "According to the briefing, " + said[:1].lower() + said[1:]
    assert statement_node(argument, attributed) == node
    assert statement_node(argument, attributed.replace(" Asia.", " Asia (as of 2016).")) == node
    unknown = "According to the briefing, the Moon is made of cheese."
    assert statement_node(argument, unknown) is None


_SODIUM = _question("typed", "What is the chemical symbol of sodium?", "Na", accepted=["Na"])
_TUNGSTEN = _question("typed", "What is the chemical symbol of tungsten?", "W", accepted=["W"])


def test_a_thing_likened_to_the_key_is_read_as_a_remark() -> None:
    """bracket_kinds.likened #14 (`_thing(n, vocabulary)` -> `_thing(vocabulary)`: a
    TypeError for any 'like X' that names a thing of the deck): 'Na, like K' is read, not an
    answer that 'could not be read'; since review r487 A ('Pb, like Sn') a likeness beside
    the key is a remark, right with the note that it was not marked."""
    vocabulary = _chemistry()
    verdict = check(_SODIUM, "Na, like K", vocabulary)
    assert verdict.verdict == "correct"
    assert verdict.note == "Marked on 'Na' alone: what you added beside it is not marked."


@pytest.mark.parametrize(
    ("question", "answer", "verdict"),
    [
        (_TUNGSTEN, "W for wolfram", "correct"),  # the word the symbol stands for
        (_SODIUM, "Na for natrium", "correct"),
        (_TUNGSTEN, "W for the Germans", "wrong"),  # no word the symbol stands for
        (_SODIUM, "Na for salt", "wrong"),
        (_SODIUM, "Na for potassium", "wrong"),  # another element's name
    ],
)
def test_only_the_word_a_symbol_stands_for_follows_it(
    question: Question, answer: str, verdict: str
) -> None:
    """check_brackets._origin #12 (`and` -> `or`: any symbol of three letters or fewer
    followed by 'for ...' read as the symbol and its origin): 'W for wolfram' names where the
    symbol comes from, 'W for the Germans' and 'Na for salt' say something else beside it
    (review r358 C)."""
    assert check(question, answer, _chemistry()).verdict == verdict


_ROME = NumericKey(value=-753, tolerance=0, family="year", step=1)


def test_a_year_nought_is_shown_as_typed_not_as_a_bc_year() -> None:
    """check_numbers._one_year #79 (`y < 0` -> `y <= 0`): the learner who types '0 AD' or '0'
    is shown the year read as 0, not as '0 BC'; only a year before it is BC."""
    for typed in ("0 AD", "0"):
        verdict = check_number(_ROME, typed, "753 BC")
        assert verdict.verdict == "wrong"
        assert verdict.understood == "0", typed
    assert check_number(_ROME, "-752", "753 BC").understood == "752 BC"
    assert check_number(_ROME, "753 BC", "753 BC").verdict == "correct"


# carbon known since about 3750 BC (chemical-elements carbon-known; `circa` its band)
_CARBON = NumericKey(value=-3750, tolerance=0, family="year", step=1, approx=True, circa=500)


def test_an_estimated_bc_year_without_its_era_is_a_near_miss() -> None:
    """check_numbers._same_year #11 (`== "correct"` -> `== "CORRECT"`: an estimated year's
    band never matched): '3800' for about 3750 BC is within the estimate's band but has no
    era, a near miss that says the year was BC, not a wrong answer."""
    verdict = check_number(_CARBON, "3800", "3750 BC")
    assert verdict.verdict == "near_miss"
    assert verdict.note == "Right year, but before AD 1: 3750 BC."
    assert check_number(_CARBON, "3750", "3750 BC").verdict == "near_miss"  # the exact year
    assert check_number(_CARBON, "3800 BC", "3750 BC").verdict == "correct"
    assert check_number(_CARBON, "9000", "3750 BC").verdict == "wrong"  # far outside the band


@pytest.mark.parametrize(
    ("key", "answer", "verdict"),
    [
        ("1/6", "of 0.17", "correct"),
        ("1/6", "of 2/12", "correct"),
        ("1/6", "of 0.2", "wrong"),
        ("4th planet", "of 4", "correct"),
        ("4th planet", "of 5", "wrong"),
    ],
)
def test_a_fraction_or_rank_after_of_is_read(key: str, answer: str, verdict: str) -> None:
    """check_shapes._without_unit #16 (`removeprefix("of ")` -> `removeprefix("XXof XX")`):
    a fraction or rank answered after 'of' ('of 0.17' of Earth's gravity) is read as its
    number; the mutant left it unread, and the answer graded as words, wrong."""
    question = _question("typed", "What fraction of Earth's gravity?", key)
    shaped = check_shaped(question, answer, key, {})
    assert shaped is not None and shaped.verdict == verdict


_GAZPROM = "gloss: Russian state-controlled gas company}"
_GAS_NETWORK = _question(
    "typed",
    "Which company now controls the gas pipeline network of Kyrgyzstan (as of 2016)?",
    "Gazprom",
    accepted=["Gazprom", "Russia's Gazprom"],
)


def test_a_gloss_gives_a_nationality_by_its_opening_words_only() -> None:
    """fact_links.nationalities #14 (`split()[:2]` -> `[:3]`): a gloss gives its thing a
    nationality by the adjective it opens with ('Russian state-controlled gas company');
    a country's adjective further on says what the thing does ('company buying Turkmen
    gas'), so the mutant made Gazprom Turkmen and refused 'Gazprom (Russian)'."""
    text = CENTRAL_ASIA.read_text(encoding="utf-8")
    assert _GAZPROM in text
    vocabulary = DeckIndex(bundled_deck(CENTRAL_ASIA)).grading_vocabulary
    assert check(_GAS_NETWORK, "Gazprom (Russian)", vocabulary).verdict == "correct"
    assert check(_GAS_NETWORK, "Gazprom (Chinese)", vocabulary).verdict == "wrong"  # r371 A
    deck = parse_deck(text.replace(_GAZPROM, "gloss: company buying Turkmen gas}"))
    assert nationalities(deck).get(NATIONALITIES, "") == ""  # no gloss gives one
    vocabulary = DeckIndex(deck).grading_vocabulary
    assert check(_GAS_NETWORK, "Gazprom (Russian)", vocabulary).verdict == "correct"


_DIAMETER = NumericKey(value=12756, tolerance=0.5, family="quantity:km", step=1, unit="km")


@pytest.mark.parametrize("typed", ["12,756.0 km", "12.756,0 km", "12,756 km"])
def test_a_figure_with_both_marks_takes_the_later_as_its_decimal_point(typed: str) -> None:
    """quantity_reader._values #30 (`"." in spaced` -> `"XX.XX" in spaced`): a figure with a
    thousands mark and a decimal mark, in either convention, is read by the later mark;
    under the mutant '12,756.0 km' for Earth's 12,756 km 'could not be read'."""
    verdict = check_number(_DIAMETER, typed, "12,756 km")
    assert verdict.verdict == "correct"
    assert verdict.understood == "12,756 km"


def test_a_four_letter_plural_or_verb_meets_its_stem() -> None:
    """word_forms.base_form #11 (`len(word) > 3` -> `> 4`): a four-letter word's plural or
    third-person 's' is dropped, so the argument gates' word stems meet ('ties' and 'tie',
    'arms' and 'arm'); a three-letter word keeps its 's' ('gas', 'its')."""
    assert base_form("ties") == "tie" and base_form("arms") == "arm"
    assert base_form("gas") == "gas" and base_form("its") == "its"
    assert base_form("bus") == "bus" and base_form("plus") == "plus"  # no plurals
    assert word_stems("Moscow arms its allies.") >= word_stems("Moscow arm")
    assert word_stems("trade ties") == word_stems("trade tie")
