// Benchmark baseline only.
UNWIND $rows AS row
CREATE (d:Document)
SET d = row, d.dataset = $dataset
