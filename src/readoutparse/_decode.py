"""Bytes in: decode a page dump whose encoding is not known."""

from __future__ import annotations

import codecs
from typing import Literal

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FALLBACKS = ("utf-8", "cp949")


class PageDecodeError(UnicodeDecodeError):
    """The bytes are in none of the encodings tried.

    Attributes:
        tried: The encodings tried, in order.
    """

    def __init__(self, data: bytes, error: UnicodeDecodeError, tried: tuple[str, ...]) -> None:
        """Build the error from the last decoder's error."""
        super().__init__(error.encoding, data, error.start, error.end, error.reason)
        self.tried = tried

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
        PageDecodeError: If no encoding fits and ``errors`` is ``"strict"``.
    """
    if encoding is not None:
        return _decode_as(data, encoding, errors, (encoding,))
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, name, errors, (name,))
    last: UnicodeDecodeError | None = None
    for name in _FALLBACKS:
        try:
            return data.decode(name)
        except UnicodeDecodeError as error:
            last = error
    if errors == "replace":
        return data.decode("utf-8", errors="replace")
    assert last is not None  # noqa: S101 - the loop ran and failed
    raise PageDecodeError(data, last, _FALLBACKS)


def _decode_as(data: bytes, name: str, errors: str, tried: tuple[str, ...]) -> str:
    try:
        return data.decode(name, errors=errors)
    except UnicodeDecodeError as error:
        raise PageDecodeError(data, error, tried) from None
