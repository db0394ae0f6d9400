"""Read YAML into plain Python data while remembering the line of every key and item.

PyYAML's composer gives nodes with marks; we build the data ourselves from those nodes so we
can record ``loc -> line`` and report duplicate keys, which ``yaml.safe_load`` silently merges.
"""

from __future__ import annotations

from typing import Any

import yaml

from quizapp.facts.errors import Loc, Problem

MAX_DEPTH = 40
# A real 50,000-fact deck in block style is 1.7 million YAML events (2.0 million with every
# optional field written out; tests/benchmarks/bench_big_deck.py writes and loads one), so the
# limits leave half as much again. Events are counted as the parser streams them, before any
# node graph is built, so a huge file is refused in bounded memory; the node budget then
# bounds alias expansion ("billion laughs"), which multiplies nodes without text.
MAX_EVENTS = 3_000_000
MAX_NODES = 3_000_000
COUNT_EVENTS_OVER = 1 << 20  # smaller texts cannot hold MAX_EVENTS events


class TooLarge(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


class _Constructor(yaml.constructor.SafeConstructor):
    pass


_CONSTRUCTOR = _Constructor()
# libyaml's parser keeps the same line marks and is about ten times faster
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _scalar(node: yaml.ScalarNode) -> Any:
    # Dates stay strings: the model has its own date fields, and a YAML timestamp in a title
    # ("2016-04") should not turn into a datetime behind the author's back.
    if node.tag == "tag:yaml.org,2002:timestamp":
        return node.value
    return (
        _CONSTRUCTOR.construct_scalar(node)
        if node.tag == "tag:yaml.org,2002:str"
        else (_CONSTRUCTOR.construct_object(node, deep=True))
    )


def load_with_lines(text: str, file: str) -> tuple[Any, dict[Loc, int], list[Problem]]:
    """Parse text; return (data, loc->1-based line, problems such as duplicate keys).

    Raises yaml.YAMLError for syntax errors (the caller turns it into a Problem).
    """
    if len(text) > COUNT_EVENTS_OVER:
        _count_events(text, file)
    root = yaml.compose(text, Loader=_LOADER)
    if root is None:
        return None, {}, []
    # every real node takes at least a character of text: more visits than that are aliases
    builder = _Builder(file, min(MAX_NODES, len(text) + 100_000))
    return builder.build(root, ()), builder.lines, builder.problems


def _count_events(text: str, file: str) -> None:
    """Refuse a text of more than MAX_EVENTS events, counted as the parser streams them."""
    for n, event in enumerate(yaml.parse(text, Loader=_LOADER)):
        if n > MAX_EVENTS:
            line = event.start_mark.line + 1 if event.start_mark else 1
            what = f"more than {MAX_EVENTS:,} YAML nodes (a 50,000-fact deck has about 2,000,000)"
            raise TooLarge(Problem(file, line, what, ()))


class _Builder:
    """Builds plain data from composed nodes, recording each loc's line and the problems."""

    def __init__(self, file: str, budget: int) -> None:
        self.file = file
        self.budget = budget  # node visits left before aliases count as an attack
        self.lines: dict[Loc, int] = {}
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        self.lines[loc] = node.start_mark.line + 1
        self.budget -= 1
        if len(loc) > MAX_DEPTH or self.budget < 0:
            # Deep nesting or alias expansion ("billion laughs") would exhaust memory.
            what = (
                f"the file nests deeper than {MAX_DEPTH} levels"
                if len(loc) > MAX_DEPTH
                else "aliases repeat parts of the file too many times"
            )
            raise TooLarge(Problem(self.file, node.start_mark.line + 1, what, loc))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return _scalar(node)

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            key = _scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str | int):
                self.problems.append(Problem(self.file, line, "keys must be plain words", loc))
                continue
            if key in out:
                self.problems.append(
                    Problem(self.file, line, f"duplicate key {key!r}", (*loc, key))
                )
                continue
            child = (*loc, str(key))
            out[key] = self.build(value_node, child)
            self.lines[child] = line
        return out


def line_for(loc: Loc, lines: dict[Loc, int]) -> int:
    """The line of loc, or of its nearest ancestor that has one."""
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return 1
