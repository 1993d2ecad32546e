"""Set-up of the local server: a Java runtime and Neo4j Community's jars from Maven Central.

``kg db install`` (run by ``make demo`` and ``make test``) picks a Java runtime, then has
Maven build the small launcher in ``graph/store/neo4j/`` and copy every runtime jar into a
per-user cache. Nothing is downloaded when a server starts: :func:`installed` only finds
what set-up left. The jars are GPL-3.0 and never part of the project's files.

The version is pinned in one place, ``graph/store/neo4j/pom.xml``. The current release line
needs Java 21 or newer; on a machine that has only Java 17 the pom's ``lts`` profile (Neo4j
5.26 LTS) is used instead, and :func:`install` says so.

Layout of the cache (``$KG_NEO4J_DIR``, else ``$XDG_CACHE_HOME/osint-kg/neo4j``)::

    <key>/lib/*.jar                        Neo4j and its dependencies
    <key>/build/kg-neo4j-launcher.jar      the launcher
    <key>/manifest.json                    version, profile, Java home
    current -> <key>                       what ``kg db start`` runs

``<key>`` is a digest of the pom, the launcher source and the profile, so any change to
them installs afresh beside the old one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from graph.errors import KGError

__all__ = [
    "MIN_JAVA_CURRENT",
    "MIN_JAVA_LTS",
    "POM",
    "InstallError",
    "Installation",
    "Java",
    "cache_root",
    "find_java",
    "install",
    "installed",
    "prune",
]

POM = Path(__file__).resolve().parent / "neo4j" / "pom.xml"
_SOURCES = Path(__file__).resolve().parent / "neo4j" / "src"
#: The current Neo4j line runs on Java 21+; 5.26 LTS on Java 17+.
MIN_JAVA_CURRENT = 21
MIN_JAVA_LTS = 17
LAUNCHER_CLASS = "org.osintkg.neo4j.Launcher"


class InstallError(KGError):
    """The local server is not installed, or installing it failed."""


@dataclass(frozen=True)
class Java:
    """A Java installation: its home folder and feature version (17, 21, 25 …)."""

    home: Path
    version: int

    @property
    def java(self) -> Path:
        return self.home / "bin" / "java"

    @property
    def has_compiler(self) -> bool:
        return (self.home / "bin" / "javac").exists()


@dataclass(frozen=True)
class Installation:
    """What ``kg db install`` left: where the jars are and which Java runs them."""

    directory: Path
    neo4j_version: str
    profile: str
    java_home: Path
    java_version: int

    @property
    def classpath(self) -> str:
        return os.pathsep.join(
            [str(self.directory / "build" / "kg-neo4j-launcher.jar"), str(self.directory / "lib" / "*")]
        )

    @property
    def java(self) -> Path:
        return self.java_home / "bin" / "java"

    def to_dict(self) -> dict:
        d = asdict(self)
        return {k: str(v) if isinstance(v, Path) else v for k, v in d.items()}


def cache_root() -> Path:
    """``$KG_NEO4J_DIR``, else ``$XDG_CACHE_HOME/osint-kg/neo4j`` (``~/.cache`` by default)."""
    if os.environ.get("KG_NEO4J_DIR"):
        return Path(os.environ["KG_NEO4J_DIR"]).expanduser().absolute()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return (base / "osint-kg" / "neo4j").absolute()


def _release_version(home: Path) -> int | None:
    """The feature version from a JDK's ``release`` file (``JAVA_VERSION="25.0.1"``)."""
    try:
        text = (home / "release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    m = re.search(r'^JAVA_VERSION="(\d+)(?:\.(\d+))?', text, re.MULTILINE)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def _candidates() -> list[Path]:
    homes = []
    for var in ("KG_JAVA_HOME", "JAVA_HOME"):
        if os.environ.get(var):
            homes.append(Path(os.environ[var]))
    jvm = Path("/usr/lib/jvm")
    if jvm.is_dir():
        homes.extend(sorted(p for p in jvm.iterdir() if p.is_dir() and not p.is_symlink()))
    on_path = shutil.which("java")
    if on_path:
        homes.append(Path(os.path.realpath(on_path)).parent.parent)
    return homes


def find_java(minimum: int = MIN_JAVA_LTS) -> Java | None:
    """The newest Java runtime of at least *minimum*, ``$KG_JAVA_HOME`` first if it qualifies.

    Looks at ``$KG_JAVA_HOME``, ``$JAVA_HOME``, ``/usr/lib/jvm/*`` and ``java`` on the PATH.
    """
    found: list[Java] = []
    for home in _candidates():
        version = _release_version(home)
        if version is not None and (home / "bin" / "java").exists() and version >= minimum:
            found.append(Java(home.absolute(), version))
    if not found:
        return None
    pinned = os.environ.get("KG_JAVA_HOME")
    for j in found:
        if pinned and j.home == Path(pinned).absolute():
            return j
    return max(found, key=lambda j: j.version)


def _key(profile: str) -> str:
    h = hashlib.sha256(profile.encode() + b"\0" + POM.read_bytes())
    for path in sorted(_SOURCES.rglob("*.java")):
        h.update(str(path.relative_to(_SOURCES)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def installed() -> Installation:
    """The installation ``kg db start`` runs; raises :class:`InstallError` when there is none."""
    manifest = cache_root() / "current" / "manifest.json"
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        inst = Installation(
            directory=manifest.parent.resolve(),
            neo4j_version=data["neo4j_version"],
            profile=data["profile"],
            java_home=Path(data["java_home"]),
            java_version=int(data["java_version"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        raise InstallError(
            f"Neo4j is not installed in {cache_root()}: run `kg db install` (make demo and make test do it)"
        ) from None
    if not inst.java.exists():
        raise InstallError(
            f"the Java runtime Neo4j was installed with ({inst.java_home}) is gone: run `kg db install` again"
        )
    return inst


def _pom_version(profile: str) -> str:
    text = POM.read_text(encoding="utf-8")
    if profile == "lts":
        m = re.search(r"<id>lts</id>.*?<neo4j.version>([^<]+)</neo4j.version>", text, re.DOTALL)
    else:
        m = re.search(r"<properties>\s*<neo4j.version>([^<]+)</neo4j.version>", text, re.DOTALL)
    if not m:
        raise InstallError(f"{POM}: no neo4j.version for profile {profile!r}")
    return m.group(1).strip()


def install(*, force: bool = False, notify=print) -> Installation:
    """Fetch Neo4j with Maven into the cache (once) and make it the current installation.

    Parameters
    ----------
    force : bool
        Build again even when the same pom and launcher were installed before.
    notify : callable
        Receives one-line progress messages.

    Raises
    ------
    InstallError
        No Java 17+ JDK or no Maven, or Maven failed (its last lines are in the message).
    """
    java = find_java(MIN_JAVA_CURRENT)
    profile = "current"
    if java is None:
        java = find_java(MIN_JAVA_LTS)
        if java is None:
            raise InstallError(
                "no Java 17 or newer found (looked at $KG_JAVA_HOME, $JAVA_HOME, /usr/lib/jvm, "
                "the PATH); install a JDK, e.g. `apt-get install default-jdk-headless`"
            )
        profile = "lts"
        notify(
            f"only Java {java.version} found ({java.home}): the current Neo4j line needs Java "
            f"{MIN_JAVA_CURRENT}+, so Neo4j {_pom_version('lts')} LTS is installed instead"
        )
    if not java.has_compiler:
        raise InstallError(f"{java.home} is a runtime without javac; the launcher needs a JDK to build")
    version = _pom_version(profile)
    root = cache_root()
    target = root / _key(profile)
    manifest = target / "manifest.json"
    if force or not manifest.exists():
        mvn = shutil.which("mvn")
        if mvn is None:
            raise InstallError("Maven (`mvn`) is not on the PATH; install it, e.g. `apt-get install maven`")
        notify(f"fetching Neo4j {version} with Maven into {target} (first time only) ...")
        shutil.rmtree(target, ignore_errors=True)
        cmd = [mvn, "-B", "-q", "-f", str(POM), f"-Dkg.out={target}", "package"]
        if profile == "lts":
            cmd.insert(1, "-Plts")
        env = {**os.environ, "JAVA_HOME": str(java.home)}
        proc = subprocess.run(cmd, check=False, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-20:])
            shutil.rmtree(target, ignore_errors=True)
            raise InstallError(f"Maven failed (exit {proc.returncode}) fetching Neo4j {version}:\n{tail}")
        tmp = manifest.with_suffix(".tmp")
        tmp.write_text(
            json.dumps(
                {
                    "neo4j_version": version,
                    "profile": profile,
                    "java_home": str(java.home),
                    "java_version": java.version,
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
        tmp.replace(manifest)
    current = root / "current"
    link_tmp = root / f".current-{os.getpid()}"
    link_tmp.unlink(missing_ok=True)
    link_tmp.symlink_to(target.name)
    link_tmp.replace(current)
    inst = installed()
    notify(f"Neo4j {inst.neo4j_version} ({inst.profile}) installed for Java {inst.java_version} in {inst.directory}")
    prune(inst.directory, notify=notify)
    return inst


def _command_lines() -> list[str] | None:
    """Every running process's command line (Linux ``/proc``), or None where it cannot be read."""
    proc = Path("/proc")
    if not (proc / "self" / "cmdline").exists():
        return None
    lines = []
    for entry in proc.iterdir():
        if entry.name.isdigit():
            try:
                lines.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace"))
            except OSError:
                continue  # the process has ended, or is not ours to read
    return lines


def prune(keep: Path, *, notify=print) -> list[Path]:
    """Remove the earlier installations beside *keep* that no running process uses.

    An installation is a folder named by its 16-hex-digit key with a ``manifest.json``; each
    install of another pom or launcher leaves one (about 350 MiB with its startup cache).
    One whose path is on a running process's command line (a server started before the
    upgrade) is kept, and so is every one where the command lines cannot be read.

    Returns the folders removed.
    """
    commands = _command_lines()
    if commands is None:
        return []
    removed = []
    for folder in sorted(keep.parent.iterdir()):
        if folder == keep or folder.is_symlink() or not folder.is_dir():
            continue
        if not re.fullmatch(r"[0-9a-f]{16}", folder.name) or not (folder / "manifest.json").exists():
            continue  # not an installation of ours
        if any(str(folder) in line for line in commands):
            notify(f"kept the earlier installation {folder}: a running server uses it")
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
        notify(f"removed the earlier installation {folder}")
    return removed
