"""The fifty US states and their two-letter postal codes: a card asking 'In which US state
...?' takes 'PA' for Pennsylvania, and another state beside the answer is a second answer, not
a remark (review r464 B, E: 'PA' was wrong and 'Pennsylvania (Ohio)' right)."""

from __future__ import annotations

_STATES = """
AL alabama|AK alaska|AZ arizona|AR arkansas|CA california|CO colorado|CT connecticut|
DE delaware|FL florida|GA georgia|HI hawaii|ID idaho|IL illinois|IN indiana|IA iowa|
KS kansas|KY kentucky|LA louisiana|ME maine|MD maryland|MA massachusetts|MI michigan|
MN minnesota|MS mississippi|MO missouri|MT montana|NE nebraska|NV nevada|NH new hampshire|
NJ new jersey|NM new mexico|NY new york|NC north carolina|ND north dakota|OH ohio|
OK oklahoma|OR oregon|PA pennsylvania|RI rhode island|SC south carolina|SD south dakota|
TN tennessee|TX texas|UT utah|VT vermont|VA virginia|WA washington|WV west virginia|
WI wisconsin|WY wyoming
"""
STATE_CODES = {
    name: code for code, name in (entry.strip().split(" ", 1) for entry in _STATES.split("|"))
}
US_STATES = frozenset(STATE_CODES)


def state_code_forms(prompt: str, names: list[str]) -> list[str]:
    """The postal code of a key that is a US state, where the question asks for a state."""
    if "state" not in prompt.lower():
        return []
    return [code for n in names if (code := STATE_CODES.get(n.strip().lower()))]
