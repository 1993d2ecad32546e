MATCH (d:Document)
RETURN d.dataset AS dataset, count(d) AS documents
ORDER BY dataset
