MATCH (n:Entity {dataset: $dataset})
RETURN n.id AS id, labels(n) AS labels
