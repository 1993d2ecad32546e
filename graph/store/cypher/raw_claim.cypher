// Benchmark baseline only: the same claim node and relationships as claim_create, unguarded.
UNWIND $rows AS row
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
