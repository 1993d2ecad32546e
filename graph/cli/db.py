"""``kg db install|start|stop|status``: the zero-setup local Neo4j Community server.

``install`` fetches Neo4j with Maven into the per-user cache (once, at set-up). The server's
files live in ``.kg/`` (or ``$KG_HOME``): data in ``db/``, logs in ``log/``, the ``neo4j``
user's password in ``password`` (mode 0600). It listens on 127.0.0.1 only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import EXIT_INVALID, DataOption, JsonOption, err, handle_errors, out, print_json

__all__ = ["app"]

app = typer.Typer(
    help="The local Neo4j Community server (loopback only): install, start, stop, status.", no_args_is_help=True
)

HomeOption = Annotated[
    Path | None,
    typer.Option(
        "--home",
        help="Folder for the server's data, logs and password (default $KG_HOME or ./.kg).",
        show_default=False,
    ),
]
PortOption = Annotated[
    int | None,
    typer.Option(
        "--port", min=1, max=65535, help="Bolt port on 127.0.0.1 (default $KG_BOLT_PORT or 7687).", show_default=False
    ),
]


def _cfg(home: Path | None, port: int | None):
    from ..store.server import ServerConfig

    return ServerConfig.from_env(home=home, port=port)


@app.command()
@handle_errors
def install(
    force: Annotated[bool, typer.Option("--force", help="Fetch and build again.")] = False, json_out: JsonOption = False
) -> None:
    """Fetch Neo4j Community with Maven into the per-user cache and record the server's startup
    cache (set-up; once per version)."""
    from ..store import install as inst
    from ..store import startup_cache

    def notify(message: str) -> None:
        err.print(message, markup=False, highlight=False)

    done = inst.install(force=force, notify=notify)
    try:
        cache = startup_cache.record(done, force=force, notify=notify)
    except inst.InstallError as exc:  # the server works without it, only slower to start
        notify(f"warning: {exc}; the server will start without a startup cache")
        cache = None
    if json_out:
        print_json({**done.to_dict(), "startup_cache": str(cache) if cache else None})


@app.command()
@handle_errors
def grass(
    data: DataOption = Path("seeds"),
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the style sheet here (default: stdout).", show_default=False),
    ] = None,
) -> None:
    """Print a Neo4j Browser style sheet (.grass): entity types coloured as in the HTML views."""
    from ..atomic import write_atomic
    from ..schema import load_schema, schema_dir_for
    from ..store.browser import grass as make_grass

    text = make_grass(load_schema(schema_dir_for(Path(data))))
    if output is None:
        out.print(text, markup=False, highlight=False, end="")
    else:
        write_atomic(output, text.encode("utf-8"))
        err.print(f"wrote {output}; drag it onto the Neo4j Browser window to apply it", markup=False)


@app.command()
@handle_errors
def start(home: HomeOption = None, port: PortOption = None, json_out: JsonOption = False) -> None:
    """Start the local server in the background (refused if it is already running)."""
    from ..store import server

    cfg = _cfg(home, port)
    err.print(f"starting the local server on {cfg.uri} (data in {cfg.db_dir}) ...")
    pid = server.start(cfg)
    st = server.status(cfg)
    if json_out:
        print_json(st.to_dict())
        return
    out.print(
        f"local server running: Neo4j {st.neo4j_version}, pid {pid}, {st.uri}, database {st.database}", markup=False
    )
    out.print(f"user neo4j, password in {cfg.password_file} (mode 0600); logs in {cfg.log_dir}", markup=False)


@app.command()
@handle_errors
def stop(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Stop the local server (a no-op, exit 0, when it is not running)."""
    from ..store import server

    cfg = _cfg(home, None)
    pid = server.stop(cfg)
    if json_out:
        print_json({"stopped": pid is not None, "pid": pid})
    elif pid is None:
        out.print("the local server was not running")
    else:
        out.print(f"stopped the local server (pid {pid})")


def _datasets(cfg) -> dict[str, int]:
    """Datasets loaded in the running server (empty when it cannot be asked quickly)."""
    from ..store.connection import connect, driver_errors, resolve_target
    from ..store.loader import list_datasets

    try:
        target = resolve_target(home=cfg.home, start=False)
        driver = connect(target, connection_timeout=3.0)
    except Exception:
        return {}
    with driver:
        try:
            with driver.session(database=target.database) as session:
                return list_datasets(session)
        except driver_errors():
            return {}


@app.command()
@handle_errors
def status(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Say whether the local server runs, where, and how big its data is. Exit 1 when stopped."""
    from ..store import server

    cfg = _cfg(home, None)
    st = server.status(cfg)
    datasets = _datasets(cfg) if st.running else {}
    if json_out:
        print_json({**st.to_dict(), "datasets": datasets})
    elif st.running:
        out.print(
            f"running: Neo4j {st.neo4j_version}, pid {st.pid}, {st.uri}, database {st.database}, "
            f"data {st.data_bytes / 1e6:.1f} MB in {st.home}",
            markup=False,
        )
        if datasets:
            out.print("datasets: " + ", ".join(f"{k} ({v} entities)" for k, v in datasets.items()), markup=False)
    else:
        out.print(f"not running (home {st.home}); start it with `kg db start`")
    if not st.running:
        raise typer.Exit(EXIT_INVALID)
