"""Quality gates: every generated item passes all of them or is dropped and counted.

The gates re-check items against the deck rather than trusting the generator that made them.
Each gate returns a reason string when the item fails it; they live by what they check:
`option_gates` (the options of choice items), `stem_gates` (the wording of the stem),
`source_gates` (citations, dates, attribution) and `argument_gates` (sentence kinds).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from quizapp.generate.argument_gates import (
    key_echoes_stem,
    key_restates_claim,
    name_only_in_key,
    sentence_options,
    values_apart,
    wrong_on_claims_ground,
)
from quizapp.generate.argument_topic import (
    key_alone_on_topic,
    stem_names_cause,
    wrong_option_is_baseline,
)
from quizapp.generate.gate_scope import judged_by
from quizapp.generate.index import DeckIndex
from quizapp.generate.name_cues import name_gives_key
from quizapp.generate.negative_stems import no_negative
from quizapp.generate.option_eras import one_era
from quizapp.generate.option_gates import (
    OPTION_COUNTS,
    distinct,
    homogeneous,
    no_length_cue,
    not_guessable,
    one_form,
    one_key,
    option_count,
    option_not_in_stem,
    plausible_options,
    set_shape,
)
from quizapp.generate.question import Question
from quizapp.generate.scale import no_dead_option
from quizapp.generate.source_gates import (
    attributed,
    cites_and_dates,
    events_only,
    not_after_source,
    not_stale,
    one_measure,
    open_blank_is_declared,
    typed_key_is_a_name,
)
from quizapp.generate.stem_gates import (
    STOPWORDS,
    grammar,
    no_gap,
    no_leak,
    numbers_agree,
    open_wording,
    predicative,
)

# re-exported: tests and `argument_gates` import them from here
__all__ = ["GATES", "OPTION_COUNTS", "STOPWORDS", "first_failure", "grammar"]


Gate = Callable[[Question, DeckIndex], str | None]
GATES: dict[str, Gate] = {
    "one key": one_key,
    "distinct options": distinct,
    "homogeneous options": homogeneous,
    "no leak": no_leak,
    "grammar": grammar,
    "no length cue": no_length_cue,
    "one form": one_form,
    "no negative stem": no_negative,
    "option count and order": option_count,
    "cites facts, says when": cites_and_dates,
    "open wording": open_wording,
    "numbers agree": numbers_agree,
    "not after the source": not_after_source,
    "plausible options": plausible_options,
    "tick-all shape": set_shape,
    "typed key is a name": typed_key_is_a_name,
    "open blank declared": open_blank_is_declared,
    "dated present tense": not_stale,
    "protagonist key": not_guessable,
    "name gives key": name_gives_key,
    "no template gap": no_gap,
    "events only": events_only,
    "option not in stem": option_not_in_stem,
    "one measure": one_measure,
    "predicative form": predicative,
    "attributed judgment": attributed,
    "key echoes stem": key_echoes_stem,
    "key restates claim": key_restates_claim,
    "name only in key": name_only_in_key,
    "wrong option on claim's ground": wrong_on_claims_ground,
    "key alone on topic": key_alone_on_topic,
    "stem names its cause": stem_names_cause,
    "baseline as wrong option": wrong_option_is_baseline,
    "sentence options": sentence_options,
    "compared values apart": values_apart,
    "one era": one_era,
    "no dead option": no_dead_option,
}


def first_failure(q: Question, ix: DeckIndex) -> str | None:
    """The first gate, in GATES's order, that the item fails, and why; None if it passes all.
    The item judged last is not judged again (a why draft is judged by its tier, then by the
    drafts' pick, then by the registry: a tenth of the argument items' gating): the gates are
    pure and a Question is frozen, so the verdict on the same object stands."""
    last: tuple[Question, str | None] | None = ix.__dict__.get("_last_verdict")
    if last is not None and last[0] is q:
        return last[1]
    verdict = _verdict(q, ix)
    ix.__dict__["_last_verdict"] = (q, verdict)
    return verdict


def _verdict(q: Question, ix: DeckIndex) -> str | None:
    for name, gate in _gates_for(q.kind):
        reason = gate(q, ix)
        if reason:
            return f"{name}: {reason}"
    return None


@functools.cache
def _gates_for(kind: str) -> tuple[tuple[str, Gate], ...]:
    """GATES in order, less those that never fail an item of this kind (gate_scope.py)."""
    return tuple((name, gate) for name, gate in GATES.items() if judged_by(gate, kind))
