// name: paths
// description: Paths of up to three links between two entities (either direction), shortest
// description: first, with the evidence of each hop: predicate, claims, documents and a quote.
// param: from = "kim-jong-un" | entity id at one end
// param: to = "russia" | entity id at the other end
// param: limit = 10 | most paths
MATCH (a:Entity {dataset: $dataset, id: $from}), (b:Entity {dataset: $dataset, id: $to})
MATCH p = (a)-[*1..3]-(b)
WHERE all(n IN nodes(p) WHERE n:Entity)
WITH p, length(p) AS hops, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types
ORDER BY hops, ids, types
LIMIT $limit
UNWIND range(0, hops - 1) AS i
WITH p, hops, ids, types, i, relationships(p)[i] AS r
MATCH (c:Claim {dataset: $dataset})
WHERE c.id = r.claim_ids[0]
RETURN ids AS path, types AS predicates, hops, i + 1 AS hop, startNode(r).id AS subject,
       type(r) AS predicate, endNode(r).id AS object, r.claim_count AS claims,
       r.documents AS documents, c.quote AS example_quote
ORDER BY hops, path, predicates, hop
