// name: asserted-by
// description: What one source asserts (claims attributed to it), e.g. everything relayed
// description: from KCNA or from a research institute.
// param: source = "kcna" | entity id of the asserter
MATCH (c:Claim {dataset: $dataset})-[:ATTRIBUTED_TO]->(s:Entity {dataset: $dataset, id: $source})
RETURN s.name AS source, c.subject AS subject, c.predicate AS predicate, c.object AS object,
       c.document AS document, c.hedged AS hedged, c.attribution_note AS note, c.quote AS quote
ORDER BY document, quote
