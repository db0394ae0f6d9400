"""The wheel ships the decks inside the package, so an install from anywhere finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_contains_the_bundled_deck(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("quizapp-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "quizapp/_decks/russia-central-asia.yaml" in names
    assert "quizapp/tui/app.tcss" in names
