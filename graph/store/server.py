"""The zero-setup local server: real Neo4j Community, run as a background Java process.

``kg db install`` fetched Neo4j's jars with Maven (:mod:`graph.store.install`); ``kg db
start`` runs them through a small launcher (``graph/store/neo4j/src``) that embeds the DBMS
with Bolt bound to 127.0.0.1, authentication on, ``LOAD CSV`` file URLs refused and a
server-side transaction timeout. Everything the server owns lives under one home folder
(``.kg/`` in the current directory, or ``$KG_HOME``)::

    .kg/
      db/               Neo4j's home (data/, logs/, an empty import/)
      log/server.log    the launcher's stdout/stderr
      server.pid        pid of the running Java process
      server.json       port and Neo4j version of the running server
      password          the ``neo4j`` user's password, generated on first start, mode 0600

The password never appears on a command line or in a log: the launcher reads it from the
file and sets it through the embedded API before Bolt clients can log in.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from graph.errors import KGError

__all__ = [
    "DEFAULT_BOLT_PORT",
    "DEFAULT_DATABASE",
    "USER",
    "ServerConfig",
    "ServerError",
    "ServerStatus",
    "free_port",
    "java_command",
    "kg_home",
    "log_tail",
    "read_password",
    "running_config",
    "start",
    "status",
    "stop",
]

DEFAULT_BOLT_PORT = 7687
#: Neo4j Community has one user database; it is the server's home database.
DEFAULT_DATABASE = "neo4j"
USER = "neo4j"
#: Marker looked for in /proc/PID/cmdline so ``stop`` never signals a recycled pid.
_CMD_MARKER = "org.osintkg.neo4j.Launcher"


class ServerError(KGError):
    """The local server could not be started, stopped or reached."""


def kg_home() -> Path:
    """Return the folder holding the local server's data, logs and password.

    ``$KG_HOME`` when set, else ``.kg`` in the current directory.
    """
    return Path(os.environ.get("KG_HOME") or ".kg").absolute()


@dataclass(frozen=True)
class ServerConfig:
    """Where the local server keeps its files and which port it listens on.

    Parameters
    ----------
    home : Path
        The home folder (see the module docstring).
    port : int
        Bolt port on 127.0.0.1 (``$KG_BOLT_PORT``, default 7687).
    database : str
        Name of the database created on first start.
    heap : str
        Maximum JVM heap (``$KG_DB_HEAP``, default ``1g``).
    pagecache : str
        Neo4j's page cache (``$KG_DB_PAGECACHE``, default ``512m``).
    tx_timeout : int
        Server-side limit on any one transaction, in seconds (``$KG_DB_TX_TIMEOUT``,
        default 600): a backstop for runaway queries, far above any load batch.
    startup_cache : bool
        Start with the startup cache set-up recorded (:mod:`graph.store.startup_cache`),
        when there is one (``$KG_DB_STARTUP_CACHE=off`` turns it off).
    """

    home: Path
    port: int = DEFAULT_BOLT_PORT
    database: str = DEFAULT_DATABASE
    heap: str = "1g"
    pagecache: str = "512m"
    tx_timeout: int = 600
    startup_cache: bool = True

    @classmethod
    def from_env(cls, home: Path | None = None, port: int | None = None) -> ServerConfig:
        """Build a config from arguments, falling back to ``$KG_HOME``/``$KG_BOLT_PORT``."""
        if port is None:
            raw = os.environ.get("KG_BOLT_PORT")
            try:
                port = int(raw) if raw else DEFAULT_BOLT_PORT
            except ValueError:
                raise ServerError(f"KG_BOLT_PORT must be a port number, not {raw!r}") from None
        if not 0 < port < 65536:
            raise ServerError(f"invalid Bolt port {port}")
        timeout = os.environ.get("KG_DB_TX_TIMEOUT") or "600"
        if not timeout.isdigit() or int(timeout) < 1:
            raise ServerError(f"KG_DB_TX_TIMEOUT must be a whole number of seconds, not {timeout!r}")
        cache = (os.environ.get("KG_DB_STARTUP_CACHE") or "on").strip().lower()
        if cache not in ("on", "off"):
            raise ServerError(f"KG_DB_STARTUP_CACHE must be 'on' or 'off', not {cache!r}")
        cfg = cls(
            home=(home or kg_home()).absolute(),
            port=port,
            heap=os.environ.get("KG_DB_HEAP") or "1g",
            pagecache=os.environ.get("KG_DB_PAGECACHE") or "512m",
            tx_timeout=int(timeout),
            startup_cache=cache == "on",
        )
        _size_bytes(cfg.heap, "KG_DB_HEAP")
        _size_bytes(cfg.pagecache, "KG_DB_PAGECACHE")
        return cfg

    # Paths -------------------------------------------------------------------------------
    @property
    def db_dir(self) -> Path:
        return self.home / "db"

    @property
    def log_dir(self) -> Path:
        return self.home / "log"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "server.log"

    @property
    def pid_file(self) -> Path:
        return self.home / "server.pid"

    @property
    def state_file(self) -> Path:
        return self.home / "server.json"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def jvm_error_file(self) -> str:
        """The JVM's crash log pattern (``%p`` is the pid)."""
        return str(self.log_dir / "hs_err_pid%p.log")

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"


@dataclass(frozen=True)
class ServerStatus:
    """What ``kg db status`` reports."""

    running: bool
    pid: int | None
    uri: str | None
    database: str | None
    home: str
    data_bytes: int
    neo4j_version: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _size_bytes(text: str, what: str) -> int:
    """``512m``/``1g``/``1048576`` as bytes; raises :class:`ServerError` naming *what*.

    Examples
    --------
    >>> _size_bytes("512m", "heap")
    536870912
    """
    m = re.fullmatch(r"(\d+)([kmg]?)", text.strip().lower())
    if not m or int(m.group(1)) == 0:
        raise ServerError(f"{what} must be a size such as 512m or 2g, not {text!r}")
    return int(m.group(1)) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2)]


# Password -----------------------------------------------------------------------------------
def read_password(cfg: ServerConfig) -> str | None:
    """Return the stored ``neo4j`` password (``cfg.password_file``), or None before the first start."""
    try:
        return cfg.password_file.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None


def _ensure_password(cfg: ServerConfig) -> str:
    existing = read_password(cfg)
    if existing:
        return existing
    password = secrets.token_urlsafe(24)
    fd = os.open(cfg.password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(password + "\n")
    return password


# Process bookkeeping ------------------------------------------------------------------------
def _read_pid(cfg: ServerConfig) -> int | None:
    try:
        return int(cfg.pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def _is_our_process(pid: int) -> bool:
    """True when ``pid`` is alive and is a ``graph.store.server`` child (not a reused pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True  # no /proc (macOS): trust the pid file
    # A zombie has an empty cmdline: it is not serving anything.
    return _CMD_MARKER in cmdline


def _running_pid(cfg: ServerConfig) -> int | None:
    pid = _read_pid(cfg)
    if pid is not None and _is_our_process(pid):
        return pid
    return None


def _read_state(cfg: ServerConfig) -> dict:
    try:
        return json.loads(cfg.state_file.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def _state_config(cfg: ServerConfig) -> ServerConfig | None:
    """*cfg* with the port and database the running child wrote to ``server.json``.

    None while there is no such file (the child has not come up yet).
    """
    state = _read_state(cfg)
    if "port" not in state:
        return None
    return replace(cfg, port=int(state["port"]))


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _wait_port_free(port: int, timeout: float) -> bool:
    """Wait up to *timeout* seconds until *port* can be bound on 127.0.0.1; True when it can."""
    deadline = time.monotonic() + timeout
    while not _port_free(port):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (the one helper: tests and scripts use it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _dir_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.path.getsize(os.path.join(root, name))
    return total


def log_tail(path: Path, lines: int = 15) -> str:
    """The last *lines* lines of a log file, or "" when it does not exist (for error messages).

    >>> log_tail(Path("/nonexistent/server.log"))
    ''
    """
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _said_ready(log_file: Path, since: int) -> bool:
    """Whether the launcher printed ``KG-READY`` in ``log_file`` after byte ``since``."""
    with open(log_file, "rb") as log:
        log.seek(since)
        return b"KG-READY" in log.read()


# Public API ---------------------------------------------------------------------------------
def status(cfg: ServerConfig) -> ServerStatus:
    """Report whether the local server of ``cfg.home`` is running, and where."""
    pid = _running_pid(cfg)
    live = _state_config(cfg) if pid else None
    return ServerStatus(
        running=pid is not None,
        pid=pid,
        uri=live.uri if live else None,
        database=live.database if live else None,
        home=str(cfg.home),
        data_bytes=_dir_size(cfg.db_dir / "data") if cfg.db_dir.exists() else 0,
        neo4j_version=_read_state(cfg).get("neo4j_version") if live else None,
    )


def running_config(home: Path | None = None) -> ServerConfig | None:
    """Return the config of the server running for ``home`` (its real port), or None."""
    cfg = ServerConfig.from_env(home=home)
    if _running_pid(cfg) is None:
        return None
    return _state_config(cfg) or cfg


def start(cfg: ServerConfig, timeout: float = 90.0, *, record_cache: Path | None = None) -> int:
    """Start the local server in the background and wait until Bolt answers.

    Parameters
    ----------
    cfg : ServerConfig
        Home folder and port.
    timeout : float
        Seconds to wait for the server to accept a Bolt login.
    record_cache : Path, optional
        Record a startup cache here as the server exits (the training run of
        :func:`graph.store.startup_cache.record`) instead of using the installed one.

    Returns
    -------
    int
        The pid of the server process.

    Raises
    ------
    ServerError
        Already running for this home, port taken, or the server did not come up (the
        message includes the end of ``server.log``).
    graph.store.install.InstallError
        Neo4j has not been installed (``kg db install``).
    """
    cfg.home.mkdir(parents=True, exist_ok=True)
    pid = _running_pid(cfg)
    if pid is not None:
        live = _state_config(cfg)
        raise ServerError(
            f"the local server is already running (pid {pid}, {live.uri if live else 'port unknown'}, home {cfg.home})"
        )
    if not _port_free(cfg.port):
        raise ServerError(
            f"port {cfg.port} on 127.0.0.1 is in use by another program; choose another with --port or KG_BOLT_PORT"
        )
    cfg.log_dir.mkdir(parents=True, exist_ok=True)
    cfg.db_dir.mkdir(parents=True, exist_ok=True)
    password = _ensure_password(cfg)
    cfg.pid_file.unlink(missing_ok=True)
    cfg.state_file.unlink(missing_ok=True)

    cmd = java_command(cfg, record_cache=record_cache)
    with open(cfg.log_file, "ab") as log:
        log.write(f"\n--- start {time.strftime('%Y-%m-%d %H:%M:%S')} port {cfg.port}\n".encode())
        log.flush()
        # Only this start's lines count: the log keeps every earlier start's KG-READY.
        since = log.tell()
        # start_new_session: the server outlives the terminal and ^C of the caller.
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log, cwd=str(cfg.home), start_new_session=True
        )
    cfg.pid_file.write_text(f"{proc.pid}\n")

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        code = proc.poll()
        if code is not None:
            cfg.pid_file.unlink(missing_ok=True)
            raise ServerError(
                f"the local server exited during start (status {code}); end of {cfg.log_file}:\n{log_tail(cfg.log_file)}"
            )
        version = _bolt_version(cfg, password) if _said_ready(cfg.log_file, since) else None
        if version:
            tmp = cfg.state_file.with_suffix(".tmp")
            tmp.write_text(json.dumps({"pid": proc.pid, "port": cfg.port, "neo4j_version": version}), encoding="utf-8")
            tmp.replace(cfg.state_file)
            return proc.pid
        time.sleep(0.25)
    _terminate(proc.pid, grace=10.0)
    cfg.pid_file.unlink(missing_ok=True)
    raise ServerError(
        f"the local server did not accept Bolt connections on {cfg.uri} within {timeout:.0f}s; "
        f"end of {cfg.log_file}:\n{log_tail(cfg.log_file)}"
    )


def java_command(cfg: ServerConfig, *, record_cache: Path | None = None) -> list[str]:
    """The command that runs the launcher for *cfg*: one list item per argument.

    The heap, the crash-log path and every path are separate items, so a home folder with
    a space in its name stays one argument. The installation's startup cache is used when
    set-up recorded one (:mod:`graph.store.startup_cache`); *record_cache* records one
    instead. Raises :class:`graph.store.install.InstallError` when ``kg db install`` has
    not run.
    """
    from .install import installed
    from .startup_cache import cache_file

    inst = installed()
    flags = [
        f"-Xmx{cfg.heap}",
        f"-XX:ErrorFile={cfg.jvm_error_file}",
        "-XX:+ExitOnOutOfMemoryError",
        "-Dfile.encoding=UTF-8",
    ]
    cache = cache_file(inst)
    if record_cache is not None:
        flags.append(f"-XX:AOTCacheOutput={record_cache}")
    elif cfg.startup_cache and cache is not None and cache.exists():
        flags.append(f"-XX:AOTCache={cache}")
    if inst.java_version >= 22:
        flags.append("--enable-native-access=ALL-UNNAMED")  # Neo4j's native helpers, without a warning
    return [
        str(inst.java),
        *flags,
        "-cp",
        inst.classpath,
        _CMD_MARKER,
        str(cfg.db_dir),
        str(cfg.port),
        str(cfg.password_file),
        str(_size_bytes(cfg.pagecache, "page cache")),
        str(cfg.tx_timeout),
    ]


def _bolt_version(cfg: ServerConfig, password: str) -> str | None:
    """The Neo4j version when a driver can log in and query the server, else None."""
    import neo4j  # deferred: importing the driver costs ~0.2 s on every kg command
    from neo4j.exceptions import DriverError, Neo4jError

    try:
        # One attempt in an auto-commit transaction: execute_query would retry with a growing
        # back-off for up to 30 s, while start() polls every 0.25 s itself.
        with (
            neo4j.GraphDatabase.driver(cfg.uri, auth=(USER, password), connection_timeout=2.0) as driver,
            driver.session() as session,
        ):
            record = session.run(
                "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS v"
            ).single()
        return str(record["v"]) if record else "unknown"
    except (DriverError, Neo4jError, OSError):
        return None


def _terminate(pid: int, grace: float) -> bool:
    """SIGTERM ``pid`` (its whole session), escalate to SIGKILL after ``grace`` seconds.

    Returns True when the process ended gracefully.
    """
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return True
    if _wait_exit(pid, grace):
        return True
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return True
    _wait_exit(pid, 5.0)
    return False


def _wait_exit(pid: int, timeout: float) -> bool:
    """Wait up to *timeout* seconds for *pid* to end; True when it did."""
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def _reap(pid: int) -> None:
    """Collect the exit status if *pid* is our own child, so it does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def _dying(pid: int) -> bool:
    """True while *pid* is a killed process still tearing down: its main thread a zombie,
    other threads (which hold its sockets, the Bolt port among them) not yet exited.

    Only a zombie qualifies, so a pid reused by another program is never waited for.
    """
    _reap(pid)
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1]
    except OSError:
        return False
    return state == "Z" and len(tasks) > 1


def _alive(pid: int) -> bool:
    _reap(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1]
    except OSError:
        return True
    if state == "Z":
        # A killed JVM's main thread is a zombie while its other threads, which hold its
        # sockets (the Bolt port), still exit: it is gone only when they are.
        if _dying(pid):
            return True
        _reap(pid)
        return False
    return True


def stop(cfg: ServerConfig, grace: float = 30.0) -> int | None:
    """Stop the local server of ``cfg.home``.

    Returns
    -------
    int or None
        The pid that was stopped, or None when nothing was running (stale pid files are
        cleaned up).
    """
    pid = _running_pid(cfg)
    live = _state_config(cfg)  # the port it served: its state file goes below
    clean = True
    if pid is not None:
        clean = _terminate(pid, grace)
    else:
        last = _read_pid(cfg)
        # Killed a moment ago (SIGKILL, the OOM killer): until its threads have exited it
        # still holds the Bolt port, and the next start would find the port taken.
        if last is not None and _dying(last):
            _wait_exit(last, 10.0)
    if live is not None:
        # Even then the kernel may keep the dead server's sockets on the port a moment longer.
        _wait_port_free(live.port, 10.0)
    cfg.pid_file.unlink(missing_ok=True)
    cfg.state_file.unlink(missing_ok=True)
    if pid is None:
        return None
    if not clean:
        raise ServerError(
            f"the local server (pid {pid}) ignored SIGTERM for {grace:.0f}s "
            "and was killed; the next start recovers the database"
        )
    return pid
