"""Hypothesis's entry point: registers ``st.from_type(Readout)``.

Hypothesis loads entry points while it is itself being imported, and
:mod:`readoutparse.strategies` imports Hypothesis, so the hook registers a
deferred strategy and imports :mod:`readoutparse.strategies` only when a test
first draws from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

    from readoutparse.model import Readout


def _readouts() -> SearchStrategy[Readout]:
    from readoutparse.strategies import readouts  # noqa: PLC0415 - see the module docstring

    return readouts()


def _hypothesis_setup_hook() -> None:
    """Register :func:`readoutparse.strategies.readouts` for the ``Readout`` type."""
    from hypothesis import strategies as st  # noqa: PLC0415 - see the module docstring

    from readoutparse.model import Readout  # noqa: PLC0415

    st.register_type_strategy(Readout, st.deferred(_readouts))
