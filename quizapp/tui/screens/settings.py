"""Settings per learner: desired retention (and per deck), daily limits, day boundary, time
zone, theme; and when personal FSRS parameters were last fitted."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Select, Static

from quizapp.service import format_deck_retention, parse_deck_retention

if TYPE_CHECKING:
    from quizapp.tui.app import QuizApp

FIELDS = [
    ("desired_retention", "Desired retention (0.70-0.99)"),
    ("new_per_day", "New facts per day"),
    ("reviews_per_day", "Reviews per day"),
    ("day_starts_at_hour", "The day starts at (hour, 0-23)"),
    ("timezone", "Time zone (e.g. Europe/Berlin)"),
]


class SettingsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    @property
    def quiz(self) -> QuizApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        current = self.quiz.ensure_service().settings(self.quiz.learner)
        yield Header()
        with Vertical(id="settings"):
            yield Static(f"Settings for {self.quiz.learner}", id="settings-title")
            with Grid(id="settings-grid"):
                for name, label in FIELDS:
                    yield Label(label)
                    yield Input(str(getattr(current, name)), id=f"set-{name}")
                yield Label("Retention per deck (deck=0.85, ...)")
                yield Input(
                    format_deck_retention(current.deck_retention),
                    placeholder="every deck: the desired retention above",
                    id="set-deck_retention",
                )
                yield Label("Theme")
                themes = sorted(self.app.available_themes)
                yield Select(
                    [(t, t) for t in themes],
                    value=current.theme if current.theme in themes else self.app.theme,
                    allow_blank=False,
                    id="set-theme",
                )
            yield Static(
                self.quiz.ensure_service().optimize_status(self.quiz.learner),
                id="settings-optimized",
            )
            yield Static("ctrl+s saves.", id="settings-help")
        yield Footer()

    def action_save(self) -> None:
        service = self.quiz.ensure_service()
        current = service.settings(self.quiz.learner)
        raw: dict[str, object] = {}
        for name, _ in FIELDS:
            text = self.query_one(f"#set-{name}", Input).value.strip()
            kind = type(getattr(current, name))
            try:
                raw[name] = kind(text)
            except ValueError:
                self.notify(
                    f"{name.replace('_', ' ')}: {text!r} is not a {kind.__name__}", severity="error"
                )
                return
        try:
            raw["deck_retention"] = parse_deck_retention(
                self.query_one("#set-deck_retention", Input).value
            )
        except ValueError as exc:
            self.notify(f"retention per deck: {exc}", severity="error")
            return
        raw["theme"] = str(self.query_one("#set-theme", Select).value)
        try:
            updated = current.model_validate(current.model_dump() | raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            self.notify(f"{first['loc'][0]}: {first['msg']}", severity="error")
            return
        from quizapp.store.errors import StoreError

        try:
            service.save_settings(updated)
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return
        self.app.theme = updated.theme
        self.notify("Saved.")
