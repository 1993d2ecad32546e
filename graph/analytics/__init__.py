"""Analytics over the knowledge graph: structure, evidence, conflicts, attribution and time.

Every answer comes with its evidence. Structural measures run on networkx graphs (the
summary graph from :func:`graph.build.summary_graph`, or a filtered sub-graph); evidence
analytics run on the dataset's claims. An optional fast engine (igraph, ``pip install
osint-kg[fast]``) runs PageRank and betweenness when installed; networkx stays the
reference and both give the same values.

Examples
--------
>>> from graph.validate import load_dataset
>>> from graph.build import summary_graph
>>> from graph import analytics as an
>>> ds = load_dataset("tests/fixtures/analytics")
>>> S = summary_graph(ds)
>>> an.betweenness(S).top(1)[0]["name"]
'North Korea'
>>> [n["id"] for n in an.shortest_path(ds, "Kim Jong Un", "Kursk region")["nodes"]]
['kim-jong-un', 'north-korea', 'kursk']
>>> [c["kind"] for c in an.conflicts(ds)]
['quantity', 'date', 'exclusive']
"""

from .attribution import attribution, attribution_by_entity, breakdown
from .brokers import articulation_points, bridges, brokers
from .centrality import (
    EXACT_MAX_EDGES,
    Ranking,
    betweenness,
    degree,
    pagerank,
    sample_size_for,
)
from .communities import Communities, communities
from .conflicts import (
    conflicts,
    date_conflicts,
    exclusive_conflicts,
    quantity_conflicts,
)
from .ego import ego_graph, ego_network
from .engines import available as available_engines
from .evidence import (
    ARTICLE,
    attribution_categories,
    attribution_category,
    claim_evidence,
    claims_index,
    corroboration,
    link_evidence,
    single_source,
    single_source_entities,
    single_source_links,
)
from .paths import k_shortest_paths, path_record, shortest_path
from .projection import node_label, simple_directed, undirected
from .report import Section, Table, analyze, conflict_view, render_markdown, report_sections, version_view
from .resolve import resolve_entity
from .subgraph import ClaimFilter, filter_claims, subgraph
from .timeline import as_of, claim_span, timeline

__all__ = [
    "ARTICLE",
    "EXACT_MAX_EDGES",
    "ClaimFilter",
    "Communities",
    "Ranking",
    "Section",
    "Table",
    "analyze",
    "articulation_points",
    "as_of",
    "attribution",
    "attribution_by_entity",
    "attribution_categories",
    "attribution_category",
    "available_engines",
    "betweenness",
    "breakdown",
    "bridges",
    "brokers",
    "claim_evidence",
    "claim_span",
    "claims_index",
    "communities",
    "conflict_view",
    "conflicts",
    "corroboration",
    "date_conflicts",
    "degree",
    "ego_graph",
    "ego_network",
    "exclusive_conflicts",
    "filter_claims",
    "k_shortest_paths",
    "link_evidence",
    "node_label",
    "pagerank",
    "path_record",
    "quantity_conflicts",
    "render_markdown",
    "report_sections",
    "resolve_entity",
    "sample_size_for",
    "shortest_path",
    "simple_directed",
    "single_source",
    "single_source_entities",
    "single_source_links",
    "subgraph",
    "timeline",
    "undirected",
    "version_view",
]
