// name: producers
// description: Which facilities produce a weapon system, and where (following LOCATED_IN up
// description: to two steps), with the claim's quote and document.
// param: weapon = "kn-23" | weapon system id, name or alias (case-insensitive)
MATCH (w:WeaponSystem {dataset: $dataset})
WHERE w.id = $weapon OR toLower(w.name) = toLower($weapon)
   OR any(alias IN w.aliases WHERE toLower(alias) = toLower($weapon))
MATCH (f:Facility {dataset: $dataset})-[r:PRODUCES]->(w)
MATCH (c:Claim {dataset: $dataset})
WHERE c.id IN r.claim_ids
OPTIONAL MATCH (f)-[:LOCATED_IN]->(place:Entity)
OPTIONAL MATCH (place)-[:LOCATED_IN]->(region:Entity)
RETURN w.id AS weapon, f.id AS facility, f.name AS facility_name, place.id AS located_in,
       region.id AS region, c.document AS document, c.credibility AS credibility,
       c.hedged AS hedged, c.quote AS quote
ORDER BY facility, document, quote
