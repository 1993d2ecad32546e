// Labels an entity no longer has because its type changed (__LABELS__); run in the same
// transaction as entity_upsert, which adds the new ones. Relabelled in place, so claims
// keep their relationships to it.
UNWIND $rows AS row
MATCH (n:Entity {dataset: $dataset, id: row.id})
USING INDEX n:Entity(dataset, id)
REMOVE n__LABELS__
