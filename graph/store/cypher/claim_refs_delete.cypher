// Before re-writing a changed claim's ATTRIBUTED_TO and ITEM (they are not part of its id).
UNWIND $ids AS id
MATCH (c:Claim {dataset: $dataset, id: id})-[r:ATTRIBUTED_TO|ITEM]->(:Entity)
DELETE r
