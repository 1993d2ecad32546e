"""The database side: a local Bolt server, the loader and read-only analyst queries.

This package is the only place that imports the ``neo4j`` driver. Every statement it sends
is plain Neo4j Cypher 5; see ``docs/data-model.md`` ("In the database") and ``docs/neo4j.md``.

Modules
-------
install     Neo4j Community fetched with Maven into the per-user cache (``kg db install``)
server      start/stop/status of the local Neo4j process (``kg db``)
browser     Neo4j Browser: a .grass style sheet, saved queries with :param lines
connection  where to connect: ``NEO4J_*`` variables or the local server
cypher      ``.cypher`` statement files and safe identifiers
rows        the dataset turned into parameter rows
loader      ``kg load``: constraints, batched idempotent writes, count check
query       ``kg query``: enforced read-only, timeout, saved queries
raw         the benchmark's baseline: the same rows with plain ``CREATE``
defaults    default batch size and timeouts (import-free, for the CLI's option defaults)
"""

__all__: list[str] = []
