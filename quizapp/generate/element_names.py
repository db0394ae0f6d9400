"""The chemical elements' names and symbols, in order of atomic number: what any learner of
chemistry knows, so an imported deck with no symbols of its own still takes 'mercury (Hg)' as
mercury glossed and 'Hg' as mercury named by its symbol (review r494 B: both graded wrong)."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question

_SYMBOL_TEXT = """
H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se
Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb
Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm
Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og
"""
_NAME_TEXT = """
hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium magnesium
aluminium silicon phosphorus sulfur chlorine argon potassium calcium scandium titanium vanadium
chromium manganese iron cobalt nickel copper zinc gallium germanium arsenic selenium bromine
krypton rubidium strontium yttrium zirconium niobium molybdenum technetium ruthenium rhodium
palladium silver cadmium indium tin antimony tellurium iodine xenon caesium barium lanthanum
cerium praseodymium neodymium promethium samarium europium gadolinium terbium dysprosium
holmium erbium thulium ytterbium lutetium hafnium tantalum tungsten rhenium osmium iridium
platinum gold mercury thallium lead bismuth polonium astatine radon francium radium actinium
thorium protactinium uranium neptunium plutonium americium curium berkelium californium
einsteinium fermium mendelevium nobelium lawrencium rutherfordium dubnium seaborgium bohrium
hassium meitnerium darmstadtium roentgenium copernicium nihonium flerovium moscovium
livermorium tennessine oganesson
"""
SYMBOLS = _SYMBOL_TEXT.split()
SYMBOL_OF = dict(zip(_NAME_TEXT.split(), SYMBOLS, strict=True)) | {
    "aluminum": "Al",
    "sulphur": "S",
    "cesium": "Cs",
}


def element_symbol(name: str) -> str | None:
    """The symbol of an element named ('Mercury', 'the element mercury'), or None."""
    words = normalise(name).removeprefix("the ").removeprefix("element ").split()
    return SYMBOL_OF.get(words[0]) if len(words) == 1 else None


def symbol_forms(q: Question) -> list[str]:
    """A key that is an element's name, by its symbol as written ('Hg' for mercury; 'hg' is no
    symbol), unless the stem shows it (then typing it echoes the stem: 'Which element is Hg?')."""
    symbols = [s for name in q.answer if (s := element_symbol(name))]
    return [s for s in symbols if not re.search(rf"(?<![\w'’]){s}(?![\w'’])", q.prompt)]


def other_element_names(q: Question) -> list[str]:
    """A key that is an element's name, by its other common name ('quicksilver' for mercury),
    unless the stem shows it."""
    names = [o for name in q.answer for o in _OTHER_NAMES.get(normalise(name), ())]
    return [n for n in names if n not in q.prompt.lower()]


_OTHER_NAMES = {"mercury": ("quicksilver",), "tungsten": ("wolfram",)}


# an element named twice in a remark, by symbol and name: 'not Ag (silver)', 'after gold (Au)'
_PAIRED = re.compile(r"\b(?P<a>[A-Za-z]+)\s*\((?P<b>[A-Za-z]+)\)")


def paired_as_one(text: str) -> str:
    """`text` with each element given by both its symbol and its name in brackets ('Ag
    (silver)', 'gold (Au)') as its symbol alone, so a remark naming it is read once: 'Fe, not
    Ag (silver)' as 'Fe, not Ag' (review r543 A: read as a second symbol and a second name)."""

    def one(m: re.Match[str]) -> str:
        a, b = m["a"], m["b"]
        if SYMBOL_OF.get(b.lower()) == a:
            return a
        return b if SYMBOL_OF.get(a.lower()) == b else m[0]

    return _PAIRED.sub(one, text)


def names_isotope(text: str) -> bool:
    """Whether a remark names an isotope ('helium-3', 'He-3', 'carbon-14', 'uranium 235
    decays'): another thing than the element, whose figures the deck does not hold (review
    r643 A: 'helium-3 boils at 3.2 K' beside helium's 4.2 K was read as helium's and refused)."""
    for found in _ISOTOPE.finditer(text):
        word = found["name"]
        if word.lower() in SYMBOL_OF or word in SYMBOLS:
            return True
    return False


# a name or symbol, a hyphen or nothing (or a space before a word), and a mass number; not
# 'neon 27 K', a figure with its unit
_ISOTOPE = re.compile(
    r"\b(?P<name>[A-Za-z]{1,12})(?:-|(?=\d)|\s(?=\d{1,3}\s+[a-z]{3,}))(?P<mass>\d{1,3})\b"
    r"(?!\s*(?:°|%|k\b|kelvins?\b|K\b))"
)
