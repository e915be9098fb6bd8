"""The reading constructs batch 18 of the public formulas showed missing (the "What, How, Why" page), each written as
another author would (other names, another network than the page's): a Greek letter glued to its digits in plain
text, ``ε2`` (and ASCII ``\\epsilon2``), the letter with that subscript, in the notation's patterns and the formulas
alike, as ``t1`` is; Markdown's inline-code backticks around a formula, dropped as ``$`` are; symbols.md's own names
typed bare in plain text, ``z1``, ``W1``, ``a1``, ``b1``, the layer's whole quantity where nothing else reads them;
a one-row left side's numbers written as a list, ``[0.0844, -0.3239]`` for a one-output layer's 1 x 2 gradient.
Each case is judged right where the formula is right and wrong where one thing is changed; what stays a guess
(one number for every entry of a matrix) is refused in one line that says what to write.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.grading.document import equations
from backprop.symbolic.typography import clean
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # 3 inputs, 2 tanh units, one sigmoid output with the logistic loss, one sample (the page's was 2-2-1, linear)
    "deep": '[[layer]]\ninputs = 3\nunits = 2\nactivation = "tanh"\nweights = [[0.2, -0.1, 0.4], [0.3, 0.5, -0.2]]\n'
            'biases = [0.1, -0.1]\n[[layer]]\nunits = 1\nactivation = "sigmoid"\nweights = [[0.6, -0.4]]\n'
            'biases = [0.05]\n[loss]\nname = "binary_cross_entropy"\n[data]\nx = [[1.0, 0.5, -1.0]]\ny = [[1.0]]\n'
            '[update]\nlearning_rate = 0.5\n',
}
CHECKS = CaseChecks(NETWORKS)
_check = CHECKS.verdicts

# ε2, ε1 the layers' dL/dz, written glued in the patterns; p the output, t the target, v_k and h_k by unit
_GLUED = r'''
[notation]
indices = "k"
[notation.symbols]
"ε2" = "delta2[:]"
"\\epsilon1" = "delta1[:]"
"p" = "a2[0]"
"t" = "y[0]"
"v_{k}" = "W2[0, k]"
"h_{k}" = "a1[k]"
'''
# only the output's names: z1, W1, b1, a1, W2 are symbols.md's own, typed bare
_BARE = r'''
[notation]
[notation.symbols]
"ε2" = "delta2[:]"
"ε1" = "delta1[:]"
"p" = "a2[0]"
"t" = "y[0]"
'''
# z_k a unit of the first layer: a pattern for z with a subscript wins over symbols.md's z2
_UNITS = r'''
[notation]
indices = "k"
[notation.symbols]
"z_{k}" = "z1[k-1]"
'''
_K2 = ({"k": 0}, {"k": 1})
_J2 = ({"j": 0}, {"j": 1})
_DELTA2 = "a2[0] - y[0]"
_DELTA1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            ("greek-glued", "ε2 = p - t", C, _DELTA2),
            ("greek-glued-slope", "ε2 = (p - t) p (1 - p)", W, "(a2[0] - y[0])*a2[0]*(1 - a2[0])"),
            ("ascii-greek-glued", r"\epsilon2 = p - t", C, _DELTA2),
            ("ascii-greek-glued-sign", r"\epsilon2 = t - p", W, "y[0] - a2[0]"),
            ("backticks", "`ε2 = p - t`", C, _DELTA2),
            ("backticks-sign", "`ε2 = t - p`", W, "y[0] - a2[0]"),
            ("double-backticks", "``ε2 = p - t``", C, _DELTA2)):
        cases.append(Public(f"{key}-{verdict}", "test", "deep", _GLUED, text, ((verdict,),),
                            (Twin("gradient_z", "z2[0]", (member,)),)))
    for key, text, verdict, member in (
            ("greek-glued-gradient", "∂L/∂v_k = ε2 h_k", C, "(a2[0] - y[0])*a1[{k}]"),
            ("greek-glued-gradient-factor", "∂L/∂v_k = ε2 v_k", W, "(a2[0] - y[0])*W2[0,{k}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "deep", _GLUED, text, ((verdict,),),
                            (Twin("gradient", "W2[0,{k}]", (member,), _K2),)))
    for key, text, verdict, member in (
            ("bare-z1", "z1 = W1 x + b1", C, "(W1 @ x + b1)[{j}]"),
            ("bare-z1-no-bias", "z1 = W1 x", W, "(W1 @ x)[{j}]"),
            ("bare-a1", "`a1 = tanh(z1)`", C, "np.tanh(z1)[{j}]"),
            ("bare-a1-sigmoid", "`a1 = sigmoid(z1)`", W, "(1/(1 + np.exp(-z1)))[{j}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "deep", _BARE, text, ((verdict,),),
                            (Twin("value", "a1[{j}]" if "a1 =" in text else "z1[{j}]", (member,), _J2),)))
    for key, text, verdict, member in (
            ("bare-delta1", "ε1 = (W2ᵀ ε2) ⊙ (1 - a1 ⊙ a1)", C, _DELTA1),
            ("bare-delta1-slope", "ε1 = (W2ᵀ ε2) ⊙ a1 ⊙ (1 - a1)", W,
             "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "deep", _BARE, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), _J2),)))
    for key, text, verdicts, numbers in (
            ("row-as-list", "`∂L/∂W2 = ε2 a1ᵀ = [0.0844, -0.3239]`", (C, C), "[0.0844, -0.3239]"),
            ("row-as-list-sign", "`∂L/∂W2 = ε2 a1ᵀ = [0.0844, 0.3239]`", (C, W), "[0.0844, 0.3239]")):
        cases.append(Public(f"{key}-{verdicts[1]}", "test", "deep", _BARE, text, (verdicts,),
                            (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]", f"=np.array({numbers})"),
                                  _K2),)))
    unit = "W1[1,0]*x[0] + W1[1,1]*x[1] + W1[1,2]*x[2]"
    for key, bias, verdict in (("pattern-wins", "b1[1]", C), ("pattern-wins-bias", "b1[0]", W)):
        cases.append(Public(f"{key}-{verdict}", "test", "deep", _UNITS, f"z2 = {unit} + {bias}", ((verdict,),),
                            (Twin("value", "z1[1]", (f"{unit} + {bias}",)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_glued_greek_letter_reads_as_the_letter_with_its_subscript():
    """ε2 glued, ε_2 with its underscore and ε_{2} braced are one symbol: each matches the pattern "ε2"."""
    for text in ("ε_2 = p - t", "ε_{2} = p - t"):
        assert _check(Public("written", "test", "deep", _GLUED, text)) == ((C,),)
    # a decimal number after a Greek letter stays a number: η0.5 is η times 0.5, not η_0 times .5
    assert clean("η0.5 x") == "\\eta 0.5 x"
    assert clean("δ2 = ŷ - y") == "\\delta_2 = \\hat{y} - y"


def test_an_underscored_layer_name_keeps_its_refusal():
    """z_1 with an underscore is the letter with a subscript, not symbols.md's z1: its layer is still asked for."""
    message = CHECKS.refusal(Public("underscore", "test", "deep", _BARE, "z_1 = W1 x + b1"))
    assert "z_{1} needs its layer" in message


def test_a_lone_backtick_is_still_refused():
    message = CHECKS.refusal(Public("lone", "test", "deep", _BARE, "`z1 = W1 x + b1"))
    assert "cannot read '`'" in message


def test_a_list_of_the_wrong_length_is_refused():
    message = CHECKS.refusal(Public("long", "test", "deep", _BARE, "∂L/∂W2 = [0.0844, -0.3239, 0.1]"))
    assert "is 3 x 1 where the left side is 1 x 2" in message


def test_one_number_for_every_entry_is_refused_with_what_to_write():
    """W2 := 0.3 "(both entries)": which entries one number is meant for is a guess; the message says what to write."""
    message = CHECKS.refusal(Public("both", "test", "deep", _BARE, "W2 := 0.6 - 0.5*0.0844"))
    assert "is a number where the left side is a vector or matrix (1 x 2)" in message
    assert "write a value for each entry, [..., ...], or the claim of one entry" in message


def test_grade_reads_no_code_span_as_a_claim():
    """grade reads a submission's mathematics ($...$, \\[...\\], environments): Markdown's code spans are code, not
    claims (a submission's `x = np.dot(W, a)` is a program line), so they are neither read nor judged."""
    scan = equations("The forward pass is `z1 = W1 x + b1`, then $a_1 = \\tanh(z_1)$.\n")
    assert [chain.members for chain in scan.chains] == [["a_1", "\\tanh(z_1)"]]
