"""The benchmark's baseline: the same rows written with plain ``UNWIND … CREATE``.

No diff, no guards, no count check: what the raw driver does at best on an empty database.
``scripts/bench_load.py`` reports the loader's rate as a ratio to this one, measured in the
same run on the same rows.
"""

from __future__ import annotations

import time

from .cypher import label_expr, statement
from .loader import ensure_schema, split_batches
from .rows import CLAIM_REF_TYPES, Rows, claim_ref_rows

__all__ = ["raw_create"]


def raw_create(driver, database: str, rows: Rows, *, batch_size: int) -> float:
    """Write *rows* with plain CREATE statements; return the seconds spent writing.

    The constraints and indexes are created first (outside the timing), as the loader
    does, so that endpoint lookups are indexed in both.
    """
    refs = claim_ref_rows(rows.claims)
    steps = [(statement("raw_entity", LABELS=label_expr(labels)), group) for labels, group in rows.entities.items()]
    steps += [(statement("raw_document"), rows.documents), (statement("raw_claim"), rows.claims)]
    steps += [(statement("raw_claim_ref", TYPE=label_expr([t])), refs[t]) for t in CLAIM_REF_TYPES]
    steps += [(statement("raw_link", TYPE=label_expr([p])), group) for p, group in rows.links.items()]
    with driver.session(database=database) as session:
        ensure_schema(session)
        t0 = time.perf_counter()
        for text, group in steps:
            for batch in split_batches(group, batch_size):
                params = {"dataset": rows.dataset, "rows": batch}
                session.execute_write(lambda tx, text=text, params=params: tx.run(text, params).consume())
        return time.perf_counter() - t0
