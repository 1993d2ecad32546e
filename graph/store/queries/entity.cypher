// name: entity
// description: Everything known about an entity, with its sources: every claim in which it
// description: is subject, object, asserter, relay or item, with the quote, document and credibility.
// param: entity = "kn-23" | entity id, name or alias (case-insensitive)
// param: limit = 200 | most rows returned
MATCH (e:Entity {dataset: $dataset})
WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
   OR any(alias IN e.aliases WHERE toLower(alias) = toLower($entity))
MATCH (c:Claim {dataset: $dataset})-[role:SUBJECT|OBJECT|ATTRIBUTED_TO|RELAYED_BY|ITEM]->(e)
MATCH (c)-[:IN_DOCUMENT]->(d:Document)
MATCH (c)-[:SUBJECT]->(sub:Entity), (c)-[:OBJECT]->(obj:Entity)
RETURN e.id AS entity, e.type AS type, type(role) AS role, sub.name AS subject,
       c.predicate AS predicate, obj.name AS object, c.item AS item, c.figure AS figure, c.quote AS quote,
       d.id AS document, d.date AS reported, c.credibility AS credibility, c.hedged AS hedged,
       c.asserted_by AS asserted_by
ORDER BY entity, role, predicate, document, quote
LIMIT $limit
