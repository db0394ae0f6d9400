"""One module per question kind; each exposes ``generate(ix, fact, rng) -> list[Outcome]``."""
