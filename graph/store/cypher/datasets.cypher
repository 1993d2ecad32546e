// The datasets present in the database, with their node counts.
MATCH (n:Entity)
RETURN n.dataset AS dataset, count(n) AS entities
ORDER BY dataset
