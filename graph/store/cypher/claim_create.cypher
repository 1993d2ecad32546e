// A missing claim with its SUBJECT, OBJECT and IN_DOCUMENT relationships, in one statement
// so that each row crosses the wire once. Guarded like entity_create: a retried
// transaction creates nothing twice.
UNWIND $rows AS row
OPTIONAL MATCH (x:Claim {dataset: $dataset, id: row.id})
WITH row, x
WHERE x IS NULL
MATCH (s:Entity {dataset: $dataset, id: row.subject})
MATCH (o:Entity {dataset: $dataset, id: row.object})
MATCH (d:Document {dataset: $dataset, id: row.document})
CREATE (c:Claim {dataset: $dataset, id: row.id})
SET c = row, c.dataset = $dataset
CREATE (c)-[:SUBJECT {dataset: $dataset}]->(s)
CREATE (c)-[:OBJECT {dataset: $dataset}]->(o)
CREATE (c)-[:IN_DOCUMENT {dataset: $dataset}]->(d)
