"""json_read.loads gives json.loads' very result, orjson or not, and its very errors."""

from __future__ import annotations

import json

import pytest

from quizapp import json_read

SAME = [
    b'{"a": [1, 2.5, "x\\u00e9", null, true, false]}',
    b'{"n": NaN, "i": Infinity, "m": -Infinity}',  # orjson refuses these; json reads them
    b'\xef\xbb\xbf{"bom": 1}',  # a UTF-8 byte-order mark
    '{"t": "text"}'.encode("utf-16"),
    b'{"dup": 1, "dup": 2}',
    b"[]",
]


@pytest.mark.parametrize("raw", SAME)
def test_reads_as_the_standard_library_does(raw: bytes) -> None:
    got, want = json_read.loads(raw), json.loads(raw)
    assert json.dumps(got) == json.dumps(want)  # NaN != NaN, so compare the texts
    assert json.dumps(json_read.loads(memoryview(raw))) == json.dumps(want)


def test_an_integer_past_64_bits_reads_as_a_float() -> None:
    """The one documented difference from json.loads."""
    assert json_read.loads(b"[18446744073709551615]") == [18446744073709551615]
    assert json_read.loads(b"[123456789012345678901234567890]") == [1.2345678901234568e29]


@pytest.mark.parametrize("raw", [b"", b"{", b'{"a": 1,}', b"\xff\xfe\x00", b"[1] [2]"])
def test_refuses_what_the_standard_library_refuses(raw: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(raw)
    with pytest.raises(ValueError):
        json_read.loads(raw)
