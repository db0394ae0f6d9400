"""Import a two-column CSV/TSV file (Anki's text-import conventions) as a deck of
question/answer facts.

Header lines understood, as Anki writes them: `#separator:` (Comma, Semicolon, Tab, Pipe,
Space or the character itself), `#columns:` (which column is the question and which the
answer: names containing Front/Question and Back/Answer; otherwise the first two),
`#tags:` (tags for every note), `#deck:` (the deck's title), `#html:` (accepted and ignored),
and `#notetype:` (accepted and ignored). Without `#separator:` a tab is tried, then a comma.

Each question/answer pair becomes a fact whose subject is the question and whose object is the
answer as an entity of its *answer type* (a number, a name, or other text), so multiple choice
draws distractors from the deck's other answers of the same type, the way term/definition
study sets work; the relation says `subject_is_question`, so no cloze blanks a question and a
flashcard's back is the answer alone. A third column named Extra/Notes/Explanation (by
`#columns:`) becomes the explanation. Every `#tags:` tag becomes a topic of every fact. A row
with another column count than the header's, or a header row without `#columns:`, is
reported by its line.
"""

from __future__ import annotations

import csv
import io
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.facts.normalise import normalise

SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|", "space": " "}
MAX_FIELD = 2000
HEADER_WORDS = frozenset(
    {"question", "answer", "front", "back", "term", "definition", "prompt", "response"}
)
EXTRA_WORDS = ("extra", "note", "explanation", "comment")
NAME_WORDS = 5  # an answer of at most this many words, capitalised, is a name


def answer_type(answer: str) -> str:
    """The entity kind of an answer, so distractors share it: numbers with numbers, names with
    names ('Paris', 'Leonardo da Vinci'), other text with other text."""
    if re.match(r"^[-+−]?\d[\d,. ]*(\s*\S+)?$", answer) or re.match(r"^\d", answer):
        return "answer-number"
    words = answer.split()
    if len(words) <= NAME_WORDS and answer[:1].isupper() and not answer.endswith("."):
        return "answer-name"
    return "answer-text"


@dataclass
class ImportResult:
    deck: dict[str, Any] | None
    imported: int = 0
    problems: list[str] = field(default_factory=list)  # "FILE:LINE: what"


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


MAX_FILE = 20 * 1024 * 1024


def _read(path: Path) -> bytes:
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise OSError(0, "not a regular file")
    if info.st_size > MAX_FILE:
        raise OSError(0, f"larger than {MAX_FILE >> 20} MiB")
    return path.read_bytes()


def read_table(path: Path, skip_bad: bool = False) -> ImportResult:
    name = str(path)
    try:
        text = _read(path).decode("utf-8-sig")
    except FileNotFoundError:
        return ImportResult(None, problems=[f"{name}:1: no such file"])
    except UnicodeDecodeError:
        return ImportResult(None, problems=[f"{name}:1: not UTF-8 text"])
    except OSError as exc:
        return ImportResult(None, problems=[f"{name}:1: cannot read: {exc.strerror or exc}"])
    headers: dict[str, str] = {}
    lines = text.splitlines()
    body_start = 0
    for i, line in enumerate(lines):
        m = re.match(r"#(\w+):(.*)$", line)
        if not m:
            break
        headers[m.group(1).lower()] = m.group(2).strip()
        body_start = i + 1
    sep = headers.get("separator")
    sep = (
        SEPARATORS.get(sep.lower(), sep)
        if sep
        else ("\t" if "\t" in "\n".join(lines[body_start:]) else ",")
    )
    if len(sep) != 1 or sep in '"\r\n':
        at = next(i for i, line in enumerate(lines, 1) if line.lower().startswith("#separator:"))
        return ImportResult(
            None,
            problems=[
                f"{name}:{at}: #separator: is one character or one of "
                "Comma, Semicolon, Tab, Pipe, Space"
            ],
        )
    columns = (
        [c.strip().lower() for c in headers.get("columns", "").split(sep)]
        if "columns" in headers
        else []
    )
    q_col = next((i for i, c in enumerate(columns) if "front" in c or "question" in c), 0)
    a_col = next((i for i, c in enumerate(columns) if "back" in c or "answer" in c), 1)
    x_col = next((i for i, c in enumerate(columns) if any(w in c for w in EXTRA_WORDS)), None)
    reader = csv.reader(io.StringIO("\n".join(lines[body_start:])), delimiter=sep)
    rows: list[list[str]] = []
    try:
        rows.extend(reader)
    except csv.Error as exc:  # a field over the csv module's limit, a stray quote...
        problem = f"{name}:{body_start + reader.line_num}: cannot be read as CSV ({exc})"
        return ImportResult(None, problems=[problem])
    title = headers.get("deck") or path.stem.replace("_", " ").replace("-", " ").title()
    tags = list(dict.fromkeys(t for t in re.split(r"[\s]+", headers.get("tags", "")) if t))
    tags = tags or ["imported"]
    taken: set[str] = set()
    topic_ids = [_slug(t, taken) for t in tags]
    entities: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    problems: list[str] = []
    ids: set[str] = set()
    seen_questions: set[str] = set()
    answers: dict[str, str] = {}  # normalised answer -> entity id
    width = len(columns) or None  # the column count every row must have
    for n, row in enumerate(rows, body_start + 1):
        if not row or all(not c.strip() for c in row):
            continue
        if not columns and n == body_start + 1 and _looks_like_header(row):
            cells = sep.join(c.strip() for c in row)
            problems.append(
                f"{name}:{n}: this looks like a header row ({cells}): say #columns:{cells} "
                "on a line above it, or delete it"
            )
            continue
        if len(row) <= max(q_col, a_col):
            problems.append(
                f"{name}:{n}: needs a question and an answer (found {len(row)} column(s))"
            )
            continue
        width = width or len(row)
        if len(row) != width:
            said = "#columns: names" if columns else "the first line has"
            problems.append(f"{name}:{n}: {len(row)} columns, but {said} {width}")
            continue
        question, answer = row[q_col].strip(), row[a_col].strip()
        if not question or not answer:
            problems.append(f"{name}:{n}: empty {'question' if not question else 'answer'}")
            continue
        extra = row[x_col].strip() if x_col is not None and x_col < len(row) else ""
        if max(len(question), len(answer), len(extra)) > MAX_FIELD:
            problems.append(f"{name}:{n}: a field longer than {MAX_FIELD} characters")
            continue
        if question.casefold() in seen_questions:
            problems.append(f"{name}:{n}: the same question appears earlier in the file")
            continue
        if normalise(question) in answers:
            problems.append(f"{name}:{n}: the question is also an answer of another line")
            continue
        seen_questions.add(question.casefold())
        eid = _slug(question, ids)
        entities.append({"id": eid, "kind": "prompt", "name": question})
        key = normalise(answer)
        if key not in answers:
            answers[key] = _slug(f"answer {answer}", ids)
            entities.append({"id": answers[key], "kind": answer_type(answer), "name": answer})
        facts.append(
            {
                "id": f"q-{eid}",
                "subject": eid,
                "relation": "answer",
                "object": answers[key],
                "explanation": extra if len(extra) >= 10 else f"The card's answer: {answer}.",
                "topics": topic_ids,
                "provenance": {"source": "import", "section": n, "paragraph": 1},
            }
        )
    clash = {normalise(e["name"]) for e in entities if e["kind"] == "prompt"} & set(answers)
    if clash:  # an answer written before the line that asks it as a question
        problems.append(f"{name}:1: {sorted(clash)[0]!r} is both a question and an answer")
        facts = []
    if problems and not skip_bad:
        return ImportResult(None, problems=problems)
    if not facts:
        return ImportResult(None, problems=problems or [f"{name}:1: no question/answer lines"])
    deck = {
        "id": _slug(title, set()),
        "title": title,
        "description": f"Imported from {path.name}.",
        "sources": [
            {
                "id": "import",
                "title": path.name,
                # one section per line, so a card cites its own line: 'capitals.csv, line 6'
                "sections": [
                    {"number": n, "label": f"line {n}", "heading": f"(line {n})", "paragraphs": 1}
                    for n in sorted({f["provenance"]["section"] for f in facts})
                ],
            }
        ],
        "topics": [{"id": t, "title": tag} for t, tag in zip(topic_ids, tags, strict=True)],
        "entities": entities,
        "relations": [
            {
                "id": "answer",
                "subject_kinds": ["prompt"],
                "object_type": "entity",
                "object_kinds": sorted({e["kind"] for e in entities if e["kind"] != "prompt"}),
                "functional": True,
                "exclusive": True,  # one answer per card: the deck's other answers are wrong
                "subject_is_question": True,
                "templates": {"forward": "{subject}", "statement": "{subject} {object}"},
            }
        ],
        "facts": facts,
    }
    return ImportResult(deck, imported=len(facts), problems=problems)
