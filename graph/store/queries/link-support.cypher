// name: link-support
// description: Which documents and origins support one link (subject, predicate, object) and
// description: how strongly: one row per claim, with the link's totals repeated on each row.
// param: subject = "north-korea" | subject entity id
// param: predicate = "SUPPLIES" | predicate (relationship type)
// param: object = "russia" | object entity id
MATCH (c:Claim {dataset: $dataset})
WHERE c.subject = $subject AND c.predicate = $predicate AND c.object = $object
MATCH (c)-[:IN_DOCUMENT]->(d:Document)
MATCH (s:Entity {dataset: $dataset, id: $subject})-[r]->(o:Entity {dataset: $dataset, id: $object})
WHERE type(r) = $predicate
RETURN r.claim_count AS claims, r.document_count AS documents,
       r.independent_origins AS independent_origins, r.best_credibility AS best_credibility,
       d.id AS document, d.reliability AS reliability, c.origin AS origin,
       c.origin_category AS origin_category, c.credibility AS credibility, c.hedged AS hedged,
       c.item AS item, c.quote AS quote
ORDER BY credibility, document, quote
