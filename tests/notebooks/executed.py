"""The example notebooks (examples/notebooks/), executed once per test session with nbclient on a
kernel of this Python (its ipykernel), in a copy beside a copy of examples/class as in the repository."""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "examples" / "notebooks"


@functools.cache
def executed(name: str):
    """(the executed notebook, the folder it ran in) of examples/notebooks/<name>.ipynb."""
    try:
        import nbclient
        import nbformat
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("nbclient and nbformat are missing on CI (they are in the test extra)")
        pytest.skip("nbclient is not installed")
    folder = Path(tempfile.mkdtemp(prefix="backprop-notebooks-"))
    shutil.copytree(ROOT / "examples" / "class", folder / "class")
    (folder / "notebooks").mkdir()
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    # kernel "python3" is ipykernel's own: jupyter_client starts it with this very interpreter
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(folder / "notebooks")}})
    client.execute()
    return notebook, folder / "notebooks"


def cell(notebook, starts: str):
    """The code cell whose source starts with ``starts``."""
    found = [cell for cell in notebook.cells if cell.cell_type == "code" and cell.source.startswith(starts)]
    assert len(found) == 1, starts
    return found[0]


def output(cell, mime: str = "text/html") -> str:
    """The cell's result (its value's ``mime`` form), or its one display of that type."""
    found = [out["data"][mime] for out in cell.outputs if mime in out.get("data", {})]
    results = [out["data"][mime] for out in cell.outputs if out["output_type"] == "execute_result"
               and mime in out["data"]]
    found = results or found
    assert len(found) == 1, (cell.source, [out.get("output_type") for out in cell.outputs])
    return found[0]


def printed(cell) -> str:
    return "".join(out["text"] for out in cell.outputs if out["output_type"] == "stream")


def html_outputs(notebook) -> list[tuple[str, str]]:
    """(cell source, HTML) of every HTML output, in order."""
    return [(cell.source, out["data"]["text/html"]) for cell in notebook.cells if cell.cell_type == "code"
            for out in cell.outputs if "text/html" in out.get("data", {})]
