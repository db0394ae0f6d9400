"""key_glosses.restates_key (review r488 C): the key in another spelling or shortened beside
it names nothing else; another thing of a near name or figure is no gloss."""

from __future__ import annotations

import pytest

from quizapp.generate.key_glosses import restates_key


@pytest.mark.parametrize(
    ("names", "said", "glosses"),
    [
        (["Discobolus"], "Diskobolos", True),
        (["Discobolus"], "Greek Diskobolos", True),
        (["Croesus"], "Kroisos", True),
        (["Deutsche Mark"], "D-Mark", True),
        (["Deutsche Mark"], "Reichsmark", False),
        (["the president of Uzbekistan"], "the Kazakh president", False),
        (["Apollo 12"], "Apollo 14", False),
        (["12 seconds"], "15 seconds", False),
        (["Croesus"], "Midas", False),
    ],
)
def test_the_key_said_again(names: list[str], said: str, glosses: bool) -> None:
    assert restates_key(names, said) is glosses
