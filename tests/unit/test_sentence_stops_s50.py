"""Issue 12, review r523 A and B: the full stop after an answer, when a sentence follows, is read
as a semicolon (a bracket after ticks, an order or pairs); never an initial, a title, 'c.' before
a year or a dotted abbreviation."""

from __future__ import annotations

import pytest

from quizapp.generate.sentence_stops import stop_as_semicolon


@pytest.mark.parametrize(
    ("typed", "shape", "read"),
    [
        ("C. Davy really found it.", "choice", "C; Davy really found it."),
        ("False. Mercury boils at 357 °C.", "choice", "False; Mercury boils at 357 °C."),
        (
            "28.5. It melts on a warm day.",
            "text",
            "28.5; it melts on a warm day.",
        ),  # a plain opener lower-cased (r632)
        ("Humphry Davy. Faraday found it.", "text", "Humphry Davy; Faraday found it."),
        ("2 1 3 4. Phosphorus came first.", "order", "2 1 3 4 (Phosphorus came first.)"),
        ("A, C. Both are liquids.", "ticks", "A, C (Both are liquids.)"),
        ("J. Robert Oppenheimer", "text", "J. Robert Oppenheimer"),
        ("H. G. Wells wrote it", "text", "H. G. Wells wrote it"),
        ("Dr. Martin Luther King", "text", "Dr. Martin Luther King"),
        ("St. Petersburg is the city", "text", "St. Petersburg is the city"),
        ("c. 9,000 years ago", "text", "c. 9,000 years ago"),
        ("U.S. Navy is the answer", "text", "U.S. Navy is the answer"),
        ("C. 1669", "choice", "C. 1669"),
        ("Leonardo. Da Vinci", "text", "Leonardo. Da Vinci"),
        ("Alan R. Moon, who won it in 2004", "text", "Alan R. Moon, who won it in 2004"),  # r554
    ],
)
def test_full_stop_before_a_sentence(typed: str, shape: str, read: str) -> None:
    assert stop_as_semicolon(typed, shape) == read
