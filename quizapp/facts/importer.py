"""Import a two-column CSV/TSV file (Anki's text-import conventions) as a deck of
question/answer facts.

Header lines understood, as Anki writes them: `#separator:` (Comma, Semicolon, Tab, Pipe,
Space or the character itself), `#columns:` (which column is the question and which the
answer: names containing Front/Question and Back/Answer; otherwise the first two),
`#tags:` (tags for every note), `#deck:` (the deck's title), `#html:` (accepted and ignored),
and `#notetype:` (accepted and ignored). Without `#separator:` a tab is tried, then a comma.

Each question/answer pair becomes a fact whose subject is the question and whose object is the
answer as an entity of its *answer type* (a number, a name, or other text) and of its
question's frame (question_frames.py), so multiple choice draws distractors from the deck's
other answers to like questions, of the same type, the way term/definition study sets work;
the relation says `subject_is_question`, so no cloze blanks a question and a flashcard's back
is the answer alone. An answer cell may list other accepted spellings after a `|`
("Kyiv|Kiev": Kyiv is shown, Kiev is also right), or after a slash between names ("Femur /
thigh bone", "Nimzowitsch/Nimzovich"), which become the answer's aliases. A
third column named Extra/Notes/Explanation (by `#columns:`) becomes the explanation; a row
may leave that last cell out. An answer that is a figure with its unit ('1642 m', '12.5 %') is
a value, not an entity (import_values.py): its card is asked and graded as a number. Every
`#tags:` tag becomes a topic of every fact. A row with another column count than the
header's, or a header row without `#columns:`, is reported by its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.facts.answer_cells import ALTERNATIVES, NAME_WORDS, answer_and_alternatives
from quizapp.facts.errors import Problem
from quizapp.facts.import_deck import deck_of
from quizapp.facts.import_values import HEDGED_FIGURE, answer_value, in_figures
from quizapp.facts.normalise import normalise
from quizapp.facts.question_frames import question_frames
from quizapp.facts.table_file import Layout, Unreadable, layout_of, read_text, rows_of

MAX_FIELD = 2000
HEADER_WORDS = frozenset(
    {"question", "answer", "front", "back", "term", "definition", "prompt", "response"}
)
EXTRA_WORDS = ("extra", "note", "explanation", "comment")
# a one-column row holding one of these was likely written with it as the separator
OTHER_SEPARATORS = ((";", "semicolon"), ("\t", "tab"), ("|", "pipe"), (",", "comma"))
KEEP_NOTE = (  # review r325: an unquoted 'Washington, D.C.' was told only to add a column
    '; a cell that holds the separator goes in quotes ("Washington, D.C."); '
    "to keep a last column as the explanation, name it Extra or Notes in #columns: "
    "(#columns:Question,Answer,Extra)"
)


def answer_type(answer: str) -> str:
    """The entity kind of an answer, so distractors share it: numbers with numbers, names with
    names ('Paris', 'Leonardo da Vinci'), other text with other text. A hedged figure ('c.
    1455', 'about 40') is a number."""
    answer = HEDGED_FIGURE.sub("", answer)
    if re.match(r"^[-+−]?\d[\d,. ]*(\s*\S+)?$", answer) or re.match(r"^\d", answer):
        return "answer-number"
    if _ERA_FIRST.match(answer) or _MONTH_FIRST.match(answer):  # 'AD 79' is a year (r448 C);
        return "answer-number"  # 'March 2, 1962' a date, as '2 March 1962' is (review r654 A)
    words = answer.split()
    named = answer.removeprefix("the ")  # 'the Wright brothers', 'the Karakoram'
    if len(words) <= NAME_WORDS and named[:1].isupper() and not _sentence(answer):
        return "answer-name"
    return "answer-text"


_ERA_FIRST = re.compile(r"^(?:a\.?\s?d|b\.?\s?c|c\.?\s?e|b\.?\s?c\.?\s?e)\.?\s*\d{1,4}$", re.I)
_MONTH_FIRST = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r",?\s+\d{3,4}$",
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){1,3}$|\b(?:Jr|Sr|St|Dr|Mt|Co)\.$")


def _sentence(answer: str) -> bool:
    """A full stop that ends a sentence, not one that ends an abbreviation: 'Washington, D.C.'
    and 'Martin Luther King Jr.' are names (session-17 import reading: D.C. was text, never
    offered among the other capitals)."""
    return answer.endswith(".") and _ABBREVIATION.search(answer) is None


@dataclass
class ImportResult:
    deck: dict[str, Any] | None
    imported: int = 0
    bad_lines: list[Problem] = field(default_factory=list)  # the refused lines, each located
    failure: str | None = None  # why nothing at all could be read ("FILE:LINE: what")
    good: int = 0  # the lines that would import, were the bad ones skipped

    @property
    def problems(self) -> list[str]:
        """Every problem as the line printed for it ("FILE:LINE: what")."""
        return ([self.failure] if self.failure else []) + [str(p) for p in self.bad_lines]


def _looks_like_header(row: list[str]) -> bool:
    """'Question,Answer' or 'front;back' as the first row: column names, not a card."""
    cells = [c.strip().casefold() for c in row if c.strip()]
    return len(cells) >= 2 and all(c in HEADER_WORDS or c.startswith(EXTRA_WORDS) for c in cells)


def _slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48] or "item"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


@dataclass
class _Cards:
    """The entities and facts of the rows read so far, and the problems of the rows refused."""

    name: str
    layout: Layout
    topic_ids: list[str]
    entities: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    seen_questions: dict[str, int] = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)  # normalised answer -> entity id
    answer_entities: dict[str, dict[str, Any]] = field(default_factory=dict)  # the same, whole

    def __post_init__(self) -> None:
        self.q_col = self.layout.column(("front", "question"), 0)
        self.a_col = self.layout.column(("back", "answer"), 1)
        self.x_col = self.layout.extra_column(EXTRA_WORDS)
        self.width = len(self.layout.columns) or None  # the column count every row must have
        self.wide_said = False  # a third column with no #columns: line was reported

    def read(self, rows: list[list[str]]) -> None:
        for n, row in enumerate(rows, self.layout.body_start + 1):
            if row and any(c.strip() for c in row) and (problem := self._add(n, row)):
                self.problems.append(Problem(self.name, n, problem))
        self._kind_answers()

    def _kind_answers(self) -> None:
        """Each answer's kind: its answer type and its question's frame (the first question
        that gives it), so 'Paris' is offered only among answers to 'What is the capital of'."""
        names = {e["id"]: e["name"] for e in self.entities}
        asked = [(names[f["subject"]], f["object"]) for f in self.facts]
        frames = question_frames([q for q, _ in asked])
        kinds: dict[str, str] = {}
        for (_, answer_id), frame in zip(asked, frames, strict=True):
            if not isinstance(answer_id, str):
                continue  # a value, not an answer entity
            slug = re.sub(r"[^a-z0-9]+", "-", frame).strip("-") or "any"
            kinds.setdefault(answer_id, f"{answer_type(names[answer_id])}-{slug}")
        for entity in self.entities:
            entity["kind"] = kinds.get(entity["id"], entity["kind"])

    def _refusal(self, n: int, row: list[str]) -> str | None:
        """Why the row at line n has no card's shape, if it has none."""
        columns, sep = self.layout.columns, self.layout.sep
        if not columns and n == self.layout.body_start + 1 and _looks_like_header(row):
            cells = sep.join(c.strip() for c in row)
            return (
                f"this looks like a header row ({cells}): replace it with the line "
                f"#columns:{cells}, or delete it"  # review r333: 'above it' left it twice
            )
        if columns and [c.strip().lower() for c in row] == [c.lower() for c in columns]:
            return "this row repeats the #columns: line (a header): delete it"  # review r328
        if len(row) <= max(self.q_col, self.a_col):
            found = f"needs a question and an answer (found {len(row)} column(s))"
            if any("\n" in c for c in row):  # an open quote took in the lines after it
                return f'{found}; a quote (") opened on this line is never closed'
            other = next((n for c, n in OTHER_SEPARATORS if c in "".join(row) and c != sep), None)
            if other is None:
                return found
            return f"{found}; if the file is {other}-separated, say #separator:{other} on line 1"
        self.width = self.width or len(row)
        if len(row) == self.width - 1 and self.x_col == len(row):
            return None  # the optional note left out at the end of the row
        if len(row) != self.width:
            said = "#columns: names" if columns else "the first line has"
            one_more = len(row) == self.width + 1 and self.x_col is None
            return f"{len(row)} columns, but {said} {self.width}{KEEP_NOTE if one_more else ''}"
        if not columns and len(row) > 2 and not self.wide_said and any(c.strip() for c in row[2:]):
            self.wide_said = True  # said once, at the first such line
            return (  # the cells past the answer were dropped without a word (review r328)
                f"{len(row)} columns, but with no #columns: line only a question and an answer "
                "are read; to keep a third as the explanation, say "
                "#columns:Question,Answer,Extra on a line above"
            )
        return None

    def _add(self, n: int, row: list[str]) -> str | None:
        """Add the card at line n, or say why not."""
        if refusal := self._refusal(n, row):
            return refusal
        question, answer = row[self.q_col].strip(), row[self.a_col].strip()
        if not question or not answer.strip(ALTERNATIVES + " "):  # '|' holds no answer
            return f"empty {'question' if not question else 'answer'}"
        x_col = self.x_col
        extra = row[x_col].strip() if x_col is not None and x_col < len(row) else ""
        if max(len(question), len(answer), len(extra)) > MAX_FIELD:
            return f"a field longer than {MAX_FIELD} characters"
        same = normalise(question)  # 'Who founded sikhism ?' is line 4's (review r514 H)
        if same in self.seen_questions:
            return f"the same question is on line {self.seen_questions[same]}"
        if same in self.answers:
            return "the question is also an answer of another line"
        self.seen_questions[same] = n
        self._fact(n, question, answer, extra)
        return None

    def _fact(self, n: int, question: str, cell: str, extra: str) -> None:
        eid = _slug(question, self.ids)
        self.entities.append({"id": eid, "kind": "prompt", "name": question})
        answer, also = answer_and_alternatives(cell)
        value = answer_value(answer, question) or answer_value(in_figures(answer), question)
        if value is not None and all(answer_value(in_figures(a), question) for a in also):
            self.facts.append(self._card(eid, n, f"answer-{value['kind']}", value, answer, extra))
            return  # a figure with its unit: asked and graded as a number (import_values.py)
        key = normalise(answer)
        if key not in self.answers:
            self.answers[key] = _slug(f"answer {answer}", self.ids)
            self.answer_entities[key] = {
                "id": self.answers[key],
                "kind": answer_type(answer),
                "name": answer,
            }
            self.entities.append(self.answer_entities[key])
        if also:
            aliases = self.answer_entities[key].setdefault("aliases", [])
            aliases += [a for a in also if a not in aliases]
        self.facts.append(self._card(eid, n, "answer", self.answers[key], answer, extra))

    def _card(
        self, eid: str, n: int, relation: str, obj: object, answer: str, extra: str
    ) -> dict[str, Any]:
        bare = answer.rstrip(".")  # 'Washington, D.C.' ends the sentence once, not twice
        return {
            "id": f"q-{eid}",
            "subject": eid,
            "relation": relation,
            "object": obj,
            "explanation": extra if len(extra) >= 10 else f"The card's answer: {bare}.",
            "topics": self.topic_ids,
            "provenance": {"source": "import", "section": n, "paragraph": 1},
        }

    def check_clash(self) -> None:
        """An answer written before the line that asks it as a question spoils the file."""
        prompts = {normalise(e["name"]) for e in self.entities if e["kind"] == "prompt"}
        if clash := prompts & set(self.answers):
            clashing = sorted(clash)[0]
            self.problems.append(
                Problem(self.name, 1, f"{clashing!r} is both a question and an answer")
            )
            self.facts = []


def read_table(path: Path, skip_bad: bool = False) -> ImportResult:
    name = str(path)
    try:
        lines = read_text(path, name).splitlines()
        layout = layout_of(lines, name)
        rows = rows_of(lines, layout, name)
    except Unreadable as exc:
        return ImportResult(None, failure=str(exc))
    headers = layout.headers
    title = headers.get("deck") or path.stem.replace("_", " ").replace("-", " ").title()
    tags = list(dict.fromkeys(t for t in re.split(r"[\s]+", headers.get("tags", "")) if t))
    tags = tags or ["imported"]
    taken: set[str] = set()
    cards = _Cards(name, layout, [_slug(t, taken) for t in tags])
    cards.read(rows)
    cards.check_clash()
    bad = cards.problems
    if bad and not skip_bad:
        return ImportResult(None, bad_lines=bad, good=len(cards.facts))
    if not cards.facts:
        nothing = None if bad else f"{name}:1: no question/answer lines"
        return ImportResult(None, bad_lines=bad, failure=nothing)
    deck_id = _slug(title, set())
    deck = deck_of(path, deck_id, title, list(zip(cards.topic_ids, tags, strict=True)), cards)
    return ImportResult(deck, imported=len(cards.facts), bad_lines=bad)
