// name: most-connected
// description: The most connected entities: distinct links (either direction) and the
// description: claims behind them.
// param: limit = 10 | most rows returned
MATCH (e:Entity {dataset: $dataset})-[r]-(:Entity)
RETURN e.id AS entity, e.type AS type, count(r) AS links, sum(r.claim_count) AS claims
ORDER BY links DESC, claims DESC, entity
LIMIT $limit
