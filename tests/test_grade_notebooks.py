"""backprop grade on Jupyter notebooks (.ipynb): the Markdown and raw cells are the document, code
cells and outputs are not read, and a notebook that is not nbformat-4 JSON is that submission's
problem in one line while the rest of the class is graded.

The oracle: a seed document (tests/seeds/seedNNN.md) put into notebook cells must get, claim for
claim, the verdicts the Markdown file gets, which tests/seed_claims.py lists by line and
test_grade_seeds.py holds to the PyTorch twins of tests/seed_verbatim.py; here each listed line is
also checked at its place in the notebook, and the cell each claim is in is worked out from how the
test cut the document, not from the reader.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from backprop.cli import main
from backprop.grading.results import Claim, SubmissionResult
from backprop.grading.submission import SubmissionError, notebook_text
from backprop.notebook.grades import Grades
from seed_claims import FORMULAS

SEEDS = Path(__file__).resolve().parent / "seeds"
SETUPS = {"003": ["--notation", "seed003", "--problem", "seed003_delta_rule"],
          "004": ["--notation", "seed004", "--problem", "seed004_softmax_classifier",
                  "--problem", "3.=seed004_sparse_sigmoid"]}
TITLE = "# Homework 4, in a notebook\nby a student\n"  # the first cell: two lines, then the blank after it
OFFSET = 3
#: a code cell between each two Markdown cells: a formula in a string and in a comment, and outputs
#: (an image as base64, a printed formula) that are never read
CODE = {"cell_type": "code", "execution_count": 1, "metadata": {},
        "source": ["# $$\\frac{\\partial L}{\\partial z_y} = 31337$$\n", "s = '$W := W + 31337$'\n"],
        "outputs": [{"output_type": "display_data", "metadata": {},
                     "data": {"image/png": "iVBORw0KGgo" + "A" * 4_000,
                              "text/markdown": "$\\frac{\\partial L}{\\partial z_y} = 31337$"}},
                    {"output_type": "stream", "name": "stdout", "text": ["$W := 31337$\n"]}]}


def notebook(cells: list, **top) -> str:
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": cells, **top})


def markdown(source, kind="markdown") -> dict:
    return {"cell_type": kind, "metadata": {}, "source": source}


def seed_notebook(seed: str) -> tuple[str, dict[int, int]]:
    """Seed ``seed``'s Markdown cut into cells at its blank lines, after a title cell, a code cell
    after each; and {line of the .md: the cell that line is in} (1-based, code cells counted)."""
    lines = (SEEDS / f"seed{seed}.md").read_text().split("\n")
    cells, cell_of, chunk = [markdown(TITLE.splitlines(keepends=True))], {}, []
    for number, line in enumerate(lines + [""], 1):
        if line.strip():
            chunk.append(line + "\n")
            cell_of[number] = len(cells) + 1
            continue
        # alternately a list of lines and one string: nbformat 4 allows both
        cells += [markdown(chunk if len(cells) % 4 == 1 else "".join(chunk)), CODE]
        chunk = []
    return notebook(cells), cell_of


def grade(paths, setup, form="json", tmp=None) -> str:
    out = Path(tmp) / f"graded.{form}"
    assert main(["grade", *map(str, paths), *setup, "--format", form, "--workers", "1", "-o", str(out)]) == 0
    return out.read_text()


@pytest.mark.parametrize("seed", sorted(SETUPS))
def test_a_seed_in_notebook_cells_gets_the_markdown_files_verdicts_claim_for_claim(tmp_path, seed):
    text, cell_of = seed_notebook(seed)
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "nb.ipynb").write_text(text)
    (tmp_path / "class" / "md.md").write_text((SEEDS / f"seed{seed}.md").read_text())
    found = json.loads(grade([tmp_path / "class"], SETUPS[seed], tmp=tmp_path))["submissions"]
    md, nb = sorted(found, key=lambda submission: submission["file"])  # md.md, nb.ipynb: a folder of both
    assert "error" not in nb and nb["summary"] == md["summary"]
    assert sum(nb["summary"].values()) > 10 and nb["summary"]["wrong"] > 0
    assert len(nb["claims"]) == len(md["claims"])
    for in_md, in_nb in zip(md["claims"], nb["claims"]):
        assert in_nb["line"] == in_md["line"] + OFFSET and in_nb["cell"] == cell_of[in_md["line"]]
        assert "cell" not in in_md
        for key in ("kind", "parameter", "text", "verdict", "steps", "problem"):
            assert in_nb[key] == in_md[key], (in_md["line"], key)
    by_line: dict = {}
    for claim in nb["claims"]:
        by_line.setdefault(claim["line"] - OFFSET, []).append(claim["verdict"])
    letters = {"c": "correct", "w": "wrong", "u": "unreadable"}
    for line, expected in FORMULAS[seed].items():  # the verdicts held to the oracle, at their new lines
        assert by_line[line] == [letters[letter] for letter in expected], line
    assert not any("31337" in claim["text"] for claim in nb["claims"])  # code cells and outputs unread
    assert [d["line"] - OFFSET for d in nb.get("definitions", [])] == [d["line"] for d in md.get("definitions", [])]


def test_every_output_says_the_line_and_the_cell(tmp_path):
    text, cell_of = seed_notebook("003")
    path = tmp_path / "alice.ipynb"
    path.write_text(text)
    claims = json.loads(grade([path], SETUPS["003"], tmp=tmp_path))["submissions"][0]["claims"]
    wrong = next(claim for claim in claims if claim["verdict"] == "wrong")
    assert (wrong["line"], wrong["cell"]) == (10 + OFFSET, cell_of[10])  # seed 003's wrong derivative
    rows = list(csv.DictReader(io.StringIO(grade([path], SETUPS["003"], "csv", tmp_path))))
    assert [int(row["line"]) for row in rows] == [claim["line"] for claim in claims]  # the spec's columns
    report = grade([path], SETUPS["003"], "text", tmp_path)
    assert f"line   {10 + OFFSET} (cell {cell_of[10]})  wrong" in report
    assert main(["grade", str(path), *SETUPS["003"], "--format", "html", "--workers", "1",
                 "--out", str(tmp_path / "html")]) == 0
    page = (tmp_path / "html" / "alice.html").read_text()
    assert f"line {10 + OFFSET} (cell {cell_of[10]})" in page
    assert main(["grade", str(path), *SETUPS["003"], "--format", "gradescope", "--workers", "1",
                 "--out", str(tmp_path / "gs")]) == 0
    tests = json.loads((tmp_path / "gs" / "alice" / "results.json").read_text())["tests"]
    assert tests[[c["line"] for c in claims].index(10 + OFFSET)]["name"].startswith(
        f"line {10 + OFFSET} (cell {cell_of[10]}):")


def test_markdown_and_raw_cells_are_read_code_cells_are_not():
    text = notebook([markdown(["# Part 1\n", "$$a = b$$"]), CODE, markdown("\\[ c = d \\]", "raw"),
                     markdown([]), markdown("$e = f$\n")])
    read = notebook_text("x.ipynb", text)
    assert read.text == "# Part 1\n$$a = b$$\n\n\\[ c = d \\]\n\n\n$e = f$\n\n"
    assert read.cells == ((1, 1), (4, 3), (6, 4), (7, 5))
    assert [read.cell(line) for line in range(1, 9)] == [1, 1, 1, 3, 3, 4, 5, 5]


BAD = {  # file name: (its bytes, words of the one line refusing it)
    "not_json.ipynb": ('{"cells": [}', "not_json.ipynb: line 1, column 12: is not JSON"),
    "a_list.ipynb": ("[1, 2]", "a_list.ipynb: is JSON but not a Jupyter notebook (no 'cells')"),
    "version3.ipynb": (json.dumps({"nbformat": 3, "worksheets": [{"cells": []}]}),
                       "version3.ipynb: is a notebook of nbformat 3, which is not read; open it in Jupyter 4"),
    "no_version.ipynb": (json.dumps({"cells": []}), "no_version.ipynb: has no nbformat"),
    "cells_dict.ipynb": (notebook({}), "cells_dict.ipynb: cells: is an object, not a list of cells"),
    "cell_number.ipynb": (notebook([markdown("$a = b$"), 7]),
                          "cell_number.ipynb: cell 2: is a number, not a cell (an object"),
    "source_numbers.ipynb": (notebook([markdown([1, 2])]),
                             "source_numbers.ipynb: cell 1: has a source that is a list with a number at item 1,"
                             " not text; a cell's source is a string or a list of strings"),
    "code_source.ipynb": (notebook([{**CODE, "source": 3.5}]),
                          "code_source.ipynb: cell 1: has a source that is a number"),
    "no_type.ipynb": (notebook([{"source": "x"}]), "no_type.ipynb: cell 1: has cell_type null;"
                                                   " a cell is markdown, code or raw"),
    "deep.ipynb": ("[" * 200_000 + "]" * 200_000, "deep.ipynb: is JSON nested deeper than a notebook ever is"),
    "deep_inside.ipynb": (notebook([markdown("$a = b$")]).replace('"metadata": {}', '"metadata": '
                          + "[" * 100_000 + "]" * 100_000, 1), "deep_inside.ipynb: is JSON nested deeper"),
    "huge_outputs.ipynb": (notebook([markdown("$a = b$"), {**CODE, "outputs": [
        {"output_type": "display_data", "metadata": {}, "data": {"image/png": "A" * 2_100_000}}]}]),
        "huge_outputs.ipynb: is 2,10"),
    "big_digits.ipynb": (notebook([], nbformat_minor="x").replace('"x"', "9" * 5000), "big_digits.ipynb: is not JSON"),
}


def test_each_malformed_notebook_is_refused_in_one_line_and_the_class_is_graded(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    for name, (content, _) in BAD.items():
        (folder / name).write_text(content)
    (folder / "zz_good.ipynb").write_text(seed_notebook("003")[0])
    (folder / "zz_good.md").write_text((SEEDS / "seed003.md").read_text())
    found = {Path(s["file"]).name: s for s in json.loads(grade([folder], SETUPS["003"], tmp=tmp_path))["submissions"]}
    assert set(found) == set(BAD) | {"zz_good.ipynb", "zz_good.md"}
    for name, (_, words) in BAD.items():
        error = found[name].get("error", "")
        assert error.startswith(str(folder / name)) and words in error, (name, error)
        assert "\n" not in error and ";" in error and not found[name]["claims"]  # what is wrong; what would be right
    assert found["zz_good.ipynb"]["summary"] == found["zz_good.md"]["summary"]
    assert found["zz_good.md"]["summary"] == {"correct": 7, "wrong": 2, "unreadable": 5}


def test_a_malformed_notebook_raises_a_submission_error():
    for content, words in (BAD["version3.ipynb"], BAD["cell_number.ipynb"], BAD["deep.ipynb"]):
        with pytest.raises(SubmissionError) as raised:
            notebook_text("student.ipynb", content)
        assert words.replace(words.split(":")[0], "student.ipynb") in str(raised.value)


def test_the_notebook_display_of_grades_says_the_cell(tmp_path):
    text, cell_of = seed_notebook("003")
    path = tmp_path / "alice.ipynb"
    path.write_text(text)
    submission = json.loads(grade([path], SETUPS["003"], tmp=tmp_path))["submissions"][0]
    claims = [Claim(c["line"], c["kind"], c["parameter"], c["text"], c["verdict"], cell=c.get("cell"))
              for c in submission["claims"]]
    shown = Grades([SubmissionResult(submission["file"], "alice", claims)])._repr_html_()
    assert f'<td class="number">{10 + OFFSET} (cell {cell_of[10]})</td>' in shown


def test_mathematics_left_open_in_a_cell_ends_with_the_cell(tmp_path):
    """Jupyter cannot carry a formula into the next cell: a `$$` (or \\[, \\begin{align}) a student left open is
    closed at its cell's end, so the text and formulas of later cells are read as they are shown. The oracle:
    the same document as Markdown with the closing `$$` written, whose verdicts test_grade_seeds holds."""
    lines = (SEEDS / "seed003.md").read_text().split("\n")
    wrong, right = lines[9], lines[11]  # seed 003's wrong derivative (line 10) and its right delta rule (12)
    assert wrong.endswith("$$") and right.endswith("$$")
    cells = [markdown(wrong[:-2] + "\n"), CODE, markdown(["So the rule is\n", "\n", right + "\n"])]
    read = notebook_text("open.ipynb", notebook(cells))
    assert read.text == f"{wrong[:-2]} $$\n\nSo the rule is\n\n{right}\n\n"
    (tmp_path / "open.ipynb").write_text(notebook(cells))
    (tmp_path / "closed.md").write_text(f"{wrong}\n\nSo the rule is\n\n{right}\n")
    graded = {Path(s["file"]).name: s for s in json.loads(grade([tmp_path / "open.ipynb", tmp_path / "closed.md"],
                                                                SETUPS["003"], tmp=tmp_path))["submissions"]}
    verdicts = [(claim["line"], claim["verdict"]) for claim in graded["open.ipynb"]["claims"]]
    assert verdicts == [(1, "wrong"), (5, "correct")]
    assert verdicts == [(claim["line"], claim["verdict"]) for claim in graded["closed.md"]["claims"]]
    assert [claim["cell"] for claim in graded["open.ipynb"]["claims"]] == [1, 3]
    for source, closed in (("\\[ a = b\n", "\\[ a = b \\]\n"), ("$$\\begin{aligned} a &= b", "$$\\begin{aligned} a &= b"
                                                                " \\end{aligned} $$"),
                           ("`$$` in code, $$ x $$\n", "`$$` in code, $$ x $$\n"), ("\\$$5\n", "\\$$5\n")):
        assert notebook_text("n.ipynb", notebook([markdown(source)])).text == closed + ("" if closed.endswith("\n")
                                                                                         else "\n") + "\n"


def test_a_notebook_too_large_is_told_to_clear_its_outputs(tmp_path):
    content, words = BAD["huge_outputs.ipynb"]
    (tmp_path / "huge_outputs.ipynb").write_text(content)
    (tmp_path / "huge.md").write_text("$a = b$\n" + "x" * 2_100_000)
    found = {Path(s["file"]).name: s["error"] for s in json.loads(grade([tmp_path], SETUPS["003"], tmp=tmp_path))
             ["submissions"]}
    assert words in found["huge_outputs.ipynb"] and "clear its outputs in Jupyter" in found["huge_outputs.ipynb"]
    assert "clear its outputs" not in found["huge.md"] and "2,100,008 bytes" in found["huge.md"]
