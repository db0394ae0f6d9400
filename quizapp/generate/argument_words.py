"""The words of the argument's sentences, as the echo gate and the wrong-option pools compare
them: each node's word stems, the ones telling enough to single an option out, and an index
from stem to the sentences that have it. A mixin of `Argument` (argument.py)."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property
from typing import TYPE_CHECKING

from quizapp.facts.claims import Claim
from quizapp.facts.templates import capitalise_first
from quizapp.generate.index import DeckIndex, words
from quizapp.generate.number_words import SPELT

COMMONPLACE = 1 / 3  # share of the deck's statements above which a word is not distinctive
RARE = 1 / 20  # share of the deck's statements at or below which a word is a rare one
NAME_STEM = 5  # letters of a name compared (argument_gates.STEM: 'Afghan' meets 'Afghanistan')


BACKGROUND_DATE = "date from background knowledge"


class Words:
    ix: DeckIndex
    claims: dict[str, Claim]
    _words: dict[str, frozenset[str]]

    if TYPE_CHECKING:

        def text(self, node: str) -> str: ...

    def statement(self, fact_id: str) -> str:
        """A fact's statement, its numbers under ten spelt out as prose has them. A date the deck
        marks as background (the source gives none) is not the source's point, which the
        argument kinds quote (seed-9203 review #35, #50: 'In 2014, Russia agreed to write off
        ...', a year the briefing never gives): an opening one is left out, another said to be
        background (an inline tag in an option singles it out: session-20 review 20204)."""
        fact = self.ix.facts[fact_id]
        said = spelt(self.ix.say(self.ix.relations[fact.relation].templates.statement, fact))
        when = fact.qualifiers.as_of
        if when is None or not when.background:
            return said
        dated = when.render()
        at = said.casefold().find(dated.casefold())
        if at < 0:
            return said
        end = at + len(dated)
        if at == 0 and said[end : end + 2] == ", ":  # the opening date left out: no tag to spot
            return capitalise_first(said[end + 2 :])
        return f"{said[:end]} ({BACKGROUND_DATE}){said[end:]}"

    def entities_in(self, said: str) -> set[str]:
        """The entities one of whose names (aliases, metonyms) the words `said` (index.words:
        single spaces between, one at each end) contain as whole words: the names that open
        with each word are compared there, not every name searched for in the whole text."""
        run = said.split(" ")[1:-1]
        found: set[str] = set()
        for i, word in enumerate(run):
            for name, ids in self._entity_names.get(word, ()):
                if run[i : i + len(name)] == name:
                    found.update(ids)
        return found

    @cached_property
    def _entity_names(self) -> dict[str, list[tuple[list[str], list[str]]]]:
        """Per first word: each entity name's words (index.words) and the entities it names."""
        by_name: dict[str, list[str]] = defaultdict(list)
        for e in self.ix.deck.entities:
            for name in dict.fromkeys(words(n).strip() for n in [*e.all_names(), *e.metonyms]):
                if name:
                    by_name[name].append(e.id)
        out: dict[str, list[tuple[list[str], list[str]]]] = defaultdict(list)
        for name, ids in by_name.items():
            out[name.split(" ")[0]].append((name.split(" "), ids))
        return out

    @cached_property
    def nodes_by_stem(self) -> dict[str, list[str]]:
        """Per word stem (argument_gates.stems): the claims and facts whose text has it, so
        that the sentences sharing words with one are found without comparing it with all."""
        from quizapp.generate.argument_gates import stems

        out: dict[str, list[str]] = defaultdict(list)
        for node in dict.fromkeys([*self.claims, *self.ix.facts]):
            for stem in stems(self.text(node)):
                out[stem].append(node)
        return out

    @cached_property
    def stem_counts(self) -> dict[str, int]:
        """Per claim and fact: how many word stems its text has (argument_gates.stems), which
        alike_nodes compares with the stems it shares with another."""
        from quizapp.generate.argument_gates import stems

        return {node: len(stems(self.text(node))) for node in [*self.claims, *self.ix.facts]}

    def words(self, node: str) -> frozenset[str]:
        """The content words of a node's text cut to their stems, as the echo gate compares
        them (argument_gates.key_echoes_stem), computed once."""
        found = self._words.get(node)
        if found is None:
            from quizapp.generate.argument_gates import AS_OF, word_stems

            found = self._words[node] = word_stems(AS_OF.sub("", self.text(node)))
        return found

    def telling(self, node: str) -> frozenset[str]:
        """The node's word stems that may single an option out (the echo gate's measure):
        no one-letter leftover ('s' of "Russia's"), none of the deck's commonplace words."""
        found = self._telling.get(node)
        if found is None:
            found = frozenset(w for w in self.words(node) if len(w) > 1) - self.commonplace
            self._telling[node] = found  # once per node: every option of every draft asks it
        return found

    @cached_property
    def _telling(self) -> dict[str, frozenset[str]]:
        return {}

    @cached_property
    def commonplace(self) -> frozenset[str]:
        """Word stems in more than COMMONPLACE of the source's statements (claims and facts):
        the deck's own subject ('Russia' in a deck on Russia, 'Apollo' in one on Apollo). An
        option sharing such a word with the stem is not singled out by it; the reviews' word
        cues were distinctive words ('aid', 'debt', 'trade', 'CIS')."""
        counts, total = self._word_counts
        return frozenset(w for w, n in counts.items() if n > COMMONPLACE * total)

    def said_names(self, said: list[str], main: bool) -> frozenset[str]:
        """The stems of a sentence's names (its words, in order) that the deck seldom says
        ('Crimea'), or with `main` its main actors too: capitalised words after the first, and
        the first where a deck entity's name has it ('Turkmenistan cannot guard ...'), less
        the deck's commonplace words ('Russia' in a deck on Russia)."""
        names = {w[:NAME_STEM].casefold() for w in said[1:] if w[:1].isupper()}
        if not main:
            return frozenset(names) & self.rare
        if said and said[0][:NAME_STEM].casefold() in self._entity_name_stems:
            names.add(said[0][:NAME_STEM].casefold())
        return frozenset(names) - self.commonplace

    @cached_property
    def rare(self) -> frozenset[str]:
        """Word stems in at most RARE of the source's statements: a name the deck seldom says
        ('Crimea'), which a wrong option seldom shares, unlike its main actors ('Kazakhstan')."""
        counts, total = self._word_counts
        return frozenset(w for w, n in counts.items() if n <= RARE * total)

    @cached_property
    def _entity_name_stems(self) -> frozenset[str]:
        return frozenset(
            w[:NAME_STEM].casefold()
            for e in self.ix.deck.entities
            for n in [e.name, *e.aliases]
            for w in re.findall(r"[\w%$]+", n)
            if w[:1].isupper()
        )

    @cached_property
    def _word_counts(self) -> tuple[dict[str, int], int]:
        """How many of the source's statements (claims and facts) say each word stem."""
        nodes = [*self.claims, *(f.id for f in self.ix.deck.facts if not f.provenance.background)]
        counts: dict[str, int] = defaultdict(int)
        for node in nodes:
            for word in self.words(node):
                counts[word] += 1
        return counts, len(nodes)


# a lone digit counting the lowercase word after it ('2 hydroelectric projects'), not a name's
# number ('Apollo 8 was'), a group or period ('group 1 of'), money or a scale ('US$1 billion')
_COUNT = re.compile(r"(?<![\w$£€.,/-])(?P<n>[1-9])(?=\s+(?P<next>[a-z][\w-]*))")
_NOT_COUNTED = frozenset({"million", "billion", "thousand", "trillion", "per", "percent", "times"})
_ORDINAL_BEFORE = re.compile(
    r"(?:\b[A-Z][\w-]*|\b(?:group|period|section|paragraph|number|no\.?))\s+$"
)


def spelt(text: str) -> str:
    """Numbers under ten that count something, spelt out as prose spells them: 'saw two
    hydroelectric projects cancelled', not '2 hydroelectric projects' (seed-9107 review #16)."""

    def word(m: re.Match[str]) -> str:
        if m["next"] in _NOT_COUNTED or _ORDINAL_BEFORE.search(text[: m.start()]):
            return m["n"]
        said = SPELT[int(m["n"])]
        return said.capitalize() if m.start() == 0 else said

    return _COUNT.sub(word, text)
