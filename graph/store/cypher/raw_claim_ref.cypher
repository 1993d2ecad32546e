// Benchmark baseline only.
UNWIND $rows AS row
MATCH (c:Claim {dataset: $dataset, id: row.id})
USING INDEX c:Claim(dataset, id)
MATCH (e:Entity {dataset: $dataset, id: row.target})
USING INDEX e:Entity(dataset, id)
CREATE (c)-[r__TYPE__ {dataset: $dataset, position: row.position}]->(e)
