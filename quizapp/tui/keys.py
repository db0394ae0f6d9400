"""The screens' keys as small tables, one row a key: `key | action | label`, and `| hidden`
for a key that the footer leaves out (the help screen and the command palette still list it).

A table reads like the footer it makes, and every screen's keys are written the same way, so
adding a key is adding a row.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType


def keys(table: str) -> list[BindingType]:
    """The bindings of a table; a row with other than three or four cells is a bug here."""
    bindings: list[BindingType] = []
    for row in filter(None, (line.strip() for line in table.splitlines())):
        key, action, label, *rest = (cell.strip() for cell in row.split("|"))
        if rest not in ([], ["hidden"]):
            raise ValueError(f"a key row ends in `| hidden` or nothing: {row!r}")
        bindings.append(Binding(key, action, label, show=not rest))
    return bindings
