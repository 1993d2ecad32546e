"""Set-up's housekeeping: earlier installations are removed unless a running server uses them."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from graph.store import install


def _installation(root, key: str):
    folder = root / key
    (folder / "lib").mkdir(parents=True)
    (folder / "manifest.json").write_text("{}", encoding="utf-8")
    return folder


def test_earlier_installations_are_pruned_but_not_one_in_use(tmp_path):
    keep = _installation(tmp_path, "0123456789abcdef")
    stale = _installation(tmp_path, "fedcba9876543210")
    in_use = _installation(tmp_path, "00000000aaaaaaaa")
    (tmp_path / "notes").mkdir()  # not an installation: never touched
    (tmp_path / "current").symlink_to(keep.name)
    # a process whose command line names the folder, as a server's class path does
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", f"{in_use}/lib/*"])
    try:
        # Popen returns once the child is forked: until it has exec'd, its command line is still
        # the test runner's, and a busy machine can be slow to get there
        cmdline = Path(f"/proc/{holder.pid}/cmdline")
        deadline = time.monotonic() + 30
        while str(in_use) not in cmdline.read_bytes().decode(errors="replace") and time.monotonic() < deadline:
            time.sleep(0.05)
        said: list[str] = []
        removed = install.prune(keep, notify=said.append)
    finally:
        holder.kill()
        holder.wait()
    assert removed == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["00000000aaaaaaaa", "0123456789abcdef", "current", "notes"]
    assert any("a running server uses it" in m and str(in_use) in m for m in said)


def test_nothing_is_pruned_where_command_lines_cannot_be_read(tmp_path, monkeypatch):
    keep = _installation(tmp_path, "0123456789abcdef")
    _installation(tmp_path, "fedcba9876543210")
    monkeypatch.setattr(install, "_command_lines", lambda: None)
    assert install.prune(keep, notify=lambda m: None) == []
    assert len(list(tmp_path.iterdir())) == 2
