"""quizapp's own commands in Textual's command palette (ctrl+p)."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

COMMANDS = [
    ("Study the selected deck", "study('scheduled')", "spaced review of what is due"),
    ("Practise the selected deck", "study('practice')", "any facts; the schedule is not changed"),
    ("Exam mode", "exam", "schedule for an exam date"),
    ("Browse facts", "browse", "search, suspend, reset"),
    ("Reports", "reports", "today and the last 7 days"),
    ("Settings", "settings", "retention, limits, day start, theme"),
    ("Switch learner", "learner", "another learner's progress"),
]


class QuizCommands(Provider):
    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        from quizapp.tui.screens.home import HomeScreen

        home = next((s for s in self.app.screen_stack if isinstance(s, HomeScreen)), None)
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
