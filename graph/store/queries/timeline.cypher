// name: timeline
// description: A timeline (kg timeline's claims): every claim with an event date (its own
// description: date or the start of its validity) or a publication date, in date order; the
// description: two dates are separate columns. About one entity (subject, object or item), or all.
// param: entity = null | entity id; null for the whole graph
MATCH (c:Claim {dataset: $dataset})
WHERE c.timeline_date IS NOT NULL
  AND ($entity IS NULL OR $entity IN [c.subject, c.object, c.item])
MATCH (c)-[:SUBJECT]->(sub:Entity), (c)-[:OBJECT]->(obj:Entity)
RETURN c.timeline_date AS date, coalesce(c.date, c.valid_from, c.valid_to) AS event_date,
       c.reported AS reported, sub.name AS subject, c.predicate AS predicate, obj.name AS object,
       c.asserted_by AS asserted_by, c.hedged AS hedged, c.document AS document, c.id AS claim,
       c.quote AS quote
ORDER BY date, document, quote
