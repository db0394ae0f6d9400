"""An answer followed by what it belongs to ('Kyiv, Ukraine', 'Bern (Switzerland)'): a careful
marker reads the answer before the comma or bracket when what follows only repeats what the
question names (session-20 capitals reading: ten right capitals typed with their country were
graded wrong). A tail the question does not name ('Moscow, Kyiv' for the capital of Ukraine)
is a second answer, not a qualifier, and the answer stays as typed."""

from __future__ import annotations

import re

from quizapp.generate.index import words as _words

_QUALIFIED = re.compile(r"^(?P<head>[^,()]+?)\s*(?:,\s*(?P<tail>[^,()]+)|\((?P<inner>[^()]+)\))$")


def without_qualifier(prompt: str, text: str) -> str | None:
    """The answer without a tail that the question itself names, or None."""
    found = _QUALIFIED.match(text.strip())
    if found is None:
        return None
    tail = _words(found["tail"] or found["inner"] or "")
    if not tail.strip() or tail not in _words(prompt):
        return None
    return found["head"].strip()
