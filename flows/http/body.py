"""Reading a response body within two caps: raw bytes on the wire and decoded bytes.

httpx decodes gzip/deflate without an output limit, so one 64 KiB chunk of a gzip bomb can expand to
64 MB before any cap is checked. Here the raw stream is decoded by zlib with `max_length`, stage by
stage for chained encodings (`Content-Encoding: gzip, gzip`), so no more than the cap (plus one byte)
is ever produced.
"""

from __future__ import annotations

import zlib

import httpx


class BodyError(Exception):
    """The body broke a cap or cannot be decoded; the message is the reason stored in `failures`."""


class _Identity:
    def feed(self, data: bytes, limit: int) -> bytes:
        return data

    def flush(self, limit: int) -> bytes:
        return b""


class _Zlib:
    """One gzip or deflate stage. Gzip may have several members; deflate may be raw (no zlib header)."""

    def __init__(self, encoding: str):
        self.encoding = encoding
        self.d = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding == "gzip" else None
        self.head = b""  # deflate: the first two bytes tell zlib-wrapped from raw
        self.done = False
        self.members = 0

    def _start_deflate(self) -> None:
        cmf_flg = self.head[:2]
        wrapped = len(cmf_flg) == 2 and (cmf_flg[0] & 0x0F) == 8 and int.from_bytes(cmf_flg, "big") % 31 == 0
        self.d = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def feed(self, data: bytes, limit: int) -> bytes:
        if self.d is None:
            self.head += data
            if len(self.head) < 2:
                return b""
            self._start_deflate()
            data, self.head = self.head, b""
        out = bytearray()
        while data and not self.done:
            try:
                chunk = self.d.decompress(data, limit - len(out) + 1)
            except zlib.error as exc:
                if self.members:  # garbage after a complete gzip member: ignored, as browsers do
                    self.done = True
                    break
                raise BodyError(f"cannot decode the {self.encoding} body: {exc}") from None
            out += chunk
            if len(out) > limit:
                return bytes(out)  # the caller sees more than the limit and stops
            if self.d.eof:
                self.members += 1
                data = self.d.unused_data
                if self.encoding == "gzip" and data.strip(b"\0"):
                    self.d = zlib.decompressobj(16 + zlib.MAX_WBITS)  # the next gzip member
                else:
                    self.done = True
            else:
                data = self.d.unconsumed_tail
        return bytes(out)

    def flush(self, limit: int) -> bytes:
        if self.d is None:
            if not self.head:
                return b""
            self._start_deflate()
            data, self.head = self.head, b""
            return self.feed(data, limit) + self.flush(limit)
        return b"" if self.done else self.d.flush()


def _stages(content_encoding: str) -> list[_Identity | _Zlib]:
    """Decoders in the order to apply them (the reverse of the header's order)."""
    stages: list[_Identity | _Zlib] = []
    for token in reversed([t.strip().lower() for t in content_encoding.split(",") if t.strip()]):
        if token in ("identity", "none"):
            stages.append(_Identity())
        elif token in ("gzip", "x-gzip"):
            stages.append(_Zlib("gzip"))
        elif token == "deflate":
            stages.append(_Zlib("deflate"))
        else:
            raise BodyError(f"unsupported Content-Encoding {token!r} (newsmon asks for gzip or deflate)")
    return stages


class BoundedDecoder:
    """Decode a raw body chunk by chunk; raise BodyError once the decoded size passes `cap`."""

    def __init__(self, content_encoding: str, cap: int):
        self.stages = _stages(content_encoding)
        self.compressed = any(isinstance(s, _Zlib) for s in self.stages)
        self.cap = cap
        self.total = 0

    def _check(self, out: bytes) -> bytes:
        self.total += len(out)
        if self.total > self.cap:
            bomb = " (a compression bomb?)" if self.compressed else ""
            raise BodyError(f"body too large once decoded: more than {self.cap} bytes{bomb}")
        return out

    def feed(self, raw: bytes) -> bytes:
        data = raw
        for stage in self.stages:
            data = stage.feed(data, self.cap - self.total)
            if len(data) > self.cap - self.total:
                return self._check(data)
        return self._check(data)

    def flush(self) -> bytes:
        data = b""
        for stage in self.stages:
            data = stage.feed(data, self.cap - self.total) + stage.flush(self.cap - self.total)
        return self._check(data)


async def read_body(response: httpx.Response, max_raw: int, max_decoded: int) -> bytes:
    """The decoded body of a streamed response, within both caps (BodyError otherwise)."""
    length = response.headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > max_raw:
        raise BodyError(f"body too large: Content-Length {int(length)} bytes > cap {max_raw}")
    decoder = BoundedDecoder(response.headers.get("content-encoding", ""), max_decoded)
    parts: list[bytes] = []
    raw_total = 0
    async for raw in response.aiter_raw():
        raw_total += len(raw)
        if raw_total > max_raw:
            raise BodyError(f"body too large: more than {max_raw} bytes")
        parts.append(decoder.feed(raw))
    parts.append(decoder.flush())
    return b"".join(parts)
