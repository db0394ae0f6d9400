from __future__ import annotations

import json

import jsonschema
import yaml

from quizapp.facts.schema import deck_schema, deck_schema_json


def test_schema_accepts_the_bundled_deck_and_rejects_a_broken_one(deck_text: str) -> None:
    schema = deck_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    data = yaml.safe_load(deck_text)
    jsonschema.validate(data, schema)
    data["facts"][0]["explanaton"] = data["facts"][0].pop("explanation")
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(data))


def test_schema_json_is_stable_text() -> None:
    assert json.loads(deck_schema_json())["title"] == "Deck"
    assert deck_schema_json() == deck_schema_json()
