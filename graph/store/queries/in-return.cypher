// name: in-return
// description: What one party gives another in return (PROVIDES_IN_RETURN), item by item,
// description: with the documents, who says it and how hedged; by default what Russia gives North Korea.
// param: giver = "russia" | entity id of the giver
// param: receiver = "north-korea" | entity id of the receiver
MATCH (c:Claim {dataset: $dataset, predicate: 'PROVIDES_IN_RETURN'})
WHERE c.subject = $giver AND c.object = $receiver
OPTIONAL MATCH (c)-[:ITEM]->(i:Entity)
WITH coalesce(i.id, '(unspecified)') AS item, coalesce(i.name, '(unspecified)') AS item_name, c
ORDER BY c.document, c.quote
RETURN item, item_name, count(c) AS claims, collect(DISTINCT c.document) AS documents,
       collect(DISTINCT c.asserted_by) AS asserted_by,
       sum(CASE WHEN c.hedged THEN 1 ELSE 0 END) AS hedged_claims, collect(c.quote)[0] AS example_quote
ORDER BY claims DESC, item
