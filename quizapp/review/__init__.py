"""Spaced review: FSRS scheduling, today's queue, limits, burial, leeches. No Textual."""
