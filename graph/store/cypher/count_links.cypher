MATCH (a:Entity {dataset: $dataset})-[r]->(:Entity)
RETURN type(r) AS type, count(r) AS n
