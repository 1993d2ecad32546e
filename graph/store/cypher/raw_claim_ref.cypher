// Benchmark baseline only.
UNWIND $rows AS row
MATCH (c:Claim {dataset: $dataset, id: row.id})
MATCH (e:Entity {dataset: $dataset, id: row.target})
CREATE (c)-[r__TYPE__ {dataset: $dataset, position: row.position}]->(e)
