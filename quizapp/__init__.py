"""quizapp: a terminal study app with generated questions and FSRS spaced review."""

__version__ = "0.1.0"
