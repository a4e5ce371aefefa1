"""Stage 2: what each line looks like, on its own.

``RULES`` is tried in order for every line; the first rule that answers wins,
so the order is the precedence. Rules are pure functions of one line. What
needs context (is this numbered line a breadcrumb? which line is the title?)
is decided by the assembler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final, NamedTuple

from readoutparse import _vocabulary as vocab
from readoutparse._dates import DATE_OPENERS, META_LABELS, MONTH_NAMES, TITLE_LABELS
from readoutparse._headline import HEADLINE_MAX_CHARS, HEADLINE_MIN_CJK, HEADLINE_MIN_WORDS
from readoutparse._lines import SourceLine
from readoutparse._rules import (
    DEFAULT_TABLES,
    Tables,
    _initial,
    match_attachment,
    match_bare_date,
    match_box,
    match_breadcrumb_chain,
    match_bullet,
    match_end_mark,
    match_footer_line,
    match_image_alt,
    match_meta_label,
    match_navigation_line,
    match_number,
    match_phone_line,
    match_photo_caption,
    match_signature,
    match_title_label,
)
from readoutparse._shape import Classified, Shape
from readoutparse._text import (
    ends_sentence,
    fold_line,
    gate_text,
    is_dense,
    is_social,
    is_wordlike,
)
from readoutparse._vocabulary import (
    ATTACHMENT_EXTENSIONS,
    BOX_MARKERS,
    BULLET_GLYPHS,
    CHAIN_SEPARATORS,
    END_MARK_WORD,
    FOOTER_LINES,
    IMAGE_ALT_WORDS,
    IMAGE_MARKUP,
    LABEL_LEAD,
    NAVIGATION_LINES,
    NOTE_STAR,
    NUMBER_INITIALS,
    PHONE_FIRST,
    PHONE_MAX_CHARS,
    SHORT_LINE_CHARS,
    SIGNATURES,
    SKIP_LINK_RUNS,
    SPACED_BULLETS,
    Branch,
    initials,
)
from readoutparse.model import LineKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from readoutparse._user_vocabulary import Vocabulary


# --- The rule table, and the dispatch derived from it -------------------------------------


class Gate(NamedTuple):
    """Which lines a rule can answer on, worked out from the rule's own data.

    A gate only saves work: every line its rule answers passes it (a property
    test holds the dispatch to trying every rule in order). ``first`` tests the
    line's first character; ``initial`` the case-folded first character past a
    label's lead (``• Date :``); a line must start with one of ``starts``, hold
    one of ``holds`` or end with one of ``ends`` (case dropped), when any are given.
    """

    first: Callable[[str], bool] | None = None
    initial: Callable[[str], bool] | None = None
    starts: tuple[str, ...] = ()
    holds: tuple[str, ...] = ()
    ends: tuple[str, ...] = ()


class Rule(NamedTuple):
    """One rule of the table: its name, its matcher, its gate, and the longest line it reads."""

    name: str
    match: RuleMatch
    gate: Gate = Gate()
    max_chars: int | None = None


RuleMatch = Callable[[SourceLine, str], Classified | None]
"""A rule sees the line and its folded text; it answers or passes."""


def words_gate(branches: Iterable[Branch]) -> Gate:
    """The gate of a pattern made of ``branches``: the words they start with, hold or end with."""
    branches = tuple(branches)
    return Gate(
        starts=tuple(word.casefold() for branch in branches for word in branch.starts),
        holds=tuple(word.casefold() for branch in branches for word in branch.holds),
        ends=tuple(word.casefold() for branch in branches for word in branch.ends),
    )


def _longest_word(phrase: str) -> str:
    return max(phrase.casefold().split(), key=len)


def _starts_date(char: str) -> bool:
    """A line starting with ``char`` may start with a date: a digit, a bracket, a month's letter."""
    return char.isdecimal() or char in DATE_OPENERS or char.casefold() in _MONTH_INITIALS


_MONTH_INITIALS: Final = initials(MONTH_NAMES)
# IMAGE_ALT_RE's line ends with one of its words, and a full stop or not.
IMAGE_ALT_ENDS: Final = tuple(
    f"{word.casefold()}{stop}" for word in IMAGE_ALT_WORDS for stop in ("", ".")
)
# ATTACHMENT_RE's branches: a URL-encoded name holds '%', a file name '.' and its extension,
# an image's markup '![', a release's enclosures their label '붙임'.
ATTACHMENT_HOLDS: Final = (
    *("%", IMAGE_MARKUP, "붙임"),
    *(f".{ext}".casefold() for ext in ATTACHMENT_EXTENSIONS),
)
_BULLET_INITIALS: Final = BULLET_GLYPHS | SPACED_BULLETS | {NOTE_STAR}
_SHORT: Final = SHORT_LINE_CHARS


def rule_table(tables: Tables) -> tuple[Rule, ...]:
    """Every rule, in precedence order, reading ``tables``: the first that answers gives the shape.

    The gates of the rules that read a word table are worked out from the same
    table, here, so a word added to the table takes effect in the rule and its gate.
    """
    return (
        Rule("phrase", tables.match_phrase, max_chars=_SHORT),
        Rule(
            "skip_link_run",
            tables.match_skip_link_run,
            Gate(holds=tuple({_longest_word(phrase) for phrase in SKIP_LINK_RUNS})),
            _SHORT,
        ),
        Rule(
            "date_label",
            tables.match_date_label,
            Gate(initial=initials(tables.date_labels).__contains__),
            _SHORT,
        ),
        # A title label is read on a line of any length: the title after it may be long.
        Rule("title_label", match_title_label, Gate(initial=initials(TITLE_LABELS).__contains__)),
        Rule(
            "meta_label", match_meta_label, Gate(initial=initials(META_LABELS).__contains__), _SHORT
        ),
        Rule(
            "bare_date",
            match_bare_date,
            Gate(first=_starts_date),
            _SHORT,
        ),
        Rule("navigation_line", match_navigation_line, words_gate(NAVIGATION_LINES), _SHORT),
        Rule("footer_line", match_footer_line, words_gate(FOOTER_LINES), _SHORT),
        Rule(
            "phone_line",
            match_phone_line,
            Gate(first=frozenset(PHONE_FIRST).__contains__),
            PHONE_MAX_CHARS,
        ),
        Rule("box", match_box, Gate(first=BOX_MARKERS.__contains__)),
        Rule("attachment", match_attachment, Gate(holds=ATTACHMENT_HOLDS), _SHORT),
        Rule("image_alt", match_image_alt, Gate(ends=IMAGE_ALT_ENDS), _SHORT),
        Rule("signature", match_signature, words_gate(SIGNATURES), _SHORT),
        Rule("breadcrumb_chain", match_breadcrumb_chain, Gate(holds=CHAIN_SEPARATORS), _SHORT),
        Rule("end_mark", match_end_mark, Gate(holds=(END_MARK_WORD,), ends=tuple("-–—")), _SHORT),
        Rule("photo_caption", match_photo_caption),  # long lines too: it gates itself
        Rule("number", match_number, Gate(first=NUMBER_INITIALS.__contains__)),
        Rule("bullet", match_bullet, Gate(first=_BULLET_INITIALS.__contains__)),
    )


_Candidate = tuple[RuleMatch, tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_Plan = tuple[
    tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[RuleMatch, ...], tuple[_Candidate, ...]
]
"""What a kind of line is tried with: ``(starts, holds, ends, plain, candidates)``.

``candidates`` are the rules whose limit and gates let such a line through, in table order,
each with the gate words that can still be found in it. ``starts``, ``holds`` and ``ends`` are
all those words: a line that starts with none of ``starts``, holds none of ``holds`` and ends
with none of ``ends`` passes no word gate, and is tried with ``plain``, the candidates without a
word gate, in order.
"""
_PLANS_MAX: Final = 4096  # kinds of line remembered, per kind of length; any more: each time
_LONG: Final = 0  # a line longer than SHORT_LINE_CHARS: only the rules without a limit
_SHORT_ASCII: Final = 1  # a short line of ASCII characters: no rule whose words are all not
_SHORT_OTHER: Final = 2


class RuleSet:
    """The rule table for one set of word tables, and the dispatch worked out from it.

    ``DEFAULT_RULES`` reads the built-in tables; :func:`rules_for` builds one for a
    user's vocabulary (and remembers it). The phases read the same ``tables``.
    """

    __slots__ = ("plans", "rules", "tables")

    def __init__(self, tables: Tables) -> None:
        """Build the rule table of ``tables``; the dispatch is worked out as lines come."""
        self.tables = tables
        self.rules = rule_table(tables)
        # A memo of plans per kind of line (_LONG, _SHORT_ASCII, _SHORT_OTHER); see _plan.
        self.plans: tuple[dict[str, _Plan], dict[str, _Plan], dict[str, _Plan]] = ({}, {}, {})

    def classify(self, line: SourceLine) -> Classified:
        """Return the shape of one line: the first rule of ``rules`` that answers, else ``TEXT``.

        Only the rules whose gate lets the line through are tried; the gates are
        worked out from the rules' own data, once per kind of first character.
        """
        found = self.classify_answer(line)
        return Classified(line, Shape.TEXT) if found is None else found

    def classify_answer(self, line: SourceLine) -> Classified | None:
        """The answer of the first rule that answers, or ``None`` (a ``TEXT`` line).

        :meth:`classify`, without a record for a line no rule answers for.
        """
        text = line.text
        if not text:  # a line holding nothing but a byte-order mark: kept, never body
            return Classified(line, Shape.CHROME, LineKind.UNKNOWN)
        if len(text) > SHORT_LINE_CHARS:
            return _first_plain(line, text, self.long_rules(text[0]))
        printable = text.isprintable()
        folded = text.strip(" ") if printable and "  " not in text else " ".join(text.split())
        lower = gate_text(folded.casefold())
        kind = _SHORT_ASCII if lower.isascii() else _SHORT_OTHER
        head = lower[:1]
        first = key = text[0] + head
        if head in LABEL_LEAD or head.isspace():  # the label's initial is further on, or none
            key += _initial(lower)  # (else it is the head)
        plans = self.plans[kind]
        plan = plans.get(key)
        if plan is None:
            plan = _remember(plans, key, _plan(self.rules, first, _initial(lower), kind))
        starts, holds, ends, plain, candidates = plan
        if (
            (starts and lower.startswith(starts))
            or (holds and _has_any(lower, holds))
            or (ends and lower.endswith(ends))
        ):
            found = _first_answer(line, folded, lower, candidates)
        else:
            found = _first_plain(line, folded, plain)
        if found is not None:
            found.known_printable = printable
        return found

    def long_rules(self, first: str) -> tuple[RuleMatch, ...]:
        """The rules a line too long for chrome that starts with ``first`` is tried with."""
        plans = self.plans[_LONG]
        plan = plans.get(first)
        if plan is None:
            # Its initial is its first letter: a long line's label has no lead before it.
            plan = _remember(plans, first, _plan(self.rules, first, first.casefold(), _LONG))
        return plan[3]  # a long line is not folded: no word gate lets it through


def _remember(plans: dict[str, _Plan], key: str, plan: _Plan) -> _Plan:
    """Keep ``plan`` under ``key`` while ``plans`` holds fewer than ``_PLANS_MAX``; return it."""
    if len(plans) < _PLANS_MAX:
        plans[key] = plan
    return plan


def _plan(rules: tuple[Rule, ...], first: str, initial: str, kind: int) -> _Plan:
    """The plan of a kind of line: the rules it is tried with, each with the words it may hold.

    ``first`` is the line's first character, then (for a short line) the first character of its
    case-folded text; ``initial`` is the latter past a label's lead. These and ``kind`` are all the
    plan depends on: a short line's memo key is ``first``, and ``initial`` if not ``first[1]``.
    """
    candidates: list[_Candidate] = []
    for rule in rules:
        if not _admits(rule, first, initial, kind):
            continue
        gate = rule.gate
        holds = _fewest(_findable(gate.holds, kind))
        # A line that starts or ends with a word holding one of ``holds`` holds it.
        starts = _without(_findable(gate.starts, kind, head=first[1:]), holds)
        ends = _without(_findable(gate.ends, kind), holds)
        if (gate.starts or gate.holds or gate.ends) and not (starts or holds or ends):
            continue  # a line of this kind holds none of its words
        candidates.append((rule.match, starts, holds, ends))
    plain = tuple(entry[0] for entry in candidates if not (entry[1] or entry[2] or entry[3]))
    holds = _fewest(tuple(word for entry in candidates for word in entry[2]))
    starts = _without(
        tuple(dict.fromkeys(word for entry in candidates for word in entry[1])), holds
    )
    ends = _without(tuple(dict.fromkeys(word for entry in candidates for word in entry[3])), holds)
    return starts, holds, ends, plain, tuple(candidates)


def _findable(words: tuple[str, ...], kind: int, head: str | None = None) -> tuple[str, ...]:
    """The ``words`` a short line of ``kind`` may hold, each once, in order.

    An ASCII line holds no word that is not. With ``head``, the words are those a line must start
    with, and its case-folded text starts with ``head``: a word that starts otherwise cannot.
    """
    return tuple(
        dict.fromkeys(
            word
            for word in words
            if (kind != _SHORT_ASCII or word.isascii())
            and (head is None or not word or word[0] == head)
        )
    )


def _fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words``, each once, but those that hold another: a text holds one of either or none."""
    unique = tuple(dict.fromkeys(words))
    return tuple(word for word in unique if not any(v != word and v in word for v in unique))


def _without(words: tuple[str, ...], held: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` but those that hold one of ``held``."""
    return tuple(word for word in words if not _has_any(word, held))


DEFAULT_RULES: Final = RuleSet(DEFAULT_TABLES)
"""The rule set of the built-in tables: what ``parse`` reads without a vocabulary."""

RULES: Final = DEFAULT_RULES.rules
"""Every rule of the built-in tables, in precedence order: the first that answers wins."""

_PLANS: Final = DEFAULT_RULES.plans

_RULE_SETS: Final[dict[Vocabulary, RuleSet]] = {}
_RULE_SETS_MAX: Final = 64  # vocabularies remembered; the oldest is let go past this


def rules_for(vocabulary: Vocabulary | None) -> RuleSet:
    """The rule set of the built-in tables with ``vocabulary``'s words, built once per value."""
    if not vocabulary:  # None, or a vocabulary without a word
        return DEFAULT_RULES
    found = _RULE_SETS.get(vocabulary)
    if found is None:
        found = RuleSet(DEFAULT_TABLES.extended(vocabulary))
        if len(_RULE_SETS) >= _RULE_SETS_MAX:
            del _RULE_SETS[next(iter(_RULE_SETS))]
        _RULE_SETS[vocabulary] = found
    return found


def classify(line: SourceLine) -> Classified:
    """Return the shape of one line with the built-in tables (:meth:`RuleSet.classify`)."""
    return DEFAULT_RULES.classify(line)


def _first_answer(
    line: SourceLine, folded: str, lower: str, candidates: tuple[_Candidate, ...]
) -> Classified | None:
    """The answer of the first candidate whose words let ``lower`` through, else ``None``."""
    for match, starts, holds, ends in candidates:
        if (
            (starts or holds or ends)
            and not (starts and lower.startswith(starts))
            and not (holds and _has_any(lower, holds))
            and not (ends and lower.endswith(ends))
        ):
            continue
        found = match(line, folded)
        if found is not None:
            return found
    return None


def _first_plain(
    line: SourceLine, folded: str, matchers: tuple[RuleMatch, ...]
) -> Classified | None:
    """The answer of the first of ``matchers`` that answers, else ``None``."""
    for match in matchers:
        found = match(line, folded)
        if found is not None:
            return found
    return None


def _admits(rule: Rule, first: str, initial: str, kind: int) -> bool:
    gate = rule.gate
    if kind == _LONG and rule.max_chars is not None:
        return False
    words = (*gate.starts, *gate.holds, *gate.ends)
    if kind == _SHORT_ASCII and words and not any(word.isascii() for word in words):
        return False  # an ASCII line holds no word that is not
    if gate.starts and not (gate.holds or gate.ends) and first[1:] not in initials(gate.starts):
        return False  # a line that starts with none of the words' letters starts with none
    return (gate.first is None or gate.first(first[:1])) and (
        gate.initial is None or gate.initial(initial)
    )


def _has_any(text: str, hints: tuple[str, ...]) -> bool:
    """Say whether ``text`` holds one of ``hints``: ``in`` tests beat one regex search."""
    for hint in hints:  # noqa: SIM110 - a loop of 'in' tests is the fastest form here
        if hint in text:
            return True
    return False


def classify_body(line: SourceLine) -> Classified:
    """Classify a body line by its markers only (a body line that merely looks like a label).

    Only the marker rules read a line this way, and they read no word table: the
    answer is the same for every vocabulary.
    """
    plain = DEFAULT_RULES.long_rules(line.text[:1])
    found = _first_plain(line, line.text, plain)
    return Classified(line, Shape.TEXT) if found is None else found


def classify_all(lines: tuple[SourceLine, ...]) -> list[Classified]:
    """Classify every line, in order, with the built-in tables."""
    return [classify(line) for line in lines]


# --- Predicates about one line, for the assembly phases ---------------------------------


def breadcrumb_leaf(text: str) -> str:
    """The last entry of a breadcrumb: ``1. HOME  2. Press  3. Press Releases`` or ``A > B``."""
    parts = [part for part in vocab.ITEM_SPLIT_RE.split(text) if part.strip()] or [text]
    return vocab.BREADCRUMB_CHAIN_RE.split(parts[-1])[-1].strip() or text


def numbered_body(content: str) -> bool:
    """A numbered line's ``content`` is body: long (folded) or a sentence, not a crumb or menu."""
    least = vocab.NUMBERED_BODY_MIN_CHARS
    long = len(content) >= least and len(fold_line(content)) >= least
    return (long or ends_sentence(content)) and not is_social(content)


def looks_like_headline(text: str) -> bool:
    """A heading's shape: a few words or a CJK phrase, no sentence end, not too long."""
    if len(text) > HEADLINE_MAX_CHARS or ends_sentence(text):
        return False
    words = text.count(" ") + 1
    return words >= HEADLINE_MIN_WORDS or (is_dense(text) and len(text) >= HEADLINE_MIN_CJK)


def stops_mid_phrase(text: str) -> bool:
    """A line ending on a lower-case word, a comma or a possessive ('… until', '… the Ministry’s').

    Titles and headings end on a noun or a closing bracket (an address is no word),
    so a date or chrome line under them is their neighbour, not their continuation.
    """
    word = text.rsplit(None, 1)[-1]
    lower = word.isascii() and word[0].islower() and is_wordlike(word)
    return word[-1] == "," or word.endswith(("’s", "'s")) or lower


def ends_body(shape: Shape, chrome: LineKind, text: str, tables: Tables) -> bool:
    """An end mark, a signature or a trailer heading of ``tables``: nothing after it is body.

    ``chrome`` is the kind of a ``CHROME`` line, ``text`` the line's text.
    """
    if shape is Shape.END_MARK:
        return True
    return shape is Shape.CHROME and (chrome is LineKind.SIGNATURE or tables.is_body_ender(text))


def is_heading(text: str) -> bool:
    """A body heading (``I. 모두 발언``, ``[Q&A]``): a first-character gate, then the regex."""
    return text[:1] in _HEADING_INITIALS and vocab.HEADING_RE.match(text) is not None


# The pattern reads case: its branches' first characters as written, not case-folded.
_HEADING_INITIALS: Final = frozenset(
    start[:1] for branch in vocab.HEADINGS for start in branch.starts
)
