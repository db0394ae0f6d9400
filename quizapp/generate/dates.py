"""Reading a typed date at whatever precision it was given: day, month or year.

"23 September 1846", "Sept 23, 1846", "23rd of September 1846", "1846-09-23", "23/09/1846",
"September 1846", "1846". An all-digit date whose day and month could be swapped
("05/06/1846") is read both ways.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise

Ymd = tuple[int, int | None, int | None]
MAX_ANSWER = 200
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES.split(), 1)}
MONTHS |= {name[:3]: i for name, i in list(MONTHS.items())} | {"sept": 9}
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_MON = r"([a-z]+)\.?"
_YEAR = r"(\d{4})"


def parse_date(text: str) -> list[Ymd]:
    """Every reading of the answer as (year, month or None, day or None); [] if none."""
    if len(text) > MAX_ANSWER:
        return []
    t = normalise(text).replace(",", " ")
    t = re.sub(r"^(?:in|on|since|by|from)\s+", "", t)
    t = re.sub(r"\s+(?:ad|ce)$", "", t)
    t = " ".join(t.split())
    found: list[Ymd] = []
    for pattern, order in (
        (rf"{_ORD}\s+(?:of\s+)?{_MON}\s+{_YEAR}", "dmy"),
        (rf"{_MON}\s+(?:the\s+)?{_ORD}\s+{_YEAR}", "mdy"),
        (rf"{_MON}\s+{_YEAR}", "my"),
        (r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", "ymd"),
        (r"(\d{4})[-/.](\d{1,2})", "ym"),
        (r"(\d{1,2})[-/.](\d{4})", "my"),
        (_YEAR, "y"),
    ):
        m = re.fullmatch(pattern, t)
        if m:
            found.append(_assemble(m.groups(), order))
            break
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", t)
    if m:
        a, b, y = m.groups()
        found += [_assemble((a, b, y), "dmy"), _assemble((b, a, y), "dmy")]
    return [d for d in dict.fromkeys(found) if _valid(d)]


def _assemble(parts: tuple[str | None, ...], order: str) -> Ymd:
    got: dict[str, str | None] = dict(zip(order, parts, strict=True))
    month_text = got.get("m")
    month: int | None
    if month_text is None:
        month = None
    elif month_text.isdigit():
        month = int(month_text)
    else:
        month = MONTHS.get(month_text, 0)
    day_text = got.get("d")
    return int(got["y"] or 0), month, int(day_text) if day_text else None


def _valid(d: Ymd) -> bool:
    _, month, day = d
    if month is not None and not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= 31


def key_date(iso: str) -> Ymd:
    parts = [int(p) for p in iso.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None
