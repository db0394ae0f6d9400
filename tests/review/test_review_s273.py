"""Session 27 (issue 19): review survivors of seed 2522's names (session 26 found them real
and left them without a test; docs/quality/mutation-session27-review.md, section 1).

Each test checks what a learner relies on: the daily review limit, the home screen's line,
the settings screen's account of `quizapp optimize`, and the guess measure's reading of a
choice item's chance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs

from quizapp.generate.question import Question
from quizapp.review.guessing import measure
from quizapp.review.personal import last_run
from quizapp.review.plan import done_today, plan, plan_text
from quizapp.store.light_reviews import AnswerRow
from quizapp.store.records import CardState, OptimizeRun, Review, Settings

T = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
DAY_START = datetime(2026, 12, 3, 4, 0, tzinfo=UTC)


def _due_review(fact: str, due: datetime) -> CardState:
    """A fact introduced a week ago, in review, due at `due`."""
    card = fsrs.Card(
        card_id=1, state=fsrs.State.Review, stability=5.0, difficulty=5.0, due=due,
        last_review=T - timedelta(days=5),
    )  # fmt: skip
    return CardState(
        learner="a", deck_id="d", fact_id=fact, fsrs=card.to_dict(), seen=True,
        introduced_at=T - timedelta(days=7),
    )  # fmt: skip


def _review(fact: str, at: datetime, undone: bool = False, deck: str = "d") -> Review:
    return Review(
        id=f"r-{fact}-{at:%H%M}", learner="a", deck_id=deck, fact_id=fact, item_id=f"{fact}-q",
        kind="typed", verdict="correct", rating=3, response="x", duration_ms=1000,
        reviewed_at=at, session_id="s", undone=undone,
    )  # fmt: skip


def test_the_daily_review_limit_counts_each_review_done_today_once_and_not_an_undone_one() -> None:
    """plan.done_today #8 (each review counted twice) and #19 (only undone answers counted):
    with a limit of 5 reviews a day and 2 reviews done this morning (a third undone), home
    offers the 3 left of the 8 due, and says the limit holds the rest back."""
    facts = [f"f{i}" for i in range(10)]
    cards = {f: _due_review(f, T - timedelta(days=1)) for f in facts[:8]}
    earlier = DAY_START + timedelta(hours=2)
    log = [
        _review("f8", earlier),
        _review("f9", earlier + timedelta(minutes=1)),
        _review("f7", earlier + timedelta(minutes=2), undone=True),
        _review("f6", DAY_START - timedelta(hours=1)),  # yesterday's
        _review("f5", earlier, deck="other"),  # another deck's
    ]
    cards |= {f: _due_review(f, T + timedelta(days=3)) for f in ("f8", "f9")}
    done = done_today(cards, log, "d", DAY_START)
    settings = Settings(learner="a", reviews_per_day=5, new_per_day=0)
    p = plan(facts, cards, T, settings, done)
    assert (p.due_now, p.new_today, p.reviews_capped) == (3, 0, True)
    assert plan_text(p, "UTC") == "3 due now. Press s to study."


def test_the_home_line_names_the_date_of_a_card_due_a_week_or_more_ahead() -> None:
    """humanize.moment_text #34 (`strftime(None)`: a TypeError): home could not say when the
    next card falls due once that is a week or more away."""
    cards = {"f": _due_review("f", datetime(2026, 12, 19, 9, 0, tzinfo=UTC))}
    settings = Settings(learner="a")
    p = plan(["f"], cards, T, settings, done_today(cards, [], "d", DAY_START))
    assert plan_text(p, "UTC") == "Nothing due. Next card at 2026-12-19 09:00 (in 16 days)."
    assert plan_text(p, "Asia/Tokyo") == "Nothing due. Next card at 2026-12-19 18:00 (in 16 days)."


def _run(adopted: bool) -> Settings:
    run = OptimizeRun(
        at=datetime(2026, 11, 29, 8, 30, tzinfo=UTC), reviews=512, held_out=100,
        log_loss_before=0.412, log_loss_after=0.398, rmse_before=0.05, rmse_after=0.04,
        adopted=adopted,
    )  # fmt: skip
    fitted = list(fsrs.Scheduler().parameters) if adopted else None
    return Settings(learner="a", optimized=run, fsrs_parameters=fitted)


def test_the_settings_screen_says_whether_the_fitted_parameters_are_in_use() -> None:
    """personal.last_run #6 (the outcome `None`): the settings screen said "(None; ..." where
    it says whether the fitted parameters were adopted or the defaults kept."""
    used = last_run(_run(adopted=True))
    assert used == (
        "Personal parameters: last fitted 2026-11-29 08:30 UTC on 512 reviews (in use; "
        "held-out log loss 0.412 -> 0.398)."
    )
    assert "(not better, defaults kept; held-out log loss" in last_run(_run(adopted=False))


class _Log:
    """The one store call `guessing.measure` makes: the learner's light answer rows."""

    def __init__(self, rows: list[AnswerRow]) -> None:
        self.rows = rows

    def answer_rows(self, learner: str, since: datetime) -> list[AnswerRow]:
        return [r for r in self.rows if r.reviewed_at >= since]


def _item(fact: str, kind: str, options: int) -> Question:
    return Question(
        id=f"{fact}-{kind}", kind=kind, template="forward", prompt="p?",
        options=[f"o{i}" for i in range(options)] if options else None, answer=["o0"],
        fact_ids=[fact], topic="t", explanation="e", citation="c", difficulty=0.5,
    )  # fmt: skip


def test_the_guess_measure_reads_a_two_option_choice_as_a_coin_toss() -> None:
    """guessing.measure #19 (options looked up for the facts answered in the other kinds):
    a two-option choice was read as a four-option one, halving its chance of a lucky guess.
    First sights of 200 facts each: typed wrong half the time, two-option choices 3 in 8:
    a learner who guesses on half the facts they do not know (f = 1/2, g = 1/2: wrong
    f * (1 - g / 2)). Read as four options, the same log needs g = 1."""
    rows = []
    at = T - timedelta(days=10)
    for i in range(200):
        for kind, wrong in (("typed", i % 2 == 0), ("mcq", i % 8 < 3)):
            fact, verdict = f"{kind}{i}", "wrong" if wrong else "correct"
            when = at + timedelta(minutes=i)
            row = AnswerRow(
                fact, f"{fact}-{kind}", kind, verdict, "scheduled", False, False, "new", when
            )
            rows.append(row)
    items = {f"mcq{i}": [_item(f"mcq{i}", "mcq", 2)] for i in range(200)}
    m = measure(_Log(rows), "a", T, lambda f: items.get(f, []), deck_facts=1000)  # type: ignore[arg-type]
    assert m.first_shows
    assert m.g == 0.5
