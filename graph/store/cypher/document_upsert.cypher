UNWIND $rows AS row
MERGE (d:Document {dataset: $dataset, id: row.id})
SET d = row, d.dataset = $dataset
