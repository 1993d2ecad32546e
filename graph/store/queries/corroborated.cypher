// name: corroborated
// description: The best-supported links: two or more independent origins, most first.
// param: min_origins = 2 | fewest independent origins
MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity)
WHERE r.independent_origins >= $min_origins
RETURN a.id AS subject, type(r) AS predicate, b.id AS object,
       r.independent_origins AS independent_origins, r.origins AS origins,
       r.document_count AS documents, r.claim_count AS claims, r.best_credibility AS best_credibility
ORDER BY independent_origins DESC, claims DESC, subject, predicate, object
