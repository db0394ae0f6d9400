"""Physical units, through `pint`: a deck's measured unit is checked, and an answer in
miles or °F is compared in the key's unit.

pint takes about half a second to load its unit registry, so it is loaded on the first
answer that names a unit other than the key's own ("12756 km" for a key in km needs no
conversion), never at start-up.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

# names people type that pint reads otherwise ("c" is the speed of light, "k" Boltzmann's)
_ALIASES = {
    "kilo": "kilogram",  # not kilo-seconds (review r326: '96 kilos' was 'a time')
    "kilos": "kilogram",
    "short ton": "short_ton",  # 'about 30 short tons' (review r432 D)
    "short tons": "short_ton",
    "long ton": "long_ton",
    "long tons": "long_ton",
    "metric ton": "tonne",
    "metric tons": "tonne",
    "ma": "megayear",  # '66 Ma': millions of years, never milli-years (review r436 C)
    # prefixed units as the grader sees them, lower-cased: '4.77 GHz' was read as no unit and
    # marked right for 4.77 MHz (review r634 B); 'mhz' as people mean it, mega- ('mW' stays milli)
    "hz": "hertz",
    "khz": "kilohertz",
    "mhz": "megahertz",
    "ghz": "gigahertz",
    "thz": "terahertz",
    "kb": "kilobyte",
    "mb": "megabyte",
    "gb": "gigabyte",
    "tb": "terabyte",
    "kw": "kilowatt",
    "gw": "gigawatt",
    "myr": "megayear",
    "å": "angstrom",  # "3.4 Å" folded to lower case (review r714)
    "pa": "pascal",  # '101.3 kPa', '1013 hPa' (review r664 E: read as pascals, or no unit)
    "hpa": "hectopascal",
    "kpa": "kilopascal",
    "mpa": "megapascal",
    "gpa": "gigapascal",
    "kj": "kilojoule",
    "mj": "megajoule",
    "kn": "kilonewton",
    "kv": "kilovolt",
    "fl oz": "floz",  # '0.85 fl oz', '8 US fl oz' (review r436 C)
    "us fl oz": "floz",
    "fluid ounce": "floz",
    "fluid ounces": "floz",
    "°": "",
    "deg": "",
    "degree": "",
    "degrees": "",
    "c": "degC",
    "°c": "degC",
    "degc": "degC",
    "celsius": "degC",
    "centigrade": "degC",
    "degree celsius": "degC",
    "degrees celsius": "degC",
    "degrees c": "degC",
    "degree c": "degC",
    "° c": "degC",
    "deg c": "degC",
    "degree centigrade": "degC",
    "degrees centigrade": "degC",
    "f": "degF",
    "°f": "degF",
    "degf": "degF",
    "fahrenheit": "degF",
    "degree fahrenheit": "degF",
    "degrees fahrenheit": "degF",
    "degrees f": "degF",
    "degree f": "degF",
    "° f": "degF",
    "deg f": "degF",
    "kelvin": "kelvin",
    "kelvins": "kelvin",
    "light year": "light_year",
    "light years": "light_year",
    "light-year": "light_year",
    "light-years": "light_year",
    "astronomical unit": "astronomical_unit",
    "astronomical units": "astronomical_unit",
    "nautical mile": "nautical_mile",  # '60 nautical miles' was read as 60 km (review r494 D)
    "nautical miles": "nautical_mile",
    "nautical mi": "nautical_mile",
    "statute mile": "mile",
    "statute miles": "mile",
    "statute mi": "mile",
    "earth years": "year",
    "earth year": "year",
    "earth days": "day",
}


def canonical(name: str) -> str:
    """The unit name pint should read ('' for a bare degree sign: the key's own unit)."""
    n = " ".join(name.lower().replace("º", "°").split())
    return _ALIASES.get(n, n)


_DEGREE_WORDS = frozenset({"°", "º", "deg", "degree", "degrees"})


def degree_scale(words: list[str]) -> str | None:
    """The scale a degree word names first ("degrees celsius", "deg. c", "° f"), or None.

    The scale after "degrees" decides the unit: "451 degrees Celsius" is never the key's °F."""
    if len(words) < 2 or words[0].lower().rstrip(".") not in _DEGREE_WORDS:
        return None
    scale = words[1].strip(".,;")
    if scale.lower() == "k":
        return "kelvin"  # '4.2 degrees K' (review r345; 'degrees C' and 'F' read already)
    return scale if canonical(scale) in ("degC", "degF", "kelvin") else None


@cache
def _registry() -> Any:
    import pint

    return pint.UnitRegistry(autoconvert_offset_to_baseunit=True)


@lru_cache(maxsize=1024)
def unit_of(name: str) -> Any | None:
    """The pint unit for a name, or None when pint does not know it."""
    if not name or not any(ch.isalpha() for ch in name):
        return None
    # the case typed first ('MW' is megawatt, 'mW' milliwatt, 'Pa' pascal), then lowercase for
    # 'KM'; a name the alias table knows ('C', 'F') is read as the table says, never as coulomb
    typed = " ".join(name.replace("º", "°").split())
    tries = [canonical(name)] if typed.lower() in _ALIASES else [typed, canonical(name)]
    for candidate in dict.fromkeys(tries):
        try:
            return _registry().parse_units(candidate)
        except Exception:  # pint raises several kinds of error for names it cannot read
            continue
    return None


def convert(value: float, source: str, target: str) -> float | None:
    """value in unit `source` expressed in unit `target`; None if either is unknown or they
    measure different things (a mass for a length)."""
    a, b = unit_of(source), unit_of(target)
    if a is None or b is None or a.dimensionality != b.dimensionality:
        return None
    try:
        return float(_registry().Quantity(value, a).to(b).magnitude)
    except Exception:
        return None


def dimension(name: str) -> str | None:
    """What a unit measures ('[length]'), or None when it is not a unit."""
    u = unit_of(name)
    return None if u is None else str(u.dimensionality)


# Units every deck uses, known without loading pint (half a second): the loader checks a
# measured unit against this first and asks pint only about others. A test checks that pint
# reads every one of them.
COMMON_UNITS = frozenset(
    {"mm", "cm", "m", "km", "g", "kg", "t", "s", "min", "h", "days", "years", "hours"}
    | {"°C", "°F", "km/s", "m/s", "km/h", "kg/m³", "g/cm³", "AU", "light years", "L", "ml"}
    | {"km²", "m²", "bar", "mg"}
)


def known_unit(name: str) -> bool:
    """Whether pint reads this unit name (without loading pint for the common ones)."""
    return name in COMMON_UNITS or unit_of(name) is not None


@lru_cache(maxsize=2048)
def base_unit(name: str) -> str:
    """The unit `name` reads as, without its prefix ('kPa' -> 'pascal'; a compound unit as
    pint writes it); '' where pint reads none."""
    found = unit_of(name)
    if found is None or str(found) == "dimensionless":
        return ""
    try:
        parsed = _registry().parse_unit_name(str(found))
    except Exception:  # a compound unit ('gram / centimeter ** 3') has no single name
        return str(found)
    return str(parsed[0][1]) if len(parsed) == 1 else str(found)
