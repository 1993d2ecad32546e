// One derived relationship per summary link, typed by its predicate (__TYPE__).
UNWIND $rows AS row
MATCH (a:Entity {dataset: $dataset, id: row.subject})
USING INDEX a:Entity(dataset, id)
MATCH (b:Entity {dataset: $dataset, id: row.object})
USING INDEX b:Entity(dataset, id)
MERGE (a)-[r__TYPE__]->(b)
SET r = row.props, r.dataset = $dataset
