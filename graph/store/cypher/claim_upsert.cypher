// A claim and everything that hangs off it, written as one unit: the node, its SUBJECT,
// OBJECT and IN_DOCUMENT relationships, and its ATTRIBUTED_TO (one per asserter), RELAYED_BY
// (one per relay hop) and ITEM relationships, re-written from the row's lists with their
// 1-based `position`. Everything happens in one statement of one transaction, so a crash
// leaves the claim either whole (with the row_hash of what it holds) or as it was before:
// a plain re-run compares row_hash and repairs the rest. MERGE everywhere, so a retried
// transaction writes nothing twice.
UNWIND $rows AS row
MATCH (s:Entity {dataset: $dataset, id: row.subject})
MATCH (o:Entity {dataset: $dataset, id: row.object})
MATCH (d:Document {dataset: $dataset, id: row.document})
MERGE (c:Claim {dataset: $dataset, id: row.id})
SET c = row, c.dataset = $dataset
MERGE (c)-[:SUBJECT {dataset: $dataset}]->(s)
MERGE (c)-[:OBJECT {dataset: $dataset}]->(o)
MERGE (c)-[:IN_DOCUMENT {dataset: $dataset}]->(d)
WITH c, row
CALL (c) {
  MATCH (c)-[r:ATTRIBUTED_TO|RELAYED_BY|ITEM]->(:Entity)
  DELETE r
}
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
