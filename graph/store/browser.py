"""Neo4j Browser helpers: a ``.grass`` style sheet drawn from the schema, and saved queries
as Browser-ready text.

The style sheet colours each entity label as the HTML views do (the schema's ``style``),
captions entities by name, documents by title and claims by predicate, so the same graph
looks the same in both places. Load it in Browser by dragging the file onto the Browser
window, or with ``:style`` and pasting it (see ``docs/neo4j.md``).
"""

from __future__ import annotations

import json
import re

from .cypher import SAFE_IDENTIFIER

__all__ = ["browser_text", "grass"]

_HEX = re.compile(r"#[0-9A-Fa-f]{6}\Z")
_DEFAULT = "#A5ABB6"


def _rule(selector: str, props: dict[str, str]) -> str:
    body = "".join(f"  {k}: {v};\n" for k, v in props.items())
    return f"{selector} {{\n{body}}}\n"


def _text_colour(colour: str) -> str:
    """Black or white, whichever reads better on *colour* (``#rrggbb``)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#FFFFFF"


def grass(schema) -> str:
    """The ``.grass`` style sheet for *schema*'s entity types.

    Only labels that pass the store's identifier check and ``#rrggbb`` colours are written,
    so a dataset's schema cannot inject rules into the style sheet.

    Examples
    --------
    >>> from graph.schema import load_schema
    >>> css = grass(load_schema())
    >>> 'node.Claim {' in css and 'caption: "{predicate}";' in css
    True
    """
    out = [
        _rule(
            "node",
            {
                "diameter": "50px",
                "color": _DEFAULT,
                "border-color": "#9AA1AC",
                "border-width": "2px",
                "text-color-internal": "#FFFFFF",
                "font-size": "10px",
            },
        ),
        _rule(
            "relationship",
            {
                "color": _DEFAULT,
                "shaft-width": "1px",
                "font-size": "8px",
                "padding": "3px",
                "text-color-external": "#000000",
                "text-color-internal": "#FFFFFF",
                "caption": '"<type>"',
            },
        ),
        _rule("node.Entity", {"caption": '"{name}"'}),
        _rule(
            "node.Claim",
            {
                "diameter": "30px",
                "color": "#DDDDDD",
                "border-color": "#999999",
                "text-color-internal": "#000000",
                "caption": '"{predicate}"',
            },
        ),
        _rule(
            "node.Document",
            {
                "diameter": "55px",
                "color": "#FFFFFF",
                "border-color": "#555555",
                "text-color-internal": "#000000",
                "caption": '"{title}"',
            },
        ),
    ]
    for name in sorted(schema.types):
        t = schema.types[name]
        colour = (t.style or {}).get("color", "")
        if t.abstract or not SAFE_IDENTIFIER.match(name) or not _HEX.match(colour):
            continue
        out.append(
            _rule(
                f"node.{name}",
                {
                    "color": colour,
                    "border-color": colour,
                    "text-color-internal": _text_colour(colour),
                    "caption": '"{name}"',
                },
            )
        )
    return "\n".join(out)


def browser_text(text: str, params: dict) -> str:
    """A saved query as Neo4j Browser runs it: one ``:param`` line per parameter, then the statement.

    Examples
    --------
    >>> print(browser_text("MATCH (n {dataset: $dataset}) RETURN n", {"dataset": "seeds"}))
    :param dataset => "seeds";
    MATCH (n {dataset: $dataset}) RETURN n;
    """
    lines = [f":param {k} => {json.dumps(v, ensure_ascii=False)};" for k, v in params.items()]
    return "\n".join([*lines, text.rstrip().rstrip(";") + ";"])
