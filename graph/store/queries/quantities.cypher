// name: quantities
// description: Every figure reported (troops, casualties, shipments, money...), with its
// description: bound (exact, at_least, at_most, approx), unit and source.
// param: unit = null | only this unit (e.g. "soldiers"); null for all
MATCH (c:Claim {dataset: $dataset})
WHERE c.quantity IS NOT NULL AND ($unit IS NULL OR c.unit = $unit)
RETURN c.subject AS subject, c.predicate AS predicate, c.object AS object, c.quantity AS quantity,
       c.quantity_bound AS bound, c.unit AS unit, c.document AS document, c.quote AS quote
ORDER BY unit, subject, predicate, quantity, document
