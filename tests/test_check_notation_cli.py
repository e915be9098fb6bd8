"""`backprop check` with notations from the command line: where a notation comes from (bundled,
--notation FILE, the problem file's [notation] table), exit statuses, the report of each member,
general rules (--param W2[j,i]), cases (--when) and one-line refusals of bad notations."""

from __future__ import annotations

from pathlib import Path

import pytest

from backprop.cli import main
from backprop.symbolic.homework import check_homework
from seed_verbatim import problem

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"
REGRESSION = str(EXAMPLES / "seed000_regression.toml")
SOFTMAX = str(EXAMPLES / "seed004_softmax_classifier.toml")
RIGHT = r"\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -2(y - O_0^2) \cdot O_1^1"
HALF = r"\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -(y - O_0^2) \cdot O_1^1"


def check(capsys, *arguments):
    status = main(["check", *arguments])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_a_seed_formula_is_correct_in_its_bundled_notation(capsys):
    status, out, err = check(capsys, REGRESSION, "--notation", "seed000", "--formula", RIGHT)
    assert (status, err) == (0, "")
    assert out.startswith("correct: ") and "derivative of the loss of W2[0,0]" in out


def test_a_wrong_member_exits_1_with_its_numbers_and_hint(capsys):
    status, out, _ = check(capsys, REGRESSION, "--notation", "seed000", "--formula", HALF)
    assert status == 1
    assert "step 1: wrong" in out and "formula = " in out and "hint: it is half the true derivative" in out


def test_the_same_notation_from_a_file_and_from_the_problem_file(capsys, tmp_path):
    bundled = (Path(__file__).resolve().parent.parent / "src" / "backprop" / "symbolic" / "notations"
               / "seed000.toml").read_text(encoding="utf-8")
    notation_file = tmp_path / "course.toml"
    notation_file.write_text(bundled, encoding="utf-8")
    assert check(capsys, REGRESSION, "--notation", str(notation_file), "--formula", RIGHT)[0] == 0
    problem_file = tmp_path / "problem.toml"
    problem_file.write_text(Path(REGRESSION).read_text(encoding="utf-8") + "\n" + bundled, encoding="utf-8")
    status, out, _ = check(capsys, str(problem_file), "--formula", RIGHT)
    assert status == 0 and "[notation] of problem.toml" in out


def test_a_general_rule_named_by_param_is_checked_for_every_index_value(capsys):
    status, out, _ = check(capsys, REGRESSION, "--param", "W1[j,i]", "--formula",
                           r"\frac{\partial L}{\partial W^{(1)}_{ji}} = 2(a^{(2)}_0 - y) W^{(2)}_{0j} a^{(1)}_j (1 - a^{(1)}_j) x_i")
    assert status == 0 and "for all 6 index values" in out
    status, out, _ = check(capsys, REGRESSION, "--param", "W1[j,i]", "--formula",
                           r"\frac{\partial L}{\partial W^{(1)}_{ji}} = 2(a^{(2)}_0 - y) W^{(2)}_{0j} a^{(1)}_j (1 - a^{(1)}_j) x_0")
    assert status == 1 and "first wrong at j = 0, i = 1" in out


def test_a_case_by_label(capsys):
    formula = r"\frac{\partial L}{\partial z_j} = P_j"
    assert check(capsys, SOFTMAX, "--notation", "seed004", "--formula", formula)[0] == 1
    assert check(capsys, SOFTMAX, "--notation", "seed004", "--when", "label!=j", "--formula", formula)[0] == 0
    assert check(capsys, SOFTMAX, "--notation", "seed004", "--when", "label=j", "--formula", formula)[0] == 1


@pytest.mark.parametrize("notation, words", [
    ('[notation]\nindices = 3\n', "key 'indices'"),
    ('[notation]\ncolour = "red"\n', "key 'colour': is not a notation key"),
    # a teacher's misspelt table (qa35): the nearest key named
    ('[notation.symbol]\n"w" = "W1[0, 0]"\n', "key 'symbol': is not a notation key; did you mean 'symbols'?"),
    ('[notation]\nfunctions = { g = "mish" }\n', "'mish' is not a function backprop knows"),
    ('[notation.symbols]\n"a + b" = "x[0]"\n', "is not one symbol"),
    ('[other]\n', "has no [notation] table"),
    ('[notation\n', "line 1, column 10: TOML syntax error"),  # (qa37: placed, as a problem file's)
])
def test_a_bad_notation_file_is_refused_in_one_line(capsys, tmp_path, notation, words):
    path = tmp_path / "bad.toml"
    path.write_text(notation, encoding="utf-8")
    status, out, err = check(capsys, REGRESSION, "--notation", str(path), "--formula", RIGHT)
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and words in err, err


@pytest.mark.parametrize("arguments, words", [
    (["--notation", "seed999", "--formula", RIGHT], "no such file, nor a bundled notation"),
    (["--notation", "seed000", "--formula", r"\frac{\partial SEE}{\partial a_{10}^0} = 1"], "a_{10}^{0}"),
    (["--notation", "seed000", "--formula", r"\frac{\partial SEE}{\partial a_{00}^1} = Q_0"], "unknown symbol Q_{0}"),
    (["--notation", "seed000", "--formula", r"= -2(y - O_0^2)"], "has no left side"),
    (["--notation", "seed000", "--when", "label=j", "--formula", RIGHT], "one-hot"),
])
def test_an_unreadable_formula_exits_2_in_one_line(capsys, arguments, words):
    status, out, err = check(capsys, REGRESSION, *arguments)
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and words in err, err


@pytest.mark.parametrize("arguments, status", [
    (["--param", "W1[0,0]", "--formula", "-0.00065"], 0),              # seed 004's dL/dw1, to its digits
    (["--param", "W1[0,0]", "--formula", "-0.00070"], 1),
    (["--param", "W1[0,0]", "--update", "--formula", "-1.6999346"], 0),  # -1.7 - 0.1 * (-0.00065410)
    (["--param", "W1[0,0]", "--update", "--formula", "-1.6990"], 1),
])
def test_a_bare_number_is_judged_at_the_files_numbers(capsys, arguments, status):
    sparse = str(EXAMPLES / "seed004_sparse_sigmoid.toml")
    assert check(capsys, sparse, *arguments)[0] == status


def test_a_derivative_by_the_target_is_read():
    # seed 002 differentiates CE = -sum l_i log2(l'_i) by the label l_n: -log2(l'_n) (its log is base 2)
    network = problem("seed002_classification_log2")
    left = r"\frac{\partial CE(\ell, \ell')}{\partial \ell_n} = "
    assert check_homework(network, left + r"-\log_2(\ell'_n)", notation="seed002").verdict == "correct"
    assert check_homework(network, left + r"-\log(\ell'_n)", notation="seed002").verdict == "wrong"


def test_a_sum_over_a_set_of_numbers_or_of_every_class(capsys):
    # seed 004 writes the softmax's denominator over {cat, dog, cow, horse}: the file's classes, all
    # of them, so the sum runs over every unit; a set of numbers lists the values of k itself
    softmax = r"P_{\text{dog}} = \frac{e^{z_{\text{dog}}}}{\sum_{k \in \{%s\}} e^{z_k}}"
    for members, verdict in (("\\text{cat, dog, cow, horse}", "correct"), ("\\text{horse}, \\text{cat}, \\text{dog},"
                             " \\text{cow}", "correct"), ("1, 2, 3, 4", "correct"), ("1, 2, 3", "wrong")):
        status = main(["check", "seed004_softmax_classifier", "--notation", "seed004", "--latex", softmax % members])
        assert (status, capsys.readouterr().out.splitlines()[-1]) == ({"correct": 0, "wrong": 1}[verdict], verdict)
    # which units two of the classes are is the notation's to say: refused, with what would be read
    assert main(["check", "seed004_softmax_classifier", "--notation", "seed004", "--latex",
                 softmax % "\\text{cat, dog}"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "not every class of the file" in error and "(cat, dog, cow, horse)" in error


NG_NOTATION = r'''
[notation]
indices = "jkl"
functions = { g = "sigmoid" }
[notation.symbols]
"Z_{j}^{[l]}" = "z{l}[j]"
"W_{jk}^{[l]}" = "W{l}[j, k]"
"dZ_{j}^{[l]}" = "delta{l}[j]"
'''


@pytest.mark.parametrize("formula, words", [
    # a superscript on a function of a vector was taken for a power: SymPy raised (batch 10; the layer with its
    # prime, g^{[1]'}, is read since, as g': test_reading_constructs_batch10)
    (r"dZ^{[1]} = W^{[2]T} dZ^{[2]} g^{2}(Z^{[1]})", "a superscript 2 on a function"),
])
def test_constructs_that_crashed_are_refused_in_one_line(capsys, tmp_path, formula, words):
    problem_file = tmp_path / "ng.toml"
    problem_file.write_text(Path(REGRESSION).read_text(encoding="utf-8") + NG_NOTATION, encoding="utf-8")
    status, out, err = check(capsys, str(problem_file), "--formula", formula)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


SIGMOID_NET = str(EXAMPLES / "seed004_sparse_sigmoid.toml")  # 4-2-1, sigmoid units throughout
LAYERED = '[notation]\nfunctions = { g = "sigmoid" }\n[notation.symbols]\n"z_{j}^{[l]}" = "z{l}[j]"\n"a_{j}^{[l]}" = "a{l}[j]"\n'


@pytest.mark.parametrize("formula, verdict", [
    (r"a_{0}^{[2]} = g^{[2]}(z_{0}^{[2]})", "correct"),   # Ng's g^{[l]}: the layer's function, not its square
    (r"a_{0}^{[2]} = g^{(2)}(z_{0}^{[2]})", "correct"),
    (r"a_{1}^{[1]} = g^{[1]}(z_{1}^{[1]})", "correct"),
    (r"a_{0}^{[2]} = g^{2}(z_{0}^{[2]})", "wrong"),        # a bare 2 is a power: sigmoid(z)^2
])
def test_a_layer_on_a_function_is_not_a_power(capsys, tmp_path, formula, verdict):
    # g^{[2]}(z) was read as g(z)^2 (the parser keeps [2] as 2): a right formula judged wrong
    notation = tmp_path / "ng.toml"
    notation.write_text(LAYERED, encoding="utf-8")
    status, out, err = check(capsys, SIGMOID_NET, "--notation", str(notation), "--formula", formula)
    assert err == "" and out.rstrip().endswith(verdict) and status == (0 if verdict == "correct" else 1), out
