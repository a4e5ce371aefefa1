"""Shared test configuration: Hypothesis profiles and the ``--regen`` option."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=50)
settings.register_profile(
    "ci", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "soak", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--regen``: rewrite fixture expectations from the parser's output."""
    parser.addoption(
        "--regen",
        action="store_true",
        default=False,
        help="rewrite *.expected.json from the current parser (review the diff like code)",
    )


@pytest.fixture
def regen(request: pytest.FixtureRequest) -> bool:
    """Whether ``--regen`` was given."""
    return bool(request.config.getoption("--regen"))
