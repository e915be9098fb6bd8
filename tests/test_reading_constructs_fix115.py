"""A rate of 1 left out, a layer told by its index letter, and a product sign set as text, written as other authors
would (other names, other networks than the pages'):

- an update (or a step, or a chain member of one) that names no learning rate on a file whose rate is exactly 1
  (held-out batch 115's ``w_1 += w_1_dx``, batch 92's ``synapse_0 += np.dot(X.T, layer_1_delta)``): at the file's
  rate 1 the line is the step, so it is judged at eta = 1, the verdict saying so ("right at this problem's rate 1
  only: the rule leaves eta out; write eta"), in check and every format of grade; the same line on a file of rate
  0.5 stays wrong (the learning rate missing);
- the layer told by the index's letter (i the inputs, j the hidden units, k the outputs, each letter its own
  pattern of one shape: ``"o_{j}" = "a1[j-1]"`` beside ``"o_{k}" = "a2[k-1]"``): a letter the patterns bind to one
  layer ranges over that layer's units only (k over the two outputs where the hidden layer has three), a sum's
  letter too (``\\sum_k \\delta_k w_{jk}``); a letter none of the patterns has (``o_a``, ``w_{kj}`` where the
  patterns write w_{ij} and w_{jk}) is refused, the notation not saying its layer;
- ``\\text{×}`` and ``\\text{·}`` (Korean and Japanese notes' product signs set as text, as ``\\text{*}``): the
  product; ``\\text{x}``, a letter, is no product sign.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names (a rate of 1 left out transcribed as eta, the oracle
drawing eta at random: at the file's rate the two are the same update).
"""

from __future__ import annotations

import json

import tomllib

import pytest

from backprop.cli import main
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, SIGMOID_2_2_1, SIGMOID_2_2_2, SIGMOID_2_3_2, TANH_2_3_LINEAR_2_SE
from public_formulas import C, W, Public
from seed_verbatim import Twin


def _rate(network: str, rate: str) -> str:
    return f"{network}[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    "rate-1": _rate(SIGMOID_2_1, "1"),
    "rate-1.0-hidden": _rate(SIGMOID_2_2_1, "1.0"),
    "rate-0.5": _rate(SIGMOID_2_1, "0.5"),
    "letters-2-3-2": SIGMOID_2_3_2,
    "letters-tanh-2-3-2": TANH_2_3_LINEAR_2_SE,
    "signs-2-2-2": SIGMOID_2_2_2 + "[data]\nx = [[0.1, 0.2]]\ny = [[0.4, 0.6]]\n",
}
CHECKS = CaseChecks(NETWORKS)

# code's names of one weight, its negative gradient (the step code adds) and its unit
_CODE = r'''
[notation]
[notation.symbols]
"w1" = "W1[0, 0]"
"w1_step" = "-grad(W1[0, 0])"
"dw1" = "grad(W1[0, 0])"
"x1" = "x[0]"
"out" = "a1[0]"
"t" = "y[0]"
'''
# NumPy's matrices of a 2-2-1 network, input-first as code multiplies x W, and the deltas code computes
_MATRICES = r'''
[notation]
[notation.symbols]
"W_hidden" = "W1[:, :].T"
"W_out" = "W2[:, :].T"
"X" = "x[:]"
"hidden" = "a1[:]"
"out_delta" = "-delta2[:]"
'''
# one letter for each layer's units: i the inputs, j the hidden units, k the outputs (a textbook's convention)
_LETTERS = r'''
[notation]
indices = "ijk"
[notation.symbols]
"o_{i}" = "x[i-1]"
"o_{j}" = "a1[j-1]"
"o_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"w_{ij}" = "W1[j-1, i-1]"
"w_{jk}" = "W2[k-1, j-1]"
"\\delta_{j}" = "delta1[j-1]"
"\\delta_{k}" = "delta2[k-1]"
'''
# the same convention in other letters (p, h, c) and names, the hidden layer still the widest
_OTHER_LETTERS = r'''
[notation]
indices = "phc"
[notation.symbols]
"v_{p}" = "x[p-1]"
"v_{h}" = "a1[h-1]"
"v_{c}" = "a2[c-1]"
"s_{h}" = "z1[h-1]"
"s_{c}" = "z2[c-1]"
"d_{c}" = "y[c-1]"
"u_{hc}" = "W2[c-1, h-1]"
"u_{ph}" = "W1[h-1, p-1]"
'''
# wikidocs' names of a 2-2-2 network, as cgm-16's Korean notes write them
_WIKIDOCS = r'''
[notation]
[notation.symbols]
"W_{5}" = "W2[0, 0]"
"h_{1}" = "a1[0]"
"o_{1}" = "a2[0]"
"target_{o1}" = "y[0]"
"E_{total}" = "L"
'''
_GRAD = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"   # dL/dW1[0,0] of one sigmoid unit, half squared error
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"   # the output delta of the 2-3-2 network
_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
       "*a1[{j}]*(1 - a1[{j}])")
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_C2 = tuple({"c": c} for c in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_J3K2 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
_C2H3 = tuple({"c": c, "h": h} for c in range(2) for h in range(3))


def _cases() -> list[Public]:
    return [
        # ---- a rate of 1 left out ------------------------------------------------------------------------------
        Public("rate-one-plus-equals-step", "test", "rate-1", _CODE, "    w1 += w1_step", ((C,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD}",)),)),
        Public("rate-one-minus-gradient", "test", "rate-1", _CODE, r"$w1 \leftarrow w1 - dw1$", ((C,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_GRAD}",)),)),
        Public("rate-one-expanded-wrong", "test", "rate-1", _CODE, "w1 = w1 - (out - t) * out * (1 + out) * x1",
               ((W,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*a1[0]*(1 + a1[0])*x[0]",)),)),
        Public("rate-one-matrices", "test", "rate-1.0-hidden", _MATRICES, "W_out += np.dot(hidden.T, out_delta)",
               ((C,),), (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[{j}]",),
                              tuple({"j": j} for j in range(2))),)),
        Public("rate-half-left-out-wrong", "test", "rate-0.5", _CODE, "    w1 += w1_step", ((W,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - {_GRAD}",)),)),
        # ---- the layer told by the index's letter --------------------------------------------------------------
        Public("letters-output-weight", "test", "letters-2-3-2", _LETTERS,
               r"\frac{\partial E}{\partial w_{jk}} = \delta_k o_j", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), _K2J3),)),
        Public("letters-output-weight-wrong", "test", "letters-2-3-2", _LETTERS,
               r"\frac{\partial E}{\partial w_{jk}} = \delta_k o_k", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a2[{{k}}]",), _K2J3),)),
        Public("letters-output-delta", "test", "letters-2-3-2", _LETTERS, r"\delta_k = (o_k - t_k) o_k (1 - o_k)",
               ((C,),), (Twin("value", _D2, (_D2,), _K2),)),
        Public("letters-output-delta-wrong", "test", "letters-2-3-2", _LETTERS,
               r"\delta_k = (t_k - o_k) o_k (1 - o_k)", ((W,),),
               (Twin("value", _D2, ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("letters-hidden-delta-sum", "test", "letters-2-3-2", _LETTERS,
               r"\delta_j = o_j (1 - o_j) \sum_k \delta_k w_{jk}", ((C,),), (Twin("value", _D1, (_D1,), _J3),)),
        Public("letters-hidden-delta-sum-wrong", "test", "letters-2-3-2", _LETTERS,
               r"\delta_j = o_j \sum_k \delta_k w_{jk}", ((W,),),
               (Twin("value", _D1, ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]"
                                              "*(1 - a2[1])*W2[1,{j}])*a1[{j}]",), _J3),)),
        Public("other-letters-gradient", "test", "letters-tanh-2-3-2", _OTHER_LETTERS,
               r"\frac{\partial E}{\partial u_{hc}} = 2 (v_c - d_c) v_h", ((C,),),
               (Twin("gradient", "W2[{c},{h}]", ("2*(a2[{c}] - y[{c}])*a1[{h}]",), _C2H3),)),
        Public("other-letters-value", "test", "letters-tanh-2-3-2", _OTHER_LETTERS,
               r"\frac{\partial E}{\partial v_c} = 2 (v_c - d_c)", ((C,),),
               (Twin("value", "2*(a2[{c}] - y[{c}])", ("2*(a2[{c}] - y[{c}])",), _C2),)),
        Public("other-letters-value-wrong", "test", "letters-tanh-2-3-2", _OTHER_LETTERS,
               r"\frac{\partial E}{\partial v_c} = (v_c - d_c)", ((W,),),
               (Twin("value", "2*(a2[{c}] - y[{c}])", ("a2[{c}] - y[{c}]",), _C2),)),
        # ---- a product sign set as text ------------------------------------------------------------------------
        Public("text-times", "test", "signs-2-2-2", _WIKIDOCS,
               r"$$\frac{∂E_{total}}{∂W_{5}} = (o_{1} - target_{o1}) \text{×} o_{1}(1 - o_{1}) \text{×} h_{1}$$",
               ((C,),), (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),)),
        Public("text-times-wrong", "test", "signs-2-2-2", _WIKIDOCS,
               r"$$\frac{∂E_{total}}{∂W_{5}} = (o_{1} - target_{o1}) \text{×} o_{1}(1 - o_{1}) \text{×} o_{1}$$",
               ((W,),), (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a2[0]",)),)),
        Public("text-middle-dot", "test", "signs-2-2-2", _WIKIDOCS,
               r"$$\frac{∂E_{total}}{∂W_{5}} = (o_{1} - target_{o1}) \text{ · } o_{1}(1 - o_{1}) \mathrm{\cdot} h_{1}$$",
               ((C,),), (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _steps(network: str, notation: str, text: str, **options) -> list:
    problem = CHECKS.problem(Public("steps", "test", network, notation, text))
    result = check_homework(problem, text, notation=notation_from_table(tomllib.loads(notation)["notation"], "<t>"),
                            **options)
    return [step for claim in result.claims for step in claim.steps]


_RATE_ONE = "right at this problem's rate 1 only: the rule leaves eta out; write eta"


def test_a_rate_of_one_left_out_is_judged_at_one_and_says_so():
    step, = _steps("rate-1", _CODE, "w1 += w1_step")
    assert step.verdict == "correct" and step.given.startswith(_RATE_ONE) and _RATE_ONE in step.detail
    step, = _steps("rate-1", _CODE, "w1 = w1 - (out - t) * out * (1 + out) * x1")
    assert step.verdict == "wrong" and step.result.counterexample.sample.eta == 1.0
    assert "judged at this problem's rate 1 only: the rule leaves eta out; write eta" in step.detail


def test_a_rate_written_or_named_on_a_rate_one_file_keeps_its_own_reading():
    step, = _steps("rate-1", _CODE, "w1 = w1 - 1 * dw1")
    assert step.verdict == "correct" and "writes as the number 1" in step.given
    step, = _steps("rate-1", _CODE, r"w1 \leftarrow w1 - \eta \cdot dw1")
    assert step.verdict == "correct" and not step.given


def test_a_rate_left_out_where_the_file_s_rate_is_not_one_stays_wrong():
    step, = _steps("rate-0.5", _CODE, "w1 = w1 - dw1")
    assert step.verdict == "wrong" and "the learning rate is missing" in step.detail and not step.given


def test_a_rate_of_one_left_out_update_in_numbers_is_untouched():
    problem = CHECKS.problem(Public("numbers", "test", "rate-1", None, ""))
    result = check_homework(problem, "W1[0,0] := W1[0,0] - 0.5")
    step, = [step for claim in result.claims for step in claim.steps]
    assert _RATE_ONE not in step.detail and _RATE_ONE not in step.given


def test_grade_gives_the_rate_of_one_note_in_every_format(tmp_path, capsys):
    problem = tmp_path / "problem.toml"
    problem.write_text(NETWORKS["rate-1"] + "[data]\nx = [[0.5, -1.0]]\ny = [[0.25]]\n")
    submission = tmp_path / "ada.md"
    submission.write_text("The update:\n\n$$ W1[0,0] := W1[0,0] - (a1[0] - y[0]) a1[0] (1 - a1[0]) x[0] $$\n")
    assert main(["grade", str(submission), "--problem", str(problem), "--format", "text", "--workers", "1"]) == 0
    assert _RATE_ONE in capsys.readouterr().out
    assert main(["grade", str(submission), "--problem", str(problem), "--format", "json", "--workers", "1"]) == 0
    claim, = json.loads(capsys.readouterr().out)["submissions"][0]["claims"]
    assert claim["verdict"] == "correct" and _RATE_ONE in claim["detail"]
    assert main(["check", str(problem), "--param", "W1[0,0]", "--update", "--formula",
                 "W1[0,0] - (a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"]) == 0
    assert _RATE_ONE in capsys.readouterr().out


@pytest.mark.parametrize("text", [r"\delta_a = (o_a - t_a) o_a (1 - o_a)", r"\delta_j = o_j (1 - o_j) \sum_a \delta_a w_{ja}",
                                  r"\delta_j = o_j (1 - o_j) \sum_k \delta_k w_{kj}"])
def test_a_letter_no_pattern_gives_a_layer_is_refused(text):
    message = CHECKS.refused("letters-2-3-2", _LETTERS, text)
    assert "matches two patterns of the notation alike" in message or "which layer it runs over" in message


def test_an_output_letter_never_runs_over_the_hidden_layer():
    step, = _steps("letters-2-3-2", _LETTERS, r"\frac{\partial E}{\partial w_{jk}} = \delta_k o_j")
    assert step.verdict == "correct"
    problem = CHECKS.problem(Public("count", "test", "letters-2-3-2", _LETTERS, ""))
    result = check_homework(problem, r"\delta_k = (o_k - t_k) o_k (1 - o_k)",
                            notation=notation_from_table(tomllib.loads(_LETTERS)["notation"], "<t>"))
    assert result.claims[0].values == 2  # k = 1, 2: the outputs, never the hidden layer's third unit


def test_a_letter_set_as_text_is_no_product_sign():
    message = CHECKS.refused("signs-2-2-2", _WIKIDOCS, r"$$ E_{total} = 0.5 \text{x} 0.2 $$")
    assert "\\times" not in message


@pytest.mark.parametrize("text, name", [(r"\delta_j = \partial o_j (1 - o_j) o_j", ""),
                                        (r"\delta_j = \frac{\partial E}{\partial w_{jk}} = \partial o_j o_j", "o_{j}")])
def test_a_lone_partial_on_a_right_side_is_refused_saying_where_check_reads_it(text, name):
    message = CHECKS.refused("letters-2-3-2", _LETTERS, text)
    assert "expected '/' in ∂L/∂w" in message
    assert f"a lone \\partial{' ' + name if name else ''} is read only as a claim's whole left side" in message


def test_a_sympy_update_on_a_rate_one_file_reaches_the_rate_rule_with_no_one_written(tmp_path, capsys):
    """The SymPy-syntax router sent an update to the rate rule only where a number equal to the rate stood in it: on a
    rate-1 file, W1[0,0] - (a1[0] - y[0])*x[0] (an identity output: no 1 - a) was judged at every rate and called
    wrong, while the same rule with a (1 - a) factor was judged at eta = 1. Both reach the rule now; eta keeps its own."""
    problem = tmp_path / "problem.toml"
    problem.write_text('[[layer]]\ninputs = 2\nunits = 1\nactivation = "identity"\n[loss]\nname = "half_squared_error"\n'
                       "[update]\nlearning_rate = 1.0\n[data]\nx = [[0.5, -0.3]]\ny = [[1.0]]\n")
    check = ["check", str(problem), "--param", "W1[0,0]", "--update", "--formula"]
    assert main([*check, "W1[0,0] - (a1[0] - y[0])*x[0]"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("correct") and _RATE_ONE in out
    main([*check, "W1[0,0] + (a1[0] - y[0])*x[0]"])
    assert capsys.readouterr().out.startswith("wrong")
    assert main([*check, "W1[0,0] - eta*(a1[0] - y[0])*x[0]"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("correct") and _RATE_ONE not in out
