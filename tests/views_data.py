"""Small YAML datasets for the view tests, written into a temporary folder (fixtures in ``conftest.py``).

``write_dataset`` writes a complete dataset (texts, documents.yaml, entities.yaml,
claims/*.yaml) and a schema folder (the repository's entity types plus generic predicates),
so the tests go through the real loader and validator. ``HOSTILE`` is a quote built to break
a careless page: markup, a script end tag, the word "href", and U+2028.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import yaml

from graph.schema import default_schema_dir, load_schema
from graph.synth import write_predicates
from graph.validate import load_dataset

HOSTILE = (
    'Officials said <img src=x onerror="window.__pwned=1"> and </script><script>window.__pwned2=1</script> '
    'see <a href="https://evil.example/">href</a>\u2028next line & "quotes" \'here\' <!-- done'
)

ENTITIES = [
    {
        "id": "kim-jong-un",
        "type": "Person",
        "name": "Kim Jong Un",
        "aliases": ["Kim Jong-un", {"name": "Kim", "lang": "it"}],
        "description": "Supreme Leader of North Korea.",
    },
    {"id": "putin", "type": "Person", "name": "Vladimir Putin", "aliases": ["Putin"]},
    {"id": "north-korea", "type": "Country", "name": "North Korea", "aliases": ["Corea del Nord", "Pyongyang"]},
    {"id": "russia", "type": "Country", "name": "Russia", "aliases": ["Russia", "Mosca"]},
    {"id": "kursk", "type": "Location", "name": "Kursk region", "aliases": ["Kursk"]},
    {"id": "kcna", "type": "MediaOutlet", "name": "KCNA", "aliases": ["Korean Central News Agency"]},
    {"id": "nis", "type": "IntelligenceService", "name": "National Intelligence Service", "aliases": ["NIS"]},
    {"id": "kn-23", "type": "WeaponSystem", "name": "KN-23", "aliases": ["Hwasong-11"]},
    {"id": "treaty-2024", "type": "Agreement", "name": "Comprehensive Strategic Partnership Treaty", "aliases": []},
    {"id": "plant-11", "type": "Facility", "name": "Missile plant 11", "aliases": []},
]

# document id -> (title, outlet, date, sentences, claims); a claim's quote is one of the sentences
DOCUMENTS = {
    "doc-a": (
        "Kim announces more missiles",
        "Test Wire",
        "2025-01-10",
        [
            "Kim Jong-un met Vladimir Putin in Pyongyang.",
            "According to KCNA the two leaders signed the partnership treaty in June 2024.",
            "The NIS says at least 10000 soldiers were sent to the Kursk region.",
            "Plant 11 reportedly produces KN-23 missiles for Russia.",
            "Kim Jong-un leads North Korea.",
        ],
        [
            dict(subject="kim-jong-un", predicate="MET_WITH", object="putin", q=0, credibility=2, date="2024-06-19"),
            dict(
                subject="north-korea",
                predicate="SIGNED",
                object="treaty-2024",
                q=1,
                credibility=2,
                attributed_to="kcna",
                attribution_quote="According to KCNA",
                date="2024-06",
            ),
            dict(
                subject="north-korea",
                predicate="DEPLOYED_TO",
                object="kursk",
                q=2,
                credibility=3,
                attributed_to="nis",
                attribution_quote="The NIS says",
                quantity=10000,
                quantity_bound="at_least",
                unit="soldiers",
                valid_from="2024-10",
            ),
            dict(
                subject="plant-11", predicate="SUPPLIED", object="russia", q=3, credibility=4, hedged=True, item="kn-23"
            ),
            dict(subject="kim-jong-un", predicate="LEADS", object="north-korea", q=4, credibility=1),
        ],
    ),
    "doc-b": (
        "Troops in Kursk",
        "Other Daily",
        "2025-02",
        [
            "Some 12000 North Korean soldiers are in the Kursk region, officials said.",
            "Kim and Putin met again, sources claim.",
            "Russia signed the treaty as well.",
        ],
        [
            dict(
                subject="north-korea",
                predicate="DEPLOYED_TO",
                object="kursk",
                q=0,
                credibility=3,
                quantity=12000,
                quantity_bound="approx",
                unit="soldiers",
                valid_from="2024-11",
            ),
            dict(subject="kim-jong-un", predicate="MET_WITH", object="putin", q=1, credibility=4, hedged=True),
            dict(subject="russia", predicate="SIGNED", object="treaty-2024", q=2, credibility=2, date="2024"),
        ],
    ),
    "doc-c": (
        "Undated note",
        None,
        None,
        [
            "Kursk is in Russia.",
        ],
        [
            dict(subject="kursk", predicate="LOCATED_IN", object="russia", q=0, credibility=1),
        ],
    ),
}

PREDICATES = ("LEADS", "MET_WITH", "SIGNED", "DEPLOYED_TO", "SUPPLIED", "LOCATED_IN", "ANNOUNCED")


def write_dataset(root: Path, *, hostile: bool = False) -> tuple[Path, Path]:
    """Write the test dataset under *root*; return ``(data_dir, schema_dir)``.

    With *hostile*, a document, its title and outlet, an entity name and alias, an
    attribution note and a claim carry :data:`HOSTILE`.
    """
    data, schema = root / "data", root / "schema"
    (data / "claims").mkdir(parents=True, exist_ok=True)
    schema.mkdir(parents=True, exist_ok=True)
    if not (schema / "types").exists():
        shutil.copytree(default_schema_dir() / "types", schema / "types")
    write_predicates(schema / "predicates.yaml", PREDICATES)
    entities = [dict(e) for e in ENTITIES]
    documents = {k: (t, o, d, list(s), [dict(c) for c in cs]) for k, (t, o, d, s, cs) in DOCUMENTS.items()}
    if hostile:
        entities.append(
            {
                "id": "hostile-entity",
                "type": "Group",
                "name": "Evil <b>group</b> </script> href",
                "aliases": ["<img src=x onerror=alert(1)>"],
                "description": HOSTILE,
            }
        )
        documents["doc-x"] = (
            f"Hostile {HOSTILE}",
            "Outlet <script>alert(1)</script>",
            "2025-03-01",
            [HOSTILE],
            [
                dict(
                    subject="hostile-entity",
                    predicate="MET_WITH",
                    object="kim-jong-un",
                    q=0,
                    credibility=3,
                    attributed_to="nis",
                    attribution_quote="Officials said",
                    attribution_note=HOSTILE,
                    note=HOSTILE,
                    date="2025-02",
                )
            ],
        )
    doc_rows = []
    for i, (did, (title, outlet, date, sentences, claims)) in enumerate(documents.items()):
        header = f" date {date} " if date else ""
        text = header + "\n".join(sentences) + "\n"
        fname = f"{i:03d}_{did}.txt"
        (data / fname).write_text(text, encoding="utf-8", newline="")
        raw = (data / fname).read_bytes()
        doc_rows.append(
            {
                "id": did,
                "file": fname,
                "title": title,
                "outlet": outlet,
                "author": None,
                "date": date,
                "language": "en",
                "sha256": hashlib.sha256(raw).hexdigest(),
                "reliability": "C",
                "url": None,
            }
        )
        rows = []
        for c in claims:
            c = dict(c)
            c["quote"] = sentences[c.pop("q")]
            rows.append(c)
        (data / "claims" / f"{i:03d}.yaml").write_text(
            yaml.safe_dump({"document": did, "claims": rows}, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    (data / "documents.yaml").write_text(
        yaml.safe_dump(doc_rows, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    (data / "entities.yaml").write_text(yaml.safe_dump(entities, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return data, schema


def load_test_dataset(root: Path, *, hostile: bool = False):
    data, schema = write_dataset(root, hostile=hostile)
    return load_dataset(data, schema=load_schema(schema), use_cache=False)
