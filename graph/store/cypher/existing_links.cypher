MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity)
RETURN a.id AS subject, type(r) AS type, b.id AS object, r.row_hash AS hash
