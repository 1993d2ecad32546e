MATCH (c:Claim {dataset: $dataset})-[r]->()
RETURN type(r) AS type, count(r) AS n
