"""osint-kg: a sourced, validated knowledge graph for OSINT analysts.

Layers (imports flow one way)::

    schema -> model -> validation -> build -> {store, analytics, views, extract} -> cli
"""

__version__ = "0.1.0"
