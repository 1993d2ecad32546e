// What an earlier load left: id, type and content digest of this dataset's nodes of one
// label (__LABEL__), so that a re-load writes only what changed.
MATCH (n__LABEL__ {dataset: $dataset})
RETURN n.id AS id, n.type AS type, n.row_hash AS hash
