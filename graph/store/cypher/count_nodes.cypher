MATCH (n__LABEL__ {dataset: $dataset})
RETURN count(n) AS n
