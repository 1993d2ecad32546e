"""The local server's ahead-of-time startup cache (Java 25+), recorded once at set-up.

A cold Neo4j spends most of its first seconds loading and linking classes and its first
queries compiling the Cypher planner. Java 25 can record that work in one training run
(``-XX:AOTCacheOutput``, JEPs 483, 514 and 515) and reuse it on every later start
(``-XX:AOTCache``). ``kg db install`` records the cache beside the installation's jars
(``<installation>/startup.aot``): it starts a throw-away server, loads a small synthetic
dataset twice with the real loader (creates, then a sync that updates and deletes), reads it
back, and stops the server, which writes the cache as the JVM exits.

The cache only speeds the server up. A JVM that finds it was made by another Java build or for
another class path says so in ``server.log`` and starts without it; before Java 25 no cache
is made. Deleting the file turns it off. It is as trusted as the jars beside it: both are
made by set-up in the same per-user folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .install import Installation, InstallError

__all__ = ["MIN_JAVA_AOT", "cache_file", "record"]

#: One-step recording (``-XX:AOTCacheOutput``) and method profiles arrived in Java 25.
MIN_JAVA_AOT = 25


def cache_file(inst: Installation) -> Path | None:
    """Where *inst*'s startup cache lives, or None when its Java cannot use one.

    >>> from pathlib import Path
    >>> inst = Installation(Path("/opt/n"), "2026.08.1", "current", Path("/usr/lib/jvm/j"), 25)
    >>> str(cache_file(inst))
    '/opt/n/startup.aot'
    >>> cache_file(Installation(Path("/opt/n"), "5.26.0", "lts", Path("/usr/lib/jvm/j"), 21)) is None
    True
    """
    return inst.directory / "startup.aot" if inst.java_version >= MIN_JAVA_AOT else None


def _workload(cfg, workdir: Path) -> None:
    """What the cache learns from: the loader's statements on a small dataset, and reads."""
    from .. import synth
    from ..validate import load_dataset
    from .connection import connect, resolve_target
    from .loader import load_dataset_into

    target = resolve_target(home=cfg.home, start=False)
    with connect(target) as driver:
        for seed in (1, 2):  # the second version updates, deletes and adds
            folder = workdir / f"synth-{seed}"
            synth.generate(300, folder, seed=seed)
            load_dataset_into(driver, target, load_dataset(folder), "startup-cache")
        with driver.session(database=target.database) as session:
            session.run("MATCH (c:Claim)-[:SUBJECT]->(e:Entity) RETURN e.id, count(c) ORDER BY count(c) DESC").consume()


def record(inst: Installation, *, force: bool = False, notify: Callable[[str], object] = print) -> Path | None:
    """Record *inst*'s startup cache with one training run, unless it is there already.

    Returns the cache's path, or None when *inst*'s Java is older than 25. The cache appears
    whole or not at all: the JVM writes it under a temporary name, renamed once the server
    has stopped cleanly.

    Raises
    ------
    InstallError
        The training run failed (the message says why); nothing is left behind.
    """
    from .server import ServerConfig, free_port, log_tail, start, stop

    final = cache_file(inst)
    if final is None:
        notify(f"Java {inst.java_version}: no startup cache (it needs Java {MIN_JAVA_AOT}+); the server starts without")
        return None
    if final.exists() and not force:
        return final
    partial = final.with_name(f".startup-{os.getpid()}.aot")
    notify("recording the server's startup cache (once; about a minute) ...")
    try:
        with tempfile.TemporaryDirectory(prefix="kg-startup-cache-") as tmp:
            cfg = ServerConfig(home=Path(tmp) / "home", port=free_port(), heap="1g")
            start(cfg, timeout=180.0, record_cache=partial)
            try:
                _workload(cfg, Path(tmp))
            finally:
                # The JVM writes the cache as it exits: give it time to, not a SIGKILL.
                stop(cfg, grace=300.0)
            if not partial.exists():
                raise InstallError(
                    f"the training run wrote no startup cache; end of its log:\n{log_tail(cfg.log_file)}"
                )
        partial.replace(final)
    except InstallError:
        raise
    except Exception as exc:  # the cache is optional: any failure of its run is reported, not fatal
        raise InstallError(f"recording the startup cache failed: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
        partial.with_name(partial.name + ".config").unlink(missing_ok=True)
    notify(f"startup cache recorded: {final} ({final.stat().st_size >> 20} MiB)")
    return final
