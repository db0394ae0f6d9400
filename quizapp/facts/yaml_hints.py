"""YAML syntax errors that teach: the line of the likely cause and a hint to fix it.

libyaml reports where it gave up, which for an unclosed quote can be far below the cause:
`name: 's-Hertogenbosch` opens a single-quoted string that runs on until the next apostrophe
(an "Earth's" sixty lines down). So a quote opened and not closed on its own line, above the
reported line, is named as the cause.
"""

from __future__ import annotations

import re

import yaml

# a value that opens a quote and does not close it on the same line
_OPEN_QUOTE = re.compile(r"""(?:^\s*-\s+|:\s+|[\[{,]\s*)(['"])(?P<rest>.*)$""")


def _unclosed_quote(line: str) -> bool:
    m = _OPEN_QUOTE.search(line.rstrip())
    if m is None:
        return False
    quote, rest = m.group(1), m.group("rest")
    if quote == "'":
        rest = rest.replace("''", "")  # a doubled apostrophe is one apostrophe in the string
        return "'" not in rest
    return re.search(r'(?<!\\)"', rest) is None


def syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    """(line, message) for a YAML syntax error, with a hint where the cause is a known one."""
    lines = text.split("\n")
    last = max(1, len(lines) - (1 if text.endswith("\n") else 0))
    mark = exc.problem_mark or exc.context_mark
    line = min(mark.line + 1, last) if mark else 1  # libyaml may point past the end
    what = (exc.problem or "invalid YAML").strip()
    for n in range(1, min(line, len(lines)) + 1):
        m = _OPEN_QUOTE.search(lines[n - 1])
        if m and _unclosed_quote(lines[n - 1]):
            apostrophe = m.group(1) == "'"
            value = (m.group(1) + m.group("rest")).strip().rstrip(",]}").strip()
            fix = '"' + value.replace('"', '\\"') + '"' if apostrophe else "'" + value + "'"
            quote = "an apostrophe" if apostrophe else "a double quote"
            return n, (
                f"YAML syntax: this value starts with {quote}, which opens a quoted string "
                f"that is not closed on this line (YAML then reads on to line {line}: {what}); "
                f"quote the whole value: {fix}"
            )
    early = _closed_early(lines[line - 1]) if line <= len(lines) else None
    if early is not None:  # 'Bordu's land: the apostrophe closes the string (issue 12)
        double = early.replace("''", "'").replace('"', '\\"')
        inner = early.replace("''", "'").replace("'", "''")
        return line, (
            f"YAML syntax: an apostrophe inside '{early}' ends the single-quoted string "
            f"early ({what}); write it twice inside single quotes, '{inner}', or quote the "
            f'value with double quotes: "{double}"'
        )
    return line, f"YAML syntax: {what}{_hint(what)}"


def _closed_early(line: str) -> str | None:
    """The value of a single-quoted string that an apostrophe inside closes, with words
    after it on the line ("- 'Bordu's land"), or None."""
    m = _OPEN_QUOTE.search(line.rstrip())
    if m is None or m.group(1) != "'":
        return None
    rest = m.group("rest")
    end = re.search(r"'(?!')", rest.replace("''", "\0\0"))
    if end is None or not re.match(r"[^\s,\]}#]", rest[end.end() :]):
        return None
    return rest.rstrip().rstrip("'").rstrip(",]}").rstrip("'")


def _hint(what: str) -> str:
    if "tab character" in what:
        return "; indent with spaces, not tabs"
    if "mapping values are not allowed" in what:
        return (
            "; a value that contains ': ' must be quoted, or this line is indented deeper "
            "than the key above it"
        )
    if "expected" in what and any(w in what for w in ("key", "'-'", "<block end>")):
        return (
            "; check this line's indentation: keys of one item line up under each other, "
            "with spaces only"
        )
    return ""
