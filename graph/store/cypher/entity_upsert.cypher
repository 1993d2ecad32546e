// Entities that are missing or changed, with all their labels (__LABELS__ is filled with
// backtick-quoted schema labels, e.g. :`Entity`:`Person`). MERGE on the (dataset, id) key
// of the one indexed label, so a retried transaction creates nothing twice.
UNWIND $rows AS row
MERGE (n:Entity {dataset: $dataset, id: row.id})
SET n = row, n.dataset = $dataset
SET n__LABELS__
