// Constraints and indexes, created IF NOT EXISTS before any data is written. The node keys
// back every MERGE of the loader; kg_text is the full-text index analysts search with
// (`kg query --saved search --param words=...`, or db.index.fulltext.queryNodes in Browser).
CREATE CONSTRAINT kg_entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE (n.dataset, n.id) IS UNIQUE;
CREATE CONSTRAINT kg_document_key IF NOT EXISTS FOR (n:Document) REQUIRE (n.dataset, n.id) IS UNIQUE;
CREATE CONSTRAINT kg_claim_key IF NOT EXISTS FOR (n:Claim) REQUIRE (n.dataset, n.id) IS UNIQUE;
CREATE INDEX kg_entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset);
CREATE INDEX kg_document_dataset IF NOT EXISTS FOR (n:Document) ON (n.dataset);
CREATE INDEX kg_claim_dataset IF NOT EXISTS FOR (n:Claim) ON (n.dataset);
CREATE INDEX kg_entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE INDEX kg_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX kg_claim_predicate IF NOT EXISTS FOR (n:Claim) ON (n.predicate);
CREATE FULLTEXT INDEX kg_text IF NOT EXISTS FOR (n:Claim|Entity|Document) ON EACH [n.quote, n.note, n.attribution_note, n.name, n.aliases, n.description, n.title];
