"""A learning rate written as its number, and a formula denied inside one display, written as other authors would
(other names, other networks and other rates than the pages'):

- an update (or a step, or a chain member of one) that names no learning rate and writes the problem file's rate as
  its number, a factor of a product (batch 114's Octave ``w2 -= 0.5 * d_E_w2`` at the file's 0.5; ``0.1 * dw``,
  ``\\frac{1}{2}``, ``5e-1``, a division by 2), judged with eta fixed at the file's rate: right where its value is the
  true new value at that rate, whichever factor was meant as the rate (the 2 of a squared error beside a rate of 2);
  a number beside the rate's name, a number that is not the file's rate, or a file with no rate: judged for every
  rate, as before; the file's rate 1 left out (``w - dw``): judged at that rate, saying so (since fix115, whose
  tests hold it); an update in numbers where the file has no rate: refused;
- a formula denied inside one display, the denying words set in a text command (``$$ A = B \\text{ not } A = C $$``,
  ``\\quad\\text{rather than}\\quad``, ``\\text{, not }``, ``\\mbox{instead of}``): the claim judged and the denied
  formula dropped, in check and in grade alike (every format of grade shows the same claims); the words before any
  claim (``$$ \\text{not } A = C $$``) refused in one line, in grade a note and no claim;
- a step named by δ glued to a weight's name (batch 109's studyx, ``δW35 = learning_rate * Error * dY * Y3``), which
  its notation does not declare: refused, saying that δ needs its layer and how to declare the step (``"δW35" =
  "-eta*grad(W2[0, 0])"``); declared so, it reads (also with the rate written as its number).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names (the rate written as a number transcribed
as eta, the oracle drawing eta at random: at the file's rate the two are the same update).
"""

from __future__ import annotations

import csv
import io
import json

import tomllib

import pytest

from backprop.cli import main
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, SIGMOID_2_2_1, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin


def _rate(network: str, rate: str) -> str:
    return f"{network}[update]\nlearning_rate = {rate}\n"


# one sigmoid unit under the squared error (no 1/2): dL/dw = 2(a - y) a (1 - a) x
SIGMOID_2_1_SE = SIGMOID_2_1.replace("half_squared_error", "squared_error")

NETWORKS = {
    "rate-0.5": _rate(SIGMOID_2_1, "0.5"),
    "rate-0.1": _rate(SIGMOID_2_2_1, "0.1"),
    "rate-2": _rate(SIGMOID_2_1_SE, "2"),
    "rate-1": _rate(SIGMOID_2_1, "1"),
    "rate-1-se": _rate(SIGMOID_2_1_SE, "1.0"),
    "no-rate": SIGMOID_2_1,
    "softmax-rate-0.5": _rate(SOFTMAX_2_3, "0.5"),
    "no-rate-data": SIGMOID_2_1 + "[data]\nx = [[0.5, -1.0]]\ny = [[0.25]]\n",
}
CHECKS = CaseChecks(NETWORKS)

# code's names of one weight, its gradient and its unit
_CODE = r'''
[notation]
[notation.symbols]
"w1" = "W1[0, 0]"
"dw1" = "grad(W1[0, 0])"
"x1" = "x[0]"
"out" = "a1[0]"
"t" = "y[0]"
"dout" = "grad(a1[0])"
'''
# a layer's matrix and its gradient, as NumPy or Octave code names them
_MATRIX = r'''
[notation]
[notation.symbols]
"W2" = "W2[:, :]"
"dW2" = "grad(W2[:, :])"
'''
# a 2-2-1 network's output weight named as code does, and its step named by δ glued to it (declared or not)
_STEP_NAMES = r'''
[notation]
[notation.symbols]
"W5" = "W2[0, 0]"
"h1" = "a1[0]"
"out" = "a2[0]"
"t" = "y[0]"
"W5_new" = "new(W2[0, 0])"
'''
_STEP_DECLARED = _STEP_NAMES + '"δW5" = "-eta*grad(W2[0, 0])"\n'
_STEP = "(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0]"
_SLOPE = "a1[0]*(1 - a1[0])*x[0]"
_GRAD = f"(a1[0] - y[0])*{_SLOPE}"            # dL/dW1[0,0], half squared error
_GRAD_SE = f"2*(a1[0] - y[0])*{_SLOPE}"       # under the squared error
_OUTPUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[{i}]"  # dL/dW2[0,i] of the 2-2-1 network
_I2 = ({"i": 0}, {"i": 1})


def _cases() -> list[Public]:
    return [
        # ---- the file's rate written as its number, a factor ---------------------------------------------------
        Public("rate-code-minus-equals", "test", "rate-0.5", _CODE, "        w1 -= 0.5 * dw1;", ((C,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD}",)),)),
        Public("rate-code-expanded-wrong", "test", "rate-0.5", _CODE, "w1 = w1 - 0.5 * (out - t) * x1", ((W,),),
               (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),)),
        Public("rate-frac", "test", "rate-0.5", _CODE, r"$w1 := w1 - \frac{1}{2} \cdot dw1$", ((C,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD}",)),)),
        Public("rate-exponent", "test", "rate-0.5", _CODE, "w1 = w1 - 5e-1 * (out - t) * out * (1 - out) * x1",
               ((C,),), (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD}",)),)),
        Public("rate-division", "test", "rate-0.5", _CODE, "w1 = w1 - dw1 / 2", ((C,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD}",)),)),
        Public("rate-chain", "test", "rate-0.5", _CODE,
               r"w1 \leftarrow w1 - 0.5 \cdot dw1 = w1 - 0.5 (out - t) out (1 - out) x1", ((C, C),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD}", f"W1[0,0] - eta*{_GRAD}")),)),
        Public("rate-chain-wrong", "test", "rate-0.5", _CODE,
               r"w1 \leftarrow w1 - 0.5 \cdot dw1 = w1 - 0.5 (out - t) out (1 + out) x1", ((C, W),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD}",
                                           "W1[0,0] - eta*(a1[0] - y[0])*a1[0]*(1 + a1[0])*x[0]")),)),
        Public("rate-matrix", "test", "rate-0.1", _MATRIX, "    W2 -= 0.1 * dW2", ((C,),),
               (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] - eta*{_OUTPUT}",), _I2),)),
        Public("rate-matrix-plus-wrong", "test", "rate-0.1", _MATRIX, "W2 += 0.1 * dW2", ((W,),),
               (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] + eta*{_OUTPUT}",), _I2),)),
        # ---- a number that is not the file's rate, or beside the rate's name -----------------------------------
        Public("rate-other-number-wrong", "test", "rate-0.1", _MATRIX, "W2 -= 0.01 * dW2", ((W,),),
               (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] - 0.01*{_OUTPUT}",), _I2),)),
        Public("rate-beside-eta-wrong", "test", "rate-0.5", _CODE, r"w1 := w1 - \eta \cdot 0.5 \cdot dw1", ((W,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*0.5*{_GRAD}",)),)),
        Public("rate-no-file-rate-wrong", "test", "no-rate", _CODE, "w1 -= 0.5 * dw1", ((W,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - 0.5*{_GRAD}",)),)),
        # ---- a rate of 2 beside a squared error's 2 ------------------------------------------------------------
        Public("rate-two-and-the-squares-two", "test", "rate-2", _CODE,
               "w1 = w1 - 2 * 2 * (out - t) * out * (1 - out) * x1", ((C,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD_SE}",)),)),
        Public("rate-two-one-two-left-out-wrong", "test", "rate-2", _CODE,
               "w1 = w1 - 2 * (out - t) * out * (1 - out) * x1", ((W,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*(a1[0] - y[0])*{_SLOPE}",)),)),
        # ---- a rate of 1 ---------------------------------------------------------------------------------------
        Public("rate-one-written", "test", "rate-1", _CODE, "w1 = w1 - 1 * dw1", ((C,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD}",)),)),
        Public("rate-one-left-out", "test", "rate-1", _CODE, "w1 = w1 - dw1", ((C,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD}",)),)),
        Public("rate-one-left-out-slip-wrong", "test", "rate-1-se", _CODE,
               "w1 = w1 - (out - t) * out * (1 - out) * x1", ((W,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - (a1[0] - y[0])*{_SLOPE}",)),)),
        # ---- a formula denied inside one display ---------------------------------------------------------------
        Public("deny-text-not", "test", "rate-0.5", _CODE, r"$$ dout = out - t \text{ not } dout = t - out $$",
               ((C,),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("deny-quad-rather-than-wrong", "test", "rate-0.5", _CODE,
               r"$$ dout = t - out \quad\text{rather than}\quad dout = out - t $$", ((W,),),
               (Twin("value", "a1[0] - y[0]", ("y[0] - a1[0]",)),)),
        Public("deny-comma-not-inline", "test", "rate-0.5", _CODE, r"so $dout = out - t \text{, not } dout = out$.",
               ((C,),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("deny-mbox-instead-of", "test", "rate-0.5", _CODE,
               r"\[ dout = out - t \; \mbox{instead of} \; dout = (out - t) out (1 - out) \]", ((C,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("deny-chain-kept", "test", "rate-0.5", _CODE,
               r"$$ dout = out - t = -(t - out) \text{ and not } dout = t - out $$", ((C, C),),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "-(y[0] - a1[0])")),)),
        # ---- a step named by δ glued to a weight's name, declared -----------------------------------------------
        Public("delta-step-declared", "test", "rate-0.1", _STEP_DECLARED, "δW5 = eta * (t - out) * out * (1 - out) * h1",
               ((C,),), (Twin("step", "W2[0,0]", (f"-(eta*{_STEP})",)),)),
        Public("delta-step-declared-wrong", "test", "rate-0.1", _STEP_DECLARED,
               "δW5 = eta * (out - t) * out * (1 - out) * h1", ((W,),),
               (Twin("step", "W2[0,0]", ("-(eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0])",)),)),
        Public("delta-step-declared-rate-number", "test", "rate-0.1", _STEP_DECLARED,
               "δW5 = 0.1 * (t - out) * out * (1 - out) * h1", ((C,),), (Twin("step", "W2[0,0]", (f"-(eta*{_STEP})",)),)),
        Public("delta-step-declared-update", "test", "rate-0.1", _STEP_DECLARED, "W5_new = W5 + δW5", ((C,),),
               (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _steps(network: str, notation: str, text: str, **options) -> list:
    problem = CHECKS.problem(Public("steps", "test", network, notation, text))
    result = check_homework(problem, text, notation=notation_from_table(tomllib.loads(notation)["notation"], "<t>"),
                            **options)
    return [step for claim in result.claims for step in claim.steps]


def test_a_rate_written_as_its_number_says_so_in_the_verdict():
    step, = _steps("rate-0.5", _CODE, "w1 -= 0.5 * dw1;")
    assert step.verdict == "correct"
    assert step.given == ("judged at the file's learning rate eta = 0.5, which it writes as the number 0.5, everything"
                          " else at random points")
    step, = _steps("rate-0.5", _CODE, r"w1 := w1 - \frac{1}{2} dw1")
    assert "writes as the number 1/2" in step.given
    step, = _steps("rate-0.5", _CODE, "w1 = w1 - dw1 / 2")
    assert "writes as a division by 2" in step.given


def test_a_wrong_update_at_the_written_rate_shows_that_rate_and_the_hint():
    step, = _steps("rate-2", _CODE, "w1 = w1 - 2 * (out - t) * out * (1 - out) * x1")
    assert step.verdict == "wrong" and step.result.counterexample.sample.eta == 2.0
    assert "judged at the file's learning rate eta = 2" in step.detail
    assert "the learning rate is missing" in step.detail


def test_the_rate_written_with_param_and_update_and_without_a_left_side():
    step, = _steps("rate-0.5", _CODE, "w1 - 0.5 * dw1", param="W1[0,0]", update=True)
    assert step.verdict == "correct" and "eta = 0.5" in step.given
    step, = _steps("rate-0.5", _CODE, "w1 - 0.25 * dw1", param="W1[0,0]", update=True)
    assert step.verdict == "wrong"


def test_the_rate_written_in_a_case_given_with_when():
    problem = CHECKS.problem(Public("when", "test", "softmax-rate-0.5", None, ""))
    for formula, verdict in (("W1[0,0] := W1[0,0] - 0.5 * (a1[0] - 1) * x[0]", "correct"),
                             ("W1[0,0] := W1[0,0] - 0.5 * a1[0] * x[0]", "wrong")):
        result = check_homework(problem, formula, when="label=0")
        step, = [step for claim in result.claims for step in claim.steps]
        assert step.verdict == verdict and "eta = 0.5" in step.detail


def test_a_gradient_or_value_with_a_number_equal_to_the_rate_is_untouched():
    # the 1/2 of a half squared error beside a rate of 0.5: a value, whose truth has no rate in it
    step, = _steps("rate-0.5", _CODE, "E = 0.5 * (t - out)**2")
    assert step.verdict == "correct" and not step.given
    step, = _steps("rate-0.5", _CODE, "dw1 = 0.5 * (out - t) * out * (1 - out) * x1")
    assert step.verdict == "wrong"


def test_the_rate_of_one_left_out_is_judged_at_that_rate_saying_so():
    # since fix115: at the file's rate 1 the line is the step (test_reading_constructs_fix115.py)
    step, = _steps("rate-1", _CODE, "w1 = w1 - dw1")
    assert step.verdict == "correct" and step.given.startswith("right at this problem's rate 1 only")


def test_an_update_in_numbers_where_the_file_has_no_rate_is_refused():
    message = CHECKS.refused("no-rate-data", _CODE, r"w1 \leftarrow 0.3 - 0.5 \cdot 0.082")
    assert "the file has no learning_rate" in message


def test_the_sympy_syntax_update_with_the_rate_written(capsys, _problem_file):
    problem = _problem_file("rate-0.5")
    assert main(["check", problem, "--param", "W1[0,0]", "--update", "--formula",
                 "W1[0,0] - 0.5*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"]) == 0
    assert "judged at the file's learning rate eta = 0.5" in capsys.readouterr().out
    assert main(["check", problem, "--param", "W1[0,0]", "--update", "--formula",
                 "W1[0,0] - 0.5*2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"]) == 1


@pytest.fixture
def _problem_file(tmp_path):
    def write(network: str) -> str:
        path = tmp_path / f"{network}.toml"
        path.write_text(NETWORKS[network] + "[data]\nx = [[0.5, -1.0]]\ny = [[0.25]]\n")
        return str(path)
    return write


def test_grade_gives_the_rates_note_in_every_format(tmp_path, capsys, _problem_file):
    submission = tmp_path / "ada.md"
    submission.write_text("The output weight's update:\n\n$$ W1[0,0] := W1[0,0] - 0.5 \\cdot (a1[0] - y[0])"
                          " a1[0] (1 - a1[0]) x[0] $$\n")
    problem = _problem_file("rate-0.5")
    note = "judged at the file's learning rate eta = 0.5, which it writes as the number 0.5"
    assert main(["grade", str(submission), "--problem", problem, "--format", "text", "--workers", "1"]) == 0
    assert note in capsys.readouterr().out
    assert main(["grade", str(submission), "--problem", problem, "--format", "json", "--workers", "1"]) == 0
    claim, = json.loads(capsys.readouterr().out)["submissions"][0]["claims"]
    assert claim["verdict"] == "correct" and note in claim["detail"]
    assert main(["grade", str(submission), "--problem", problem, "--format", "csv", "--workers", "1"]) == 0
    row, = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert row["verdict"] == "correct" and note in row["detail"]
    assert main(["grade", str(submission), "--problem", problem, "--format", "html", "--out", str(tmp_path / "html"),
                 "--workers", "1"]) == 0
    assert note.replace("'", "&#x27;") in (tmp_path / "html" / "ada.html").read_text()
    assert main(["grade", str(submission), "--problem", problem, "--format", "gradescope", "--out",
                 str(tmp_path / "gs"), "--workers", "1"]) == 0
    assert note in (tmp_path / "gs" / "ada" / "results.json").read_text()


def test_words_in_a_text_command_denying_before_any_claim_are_refused():
    message = CHECKS.refused("rate-0.5", _CODE, r"$$ \text{not } dout = t - out $$")
    assert "'not' denies the formula after it" in message and "write the claim alone" in message


def test_a_text_command_of_other_words_stays_as_written():
    message = CHECKS.refused("rate-0.5", _CODE, r"$$ dout = out - t \text{ is not } dout = t - out $$")
    assert "denies" not in message


_DENIED = r"""# Denials

$$ dout = out - t \text{ not } dout = t - out $$

$$ dout = t - out \quad\text{rather than}\quad dout = out - t $$

Inline, $dout = out - t \text{, not } dout = out$ is the one.

$$ \text{not } dout = t - out $$
"""


def test_grade_judges_the_claim_and_never_the_denied_formula_in_every_format(tmp_path, capsys, _problem_file):
    submission = tmp_path / "ada.md"
    submission.write_text(_DENIED)
    notation = tmp_path / "code.toml"
    notation.write_text(_CODE)
    problem = _problem_file("rate-0.5")
    common = ["--problem", problem, "--notation", str(notation), "--workers", "1"]
    expected = [(3, "dout = out - t", "correct"), (5, "dout = t - out", "wrong"), (7, "dout = out - t", "correct")]
    assert main(["grade", str(submission), *common, "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["submissions"][0]
    assert [(claim["line"], claim["text"], claim["verdict"]) for claim in found["claims"]] == expected
    assert any("'not' denies the formula after it" in note for note in found["notes"])
    assert main(["grade", str(submission), *common, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(int(row["line"]), row["verdict"]) for row in rows] == [(line, verdict) for line, _, verdict in expected]
    assert main(["grade", str(submission), *common, "--format", "text"]) == 0
    text = capsys.readouterr().out
    assert "1 wrong" in text and "2 correct" in text and "t - out $$" not in text
    for _line, claim, _verdict in expected:
        assert claim in text
    assert main(["grade", str(submission), *common, "--format", "gradescope", "--out", str(tmp_path / "gs")]) == 0
    results = json.loads((tmp_path / "gs" / "ada" / "results.json").read_text())
    assert [test["name"].split(":")[0] for test in results["tests"]] == [f"line {line}" for line, _, _ in expected]


def test_a_step_named_by_delta_glued_to_a_weight_undeclared_is_refused_saying_how_to_declare_it():
    for text in ("δW5 = eta * (t - out) * out * (1 - out) * h1", "W5_new = W5 + δW5"):
        message = CHECKS.refused("rate-0.1", _STEP_NAMES, text)
        assert "\\delta before W5, a parameter: the error \\delta needs its layer" in message
        assert '"δW5" = "-eta*grad(W2[0, 0])"' in message
