// name: timeline
// description: An entity's timeline: the dated claims about it, in date order (the claim's own
// description: date, else the start of its validity, else the reporting document's date).
// param: entity = "north-korea" | entity id
MATCH (c:Claim {dataset: $dataset})-[:SUBJECT|OBJECT]->(e:Entity {dataset: $dataset, id: $entity})
WHERE c.timeline_date IS NOT NULL
RETURN c.timeline_date AS date, c.date IS NOT NULL OR c.valid_from IS NOT NULL AS own_date,
       c.subject AS subject, c.predicate AS predicate, c.object AS object,
       c.document AS document, c.quote AS quote
ORDER BY date, document, quote
