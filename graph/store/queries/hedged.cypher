// name: hedged
// description: Hedged claims (possible, alleged, "it is believed"), optionally about one
// description: entity: what the sources themselves present as uncertain.
// param: entity = null | entity id to restrict to (subject or object); null for all
MATCH (c:Claim {dataset: $dataset})
WHERE c.hedged AND ($entity IS NULL OR c.subject = $entity OR c.object = $entity)
RETURN c.subject AS subject, c.predicate AS predicate, c.object AS object,
       c.credibility AS credibility, c.origin AS origin, c.document AS document, c.quote AS quote
ORDER BY subject, predicate, object, document, quote
