"""Question generation from the facts model: generators per kind, gates, answer checking.

Names load on first use, so importing a light submodule (question, kind_spec) does not load
every generator and the checker: `quizapp status` and the command-line parser need neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.lazy import lazy_exports

if TYPE_CHECKING:
    from quizapp.generate.checker import Verdict as Verdict
    from quizapp.generate.checker import check as check
    from quizapp.generate.generation import Generation as Generation
    from quizapp.generate.question import KINDS as KINDS
    from quizapp.generate.question import Question as Question
    from quizapp.generate.registry import generate_deck as generate_deck

_EXPORTS = {
    "quizapp.generate.checker": ("Verdict", "check"),
    "quizapp.generate.generation": ("Generation",),
    "quizapp.generate.question": ("KINDS", "Question"),
    "quizapp.generate.registry": ("generate_deck",),
}
__all__ = sorted(name for names in _EXPORTS.values() for name in names)
__getattr__ = lazy_exports(_EXPORTS)
