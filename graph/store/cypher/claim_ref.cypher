// ATTRIBUTED_TO or ITEM (__TYPE__) from a claim to an entity.
UNWIND $rows AS row
MATCH (c:Claim {dataset: $dataset, id: row.id})
MATCH (e:Entity {dataset: $dataset, id: row.target})
MERGE (c)-[r__TYPE__ {dataset: $dataset}]->(e)
