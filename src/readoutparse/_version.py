"""The installed version, read from the package metadata when first asked for."""

from __future__ import annotations


def installed_version() -> str:
    """Return the version of the installed distribution (``0+unknown`` in a bare source tree)."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - when asked

    try:
        return version("readoutparse")
    except PackageNotFoundError:  # pragma: no cover - a source tree without metadata
        return "0+unknown"
