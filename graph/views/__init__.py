"""Offline HTML network views (``kg render``): the only package that imports pyvis.

Modules
-------
selection  which entities and links each view shows (whole, ego, path, community, document, as-of)
layout     node positions computed in Python (physics off above ~500 nodes)
assets     vis-network read from the installed pyvis package, inlined into each page
page       page assembly: data as escaped JSON, evidence shown with textContent only
render     build the standard set of views and write them with an index page
headless   the headless browser that draws a page for tests and the render benchmark

The synthetic datasets the views are benchmarked and tested on come from :mod:`graph.synth`.
"""

from .render import RenderResult, render_views
from .selection import DEFAULT_CAP, View, ViewError

__all__ = ["DEFAULT_CAP", "RenderResult", "View", "ViewError", "render_views"]
