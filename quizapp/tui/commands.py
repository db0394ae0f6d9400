"""quizapp's own commands in Textual's command palette (ctrl+p)."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

COMMANDS = [
    ("Study the selected deck", "study('scheduled')", "spaced review of what is due"),
    ("Practise the selected deck", "study('practice')", "any facts; the schedule is not changed"),
    ("Exam mode", "exam", "schedule for an exam date"),
    ("Browse facts", "browse", "search, suspend, reset"),
    ("Reports", "app.open_reports", "the whole report over 7 days, 30 days or everything"),
    ("Settings", "app.open_settings", "retention, limits, day start, theme"),
    ("Switch learner", "learner", "another learner's progress"),
]


class QuizCommands(Provider):
    def _home(self) -> object | None:
        from quizapp.tui.screens.home import HomeScreen

        return next((s for s in self.app.screen_stack if isinstance(s, HomeScreen)), None)

    async def discover(self) -> Hits:
        """With nothing typed yet, the palette lists the app's own commands first."""
        home = self._home()
        if home is None:
            return
        for title, action, help_text in COMMANDS:
            yield DiscoveryHit(title, partial(self._run, home, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        home = self._home()
        if home is None:
            return
        for title, action, help_text in COMMANDS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self._run, home, action),
                    help=help_text,
                )

    async def _run(self, home: object, action: str) -> None:
        await home.run_action(action)  # type: ignore[attr-defined]
