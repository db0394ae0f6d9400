"""The deck JSON Schema, for editors with a YAML language server."""

from __future__ import annotations

import json

from quizapp.facts.model import Deck

SCHEMA_ID = "https://quizapp.invalid/deck.schema.json"


def deck_schema() -> dict[str, object]:
    schema = Deck.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def deck_schema_json() -> str:
    return json.dumps(deck_schema(), indent=2, sort_keys=True)
