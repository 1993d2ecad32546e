// A claim and everything that hangs off it, written as one unit: any earlier version of the
// claim node is deleted with its relationships, then the node is created again with its
// SUBJECT, OBJECT and IN_DOCUMENT relationships and its ATTRIBUTED_TO (one per asserter),
// RELAYED_BY (one per relay hop) and ITEM relationships, each with its 1-based `position`.
// One statement of one transaction: a crash leaves the claim either whole (with the row_hash
// of what it holds) or as it was before, and a plain re-run compares row_hash and repairs
// the rest. Deleting first also makes a retried transaction write nothing twice. Nothing
// points at a claim node but its own relationships (links name claims by id), so
// re-creating it loses nothing.
UNWIND $rows AS row
CALL (row) {
  MATCH (old:Claim {dataset: $dataset, id: row.id})
  DETACH DELETE old
}
WITH row
MATCH (s:Entity {dataset: $dataset, id: row.subject})
MATCH (o:Entity {dataset: $dataset, id: row.object})
MATCH (d:Document {dataset: $dataset, id: row.document})
CREATE (c:Claim)
SET c = row, c.dataset = $dataset
CREATE (c)-[:SUBJECT {dataset: $dataset}]->(s)
CREATE (c)-[:OBJECT {dataset: $dataset}]->(o)
CREATE (c)-[:IN_DOCUMENT {dataset: $dataset}]->(d)
WITH c, row
CALL (c, row) {
  UNWIND range(1, size(coalesce(row.asserters, []))) AS i
  MATCH (e:Entity {dataset: $dataset, id: row.asserters[i - 1]})
  CREATE (c)-[:ATTRIBUTED_TO {dataset: $dataset, position: i}]->(e)
}
CALL (c, row) {
  UNWIND range(1, size(coalesce(row.relay, []))) AS i
  MATCH (e:Entity {dataset: $dataset, id: row.relay[i - 1]})
  CREATE (c)-[:RELAYED_BY {dataset: $dataset, position: i}]->(e)
}
CALL (c, row) {
  UNWIND CASE WHEN row.item IS NULL THEN [] ELSE [row.item] END AS target
  MATCH (e:Entity {dataset: $dataset, id: target})
  CREATE (c)-[:ITEM {dataset: $dataset, position: 1}]->(e)
}
