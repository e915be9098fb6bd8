"""Constructs of batches 145 and 146 that check refused, written here as other authors would (other names, other
networks):

- LaTeX's braced comma between digits, ``0{,}1``, as European pages write the decimal comma (batch 146's Italian
  note, ``net_j = 0{,}5``): the number with its point; ``1{,}250{,}000`` the thousands' separators; one braced comma
  that may be either, ``1{,}250``, refused naming both numbers; inside a script's braces, ``w_{1{,}2}``, as written;
- a prime written before a function's subscript, ``\\sigma'_1(z^{(1)})`` (batch 146's worked example): the notation's
  \\sigma_1 primed, as ``\\sigma_1'(z^{(1)})`` reads;
- two claims joined by ``, \\quad`` where the display runs over code comments' lines, the ``\\quad`` on a line of its
  own (batch 146's notebook exported to Python): each claim read;
- a display's line after ``\\\\`` going on with a chain whose first line wrote a parameter's steps, ``w_{ij}(t+1) =
  w_{ij}(t) + ... \\\\ = w_{ij}(t) + ...`` (batch 146's zh-wj): the line's w_{ij}(t) the same step as on the first
  line (read alone, the line's w_{ij}(t) was no step);
- ``\\cdot`` between two rows entry by entry where their inner product makes a vector's member a number, as between
  two columns: one output's weights W^{[2]} (a row) for the column W^{[2]T}, ``\\delta^{[1]} = W^{[2]} \\cdot
  \\delta^{[2]} \\cdot g'(z^{[1]})`` (batch 145's zh-d1); with two outputs the missing transpose stays refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks, index_grid as _grid
from construct_networks import SIGMOID_2_2_1, TANH_2_3_SIGMOID_1, TANH_2_3_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin
from backprop.symbolic.quantities import FormulaError
from backprop.symbolic.typography import continued_steps
from backprop.symbolic.typography_tex import decimal_commas

_UPDATE = "\n[update]\nlearning_rate = 0.1\n"
NETWORKS = {
    # one sigmoid unit at the file's numbers: z = 0.5*1 - 0.25*2 + 0.1 = 0.1, o = sigmoid(0.1) = 0.52498, t = 1
    "numbers": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.25]]\nbiases = [0.1]\n'
               '[loss]\nname = "half_squared_error"\n[data]\nx = [[1.0, 2.0]]\ny = [[1.0]]\n' + _UPDATE,
    "tanh-sigmoid-2": TANH_2_3_SIGMOID_2 + _UPDATE,
    "tanh-sigmoid-1": TANH_2_3_SIGMOID_1 + _UPDATE,
    "sigmoid-2-2-1": SIGMOID_2_2_1 + _UPDATE,
}
CHECKS = CaseChecks(NETWORKS)


# ---- the decimal comma {,} -------------------------------------------------------------------------------------
_NUMBERS = r'''
[notation]
[notation.symbols]
"s" = "z1[0]"
"o" = "a1[0]"
"t" = "y[0]"
"e" = "-grad(z1[0])"
'''
_E = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"


def _comma_cases() -> list[Public]:
    return [
        Public("braced-comma", "test", "numbers", _NUMBERS, r"$s = 0{,}1$", ((C,),), (Twin("value", "z1[0]", ("=0.1",)),)),
        Public("braced-comma-wrong", "test", "numbers", _NUMBERS, r"$s = 0{,}3$", ((W,),),
               (Twin("value", "z1[0]", ("=0.3",)),)),
        Public("braced-comma-in-a-call", "test", "numbers", _NUMBERS, r"$o = \sigma(0{,}1) \approx 0{,}525$", ((C, C),),
               (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.1))", "=0.525")),)),
        Public("braced-comma-in-a-call-wrong", "test", "numbers", _NUMBERS, r"$o = \sigma(0{,}1) \approx 0{,}475$",
               ((C, W),), (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.1))", "=0.475")),)),
        Public("braced-comma-chain", "test", "numbers", _NUMBERS,
               r"$e = (t - o)\, o\, (1 - o) = (1 - 0{,}525) \cdot 0{,}525 \cdot 0{,}475 \approx 0{,}1185$",
               ((C, C, C),), (Twin("value", _E, (_E, "=(1 - 0.525)*0.525*0.475", "=0.1185")),)),
        Public("braced-comma-chain-wrong", "test", "numbers", _NUMBERS,
               r"$e = (t - o)\, o\, (1 - o) = (1 - 0{,}525) \cdot 0{,}525 \approx 0{,}2494$",
               ((C, W, W),), (Twin("value", _E, (_E, "=(1 - 0.525)*0.525", "=0.2494")),)),
        Public("braced-thousands", "test", "numbers", _NUMBERS, r"$s = 1{,}000{,}000 / 10000000$", ((C,),),
               (Twin("value", "z1[0]", ("=1000000/10000000",)),)),
    ]


def test_a_braced_comma_that_may_part_thousands_is_refused_naming_both_numbers():
    message = CHECKS.refused("numbers", _NUMBERS, r"$s = 1{,}250 / 12500$")
    assert "the number 1{,}250 reads two ways: 1250 (the comma a thousands' separator) or 1.250 (a decimal comma)" \
        in message and "write 1250 (or 1.250)" in message


def test_a_braced_comma_inside_a_script_or_after_one_stays_as_written():
    assert decimal_commas(r"w_{1{,}2} + x_1{,}2") == r"w_{1{,}2} + x_1{,}2"
    assert decimal_commas(r"(0{,}1, 12{,}5)") == "(0.1, 12.5)"
    with pytest.raises(FormulaError):
        decimal_commas("7{,}500")


# ---- a prime before a function's subscript ------------------------------------------------------------------------
_LAYERED = r'''
[notation]
functions = { "\\sigma_{1}" = "tanh", "\\sigma_{2}" = "sigmoid" }
[notation.symbols]
"z^{(1)}" = "z1[:]"
"W^{(2)}" = "W2[:, :]"
"\\delta^{(1)}" = "grad(z1[:])"
"\\delta^{(2)}" = "grad(z2[:])"
'''
_UP = " + ".join(f"W2[{k},{{j}}]*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))
_D1 = f"({_UP})*(1 - a1[{{j}}]**2)"
_D1_SIGMOID = f"({_UP})*(1/(1 + exp(-z1[{{j}}])))*(1 - 1/(1 + exp(-z1[{{j}}])))"


def _prime_cases() -> list[Public]:
    return [
        Public("prime-before-subscript", "test", "tanh-sigmoid-2", _LAYERED,
               r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma'_1(z^{(1)})", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_D1,), _grid(j=3)),)),
        Public("prime-before-braced-subscript", "test", "tanh-sigmoid-2", _LAYERED,
               r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma'_{1}(z^{(1)})", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_D1,), _grid(j=3)),)),
        Public("prime-before-subscript-other-layer", "test", "tanh-sigmoid-2", _LAYERED,
               r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma'_2(z^{(1)})", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (_D1_SIGMOID,), _grid(j=3)),)),
    ]


# ---- two claims over comment lines, \quad on a line of its own ----------------------------------------------------
_COMMENTED = r'''
[notation]
loss = ["L"]
[notation.symbols]
"a^{(1)}" = "a1[:]"
"W^{(2)}" = "W2[:, :]"
"b^{(2)}" = "b2[:]"
"\\delta^{(2)}" = "grad(z2[:])"
'''
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _commented(second: str) -> str:
    return ("#    $$\n#    \\frac{\\partial L}{\\partial W^{(2)}} = \\delta^{(2)} (a^{(1)})^\\top,\n#    \\quad\n"
            f"#    \\frac{{\\partial L}}{{\\partial b^{{(2)}}}} = {second}\n#    $$")


def _comment_cases() -> list[Public]:
    gradient = Twin("gradient", "W2[0,{j}]", (f"{_D2}*a1[{{j}}]",), _grid(j=2))
    return [
        Public("quad-over-comment-lines", "test", "sigmoid-2-2-1", _COMMENTED, _commented("\\delta^{(2)}"),
               ((C,), (C,)), (gradient, Twin("gradient", "b2[0]", (_D2,)))),
        Public("quad-over-comment-lines-wrong", "test", "sigmoid-2-2-1", _COMMENTED, _commented("2 \\delta^{(2)}"),
               ((C,), (W,)), (gradient, Twin("gradient", "b2[0]", (f"2*{_D2}",)))),
    ]


# ---- a chain's next line after \\ with the first line's steps -----------------------------------------------------
_STEPS = r'''
[notation]
indices = "ij"
learning_rate = ["\\eta"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"h_{j}" = "a1[j-1]"
"v_{ji}" = "W1[j-1, i-1]"
"w_{j}" = "W2[0, j-1]"
"\\delta" = "-grad(z2[0])"
"\\delta_{j}" = "-grad(z1[j-1])"
'''
_G1 = f"{_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]"
_JI = _grid(j=2, i=2)


def _step_cases() -> list[Public]:
    update = f"W1[{{j}},{{i}}] - eta*{_G1}"
    return [
        Public("steps-on-the-next-line", "test", "sigmoid-2-2-1", _STEPS,
               "$$\nv_{ji}(t+1) = v_{ji}(t) + \\eta \\delta_j x_i \\\\\n= v_{ji}(t) + \\eta h_j (1 - h_j) w_j \\delta x_i\n$$",
               ((C, C),), (Twin("update", "W1[{j},{i}]", (update, update), _JI),)),
        Public("steps-on-the-next-line-wrong", "test", "sigmoid-2-2-1", _STEPS,
               "$$\nv_{ji}(t+1) = v_{ji}(t) + \\eta \\delta_j x_i \\\\\n= v_{ji}(t) - \\eta h_j (1 - h_j) w_j \\delta x_i\n$$",
               ((C, W),), (Twin("update", "W1[{j},{i}]", (update, f"W1[{{j}},{{i}}] + eta*{_G1}"), _JI),)),
        Public("steps-on-aligned-lines", "test", "sigmoid-2-2-1", _STEPS,
               "\\begin{aligned}\nv_{ji}(t+1) &= v_{ji}(t) + \\eta \\delta_j x_i \\\\\n&= v_{ji}(t) + \\eta \\left( "
               "w_j \\delta \\right) h_j (1 - h_j) x_i\n\\end{aligned}", ((C, C),),
               (Twin("update", "W1[{j},{i}]", (update, update), _JI),)),
        Public("steps-of-other-names-on-the-next-line", "test", "sigmoid-2-2-1", _STEPS,
               "$$\nv_{ji}(t+1) = v_{ji}(t) + \\eta \\delta_j x_i \\\\\n= v_{ji}(t) + \\eta \\delta_j(t) x_i(t)\n$$",
               ((C, C),), (Twin("update", "W1[{j},{i}]", (update, update), _JI),)),
    ]


def test_a_next_line_takes_the_steps_of_its_chain_only():
    chain = r"v_{ji}^{[t+1]} = v_{ji}^{[t]} + \eta \delta_j x_i"
    assert continued_steps(chain, r"= v_{ji}(t) + \eta \delta_j(t) x_i") == r"= v_{ji}^{[t]} + \eta \delta_j x_i"
    # no name at its next step in the chain, or the line writing none at (t): the line as written
    assert continued_steps(r"v_{ji} = v_{ji} + u", r"= v_{ji}(t) + u(t)") == r"= v_{ji}(t) + u(t)"
    assert continued_steps(chain, r"= u(t) + \sigma(t)") == r"= u(t) + \sigma(t)"


def test_a_sum_in_a_refusal_is_written_as_a_sum():
    message = CHECKS.refused("sigmoid-2-2-1", _STEPS, r"\delta = \delta + \sum_{j} w_j [1, 2]")
    assert "adds a vector or matrix and a number in \\delta + \\sum_{j} (w_{j}" in message and "big" not in message


# ---- one output's row W^{[2]} before \cdot --------------------------------------------------------------------------
_BRACKETS = r'''
[notation]
indices = "l"
functions = { g = "tanh" }
[notation.symbols]
"z^{[l]}" = "z{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"\\delta^{[l]}" = "grad(z{l}[:])"
'''
_ONE = "W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _row_cases() -> list[Public]:
    return [
        Public("one-output-row-cdot", "test", "tanh-sigmoid-1", _BRACKETS,
               r"\delta^{[1]} = W^{[2]} \cdot \delta^{[2]} \cdot g'(z^{[1]})", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (f"{_ONE}*(1 - a1[{{j}}]**2)",), _grid(j=3)),)),
        Public("one-output-row-cdot-without-slope", "test", "tanh-sigmoid-1", _BRACKETS,
               r"\delta^{[1]} = W^{[2]} \cdot \delta^{[2]} \cdot g(z^{[1]})", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (f"{_ONE}*a1[{{j}}]",), _grid(j=3)),)),
        Public("two-outputs-rows-cdot", "test", "tanh-sigmoid-2", _BRACKETS,
               r"\delta^{[1]} = \delta^{[2]} \cdot W^{[2]} \cdot g'(z^{[1]})", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_D1,), _grid(j=3)),)),
    ]


def test_two_outputs_weights_before_cdot_without_transpose_stay_refused():
    message = CHECKS.refused("tanh-sigmoid-2", _BRACKETS, r"\delta^{[1]} = W^{[2]} \cdot \delta^{[2]} \cdot g'(z^{[1]})")
    assert "W^{[2]}" in message


CASES = _comma_cases() + _prime_cases() + _comment_cases() + _step_cases() + _row_cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
