"""Package names that load on first use, so importing a light submodule stays light."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_exports(modules: dict[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports a name from the module listing it in `modules`
    (module -> names) when first asked."""
    home = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> Any:
        if name in home:
            return getattr(import_module(home[name]), name)
        raise AttributeError(name)

    return __getattr__
