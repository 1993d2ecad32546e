// name: quantities
// description: Every figure reported (troops, casualties, shipments, money...), with its
// description: bound (≥ at_least, ≤ at_most, ~ approx), unit, who says it, hedge and source.
// param: unit = null | only this unit (e.g. "soldiers"); null for all
MATCH (c:Claim {dataset: $dataset})
WHERE c.quantity IS NOT NULL AND ($unit IS NULL OR c.unit = $unit)
MATCH (c)-[:SUBJECT]->(sub:Entity), (c)-[:OBJECT]->(obj:Entity)
RETURN sub.name AS subject, c.predicate AS predicate, obj.name AS object, c.figure AS figure,
       c.quantity AS quantity, c.quantity_bound AS bound, c.unit AS unit, c.asserted_by AS asserted_by,
       c.hedged AS hedged, c.document AS document, c.quote AS quote
ORDER BY unit, subject, predicate, quantity, document
