"""The help overlay: every key, by screen."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

KEYS = """\
# Keys

**Everywhere**: `F1` help · `ctrl+p` command palette · `q` quit (home)

**Home**: `↑ ↓` choose a deck · `s` or `Enter` study · `p` practise (schedule untouched) ·
`e` exam mode · `b` browse facts · `r` reports · `,` settings · `l` switch learner

**Study**
- multiple choice, true/false, numbers, odd one out: `1`-`9`, or `↑ ↓` and `Enter`
- tick all that apply: `1`-`9` or `space` to tick, `Enter` to submit
- typed, numbers, fill the blank: type, then `Enter`
- matching: for A, B, C ... in turn press the number of its match; `Backspace` undoes one
- ordering: `↑ ↓` to choose, `[` `]` (or `ctrl+↑ ↓`) to move it, `Enter` to submit
- flashcard: `space` flips, then `1` again `2` hard `3` good `4` easy
- `ctrl+r` reveal the answer · `ctrl+z` undo the last answer · `Esc` end the session

**After an answer**: `Enter` next · `i` I was right · `u` undo

**Browse**: type to search · `s` suspend or unsuspend · `x` reset the card · `Esc` back

Press `Esc` to close.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="modal help"):
            yield Markdown(KEYS)
