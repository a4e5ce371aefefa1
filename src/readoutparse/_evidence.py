"""Weak evidence: what the title was chosen on, recorded for the warnings that weigh it.

The head phase says what it chose the title on (:class:`TitleEvidence`).
"""

from __future__ import annotations

import enum


class TitleEvidence(enum.Enum):
    """What the head phase chose the title on, strongest first."""

    LABEL = "label"  # a title label gave it ('제목', 'Title :')
    REPEATED = "repeated"  # the page states it twice, word for word
    ALONE = "alone"  # where it stands, the one candidate text block of the head
    AMONG_OTHERS = "among_others"  # where it stands, among several candidate blocks
