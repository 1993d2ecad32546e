// name: documents
// description: The documents with their date, reliability and how many claims and entities
// description: each one contributes.
MATCH (d:Document {dataset: $dataset})
OPTIONAL MATCH (c:Claim)-[:IN_DOCUMENT]->(d)
OPTIONAL MATCH (c)-[:SUBJECT|OBJECT]->(e:Entity)
RETURN d.id AS document, d.date AS date, d.reliability AS reliability, d.language AS language,
       count(DISTINCT c) AS claims, count(DISTINCT e) AS entities, d.title AS title
ORDER BY document
