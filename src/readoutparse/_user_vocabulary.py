"""A user's words for a site the parser has not seen: :class:`Vocabulary`, and its TOML file.

The words join the built-in tables of their kind (``_rules.Tables.extended``), so
they take effect wherever the built-in words of those tables do. Each word is
checked here, when the value is made, and an error names the field and the word.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final, cast

import attrs

from readoutparse._rules import chrome_key, date_label_word
from readoutparse._text import fold
from readoutparse._vocabulary import SHORT_LINE_CHARS

if TYPE_CHECKING:
    from collections.abc import Mapping

_LINE_BREAKS: Final = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_PHRASE_FIELDS: Final = (
    "navigation",
    "toolbar",
    "loading",
    "pager",
    "footer",
    "body_enders",
    "sections",
    "document_types",
)
"""The fields of whole-line phrases, of which a phrase may be in one only."""


def _tuple(value: Iterable[str]) -> tuple[str, ...]:
    """Make a field's words a tuple; anything else is left for the field's check to name."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return cast("tuple[str, ...]", value)
    return tuple(value)


def _check(instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
    """Check that a field holds strings, each a word of one line that the parser can read.

    ``value`` is what the converter gave: a tuple, or what could not be made one.
    """
    del instance
    name = f"Vocabulary.{attribute.name}"
    if not isinstance(value, tuple):
        msg = f"{name} takes a list of strings, not {type(value).__name__}"
        if isinstance(value, str):
            msg += f"; for one word, write [{value!r}]"
        raise TypeError(msg)
    for i, word in enumerate(value):
        if not isinstance(word, str):
            msg = f"{name}[{i}] must be a str, not {type(word).__name__}"
            raise TypeError(msg)
        problem = _word_problem(word)
        if problem:
            msg = f"{name}[{i}] {word!r} {problem}"
            raise ValueError(msg)


def _word_problem(word: str) -> str:
    """What keeps ``word`` from being read as a whole line, or ``""``."""
    if not any(char.isalnum() for char in word):
        return "has no letter or digit"
    if any(char in _LINE_BREAKS for char in word):
        return "holds a line break: each entry is one line"
    if len(fold(word)) > SHORT_LINE_CHARS:
        return f"is longer than the {SHORT_LINE_CHARS} characters a chrome line may have"
    return ""


@attrs.frozen(kw_only=True)
class Vocabulary:
    r"""Words that teach the parser a site, added to its built-in tables without editing them.

    Each field is a tuple of strings (a list is turned into one). A whole-line
    phrase (every field but ``menu_words``, ``date_labels`` and
    ``repost_agencies``) is compared with a whole line after white space is
    folded, leading bullets and a trailing ``:`` or ``|`` are stripped and case is
    dropped, as the built-in phrases are; write it as it appears on the page. A
    phrase that is also a built-in phrase of another kind takes the kind you
    give it. Pass the value as ``parse(text, vocabulary=...)``; the tables built
    from it are remembered, so one value used for many pages costs nothing more.

    Attributes:
        navigation: Skip links, menus, site names (``navigation`` lines).
        toolbar: Print, share, font-size buttons (``toolbar``).
        loading: A spinner's text (``loading``).
        pager: List / previous / next / top links (``pager``).
        footer: Footers and trailing chrome (``footer``).
        body_enders: Headings of blocks after which nothing is body
            (``Related articles``); ``footer`` lines.
        sections: The site's section names (``section``: the readout's section).
        document_types: Labels saying what the page is (``Fact sheet``): ``metadata``
            lines, never the title.
        menu_words: Words that make a numbered line of the head a menu, not a
            breadcrumb (compared with each numbered entry, case dropped).
        date_labels: Labels of the publication date (``Released``), the value on
            the same line or the next, as ``DATE`` and ``등록일`` are.
        repost_agencies: Wires and outlets whose name opens a repost's body as a
            tag (``Korea.net --``, ``SEOUL (Newsis) --``): the tag becomes the
            readout's ``repost``, not paragraph text.

    Raises:
        TypeError: If a field is not a list of strings.
        ValueError: If a word has no letter or digit, holds a line break or is
            longer than a chrome line can be, or one phrase is given two kinds.

    Example:
        >>> from readoutparse import Vocabulary, parse
        >>> vocabulary = Vocabulary(pager=["Go to top"], sections=["Embassy Notices"])
        >>> readout = parse(
        ...     "Embassy Notices\n\nTalks Held in Ruritania\n\n"
        ...     "1. The ambassador met the foreign minister.\n\nGo to top\n",
        ...     vocabulary=vocabulary,
        ... )
        >>> readout.section, [line.kind.value for line in readout.lines][-1]
        ('Embassy Notices', 'pager')
    """

    navigation: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)
    toolbar: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)
    loading: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)
    pager: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)
    footer: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)
    body_enders: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)
    sections: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)
    document_types: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)
    menu_words: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)
    date_labels: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)
    repost_agencies: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_check)

    def __attrs_post_init__(self) -> None:
        """Check that no phrase is given two kinds, and that each date label is one."""
        seen: dict[str, str] = {}
        for field in _PHRASE_FIELDS:
            for word in getattr(self, field):
                key = chrome_key(fold(word))
                other = seen.setdefault(key, field)
                if other != field:
                    msg = f"Vocabulary: {key!r} is in both {other} and {field}; give it one kind"
                    raise ValueError(msg)
        for i, label in enumerate(self.date_labels):
            if not any(char.isalnum() for char in date_label_word(label)[:1]):
                msg = f"Vocabulary.date_labels[{i}] {label!r} must start with a letter or digit"
                raise ValueError(msg)

    def __bool__(self) -> bool:
        """Say whether the vocabulary holds any word."""
        return any(getattr(self, field.name) for field in attrs.fields(Vocabulary))

    @classmethod
    def from_toml(cls, source: str | os.PathLike[str]) -> Vocabulary:
        r"""Read a vocabulary from TOML: a file (any ``os.PathLike``) or TOML text (a ``str``).

        The keys are the field names, each an array of strings; a key that is
        no field is an error that names it.

        Args:
            source: A :class:`pathlib.Path` of a UTF-8 TOML file, or the TOML text.

        Returns:
            The vocabulary.

        Raises:
            OSError: If the file cannot be read.
            ValueError: If the text is not TOML, a key is unknown, or a word is
                not one the parser can read (the message names the file and key).
            TypeError: If a value is not an array of strings.

        Example:
            >>> from readoutparse import Vocabulary
            >>> Vocabulary.from_toml('pager = ["Go to top"]\ndate_labels = ["Released"]\n')
            Vocabulary(..., pager=('Go to top',), ..., date_labels=('Released',), ...)
        """
        if isinstance(source, os.PathLike):
            name = os.fspath(source)
            with open(source, encoding="utf-8-sig") as file:  # noqa: PTH123 - any os.PathLike
                text = file.read()
        elif isinstance(source, str):
            name, text = "<toml>", source
        else:
            msg = f"from_toml() takes a path (os.PathLike) or TOML text (str), not {type(source)}"
            raise TypeError(msg)
        return cls._from_mapping(_load(text, name), name)

    @classmethod
    def _from_mapping(cls, data: Mapping[str, object], name: str) -> Vocabulary:
        known = [field.name for field in attrs.fields(Vocabulary)]
        for key, value in data.items():
            if key not in known:
                msg = f"{name}: unknown key {key!r}; the keys are {', '.join(known)}"
                raise ValueError(msg)
            if not isinstance(value, list):
                msg = f"{name}: {key} must be an array of strings, not {type(value).__name__}"
                raise TypeError(msg)
        try:
            return cls(**cast("dict[str, list[str]]", data))
        except (TypeError, ValueError) as error:
            msg = f"{name}: {error}"
            raise type(error)(msg) from None


def _load(text: str, name: str) -> dict[str, object]:
    import tomllib  # noqa: PLC0415 - only when a vocabulary is read, to keep import fast

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        hint = ""
        if name == "<toml>" and "=" not in text:
            hint = "; to read a file, pass a pathlib.Path"
        msg = f"{name}: not valid TOML: {error}{hint}"
        raise ValueError(msg) from None
