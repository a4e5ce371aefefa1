"""How :func:`readoutparse._render.render` writes the head: the section and the title.

Each is written in the first form the head reads back as it: a section name, a
breadcrumb whose leaf it is, or alone; a title plain, or after a label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from readoutparse import _vocabulary as vocab
from readoutparse._classify import breadcrumb_leaf, classify, numbered_body
from readoutparse._lines import split_lines
from readoutparse._neighbour import aside_kind
from readoutparse._phrases import MENU_WORDS
from readoutparse._publisher import category_entry
from readoutparse._shape import Shape
from readoutparse._text import (
    ends_on_credit,
    ends_on_end_mark,
    ends_sentence,
    fold_line,
    is_social,
    prose_text,
)
from readoutparse._vocabulary import LEAD_IN_ENDS
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from readoutparse._shape import Classified

# Breadcrumbs whose leaf is the section, with or without a title after them: a chain from a
# root (the shorter root for a long leaf: a chain is at most BREADCRUMB_MAX_CHARS long), and a
# numbered breadcrumb, whose leaf may start with a number of its own ('1. 1. x' holds '1. x');
# then, with no title under it, a category line, for a leaf no chain holds ('Worn Fe9.').
_SECTION_FORMS: Final = ("HOME > {}", "홈 > {}", "1. {}")
_CATEGORY_FORM: Final = "Categories: {}"
TITLE_LABEL: Final = "Title : "


def section_form(section: str, *, titled: bool) -> tuple[str, bool]:
    """A section name alone (``Press Releases``); else a breadcrumb whose leaf is the section.

    The first form the head reads back as ``section`` is taken; a section no
    breadcrumb holds (a sentence) is written alone, read back as the block before
    the title, or, with no title (``titled`` false) for that block to stand over or
    where alone it reads as anything but text, as a category line (``Categories: …``).
    Says, second, whether it is written alone.
    """
    # Alone, a section that reads as chrome is no block over a title either.
    extra = () if titled and shape_of(section) is Shape.TEXT else (_CATEGORY_FORM,)
    forms = (section, *(form.format(section) for form in (*_SECTION_FORMS, *extra)))
    found = next((form for form in forms if _read_as_section(form) == section), None)
    return (section, True) if found is None else (found, False)


def _read_as_section(line: str) -> str | None:
    """The section the head reads from ``line``, alone at the top of a page; ``None`` if none."""
    lines = split_lines(line)
    if len(lines) != 1:
        return None
    item = classify(lines[0])
    text = item.line.text
    entry = category_entry(text) if item.shape is Shape.TEXT else None
    if entry is not None:  # a category line ('Categories: Politics'): its first entry
        return fold_line(text[entry[0] : entry[1]])
    if item.shape is Shape.SECTION_NAME:
        return fold_line(text).removesuffix("상세보기").strip()
    chain = item.shape is Shape.CHROME and item.chrome is LineKind.BREADCRUMB
    if not chain and not (
        item.shape is Shape.NUMBERED
        and not (numbered_body(item.content) or item.prose or _menu(item))
    ):
        return None
    leaf = fold_line(breadcrumb_leaf(text))  # a leaf that alone reads as chrome is none
    return None if shape_of(leaf) is Shape.CHROME else leaf


def _menu(item: Classified) -> bool:
    """A numbered head line that is a menu or a link list, not a breadcrumb."""
    parts = (fold_line(part).casefold() for part in vocab.ITEM_SPLIT_RE.split(item.line.text))
    return is_social(item.content) or any(part in MENU_WORDS for part in parts if part)


def title_form(title: str, *, label: bool, plain: bool) -> str:
    """The title alone on its line; labelled where it reads as prose or as anything but text.

    With ``label``, labelled whatever it reads as; with ``plain``, not labelled
    where it reads as text: a prose title with the date header under it is the
    page's headline all the same.
    """
    if (
        shape_of(title) is not Shape.TEXT
        or aside_kind(title) is not None
        or ends_on_end_mark(title)
        or ends_on_credit(title)
    ):
        # A marker or chrome is no title, nor is a line that stands beside a headline (a
        # byline, a credit, a line of no word): only a label's value (``제목``) is so. A line
        # that ends on the end mark (``… ]끝``) or on a credit (``…다/연합``) closes a sentence.
        return TITLE_LABEL + title
    # Prose opens the body; so does a lead-in ('… in three areas:'), which reads as a sentence.
    ends = ends_sentence(title) or title.endswith(LEAD_IN_ENDS)
    if label or (not plain and prose_text(title, ends=ends)):
        return TITLE_LABEL + title
    return title


def shape_of(line: str) -> Shape | None:
    """What the classifier reads ``line`` as, alone; ``None`` for what is not one line."""
    lines = split_lines(line)
    return classify(lines[0]).shape if len(lines) == 1 else None
