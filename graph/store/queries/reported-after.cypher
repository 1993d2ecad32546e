// name: reported-after
// description: What was reported after a date: claims from documents dated on or after it,
// description: with who says it and how hedged. The date may be partial (2025, 2025-02,
// description: 2025-02-14): a document dated 2025-02-14 or 2025-03 is on or after 2025-02; one
// description: dated only 2025 is not (it may be earlier); undated documents are left out.
// param: after = "2025-12-28" | date, YYYY[-MM[-DD]] (a bare year may be given as a number)
MATCH (c:Claim {dataset: $dataset})-[:IN_DOCUMENT]->(d:Document)
WHERE d.date >= toString($after)
MATCH (c)-[:SUBJECT]->(sub:Entity), (c)-[:OBJECT]->(obj:Entity)
RETURN d.date AS reported, d.id AS document, sub.name AS subject, c.predicate AS predicate,
       obj.name AS object, c.asserted_by AS asserted_by, c.hedged AS hedged, c.quote AS quote
ORDER BY reported, document, quote
