// name: origin-categories
// description: Claims by the kind of original asserter: state media vs governments vs
// description: independent researchers and analysts (unattributed = the article itself).
MATCH (c:Claim {dataset: $dataset})
WITH c.origin_category AS category, count(c) AS claims, collect(DISTINCT c.origin) AS origins,
     collect(DISTINCT c.document) AS documents
RETURN category, claims, size(origins) AS origin_count, origins, documents
ORDER BY claims DESC, category
