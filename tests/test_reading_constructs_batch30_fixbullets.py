"""The constructs batch 30 of the public formulas showed missing, each written as another author would (other names,
other networks than the pages'): a list's bullet before a line (``•``, and ``·`` or ``∙`` opening a list), GitHub's
```` ```math ```` fence, ``\\text{ }`` as a space, a claim ending its line with ``, \\quad`` before the next claim's
line, a definition with ``:=`` in a rule over the layer letter (Ng's ``dZ^{[l]} := \\frac{\\partial J}{\\partial
Z^{[l]}} = ...``), and a product's numbers in another order than its symbols (``v_1 x_1 = 1.2 \\times 0.315``). Each
case is judged right where the formula is right and wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.grading.document import equations
from construct_checks import CaseChecks
from construct_networks import TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

_RATE = '[update]\nlearning_rate = 0.2\n'
NETWORKS = {
    # one tanh unit on two inputs, the half squared error
    "tanh-unit": TANH_2_1 + '[data]\nx = [[0.6, -1.1]]\ny = [[0.25]]\n' + _RATE,
    # two sigmoid layers (2 -> 3 -> 2) with biases, the squared error
    "sigmoid-two": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\n[[layer]]\nunits = 2\n'
                   'activation = "sigmoid"\n[loss]\nname = "squared_error"\n' + _RATE,
    # one linear unit on two inputs, given weights and data (o = 0.3147 * 1.2 + 0.2562 * 0.7 = 0.55698)
    "linear-numbers": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                      'weights = [[0.3147, 0.2562]]\n[loss]\nname = "half_squared_error"\n'
                      '[data]\nx = [[1.2, 0.7]]\ny = [[0.5]]\n' + _RATE,
}
CHECKS = CaseChecks(NETWORKS)

_UNIT = r'''
[notation]
loss = ["E"]
learning_rate = ["\\mu"]
[notation.symbols]
"v_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"q" = "b1[0]"
"o" = "a1[0]"
"t" = "y[0]"
'''
# Ng's names, the layer in brackets; K the loss
_NG = r'''
[notation]
loss = ["K"]
functions = { h = "sigmoid" }
[notation.symbols]
"A^{[0]}" = "x[:]"
"W^{[l]}" = "W{l}[:, :]"
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dZ^{[l]}" = "grad(z{l}[:])"
"dW^{[l]}" = "grad(W{l}[:, :])"
"dA^{[l]}" = "grad(a{l}[:])"
'''
_DQ = "(a1[0] - y[0])*(1 - a1[0]**2)"
_DV1 = _DQ + "*x[0]"
# the two-layer sigmoid network's dK/dz of each layer, by unit
_D2 = tuple(f"2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))
_D1 = tuple(f"({_D2[0]}*W2[0,{j}] + {_D2[1]}*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])" for j in range(3))
_NG_DZ = (*({"t": f"z2[{k}]", "m": _D2[k], "w": f"2*(a2[{k}] - y[{k}])"} for k in range(2)),
          *({"t": f"z1[{j}]", "m": _D1[j], "w": f"({_D2[0]}*W2[0,{j}] + {_D2[1]}*W2[1,{j}])"} for j in range(3)))
_NG_DW = (*({"p": f"W2[{k},{j}]", "m": f"{_D2[k]}*a1[{j}]", "w": f"{_D2[k]}*a1[{j}]*a1[{j}]"}
            for k in range(2) for j in range(3)),
          *({"p": f"W1[{j},{i}]", "m": f"{_D1[j]}*x[{i}]", "w": f"{_D1[j]}*x[{i}]*x[{i}]"}
            for j in range(3) for i in range(2)))


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # a list's bullet before the line: a mark, never a product
            ("bullet", "• ∂E/∂q = (o - t)(1 - o²)", C, _DQ),
            ("bullet-no-slope", "• ∂E/∂q = (o - t)(1 - o)", W, "(a1[0] - y[0])*(1 - a1[0])"),
            ("middle-dot-bullet", "· ∂E/∂q = (o - t) · (1 - o²)", C, _DQ),
            ("bullet-operator", "∙ ∂E/∂q = (o - t) · (1 + o²)", W, "(a1[0] - y[0])*(1 + a1[0]**2)"),
            # GitHub's ```math fence: a delimiter, as $$ is
            ("math-fence", "```math\n\\frac{\\partial E}{\\partial q} = (o - t)(1 - o^2)\n```", C, _DQ),
            ("math-fence-sign", "```math\n\\frac{\\partial E}{\\partial q} = (t - o)(1 - o^2)\n```", W,
             "(y[0] - a1[0])*(1 - a1[0]**2)")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-unit", _UNIT, text, ((verdict,),),
                            (Twin("gradient", "b1[0]", (member,)),)))
    for key, text, verdict in (
            # \text{ } (\mbox{ }, \text{~}) between the rate and the gradient: a space, the product
            ("text-space", "v_1 := v_1 - \\mu \\text{ } \\frac{\\partial E}{\\partial v_1}", C),
            ("mbox-space-sign", "v_1 := v_1 + \\mu \\mbox{ } \\frac{\\partial E}{\\partial v_1}", W),
            ("text-tilde", "v_1 := v_1 - \\mu\\text{~}\\frac{\\partial E}{\\partial v_1}", C)):
        member = "W1[0,0] - eta*grad" if verdict == C else "W1[0,0] + eta*grad"
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-unit", _UNIT, text, ((verdict,),),
                            (Twin("update", "W1[0,0]", (member,)),)))
    for key, separator, second, verdict, member in (
            # claims of an aligned block, each ending its line with a comma and spacing before the next claim's line
            ("comma-quad", ", \\quad", "(o - t)(1 - o^2) x_1", C, _DV1),
            ("comma-thick-space", ",\\;", "(o - t)(1 - o^2) x_2", W, _DQ + "*x[1]"),
            ("comma-qquad", ",\\qquad", "(o - t) x_1", W, "(a1[0] - y[0])*x[0]")):
        text = ("$$\n\\begin{aligned}\n\\frac{\\partial E}{\\partial q} = (o - t)(1 - o^2)" + separator
                + "\n\\frac{\\partial E}{\\partial v_1} = " + second + "\n\\end{aligned}\n$$")
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-unit", _UNIT, text, ((C,), (verdict,)),
                            (Twin("gradient", "b1[0]", (_DQ,)), Twin("gradient", "W1[0,0]", (member,)))))
    for key, text, verdict, members in (
            # Ng's definitions over the layer letter: := names the gradient, then its value, at every layer
            ("ng-dZ", "dZ^{[l]} := \\frac{\\partial K}{\\partial Z^{[l]}} = dA^{[l]} * h'(Z^{[l]})", (C, C),
             ("{m}", "{m}")),
            ("ng-dZ-no-slope", "dZ^{[l]} := \\frac{\\partial K}{\\partial Z^{[l]}} = dA^{[l]}", (C, W),
             ("{m}", "{w}"))):
        cases.append(Public(f"{key}-{'-'.join(verdict)}", "test", "sigmoid-two", _NG, text, (verdict,),
                            (Twin("gradient_z", "{t}", members, _NG_DZ),)))
    for key, text, verdict, members in (
            ("ng-dW", "dW^{[l]} := \\frac{\\partial K}{\\partial W^{[l]}} = dZ^{[l]} A^{[l-1] T}", (C, C),
             ("{m}", "{m}")),
            ("ng-dW-squared",
             "dW^{[l]} := \\frac{\\partial K}{\\partial W^{[l]}} = dZ^{[l]} (A^{[l-1]} \\odot A^{[l-1]})^T", (C, W),
             ("{m}", "{w}"))):
        cases.append(Public(f"{key}-{'-'.join(verdict)}", "test", "sigmoid-two", _NG, text, (verdict,),
                            (Twin("gradient", "{p}", members, _NG_DW),)))
    for key, text, verdicts, numbers in (
            # the numbers follow x v while the symbols are v x: each number stands for its own quantity
            ("numbers-other-order", "o = v_1 x_1 + v_2 x_2 = 1.2 \\times 0.315 + 0.7 \\times 0.256 = 0.557", (C, C, C),
             "=1.2*0.315 + 0.7*0.256"),
            ("numbers-written-order", "o = v_1 x_1 + v_2 x_2 = 0.315 \\times 1.2 + 0.256 \\times 0.7", (C, C),
             "=0.315*1.2 + 0.256*0.7"),
            # a wrong number stays wrong in either order
            ("numbers-other-order-slip", "o = v_1 x_1 + v_2 x_2 = 1.2 \\times 0.351 + 0.7 \\times 0.256", (C, W),
             "=1.2*0.351 + 0.7*0.256"),
            ("numbers-written-order-slip", "o = v_1 x_1 + v_2 x_2 = 0.351 \\times 1.2 + 0.256 \\times 0.7", (C, W),
             "=0.351*1.2 + 0.256*0.7"),
            ("numbers-input-slip", "o = v_1 x_1 + v_2 x_2 = 1.3 \\times 0.315 + 0.7 \\times 0.256", (C, W),
             "=1.3*0.315 + 0.7*0.256"),
            ("numbers-other-order-result", "o = v_1 x_1 + v_2 x_2 = 1.2 \\times 0.315 + 0.7 \\times 0.256 = 0.562",
             (C, C, W), "=1.2*0.315 + 0.7*0.256")):
        # the twin's symbolic member follows the numbers' order, so that the oracle pairs each number with its own
        # quantity (its pairing is positional)
        symbolic = "x[0]*W1[0,0] + x[1]*W1[0,1]" if "other-order" in key or "input" in key else \
            "W1[0,0]*x[0] + W1[0,1]*x[1]"
        members = (symbolic, numbers) + (("=0.557",) if key == "numbers-other-order" else
                                         ("=0.562",) if key.endswith("result") else ())
        cases.append(Public(f"{key}", "test", "linear-numbers", _UNIT, text, (verdicts,),
                            (Twin("value", "a1[0]", members),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_dot_between_lines_of_one_product_is_no_bullet():
    """``·`` at a line's start after a line that ends in an operand multiplies it: never dropped as a bullet, so the
    product's second factor stays (a wrong factor there is still called wrong)."""
    notation = _UNIT
    case = Public("dot-continues", "test", "tanh-unit", notation, "∂E/∂q = (o - t)\n· (1 - o)", ((W,),),
                  (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0])",)),))
    assert CHECKS.verdicts(case) == ((W,),)


def test_an_empty_name_is_never_offered_as_a_notation_entry():
    """``\\text{{}}``: a name with nothing in it is refused saying to write a space, never ``"" = "a1[0]"``."""
    message = _refusal("tanh-unit", _UNIT, "v_1 := v_1 - \\mu \\text{{}} \\frac{\\partial E}{\\partial v_1}")
    assert '""' not in message and "nothing in it" in message and "\\quad" in message


def test_grade_reads_a_math_fence_as_display_mathematics_and_another_fence_as_code():
    """grade finds the chain in a ```math block, on the line it is written on, and none in a ```python block."""
    text = "Notes\n\n```math\n\\delta_k = (y - y_k) f'(h_k)\n```\n\n```python\nd = y - o\n```\n"
    chains = equations(text).chains
    assert [(chain.line, chain.members, chain.display) for chain in chains] == \
        [(4, ["\\delta_k", "(y - y_k) f'(h_k)"], True)]
