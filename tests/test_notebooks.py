"""Every notebook in ``notebooks/`` runs top to bottom, headless, on the project's kernel.

The kernel is the project venv's Python: the ``osint-kg`` kernel spec that ``make kernel``
installs (``python -m ipykernel install --sys-prefix --name osint-kg``), else the venv's own
native ``python3`` kernel. The notebooks' Cypher cells talk to the session's local server
(started and stopped by the ``kg_server`` fixture, in a throw-away home on a free port); the
notebook loads the seeds into it idempotently, as an analyst's run would.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

pytestmark = pytest.mark.notebook


def test_there_is_an_exploration_notebook():
    assert ROOT / "notebooks" / "explore.ipynb" in NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebooks_are_small_and_stripped(path):
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert path.stat().st_size < 50_000
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: strip outputs before committing"


def kernel_name() -> str:
    """``osint-kg`` when installed for this interpreter, else the native kernel (this Python)."""
    from jupyter_client.kernelspec import KernelSpecManager

    specs = KernelSpecManager().find_kernel_specs()
    return "osint-kg" if "osint-kg" in specs else "python3"


@pytest.fixture(scope="module")
def local_server(kg_server):
    """The session's local Bolt server (tests/conftest.py), as the notebook finds it: KG_HOME and KG_BOLT_PORT."""
    return {"KG_HOME": str(kg_server.cfg.home), "KG_BOLT_PORT": str(kg_server.cfg.port)}


@pytest.mark.timeout(900)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, local_server, monkeypatch, tmp_path):
    import nbclient
    import nbformat

    for key, value in local_server.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name=kernel_name(),
        timeout=600,
        allow_errors=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    text = "\n".join(
        out.get("text", "")
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.outputs
        if out.get("output_type") == "stream"
    )
    # the kernel ran the project's own interpreter
    line = next(x for x in text.splitlines() if x.startswith("python:"))
    assert Path(line.split(":", 1)[1].strip()).resolve().parent == Path(sys.executable).resolve().parent, line
    if path.name == "explore.ipynb":
        assert "summary links" in text and "PageRank" in text and "independent origins" in text
        assert "Conflicts:" in text and "\u201c" in text  # quotes printed with the path and conflicts
        html = [
            out
            for cell in nb.cells
            if cell.cell_type == "code"
            for out in cell.outputs
            if "text/html" in out.get("data", {})
        ]
        assert html and html[0]["data"]["text/html"].startswith('<iframe sandbox="allow-scripts"')
        rows = re.search(r"^Cypher: (\d+) rows from bolt://", text, re.M)
        assert rows and int(rows.group(1)) > 0, text[-2000:]  # the query answered from the local server
    assert os.environ.get("KG_HOME") == local_server["KG_HOME"]
