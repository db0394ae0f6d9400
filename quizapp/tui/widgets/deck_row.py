"""The cells of a deck's row on home: a known / learning / new bar, the next due time, and a
sparkline of the cards falling due over the coming days."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.text import Text

from quizapp.review.marks import Counts

BAR = 8  # cells
SPARKS = "▁▂▃▄▅▆▇█"


def known_bar(c: Counts, width: int = BAR) -> Text:
    """Known (in review), learning and new facts as shares of one bar (suspended left out)."""
    total = c.known + c.learning + c.new
    if total == 0:
        return Text("·" * width, style="dim")
    known = round(width * c.known / total)
    learning = min(width - known, round(width * c.learning / total))
    if c.learning and learning == 0 and known < width:
        learning = 1  # a started deck shows it
    text = Text()
    text.append("█" * known, style="green")
    text.append("█" * learning, style="yellow")
    text.append("░" * (width - known - learning), style="dim")
    return text


def next_due(c: Counts, now: datetime, timezone: str) -> str:
    """ "now" when something is due, else when the next card falls due, in the learner's
    zone, in at most 9 characters: "10:10", "tomorrow", "Wed 09:00", "12-19"."""
    from quizapp.review.day import zone

    if c.due:
        return "now"
    if c.next_due_ts is None:
        return "—"
    at = datetime.fromtimestamp(c.next_due_ts, UTC).astimezone(zone(timezone))
    days = (at.date() - now.astimezone(zone(timezone)).date()).days
    if days <= 0:
        return at.strftime("%H:%M")
    if days == 1:
        return "tomorrow"
    if days < 7:
        return at.strftime("%a %H:%M")
    return at.strftime("%m-%d")


def sparkline(week: tuple[int, ...]) -> Text:
    """One character per day: its height is that day's due count against the week's most."""
    top = max(week, default=0)
    text = Text()
    for n in week:
        if n == 0:
            text.append("·", style="dim")
        else:
            text.append(SPARKS[min(len(SPARKS) - 1, (n * len(SPARKS) - 1) // top)], style="cyan")
    return text
