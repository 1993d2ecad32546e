// A claim whose content changed. Its subject, object and document are part of its id, so
// its SUBJECT/OBJECT/IN_DOCUMENT relationships stay as they are.
UNWIND $rows AS row
MATCH (c:Claim {dataset: $dataset, id: row.id})
SET c = row, c.dataset = $dataset
