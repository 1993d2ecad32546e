"""The database side: a local Bolt server, the loader and read-only analyst queries.

This package is the only place that imports the ``neo4j`` driver. Every statement it sends
is Neo4j 5 Cypher that also runs on ArcadeDB's Bolt plugin (the zero-setup local server);
see ``docs/data-model.md`` ("In the database") for the model and the constructs avoided.

Modules
-------
server      start/stop/status of the local ArcadeDB process (``kg db``)
connection  where to connect: ``NEO4J_*`` variables or the local server
cypher      ``.cypher`` statement files and safe identifiers
rows        the dataset turned into parameter rows
loader      ``kg load``: constraints, batched idempotent writes, count check
query       ``kg query``: enforced read-only, timeout, saved queries
raw         the benchmark's baseline: the same rows with plain ``CREATE``
defaults    default batch size and timeouts (import-free, for the CLI's option defaults)
"""

__all__: list[str] = []
