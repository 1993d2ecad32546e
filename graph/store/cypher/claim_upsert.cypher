// A claim and everything that hangs off it, written as one unit: any earlier version of the
// claim node is deleted with its relationships, then the node is created again with its
// SUBJECT, OBJECT and IN_DOCUMENT relationships and its ATTRIBUTED_TO (one per asserter),
// RELAYED_BY (one per relay hop) and ITEM relationships, each with its 1-based `position`.
// One statement of one transaction: a crash leaves the claim either whole (with the row_hash
// of what it holds) or as it was before, and a plain re-run compares row_hash and repairs
// the rest. Deleting first also makes a retried transaction write nothing twice. Nothing
// points at a claim node but its own relationships (links name claims by id), so
// re-creating it loses nothing. The index hints keep every lookup an index seek even when
// the planner's statistics still describe an empty database (a first load would otherwise
// scan all claims for every row: quadratic).
UNWIND $rows AS row
CALL (row) {
  MATCH (old:Claim {dataset: $dataset, id: row.id})
  USING INDEX old:Claim(dataset, id)
  DETACH DELETE old
}
WITH row
MATCH (s:Entity {dataset: $dataset, id: row.subject})
USING INDEX s:Entity(dataset, id)
MATCH (o:Entity {dataset: $dataset, id: row.object})
USING INDEX o:Entity(dataset, id)
MATCH (d:Document {dataset: $dataset, id: row.document})
USING INDEX d:Document(dataset, id)
CREATE (c:Claim)
SET c = row, c.dataset = $dataset
CREATE (c)-[:SUBJECT {dataset: $dataset}]->(s)
CREATE (c)-[:OBJECT {dataset: $dataset}]->(o)
CREATE (c)-[:IN_DOCUMENT {dataset: $dataset}]->(d)
WITH c, row
CALL (c, row) {
  UNWIND range(1, size(coalesce(row.asserters, []))) AS i
  MATCH (e:Entity {dataset: $dataset, id: row.asserters[i - 1]})
  USING INDEX e:Entity(dataset, id)
  CREATE (c)-[:ATTRIBUTED_TO {dataset: $dataset, position: i}]->(e)
}
CALL (c, row) {
  UNWIND range(1, size(coalesce(row.relay, []))) AS i
  MATCH (e:Entity {dataset: $dataset, id: row.relay[i - 1]})
  USING INDEX e:Entity(dataset, id)
  CREATE (c)-[:RELAYED_BY {dataset: $dataset, position: i}]->(e)
}
CALL (c, row) {
  UNWIND CASE WHEN row.item IS NULL THEN [] ELSE [row.item] END AS target
  MATCH (e:Entity {dataset: $dataset, id: target})
  USING INDEX e:Entity(dataset, id)
  CREATE (c)-[:ITEM {dataset: $dataset, position: 1}]->(e)
}
