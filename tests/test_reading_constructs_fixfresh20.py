"""Batch 84's pages showed constructs of code and plain text refused, written here as other authors would (other
names, other networks than the pages'):

- a formula in a code string literal, a key's value (``formula: 'E = ...',``, ``{ label: ..., tex: '...' }``, a
  name's ``rule = "..."``), the escapes of JavaScript's strings undone, and a claim after a comma with a label of
  its own (``Sum: s = ..., Output: h = ...``);
- plain text's double subscripts: ``\\Delta w_k_j`` for w_{kj} (Haykin's index letters, one a run) and a word
  subscript with an underscore, ``δ_capa_oculta``, where the notation names \\delta_{capa_oculta} (any script's
  letters, ``δ_próxima_capa``);
- R's next step in brackets, ``v1[i+1] = v1[i] - ...``, where the notation names ``v1[i]`` and ``v1[i+1]``;
- a literal row index beside a placeholder pattern, code's ``wt[2][l]`` where the notation names ``wt_{2k}`` (the
  output's weights in row 2 of the array) and ``wt_{ij}``: the literal pattern wins, as the spec's precedence says,
  while a rule's letter ``wt[m][n]`` ranges over the rows the placeholder pattern names;
- a comment's sentence ending before its claim, ``// the unit's sum. s = ...``;
- ``\\otimes`` between two vectors where the outer product's matrix fits no reading of a vector's left side: the
  entrywise product, the one reading.

What stays refused: a string joined to code (``'E = ' + loss``) or filled in (a template's ``${...}``); a double
subscript the notation names both as a whole and by a shorter part; ``v1[i+1]`` where the notation names only
``v1[i]``; a word's full stop glued to a one-letter name before the equation.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_1, TANH_2_1_NOTATION, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "tanh-2-2-sigmoid": TANH_2_2_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)

# TANH_2_1's names, with an error e and a delta
_CARD = TANH_2_1_NOTATION + r'''"target" = "y[0]"
"output" = "a1[0]"
"\\delta" = "grad(z1[0])"
'''
_DH = "(a1[0] - y[0])*(1 - a1[0]**2)"

# Haykin's letters on the output layer of SIGMOID_2_2_2: k an output, j a hidden unit
_HAYKIN = r'''
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"w_{kj}" = "W2[k, j]"
"y_{j}" = "a1[j]"
"\\delta_{k}" = "-delta2[k]"
"\\Delta w_{kj}" = "-eta*grad(W2[k, j])"
'''
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
# a notation naming a shorter part of a double subscript too
_SHORTER = r'''
[notation]
[notation.symbols]
"\\delta_{h}" = "grad(z1[0])"
"\\delta_{h_{1}}" = "grad(z1[1])"
'''

# a Spanish page's words: the hidden layer's delta, the next layer's (the one output), the weight between
_WORDS = r'''
[notation]
[notation.symbols]
"\\delta_{capa_oculta}" = "grad(z1[0])"
"\\delta_{próxima_capa}" = "grad(z2[0])"
"a_{oculta}" = "a1[0]"
"w" = "W2[0, 0]"
'''
_DOUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# R's names: the weight at step i and at i + 1, its gradient
_R_STEPS = r'''
[notation]
indices = "n"
[notation.symbols]
"v1[i]" = "W1[0, 0]"
"v1[i+1]" = "new(W1[0, 0])"
"x1" = "x[0]"
"h" = "a1[0]"
"t" = "y[0]"
"delta_v1" = "grad(W1[0, 0])"
'''
_R_CURRENT_ONLY = r'''
[notation]
indices = "n"
[notation.symbols]
"v1[i]" = "W1[0, 0]"
"delta_v1" = "grad(W1[0, 0])"
'''

# Java's one array of weights: rows 0 and 1 the hidden units', row 2 the output's
_ARRAY = r'''
[notation]
indices = "ijklmn"
learning_rate = ["alpha"]
[notation.symbols]
"x_{j}" = "x[j]"
"wt_{ij}" = "W1[i, j]"
"wt_{2k}" = "W2[0, k]"
"err1_{l}" = "-grad(a1[l])"
"d1_{l}" = "-delta1[l]"
"d2" = "-delta2[0]"
"output1_{i}" = "a1[i]"
'''
_L2 = tuple({"l": l} for l in range(2))
_MN = tuple({"m": m, "n": n} for m in range(2) for n in range(2))
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# vectors of SIGMOID_2_2_2's layers
_VECTORS = r'''
[notation]
[notation.symbols]
"\\delta^{(1)}" = "grad(z1[:])"
"\\delta^{(2)}" = "grad(z2[:])"
"W^{(2)}" = "W2[:, :]"
"z^{(1)}" = "z1[:]"
"z^{(2)}" = "z2[:]"
"a^{(1)}" = "a1[:]"
"a^{(2)}" = "a2[:]"
"y" = "y[:]"
'''
_I2 = tuple({"i": i} for i in range(2))
_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{i}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{i}])"
       "*a1[{i}]*(1 - a1[{i}])")
_D1_UNTRANSPOSED = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[{i},0] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[{i},1])"
                    "*a1[{i}]*(1 - a1[{i}])")


def _cases() -> list[Public]:
    return [
        # a code string literal holding the formula
        Public("literal-key", "test", "tanh-two", _CARD, "    formula: 'E = 0.5 × (target - output)²',", ((C,),),
               (Twin("value", "(y[0] - a1[0])**2/2", ("0.5*(y[0] - a1[0])**2",)),)),
        Public("literal-key-wrong", "test", "tanh-two", _CARD, '  eq: "E = (target - output)²",', ((W,),),
               (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2",)),)),
        Public("literal-escaped-tex", "test", "tanh-two", _CARD,
               "  { label: 'delta', tex: '\\\\delta = (output - target) \\\\times (1 - output^2)' },", ((C,),),
               (Twin("gradient_z", "z1[0]", (_DH,)),)),
        Public("literal-escaped-tex-wrong", "test", "tanh-two", _CARD,
               "  { label: 'delta', tex: '\\\\delta = (output - target) \\\\times output' },", ((W,),),
               (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*a1[0]",)),)),
        Public("literal-assigned", "test", "tanh-two", TANH_2_1_NOTATION,
               'update_rule = "c := c - eta * (h - t) * (1 - h^2)"', ((C,),),
               (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
        Public("literal-labels-after-commas", "test", "tanh-two", TANH_2_1_NOTATION,
               "  calculation: 'Sum: s = v_1 x_1 + v_2 x_2 + c, Output: h = tanh(s)',", ((C,), (C,)),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
                Twin("value", "a1[0]", ("tanh(z1[0])",)))),
        Public("literal-labels-after-commas-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "  calculation: 'Sum: s = v_1 x_1 + v_2 x_2, Output: h = tanh(s)',", ((W,), (C,)),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
        # plain text's double subscripts
        Public("double-subscript-letters", "test", "sigmoid-2-2-2", _HAYKIN,
               "// \\Delta w_k_j = \\eta * \\delta_k * y_j", ((C,),),
               (Twin("value", f"-eta*{_D2}*a1[{{j}}]",
                     ("eta*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",), _KJ),)),
        Public("double-subscript-letters-wrong", "test", "sigmoid-2-2-2", _HAYKIN,
               "// \\Delta w_k_j = - \\eta * \\delta_k * y_j", ((W,),),
               (Twin("value", f"-eta*{_D2}*a1[{{j}}]", (f"eta*{_D2}*a1[{{j}}]",), _KJ),)),
        Public("double-subscript-words", "test", "tanh-2-2-sigmoid", _WORDS,
               "δ_capa_oculta = δ_próxima_capa × w × (1 - a_oculta²)", ((C,),),
               (Twin("gradient_z", "z1[0]", (f"{_DOUT}*W2[0,0]*(1 - a1[0]**2)",)),)),
        Public("double-subscript-words-wrong", "test", "tanh-2-2-sigmoid", _WORDS,
               "δ_capa_oculta = δ_próxima_capa × w × a_oculta", ((W,),),
               (Twin("gradient_z", "z1[0]", (f"{_DOUT}*W2[0,0]*a1[0]",)),)),
        # R's next step in brackets
        Public("r-next-step", "test", "tanh-two", _R_STEPS, "    v1[i+1] = v1[i] - (eta * delta_v1)", ((C,),),
               (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),)),
        Public("r-next-step-written-out", "test", "tanh-two", _R_STEPS,
               "    v1[i+1] = v1[i] - eta * (h - t) * (1 - h^2) * x1", ((C,),),
               (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),)),
        Public("r-next-step-wrong", "test", "tanh-two", _R_STEPS, "    v1[i+1] = v1[i] + (eta * delta_v1)", ((W,),),
               (Twin("update", "W1[0,0]", ("W1[0,0] + eta*grad",)),)),
        # a literal row index beside a placeholder pattern
        Public("literal-row", "test", "tanh-2-2-sigmoid", _ARRAY, "\t\terr1[l] = wt[2][l]*d2;", ((C,),),
               (Twin("value", f"-{_OUT}*W2[0,{{l}}]", (f"W2[0,{{l}}]*(-{_OUT})",), _L2),)),
        Public("literal-row-wrong", "test", "tanh-2-2-sigmoid", _ARRAY, "\t\terr1[l] = -wt[2][l]*d2;", ((W,),),
               (Twin("value", f"-{_OUT}*W2[0,{{l}}]", (f"W2[0,{{l}}]*{_OUT}",), _L2),)),
        Public("placeholder-rows-of-a-rule", "test", "tanh-2-2-sigmoid", _ARRAY,
               "\t\t\twt[m][n] += alpha*d1[m]*x[n]; ", ((C,),),
               (Twin("update", "W1[{m},{n}]", ("W1[{m},{n}] - eta*grad",), _MN),)),
        Public("literal-row-update", "test", "tanh-2-2-sigmoid", _ARRAY,
               "\t\twt[2][m] += alpha*d2*output1[m];", ((C,),),
               (Twin("update", "W2[0,{m}]", ("W2[0,{m}] - eta*grad",), tuple({"m": m} for m in range(2))),)),
        # a comment's sentence ending before its claim
        Public("sentence-end-before-claim", "test", "tanh-two", TANH_2_1_NOTATION,
               "// Computes the unit's input. s = v_1 x_1 + v_2 x_2 + c.", ((C,),),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),)),
        Public("sentence-end-before-claim-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "// Computes the unit's input. s = v_1 x_1 + v_2 x_2.", ((W,),),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),)),
        # \otimes where the outer product fits no reading of the left side's shape
        Public("otimes-vector-delta", "test", "sigmoid-2-2-2", _VECTORS,
               "$\\delta^{(1)} = ((W^{(2)})^T \\delta^{(2)}) \\otimes \\sigma'(z^{(1)})$", ((C,),),
               (Twin("gradient_z", "z1[{i}]", (_D1,), _I2),)),
        Public("otimes-vector-delta-wrong", "test", "sigmoid-2-2-2", _VECTORS,
               "$\\delta^{(1)} = (W^{(2)} \\delta^{(2)}) \\otimes \\sigma'(z^{(1)})$", ((W,),),
               (Twin("gradient_z", "z1[{i}]", (_D1_UNTRANSPOSED,), _I2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_string_joined_to_code_is_refused():
    """``'E = ' + loss``: the string is part of an expression of code, no formula of its own; a template's
    ``${...}`` is filled in when the code runs."""
    CHECKS.refused("tanh-two", _CARD, "    formula: 'E = ' + loss,")
    CHECKS.refused("tanh-two", _CARD, "    formula: `E = ${loss}`,")


def test_a_double_subscript_named_whole_wins_over_a_shorter_part():
    """``δ_h_1`` where the notation names \\delta_{h} (z1[0]'s) and \\delta_{h_{1}} (z1[1]'s): the spec's precedence,
    the pattern with more literal characters wins, reads \\delta_{h_{1}} (equal to itself, not to z1[0]'s delta)."""
    for text, verdict in (("δ_h_1 = δ_h_1", C), ("δ_h_1 = δ_h", W)):
        case = Public(f"double-subscript-precedence-{verdict}", "test", "sigmoid-2-2-2", _SHORTER, text, ((verdict,),),
                      ())
        assert CHECKS.verdicts(case) == ((verdict,),)


def test_a_next_step_the_notation_does_not_name_is_refused():
    """``v1[i+1]`` where the notation names only ``v1[i]``: as before, v1 (the step's name) names nothing."""
    CHECKS.refused("tanh-two", _R_CURRENT_ONLY, "    v1[i+1] = v1[i] - (eta * delta_v1)")


def test_a_full_stop_after_a_letter_stays_prose():
    """``// the sum s. s = ...``: a one-letter word before the full stop may be the formula's, so the line stays a
    remark in words."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "// the sum s. s = v_1 x_1 + v_2 x_2 + c")
