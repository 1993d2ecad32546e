// name: corroborated
// description: The best-supported links: two or more independent origins (original sources
// description: of the claims' relay chains), most first.
// param: min_origins = 2 | fewest independent origins
MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity)
WHERE r.independent_origins >= $min_origins
RETURN a.name AS subject, type(r) AS predicate, b.name AS object,
       r.independent_origins AS independent_origins, r.origin_names AS origins,
       r.document_count AS documents, r.claim_count AS claims, r.best_credibility AS best_credibility
ORDER BY independent_origins DESC, claims DESC, subject, predicate, object
