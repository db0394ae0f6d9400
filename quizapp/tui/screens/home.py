"""Home: the decks quizapp found, with their sizes."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from quizapp import service


class HomeScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "app.quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static("Your decks", id="home-title")
            yield DataTable(id="decks", cursor_type="row", zebra_stripes=True)
            yield Static("", id="home-note")
        yield Static("Make the window larger (at least 60 x 20) to use quizapp.", id="too-small")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#decks", DataTable)
        table.add_columns("Deck", "Facts", "Entities", "Relations", "Where")
        decks = service.list_decks()
        for d in decks:
            title = d.title if d.problem is None else f"{d.id} (cannot be loaded)"
            table.add_row(
                title, str(d.facts), str(d.entities), str(d.relations), d.origin, key=d.id
            )
        broken = [d for d in decks if d.problem]
        note = self.query_one("#home-note", Static)
        if not decks:
            note.update("No decks found. Put deck files (.yaml) in your decks folder.")
        elif broken:
            note.update(f"{len(broken)} deck(s) could not be loaded: {broken[0].problem}")
        table.focus()
