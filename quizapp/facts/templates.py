"""Question and statement templates: which slots a template uses, and rendering them well.

Templates are plain ``str.format`` strings with named slots ({subject}, {object}, {when},
{scope}). Rendering fills the slots, fixes "a"/"an" before the word that follows, and
capitalises the first letter, so "{subject} leads ..." with "the EEU" reads "The EEU leads ...".
"""

from __future__ import annotations

import functools
import re
import string

# "a" before a vowel sound becomes "an"; words that start with a vowel letter but a
# consonant sound (European, uranium, union, one) keep "a".
_AN_BEFORE = re.compile(
    r"\b([Aa]) (?=(?!(?:[Ee]u|[Uu]ni|[Uu]r|[Uu]s|[Oo]ne)\w*)(?:[aeiouAEIOU]|8\d*\b|11\b|18\b))"
)


def template_slots(template: str) -> set[str]:
    """The named slots of a template; raises ValueError on malformed braces."""
    slots: set[str] = set()
    for _, field, spec, conversion in string.Formatter().parse(template):
        if field is None:
            continue
        if not field.isidentifier():
            raise ValueError(f"template slot {{{field}}} is not a plain name")
        if spec or conversion:  # {subject:>2000000000} would pad to gigabytes
            raise ValueError(f"template slot {{{field}}} may not carry a format spec or conversion")
        slots.add(field)
    return slots


def fix_articles(text: str) -> str:
    """'a EEU member' -> 'an EEU member', 'a 8' -> 'an 8'; 'a European' stays."""
    if "a " not in text and "A " not in text:
        return text  # the pattern needs one of them: most stems are left as they are
    return _AN_BEFORE.sub(lambda m: m[0] if _inside_name(text, m) else m.group(1) + "n ", text)


def _inside_name(text: str, m: re.Match[str]) -> bool:
    """'a' between two capitalised words is part of a name: 'Vuelta a España' (review r614 G
    printed 'Vuelta an España')."""
    before = text[: m.start()].split()
    return (
        m[1] == "a" and bool(before) and before[-1][:1].isupper() and text[m.end() :][:1].isupper()
    )


def capitalise_first(text: str) -> str:
    """Capitalise a leading letter; text opening with a number or a blank stays as it is, and
    so does a word written in small letters on purpose ('c. 1300', 'pH 7', 'iPhone', 'mRNA':
    review r494 H, 'C. 1300' read as an initial)."""
    if not text[:1].isalpha() or _KEPT_SMALL.match(text):
        return text
    return text[:1].upper() + text[1:]


_KEPT_SMALL = re.compile(r"(?:c|ca|e\.g|i\.e|cf|vs)\.(?:\s|$)|[a-z]+[A-Z]")


_SPACE_RUN = re.compile(r"\s{2,}")
# a template opening with a slot left empty ('{when}, Russia agreed ...' with no date to say)
_LEADING_COMMA = re.compile(r"^\s*,\s*")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([?.,;:])")


def render(template: str, slots: dict[str, str]) -> str:
    filled = template.format(**slots)
    if filled.isascii() and filled.isprintable():
        filled = _tidy_plain(filled)
    else:
        filled = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACE_RUN.sub(" ", filled)).strip()
        filled = _LEADING_COMMA.sub("", filled)
    return capitalise_first(fix_articles(filled))


def _tidy_plain(filled: str) -> str:
    """The spacing rules of `render` for printable ASCII, where a space is the only white
    space: each substitution runs only where the text has what it replaces (most stems have
    none), with the same result."""
    if "  " in filled:
        filled = _SPACE_RUN.sub(" ", filled)
    if any(f" {mark}" in filled for mark in "?.,;:"):
        filled = _SPACE_BEFORE_PUNCT.sub(r"\1", filled)
    filled = filled.strip()
    return _LEADING_COMMA.sub("", filled) if filled.startswith(",") else filled


_PLURAL_VERBS = {"is": "are", "has": "have", "was": "were", "does": "do"}
_VERB = re.compile(r"\b(is|has|was|does)\b")
_ONE_OF = re.compile(r"\bare one of\b")


@functools.lru_cache(maxsize=65536)
def plural_predicate(predicate: str) -> str:
    """'is one of Russia's closest allies' -> 'are among Russia's closest allies';
    'has long been aloof but is warming' -> 'have long been aloof but are warming'."""
    plural = _VERB.sub(lambda m: _PLURAL_VERBS[m.group(1)], predicate)
    return _ONE_OF.sub("are among", plural)
