// name: link-support
// description: Which documents and origins support one link (subject, predicate, object) and
// description: how strongly: one row per claim, with the link's totals repeated on each row.
// param: subject = "north-korea" | subject entity id
// param: predicate = "SUPPLIES" | predicate (relationship type)
// param: object = "russia" | object entity id
MATCH (s:Entity {dataset: $dataset, id: $subject})-[r]->(o:Entity {dataset: $dataset, id: $object})
WHERE type(r) = $predicate
MATCH (c:Claim {dataset: $dataset})
WHERE c.id IN r.claim_ids
MATCH (c)-[:IN_DOCUMENT]->(d:Document)
RETURN r.claim_count AS claims, r.document_count AS documents,
       r.independent_origins AS independent_origins, r.best_credibility AS best_credibility,
       d.id AS document, d.reliability AS reliability, c.asserted_by AS asserted_by,
       c.origin_categories AS origin_categories, c.credibility AS credibility, c.hedged AS hedged,
       c.item AS item, c.figure AS figure, c.quote AS quote
ORDER BY credibility, document, quote
