// name: find-entity
// description: Find entities whose name or an alias contains a text (case-insensitive).
// param: text = "kim" | part of a name or alias
MATCH (e:Entity {dataset: $dataset})
WHERE toLower(e.name) CONTAINS toLower($text)
   OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS toLower($text))
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases
ORDER BY id
