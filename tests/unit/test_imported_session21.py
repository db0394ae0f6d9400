"""Issue 12, imported decks: what the session-20 capitals review (r205) left open, driven through
the real importer, generator, checker and command line on the review's own file
(tests/data/capitals-r205.csv) and on a file whose stems name two places
(tests/data/stem-names-two.csv). The corpus (tests/data/grading_corpus.tsv) holds more rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.commands.transfer import skipped_summary
from quizapp.facts.errors import Problem
from quizapp.generate.check_qualified import second_answer
from quizapp.generate.checker import check
from quizapp.generate.question import Question
from quizapp.generate.registry import generate_deck
from quizapp.generate.slips import no_slip
from quizapp.service import StudyService
from tests.support.grading_corpus import CorpusDecks, deck_ref

ROOT = Path(__file__).resolve().parents[2]
REVIEWED = "tests/data/capitals-r205.csv"
TWO_NAMED = "tests/data/stem-names-two.csv"


@pytest.fixture
def decks() -> CorpusDecks:
    return CorpusDecks(StudyService(None, seed=0))


def _grade(decks: CorpusDecks, deck: str, slug: str, answer: str) -> str:
    question, vocabulary = decks.question(deck, f"fact:q-{slug}/object")
    return check(question, answer, vocabulary).verdict


def _flashcards() -> dict[str, Question]:
    service = StudyService(None, seed=20205)
    loaded = service.load_deck(deck_ref(REVIEWED))
    questions = generate_deck(loaded.deck, seed=20205, spread=False).questions
    service.close()
    return {q.prompt: q for q in questions if q.kind == "flashcard"}


# 1. a flashcard's back names the other spellings the card's answer cell lists


def test_a_back_names_the_other_spellings_the_cell_lists() -> None:
    cards = _flashcards()
    backs = {
        prompt.removeprefix("What is the capital of ")[:-1]: q.back for prompt, q in cards.items()
    }
    assert backs["Ukraine"] == "Kyiv. Also accepted: Kiev."
    assert backs["Myanmar"] == "Naypyidaw. Also accepted: Nay Pyi Taw or Naypyitaw."
    assert backs["Switzerland"] == "Bern. Also accepted: Berne."
    assert backs["Panama"] == "Panama City. Also accepted: Ciudad de Panamá."
    assert backs["Turkey"] == "Ankara. Also accepted: Angora."


def test_a_back_names_no_loose_form_and_a_single_answer_stays_bare() -> None:
    backs = {q.prompt: q.back for q in _flashcards().values()}
    # 'Brasilia' differs only by its accent: the importer folds it, the grader forgives it
    assert backs["What is the capital of Brazil?"] == "Brasília"
    assert backs["What is the capital of Nigeria?"] == "Abuja"
    assert not any("Kyif" in (b or "") or "accepted: Kyiv" in (b or "") for b in backs.values())


# 2. a near spelling of a short answer that is another word is no slip


def test_bernie_is_not_a_slip_of_bern_but_berm_and_a_doubled_key_are(decks: CorpusDecks) -> None:
    swiss = "what-is-the-capital-of-switzerland"
    assert _grade(decks, REVIEWED, swiss, "Bernie") == "wrong"
    assert _grade(decks, REVIEWED, swiss, "Berm") == "near_miss"
    assert _grade(decks, REVIEWED, swiss, "Bernn") == "near_miss"
    assert _grade(decks, REVIEWED, "what-is-the-capital-of-ukraine", "Kyiiv") == "near_miss"
    assert _grade(decks, REVIEWED, "what-is-the-capital-of-ukraine", "Kyivo") == "wrong"
    assert _grade(decks, REVIEWED, "what-is-the-capital-of-nigeria", "Abuya") == "near_miss"


def test_the_slip_rule_keeps_to_short_answers_of_letters() -> None:
    assert no_slip("bernie", ["berne"])  # a name, and a letter added
    assert no_slip("limb", ["lima"])  # a common word one letter off
    assert no_slip("kyivo", ["kyiv"])  # a letter added to a four-letter answer
    assert not no_slip("kyiiv", ["kyiv"])  # a key pressed twice
    assert not no_slip("berm", ["bern"])  # a letter changed, no common word
    assert not no_slip("753 bce", ["753 bc"])  # not a word of letters: an era's slip
    assert not no_slip("canberrra", ["canberra"])  # longer answers keep their allowance
    assert not no_slip("limb", ["lima", "lim"])  # a closest form outside the rule: no ruling


# 3. --skip-bad on a file where every line is bad: a summary and a clear end, no traceback


def test_skip_bad_with_no_good_line_says_why_and_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "semicolon.csv"
    lines = ["Capital of Peru?;Lima", "Capital of Chile?;Santiago", "Capital of Cuba?;Havana"]
    bad.write_text("\n".join([*lines, "Capital of Fiji?;Suva"]) + "\n", encoding="utf-8")
    assert main(["import", "--skip-bad", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last == (
        "Nothing imported: no good line was left (4 bad line(s) skipped: needs a question and "
        "an answer on lines 1, 2, 3 and 1 more)."
    )


def test_skip_bad_with_good_lines_prints_the_same_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("What is the capital of Peru?,Lima\nWhat is the capital of Chile?\n")
    assert main(["import", "--skip-bad", str(mixed)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith(
        "(1 bad line(s) skipped: needs a question and an answer on line 2)"
    )


def test_the_summary_groups_reasons_and_names_the_first_lines() -> None:
    problems = [
        Problem("f.csv", 2, "needs a question and an answer (found 1 column(s))"),
        Problem("f.csv", 5, "3 columns, but the first line has 2"),
        Problem(
            "f.csv", 7, "needs a question and an answer (found 1 column(s)); if the file is ..."
        ),
    ]
    assert skipped_summary(problems) == (
        "3 bad line(s) skipped: needs a question and an answer on lines 2, 7; "
        "3 columns, but the first line has 2 on line 5"
    )


# 4. a tail holding and/or/& is a second answer; 5. a comma list's unnamed part is one too


def test_a_tail_joined_by_and_or_is_a_second_answer(decks: CorpusDecks) -> None:
    base = "which-of-tajikistan-and-kyrgyzstan-hosts-russia-"
    assert _grade(decks, TWO_NAMED, base, "Tajikistan (and Kyrgyzstan)") == "wrong"
    assert _grade(decks, TWO_NAMED, base, "Tajikistan (Kyrgyzstan)") == "wrong"
    assert _grade(decks, TWO_NAMED, base, "Tajikistan, Kyrgyzstan") == "wrong"
    assert _grade(decks, TWO_NAMED, base, "Tajikistan") == "correct"
    trinidad = "what-is-the-capital-of-trinidad-and-tobago"
    assert _grade(decks, TWO_NAMED, trinidad, "Port of Spain, Trinidad and Tobago") == "correct"
    # the stem names the answer only inside the country's name: one place, no hedge
    bissau = "what-is-the-capital-of-guinea-bissau"
    assert _grade(decks, REVIEWED, bissau, "Bissau, Guinea-Bissau") == "correct"
    assert _grade(decks, REVIEWED, bissau, "Bissau (Guinea-Bissau)") == "correct"
    ukraine = "what-is-the-capital-of-ukraine"
    assert _grade(decks, REVIEWED, ukraine, "Kyiv (and Ukraine)") == "wrong"
    assert _grade(decks, REVIEWED, ukraine, "Kyiv (or Kiev)") == "correct"


def test_a_comma_list_whose_other_part_the_stem_does_not_name_is_refused(
    decks: CorpusDecks,
) -> None:
    ukraine = "what-is-the-capital-of-ukraine"
    assert _grade(decks, REVIEWED, ukraine, "Moscow, Kyiv") == "wrong"
    assert _grade(decks, REVIEWED, ukraine, "Ukraine, Kyiv") == "correct"
    assert _grade(decks, REVIEWED, ukraine, "Kyiv, Ukraine") == "correct"
    tajik = "which-of-tajikistan-and-kyrgyzstan-hosts-russia-"
    assert _grade(decks, TWO_NAMED, tajik, "Kyrgyzstan, Tajikistan") == "wrong"


# the review's own probes, on its own file: the 57 of the brief still agree


REVIEW_PROBES = {
    "ukraine": ("Kyiv", "Kiev", "Kyif", "Kharkiv", "Ukraine"),
    "switzerland": ("Bern", "Berne", "Berm", "Zurich", "Switzerland"),
    "nigeria": ("Abuja", "ABUJA", "Abuya", "Lagos", "Nigeria"),
    "turkey": ("Ankara", "Angora", "Ankra", "Istanbul", "Turkey"),
}


@pytest.mark.parametrize("country", sorted(REVIEW_PROBES))
def test_the_reviews_five_probes_keep_their_verdicts(decks: CorpusDecks, country: str) -> None:
    slug = f"what-is-the-capital-of-{country}"
    verdicts = [_grade(decks, REVIEWED, slug, a) for a in REVIEW_PROBES[country]]
    assert verdicts == ["correct", "correct", "near_miss", "wrong", "wrong"]


def test_a_bracket_is_a_second_answer_only_where_it_adds_one() -> None:
    two = "Which of Tajikistan and Kyrgyzstan hosts Russia's 201st military base?"
    assert second_answer(two, {"tajikistan"}, "Tajikistan", "Kyrgyzstan")
    assert second_answer(two, {"tajikistan"}, "Tajikistan", "and Kyrgyzstan")
    bissau = "What is the capital of Guinea-Bissau?"
    assert not second_answer(bissau, {"bissau"}, "Bissau", "Guinea-Bissau")
    assert not second_answer("What is the capital of Ukraine?", {"kyiv"}, "Kyiv", "Ukraine")
    osce = {"organization for security and co-operation in europe"}  # 'and' in the name itself
    assert not second_answer(
        "Which body monitors elections?", osce, "OSCE", "Security and Co-operation"
    )
