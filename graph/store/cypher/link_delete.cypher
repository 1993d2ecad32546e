// Summary links that no longer exist in the dataset (__TYPE__ is the predicate).
UNWIND $rows AS row
MATCH (a:Entity {dataset: $dataset, id: row.subject})-[r__TYPE__]->(b:Entity {dataset: $dataset, id: row.object})
USING INDEX a:Entity(dataset, id)
USING INDEX b:Entity(dataset, id)
DELETE r
