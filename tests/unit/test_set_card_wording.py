"""A set card's explanation says in plain words whether its list is whole (review 9401 #2: the
line "That is the full list of two." read as no English and told the learner nothing)."""

from __future__ import annotations

import re

from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, generated

WHOLE = re.compile(
    r"^(These (two|three|four|five|six|seven) are all there are\."
    r"|The \w+ names exactly these (two|three|four|five|six|seven), and no others\."
    r"|The \w+ says these (two|three|four|five|six|seven) are the only ones\."
    r"|These are the (two|three|four|five|six|seven) the \w+ names; it does not say there are"
    r" no others\.)"
)


def test_every_set_card_says_plainly_whether_its_list_is_whole() -> None:
    seen = 0
    for path in (CENTRAL_ASIA, CHEM, APOLLO):
        for q in generated(path, tuple(range(10))):
            if q.kind != "flashcard" or not q.template.startswith("set"):
                continue
            seen += 1
            text = q.explanation or ""
            assert "full list of" not in text, (q.prompt, text)
            assert WHOLE.match(text), (q.prompt, text)
    assert seen > 50
