"""Import a two-column CSV/TSV file (Anki's text-import conventions) as a deck of
question/answer facts.

Header lines understood, as Anki writes them: `#separator:` (Comma, Semicolon, Tab, Pipe,
Space or the character itself), `#columns:` (which column is the question and which the
answer: names containing Front/Question and Back/Answer; otherwise the first two),
`#tags:` (tags for every note), `#deck:` (the deck's title), `#html:` (accepted and ignored),
and `#notetype:` (accepted and ignored). Without `#separator:` a tab is tried, then a comma.
"""

from __future__ import annotations

import csv
import io
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|", "space": " "}
MAX_FIELD = 2000


@dataclass
class ImportResult:
    deck: dict[str, Any] | None
    imported: int = 0
    problems: list[str] = field(default_factory=list)  # "FILE:LINE: what"


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
    reader = csv.reader(io.StringIO("\n".join(lines[body_start:])), delimiter=sep)
    rows: list[list[str]] = []
    try:
        rows.extend(reader)
    except csv.Error as exc:  # a field over the csv module's limit, a stray quote...
        problem = f"{name}:{body_start + reader.line_num}: cannot be read as CSV ({exc})"
        return ImportResult(None, problems=[problem])
    title = headers.get("deck") or path.stem.replace("_", " ").replace("-", " ").title()
    tags = [t for t in re.split(r"[\s]+", headers.get("tags", "")) if t] or ["imported"]
    topic_ids = [_slug(t, set()) for t in tags]
    entities, facts, problems = [], [], []
    ids: set[str] = set()
    seen_questions: set[str] = set()
    for n, row in enumerate(rows, body_start + 1):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) <= max(q_col, a_col):
            problems.append(
                f"{name}:{n}: needs a question and an answer (found {len(row)} column(s))"
            )
            continue
        question, answer = row[q_col].strip(), row[a_col].strip()
        if not question or not answer:
            problems.append(f"{name}:{n}: empty {'question' if not question else 'answer'}")
            continue
        if len(question) > MAX_FIELD or len(answer) > MAX_FIELD:
            problems.append(f"{name}:{n}: a field longer than {MAX_FIELD} characters")
            continue
        if question.casefold() in seen_questions:
            problems.append(f"{name}:{n}: the same question appears earlier in the file")
            continue
        seen_questions.add(question.casefold())
        eid = _slug(question, ids)
        entities.append({"id": eid, "kind": "prompt", "name": question})
        facts.append(
            {
                "id": f"q-{eid}",
                "subject": eid,
                "relation": "answer",
                "object": {"kind": "text", "value": answer},
                "explanation": f"Imported from {path.name}, line {n}.",
                "topics": [topic_ids[0]],
                "provenance": {"source": "import", "section": 1, "paragraph": 1},
            }
        )
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
                "sections": [{"number": 1, "label": "the file", "paragraphs": 1}],
            }
        ],
        "topics": [{"id": t, "title": tag} for t, tag in zip(topic_ids, tags, strict=True)],
        "entities": entities,
        "relations": [
            {
                "id": "answer",
                "subject_kinds": ["prompt"],
                "object_type": "text",
                "functional": True,
                "templates": {"forward": "{subject}", "statement": "{subject} - {object}"},
            }
        ],
        "facts": facts,
    }
    return ImportResult(deck, imported=len(facts), problems=problems)
