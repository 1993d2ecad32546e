// Benchmark baseline only: plain CREATE, no upsert logic (__LABELS__ as in entity_create).
UNWIND $rows AS row
CREATE (m__LABELS__)
SET m = row, m.dataset = $dataset
