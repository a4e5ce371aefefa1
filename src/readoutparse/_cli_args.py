"""The command line's arguments: the parser, the check of each value, the settings they give."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, NoReturn

from readoutparse._batch import DEFAULT_MAX_BYTES, MAX_WORKERS
from readoutparse._cli_output import Options
from readoutparse._decode import check_settings
from readoutparse._user_vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

FORMATS: Final = ("json", "jsonl", "csv", "text")
STDIN: Final = "-"


class Usage(Exception):  # noqa: N818 - not an error of the program: the user's to fix
    """A usage problem found after argparse: the message for stderr."""


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``readoutparse`` command.

    Example:
        >>> build_parser().parse_args(["pages", "--workers", "2"]).workers
        2
    """
    parser = argparse.ArgumentParser(
        prog="readoutparse",
        description=(
            "Parse text dumps of press-release and readout pages into JSON, JSON Lines or CSV. "
            "Folders are walked for files matching --glob; '-' reads stdin."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="page dumps or folders of them")
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--format",
        choices=FORMATS,
        help="json (one input), jsonl (one object per page, with its source), csv (one row "
        "per paragraph and subpoint) or text (the clean rendering, each page under a "
        "'==> SOURCE <==' header when there are several); default json for one file, jsonl "
        "for more",
    )
    output.add_argument("--jsonl", action="store_true", help="same as --format jsonl")
    output.add_argument("--text", action="store_true", help="same as --format text")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _add_input_options(parser)
    parser.add_argument(
        "--workers",
        type=_whole(1),
        default=None,
        metavar="N",
        help=f"processes to parse with, at most {MAX_WORKERS} or one per core (default: one "
        "for a few small files, else every core)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="count a page with a problem as failed, with its position",
    )
    parser.add_argument(
        "--indent", type=_whole(0), default=2, metavar="N", help="JSON indent (default 2)"
    )
    return parser


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--glob",
        type=_file_pattern,
        default="*.txt",
        help="file names to take from folders, at any depth (default: %(default)s)",
    )
    parser.add_argument(
        "--encoding",
        type=_encoding,
        help="decode every file with this codec (default: BOM, UTF-8, then CP949)",
    )
    parser.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="replace what cannot be decoded with U+FFFD instead of failing the file",
    )
    parser.add_argument(
        "--max-bytes",
        type=_whole(0),
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="skip files larger than N bytes; 0 for no limit (default: %(default)s, 16 MiB)",
    )
    parser.add_argument(
        "--vocabulary",
        type=_vocabulary_file,
        metavar="FILE.toml",
        help="a TOML file of words the built-in tables lack: navigation, toolbar, loading, "
        "pager, footer, body_enders, sections, document_types, menu_words, date_labels, "
        "repost_agencies, each an array of strings",
    )


class _Version(argparse.Action):
    """``--version``: print the installed version and exit, read only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help")))

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> NoReturn:
        from readoutparse._version import installed_version  # noqa: PLC0415 - only when asked

        sys.stdout.write(f"readoutparse {installed_version()}\n")
        parser.exit()


def _file_pattern(value: str) -> str:
    if not value or "/" in value or os.sep in value:
        msg = f"a file-name pattern such as '*.txt', without a folder: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _encoding(value: str) -> str:
    try:
        check_settings(value, "strict")
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def _vocabulary_file(value: str) -> Vocabulary:
    try:
        return Vocabulary.from_toml(Path(value))
    except OSError as error:
        msg = f"cannot read {value}: {error.strerror or error}"
        raise argparse.ArgumentTypeError(msg) from None
    except (TypeError, ValueError) as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _whole(minimum: int) -> Callable[[str], int]:
    """Return the check of a whole-number option: no less than ``minimum``."""

    def whole(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            msg = f"a whole number is needed, not {value!r}"
            raise argparse.ArgumentTypeError(msg) from None
        if number < minimum:
            msg = f"must be at least {minimum}, not {number}"
            raise argparse.ArgumentTypeError(msg)
        return number

    return whole


def options(args: argparse.Namespace) -> Options:
    """Return the settings the workers need, or raise :class:`Usage`."""
    if args.paths.count(STDIN) > 1:
        msg = "'-' (stdin) can be read only once"
        raise Usage(msg)
    several = len(args.paths) > 1 or any(
        name != STDIN and Path(name).is_dir() for name in args.paths
    )
    chosen = "jsonl" if args.jsonl else "text" if args.text else args.format
    if chosen == "json" and several:
        msg = "--format json takes one file; use --format jsonl for several or a folder"
        raise Usage(msg)
    return Options(
        format=str(chosen or ("jsonl" if several else "json")),
        strict=args.strict,
        indent=args.indent,
        encoding=args.encoding,
        errors=args.errors,
        max_bytes=args.max_bytes or None,
        several=several,
        vocabulary=args.vocabulary,
    )
