r"""The differential check: does a change leave the parser's output byte for byte the same?

It builds a fixed set of inputs from a fixed seed, parses every input with two
versions of the package, and compares, for each input, the JSON of
``parse(text).to_dict()`` (every field, the lines with their kinds and spans,
and the warnings), or the type and message of the exception raised. Run it
from the repository root::

    scripts/differential OLD_COMMIT                # OLD_COMMIT against the working tree
    scripts/differential OLD_COMMIT NEW_COMMIT     # two commits
    scripts/differential OLD_COMMIT --quick        # a set about a twentieth of the size

A commit is exported with ``git archive`` into a temporary folder and imported
from there (``PYTHONPATH=<export>/src``) in a fresh process of the same
interpreter; ``--worktree`` (the default for the new side) imports ``src/`` of
this checkout as it is, with uncommitted changes. The set is generated once, by
this checkout, and written to a temporary file that both sides read, so both
parse the same inputs. Each side writes one short hash per input; the inputs
whose hashes differ are parsed again on both sides to show the first few as a
unified diff of the two JSONs. The exit status is 1 when any input differs,
2 when the check could not run.

The set, from ``--seed`` (default ``DIFFERENTIAL_SEED``):

- generated pages: ``benchmarks/generate.py`` with this seed, not the benchmark
  corpus's;
- real-layout pages: ``examples/*.txt``, ``tests/fixtures/**/*.txt`` and
  ``../shared/corpus/**/*.txt`` when that folder exists;
- mutated pages: lines dropped, doubled, cut, shuffled, re-cased and
  re-spaced, blank lines added or removed, joined by LF, CRLF, CR, NEL, VT,
  FF, U+2028, U+2029 or a mix of them;
- one-line pages: each distinct line of the real-layout pages and of some
  generated pages, and each phrase of the vocabulary, alone and behind a
  marker;
- soups: random runs of vocabulary phrases and corpus lines;
- casefold pages: letters replaced by characters that ``str.casefold`` or
  ``str.lower`` change in length or kind (``İ``, ``ß``, ``ﬁ``, ``ſ``, the Kelvin
  sign…);
- control pages: control and format characters and lone surrogates inserted;
- Hypothesis pages: ``readoutparse.strategies.pages()`` and ``page_texts()``,
  drawn with a fixed seed and no example database.

The vocabulary phrases are every string constant of ``readoutparse._vocabulary``
and of the modules of ``readoutparse.strategies``, found by walking their module globals, so a
renamed table is still read. The printed digest names the set: two runs with
the same digest parsed the same inputs.
"""

# ruff: noqa: INP001, T201 - benchmarks/ is a folder of scripts, and scripts print

from __future__ import annotations

import argparse
import contextlib
import difflib
import hashlib
import importlib
import io
import json
import os
import pkgutil
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from generate import generate_corpus, real_layout_pages

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from types import ModuleType

ROOT: Final = Path(__file__).resolve().parent.parent
DIFFERENTIAL_SEED: Final = 20260307
"""The seed of the set; another than the benchmark corpus's (``generate.CORPUS_SEED``)."""

SHOWN: Final = 3
"""How many differing inputs are shown as a diff, by default."""

Sample = tuple[str, str]
"""One input of the set: where it comes from, and its text."""

# The sizes of the parts of the full set; --quick divides each by QUICK_DIVISOR.
GENERATED: Final = 16_000
MUTATED_PER_REAL_PAGE: Final = 50
MUTATED_GENERATED: Final = 8_000
ONE_LINE_GENERATED_PAGES: Final = 500
SOUPS: Final = 8_000
CASEFOLD_PAGES: Final = 4_000
CONTROL_PAGES: Final = 4_000
HYPOTHESIS_PAGES: Final = 3_000
QUICK_DIVISOR: Final = 20

LINE_ENDINGS: Final = ("\n", "\r\n", "\r", "\x85", "\x0b", "\x0c", "\u2028", "\u2029")
"""LF, CRLF, CR, NEL, VT, FF, LINE SEPARATOR, PARAGRAPH SEPARATOR: all split lines."""

SPACES: Final = (" ", "  ", "\t", "\u00a0", "\u3000", " \u00a0", "\u2003")
MARKERS: Final = ("1. ", "12. ", "3) ", "- ", "– ", "O ", "ㅇ ", "○ ", "□ ", "· ", "* ", "※ ", "▶ ")

CASEFOLD_CHANGING: Final = (
    "\u0130",  # İ, LATIN CAPITAL LETTER I WITH DOT ABOVE: casefolds to 'i' + COMBINING DOT
    "\u0131",  # ı, dotless i
    "\u00df",  # ß, casefolds to 'ss'
    "\u1e9e",  # ẞ, capital sharp s
    "\ufb01",  # ﬁ ligature, casefolds to 'fi'
    "\ufb00",  # ﬀ ligature
    "\u017f",  # ſ, long s, casefolds to 's'
    "\u212a",  # K, KELVIN SIGN, casefolds to 'k'
    "\u212b",  # Å, ANGSTROM SIGN
    "\u0149",  # ŉ, casefolds to two characters
    "\u01f0",  # ǰ, casefolds to two characters
    "\u0390",  # ΐ, casefolds to three characters
    "\u03a3",  # Σ
    "\u03c2",  # ς, final sigma
    "\u1fb3",  # ᾳ
    "\u2126",  # Ω, OHM SIGN
    "\uff29",  # Ｉ, FULLWIDTH I
)
# Chances and bounds of the random edits.
_CUT_THE_PAGE: Final = 0.3
_HALF: Final = 0.5
_MIXED_ENDINGS: Final = 0.2
_FINAL_ENDING: Final = 0.8
_SOUP_PARTS: Final = 40
_TWO_IN_ONE: Final = 0.1
_AT_THE_START: Final = 0.1
_LONGEST_PHRASE: Final = 200
_SHOWN_INPUT: Final = 300
_BLANKS: Final = ("", " ", "\t")
_MARKED: Final = MARKERS

SUBSTITUTES: Final = {"i": "\u0130", "I": "\u0130", "s": "\u017f", "k": "\u212a", "f": "\ufb01"}

CONTROLS: Final = (
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x1b",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x7f",
    "\x80",
    "\x9f",
    "\u00ad",  # SOFT HYPHEN
    "\u200b",  # ZERO WIDTH SPACE
    "\u200d",  # ZERO WIDTH JOINER
    "\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\u2060",  # WORD JOINER
    "\ufeff",  # BYTE ORDER MARK
    "\ufffd",  # REPLACEMENT CHARACTER
    "\ud800",  # lone surrogates
    "\udbff",
    "\udc00",
    "\udfff",
)


# --- The set ---------------------------------------------------------------------------


def _drop(rng: random.Random, lines: list[str], at: int) -> None:
    del lines[at : at + rng.randint(1, 3)]


def _double(_rng: random.Random, lines: list[str], at: int) -> None:
    lines.insert(at, lines[at])


def _cut(rng: random.Random, lines: list[str], at: int) -> None:
    lines[at] = lines[at][: rng.randrange(len(lines[at]) + 1)]
    if rng.random() < _CUT_THE_PAGE:
        del lines[at + 1 :]


def _shuffle(rng: random.Random, lines: list[str], at: int) -> None:
    stretch = lines[at : at + rng.randint(2, 8)]
    rng.shuffle(stretch)
    lines[at : at + len(stretch)] = stretch


def _recase(rng: random.Random, lines: list[str], at: int) -> None:
    lines[at] = rng.choice((str.upper, str.lower, str.swapcase, str.title))(lines[at])


def _respace(rng: random.Random, lines: list[str], at: int) -> None:
    lines[at] = lines[at].replace(" ", rng.choice(SPACES))


def _reindent(rng: random.Random, lines: list[str], at: int) -> None:
    lines[at] = rng.choice(SPACES) * rng.randint(0, 8) + lines[at].strip()


def _blank(rng: random.Random, lines: list[str], at: int) -> None:
    if lines[at].strip():
        lines.insert(at, rng.choice(("", " ", "\t", "\u00a0")))
    else:
        del lines[at]


def _remark(rng: random.Random, lines: list[str], at: int) -> None:
    line = lines[at]
    lines[at] = rng.choice(MARKERS) + line.lstrip() if rng.random() < _HALF else line[2:]


_EDITS: Final = (_drop, _double, _cut, _shuffle, _recase, _respace, _reindent, _blank, _remark)
"""Edits of one line or a stretch of lines, at a given index."""


def _join(rng: random.Random, lines: list[str]) -> str:
    """Join lines by one line ending, or by a mix of them."""
    if rng.random() < _MIXED_ENDINGS:
        return "".join(line + rng.choice(LINE_ENDINGS) for line in lines)
    ending = rng.choice(LINE_ENDINGS)
    tail = ending if rng.random() < _FINAL_ENDING else ""
    return ending.join(lines) + tail


def mutated(rng: random.Random, pages: list[Sample], count: int) -> list[Sample]:
    """Return ``count`` pages, each one of ``pages`` with one to four random edits."""
    samples: list[Sample] = []
    for _ in range(count):
        label, text = rng.choice(pages)
        lines = text.splitlines()
        for _ in range(rng.randint(1, 4)):
            if not lines:
                lines.append(rng.choice(MARKERS).strip())
            rng.choice(_EDITS)(rng, lines, rng.randrange(len(lines)))
        samples.append((f"mutated:{label}", _join(rng, lines)))
    return samples


def one_line_pages(pages: list[Sample], phrases: list[str]) -> list[Sample]:
    """Return every distinct line of ``pages``, and every phrase bare and behind markers."""
    lines = sorted({line for _, text in pages for line in text.splitlines() if line.strip()})
    samples = [("one-line", line) for line in lines]
    samples += [("one-line", line + "\n") for line in lines[::7]]
    for index, phrase in enumerate(phrases):
        samples.append(("phrase", phrase))
        marker = MARKERS[index % len(MARKERS)]
        samples.append(("phrase", f"{marker}{phrase}\n"))
        samples.append(("phrase", f"{phrase.upper()}\n{phrase}\n"))
    return samples


def soups(rng: random.Random, phrases: list[str], lines: list[str], count: int) -> list[Sample]:
    """Return ``count`` pages of random vocabulary phrases and corpus lines."""
    samples: list[Sample] = []
    for _ in range(count):
        parts: list[str] = []
        for _ in range(rng.randint(1, _SOUP_PARTS)):
            pool = rng.choice((phrases, lines, lines, _BLANKS, _MARKED))
            part = rng.choice(pool)
            if pool is _MARKED:
                part += rng.choice(phrases)
            if rng.random() < _TWO_IN_ONE:
                part = rng.choice(phrases) + " " + part
            parts.append(part)
        samples.append(("soup", _join(rng, parts)))
    return samples


def casefold_pages(rng: random.Random, pages: list[Sample], count: int) -> list[Sample]:
    """Return ``count`` pages with letters replaced by casefold-changing characters."""
    samples: list[Sample] = []
    for _ in range(count):
        label, text = rng.choice(pages)
        lines = text.splitlines()
        for _ in range(rng.randint(1, 6)):
            if not lines:
                break
            at = rng.randrange(len(lines))
            line = lines[at]
            if rng.random() < _HALF:
                old, new = rng.choice(sorted(SUBSTITUTES.items()))
                lines[at] = line.replace(old, new)
            else:
                cut = rng.randrange(len(line) + 1)
                lines[at] = line[:cut] + rng.choice(CASEFOLD_CHANGING) + line[cut + 1 :]
        samples.append((f"casefold:{label}", _join(rng, lines)))
    return samples


def control_pages(rng: random.Random, pages: list[Sample], count: int) -> list[Sample]:
    """Return ``count`` pages with control characters or lone surrogates inserted."""
    samples: list[Sample] = []
    for _ in range(count):
        label, text = rng.choice(pages)
        for _ in range(rng.randint(1, 5)):
            at = 0 if rng.random() < _AT_THE_START else rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(CONTROLS) * rng.randint(1, 3) + text[at:]
        samples.append((f"control:{label}", text))
    return samples


def _strings(value: object) -> Iterator[str]:
    """Yield the strings in a constant: a string, or a collection or mapping of them."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


def with_submodules(module: ModuleType) -> list[ModuleType]:
    """Return ``module`` and, if it is a package, every module in it, sorted by name."""
    names = sorted(info.name for info in pkgutil.iter_modules(getattr(module, "__path__", [])))
    return [module, *(importlib.import_module(f"{module.__name__}.{name}") for name in names)]


def vocabulary_phrases(modules: Iterable[ModuleType]) -> list[str]:
    """Return the string constants of ``modules``, sorted: phrases, words, glyphs."""
    found: set[str] = set()
    for module in modules:
        for name, value in vars(module).items():
            if not name.startswith("__"):
                found.update(s for s in _strings(value) if s.strip() and len(s) <= _LONGEST_PHRASE)
    return sorted(found)


def hypothesis_pages(count: int, seed: int) -> list[Sample]:
    """Return ``count`` texts drawn from the public strategies, reproducibly.

    The draw uses Hypothesis' generation phase only, with a fixed seed, no
    example database and no constants taken from the source (see
    :func:`_without_local_constants`), so a given Hypothesis version draws the
    same texts from the same strategies.
    """
    import hypothesis  # noqa: PLC0415 - only the set's generation needs it
    from hypothesis import strategies as st  # noqa: PLC0415

    from readoutparse.strategies import page_texts, pages, with_line_endings  # noqa: PLC0415

    endings = st.sampled_from(LINE_ENDINGS)
    drawn: list[Sample] = []
    strategy = st.one_of(
        st.tuples(st.just("hypothesis:pages"), pages().map(lambda pair: pair[0])),
        st.tuples(st.just("hypothesis:page_texts"), page_texts()),
        st.tuples(
            st.just("hypothesis:with_line_endings"),
            st.builds(with_line_endings, page_texts(), endings),
        ),
    )

    @hypothesis.seed(seed)
    @hypothesis.settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.given(strategy)
    def collect(sample: Sample) -> None:
        drawn.append(sample)

    with _without_local_constants():
        collect()
    return drawn


@contextlib.contextmanager
def _without_local_constants() -> Iterator[None]:
    """Keep Hypothesis from mixing literals of this checkout's source into its draws.

    Hypothesis (from 6.131) now and then draws a constant found in the source of
    any imported module outside site-packages: ``src/``, ``benchmarks/``. The
    drawn pages would then change with any edit of the code, even one that
    leaves the strategies alone. There is no setting for it, so the private
    function that gathers those constants is replaced, for the draw only, by one
    that finds none; if a later Hypothesis has no such function, nothing is done.
    """
    try:
        from hypothesis.internal.conjecture import providers  # noqa: PLC0415
        from hypothesis.internal.constants_ast import Constants  # noqa: PLC0415
    except ImportError:
        gather = None
    else:
        gather = getattr(providers, "_get_local_constants", None)
    if gather is None:
        yield
        return

    def none_found() -> Constants:
        return Constants()

    providers.CONSTANTS_CACHE.cache.clear()
    providers._get_local_constants = none_found  # noqa: SLF001
    try:
        yield
    finally:
        providers._get_local_constants = gather  # noqa: SLF001
        providers.CONSTANTS_CACHE.cache.clear()


def build_set(seed: int, *, quick: bool = False) -> list[Sample]:
    """Return the differential set for ``seed``; the same seed gives the same set."""
    sys.path.insert(0, str(ROOT / "src"))
    from readoutparse import _vocabulary, strategies  # noqa: PLC0415 - this checkout's, from src/

    def size(full: int) -> int:
        return max(1, full // QUICK_DIVISOR) if quick else full

    rng = random.Random(seed)  # noqa: S311 - a reproducible set, not a secret
    generated = [("generated", page.text) for page in generate_corpus(size(GENERATED), seed)]
    real = real_layout_pages()
    phrases = vocabulary_phrases([_vocabulary, *with_submodules(strategies)])
    base = real + generated[: size(MUTATED_GENERATED)]
    lines = sorted({line for _, text in base for line in text.splitlines() if line.strip()})
    samples = generated + real
    samples += mutated(rng, real, size(MUTATED_PER_REAL_PAGE * len(real)))
    samples += mutated(rng, generated, size(MUTATED_GENERATED))
    samples += one_line_pages(real + generated[: size(ONE_LINE_GENERATED_PAGES)], phrases)
    samples += soups(rng, phrases, lines, size(SOUPS))
    samples += casefold_pages(rng, base, size(CASEFOLD_PAGES))
    samples += control_pages(rng, base, size(CONTROL_PAGES))
    samples += hypothesis_pages(size(HYPOTHESIS_PAGES), seed)
    return samples


def write_set(samples: list[Sample], path: Path) -> str:
    """Write the set as JSON lines, in UTF-8 with lone surrogates passed; return its digest."""
    digest = hashlib.blake2b(digest_size=8)
    with path.open("wb") as out:
        for sample in samples:
            line = (json.dumps(sample, ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass")
            digest.update(line)
            out.write(line)
    return digest.hexdigest()


def read_set(path: Path) -> list[Sample]:
    """Read a set written by :func:`write_set`."""
    with path.open("rb") as lines:
        return [tuple(json.loads(line.decode("utf-8", "surrogatepass"))) for line in lines]


class CheckError(Exception):
    """The check could not run: an unknown commit, a side that failed."""


# --- One side: runs in a fresh process, with the version under test on PYTHONPATH ------


def record(text: str) -> str:
    """Return what the imported package makes of ``text``, as JSON."""
    from readoutparse import parse  # noqa: PLC0415 - the version on PYTHONPATH

    outcome: dict[str, Any]
    try:
        outcome = parse(text).to_dict()
    except Exception as error:  # noqa: BLE001 - every outcome is recorded, errors too
        outcome = {"exception": type(error).__qualname__, "message": str(error)}
    return json.dumps(outcome, indent=1)


def run_side(inputs: Path, out: Path, src: Path, show: list[int] | None) -> None:
    """Parse the set and write one hash per input, or the JSON of the inputs in ``show``."""
    import readoutparse  # noqa: PLC0415

    module = Path(readoutparse.__file__).resolve()
    if not module.is_relative_to(src.resolve()):
        msg = f"readoutparse was imported from {module}, not from {src}"
        raise CheckError(msg)
    samples = read_set(inputs)
    with out.open("w", encoding="ascii") as lines:
        if show is None:
            for _, text in samples:
                outcome = record(text).encode("ascii")
                lines.write(hashlib.blake2b(outcome, digest_size=8).hexdigest() + "\n")
        else:
            json.dump({str(index): record(samples[index][1]) for index in show}, lines)


# --- Both sides: exports, processes, the comparison ------------------------------------


class Side:
    """One version of the package: a commit exported to a folder, or the working tree."""

    def __init__(self, spec: str, scratch: Path) -> None:
        """Export ``spec`` (a commit, or ``--worktree``) under ``scratch``."""
        if spec == "--worktree":
            self.name = "the working tree"
            self.src = ROOT / "src"
            return
        commit = _git("rev-parse", "--verify", "--quiet", f"{spec}^{{commit}}").strip()
        self.name = f"{spec} ({commit[:10]})"
        folder = scratch / commit
        if not folder.exists():
            archive = subprocess.run(  # noqa: S603 - our own git, on our own repository
                ["git", "archive", "--format=tar", commit, "src"],  # noqa: S607
                cwd=ROOT,
                check=True,
                capture_output=True,
            ).stdout
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(folder, filter="data")
        self.src = folder / "src"

    def run(self, inputs: Path, out: Path, show: list[int] | None = None) -> None:
        """Run this side over ``inputs`` in a fresh process of this interpreter."""
        env = {
            **os.environ,
            "PYTHONPATH": str(self.src),
            "PYTHONHASHSEED": "0",
            "PYTHONPYCACHEPREFIX": str(inputs.parent / "pycache"),
        }
        command = [sys.executable, __file__, "--side", str(inputs), str(out), str(self.src)]
        if show is not None:
            command += ["--show-indices", ",".join(map(str, show))]
        if subprocess.run(command, env=env, cwd=inputs.parent, check=False).returncode:  # noqa: S603
            msg = f"the run of {self.name} failed"
            raise CheckError(msg)


def _git(*args: str) -> str:
    try:
        return subprocess.run(  # noqa: S603 - our own git, on our own repository
            ["git", *args],  # noqa: S607
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except subprocess.CalledProcessError as error:
        msg = f"git {' '.join(args)} failed: {error.stderr.strip() or 'unknown revision'}"
        raise CheckError(msg) from error


def _timed(label: str, action: Callable[[], object]) -> None:
    start = time.perf_counter()
    action()
    print(f"{label}: {time.perf_counter() - start:.1f} s", flush=True)


def _show(samples: list[Sample], index: int, old: Side, new: Side, texts: dict[str, Any]) -> None:
    label, text = samples[index]
    shown = text if len(text) <= _SHOWN_INPUT else text[:_SHOWN_INPUT] + "…"
    print(f"\n--- input {index} ({label}, {len(text):,} characters): {shown!r}")
    diff = difflib.unified_diff(
        texts["old"][str(index)].splitlines(),
        texts["new"][str(index)].splitlines(),
        fromfile=old.name,
        tofile=new.name,
        lineterm="",
        n=4,
    )
    print("\n".join(diff))


def compare(old_spec: str, new_spec: str, *, seed: int, quick: bool, shown: int) -> int:
    """Compare two versions on the set; return the exit status (1 if any input differs)."""
    with tempfile.TemporaryDirectory(prefix="differential-") as scratch_name:
        scratch = Path(scratch_name)
        old, new = Side(old_spec, scratch), Side(new_spec, scratch)
        start = time.perf_counter()
        samples = build_set(seed, quick=quick)
        inputs = scratch / "inputs.jsonl"
        digest = write_set(samples, inputs)
        size = sum(len(text.encode("utf-8", "surrogatepass")) for _, text in samples)
        print(
            f"differential set: {len(samples):,} inputs, {size / 1e6:.1f} MB, "
            f"seed {seed}, digest {digest} ({time.perf_counter() - start:.1f} s)",
            flush=True,
        )
        _timed(f"old: {old.name}", lambda: old.run(inputs, scratch / "old.txt"))
        _timed(f"new: {new.name}", lambda: new.run(inputs, scratch / "new.txt"))
        old_hashes = (scratch / "old.txt").read_text(encoding="ascii").splitlines()
        new_hashes = (scratch / "new.txt").read_text(encoding="ascii").splitlines()
        differ = [
            i
            for i, pair in enumerate(zip(old_hashes, new_hashes, strict=True))
            if pair[0] != pair[1]
        ]
        print(f"inputs that differ: {len(differ):,} of {len(samples):,}")
        if not differ:
            return 0
        by_part: dict[str, int] = {}
        for index in differ:
            part = samples[index][0].split(":", 1)[0]
            by_part[part] = by_part.get(part, 0) + 1
        print(
            "by part: " + ", ".join(f"{part} {count:,}" for part, count in sorted(by_part.items()))
        )
        show = differ[:shown]
        if show:
            texts: dict[str, Any] = {}
            for key, side in (("old", old), ("new", new)):
                side.run(inputs, scratch / f"{key}-shown.json", show)
                texts[key] = json.loads((scratch / f"{key}-shown.json").read_text(encoding="ascii"))
            for index in show:
                _show(samples, index, old, new, texts)
        return 1


def main(argv: list[str] | None = None) -> int:
    """Compare two versions, or (``--side``) run one of them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("old", nargs="?", help="the commit to compare against")
    parser.add_argument(
        "new", nargs="?", default="--worktree", help="a commit, or --worktree (the default)"
    )
    parser.add_argument("--worktree", dest="new", action="store_const", const="--worktree")
    parser.add_argument("--seed", type=int, default=DIFFERENTIAL_SEED, help="the set's seed")
    parser.add_argument("--quick", action="store_true", help="a set about 1/20 of the size")
    parser.add_argument("--show", type=int, default=SHOWN, help="how many differences to show")
    parser.add_argument("--write-set", type=Path, help="only write the set, as JSON lines")
    parser.add_argument("--side", nargs=3, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--show-indices", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        return _main(parser, args)
    except CheckError as error:
        print(f"differential: {error}", file=sys.stderr)
        return 2


def _main(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.side is not None:
        indices = args.show_indices
        inputs, out, src = args.side
        run_side(
            inputs, out, src, None if indices is None else [int(i) for i in indices.split(",")]
        )
        return 0
    if args.write_set is not None:
        digest = write_set(build_set(args.seed, quick=args.quick), args.write_set)
        print(f"wrote {args.write_set}, digest {digest}")
        return 0
    if args.old is None:
        parser.error("name the commit to compare against, e.g. HEAD or main")
    return compare(args.old, args.new, seed=args.seed, quick=args.quick, shown=args.show)


if __name__ == "__main__":
    raise SystemExit(main())
