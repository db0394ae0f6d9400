"""Physical units for grading: the table and pint registry live in :mod:`quizapp.facts.physical`
(the deck loader checks a measured unit with them too); this module is the checker's name."""

from __future__ import annotations

from quizapp.facts.physical import canonical, convert, degree_scale, dimension, unit_of

__all__ = ["canonical", "convert", "degree_scale", "dimension", "unit_of"]
