"""Settings per learner: desired retention (and per deck), daily limits, day boundary, time
zone, theme; and when personal FSRS parameters were last fitted.

The settings load in a worker (opening the database is I/O and may fail, e.g. when another
process holds it): the screen paints at once and says what went wrong instead of crashing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import ValidationError
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.message import Message
from textual.widgets import Header, Input, Label, Select, Static

from quizapp.service import format_deck_retention, parse_deck_retention
from quizapp.tui.screens.base import QuizScreen
from quizapp.tui.widgets.footer import AppFooter
from quizapp.wording import SETTING_LABELS, settings_error

if TYPE_CHECKING:
    from quizapp.store.records import Settings

FIELDS = [
    ("desired_retention", "Desired retention (0.70-0.99)"),
    ("new_per_day", "New facts per day"),
    ("reviews_per_day", "Reviews per day"),
    ("learn_ahead_min", "Learn ahead (minutes, 0-1440)"),
    ("day_starts_at_hour", "The day starts at (hour, 0-23)"),
    ("timezone", "Time zone (e.g. Europe/Berlin)"),
]
KIND_WORDS = {"float": "a number", "int": "a whole number", "str": "text"}


class SettingsLoaded(Message):
    def __init__(self, settings: Settings | None, error: str | None, optimized: str = "") -> None:
        self.settings = settings
        self.error = error
        self.optimized = optimized  # when personal FSRS parameters were last fitted
        super().__init__()


class SettingsScreen(QuizScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    current: Settings | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="settings"):
            yield Static(f"Settings for {self.quiz.learner}", id="settings-title", markup=False)
            with Grid(id="settings-grid"):
                for name, label in FIELDS:
                    yield Label(label)
                    field = Input("", id=f"set-{name}", disabled=True)
                    field.cursor_blink = bool(getattr(self.app, "blink", True))  # still snapshots
                    yield field
                yield Label("Retention per deck (deck=0.85, ...)")
                deck_field = Input(
                    "",
                    placeholder="every deck: the desired retention above",
                    id="set-deck_retention",
                    disabled=True,
                )
                deck_field.cursor_blink = bool(getattr(self.app, "blink", True))
                yield deck_field
                yield Label("Theme")
                themes = sorted(self.app.available_themes)
                yield Select(
                    [(t, t) for t in themes],
                    value=self.app.theme if self.app.theme in themes else themes[0],
                    allow_blank=False,
                    id="set-theme",
                    disabled=True,
                )
            yield Static("", id="settings-optimized", markup=False)
            yield Static("Loading…", id="settings-help", markup=False)
        yield self.too_small()
        yield AppFooter()

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = bool(self.quiz.blink)  # off for snapshot tests
        self._load()

    @work(thread=True, exclusive=True, group="settings")
    def _load(self) -> None:
        try:
            service = self.quiz.ensure_service()
            settings = service.settings(self.quiz.learner)
            optimized = service.optimize_status(self.quiz.learner)
        except Exception as exc:  # the store could not open: say so, keep the app alive
            self.post_message(SettingsLoaded(None, str(exc)))
            return
        self.post_message(SettingsLoaded(settings, None, optimized))

    def on_settings_loaded(self, message: SettingsLoaded) -> None:
        help_line = self.query_one("#settings-help", Static)
        if message.settings is None:
            help_line.update(f"The settings cannot be read: {message.error}\nEsc goes back.")
            return
        self.current = message.settings
        for name, _ in FIELDS:
            field = self.query_one(f"#set-{name}", Input)
            field.value = str(getattr(message.settings, name))
            field.disabled = False
        deck_field = self.query_one("#set-deck_retention", Input)
        deck_field.value = format_deck_retention(message.settings.deck_retention)
        deck_field.disabled = False
        self.query_one("#settings-optimized", Static).update(message.optimized)
        theme = self.query_one("#set-theme", Select)
        if message.settings.theme in self.app.available_themes:
            theme.value = message.settings.theme
        theme.disabled = False
        help_line.update("ctrl+s saves." + ("" if not self.quiz.read_only else " (read-only)"))
        self.query_one(f"#set-{FIELDS[0][0]}", Input).focus()

    def action_save(self) -> None:
        current = self.current
        if current is None:
            self.notify("The settings are not loaded, so there is nothing to save.")
            return
        raw: dict[str, object] = {}
        for name, _ in FIELDS:
            text = self.query_one(f"#set-{name}", Input).value.strip()
            kind = type(getattr(current, name))
            try:
                raw[name] = kind(text)
            except ValueError:
                label = SETTING_LABELS.get(name, name)
                words = KIND_WORDS.get(kind.__name__, kind.__name__)
                self.notify(f"{label}: {text!r} is not {words}.", severity="error", markup=False)
                return
        try:
            raw["deck_retention"] = parse_deck_retention(
                self.query_one("#set-deck_retention", Input).value
            )
        except ValueError as exc:
            self.notify(f"retention per deck: {exc}", severity="error", markup=False)
            return
        raw["theme"] = str(self.query_one("#set-theme", Select).value)
        try:
            updated = current.model_validate(current.model_dump() | raw)
        except ValidationError as exc:
            self.notify(settings_error(exc.errors()), severity="error", markup=False)
            return
        from quizapp.store.errors import StoreError

        try:
            self.quiz.ensure_service().save_settings(updated)
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.current = updated
        self.app.theme = updated.theme
        self.notify("Saved.")
