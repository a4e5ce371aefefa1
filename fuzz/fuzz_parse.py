"""Coverage-guided fuzzing of parse() and parse_bytes() with atheris.

Every input is fed as bytes to ``parse_bytes`` and, decoded several ways, as
``str`` to ``parse``. The harness fails on any exception other than the
documented ``PageDecodeError``, on a broken invariant (a span out of bounds, a
character not covered exactly once by ``readout.lines``, an empty text, a round trip that
changes the readout, a rendering that does not parse back to the readout's structure or
renders differently again), and on an input that takes more than linear time.

Run it (see CONTRIBUTING.md) with::

    pip install atheris
    python fuzz/fuzz_parse.py fuzz/corpus tests/fixtures examples -max_total_time=1800

New inputs are written to ``fuzz/corpus``; crashes to ``crash-*`` files. Turn each
into a regression case: a named test in the test module of the stage at fault, and an
``@example`` on the property in ``tests/property`` that it breaks.
"""

# ruff: noqa: INP001 - a script run by path, not a package module
from __future__ import annotations

import contextlib
import json
import sys
import time

import atheris  # type: ignore[import-untyped]  # atheris ships no type information

with atheris.instrument_imports():
    from readoutparse import PageDecodeError, Readout, parse, parse_bytes

SECONDS_PER_CHAR = 20e-6  # ~100x the normal cost per character: only super-linear work trips it
SECONDS_FLOOR = 0.5


def _decodings(data: bytes) -> list[str]:
    return [
        data.decode("utf-8", errors="surrogateescape"),
        data.decode("utf-16-le", errors="surrogatepass") if len(data) % 2 == 0 else "",
        data.decode("latin-1"),
        data.decode("cp949", errors="replace"),
    ]


def _check(text: str) -> None:
    started = time.perf_counter()
    readout = parse(text)
    elapsed = time.perf_counter() - started
    if elapsed > SECONDS_FLOOR + SECONDS_PER_CHAR * len(text):
        msg = f"{elapsed:.2f}s for {len(text)} characters: not linear"
        raise AssertionError(msg)
    covered = bytearray(len(text))
    for line in readout.lines:
        if not 0 <= line.span.start <= line.span.end <= len(text):
            raise AssertionError(line)
        for offset in range(line.span.start, line.span.end):
            covered[offset] += 1
    for offset, char in enumerate(text):
        if covered[offset] > 1 or (covered[offset] == 0 and not char.isspace()):
            msg = f"offset {offset} ({char!r}) covered {covered[offset]} times"
            raise AssertionError(msg)
    if any(not row["text"] for row in readout.iter_rows()):
        msg = "a paragraph or subpoint has empty text"
        raise AssertionError(msg)
    _check_round_trips(readout)


def _check_round_trips(readout: Readout) -> None:
    """``from_dict(to_dict())`` and JSON give the readout back; ``render()`` parses back to it."""
    if Readout.from_dict(readout.to_dict()) != readout:
        msg = "from_dict(to_dict()) changed the readout"
        raise AssertionError(msg)
    if Readout.from_dict(json.loads(readout.to_json())) != readout:
        msg = "JSON round trip changed the readout"
        raise AssertionError(msg)
    rendered = readout.render()
    again = parse(rendered)
    if again.structure() != readout.structure():
        msg = f"render() does not parse back to the same structure: {rendered!r}"
        raise AssertionError(msg)
    if again.render() != rendered:
        msg = f"render() is not idempotent: {rendered!r}"
        raise AssertionError(msg)


def test_one_input(data: bytes) -> None:
    """The libFuzzer entry point: one input, every way in."""
    with contextlib.suppress(PageDecodeError):
        parse_bytes(data)
    for text in _decodings(data):
        _check(text)


def main() -> None:
    """Start the fuzzer with the command-line arguments (libFuzzer flags, corpus folders)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
