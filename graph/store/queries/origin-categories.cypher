// name: origin-categories
// description: Claims by the kind of original asserter: state media vs governments vs
// description: independent researchers and analysts ("article" = the article itself). A claim
// description: whose asserters are of several kinds counts in each.
MATCH (c:Claim {dataset: $dataset})
UNWIND c.origin_categories AS category
WITH category, collect(c) AS cs
UNWIND cs AS c
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(a:Entity)
WHERE a.category = category
WITH category, cs, collect(DISTINCT a.name) AS asserters
RETURN category, size(cs) AS claims, size(asserters) AS origin_count, asserters,
       reduce(acc = [], d IN [x IN cs | x.document] | CASE WHEN d IN acc THEN acc ELSE acc + d END) AS documents
ORDER BY claims DESC, category
