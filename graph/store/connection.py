"""Where ``kg load`` and ``kg query`` connect: a real Neo4j, or the local server.

``NEO4J_URI`` (``bolt://``, ``neo4j://`` for a cluster, ``+s``/``+ssc`` for TLS) with
``NEO4J_USER``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` selects a real Neo4j. Without it
the local ArcadeDB server of ``$KG_HOME`` is used, and started when it is not running (the
start is announced on stderr). Passwords never appear in messages: URIs are shown without
their user-info part and any error text is scrubbed of the password.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit, urlunsplit

from graph.errors import KGError

from . import server
from .defaults import DEFAULT_CONNECTION_TIMEOUT

__all__ = ["Target", "ConnectionFailed", "resolve_target", "connect", "safe_uri",
           "DEFAULT_CONNECTION_TIMEOUT", "driver_errors", "describe_error"]


class ConnectionFailed(KGError):
    """The database could not be reached or refused the login."""


def safe_uri(uri: str) -> str:
    """*uri* without any ``user:password@`` part.

    Examples
    --------
    >>> safe_uri("neo4j+s://alice:s3cret@db.example.org:7687")
    'neo4j+s://db.example.org:7687'
    """
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<unparsable URI>"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


@dataclass(frozen=True)
class Target:
    """A database to talk to. ``password`` is excluded from ``repr``."""

    uri: str
    user: str
    password: str = field(repr=False)
    database: str
    local: bool
    home: Path | None = None

    @property
    def display(self) -> str:
        """URI and database for messages (never the password)."""
        return f"{safe_uri(self.uri)} (database {self.database})"

    def scrub(self, text: str) -> str:
        """*text* with the password replaced by ``***``."""
        return text.replace(self.password, "***") if self.password else text


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def resolve_target(*, home: Path | None = None, port: int | None = None, start: bool = True,
                   notify: Callable[[str], None] = _stderr) -> Target:
    """Pick the database from the environment, starting the local server if needed.

    Parameters
    ----------
    home, port : optional
        Local server home folder and Bolt port (default ``$KG_HOME``/``$KG_BOLT_PORT``).
    start : bool
        Start the local server when it is not running (else fail).
    notify : callable
        Receives the "starting the local server" message.
    """
    uri = os.environ.get("NEO4J_URI")
    if uri:
        parts = urlsplit(uri)
        user = os.environ.get("NEO4J_USER") or parts.username or "neo4j"
        password = os.environ.get("NEO4J_PASSWORD") or parts.password or ""
        database = os.environ.get("NEO4J_DATABASE") or "neo4j"
        # Credentials travel as auth, never inside the URI (the driver would echo it in errors).
        return Target(uri=safe_uri(uri), user=user, password=password, database=database, local=False)

    cfg = server.running_config(home)
    if cfg is None:
        cfg = server.ServerConfig.from_env(home=home, port=port)
        if not start:
            raise ConnectionFailed(f"the local server of {cfg.home} is not running; start it with `kg db start`")
        notify(f"NEO4J_URI is not set: starting the local server ({cfg.uri}, data in {cfg.db_dir}) ...")
        server.start(cfg)
        cfg = server.running_config(cfg.home) or cfg
    password = server.read_password(cfg) or ""
    database = os.environ.get("NEO4J_DATABASE") or cfg.database
    return Target(uri=cfg.uri, user=server.USER, password=password, database=database,
                  local=True, home=cfg.home)


def driver_errors() -> tuple[type[BaseException], ...]:
    """The exception classes meaning "the database or the connection failed".

    A server stopped mid-load surfaces as several of them (ServiceUnavailable, AuthError,
    DatabaseError, SessionExpired, a bare OSError), so callers catch them all.
    """
    from neo4j.exceptions import DriverError, Neo4jError

    return (DriverError, Neo4jError, OSError)


def describe_error(exc: BaseException) -> str:
    """A one-line description of a driver error (class name and the server's message)."""
    msg = getattr(exc, "message", None) or str(exc) or ""
    msg = " ".join(str(msg).split())
    return f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__


def connect(target: Target, *, connection_timeout: float = DEFAULT_CONNECTION_TIMEOUT,
            retry_seconds: float | None = None, verify: bool = True):
    """Open a ``neo4j.Driver`` for *target* and check that it can log in.

    Parameters
    ----------
    target : Target
        Where to connect.
    connection_timeout : float
        Seconds to establish a connection; an unreachable server fails within it.
    retry_seconds : float, optional
        How long managed transactions (``execute_write``) retry transient failures:
        default 15 s for a real Neo4j (a cluster may be electing a leader), 5 s for the
        local server (if it is gone, waiting longer does not bring it back).
    verify : bool
        Check connectivity and credentials now (raises :class:`ConnectionFailed`).

    Returns
    -------
    neo4j.Driver
    """
    import neo4j

    if retry_seconds is None:
        retry_seconds = 5.0 if target.local else 15.0
    try:
        driver = neo4j.GraphDatabase.driver(
            target.uri, auth=(target.user, target.password),
            connection_timeout=connection_timeout,
            # Bounded so that an unreachable routing table cannot wait the default 60 s.
            connection_acquisition_timeout=connection_timeout + 5.0,
            max_transaction_retry_time=retry_seconds,
            user_agent="osint-kg",
        )
    except (ValueError, neo4j.exceptions.ConfigurationError) as exc:
        raise ConnectionFailed(f"invalid database URI {safe_uri(target.uri)}: {target.scrub(str(exc))}") from None
    if verify:
        try:
            driver.verify_connectivity()
        except neo4j.exceptions.AuthError:
            driver.close()
            raise ConnectionFailed(f"{target.display} refused the login for user {target.user!r}; "
                                   "check NEO4J_USER/NEO4J_PASSWORD") from None
        except driver_errors() as exc:
            driver.close()
            raise ConnectionFailed(f"cannot reach {target.display} within {connection_timeout:g}s: "
                                   f"{target.scrub(describe_error(exc))}") from None
    return driver
