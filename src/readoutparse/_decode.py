"""Bytes in: decode a page dump whose encoding is not known."""

from __future__ import annotations

import codecs
from typing import Final, Literal

# UTF-32 LE's mark starts with UTF-16 LE's (FF FE), so it is looked for first.
_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_FALLBACKS: Final = ("utf-8", "cp949")

#: The values ``errors=`` takes.
ERRORS: Final = ("strict", "replace")

#: One codec's failure: its name, the offsets of the bad bytes in the whole input, the reason.
Attempt = tuple[str, int, int, str]


class PageDecodeError(UnicodeDecodeError):
    """The bytes are in none of the encodings tried.

    ``start``, ``end``, ``reason`` and ``encoding`` are those of the encoding
    that decoded the most before it failed (the likeliest one; the first tried
    on a tie). Offsets index the whole input, byte-order mark included.

    Attributes:
        tried: The encodings tried, in order.
        attempts: For each encoding tried, in order: its name, the start and end
            offsets of the bytes it could not decode, and its reason.
    """

    def __init__(self, data: bytes, attempts: tuple[Attempt, ...]) -> None:
        """Build the error from each codec's failure, offsets counted from the start of ``data``."""
        encoding, start, end, reason = max(attempts, key=lambda attempt: attempt[1])
        super().__init__(encoding, data, start, end, reason)
        self.tried = tuple(attempt[0] for attempt in attempts)
        self.attempts = attempts

    def __reduce__(self) -> tuple[type[PageDecodeError], tuple[bytes, tuple[Attempt, ...]]]:
        """Pickle from the data and the failures (errors cross process pools)."""
        return (type(self), (self.object, self.attempts))

    def __str__(self) -> str:
        """Say where decoding failed and why, for each encoding tried."""
        reasons = " or ".join(
            f"{name} ({reason})" if start == self.start else f"{name} ({reason} at offset {start})"
            for name, start, _, reason in self.attempts
        )
        return (
            f"cannot decode byte {self.object[self.start : self.start + 1]!r} at offset "
            f"{self.start}: the data is not {reasons}; "
            "pass encoding= if you know it, or errors='replace'"
        )


def check_settings(encoding: str | None, errors: str) -> None:
    """Refuse an ``encoding`` that names no text codec and an ``errors`` not in :data:`ERRORS`.

    Raises:
        ValueError: Naming the bad value and what is allowed.
        TypeError: If ``encoding`` is neither ``None`` nor a ``str``.

    Example:
        >>> check_settings("cp949", "replace")
        >>> check_settings(None, "ignore")
        Traceback (most recent call last):
          ...
        ValueError: errors must be 'strict' or 'replace', not 'ignore'
    """
    if errors not in ERRORS:
        msg = f"errors must be 'strict' or 'replace', not {errors!r}"
        raise ValueError(msg)
    if encoding is None:
        return
    if not isinstance(encoding, str):
        msg = f"encoding must be a codec name (str) or None, not {type(encoding).__name__}"
        raise TypeError(msg)
    try:
        b"x".decode(encoding, "ignore")  # b"" would not even look the codec up
    except LookupError as error:
        msg = (
            f"unknown encoding {encoding!r} ({error}); name a text codec such as "
            "'utf-8', 'cp949' or 'utf-16-le'"
        )
        raise ValueError(msg) from None


def decode(
    data: bytes, encoding: str | None = None, errors: Literal["strict", "replace"] = "strict"
) -> str:
    """Decode ``data``: by its BOM, else strict UTF-8, else CP949 (a superset of EUC-KR).

    With ``errors="replace"`` and no encoding that fits, the data is decoded as
    the encoding that decoded the most before failing (UTF-8 on a tie).

    Raises:
        PageDecodeError: If no encoding fits and ``errors`` is ``"strict"``; its
            offset is that of the encoding that decoded the most before failing.
        ValueError: If ``encoding`` names no text codec or ``errors`` is not
            ``"strict"`` or ``"replace"``.
    """
    check_settings(encoding, errors)
    if encoding is not None:
        return _decode_as(data, encoding, errors, 0)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, name, errors, len(bom))
    attempts: list[Attempt] = []
    for name in _FALLBACKS:
        try:
            return data.decode(name)
        except UnicodeDecodeError as error:
            attempts.append((name, error.start, error.end, error.reason))
    if errors == "replace":  # as the encoding that got furthest, the likeliest one
        likeliest = max(attempts, key=lambda attempt: attempt[1])[0]
        return data.decode(likeliest, errors="replace")
    raise PageDecodeError(data, tuple(attempts))


def _decode_as(data: bytes, name: str, errors: str, skip: int) -> str:
    """Decode ``data[skip:]`` (past a BOM) as ``name``."""
    try:
        return data[skip:].decode(name, errors=errors)
    except UnicodeDecodeError as error:
        attempt = (name, error.start + skip, error.end + skip, error.reason)
        raise PageDecodeError(data, (attempt,)) from None
