// name: disagreements
// description: Links whose sources disagree (different quantities, or dates that cannot be
// description: the same): the `disagree` links kg stats counts, each claim with its figure,
// description: date, document and who says it.
MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity)
WHERE r.disagree
MATCH (c:Claim {dataset: $dataset})
WHERE c.id IN r.claim_ids
RETURN a.name AS subject, type(r) AS predicate, b.name AS object, r.disagreements AS disagreements,
       c.document AS document, c.figure AS figure, c.date AS date, c.asserted_by AS asserted_by,
       c.hedged AS hedged, c.quote AS quote
ORDER BY subject, predicate, object, document, quote
