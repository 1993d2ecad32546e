// name: hedged
// description: Hedged claims (possible, alleged, "it is believed"), optionally about one
// description: entity: what the sources themselves present as uncertain.
// param: entity = null | entity id to restrict to (subject or object); null for all
MATCH (c:Claim {dataset: $dataset})
WHERE c.hedged AND ($entity IS NULL OR c.subject = $entity OR c.object = $entity)
MATCH (c)-[:SUBJECT]->(sub:Entity), (c)-[:OBJECT]->(obj:Entity)
RETURN sub.name AS subject, c.predicate AS predicate, obj.name AS object,
       c.credibility AS credibility, c.asserted_by AS asserted_by, c.document AS document, c.quote AS quote
ORDER BY subject, predicate, object, document, quote
