"""The zero-setup local Bolt server: ArcadeDB from PyPI, run as a background process.

``kg db start`` spawns ``python -m graph.store.server run`` detached from the terminal; that
child starts ArcadeDB (bundled JRE, loaded through JPype by ``arcadedb_embedded``) with the
Bolt plugin bound to 127.0.0.1 and waits for SIGTERM. Everything it owns lives under one
home folder (``.kg/`` in the current directory, or ``$KG_HOME``)::

    .kg/
      db/               ArcadeDB server root (config/, databases/kg/)
      log/server.log    the child's stdout/stderr
      log/arcadedb.log  ArcadeDB's own java.util.logging output
      server.pid        pid of the running child
      server.json       ports and database of the running child
      password          root password, generated on first start, mode 0600

The password never appears on a command line or in a log: the child reads it from the file.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from graph.errors import KGError

__all__ = [
    "DEFAULT_BOLT_PORT",
    "DEFAULT_DATABASE",
    "ServerConfig",
    "ServerError",
    "ServerStatus",
    "kg_home",
    "read_password",
    "start",
    "stop",
    "status",
    "run_foreground",
    "jvm_settings",
]

DEFAULT_BOLT_PORT = 7687
DEFAULT_DATABASE = "kg"
USER = "root"
#: Marker looked for in /proc/PID/cmdline so ``stop`` never signals a recycled pid.
_CMD_MARKER = "graph.store.server"
_BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"


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
        Maximum JVM heap (``$KG_DB_HEAP``, default ``2g``).
    """

    home: Path
    port: int = DEFAULT_BOLT_PORT
    database: str = DEFAULT_DATABASE
    heap: str = "2g"

    @classmethod
    def from_env(cls, home: Path | None = None, port: int | None = None) -> "ServerConfig":
        """Build a config from arguments, falling back to ``$KG_HOME``/``$KG_BOLT_PORT``."""
        if port is None:
            raw = os.environ.get("KG_BOLT_PORT")
            try:
                port = int(raw) if raw else DEFAULT_BOLT_PORT
            except ValueError:
                raise ServerError(f"KG_BOLT_PORT must be a port number, not {raw!r}") from None
        if not 0 < port < 65536:
            raise ServerError(f"invalid Bolt port {port}")
        return cls(home=(home or kg_home()).absolute(), port=port,
                   heap=os.environ.get("KG_DB_HEAP", "2g"))

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
    def logging_properties(self) -> Path:
        return self.log_dir / "logging.properties"

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

    def to_dict(self) -> dict:
        return asdict(self)


# Password -----------------------------------------------------------------------------------
def read_password(cfg: ServerConfig) -> str | None:
    """Return the stored root password (``cfg.password_file``), or None before the first start."""
    try:
        return cfg.password_file.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None


def _ensure_password(cfg: ServerConfig) -> str:
    existing = read_password(cfg)
    if existing:
        return existing
    # ArcadeDB requires at least 8 characters; token_urlsafe(18) gives 24.
    password = secrets.token_urlsafe(18)
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
    return replace(cfg, port=int(state["port"]), database=state.get("database", cfg.database))


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _dir_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total


def _tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


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
        data_bytes=_dir_size(cfg.db_dir) if cfg.db_dir.exists() else 0,
    )


def running_config(home: Path | None = None) -> ServerConfig | None:
    """Return the config of the server running for ``home`` (its real port), or None."""
    cfg = ServerConfig.from_env(home=home)
    if _running_pid(cfg) is None:
        return None
    return _state_config(cfg) or cfg


def start(cfg: ServerConfig, timeout: float = 90.0) -> int:
    """Start the local server in the background and wait until Bolt answers.

    Parameters
    ----------
    cfg : ServerConfig
        Home folder and port.
    timeout : float
        Seconds to wait for the server to accept a Bolt login.

    Returns
    -------
    int
        The pid of the server process.

    Raises
    ------
    ServerError
        Already running for this home, port taken, or the server did not come up (the
        message includes the end of ``server.log``).
    """
    cfg.home.mkdir(parents=True, exist_ok=True)
    pid = _running_pid(cfg)
    if pid is not None:
        live = _state_config(cfg)
        raise ServerError(
            f"the local server is already running (pid {pid}, "
            f"{live.uri if live else 'port unknown'}, home {cfg.home})"
        )
    if not _port_free(cfg.port):
        raise ServerError(
            f"port {cfg.port} on 127.0.0.1 is in use by another program; "
            "choose another with --port or KG_BOLT_PORT"
        )
    cfg.log_dir.mkdir(parents=True, exist_ok=True)
    cfg.db_dir.mkdir(parents=True, exist_ok=True)
    password = _ensure_password(cfg)
    cfg.pid_file.unlink(missing_ok=True)
    cfg.state_file.unlink(missing_ok=True)

    cmd = [sys.executable, "-m", _CMD_MARKER, "run", "--home", str(cfg.home),
           "--port", str(cfg.port), "--database", cfg.database, "--heap", cfg.heap]
    with open(cfg.log_file, "ab") as log:
        log.write(f"\n--- start {time.strftime('%Y-%m-%d %H:%M:%S')} port {cfg.port}\n".encode())
        log.flush()
        # start_new_session: the server outlives the terminal and ^C of the caller.
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                cwd=str(cfg.home), start_new_session=True)
    cfg.pid_file.write_text(f"{proc.pid}\n")

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        code = proc.poll()
        if code is not None:
            cfg.pid_file.unlink(missing_ok=True)
            raise ServerError(
                f"the local server exited during start (status {code}); "
                f"end of {cfg.log_file}:\n{_tail(cfg.log_file)}"
            )
        if cfg.state_file.exists() and _bolt_ready(cfg, password):
            return proc.pid
        time.sleep(0.25)
    _terminate(proc.pid, grace=10.0)
    cfg.pid_file.unlink(missing_ok=True)
    raise ServerError(
        f"the local server did not accept Bolt connections on {cfg.uri} within {timeout:.0f}s; "
        f"end of {cfg.log_file}:\n{_tail(cfg.log_file)}"
    )


def _bolt_ready(cfg: ServerConfig, password: str) -> bool:
    """True when a driver can log in and run ``RETURN 1`` on the server's database."""
    import neo4j  # deferred: importing the driver costs ~0.2 s on every kg command
    from neo4j.exceptions import DriverError, Neo4jError

    try:
        with neo4j.GraphDatabase.driver(cfg.uri, auth=(USER, password),
                                        connection_timeout=2.0) as driver:
            with driver.session(database=cfg.database) as session:
                session.run("RETURN 1").consume()
        return True
    except (DriverError, Neo4jError, OSError):
        return False


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
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


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
    if pid is None:
        cfg.pid_file.unlink(missing_ok=True)
        cfg.state_file.unlink(missing_ok=True)
        return None
    clean = _terminate(pid, grace)
    cfg.pid_file.unlink(missing_ok=True)
    cfg.state_file.unlink(missing_ok=True)
    if not clean:
        raise ServerError(f"the local server (pid {pid}) ignored SIGTERM for {grace:.0f}s "
                          "and was killed; the next start recovers the database")
    return pid


# The child ----------------------------------------------------------------------------------
_LOGGING_PROPERTIES = """\
# Written by graph.store.server: ArcadeDB's default config writes ./log in the cwd.
handlers = java.util.logging.FileHandler, java.util.logging.ConsoleHandler
.level = INFO
io.undertow.level = WARNING
org.xnio.level = WARNING
org.jboss.level = WARNING
com.arcadedb.level = INFO
java.util.logging.ConsoleHandler.level = WARNING
java.util.logging.ConsoleHandler.formatter = com.arcadedb.log.LogFormatter
java.util.logging.FileHandler.level = INFO
java.util.logging.FileHandler.pattern = {pattern}
java.util.logging.FileHandler.formatter = com.arcadedb.log.LogFormatter
java.util.logging.FileHandler.limit = 10000000
java.util.logging.FileHandler.count = 3
"""


def jvm_settings(cfg: ServerConfig) -> tuple[dict, dict[str, str]]:
    """The ``jvm_kwargs`` for ArcadeDB's server and the environment its JVM start reads.

    Each setting is given once, in the one form ``arcadedb_embedded.start_jvm`` takes as is:

    * extra flags as a list (a string, like ``$ARCADEDB_JVM_ARGS``, is split on spaces, which
      breaks a home path with a space in it);
    * the heap only as ``heap_size`` (it replaces any ``-Xmx`` flag);
    * the crash-log path only as ``$ARCADEDB_JVM_ERROR_FILE``: ``start_jvm`` always appends
      an ``-XX:ErrorFile`` flag of its own, from that variable or ``./log`` in the cwd.

    ``$ARCADEDB_JVM_ARGS`` is set to empty, so a value inherited from the caller's
    environment adds nothing.
    """
    kwargs = {"heap_size": cfg.heap, "jvm_args": [f"-Djava.util.logging.config.file={cfg.logging_properties}"]}
    env = {"ARCADEDB_JVM_ARGS": "", "ARCADEDB_JVM_ERROR_FILE": cfg.jvm_error_file}
    return kwargs, env


def run_foreground(cfg: ServerConfig) -> int:
    """Run the server in this process until SIGTERM/SIGINT; return the exit status.

    This is what the detached child runs. It writes ``server.json`` once Bolt listens.
    """
    cfg.log_dir.mkdir(parents=True, exist_ok=True)
    # JUL patterns treat % specially; a home path with % is escaped.
    pattern = str(cfg.log_dir / "arcadedb.log").replace("%", "%%")
    cfg.logging_properties.write_text(_LOGGING_PROPERTIES.format(pattern=pattern), encoding="utf-8")
    jvm_kwargs, jvm_env = jvm_settings(cfg)
    # Must be set before arcadedb_embedded starts the JVM (it reads them at JVM start).
    os.environ.update(jvm_env)
    password = read_password(cfg)
    if not password:
        print(f"no password file in {cfg.home}", file=sys.stderr)
        return 1

    from arcadedb_embedded.server import ArcadeDBServer

    server = ArcadeDBServer(
        root_path=str(cfg.db_dir.absolute()),
        root_password=password,
        config={
            "host": "127.0.0.1",
            "bolt_host": "127.0.0.1",
            "http_port": _free_port(),
            "server_plugins": _BOLT_PLUGIN,
            "bolt_port": cfg.port,
            "server_defaultDatabases": f"{cfg.database}[{USER}]",
        },
        jvm_kwargs=jvm_kwargs,
    )
    stopping = []

    def _on_signal(signum, _frame):
        stopping.append(signum)

    server.start()
    # Installed after the JVM started so they replace the JVM's handlers: we stop ArcadeDB
    # ourselves, in order, instead of relying on its shutdown hook.
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    tmp = cfg.state_file.with_suffix(".tmp")
    tmp.write_text(json.dumps({"pid": os.getpid(), "port": cfg.port,
                               "database": cfg.database}), encoding="utf-8")
    tmp.replace(cfg.state_file)
    print(f"ready: {cfg.uri} database {cfg.database}", flush=True)
    while not stopping:
        time.sleep(0.2)
    print(f"signal {stopping[0]}: stopping", flush=True)
    server.stop()
    print("stopped", flush=True)
    return 0


def _main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m graph.store.server",
                                     description="Run the local ArcadeDB Bolt server.")
    sub = parser.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run", help="run in the foreground until SIGTERM")
    run.add_argument("--home", type=Path, default=None)
    run.add_argument("--port", type=int, default=None)
    run.add_argument("--database", default=DEFAULT_DATABASE)
    run.add_argument("--heap", default=None)
    args = parser.parse_args(argv)
    cfg = ServerConfig.from_env(home=args.home, port=args.port)
    cfg = ServerConfig(home=cfg.home, port=cfg.port, database=args.database,
                       heap=args.heap or cfg.heap)
    return run_foreground(cfg)


if __name__ == "__main__":
    sys.exit(_main())
