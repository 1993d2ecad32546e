// --replace: this dataset's nodes only (__LABEL__ is Claim, Document or Entity), in batches.
MATCH (n__LABEL__ {dataset: $dataset})
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
