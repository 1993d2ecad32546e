// name: disagreements
// description: Links whose sources disagree (different quantities, or dates that cannot be
// description: the same), with each claim's figure, date and document.
MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity)
WHERE r.disagree
MATCH (c:Claim {dataset: $dataset})
WHERE c.subject = a.id AND c.predicate = type(r) AND c.object = b.id
RETURN a.id AS subject, type(r) AS predicate, b.id AS object, r.disagreements AS disagreements,
       c.document AS document, c.quantity AS quantity, c.quantity_bound AS bound, c.unit AS unit,
       c.date AS date, c.quote AS quote
ORDER BY subject, predicate, object, document, quote
