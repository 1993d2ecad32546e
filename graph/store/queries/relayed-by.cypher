// name: relayed-by
// description: The claims whose original asserters are of one kind (state_media, government,
// description: research, analyst, media, intelligence, military, other, article), with the
// description: whole attribution by name.
// param: category = "state_media" | origin category
MATCH (c:Claim {dataset: $dataset})
WHERE $category IN c.origin_categories
MATCH (c)-[:SUBJECT]->(sub:Entity), (c)-[:OBJECT]->(obj:Entity)
RETURN c.asserted_by AS asserted_by, sub.name AS subject, c.predicate AS predicate,
       obj.name AS object, c.document AS document, c.hedged AS hedged, c.quote AS quote
ORDER BY asserted_by, document, quote
