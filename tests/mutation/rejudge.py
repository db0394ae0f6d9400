"""Re-judge named mutants against chosen tests, in one process (fast, after new tests).

Usage, inside a mutmut scratch copy's `mutants/` folder (tests/mutation/run.sh prints it):
    QUIZAPP_CACHE=/dev/null/x python -m tests.mutation.rejudge NAMES_FILE TEST [TEST...]
NAMES_FILE holds one mutant name a line (the `survived:` lines of run.sh). mutmut's
trampolines read the mutant from MUTANT_UNDER_TEST on every call, so each name is set in
turn and pytest run in-process with -x; a failing run kills the mutant. Run the tests once
with no mutant first: they must pass, or every mutant would look killed.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

import pytest


def main(args: list[str]) -> int:
    text = Path(args[0]).read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip()]
    killed = 0
    for name in names:
        os.environ["MUTANT_UNDER_TEST"] = name
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            code = pytest.main(["-x", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", *args[1:]])
        killed += code != 0
        print(name, "killed" if code != 0 else "survived", flush=True)
    os.environ.pop("MUTANT_UNDER_TEST", None)
    print(f"killed {killed} of {len(names)}; survived {len(names) - killed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
