"""Bounded decoding of response bodies: gzip, deflate, chains, bombs."""

import gzip
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.http.body import BodyError, BoundedDecoder
from tests.faults import gzip_bomb


def decode(encoding: str, body: bytes, cap: int = 10**7, chunk: int = 1000) -> bytes:
    decoder = BoundedDecoder(encoding, cap)
    out = b"".join(decoder.feed(body[i : i + chunk]) for i in range(0, len(body), chunk))
    return out + decoder.flush()


def raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


@given(data=st.binary(max_size=20_000), chunk=st.integers(min_value=1, max_value=4096))
def test_every_encoding_round_trips_in_any_chunking(data, chunk):
    assert decode("", data, chunk=chunk) == data
    assert decode("gzip", gzip.compress(data), chunk=chunk) == data
    assert decode("deflate", zlib.compress(data), chunk=chunk) == data
    assert decode("deflate", raw_deflate(data), chunk=chunk) == data
    assert decode("gzip, gzip", gzip.compress(gzip.compress(data)), chunk=chunk) == data
    assert decode("deflate, gzip", gzip.compress(zlib.compress(data)), chunk=chunk) == data


def test_multi_member_gzip():
    assert decode("gzip", gzip.compress(b"first ") + gzip.compress(b"second")) == b"first second"


@pytest.mark.parametrize("layers", [1, 2])
def test_a_bomb_stops_at_the_cap(layers):
    bomb = gzip_bomb(50 * 1024 * 1024, layers=layers)
    encoding = ", ".join(["gzip"] * layers)
    decoder = BoundedDecoder(encoding, 1_000_000)
    with pytest.raises(BodyError, match="body too large once decoded: more than 1000000 bytes"):
        for i in range(0, len(bomb), 65536):
            decoder.feed(bomb[i : i + 65536])
        decoder.flush()
    assert decoder.total <= 1_000_001


def test_unknown_encoding_and_corrupt_body():
    with pytest.raises(BodyError, match="unsupported Content-Encoding 'br'"):
        BoundedDecoder("br", 100)
    with pytest.raises(BodyError, match="cannot decode the gzip body"):
        decode("gzip", b"this is not gzip at all")
