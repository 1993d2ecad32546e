// name: entity
// description: Everything known about an entity, with its sources: every claim in which it
// description: is subject, object, asserter or item, with the quote, document and credibility.
// param: entity = "kn-23" | entity id, name or alias (case-insensitive)
// param: limit = 200 | most rows returned
MATCH (e:Entity {dataset: $dataset})
WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
   OR any(alias IN e.aliases WHERE toLower(alias) = toLower($entity))
MATCH (c:Claim {dataset: $dataset})-[role:SUBJECT|OBJECT|ATTRIBUTED_TO|ITEM]->(e)
MATCH (c)-[:IN_DOCUMENT]->(d:Document)
RETURN e.id AS entity, e.type AS type, type(role) AS role, c.subject AS subject,
       c.predicate AS predicate, c.object AS object, c.item AS item, c.quote AS quote,
       d.id AS document, d.date AS reported, c.credibility AS credibility, c.hedged AS hedged,
       c.origin AS origin
ORDER BY entity, role, predicate, document, quote
LIMIT $limit
