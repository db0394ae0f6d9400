"""Answer forms the stem decides (check_forms.py), on made-up items: the rules hold for any
deck, not for the items the session-10 reviews happened to draw."""

from __future__ import annotations

from quizapp.facts.values import Percentage
from quizapp.generate.checker import check
from quizapp.generate.question import Question
from quizapp.generate.tolerance import key_for

PERSON = {"kemal atay": "person:atay", "jon berg": "person:berg", "ruritania": "country:r"}


def _q(prompt: str, answer: list[str], accepted: list[str] | None = None, **kw: object) -> Question:
    return Question.model_validate(
        {
            "id": "x",
            "kind": kw.pop("kind", "typed"),
            "template": "t",
            "prompt": prompt,
            "answer": answer,
            "accepted": accepted or answer,
            "fact_ids": ["f"],
            "topic": "t",
            "explanation": "because",
            "citation": "memo",
            "difficulty": 0.5,
            **kw,
        }
    )


def test_a_title_or_role_before_a_persons_name_is_still_the_person() -> None:
    who = _q("Who leads Ruritania?", ["Kemal Atay"], ["Kemal Atay", "Atay", "Ruritanian president"])
    for right in ("President Atay", "Ruritanian president Atay", "Prime Minister Kemal Atay"):
        assert check(who, right, PERSON).verdict == "correct", right
    assert check(who, "Ruritania's new president", PERSON).verdict == "wrong"  # not accepted
    for wrong in ("President Berg", "Jon Berg", "Syldavian president Atay"):
        assert check(who, wrong, PERSON).verdict == "wrong", wrong


def test_an_inserted_word_inside_an_organisations_name_is_another_organisation() -> None:
    vocab = {"northern trade union": "organisation:ntu", "ntu": "organisation:ntu"}
    bloc = _q("Which bloc?", ["NTU"], ["NTU", "Northern Trade Union", "Northern Union"])
    assert check(bloc, "Northern Union", vocab).verdict == "correct"
    assert check(bloc, "Northern Customs Union", vocab).verdict == "wrong"


def test_a_faith_named_by_its_adjective_or_believers() -> None:
    vocab = {"islam": "religion:islam", "muslim": "religion:islam", "christianity": "religion:c"}
    faith = _q("Most people follow ___.", ["Islam"], ["Islam", "Muslim"], kind="cloze")
    for right in ("the Muslim faith", "the Islamic faith", "Islamic religion"):
        assert check(faith, right, vocab).verdict == "correct", right
    assert check(faith, "the Christian faith", vocab).verdict == "wrong"


def _share(prompt: str, value: float) -> Question:
    key = key_for(Percentage(kind="percentage", value=value))
    return _q(prompt, [f"{value:g}%"], kind="numeric", numeric=key)


def test_a_signed_change_is_read_against_the_direction_the_stem_names() -> None:
    fell = _share("By how much did exports fall in 2015?", 19)
    rose = _share("By how much did exports rise in 2015?", 19)
    assert check(fell, "-19%").verdict == "correct"
    assert check(fell, "minus 19%").verdict == "correct"
    assert check(fell, "-25%").verdict == "wrong"
    assert check(rose, "-19%").verdict == "wrong"  # a fall for a rise


def test_a_proportion_for_a_share_is_read_as_per_cent_and_said_so() -> None:
    share = _share("What share of voters backed it?", 74)
    v = check(share, "0.74")
    assert v.verdict == "near_miss" and "74%" in v.note
    assert check(share, "0.81").verdict == "wrong"
    assert check(share, "0.74%").verdict == "wrong"  # as typed: under one per cent
    tiny = _share("What share of the budget went to it?", 0.5)
    assert check(tiny, "0.5").verdict == "correct"  # a key under 1%: the bare number is it
