"""Code constructs of blind batch 56 that were refused, each written here as another author would (other names,
other networks than the pages'): a statement's ``;`` before a ``//`` or ``#`` comment (the comment a remark, even
when it is not words, ``// dE/dh``), a print call whose one string literal holds an equation (Python's print,
JavaScript's console.log, C's printf with its ``\\n``), and code's derivative names written ``d_cost/d_U_1_1``,
the denominator's d with its underscore before a name of any length with scripts of its own. A print call whose
string has placeholders (an f-string's ``{...}``, C's ``%d``) or words only stays refused, saying so, and so does
LaTeX's count ``\\#(l - 1)``, a layer's number of units, as a sum's bound.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)

# code's names for TANH_2_2_SIGMOID_1: cost the loss, hid the first hidden unit's output, out the output, target its
# target, U_1_1 the first hidden unit's first weight, V_21 the output's weight from the first hidden unit
_CODE = r'''
[notation]
loss = ["cost"]
[notation.symbols]
"inp" = "x[0]"
"hid" = "a1[0]"
"out" = "a2[0]"
"target" = "y[0]"
"U_1_1" = "W1[0, 0]"
"V_21" = "W2[0, 0]"
'''
_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_DOUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"  # the half squared error's dE/dz at the sigmoid output
_DHID = f"{_DOUT}*W2[0,0]"
_DU = f"{_DHID}*(1 - a1[0]**2)*x[0]"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a statement's ; before a comment: code's terminator, the comment a remark
            ("semicolon-slashes", "let s = v1 * x1 + v2 * x2 + c; // the unit's sum", ((C,),),
             (Twin("value", "z1[0]", (_S,)),)),
            ("semicolon-slashes-wrong", "s = v1 * x1 - v2 * x2 + c;  // the unit's sum", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] - W1[0,1]*x[1] + b1[0]",)),)),
            ("semicolon-hash", "h = tanh(s);  # squashed", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            # the comment naming the derivative, no words: after the ; no floor division can be meant
            ("semicolon-derivative-comment", "dE/dh = h - t;   // ∂E/∂h", ((C,),),
             (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
            ("semicolon-derivative-comment-wrong", "dE/dh = t - h;   // ∂E/∂h", ((W,),),
             (Twin("value", "a1[0] - y[0]", ("y[0] - a1[0]",)),)),
            # a print call's one string holding an equation states it
            ("print-string", 'print("  dE/dc = (h - t) * (1 - h^2)")', ((C,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
            ("print-string-wrong", "print('dE/dc = (h - t) * h')", ((W,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]",)),)),
            ("console-log", 'console.log("h = tanh(v_1 x_1 + v_2 x_2 + c)");', ((C,),),
             (Twin("value", "a1[0]", (f"tanh({_S})",)),)),
            ("printf-newline", r'printf("dE/dv_2 = (h - t) * (1 - h^2) * x_2\n");', ((C,),),
             (Twin("gradient", "W1[0,1]", ("(a1[0] - y[0])*(1 - a1[0]**2)*x[1]",)),)),
            # the refusal's advice for a count of units as a sum's bound (below): the bound left out
            ("count-left-out", r"s = \sum_i v_i x_i + c", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            ("raw-print-latex", r'print(r"\frac{\partial E}{\partial h} = h - t")', ((C,),),
             (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # code's derivative names: d_ before the loss, and before the denominator's name, whatever its length
            ("underscored-chain", "d_cost/d_U_1_1 = d_cost/d_hid * d_hid/d_U_1_1", ((C,),),
             (Twin("gradient", "W1[0,0]", (_DU,)),)),
            ("underscored-chain-wrong", "d_cost/d_U_1_1 = d_cost/d_hid * d_hid/d_V_21", ((W,),),
             (Twin("gradient", "W1[0,0]", (f"{_DHID}*a1[0]",)),)),
            ("underscored-one-letter", "d_cost/d_V_21 = (out - target) * out * (1 - out) * hid", ((C,),),
             (Twin("gradient", "W2[0,0]", (f"{_DOUT}*a1[0]",)),)),
            ("underscored-printed", 'print("d_cost/d_V_21 = (out - target) * hid")', ((W,),),
             (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]",)),))):
        cases.append(Public(key, "test", "tanh-sigmoid", _CODE, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_printed_f_string_with_placeholders_is_refused():
    """``print(f"dE/dc = {grad_c}")``: the placeholder is a value the code fills in when it runs."""
    assert "placeholders" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, 'print(f"dE/dc = {grad_c}")')


def test_a_printed_conversion_is_refused():
    """``printf("h = %f")``: C's conversion is a value filled in, not the formula."""
    assert "placeholders" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, 'printf("h = %f");')


def test_a_printed_string_of_words_is_refused():
    """``print("backward pass done")``: no equation in the string."""
    assert "no equation" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, 'print("backward pass done")')


def test_floor_division_without_a_semicolon_stays_refused():
    """``s = v1 // x1``: no statement's end before the ``//``, which may be Python's floor division."""
    assert "floor division" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "s = v1 // x1")


def test_a_count_of_units_is_refused_saying_so():
    """``\\sum_{j=1}^{\\#(l-1)}``: ``\\#`` counts a layer's units, a quantity no notation names; the refusal says
    to leave the bound out (the sum then adds over the units its index indexes)."""
    refusal = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"s = \sum_{i=1}^{\#(0)} v_i x_i + c")
    assert "count" in refusal and "\\sum_j" in refusal

