"""What backprop derive prints: the chain rule and the derivative of one parameter or of every one, as text, LaTeX
(a whole document that compiles) and Markdown, read back by check as correct; its one-line refusals; and a big
network's derivative in index notation, one rule per family (the derived expressions against the engine:
test_symbolic_derive.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from backprop.cli import main
from backprop.problem import load_problem, parse_problem
from backprop.symbolic.check import check_formula
from backprop.symbolic.document import derive_document
from test_symbolic_derive import EXAMPLES, MNIST_LIKE, NETWORKS, SPARSE


def derive(capsys, *arguments) -> tuple[int, str, str]:
    status = main(["derive", *arguments])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_derive_text_for_one_weight_of_the_sparse_network(capsys):
    status, out, _ = derive(capsys, str(SPARSE), "--param", "W1[0,0]")
    assert status == 0
    assert ("dL/dW1[0,0] = dL/da2[0] * da2[0]/dz2[0] * dz2[0]/da1[0] * da1[0]/dz1[0] * dz1[0]/dW1[0,0]"
            in out)
    assert "dL/da2[0] = 2*(a2[0] - y[0])" in out
    assert "da2[0]/dz2[0] = a2[0]*(1 - a2[0])" in out
    assert "dL/dW1[0,0] = 2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]" in out
    assert "W1[0,0] <- W1[0,0] - eta*dL/dW1[0,0]" in out
    # The seed's -0.00065 (tests/test_seed004.py has it exactly), and the update at our eta 0.1.
    assert re.search(r"sample 0: dL/dW1\[0,0\] = -0\.000654100114", out)
    assert "-1.7 - 0.1*(-0.0006541001143) = -1.69993459" in out
    assert "expanded" not in out


def test_derive_expanded_is_written_in_inputs_weights_and_targets_only(capsys):
    status, out, _ = derive(capsys, str(SPARSE), "--param", "W1[0,0]", "--expanded")
    assert status == 0
    line = next(line for line in out.splitlines() if "expanded" in line)
    expanded = out.splitlines()[out.splitlines().index(line) + 1]
    assert not re.search(r"\b[az]\d\[", expanded), expanded
    assert "sigmoid(W2[0,0]*sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])" in expanded


def test_derive_all_parameters_of_a_small_network(capsys):
    status, out, _ = derive(capsys, "seed004_sparse_sigmoid")
    assert status == 0
    for name in ("W1[0,0]", "W1[0,1]", "W1[1,2]", "W1[1,3]", "W2[0,0]", "W2[0,1]"):
        assert f"\ndL/d{name}\n" in out
    assert "W1[0,2] is masked (no connection)" in out


def test_derive_output_reads_back_as_a_correct_check():
    """The simplified line of derive is SymPy syntax that check accepts and finds correct."""
    for name, parameters in ((str(SPARSE), ("W1[1,3]", "W2[0,1]")),
                             ("<relu>", ("W1[2,0]", "b1", "W2[1,3]")),
                             ("<tanh>", ("W1[0,1]", "b2[1]"))):
        problem = load_problem(name) if name.endswith(".toml") else parse_problem(
            NETWORKS["relu_shared_log2" if name == "<relu>" else "mask_tanh_half"], name)
        document = derive_document(problem, None)
        for section in document.sections:
            parameter = section.title_text.removeprefix("dL/d")
            if parameter not in parameters:
                continue
            block = next(block for block in section.blocks if block.label == "in the network's quantities")
            result = check_formula(problem, parameter, block.lines[0].right_text)
            assert result.verdict == "correct", (parameter, block.lines[0].right_text)


def test_derive_latex_is_a_whole_document_that_compiles(capsys, tmp_path):
    status, out, _ = derive(capsys, str(SPARSE), "--format", "latex")
    assert status == 0
    assert out.startswith(r"\documentclass") and out.rstrip().endswith(r"\end{document}")
    assert out.count(r"\begin{align*}") == out.count(r"\end{align*}") > 0
    assert out.count("{") == out.count("}")
    # \left( pairs with \right); \leftarrow (the update rule's arrow) is no delimiter
    assert len(re.findall(r"\\left(?![a-z])", out)) == len(re.findall(r"\\right(?![a-z])", out)) > 0
    assert r"W^{(2)}_{0,0}" in out and r"\frac{\partial L}{\partial W^{(1)}_{0,0}}" in out
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not installed")
    (tmp_path / "derive.tex").write_text(out, encoding="utf-8")
    run = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "derive.tex"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-2000:]


def test_derive_markdown_has_headings_math_and_text(capsys):
    status, out, _ = derive(capsys, "seed004_softmax_classifier", "--param", "W1[2,1]", "--format", "markdown")
    assert status == 0
    assert out.startswith("# ")
    assert r"## $\frac{\partial L}{\partial W^{(1)}_{2,1}}$" in out
    assert out.count("$$") % 2 == 0 and out.count("```") % 2 == 0
    assert "dL/dW1[2,1] = (a1[2] - t[2])*x[1]" in out
    assert "sum_c t[c] = 1" in out


def test_derive_writes_to_a_file(capsys, tmp_path):
    target = tmp_path / "out.md"
    status, out, _ = derive(capsys, str(SPARSE), "--param", "b1" if False else "W2[0,1]", "--format", "markdown",
                            "-o", str(target))
    assert status == 0 and out == ""
    assert "W^{(2)}_{0,1}" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("arguments, words", [
    (["--param", "W3[0,0]"], "there is no layer 3"),
    (["--param", "W1[2,0]"], "unit index 2 is out of range"),
    (["--param", "b1[0]"], "layer 1 has no bias"),
    (["--param", "w1"], "not a parameter name"),
    (["--format", "pdf"], "invalid choice"),
])
def test_derive_refuses_bad_requests_in_one_line(capsys, arguments, words):
    status, out, err = derive(capsys, str(SPARSE), *arguments)
    assert status == 2 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_derive_a_missing_file_fails_in_one_line(capsys, tmp_path):
    status, _, err = derive(capsys, str(tmp_path / "nope.toml"))
    assert status == 2 and "no such file" in err and len(err.strip().splitlines()) == 1


# -- big networks: index notation, per parameter, fast ----------------------------------------------------


def _big_files(tmp_path) -> list[Path]:
    written = tmp_path / "mnist_like.toml"
    written.write_text(MNIST_LIKE, encoding="utf-8")
    literal = [path for path in EXAMPLES if path.stem == "seed001_mnist_literal"]
    return [written] + literal


def test_big_network_derives_one_weight_in_index_notation(capsys, tmp_path):
    for path in _big_files(tmp_path):
        status, out, _ = derive(capsys, str(path), "--param", "W1[0,0]")
        assert status == 0
        assert "in index notation" in out
        assert "Sum(" in out and "(k, 0, 63)" in out and "(m, 0, 9)" in out
        assert "Heaviside(z1[0])" in out
        assert len(out) < 20_000


def test_big_network_without_param_derives_one_rule_per_family(capsys, tmp_path):
    status, out, _ = derive(capsys, str(_big_files(tmp_path)[0]))
    assert status == 0
    assert "one derivation per family" in out
    for name in ("W1[j,i]", "b1", "W2[j,i]", "b2", "W3[j,i]", "b3"):
        assert f"\ndL/d{name}\n" in out


def test_big_network_refuses_expanded(capsys, tmp_path):
    status, out, err = derive(capsys, str(_big_files(tmp_path)[0]), "--param", "W1[0,0]", "--expanded")
    assert status == 2 and out == ""
    assert "--expanded" in err and "terms" in err and len(err.strip().splitlines()) == 1
