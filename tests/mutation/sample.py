"""A seeded uniform random sample of a package's mutants, and its score with a 95% interval.

Used by tests/mutation/run.sh when SAMPLE is set (`SAMPLE=80 SEED=1 tests/mutation/run.sh
generate`); run inside the mutmut scratch copy, whose pyproject.toml holds the [tool.mutmut]
section run.sh writes.

    python -m tests.mutation.sample draw SEED N > names.txt
        generates every mutant of the package (no tests run), then draws N of them uniformly
        (so each module is weighted by its mutant count) with random.Random(SEED) from the
        sorted list of names; prints the names, and the per-module tally on stderr.
    python -m tests.mutation.sample strip names.txt PACKAGE_DIR
        (in the scratch copy) puts the plain source back in mutants/ for every module of the
        package with no drawn mutant: their functions lose mutmut's trampolines, which slow
        every call, so the clean run that maps tests to functions is quicker (the modules
        hold no drawn mutant, so nothing judged changes).
    python -m tests.mutation.sample score names.txt results.txt
        scores the sample from `mutmut results --all true`: a mutant no fast test reaches
        ("no tests") counts as surviving, since the score is an estimate for the whole package.

The same seed, code and mutmut version draw the same sample.
"""

from __future__ import annotations

import collections
import contextlib
import importlib
import math
import random
import sys
from pathlib import Path
from typing import Any

KILLED = {"killed", "timeout", "segfault", "caught by type check", "collection error"}
APART = ("timeout", "collection error")  # kills the score names apart from a failing test


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """The Wilson score interval of k successes in n trials (95% by default)."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def draw(names: list[str], seed: int, n: int) -> list[str]:
    """N names drawn uniformly without replacement, reproducibly for a seed."""
    pool = sorted(set(names))
    return sorted(random.Random(seed).sample(pool, min(n, len(pool))))


def module_of(name: str) -> str:
    """`quizapp.generate.gates.x_f__mutmut_3` -> `quizapp.generate.gates`."""
    head = name.split("__mutmut_")[0].rsplit(".", 1)[0]
    return head


def module_path(module: str, root: Path) -> Path:
    """`quizapp.generate.gates` -> root/quizapp/generate/gates.py (or its package's __init__)."""
    base = root.joinpath(*module.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def strip(sample: list[str], package: Path, mutants: Path) -> list[Path]:
    """Copy each module of `package` (a source folder, relative to the scratch copy) holding
    no sampled mutant from the source over its mutated copy in `mutants`; returns those kept."""
    keep = {module_path(module_of(n), mutants) for n in sample}
    kept: list[Path] = []
    for source in sorted(package.rglob("*.py")):
        target = mutants / source
        if not target.exists():
            continue
        if target in keep:
            kept.append(target)
        else:
            target.write_bytes(source.read_bytes())
    return kept


def all_mutant_names() -> list[str]:  # pragma: no cover - needs mutmut's scratch copy
    # imported by name: mutmut is an optional extra ('.[mutation]'), absent where mypy runs in CI
    mm: Any = importlib.import_module("mutmut.__main__")
    files: Any = importlib.import_module("mutmut.utils.file_utils")
    data_mod: Any = importlib.import_module("mutmut.mutation.data")
    trampoline: Any = importlib.import_module("mutmut.mutation.trampoline")

    trampoline.set_mutant_under_test("mutant_generation")
    Path("mutants").mkdir(exist_ok=True)
    with contextlib.redirect_stdout(sys.stderr):  # mutmut's progress lines are not names
        files.copy_src_dir()
        files.copy_also_copy_files()
        files.setup_source_paths()
        mm.create_mutants(2)
    names: list[str] = []
    for path in files.walk_mutatable_files():
        data = data_mod.SourceFileMutationData(path=path)
        data.load()
        names.extend(data.exit_code_by_key)
    return names


def score(sample: list[str], results: dict[str, str]) -> str:
    """The report of a judged sample: tally, score, interval and the survivors by name."""
    status = collections.Counter(results.get(n, "not checked") for n in sample)
    killed = sum(status[s] for s in KILLED)
    judged = sum(v for s, v in status.items() if s not in ("not checked", "skipped"))
    tally = ", ".join(f"{v} {s}" for s, v in status.most_common())
    lines = [f"sample of {len(sample)}: {tally}"]
    if judged:
        lo, hi = wilson(killed, judged)
        apart = "".join(f", {status[s]} by {s}" for s in APART if status[s])
        lines.append(
            f"score: {killed}/{judged} killed = {100 * killed / judged:.1f}% "
            f"(95% Wilson interval {100 * lo:.1f}-{100 * hi:.1f}%; 'no tests' counted as survived"
            f"{apart})"
        )
    for n in sample:
        s = results.get(n, "not checked")
        if s not in KILLED:
            lines.append(f"  {s}: {n}")
    return "\n".join(lines)


def read_results(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, what = line.strip().rpartition(": ")
        if sep:
            out[name] = what
    return out


def main(args: list[str]) -> int:  # pragma: no cover - a command-line driver
    if args[:1] == ["draw"]:
        seed, n = int(args[1]), int(args[2])
        names = all_mutant_names()
        picked = draw(names, seed, n)
        per_module = collections.Counter(module_of(x) for x in names)
        got = collections.Counter(module_of(x) for x in picked)
        print(f"{len(names)} mutants; seed {seed}; sample {len(picked)}", file=sys.stderr)
        for mod, total in sorted(per_module.items()):
            print(f"  {mod}: {got[mod]} of {total}", file=sys.stderr)
        print("\n".join(picked))
        return 0
    if args[:1] == ["strip"]:
        text = Path(args[1]).read_text()
        sample = [x.strip() for x in text.splitlines() if "__mutmut_" in x]
        kept = strip(sample, Path(args[2]), Path("mutants"))
        print(f"mutated modules kept: {len(kept)} ({', '.join(p.stem for p in kept)})")
        return 0
    if args[:1] == ["score"]:
        text = Path(args[1]).read_text()
        sample = [x.strip() for x in text.splitlines() if "__mutmut_" in x]
        print(score(sample, read_results(Path(args[2]).read_text())))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
