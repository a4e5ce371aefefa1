"""Sphinx configuration of the readoutparse documentation (Markdown pages through MyST).

Build it with ``scripts/docs``; warnings are errors (``sphinx-build -W -n``).
"""

# ruff: noqa: INP001 - docs/ is not a package; Sphinx executes this file by path

from __future__ import annotations

import sys
import zlib
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))

project = "readoutparse"
author = "readoutparse developers"
copyright = "2026, The readoutparse developers"  # noqa: A001 - the name Sphinx reads; as in LICENSE
# Single source of the version: [project] version in pyproject.toml, read from the installed
# metadata exactly as readoutparse.__version__ is.
release = installed_version("readoutparse")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
    "readoutparse_tables",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_ext"]
nitpicky = True
nitpick_ignore = [
    # Hypothesis's own inventory is not fetched (the build needs no network).
    ("py:class", "hypothesis.strategies.SearchStrategy"),
    # parse_many's private alias for its items; its docstring says what they may be.
    ("py:class", "Page"),
]

# --- MyST -------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# --- autodoc and napoleon (Google-style docstrings) ---------------------------------------
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_typehints_format = "short"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True  # attrs fields are documented once, in the class's Attributes section
napoleon_use_rtype = False
# A signature longer than this is written one parameter a line (Readout's would be 140
# characters), so the API reference never scrolls sideways.
python_maximum_signature_line_length = 72

# --- Cross-references to the standard library, without a network ------------------------
# The few standard-library objects the API mentions are written as a Sphinx inventory when the
# build starts (into the doctree directory), so the build needs no network and gives the same
# result everywhere; links go to docs.python.org. Add an entry when `-n` reports a missing
# py: target.
PYTHON_DOCS = "https://docs.python.org/3"
PYTHON_OBJECTS = {
    "argparse.ArgumentParser": ("py:class", "library/argparse.html#$"),
    "collections.abc.Sequence": ("py:class", "library/collections.abc.html#$"),
    "concurrent.futures.ProcessPoolExecutor": ("py:class", "library/concurrent.futures.html#$"),
    "datetime.date": ("py:class", "library/datetime.html#$"),
    "enum.Enum": ("py:class", "library/enum.html#$"),
    "json.dumps": ("py:function", "library/json.html#$"),
    "os.PathLike": ("py:class", "library/os.html#$"),
    "pathlib.Path": ("py:class", "library/pathlib.html#$"),
    "TypeError": ("py:exception", "library/exceptions.html#$"),
    "UnicodeDecodeError": ("py:exception", "library/exceptions.html#$"),
    "ValueError": ("py:exception", "library/exceptions.html#$"),
}
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}  # filled in by _python_inventory


def python_inventory() -> bytes:
    """Return ``PYTHON_OBJECTS`` as a Sphinx inventory (format version 2)."""
    header = (
        "# Sphinx inventory version 2\n# Project: Python\n# Version: 3\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(
        f"{name} {role} 1 {uri} -\n" for name, (role, uri) in sorted(PYTHON_OBJECTS.items())
    )
    return header.encode() + zlib.compress(body.encode())


def _python_inventory(app: Sphinx, config: Config) -> None:
    path = Path(app.doctreedir) / "python.inv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(python_inventory())
    config.intersphinx_mapping = {"python": (PYTHON_DOCS, str(path))}


def setup(app: Sphinx) -> None:
    """Write the standard-library inventory before intersphinx reads its configuration."""
    app.connect("config-inited", _python_inventory, priority=100)


# --- HTML -------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"readoutparse {release}"
html_static_path = ["_static"]
html_css_files = ["readoutparse.css"]  # wraps long example lines in the API reference
REPOSITORY = "https://github.com/readoutparse/readoutparse"
# The repository in the footer, and a link to each page's source on GitHub.
html_theme_options = {
    "source_repository": f"{REPOSITORY}/",
    "source_branch": "main",
    "source_directory": "docs/",
    "footer_icons": [
        {
            "name": "GitHub",
            "url": REPOSITORY,
            "html": (Path(__file__).parent / "_static" / "github.svg").read_text("utf-8"),
            "class": "",
        }
    ],
}

# --- sphinx-copybutton: copy the commands and code, without prompts or output --------------
# `>>> ` and `... ` of pycon blocks, `$ ` of console blocks; lines without a prompt (output)
# are left out when a block has prompts, and a block without any is copied whole.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
