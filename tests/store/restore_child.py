"""Child for the backup/restore kill test: waits for a line, then backs up or restores."""

from __future__ import annotations

import sys
from pathlib import Path

from quizapp.store import open_store
from quizapp.store.backups import create_backup
from quizapp.store.restore import restore

root, action = Path(sys.argv[1]), sys.argv[2]
print("ready", flush=True)
sys.stdin.readline()
if action == "backup":
    store = open_store(root)
    store.compact()
    create_backup(root, "manual", keep=10)
    store.close()
else:
    restore(root, action)
print("done", flush=True)
