"""Re-judge named mutants against chosen tests (fast, after new tests).

Usage, inside a mutmut scratch copy's `mutants/` folder (tests/mutation/run.sh prints it):
    QUIZAPP_CACHE=/dev/null/x python -m tests.mutation.rejudge NAMES_FILE TEST [TEST...]
NAMES_FILE holds one mutant name a line (the `survived:` lines of run.sh). mutmut's
trampolines read the mutant from MUTANT_UNDER_TEST on every call, so each name is set in
turn and pytest run with -x; a failing run kills the mutant. Each mutant runs in a fresh
process: run in one, a test module's import-time deck and the test helpers' memos
(tests/support/bundled.py) would be made once, under whichever mutant came first, and every
later mutant judged against those items. Run the tests once with no mutant first: they must
pass, or every mutant would look killed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def main(args: list[str]) -> int:
    text = Path(args[0]).read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip()]
    killed = 0
    for name in names:
        env = {**os.environ, "MUTANT_UNDER_TEST": name}
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            "-x",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
        ]
        cmd += args[1:]
        code = subprocess.run(cmd, env=env, capture_output=True, check=False).returncode
        killed += code != 0
        print(name, "killed" if code != 0 else "survived", flush=True)
    print(f"killed {killed} of {len(names)}; survived {len(names) - killed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
