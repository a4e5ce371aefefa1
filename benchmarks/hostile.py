r"""The hostile battery: the promises of every release, on hostile text and mutated real pages.

Run it from the repository root::

    .venv/bin/python benchmarks/hostile.py --quick        # 21 kinds, 600 mutated pages
    .venv/bin/python benchmarks/hostile.py --mutated 20000 --seed 7

It builds, from a seed, inputs of many hostile kinds (lines of one character,
every line break, ``O`` lines, NUL, zero-width and lone-surrogate lines, deep
nesting, markers alone, huge lines, byte order marks, CR only, mixed scripts,
…) and mutated real pages (``differential.mutated`` on the real-layout pages of
``generate.real_layout_pages``), parses each with this checkout and checks:

- ``exception``: ``parse`` returns;
- ``empty``: no paragraph or subpoint has empty text;
- ``spans``: every span is in bounds and points at what the model says it is: a
  line's span at its content (no white space at its ends), a paragraph's or
  subpoint's from a line's start (its marker, when it has one) over its own lines,
  which hold its marker and text and nothing else; the title's span, folded, is the
  title, the section's starts with the section, the date's is not blank;
- ``lost``: every non-white-space character lies in exactly one line, so every
  non-blank input line is in ``lines``;
- ``round trip``: ``parse(render(r)).structure() == r.structure()``;
- ``idempotent``: ``render(parse(render(r))) == render(r)``;
- ``dict``: ``Readout.from_dict(r.to_dict()) == r``.

It prints the failures per check and per kind, the first few failing inputs,
and exits with status 1 when any check fails.
"""

# ruff: noqa: INP001, T201 - benchmarks/ is a folder of scripts, and scripts print

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Final

sys.path.insert(0, str(Path(__file__).resolve().parent))

from differential import CASEFOLD_CHANGING, CONTROLS, LINE_ENDINGS, MARKERS, SPACES, mutated
from generate import generate_corpus, real_layout_pages

from readoutparse import LineKind, Readout, parse

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from readoutparse import Line

HOSTILE_SEED: Final = 20261207
QUICK_MUTATED: Final = 600
"""Mutated real pages in ``--quick``; the full run takes ``--mutated`` (default 20,000)."""
FULL_MUTATED: Final = 20_000
PER_KIND: Final = 12
"""Inputs drawn per hostile kind (each from the seed)."""
SHOWN: Final = 5
_SHOWN_INPUT: Final = 200

CHECKS: Final = ("exception", "empty", "spans", "lost", "round trip", "idempotent", "dict")

# Every break splitlines() splits on: the parser's line breaks.
BREAKS: Final = (*LINE_ENDINGS, "\x1c", "\x1d", "\x1e")
ONE_CHARS: Final = tuple("Oo°○◦●ㅇ-–·▲*※□1①a.:>();▶#끝")
SCRIPTS: Final = (
    "The two sides met in Seoul.",
    "양측은 회담을 가졌다.",
    "双方举行了会谈。",
    "両国は会談した。",
    "عقد الجانبان اجتماعا.",
    "Стороны провели встречу.",
    "दोनों पक्षों ने मुलाकात की।",
    "ทั้งสองฝ่ายได้พบกัน",
    "שני הצדדים נפגשו.",
)
ZERO_WIDTH: Final = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e")
SURROGATES: Final = ("\ud800", "\udbff", "\udc00", "\udfff")
NUMBERS: Final = ("1.", "1)", "(1)", "①", "１．", "99999999999999999999.", "0.", "2.")

Sample = tuple[str, str]


def _lines(rng: random.Random, make: Callable[[random.Random], str], low: int, high: int) -> str:
    return "".join(make(rng) + rng.choice(BREAKS[:3]) for _ in range(rng.randint(low, high)))


def _real(rng: random.Random) -> str:
    return rng.choice(_REAL)[1]


def _one_char_lines(rng: random.Random) -> str:
    return _lines(rng, lambda r: r.choice(ONE_CHARS), 1, 60)


def _every_line_break(rng: random.Random) -> str:
    lines = _real(rng).splitlines()
    return "".join(line + rng.choice(BREAKS) for line in lines)


def _o_lines(rng: random.Random) -> str:
    return _lines(rng, lambda r: r.choice(("O", "o", "O O", "O 0", "O.", "OO", "o x")), 1, 40)


def _nul_lines(rng: random.Random) -> str:
    return _lines(rng, lambda r: "\x00" * r.randint(1, 3) + r.choice(("", " x", "1. x")), 1, 30)


def _zero_width_lines(rng: random.Random) -> str:
    return _lines(rng, lambda r: r.choice(ZERO_WIDTH) + r.choice(("", "x", "1. x", "O")), 1, 30)


def _surrogate_lines(rng: random.Random) -> str:
    return _lines(rng, lambda r: r.choice(SURROGATES) + r.choice(("", " x", "1.", "- y")), 1, 30)


def _deep_nesting(rng: random.Random) -> str:
    glyphs = ("-", "O", "·", "*", "ㅇ", "–")
    depth = rng.randint(10, 3_000)
    glyph = rng.choice(glyphs)
    steps = "".join(" " * (i % 400) + f"{glyph} item {i}\n" for i in range(depth))
    return "Talks\n\n1. First.\n" + steps


def _marker_only_lines(rng: random.Random) -> str:
    pool = (*NUMBERS, *(marker.strip() for marker in MARKERS))
    return _lines(rng, lambda r: r.choice(pool), 1, 40)


def _huge_line(rng: random.Random) -> str:
    word = rng.choice(("word ", "x", "1. ", "O ", "양측은 ", ". ", "- "))
    return rng.choice(("", "Talks\n\n")) + word * rng.randint(10_000, 60_000)


def _boms(rng: random.Random) -> str:
    lines = _real(rng).splitlines()
    return "".join("\ufeff" * rng.randint(0, 2) + line + "\n" for line in lines)


def _cr_only(rng: random.Random) -> str:
    return "\r".join(_real(rng).splitlines()) + rng.choice(("", "\r"))


def _mixed_scripts(rng: random.Random) -> str:
    def line(r: random.Random) -> str:
        return r.choice(("", *NUMBERS[:3], "O ", "- ")) + " ".join(
            r.choice(SCRIPTS) for _ in range(r.randint(1, 3))
        )

    return _lines(rng, line, 1, 20)


def _white_space_only(rng: random.Random) -> str:
    return "".join(rng.choice((*SPACES, *BREAKS)) for _ in range(rng.randint(0, 80)))


def _numbers(rng: random.Random) -> str:
    def line(r: random.Random) -> str:
        return f"{r.choice((r.randint(0, 10**30), r.randint(0, 3)))}{r.choice('.)')} item"

    return _lines(rng, line, 1, 40)


def _date_labels(rng: random.Random) -> str:
    pool = ("DATE", "Date :", "작성일", "등록일", "2024-02-29", "2024.02.29", "Feb. 29, 2024")
    return _lines(rng, lambda r: r.choice(pool), 1, 30)


def _breadcrumbs(rng: random.Random) -> str:
    def line(r: random.Random) -> str:
        return " > ".join(r.choice(("HOME", "홈", "Press", "1. News", ">", "")) for _ in range(5))

    return _lines(rng, line, 1, 20)


def _end_marks(rng: random.Random) -> str:
    pool = ("끝.", "끝", "끝.끝.", "1. 끝.", "□ 끝.", "양측은 만났다. 끝.", ". 끝")
    return _lines(rng, lambda r: r.choice(pool), 1, 20)


def _control_characters(rng: random.Random) -> str:
    text = _real(rng)
    for _ in range(rng.randint(1, 40)):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(CONTROLS) * rng.randint(1, 3) + text[at:]
    return text


def _casefold_changers(rng: random.Random) -> str:
    text = list(_real(rng))
    for _ in range(rng.randint(1, 60)):
        if text:
            text[rng.randrange(len(text))] = rng.choice(CASEFOLD_CHANGING)
    return "".join(text)


def _many_short_lines(rng: random.Random) -> str:
    return _lines(rng, lambda r: r.choice(("a", "1. a", "O a", "")), 5_000, 20_000)


def _combining_marks(rng: random.Random) -> str:
    def line(r: random.Random) -> str:
        return r.choice(("1. ", "O ", "")) + "a" + "\u0301" * r.randint(1, 200)

    return _lines(rng, line, 1, 20)


def _odd_indents(rng: random.Random) -> str:
    lines = _real(rng).splitlines()
    return "\n".join(rng.choice(SPACES) * rng.randint(0, 30) + line for line in lines)


def _random_code_points(rng: random.Random) -> str:
    def char(r: random.Random) -> str:
        return chr(r.choice((r.randint(0, 0x7F), r.randint(0, 0x3000), r.randint(0, 0x10FFFF))))

    return "".join(char(rng) for _ in range(rng.randint(0, 400)))


def _lines_of_a_real_page_shuffled(rng: random.Random) -> str:
    lines = _real(rng).splitlines()
    rng.shuffle(lines)
    return "\n".join(lines)


def _paragraph_per_character(rng: random.Random) -> str:
    lines = _real(rng).splitlines()
    return "\n".join(rng.choice(ONE_CHARS) + " " + line[:1] for line in lines)


KINDS: Final[dict[str, Callable[[random.Random], str]]] = {
    "one-character lines": _one_char_lines,
    "every line break": _every_line_break,
    "O lines": _o_lines,
    "NUL lines": _nul_lines,
    "zero-width lines": _zero_width_lines,
    "lone-surrogate lines": _surrogate_lines,
    "deep nesting": _deep_nesting,
    "marker-only lines": _marker_only_lines,
    "huge lines": _huge_line,
    "byte order marks": _boms,
    "CR only": _cr_only,
    "mixed scripts": _mixed_scripts,
    "white space only": _white_space_only,
    "huge and odd numbers": _numbers,
    "date labels only": _date_labels,
    "breadcrumb chains": _breadcrumbs,
    "end marks": _end_marks,
    "control characters": _control_characters,
    "casefold changers": _casefold_changers,
    "many short lines": _many_short_lines,
    "combining marks": _combining_marks,
    "odd indents": _odd_indents,
    "random code points": _random_code_points,
    "shuffled real lines": _lines_of_a_real_page_shuffled,
    "a marker and a letter per line": _paragraph_per_character,
}
"""The hostile kinds: each draws one input from a random generator."""

_REAL: list[Sample] = []
_ELEMENT_KINDS: Final = frozenset({LineKind.PARAGRAPH, LineKind.SUBPOINT, LineKind.CONTINUATION})


def build(seed: int, mutated_count: int, per_kind: int) -> list[Sample]:
    """Return the battery's inputs for ``seed``: every hostile kind, then mutated real pages."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible battery, not a secret
    _REAL[:] = real_layout_pages()
    samples: list[Sample] = [("empty", ""), ("empty", "\n")]
    for name, make in KINDS.items():
        samples += [(name, make(rng)) for _ in range(per_kind)]
    samples += [("generated", page.text) for page in generate_corpus(per_kind, seed)]
    samples += [("mutated", text) for _, text in mutated(rng, _REAL, mutated_count)]
    return samples


# --- The checks --------------------------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(text.split())


def _empty(_text: str, readout: Readout) -> bool:
    return any(not row["text"] for row in readout.iter_rows())


def _lines_wrong(text: str, readout: Readout) -> bool:
    end = 0
    for line in readout.lines:
        start, stop = line.span.start, line.span.end
        if not end <= start < stop <= len(text):
            return True
        if text[start].isspace() or text[stop - 1].isspace():
            return True
        end = stop
    return False


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _own_source(text: str, lines: Sequence[Line], ends: list[int], start: int, end: int) -> str:
    """The text from ``start`` to ``end`` without the lines of chrome in it (``ends``: theirs)."""
    first = bisect.bisect_right(ends, start)
    kept: list[str] = []
    for line in itertools.islice(lines, first, None):
        if line.span.start >= end:
            break
        if line.kind in _ELEMENT_KINDS:
            kept.append(text[max(start, line.span.start) : min(end, line.span.end)])
    return _squeeze("".join(kept))


def _spans_wrong(text: str, readout: Readout) -> bool:
    if _lines_wrong(text, readout):
        return True
    starts = {line.span.start for line in readout.lines}
    if readout.lines and text[readout.lines[0].span.start] == "\ufeff":  # a BOM, not the text's
        bom = readout.lines[0].span.start
        starts.add(bom + 1 + len(text[bom + 1 :]) - len(text[bom + 1 :].lstrip()))
    if readout.repost is not None:  # the first paragraph starts after the tag
        tag_end = readout.repost.span.end
        starts.add(tag_end + len(text[tag_end:]) - len(text[tag_end:].lstrip()))
    ends = [line.span.end for line in readout.lines]
    for row in readout.iter_rows():
        claimed = _squeeze((row["marker"] or "") + row["text"])
        own = _own_source(text, readout.lines, ends, row["start"], row["end"])
        if row["start"] not in starts or own != claimed:
            return True
    return _head_spans_wrong(text, readout)


def _head_spans_wrong(text: str, readout: Readout) -> bool:
    """The title's span holds the title, the section's its line, the date's some text."""
    title, section, date = readout.title_span, readout.section_span, readout.date_span
    if (title is None) != (readout.title is None) or (section is None) != (readout.section is None):
        return True
    if (date is None) != (readout.date is None):
        return True
    if title is not None and _fold(text[title.start : title.end]) != readout.title:
        return True
    if section is not None and not _fold(text[section.start : section.end]).startswith(
        readout.section or ""
    ):
        return True
    return date is not None and not text[date.start : date.end].strip()


def _lost(text: str, readout: Readout) -> bool:
    covered = bytearray(len(text))
    for line in readout.lines:
        for offset in range(line.span.start, min(line.span.end, len(text))):
            covered[offset] += 1
    return any(
        count > 1 or (count == 0 and not char.isspace())
        for count, char in zip(covered, text, strict=True)
    )


def check(text: str) -> list[str]:
    """Return the checks ``text`` fails, by name (``CHECKS``)."""
    try:
        readout = parse(text)
    except Exception:  # noqa: BLE001 - an exception is one of the failures counted
        return ["exception"]
    failed = [
        name
        for name, wrong in (("empty", _empty), ("spans", _spans_wrong), ("lost", _lost))
        if wrong(text, readout)
    ]
    try:
        rendered = readout.render()
        again = parse(rendered)
        if again.structure() != readout.structure():
            failed.append("round trip")
        if again.render() != rendered:
            failed.append("idempotent")
        if Readout.from_dict(readout.to_dict()) != readout:
            failed.append("dict")
    except Exception:  # noqa: BLE001 - an exception is one of the failures counted
        failed.append("exception")
    return failed


# --- The run ----------------------------------------------------------------------------


def run(samples: list[Sample], shown: int) -> int:
    """Check every sample, print the counts and the first failures; return the failure count."""
    by_check = dict.fromkeys(CHECKS, 0)
    by_kind: dict[str, int] = {}
    failures: list[tuple[str, str, list[str]]] = []
    for kind, text in samples:
        failed = check(text)
        for name in failed:
            by_check[name] += 1
        if failed:
            by_kind[kind] = by_kind.get(kind, 0) + 1
            failures.append((kind, text, failed))
    kinds = len({kind for kind, _ in samples if kind in KINDS})
    mutated_count = sum(kind == "mutated" for kind, _ in samples)
    print(f"inputs: {len(samples):,} ({kinds} hostile kinds, {mutated_count:,} mutated real pages)")
    for name in CHECKS:
        print(f"  {name:<11} {by_check[name]:>6,} failed")
    for kind, count in sorted(by_kind.items()):
        print(f"  failing {kind}: {count:,}")
    for kind, text, failed in failures[:shown]:
        cut = text if len(text) <= _SHOWN_INPUT else text[:_SHOWN_INPUT] + "…"
        print(f"--- {kind}, {', '.join(failed)}: {cut!r}")
    print(f"inputs that fail: {len(failures):,}")
    return len(failures)


def main(argv: list[str] | None = None) -> int:
    """Build the battery from the arguments, run it; exit 1 on any failure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=HOSTILE_SEED, help="the battery's seed")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_MUTATED} mutated pages")
    parser.add_argument("--mutated", type=int, help=f"mutated real pages ({FULL_MUTATED:,})")
    parser.add_argument("--per-kind", type=int, default=PER_KIND, help="inputs per hostile kind")
    parser.add_argument("--show", type=int, default=SHOWN, help="how many failures to show")
    args = parser.parse_args(argv)
    count = args.mutated or (QUICK_MUTATED if args.quick else FULL_MUTATED)
    start = time.perf_counter()
    samples = build(args.seed, count, args.per_kind)
    failed = run(samples, args.show)
    print(f"seed {args.seed}, {time.perf_counter() - start:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
