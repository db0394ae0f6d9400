"""The question kinds and one row per kind: everything the rest of the app knows about a kind.

Before this table, knowledge of a kind was spread over nine places (the checker, the form
stages, the expected answer times, difficulty, option counts, labels, the TUI widgets, plain
mode's "how to answer", two test helpers). Now each of those reads its column here, and the
answer *shape* decides how a response is written and read (generate/answers.py). Adding a
kind of an existing shape touches three files: the `Kind` literal and its row below, a
generator module in generate/kinds/, and its entry in generate/registry.GENERATORS
(docs/architecture.md walks through one). A kind missing a row fails at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Kind = Literal[
    "mcq",
    "true_false",
    "multi_select",
    "typed",
    "numeric",
    "numeric_mcq",
    "cloze",
    "matching",
    "ordering",
    "odd_one_out",
    "flashcard",
    "why",
    "assertion_reason",
    "claim_evidence",
    "comparison",
]
KINDS: tuple[Kind, ...] = get_args(Kind)  # in the order above

Level = Literal["remember", "understand", "apply", "analyse"]
LEVELS: tuple[Level, ...] = get_args(Level)

# How the learner answers, and so how a response is written and read (generate/answers.py):
# choice: one option's number; ticks: every option that applies; order: all the options'
# numbers in order; pairs: for each left item, its match's number; text: typed words or a
# figure; self: a flashcard, graded by the learner (1 again .. 4 easy).
Shape = Literal["choice", "ticks", "order", "pairs", "text", "self"]
# When the form is asked (review/forms.py): recognition while a fact is new or shaky, recall
# once it has settled in, understanding (items on the fact's claims) once recall is stable;
# "unstaged" kinds (matching, ordering, flashcards) only when no form of the stage is left.
Stage = Literal["recognition", "recall", "understanding", "unstaged"]

CHOOSE = "answer with the option's number"
TYPE = "type your answer"


@dataclass(frozen=True)
class KindSpec:
    shape: Shape
    stage: Stage
    expected_ms: int  # a typical answer's time: twice it is slow (Hard), half fast (review/grading)
    difficulty: float  # the base of the difficulty estimate (generate/difficulty.py)
    label: str  # what the learner reads ("multiple choice")
    how: str  # plain mode: how to answer
    options: tuple[int, int] | None = None  # the fewest and most options the gates allow
    level: Level = "remember"  # Bloom's level (see below)
    hint: str = TYPE  # the TUI's placeholder, for text answers

    @property
    def built(self) -> bool:
        """The learner builds the whole answer (types it, orders or pairs every option):
        it cannot be guessed, and a fast right answer may be Easy."""
        return self.shape in ("text", "order", "pairs")


# Bloom's level: recall of one triple is "remember"; giving the source's reason or its
# evidence, or classifying (odd one out), is "understand"; comparing values the source never
# states side by side is "apply"; judging whether a reason explains an assertion is "analyse".
SPECS: dict[Kind, KindSpec] = {
    "mcq": KindSpec("choice", "recognition", 12_000, 0.3, "multiple choice", CHOOSE, (4, 5)),
    "true_false": KindSpec(
        "choice", "recognition", 8_000, 0.2, "true or false", "1 for true, 2 for false", (2, 2)
    ),
    "multi_select": KindSpec(
        "ticks",
        "recognition",
        20_000,
        0.5,
        "tick all that apply",
        "all the right numbers, e.g. 1 3",
        (4, 5),
    ),
    "typed": KindSpec("text", "recall", 15_000, 0.7, "type the answer", "type the answer"),
    "numeric": KindSpec(
        "text",
        "recall",
        15_000,
        0.75,
        "type the number",
        "type a number",
        hint="a number, e.g. 7,000 or 1.5bn or 12.3%",
    ),
    "numeric_mcq": KindSpec(
        "choice", "recognition", 12_000, 0.4, "choose the number", CHOOSE, (3, 5)
    ),
    "cloze": KindSpec(
        "text",
        "recall",
        15_000,
        0.6,
        "fill in the blank",
        "type the missing words",
        hint="the missing words",
    ),
    "matching": KindSpec(
        "pairs",
        "unstaged",
        35_000,
        0.5,
        "matching",
        "for A, B, C ... in turn, the number of its match, e.g. 3 1 2",
        (3, 5),
    ),
    "ordering": KindSpec(
        "order",
        "unstaged",
        35_000,
        0.55,
        "put in order",
        "the numbers in order, e.g. 2 1 3",
        (3, 4),
    ),
    "odd_one_out": KindSpec(
        "choice", "recognition", 15_000, 0.45, "odd one out", CHOOSE, (3, 5), "understand"
    ),
    "flashcard": KindSpec(
        "self", "unstaged", 10_000, 0.5, "flashcard", "press Enter to see the back"
    ),
    "why": KindSpec("choice", "understanding", 25_000, 0.6, "why", CHOOSE, (4, 5), "understand"),
    "assertion_reason": KindSpec(
        "choice",
        "understanding",
        30_000,
        0.7,
        "assertion and reason",
        CHOOSE,
        (4, 4),
        "analyse",
    ),
    "claim_evidence": KindSpec(
        "choice",
        "understanding",
        25_000,
        0.55,
        "claim and evidence",
        CHOOSE,
        (4, 5),
        "understand",
    ),
    "comparison": KindSpec(
        "choice", "understanding", 12_000, 0.45, "comparison", CHOOSE, (2, 4), "apply"
    ),
}
if set(SPECS) != set(KINDS):  # pragma: no cover - fails at import, naming the kinds
    raise AssertionError(f"kinds without a KindSpec row: {set(KINDS) ^ set(SPECS)}")


def kinds_where(
    *, shape: Shape | None = None, stage: Stage | None = None, built: bool | None = None
) -> tuple[Kind, ...]:
    """The kinds with the given shape, stage and builtness, in KINDS order."""
    return tuple(
        k
        for k in KINDS
        if (shape is None or SPECS[k].shape == shape)
        and (stage is None or SPECS[k].stage == stage)
        and (built is None or SPECS[k].built == built)
    )
