"""Offline HTML network views (``kg render``): the only package that imports pyvis.

Modules
-------
views      which entities and links each view shows (whole, ego, path, community, document, as-of)
layout     node positions computed in Python (physics off above ~500 nodes)
assets     vis-network read from the installed pyvis package, inlined into each page
html       page assembly: data as escaped JSON, evidence shown with textContent only
render     build the standard set of views and write them with an index page
synthetic  synthetic datasets for the benchmark and tests
"""

from .render import RenderResult, render_views
from .selection import DEFAULT_CAP, View, ViewError

__all__ = ["DEFAULT_CAP", "RenderResult", "View", "ViewError", "render_views"]
