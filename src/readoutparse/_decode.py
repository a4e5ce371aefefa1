"""Bytes in: decode a page dump whose encoding is not known."""

from __future__ import annotations

import codecs
from typing import Literal

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_FALLBACKS = ("utf-8", "cp949")


class PageDecodeError(UnicodeDecodeError):
    """The bytes are in none of the encodings tried.

    ``start`` and ``end`` index the whole input, byte-order mark included.

    Attributes:
        tried: The encodings tried, in order.
    """

    def __init__(
        self, data: bytes, error: UnicodeDecodeError, tried: tuple[str, ...], shift: int = 0
    ) -> None:
        """Build the error from a decoder error whose offsets are ``shift`` bytes into ``data``."""
        super().__init__(error.encoding, data, error.start + shift, error.end + shift, error.reason)
        self.tried = tried

    def __reduce__(
        self,
    ) -> tuple[type[PageDecodeError], tuple[bytes, UnicodeDecodeError, tuple[str, ...]]]:
        """Pickle from the data, the offsets and what was tried (errors cross process pools)."""
        error = UnicodeDecodeError(self.encoding, self.object, self.start, self.end, self.reason)
        return (type(self), (self.object, error, self.tried))

    def __str__(self) -> str:
        """Say where decoding failed and what was tried."""
        return (
            f"cannot decode byte {self.object[self.start : self.start + 1]!r} at offset "
            f"{self.start}: the data is not {' or '.join(self.tried)}; "
            "pass encoding= if you know it, or errors='replace'"
        )


def decode(
    data: bytes, encoding: str | None = None, errors: Literal["strict", "replace"] = "strict"
) -> str:
    """Decode ``data``: by its BOM, else strict UTF-8, else CP949 (a superset of EUC-KR).

    Raises:
        PageDecodeError: If no encoding fits and ``errors`` is ``"strict"``; its
            offset is where UTF-8 decoding failed (the likelier intent).
    """
    if encoding is not None:
        return _decode_as(data, encoding, errors, 0)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, name, errors, len(bom))
    first: UnicodeDecodeError | None = None
    for name in _FALLBACKS:
        try:
            return data.decode(name)
        except UnicodeDecodeError as error:
            first = first or error
    if errors == "replace":
        return data.decode("utf-8", errors="replace")
    assert first is not None  # noqa: S101 - the loop ran and failed
    raise PageDecodeError(data, first, _FALLBACKS)


def _decode_as(data: bytes, name: str, errors: str, skip: int) -> str:
    """Decode ``data[skip:]`` (past a BOM) as ``name``."""
    try:
        return data[skip:].decode(name, errors=errors)
    except UnicodeDecodeError as error:
        raise PageDecodeError(data, error, (name,), skip) from None
