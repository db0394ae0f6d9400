"""Question generation from the facts model: generators per kind, gates, answer checking."""

from quizapp.generate.checker import Verdict, check
from quizapp.generate.generation import Generation
from quizapp.generate.question import KINDS, Question
from quizapp.generate.registry import generate_deck

__all__ = ["KINDS", "Generation", "Question", "Verdict", "check", "generate_deck"]
