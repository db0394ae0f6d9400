"""The short forms of a person's name a marker takes (review r216: 'Speke', 'John Speke' and
'J. H. Speke' for John Hanning Speke; 'Orellana' and 'Francisco Orellana' for Francisco de
Orellana).

A key reads as a person's name when its entity is a person (the decks' person kinds), or, for
an answer imported as text, when it has the shape of one: two to four capitalised words,
besides lower-case particles (de, da, van, von, di, du, le, la...), the first a given name in
the list below. A surname the deck gives another entity (or another person's last word) is
no short form: 'Curie' names two people.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise

PROMPT = "prompt:"  # an imported card's question, as the vocabulary holds it
PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "del", "della", "van", "von", "der", "den", "di", "du"}
    | {"le", "la", "des", "ten", "ter", "af", "av", "bin", "ibn"}
)

# common given names of the languages the explorers, scientists and rulers of a study deck
# mostly bear (English, Spanish, Portuguese, French, Italian, German, Dutch, Scandinavian,
# Russian), lower case, accents dropped; a short list, not a census
_GIVEN = """
abel adam adolf adrian afonso agnes albert alberto alexander alexandre alexei alfonso
alfred alonso amelia amerigo anders andre andrea andreas andrei andres andrew angela anna
anne antoine anton antonio arthur august augusto baltasar bartolomeu bartolome benjamin
bernardo bjorn boris carl carlos caroline catherine cecil charles charlotte christian
christopher claude clara daniel david diego dmitri dmitry domingo edmund edward eleanor
elizabeth emil emily enrique erik ernest ernesto ernst esteban eugene fernando fernao
ferdinand filippo francis francisco francesco francois frank franz frederick friedrich
fridtjof gabriel george georg gerard gertrude giovanni giuseppe gottfried gregory gustav
hans harold heinrich helen henri henry herman hernan hernando hugh hugo isaac isabel
isabella ivan jacob jacques james jan jane jean johan johann johannes john jorge jose josef
joseph juan jules julius karl katherine leif leon leonardo leopold lorenzo louis louisa
lucas ludwig luis manuel marco marcus margaret maria marie mark martin mary matthew
matthias max maximilian michael miguel mikhail mungo nikolai nicolas nicholas olaf otto
pablo paolo patrick paul pedro peter philip philippe pierre pyotr rene richard robert
roald roberto rodrigo roger ronald rudolf samuel sebastian sergei simon sofia sophie
stephen sven thomas tomas ulrich valentina vasco victor vitus vladimir walter wilhelm
william yuri
aldous ayn edgar emile evelyn fedor fyodor gustave harper harriet honore italo jack jerome
joan joanne kazuo kurt leo lev lewis marcel nathaniel oscar ralph ray salman sylvia toni
truman umberto virginia walt wolfgang eric erich
lawrence laurence vivian douglas hubert neil alan
"""
GIVEN_NAMES = frozenset(_GIVEN.split())
_WORDS = range(2, 5)


def reads_as_person(name: str) -> bool:
    """Two to four capitalised words besides particles, the first a listed given name."""
    return has_name_shape(name) and normalise(name.split()[0]) in GIVEN_NAMES


def has_name_shape(name: str) -> bool:
    """Two to four capitalised words besides particles, a capitalised word first: the shape
    of a person's name ('Leo Tolstoy'), which a question asking 'Who ...?' makes one."""
    words = name.replace(",", " ").split()
    named = [w for w in words if normalise(w) not in PARTICLES]
    if len(named) not in _WORDS or not all(w[:1].isupper() for w in named):
        return False
    return words[0] == named[0]


# nouns for people a question asks for: 'Which athlete ...?', 'What Romanian gymnast ...?'
_ROLE_WORDS = """
athlete runner sprinter swimmer gymnast skater skier jumper boxer player cyclist rower
champion person man woman explorer scientist inventor painter artist sculptor composer
writer author novelist poet playwright astronaut cosmonaut actor actress singer philosopher
chemist physicist mathematician astronomer engineer architect alchemist apothecary physician
naturalist geologist botanist pharmacist metallurgist mineralogist biologist researcher
professor aviator pilot discoverer founder
englishman englishwoman frenchman frenchwoman scotsman irishman dutchman welshman
musician pianist trumpeter bandleader saxophonist guitarist drummer bassist violinist cellist
organist conductor clarinettist clarinetist trombonist vocalist songwriter lyricist director
producer dancer designer photographer chef winemaker monk nun priest bishop missionary soldier
commander captain sailor navigator economist historian psychologist doctor surgeon nurse lawyer
judge politician statesman activist entrepreneur merchant banker scholar critic journalist
illustrator cartoonist climber mountaineer coach jockey golfer fencer beekeeper breeder
"""  # 'the Englishman Henry Cavendish' (review r382 G)
# offices: person_readings reads them against a deck's own role phrases ('Uzbek president')
_OFFICE_WORDS = """
king queen emperor empress pharaoh ruler leader president general admiral pope saint monarch
prince princess dictator prime minister chancellor
"""
ROLE_NOUNS = frozenset(_ROLE_WORDS.split())  # what a person did: 'the alchemist Brand'
PERSON_NOUNS = ROLE_NOUNS | frozenset(_OFFICE_WORDS.split())


def asks_who(prompt: str) -> bool:
    """The question asks for a person: 'Who wrote War and Peace?', 'Whom did ...?', 'Which
    athlete won ...?', 'What Romanian gymnast ...?' (review r244: 'Owens' and 'Bikila' were
    refused for a 'Which athlete' question)."""
    words = normalise(prompt).replace("?", " ").split()
    if words[:1] in (["who"], ["whom"]):
        return True
    if words[:1] not in (["which"], ["what"]):
        return False
    return any(w.removesuffix("s") in PERSON_NOUNS or w in PERSON_NOUNS for w in words[1:4])


def short_forms(name: str) -> list[str]:
    """'john hanning speke' -> speke, john speke; 'francisco de orellana' -> orellana, de
    orellana, francisco orellana, francisco de orellana (normalised)."""
    words = normalise(name).split()
    last = len(words) - 1
    start = last
    while start > 1 and words[start - 1] in PARTICLES:
        start -= 1  # 'de orellana', 'van der waals'
    surname, bare = " ".join(words[start:]), words[last]
    first = words[0]
    forms = [bare, surname, f"{first} {bare}", f"{first} {surname}"]
    if start == last and last >= 2 and words[last - 1] not in PARTICLES:
        forms.append(" ".join(words[last - 1 :]))  # a double surname: 'garcia marquez'
    return [f for f in dict.fromkeys(forms) if f != normalise(name)]


def surname_rivals(name: str, vocabulary: dict[str, str], own: set[str]) -> bool:
    """Another entity of the deck is named by, or ends with, the name's surname."""
    bare = normalise(name).split()[-1]  # an imported card's question names no one ('... named
    return any(  # after Louis Pasteur?' is no rival to Pasteur: review r452 A)
        e not in own and not e.startswith(PROMPT) and n.split()[-1] == bare
        for n, e in vocabulary.items()
    )


def asks_agent(prompt: str) -> bool:
    """'Which French striker ...?', 'Which perfumer ...?': a noun for one who does something
    ('-er', '-or', '-ist', '-ian') where the role list has no entry (review r624 B: 'Fontaine'
    refused for Just Fontaine, r614: 'Roudnitska' for Edmond Roudnitska); never a thing or a
    body that buys, lends or trades ('Which river', 'Which lender'). For a key of a name's shape."""
    words = re.split(r"[\s-]+", normalise(prompt).replace("?", " ").strip())  # 'singer-songwriter'
    if words[:1] not in (["which"], ["what"]):
        return False
    return any(_AGENT.fullmatch(w) and w not in _NO_AGENTS for w in words[1:3])


_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)s?")
_NOT_AGENTS = """
river rivers number letter water flower tower border chapter order colour color paper
computer center centre meter metre winter summer quarter corner cluster layer matter power
weather wonder monster tiger finger liver silver copper amber container theater theatre
disaster register filter charter error mirror motor sector vector factor floor harbour
harbor honour honor flavour flavor armour armor vapour vapor terror horror labour labor
favour favor behaviour behavior reactor tractor elevator calculator meridian median list
neighbour neighbor partner lender donor investor supplier exporter importer buyer consumer
holder owner operator manufacturer provider sponsor creditor debtor competitor contributor
member carrier ancestor cancer soccer ginger lager beer deer butter poster character
parliament corridor anchor minor major super other another either neither whether
"""
_NO_AGENTS = frozenset(_NOT_AGENTS.split())
