// One derived relationship per summary link, typed by its predicate (__TYPE__).
UNWIND $rows AS row
MATCH (a:Entity {dataset: $dataset, id: row.subject})
MATCH (b:Entity {dataset: $dataset, id: row.object})
MERGE (a)-[r__TYPE__]->(b)
SET r = row.props, r.dataset = $dataset
