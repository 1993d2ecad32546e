// Nodes removed from the dataset (or re-created: an entity whose labels changed), by id.
UNWIND $ids AS id
MATCH (n__LABEL__ {dataset: $dataset, id: id})
USING INDEX n__LABEL__(dataset, id)
DETACH DELETE n
