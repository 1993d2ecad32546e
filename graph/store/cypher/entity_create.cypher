// Upsert step 2: create the missing entities with ALL their labels at once (adding a label
// to an existing node is broken on ArcadeDB). __LABELS__ is filled with backtick-quoted
// schema labels, e.g. :`Entity`:`Person`. The OPTIONAL MATCH guard keeps it idempotent
// when the driver retries the transaction.
UNWIND $rows AS row
OPTIONAL MATCH (n:Entity {dataset: $dataset, id: row.id})
WITH row, n
WHERE n IS NULL
CREATE (m__LABELS__ {dataset: $dataset, id: row.id})
SET m = row, m.dataset = $dataset
