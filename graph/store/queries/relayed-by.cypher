// name: relayed-by
// description: The claims relayed from one kind of asserter (state_media, government,
// description: research, analyst, media, intelligence, military, other, unattributed).
// param: category = "state_media" | origin category
MATCH (c:Claim {dataset: $dataset})
WHERE c.origin_category = $category
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(a:Entity)
RETURN coalesce(a.name, c.origin) AS asserter, c.subject AS subject, c.predicate AS predicate,
       c.object AS object, c.document AS document, c.hedged AS hedged, c.quote AS quote
ORDER BY asserter, document, quote
