// Upsert step 1: update entities that exist and changed. MATCH on the one indexed label:
// ArcadeDB ignores the index for MERGE on several labels.
UNWIND $rows AS row
MATCH (n:Entity {dataset: $dataset, id: row.id})
SET n = row, n.dataset = $dataset
