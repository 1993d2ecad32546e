// Benchmark baseline only.
UNWIND $rows AS row
MATCH (a:Entity {dataset: $dataset, id: row.subject})
USING INDEX a:Entity(dataset, id)
MATCH (b:Entity {dataset: $dataset, id: row.object})
USING INDEX b:Entity(dataset, id)
CREATE (a)-[r__TYPE__]->(b)
SET r = row.props, r.dataset = $dataset
