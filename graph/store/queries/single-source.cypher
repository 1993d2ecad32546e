// name: single-source
// description: Links that rest on a single origin (one original asserter), weakest first:
// description: candidates for corroboration before they are relied on.
// param: limit = 100 | most rows returned
MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity)
WHERE r.independent_origins = 1 AND NOT r.peripheral
RETURN a.id AS subject, type(r) AS predicate, b.id AS object, r.origins[0] AS origin,
       r.documents AS documents, r.claim_count AS claims, r.best_credibility AS best_credibility
ORDER BY best_credibility DESC, subject, predicate, object
LIMIT $limit
