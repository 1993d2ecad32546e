// name: search
// description: Full-text search of quotes, notes, names, aliases, descriptions and titles
// description: (Lucene syntax: words, "a phrase", prefix*, fuzzy~), best matches first; a
// description: claim comes with its subject, predicate, object and who asserts it.
// param: words = "KN-23" | the words to look for
// param: limit = 25 | how many matches at most
CALL db.index.fulltext.queryNodes('kg_text', $words) YIELD node, score
WHERE node.dataset = $dataset
WITH node, score
ORDER BY score DESC, node.id
LIMIT $limit
OPTIONAL MATCH (node:Claim)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (node:Claim)-[:OBJECT]->(o:Entity)
RETURN CASE WHEN node:Claim THEN 'claim' WHEN node:Document THEN 'document' ELSE 'entity' END AS kind,
       node.id AS id, round(score, 2) AS score,
       coalesce(node.quote, node.title, node.name) AS text,
       s.name AS subject, node.predicate AS predicate, o.name AS object,
       node.asserted_by AS asserted_by, node.document AS document
