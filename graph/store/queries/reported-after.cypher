// name: reported-after
// description: What was reported after a date: claims from documents dated on or after it
// description: (dates are ISO text, partial dates compare as their first day's prefix).
// param: after = "2025-12-28" | ISO date, YYYY[-MM[-DD]]
MATCH (c:Claim {dataset: $dataset})-[:IN_DOCUMENT]->(d:Document)
WHERE d.date >= $after
RETURN d.date AS reported, d.id AS document, c.subject AS subject, c.predicate AS predicate,
       c.object AS object, c.quote AS quote
ORDER BY reported, document, quote
