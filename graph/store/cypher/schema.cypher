// Constraints and indexes, created IF NOT EXISTS before any data is written.
// On ArcadeDB they must exist before the labels hold data (an index created later fixes
// the property's type), so the loader runs these first, every time.
CREATE CONSTRAINT kg_entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE (n.dataset, n.id) IS UNIQUE;
CREATE CONSTRAINT kg_document_key IF NOT EXISTS FOR (n:Document) REQUIRE (n.dataset, n.id) IS UNIQUE;
CREATE CONSTRAINT kg_claim_key IF NOT EXISTS FOR (n:Claim) REQUIRE (n.dataset, n.id) IS UNIQUE;
CREATE INDEX kg_entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset);
CREATE INDEX kg_document_dataset IF NOT EXISTS FOR (n:Document) ON (n.dataset);
CREATE INDEX kg_claim_dataset IF NOT EXISTS FOR (n:Claim) ON (n.dataset);
CREATE INDEX kg_entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE INDEX kg_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX kg_claim_predicate IF NOT EXISTS FOR (n:Claim) ON (n.predicate);
