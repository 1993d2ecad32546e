// Benchmark baseline only.
UNWIND $rows AS row
MATCH (a:Entity {dataset: $dataset, id: row.subject})
MATCH (b:Entity {dataset: $dataset, id: row.object})
CREATE (a)-[r__TYPE__]->(b)
SET r = row.props, r.dataset = $dataset
