"""Entry points beyond parse(): bytes in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from readoutparse._decode import decode
from readoutparse._parse import parse

if TYPE_CHECKING:
    from readoutparse._user_vocabulary import Vocabulary
    from readoutparse.model import Readout


def parse_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    errors: Literal["strict", "replace"] = "strict",
    strict: bool = False,
    vocabulary: Vocabulary | None = None,
) -> Readout:
    r"""Decode a page dump's bytes and parse it.

    The encoding is taken from ``encoding`` if given, else from a byte-order
    mark (UTF-8, UTF-32, UTF-16), else strict UTF-8 is tried, then CP949
    (which covers EUC-KR), the encoding of older Korean government pages.

    Args:
        data: The raw bytes of the dump.
        encoding: A text codec's name, when you know it.
        errors: ``"strict"`` (the default) or ``"replace"``, to decode what
            cannot be decoded as U+FFFD instead of raising.
        strict: As for :func:`~readoutparse.parse`.
        vocabulary: As for :func:`~readoutparse.parse`.

    Returns:
        The readout, as :func:`~readoutparse.parse` gives it.

    Raises:
        TypeError: If ``data`` is not bytes.
        PageDecodeError: A ``UnicodeDecodeError`` naming the byte offset and
            the reason, for each encoding tried, when the data fits none.
        ValueError: If ``encoding`` names no text codec, or ``errors`` is
            neither ``"strict"`` nor ``"replace"``.

    Example:
        >>> from readoutparse import parse_bytes
        >>> data = "보도자료\n\n회담 결과\n\n□ 양국 장관은 회담을 가졌다.\n".encode("cp949")
        >>> parse_bytes(data).title
        '회담 결과'
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        msg = f"parse_bytes() takes bytes, not {type(data).__name__}; use parse() for str"
        raise TypeError(msg)
    return parse(decode(bytes(data), encoding, errors), strict=strict, vocabulary=vocabulary)
