// name: producers
// description: Which facilities produce a weapon system, and where (following LOCATED_IN up
// description: to two steps), with who says it, how hedged, the quote and the document.
// param: weapon = "kn-23" | weapon system id, name or alias (case-insensitive)
MATCH (w:WeaponSystem {dataset: $dataset})
WHERE w.id = $weapon OR toLower(w.name) = toLower($weapon)
   OR any(alias IN w.aliases WHERE toLower(alias) = toLower($weapon))
MATCH (f:Facility {dataset: $dataset})-[r:PRODUCES]->(w)
MATCH (c:Claim {dataset: $dataset})
WHERE c.id IN r.claim_ids
OPTIONAL MATCH (f)-[:LOCATED_IN]->(place:Entity)
OPTIONAL MATCH (place)-[:LOCATED_IN]->(region:Entity)
RETURN w.name AS weapon, f.name AS facility, place.name AS located_in,
       region.name AS region, c.asserted_by AS asserted_by, c.hedged AS hedged,
       c.document AS document, c.credibility AS credibility, c.quote AS quote
ORDER BY facility, document, quote
