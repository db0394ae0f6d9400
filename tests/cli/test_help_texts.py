"""Every option and argument of every command says what it is for."""

from __future__ import annotations

import argparse

from quizapp.cli import build_parser


def parsers() -> dict[str, argparse.ArgumentParser]:
    root = build_parser()
    found = {"quizapp": root}
    todo = [("quizapp", root)]
    while todo:
        name, parser = todo.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub_name, sub in action.choices.items():
                    found[f"{name} {sub_name}"] = sub
                    todo.append((f"{name} {sub_name}", sub))
    return found


def test_every_option_has_help_text() -> None:
    missing = [
        f"{name}: {'/'.join(action.option_strings) or action.dest}"
        for name, parser in parsers().items()
        for action in parser._actions
        if not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction))
        and not (action.help and action.help.strip())
    ]
    assert missing == []
