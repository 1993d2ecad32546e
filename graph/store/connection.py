"""Where ``kg load`` and ``kg query`` connect: a Neo4j named by ``NEO4J_URI``, or the local one.

``NEO4J_URI`` (``bolt://``, ``neo4j://`` for a cluster or Aura, ``+s``/``+ssc`` for TLS)
with ``NEO4J_USER``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` selects any Neo4j. Without it
the local Neo4j of ``$KG_HOME`` is used, and started when it is not running (the start is
announced on stderr). Without ``NEO4J_DATABASE`` every session goes to the server's home
database (the driver asks the server which it is).

The URI is parsed and checked here, before the driver sees it, so a malformed one is a
one-line error; credentials are taken out of it and never echoed. Passwords never appear in
messages: URIs are shown without their user-info part and any error text is scrubbed of
the password.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from graph.errors import KGError

from . import server
from .defaults import DEFAULT_CONNECTION_TIMEOUT

__all__ = [
    "DEFAULT_CONNECTION_TIMEOUT",
    "SCHEMES",
    "ConnectionFailed",
    "ParsedURI",
    "Target",
    "connect",
    "describe_error",
    "driver_errors",
    "parse_uri",
    "resolve_target",
    "route_driver_logs",
    "safe_uri",
]

#: The URI schemes the official driver speaks.
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_HOST = re.compile(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,252})?\Z")


class ConnectionFailed(KGError):
    """The database could not be reached or refused the login."""


@dataclass(frozen=True)
class ParsedURI:
    """A checked ``NEO4J_URI``: the address the driver gets, and credentials taken out of it."""

    uri: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)


def parse_uri(uri: str) -> ParsedURI:
    """Check *uri* and split off its ``user:password@`` part.

    The user-info part is cut at the last ``@`` before the host, so a password holding
    ``/``, ``#``, ``?`` or ``@`` stays whole. Raises :class:`ConnectionFailed` with a
    message that never contains the credentials.

    Examples
    --------
    >>> p = parse_uri("neo4j+s://alice:s3c/r#t@db.example.org:7687")
    >>> p.uri, p.user, p.password
    ('neo4j+s://db.example.org:7687', 'alice', 's3c/r#t')
    >>> try:
    ...     parse_uri("http://neo4j:pw@localhost:7474")
    ... except ConnectionFailed as exc:
    ...     print(str(exc).split(" (")[0])
    NEO4J_URI: unsupported scheme 'http'
    """
    uri = uri.strip()
    scheme, sep, rest = uri.partition("://")
    scheme = scheme.lower()
    if not sep:
        raise ConnectionFailed("NEO4J_URI must look like bolt://HOST:PORT or neo4j://HOST:PORT")
    if scheme not in SCHEMES:
        shown = scheme if re.fullmatch(r"[a-z0-9+.-]{1,20}", scheme) else "?"
        raise ConnectionFailed(f"NEO4J_URI: unsupported scheme {shown!r} (use one of {', '.join(SCHEMES)})")
    user = password = None
    # The host part ends at the first / ? or # after the last @ (user-info may hold any of them).
    at = rest.rfind("@")
    if at >= 0:
        userinfo, rest = rest[:at], rest[at + 1 :]
        name, colon, secret = userinfo.partition(":")
        user = unquote(name) or None
        password = unquote(secret) if colon else None
    m = re.match(r"([^/?#]*)(.*)\Z", rest, re.DOTALL)
    hostport, tail = (m.group(1), m.group(2)) if m else (rest, "")
    if tail.startswith("/") and tail.strip("/") and not tail.startswith("/?"):
        raise ConnectionFailed(
            "NEO4J_URI: a path is not allowed after the host (name the database with NEO4J_DATABASE)"
        )
    query = tail.lstrip("/")
    if query and not scheme.startswith("neo4j"):
        raise ConnectionFailed("NEO4J_URI: a routing context (?...) is only allowed with neo4j:// URIs")
    if query.startswith("#") or "#" in query:
        raise ConnectionFailed("NEO4J_URI: a fragment (#...) is not allowed")
    if hostport.startswith("["):
        host, bracket, port_text = hostport[1:].partition("]")
        if not bracket or not re.fullmatch(r"[0-9A-Fa-f:.%a-z]+", host) or ":" not in host:
            raise ConnectionFailed("NEO4J_URI: malformed IPv6 address (write it as [::1]:7687)")
        if port_text and not port_text.startswith(":"):
            raise ConnectionFailed("NEO4J_URI: malformed IPv6 address (write it as [::1]:7687)")
        port_text = port_text[1:]
        shown_host = f"[{host}]"
    else:
        host, _c, port_text = hostport.partition(":")
        if not host or not _HOST.match(host):
            raise ConnectionFailed("NEO4J_URI: missing or malformed host name")
        shown_host = host
    if port_text:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ConnectionFailed("NEO4J_URI: the port must be a number from 1 to 65535")
        shown_host += f":{int(port_text)}"
    clean = f"{scheme}://{shown_host}" + (f"?{query.lstrip('?')}" if query else "")
    return ParsedURI(clean, user, password)


def safe_uri(uri: str) -> str:
    """*uri* without any ``user:password@`` part.

    Examples
    --------
    >>> safe_uri("neo4j+s://alice:s3cret@db.example.org:7687")
    'neo4j+s://db.example.org:7687'
    """
    try:
        return parse_uri(uri).uri
    except ConnectionFailed:
        return "<malformed URI>"


@dataclass(frozen=True)
class Target:
    """A database to talk to. ``password`` is excluded from ``repr``."""

    uri: str
    user: str
    password: str = field(repr=False)
    database: str | None
    local: bool
    home: Path | None = None

    @property
    def display(self) -> str:
        """URI and database for messages (never the password)."""
        return f"{safe_uri(self.uri)} ({f'database {self.database}' if self.database else 'home database'})"

    def scrub(self, text: str) -> str:
        """*text* with the password replaced by ``***``."""
        return text.replace(self.password, "***") if self.password else text


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def resolve_target(
    *, home: Path | None = None, port: int | None = None, start: bool = True, notify: Callable[[str], None] = _stderr
) -> Target:
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
    database = os.environ.get("NEO4J_DATABASE") or None
    uri = os.environ.get("NEO4J_URI")
    if uri:
        parsed = parse_uri(uri)
        user = os.environ.get("NEO4J_USER") or parsed.user or "neo4j"
        password = os.environ.get("NEO4J_PASSWORD") or parsed.password or ""
        # Credentials travel as auth, never inside the URI (the driver would echo it in errors).
        return Target(uri=parsed.uri, user=user, password=password, database=database, local=False)

    cfg = server.running_config(home)
    if cfg is None:
        cfg = server.ServerConfig.from_env(home=home, port=port)
        if not start:
            raise ConnectionFailed(f"the local server of {cfg.home} is not running; start it with `kg db start`")
        notify(f"NEO4J_URI is not set: starting the local server ({cfg.uri}, data in {cfg.db_dir}) ...")
        server.start(cfg)
        cfg = server.running_config(cfg.home) or cfg
    password = server.read_password(cfg) or ""
    return Target(uri=cfg.uri, user=server.USER, password=password, database=database, local=True, home=cfg.home)


class _DriverLogHandler(logging.Handler):
    """Hands the driver's log records to a callback, scrubbed of the password.

    Server notifications are left out: ``kg query`` reads them from the result summary
    (and prints them once), and the loader's own statements raise only expected ones
    ("property key does not exist" on a first load into an empty database).
    """

    def __init__(self, target: Target, sink: Callable[[str], None]):
        super().__init__(logging.WARNING)
        self.target, self.sink = target, sink

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("neo4j.notifications"):
            return
        with contextlib.suppress(Exception):  # logging must never break a query
            self.sink(self.target.scrub(" ".join(record.getMessage().split())))


def route_driver_logs(target: Target, sink: Callable[[str], None] | None) -> None:
    """Send the driver's warnings (server notifications among them) to *sink*, or nowhere.

    Without this the ``neo4j`` logger has no handler and Python prints its warnings raw on
    stderr. Only warnings and worse are passed on.
    """
    log = logging.getLogger("neo4j")
    for h in list(log.handlers):
        if isinstance(h, (_DriverLogHandler, logging.NullHandler)):
            log.removeHandler(h)
    log.addHandler(_DriverLogHandler(target, sink) if sink else logging.NullHandler())
    log.propagate = False


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


def connect(
    target: Target,
    *,
    connection_timeout: float = DEFAULT_CONNECTION_TIMEOUT,
    retry_seconds: float | None = None,
    verify: bool = True,
    log: Callable[[str], None] | None = None,
):
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
    log : callable, optional
        Receives the driver's warnings as one-line messages (default: dropped).

    Returns
    -------
    neo4j.Driver
    """
    import neo4j

    if retry_seconds is None:
        retry_seconds = 5.0 if target.local else 15.0
    route_driver_logs(target, log)
    try:
        driver = neo4j.GraphDatabase.driver(
            target.uri,
            auth=(target.user, target.password),
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
            raise ConnectionFailed(
                f"{target.display} refused the login for user {target.user!r}; check NEO4J_USER/NEO4J_PASSWORD"
            ) from None
        except driver_errors() as exc:
            driver.close()
            raise ConnectionFailed(
                f"cannot reach {target.display} within {connection_timeout:g}s: {target.scrub(describe_error(exc))}"
            ) from None
    return driver
