"""An answer followed by what it belongs to ('Kyiv, Ukraine', 'Bern (Switzerland)'): a careful
marker reads the answer before the comma or bracket when what follows only repeats what the
question names (session-20 capitals reading: ten right capitals typed with their country were
graded wrong). A tail the question does not name ('Moscow, Kyiv' for the capital of Ukraine)
is a second answer, not a qualifier, and the answer stays as typed. So is a tail that opens
with 'and', 'or' or '&' ('Kyiv (and Ukraine)'): it adds an answer, it does not say where the
first one is; and any tail after an answer the question names itself ('Tajikistan (and
Kyrgyzstan)', 'Tajikistan, Kyrgyzstan' where the question names both): the question offers
both, and the learner gave both. A name with 'and' inside it that the question says whole,
after an answer the question does not name, stays a qualifier ('Port of Spain, Trinidad and
Tobago'). check_text grades such bracketed answers as two answers (right only if both are)."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from quizapp.generate.country_names import country_forms
from quizapp.generate.index import words as _words
from quizapp.generate.place_names import COUNTRIES
from quizapp.generate.text_words import content_words

# the head may hold a comma of its own ('Washington, D.C., USA'; review r325)
_QUALIFIED = re.compile(r"^(?P<head>[^()]+?)\s*(?:,\s*(?P<tail>[^,()]+)|\((?P<inner>[^()]+)\))$")
_JOINED = re.compile(r" (?:and|or|nor|plus) ")
_ENDS_JOINED = re.compile(r"(?:^|\s)(?:and|or|nor|plus|&)$", re.IGNORECASE)
_SPLIT = re.compile(r"(?:^|\s)(?:and|or|nor|plus|&)(?:\s|$)|&", re.IGNORECASE)


def joins_answers(part: str) -> bool:
    """The words hold 'and', 'or' or '&': two things, not one qualifier of the answer."""
    return "&" in part or _JOINED.search(_words(part)) is not None


def joined_parts(part: str) -> list[str]:
    """'and Kyrgyzstan' -> ['Kyrgyzstan']; 'Kiev or Kyiv' -> ['Kiev', 'Kyiv']."""
    return [p.strip() for p in _SPLIT.split(part) if p.strip()]


def second_answer(prompt: str, accepted: set[str], outer: str, inner: str) -> bool:
    """'Name (inner)' where the bracket holds another answer, not another name: joined by
    'and'/'or' where no accepted name is ('Kyiv (and Ukraine)'), or the question names both
    parts ('Tajikistan (Kyrgyzstan)' asked which of the two)."""
    if joins_answers(inner) and not any(map(joins_answers, accepted)):
        return True
    stem_words = set(content_words(prompt))
    named, other = set(content_words(outer)), set(content_words(inner))
    # the outer part named apart from the inner ('Bissau (Guinea-Bissau)' names one place)
    return bool(named and other) and other <= stem_words and named <= stem_words - other


def without_qualifier(
    prompt: str, text: str, vocabulary: dict[str, str] | None = None, *, placed: bool = True
) -> str | None:
    """The answer without a tail that the question itself names, or that is a country (a
    well-known one, or one the deck names) after a place that is not ('Dublin, Ireland'), or
    None. 'Moscow, Kyiv' stays two answers: Kyiv is no country. Not `placed` (the key is free
    text, no entity: a call sign), a country after it places nothing ('Challenger, America'
    hedges between two call signs)."""
    found = _QUALIFIED.match(text.strip())
    if found is None:
        return None
    raw = found["tail"] or found["inner"] or ""
    tail, head, stem = _words(raw), found["head"].strip(), _words(prompt)
    placing = placed and _country_after_place(tail, head, stem, vocabulary)
    named = tail in stem or any(f" {n} " in stem for n in country_forms([tail.strip()]))
    named = named or _misspelt_country(tail.strip(), stem)  # 'Bishkek, Kyrgystan' (r333)
    if not tail.strip() or not (named or placing):  # 'USA' for the United States (r325)
        return None
    if _words(head) in stem.replace(tail, " "):  # the question offers both: a hedge
        return None  # ('Tajikistan, Kyrgyzstan'; not 'Bissau, Guinea-Bissau': one name)
    opens = raw.strip().startswith("&") or _JOINED.match(tail) is not None
    opens = opens or _ENDS_JOINED.search(head) is not None  # 'Challenger and America'
    return None if opens else head  # 'Kyiv (and Ukraine)': a second answer


def _country_after_place(
    tail: str, head: str, stem: str, vocabulary: dict[str, str] | None
) -> bool:
    """'Ireland' after 'Dublin': a country after a name that is not one itself (review r219;
    'Ireland, France' is two countries, a hedge), where the question names no country ('Kyiv,
    Russia' for the capital of Ukraine names the wrong one); or a continent or region after a
    name that is not one ('Tanzania, Africa'), where the question names none."""
    countries = set(COUNTRIES) | {
        _words(name).strip()
        for name, entity in (vocabulary or {}).items()
        if entity.split(":", 1)[0] == "country"
    }
    if tail.strip() in _REGIONS and _words(head).strip() not in _REGIONS:
        return not any(f" {region} " in stem for region in _REGIONS)  # 'Tanzania, Africa'
    if tail.strip() in STATES | STATE_CODES and _words(head).strip() not in STATES:
        if any(f" {state} " in stem for state in STATES):  # '..., Florida' (r246 #7)
            return False
        # never after a capital of another country ('San Jose, California': review r333)
        return not any(f" {c} " in stem for c in countries - _US_NAMES)
    if any(tail.strip() in _PROVINCES.get(c, ()) for c in countries if f" {c} " in stem):
        return True  # 'Ottawa, Ontario' for the capital of Canada (review r333)
    if tail.strip() not in countries or _words(head).strip() in countries:
        return False
    for region in _REGIONS:  # 'South America' names no country ('america'; review r221)
        stem = stem.replace(f" {region} ", " ")
    return not any(f" {country} " in stem for country in countries)


def _misspelt_country(tail: str, stem: str) -> bool:
    """A slip in the name of the country the question names ('Kyrgystan' for Kyrgyzstan): one
    letter in a short name, two in a name of seven letters or more."""
    return any(
        Levenshtein.distance(tail, country) <= (2 if len(country) >= 7 else 1)
        for country in COUNTRIES
        if len(country) >= 5 and f" {country} " in stem
    )


# continents and the regions of them a learner adds after a country (review r221)
REGIONS = _REGIONS = frozenset(
    {"africa", "europe", "asia", "north america", "south america", "central america", "oceania"}
    | {"antarctica", "east africa", "west africa", "north africa", "southern africa"}
    | {"east asia", "south asia", "southeast asia", "central asia", "western europe"}
    | {"eastern europe", "southern europe", "northern europe", "middle east", "scandinavia"}
    | {"latin america", "caribbean", "the caribbean", "west indies", "the west indies"}
    | {"east indies", "polynesia", "melanesia", "balkans", "the balkans", "levant", "maghreb"}
    | {"central europe", "british isles", "iberia", "arabian peninsula", "horn of africa"}
)  # 'Trinidad, West Indies' (review r574 C)
# the states of the United States, said after a place in them ('Kennedy Space Center, Florida':
# review r246 #7 refused it), where the question names none
_STATE_NAMES = """alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|
georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|
massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|
new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|
rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|
west virginia|wisconsin|wyoming"""
STATES = frozenset(n.strip() for n in _STATE_NAMES.split("|"))
# their postal codes ('Kennedy Space Center, FL': review r330 #8), lower case; never 'in',
# 'me', 'or', 'oh', 'hi', 'ok' (words), nor 'de', 'pa', 'la' (particles of names)
_CODES = """al ak az ar ca co ct fl ga ia id il ks ky md ma mi mn ms mo mt nc nd ne nh nj nm nv ny
ri sc sd tn tx ut va vt wa wi wv wy dc"""
STATE_CODES = frozenset(_CODES.split())
_US_NAMES = frozenset({"united states", "usa", "us", "america", "united states of america"})
# the provinces and states of federations whose capitals are asked, said after the capital
# ('Ottawa, Ontario', 'Canberra, ACT')
_PROVINCES: dict[str, frozenset[str]] = {
    "canada": frozenset(
        """ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|
new brunswick|newfoundland|newfoundland and labrador|prince edward island|yukon|nunavut|
northwest territories""".replace("\n", "").split("|")
    ),
    "australia": frozenset(
        {"australian capital territory", "act", "new south wales", "nsw", "victoria"}
        | {"queensland", "south australia", "western australia", "tasmania"}
        | {"northern territory"}
    ),
}
