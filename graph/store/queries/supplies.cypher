// name: supplies
// description: Who supplies what to whom: every SUPPLIES claim grouped by supplier,
// description: recipient and item, with figures, who says it and the documents that report it.
MATCH (c:Claim {dataset: $dataset, predicate: 'SUPPLIES'})
OPTIONAL MATCH (c)-[:ITEM]->(i:Entity)
WITH c.subject AS supplier, c.object AS recipient, coalesce(i.name, '(unspecified)') AS item,
     collect(c) AS claims
UNWIND claims AS c
WITH supplier, recipient, item, claims, c
ORDER BY c.document
RETURN supplier, recipient, item, size(claims) AS claim_count,
       collect(DISTINCT c.document) AS documents, collect(DISTINCT c.asserted_by) AS asserted_by,
       [x IN claims WHERE x.figure IS NOT NULL | x.figure] AS figures
ORDER BY supplier, recipient, claim_count DESC, item
