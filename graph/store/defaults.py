"""The store's default settings, in a module with no imports.

The CLI shows them in ``--help`` at start-up; importing them from here costs nothing, where
the modules that use them (``loader``, ``connection``, ``query``) take ~25 ms to import.
"""

from __future__ import annotations

__all__ = ["DEFAULT_BATCH_SIZE", "DEFAULT_CONNECTION_TIMEOUT", "DEFAULT_TIMEOUT"]

#: Rows per write transaction of ``kg load``.
DEFAULT_BATCH_SIZE = 5000
#: Seconds to reach the database.
DEFAULT_CONNECTION_TIMEOUT = 10.0
#: Seconds before ``kg query`` cancels a query.
DEFAULT_TIMEOUT = 30.0
