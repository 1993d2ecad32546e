// name: asserted-by
// description: What one source says: the claims it asserts or relays (any position in a
// description: relay chain), e.g. everything from KCNA or from a research institute.
// param: source = "kcna" | entity id, name or alias of the asserter or relay (case-insensitive)
MATCH (s:Entity {dataset: $dataset})
WHERE s.id = $source OR toLower(s.name) = toLower($source)
   OR any(alias IN s.aliases WHERE toLower(alias) = toLower($source))
MATCH (c:Claim {dataset: $dataset})-[role:ATTRIBUTED_TO|RELAYED_BY]->(s)
MATCH (c)-[:SUBJECT]->(sub:Entity), (c)-[:OBJECT]->(obj:Entity)
RETURN s.name AS source, CASE type(role) WHEN 'ATTRIBUTED_TO' THEN 'asserter' ELSE 'relay' END AS role,
       sub.name AS subject, c.predicate AS predicate, obj.name AS object, c.asserted_by AS asserted_by,
       c.document AS document, c.hedged AS hedged, c.attribution_note AS note, c.quote AS quote
ORDER BY document, quote
