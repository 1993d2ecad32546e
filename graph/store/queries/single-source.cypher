// name: single-source
// description: The single-source links (the `single_source` links kg stats counts): not
// description: peripheral and resting on one document or one origin. Candidates for
// description: corroboration before they are relied on; weakest first.
MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity)
WHERE r.single_source
RETURN a.name AS subject, type(r) AS predicate, b.name AS object, r.origin_names AS origins,
       r.documents AS documents, r.claim_count AS claims, r.best_credibility AS best_credibility
ORDER BY best_credibility DESC, subject, predicate, object
