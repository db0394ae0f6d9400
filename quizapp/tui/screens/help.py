"""The help overlay: the keys of the screen it was opened from, then every screen's keys.

Rendered with Rich's Markdown, which keeps the space after an inline `key`."""

from __future__ import annotations

from typing import ClassVar

from rich.markdown import Markdown
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from quizapp.tui.screens.base import QuizModal

KEYS = """\
## Every screen

**Everywhere**: `F1` this help · `ctrl+p` command palette (lists every command) ·
`ctrl+q` quit · `Esc` back

**Home**: `↑ ↓` choose a deck · `s` or `Enter` study · `p` practise (schedule untouched) ·
`e` exam mode · `b` browse facts · `r` reports · `,` settings · `l` switch learner ·
`o` open the database read-only (when another quizapp holds it) · `q` quit

**Study**
- multiple choice, true/false, numbers, odd one out: `1`-`9`, or `↑ ↓` and `Enter`
- tick all that apply: `1`-`9` or `space` to tick, `Enter` to submit
- typed, numbers, fill the blank: type, then `Enter`
- matching: for A, B, C ... in turn press the number of its match; `Backspace` undoes one
- ordering: `↑ ↓` to choose, `[` `]` (or `ctrl+↑ ↓`) to move it, `Enter` to submit
- flashcard: `space` flips, then `1` again `2` hard `3` good `4` easy
- `ctrl+r` reveal the answer (counts as forgotten) · `ctrl+z` undo the last answer ·
  `Esc` end the session

**After an answer**: `Enter` next · `1` Again `2` Hard `3` Good `4` Easy change the rating
the app chose (right answers) · `i` I was right (wrong answers only) · `u` or `ctrl+z` undo

**Session summary**: `Enter` or `Esc` home · `q` quit

**Browse**: type to search · `↑ ↓` choose a fact · `s` suspend or unsuspend · `x` reset
the card (asks first; `u` undoes) · `Esc` back

**Reports**: `7` last 7 days · `3` last 30 days · `a` everything · `Esc` back

**Settings**: `Tab` next field · `ctrl+s` save · `Esc` back

**Switch learner** (`l`): `↑ ↓` and `Enter` choose one; `Tab`, type a new name, `Enter`
"""


def screen_keys(title: str, keys: list[tuple[str, str]]) -> str:
    """The Markdown for the keys of the screen help was opened from."""
    listed = " · ".join(f"`{key}` {what}" for key, what in keys) or "no keys of its own"
    return f"# Keys\n\n`Esc` closes this help.\n\n**This screen ({title})**: {listed}\n\n"


class HelpScreen(QuizModal[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "Close")]

    def __init__(self, title: str = "", keys: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.text = screen_keys(title or "this screen", keys or []) + KEYS

    def compose(self) -> ComposeResult:
        yield self.too_small()
        with VerticalScroll(classes="modal help"):
            yield Static(Markdown(self.text), id="help-text")
