"""The browser code a view page needs, read from the installed ``pyvis`` package.

pyvis ships vis-network (``pyvis/lib/vis-9.1.2``) but its own templates load Bootstrap and
vis-network from CDNs in every ``cdn_resources`` mode, and its "local" mode copies a ``lib/``
folder into the current directory. Here the files are only *read* from the installed
package, at render time, and inlined into each page: nothing is downloaded and nothing is
written outside the output folder.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

from ..errors import KGError

__all__ = [
    "VIS_VERSION",
    "AssetError",
    "page_css",
    "page_js",
    "page_template",
    "vis_network_css",
    "vis_network_js",
]

#: The vis-network build pyvis 0.3.2 ships and its own "local" template uses.
VIS_VERSION = "9.1.2"


class AssetError(KGError):
    """The vendored browser code could not be found in the installed pyvis package."""


def _pyvis_dir() -> Path:
    try:
        import pyvis
    except ImportError as exc:  # pragma: no cover - pyvis is a hard dependency
        raise AssetError("pyvis is not installed; `pip install pyvis` provides vis-network") from exc
    return Path(pyvis.__file__).resolve().parent


def _vis_dir() -> Path:
    base = _pyvis_dir()
    for candidate in (base / "lib" / f"vis-{VIS_VERSION}", base / "templates" / "lib" / f"vis-{VIS_VERSION}"):
        if (candidate / "vis-network.min.js").is_file():
            return candidate
    raise AssetError(
        f"vis-network {VIS_VERSION} not found in the installed pyvis ({base}); "
        "install pyvis 0.3.2, which ships it under pyvis/lib/"
    )


def _inline_safe(text: str, tag: str, source: str) -> str:
    """Refuse code that would end its own ``<script>``/``<style>`` element early."""
    if re.search(rf"</{tag}", text, re.IGNORECASE):
        raise AssetError(f"{source} contains '</{tag}' and cannot be inlined safely")
    return text


@functools.cache
def vis_network_js() -> str:
    """The minified vis-network standalone build, licence header included."""
    path = _vis_dir() / "vis-network.min.js"
    return _inline_safe(path.read_text(encoding="utf-8"), "script", str(path))


@functools.cache
def vis_network_css() -> str:
    """vis-network's stylesheet (its images are ``data:`` URIs, nothing is fetched)."""
    path = _vis_dir() / "vis-network.css"
    css = path.read_text(encoding="utf-8")
    if re.search(r"url\(\s*(?!['\"]?data:)", css) or "@import" in css:
        raise AssetError(f"{path} refers to an external resource and cannot be inlined")
    return _inline_safe(css, "style", str(path))


def _own(name: str) -> str:
    return resources.files("graph.views").joinpath("templates", name).read_text(encoding="utf-8")


@functools.cache
def page_template() -> str:
    """The HTML skeleton of a view page (placeholders ``@@NAME@@``)."""
    return _own("view.html")


@functools.cache
def page_js() -> str:
    """The page's own script: filters, search, tooltips, evidence panel (no innerHTML)."""
    return _inline_safe(_own("view.js"), "script", "view.js")


@functools.cache
def page_css() -> str:
    """The page's own stylesheet."""
    return _inline_safe(_own("view.css"), "style", "view.css")
