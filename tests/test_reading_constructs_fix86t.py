"""Batch 86's pages showed constructs refused, written here as other authors would (other names, other networks than
the pages'): a unit's net input labelled in parentheses after its name, ``H_2(in)`` (Fausett's z_in: the unit's
pre-activation, where the notation gives the name a layer's output); a result in Markdown bold after ``\\approx``
(``\\approx **...**``, the claimed value); a second subscript of digits after a plain subscript's letters, ``δ_H₂``
(Unicode's, read δ_H_2: δ of H_2 where the notation names \\delta_{Hj}); AsciiMath's transpose of a parenthesis
``(u)^t`` where the notation gives t no meaning, its ``@`` (the ring operator, the entrywise product) in a text its
partial derivative ``(del E)/(del b_1)`` marks, its ``cdots``; and a function the notation names by a Greek letter's
word (``phi = "sigmoid"``, as a formula's phi reads). What stays refused: the label on the network's input (which has
no net input), ``(net)`` (no label), a caret t where the notation names a t, ``δ_H₂`` where the notation names
\\delta_{H} too; and ``@`` outside a text AsciiMath's derivative marks is NumPy's (between two like vectors their inner
product: a number where the gradient is a vector, called wrong).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# Fausett's letters, renamed: I_i the inputs, H_j the hidden outputs, O_k the outputs, u_ij input i to hidden j,
# v_jk hidden j to output k, c_j the hidden biases, delta = -dE/dnet
_UNITS = r'''
[notation]
indices = "ijk"
[notation.symbols]
"I_{i}" = "x[i-1]"
"H_{j}" = "a1[j-1]"
"O_{k}" = "a2[k-1]"
"u_{ij}" = "W1[j-1, i-1]"
"v_{jk}" = "W2[k-1, j-1]"
"c_{j}" = "b1[j-1]"
"T_{k}" = "y[k-1]"
"\\delta_{Hj}" = "-delta1[j-1]"
"\\delta_{Ok}" = "-delta2[k-1]"
'''
# whole layers, no t of their own: A_1, A_2 the outputs, Y the targets, W_2 the output weights; phi the sigmoid
_LAYERS = r'''
[notation]
loss = ["E"]
functions = { "phi" = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"x_{i}" = "x[i-1]"
"A_{1}" = "a1[:]"
"A_{2}" = "a2[:]"
"Y" = "y[:]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
'''
# the same with t the targets: a caret t is then no transpose
_LAYERS_T = _LAYERS.replace('"Y" = "y[:]"', '"t" = "y[:]"')

_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_Z12 = "x[0]*W1[1,0] + x[1]*W1[1,1] + b1[1]"
_D2 = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_DH2 = f"({_D2.format(k=0)}*W2[0,1] + {_D2.format(k=1)}*W2[1,1])*a1[1]*(1 - a1[1])"
_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_B1 = f"({_OUT.format(k=0)}*W2[0,{{j}}] + {_OUT.format(k=1)}*W2[1,{{j}}])*a1[{{j}}]"
_A1 = "1/(1 + np.exp(-(x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0])))"


def _cases() -> list[Public]:
    return [
        Public("net-input-label", "test", "sigmoid-2-2-2", _UNITS, "H_2(in) = I_1 u_{12} + I_2 u_{22} + c_2", ((C,),),
               (Twin("value", "z1[1]", (_Z12,)),)),
        Public("net-input-label-unicode", "test", "sigmoid-2-2-2", _UNITS, "H₂(in) = I₁·u₁₂ + I₂·u₂₂ + c₂", ((C,),),
               (Twin("value", "z1[1]", (_Z12,)),)),
        Public("net-input-label-wrong", "test", "sigmoid-2-2-2", _UNITS, "H_2(in) = I_1 u_{12} + I_2 u_{22}", ((W,),),
               (Twin("value", "z1[1]", ("x[0]*W1[1,0] + x[1]*W1[1,1]",)),)),
        Public("net-input-label-is-no-output", "test", "sigmoid-2-2-2", _UNITS, "H_2 = H_2(in)", ((W,),),
               (Twin("value", "a1[1]", ("z1[1]",)),)),
        Public("bold-after-approx", "test", "sigmoid-2-2-2", _UNITS,
               "H_2 = \\sigma(H_2(in)) \\approx **\\sigma(I_1 u_{12} + I_2 u_{22} + c_2)**", ((C, C),),
               (Twin("value", "a1[1]", (f"1/(1 + np.exp(-({_Z12})))", f"1/(1 + np.exp(-({_Z12})))")),)),
        Public("bold-after-approx-wrong", "test", "sigmoid-2-2-2", _UNITS,
               "H_2 = \\sigma(H_2(in)) ≈ **\\sigma(I_1 u_{12} + I_2 u_{22})**", ((C, W),),
               (Twin("value", "a1[1]", (f"1/(1 + np.exp(-({_Z12})))", "1/(1 + np.exp(-(x[0]*W1[1,0] + x[1]*W1[1,1])))")),)),
        Public("unicode-subscript-in-subscript", "test", "sigmoid-2-2-2", _UNITS,
               "δ_H₂ = (δ_O₁·v₂₁ + δ_O₂·v₂₂)·H₂·(1 - H₂)", ((C,),), (Twin("value", _DH2, (_DH2,)),)),
        Public("plain-subscript-in-subscript", "test", "sigmoid-2-2-2", _UNITS,
               "delta_H_2 = (delta_O_1 v_21 + delta_O_2 v_22) H_2 (1 - H_2)", ((C,),), (Twin("value", _DH2, (_DH2,)),)),
        Public("unicode-subscript-in-subscript-wrong", "test", "sigmoid-2-2-2", _UNITS,
               "δ_H₂ = (δ_O₁·v₂₁ + δ_O₂·v₂₂)·H₂", ((W,),),
               (Twin("value", _DH2, (f"({_D2.format(k=0)}*W2[0,1] + {_D2.format(k=1)}*W2[1,1])*a1[1]",)),)),
        Public("caret-t-of-parenthesis", "test", "sigmoid-2-3-2", _LAYERS,
               "\\frac{\\partial E}{\\partial b_1} = (((A_2 - Y) \\odot A_2 \\odot (1 - A_2))^t W_2)^t \\odot A_1"
               " \\odot (1 - A_1)", ((C,),), (Twin("gradient", "b1[{j}]", (f"{_B1}*(1 - a1[{{j}}])",), _J3),)),
        Public("caret-t-of-parenthesis-wrong", "test", "sigmoid-2-3-2", _LAYERS,
               "\\frac{\\partial E}{\\partial b_1} = (((A_2 - Y) \\odot A_2 \\odot (1 - A_2))^t W_2)^t \\odot A_1",
               ((W,),), (Twin("gradient", "b1[{j}]", (_B1,), _J3),)),
        Public("asciimath-ring", "test", "sigmoid-2-3-2", _LAYERS,
               "<p>`(del E)/(del b_1) = (((A_2 - Y) @ A_2 @ (1 - A_2))^t W_2)^t @ A_1 @ (1 - A_1)`</p>", ((C,),),
               (Twin("gradient", "b1[{j}]", (f"{_B1}*(1 - a1[{{j}}])",), _J3),)),
        Public("asciimath-ring-wrong", "test", "sigmoid-2-3-2", _LAYERS,
               "`(del E)/(del b_1) = (((A_2 - Y) @ A_2)^t W_2)^t @ A_1 @ (1 - A_1)`", ((W,),),
               (Twin("gradient", "b1[{j}]", (
                   "((a2[0] - y[0])*a2[0]*W2[0,{j}] + (a2[1] - y[1])*a2[1]*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])",),
                   _J3),)),
        Public("asciimath-ring-row-cdots", "test", "sigmoid-2-2-2", _LAYERS,
               "`(del E)/(del W_1) = ((W_2^t ((A_2 - Y) @ A_2 @ (1 - A_2))) @ A_1 @ (1 - A_1)) [[x_1, cdots, x_n]]`",
               ((C,),),
               (Twin("gradient", "W1[{j},{i}]", (
                   f"({_OUT.format(k=0)}*W2[0,{{j}}] + {_OUT.format(k=1)}*W2[1,{{j}}])*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",),
                   tuple({"j": j, "i": i} for j in range(2) for i in range(2))),)),
        Public("at-outside-asciimath-is-numpys", "test", "sigmoid-2-3-2", _LAYERS,
               "dE/db_1 = (((A_2 - Y) * A_2 * (1 - A_2))^t W_2)^t @ (A_1 * (1 - A_1))", ((W,),),
               (Twin("gradient", "b1[{j}]", (" + ".join(f"({_B1}*(1 - a1[{{j}}]))".format(j=j) for j in range(3)),),
                     _J3),)),
        Public("greek-word-function", "test", "sigmoid-2-2-2", _LAYERS, "A_1 = phi(W_1 X + b_1)", ((C,),),
               (Twin("value", "a1[{j}]", ("1/(1 + np.exp(-(x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}])))",), _J2),)),
        Public("greek-word-function-wrong", "test", "sigmoid-2-2-2", _LAYERS, "A_1 = phi(W_1 X)", ((W,),),
               (Twin("value", "a1[{j}]", ("1/(1 + np.exp(-(x[0]*W1[{j},0] + x[1]*W1[{j},1])))",), _J2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_the_inputs_net_input_is_refused():
    """``I_1(in)``: the network's input has no net input; I_1 times (in), whose letters name nothing, is refused."""
    CHECKS.refused("sigmoid-2-2-2", _UNITS, "I_1(in) = I_1")


def test_net_is_no_label():
    """``H_2(net)``: no net input's label (O(net) is as often the output written with its argument); n, e, t name
    nothing here, so it is refused."""
    CHECKS.refused("sigmoid-2-2-2", _UNITS, "H_2(net) = I_1 u_{12} + I_2 u_{22} + c_2")


def test_a_second_subscript_where_the_notation_names_both_is_refused():
    """``δ_H_2`` where the notation names both \\delta_{H} and \\delta_{Hj}: δ of H_2, or δ_H with a subscript 2."""
    CHECKS.refused("sigmoid-2-2-2", _UNITS + '"\\\\delta_{H}" = "-delta1[0]"\n',
                   "δ_H₂ = (δ_O₁·v₂₁ + δ_O₂·v₂₂)·H₂·(1 - H₂)")


def test_a_caret_t_where_the_notation_names_t_is_refused():
    """``(u)^t`` where t is the targets: a power t of a vector, refused; no transpose is guessed."""
    CHECKS.refused("sigmoid-2-3-2", _LAYERS_T,
                   "\\frac{\\partial E}{\\partial b_1} = (((A_2 - t) \\odot A_2 \\odot (1 - A_2))^t W_2)^t \\odot A_1"
                   " \\odot (1 - A_1)")
