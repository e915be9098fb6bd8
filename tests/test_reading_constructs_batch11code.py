"""The plain-text and code constructs batch 11 of the public formulas showed missing, each as a family another
author would write (other letters, names and forms): a name with digits beside the notation's name for its new
value (w1 and "w1_new", the misreading), w5_new for a parameter the notation names w5, code's dotted names and
indices (self.w1, self.W1[0][1], inputs[i]), code's functions (math.exp, np.power, pow, a notation's F.sigmoid),
a # comment, words with underscores the notation or the defaults name (learning_rate, Weight_new), and a name of
letters and digits in a notation (gt1). Each case is judged right where the formula is right and wrong where one
thing is changed, both held to the PyTorch oracle (tests/test_seed_verbatim.oracle_verdicts); what stays a guess
is refused in one line that names the construct and the place.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.document import derive_document
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # a 2-2-1 sigmoid network, one bias per unit, the quadratic cost with its 1/2, a learning rate
    "net": SIGMOID_2_2_1 + '[update]\nlearning_rate = 0.1\n',
}

_OUT_DELTA = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _update(target: str, sign: str = "-") -> Twin:
    return Twin("update", target, (f"{target} {sign} eta*grad",))


# -- a name with digits and the notation's name for its new value --------------------------------------------

_DIGIT_NAMES = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"v1" = "W1[0, 0]"
"v2" = "W1[0, 1]"
"v3" = "W2[0, 0]"
"v4" = "W2[0, 1]"
"c1" = "b1[0]"
"s1" = "z1[0]"
"g3" = "grad(W2[0, 0])"
"g4" = "grad(W2[0, 1])"
'''
_NEW_NAMES = '"v1_new" = "new(W1[0, 0])"\n"v2_new" = "new(W1[0, 1])"\n"v3_new" = "new(W2[0, 0])"\n' \
             '"v4_next" = "new(W2[0, 1])"\n'


def _digit_name_cases() -> list[Public]:
    """v1 beside "v1_new": v1 is W1[0,0], never its new value (the misreading); v3_new, with the notation's line or
    without it (then the name v3 with new, the update's marker); v4_next, a suffix that is no marker."""
    cases = []
    with_new = _DIGIT_NAMES + _NEW_NAMES
    for text, verdict, member in (("s1 = v1*x1 + v2*x2 + c1", C, "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"),
                                  ("s1 = v2*x1 + v1*x2 + c1", W, "W1[0,1]*x[0] + W1[0,0]*x[1] + b1[0]")):
        cases.append(Public(f"digits-bare-{verdict}", "test", "net", with_new, text, ((verdict,),),
                            (Twin("value", "z1[0]", (member,)),)))
    for name, notation in (("pattern", with_new), ("marker", _DIGIT_NAMES)):
        for sign, verdict in (("-", C), ("+", W)):
            cases.append(Public(f"digits-new-{name}-{verdict}", "test", "net", notation, f"v3_new = v3{sign}lr*g3",
                                ((verdict,),), (_update("W2[0,0]", sign),)))
    for sign, verdict in (("-", C), ("+", W)):
        cases.append(Public(f"digits-next-{verdict}", "test", "net", with_new, f"v4_next = v4 {sign} lr * g4",
                            ((verdict,),), (_update("W2[0,1]", sign),)))
    return cases


# -- code's names, indices and functions ----------------------------------------------------------------------

_CODE = r'''
[notation]
learning_rate = ["self.lr"]
loss = ["cost"]
functions = { "F.sigmoid" = "sigmoid" }
[notation.symbols]
"inputs[i]" = "x[i]"
"weights[j][i]" = "W1[j, i]"
"bias[j]" = "b1[j]"
"hsum[j]" = "z1[j]"
"self.hidden[j]" = "a1[j]"
"self.W_out[0][j]" = "W2[0, j]"
"self.b_out" = "b2[0]"
"model.out" = "a2[0]"
"target" = "y[0]"
'''
_OUTPUT = "W2[0,0]*a1[0] + W2[0,1]*a1[1]"


def _code_cases() -> list[Public]:
    """Dotted names, code's indices ([1][0], [0, 1]) over the patterns' placeholders, code's functions and a
    comment after the formula."""
    cases = []
    for text, verdict, member in (
            ("hsum[1] = weights[1][0]*inputs[0] + weights[1][1]*inputs[1] + bias[1]", C,
             "W1[1,0]*x[0] + W1[1,1]*x[1] + b1[1]"),
            ("hsum[1] = weights[0][1]*inputs[0] + weights[1][1]*inputs[1] + bias[1]", W,
             "W1[0,1]*x[0] + W1[1,1]*x[1] + b1[1]")):
        cases.append(Public(f"code-index-{verdict}", "test", "net", _CODE, text, ((verdict,),),
                            (Twin("value", "z1[1]", (member,)),)))
    rule = "hsum[j] = weights[j][0]*inputs[{0}] + weights[j][1]*inputs[{1}] + bias[j]"
    for text, verdict, member in ((rule.format(0, 1), C, "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"),
                                  (rule.format(1, 0), W, "W1[{j},0]*x[1] + W1[{j},1]*x[0] + b1[{j}]")):
        cases.append(Public(f"code-index-rule-{verdict}", "test", "net", _CODE, text, ((verdict,),),
                            (Twin("value", "z1[{j}]", (member,), ({"j": 0}, {"j": 1})),)))
    for text, verdict, member in (("z1[0] = W1[0][0]*x[0] + W1[0][1]*x[1] + b1[0]", C, "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"),
                                  ("z1[0] = W1[0][1]*x[0] + W1[0][1]*x[1] + b1[0]", W, "W1[0,1]*x[0] + W1[0,1]*x[1] + b1[0]")):
        cases.append(Public(f"code-index-default-{verdict}", "test", "net", None, text, ((verdict,),),
                            (Twin("value", "z1[0]", (member,)),)))
    for function in ("F.sigmoid(", "torch.sigmoid(", "1/(1 + math.exp(-(", "1/(1 + np.exp(-(", "1/(1 + torch.exp(-("):
        closing = ")" if "sigmoid" in function else ")))"
        for sign, verdict in (("+", C), ("-", W)):
            text = (f"model.out = {function}self.W_out[0][0]*self.hidden[0] + self.W_out[0, 1]*self.hidden[1]"
                    f" {sign} self.b_out{closing}")
            cases.append(Public(f"code-function-{function[:13]}-{verdict}", "test", "net", _CODE, text, ((verdict,),),
                                (Twin("value", "a2[0]", (f"sigmoid({_OUTPUT} {sign} b2[0])",)),)))
    for text, verdict, member in (
            ("cost = 0.5*math.pow(target - model.out, 2)", C, "0.5*(y[0] - a2[0])**2"),
            ("cost = 0.5*np.power(target - model.out, 3)", W, "0.5*(y[0] - a2[0])**3"),
            ("cost = 0.5*pow(model.out - target, 2)  # squared error", C, "0.5*(a2[0] - y[0])**2"),
            ("cost = 0.5*pow(model.out + target, 2)  # squared error", W, "0.5*(a2[0] + y[0])**2"),
            ("cost = 0.5 * (self.W_out[0][0] - target) ** 2", W, "0.5*(W2[0,0] - y[0])**2")):
        cases.append(Public(f"code-power-{text[11:20]}-{verdict}", "test", "net", _CODE, text, ((verdict,),),
                            (Twin("value", "0.5*(a2[0] - y[0])**2", (member,)),)))
    for hidden, verdict in (("self.hidden[1]", C), ("self.hidden[0]", W)):
        text = f"self.W_out[0][1] -= self.lr * (model.out - target) * model.out * (1 - model.out) * {hidden}"
        member = f"W2[0,1] - eta*{_OUT_DELTA}*a1[{hidden[-2]}]"
        cases.append(Public(f"code-update-{verdict}", "test", "net", _CODE, text, ((verdict,),),
                            (Twin("update", "W2[0,1]", (member,)),)))
    return cases


# -- words with underscores, and letters with digits in a notation --------------------------------------------

_WORDS = r'''
[notation]
parameter = ["Param_new", "Param_old"]
learning_rate = ["Step_Size"]
[notation.symbols]
"Grad" = "grad(W2[0, 1])"
'''
_DEFAULT_RATE = r'''
[notation]
parameter = ["new_w", "old_w"]
[notation.symbols]
"dw" = "grad(W2[0, 1])"
'''
_TARGETS = r'''
[notation]
loss = ["err"]
[notation.symbols]
"gt1" = "y[0]"
"yh1" = "a2[0]"
'''


def _word_cases() -> list[Public]:
    """Param_new (the table's parameter names, new the step's marker), Step_Size (the table's learning rate),
    learning_rate (the default name of eta code uses), and gt1 = y[0] in a notation."""
    cases = []
    for notation, text in ((_WORDS, "Param_new = Param_old {sign} Step_Size × Grad"),
                           (_DEFAULT_RATE, "new_w = old_w {sign} learning_rate * dw")):
        for sign, verdict in (("-", C), ("+", W)):
            cases.append(Public(f"words-{text[:5]}-{verdict}", "test", "net", notation, text.format(sign=sign),
                                ((verdict,),), (_update("W2[0,1]", sign),), param="W2[0,1]"))
    for text, verdict, member in (("err = 0.5*(gt1 - yh1)**2", C, "0.5*(y[0] - a2[0])**2"),
                                  ("err = 0.5*(gt_1 - yh1)**2", C, "0.5*(y[0] - a2[0])**2"),
                                  ("err = 0.5*(gt1 - yh1)**2 + gt1", W, "0.5*(y[0] - a2[0])**2 + y[0]")):
        cases.append(Public(f"letters-digits-{text[-4:]}-{verdict}", "test", "net", _TARGETS, text, ((verdict,),),
                            (Twin("value", "0.5*(y[0] - a2[0])**2", (member,)),)))
    return cases


CASES = _digit_name_cases() + _code_cases() + _word_cases()
CHECKS = CaseChecks(NETWORKS)
_problem, _check = CHECKS.problem, CHECKS.verdicts


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _refusal(notation: str, text: str, param: str | None = None) -> str:
    return CHECKS.refused("net", notation, text, param)


def test_a_pattern_with_a_literal_subscript_does_not_name_the_bare_name():
    """Only "q1_new" names q1: a bare q1 is no sample's dropped index, and names nothing; refused."""
    notation = '[notation]\n[notation.symbols]\n"q1_new" = "new(W1[0, 0])"\n'
    assert "matches none of the notation's patterns for q1" in _refusal(notation, "z1[0] = q1*x[0]")


def test_a_name_with_digits_that_is_also_a_vector_is_refused():
    """W1 where the notation names both W1_{ij} (so W1 alone is that matrix) and W_{1}: refused, either is a guess."""
    notation = '[notation]\n[notation.symbols]\n"W1_{ij}" = "W1[i, j]"\n"W_{1}" = "W2[0, 0]"\n'
    assert "write W1 with its index" in _refusal(notation, r"z^{(2)}_0 = W1 \cdot a")


def test_a_name_with_digits_and_an_unnamed_subscript_is_refused():
    """v3_foo: neither a marker nor the notation's; never the specification's W-like name with the subscript
    dropped."""
    assert "unknown symbol v3_foo" in _refusal(_DIGIT_NAMES, "v3_foo = v3")
    assert "unknown symbol W2_foo" in _refusal(None, "W2_foo = W2[0,0]")


def test_a_dotted_name_the_notation_does_not_name_is_refused():
    assert "unknown symbol self.w9" in _refusal(_CODE, "model.out = self.w9")


def test_a_module_function_check_does_not_read_is_refused():
    refusal = _refusal(_CODE, "model.out = np.cos(hsum[0])")
    assert "np.cos is not a function check reads" in refusal and "np.exp" in refusal


def test_a_module_function_whose_name_means_another_thing_in_code_is_refused():
    """np.max(u) is the largest entry of u in NumPy, not plain text's max(0, u): refused, never read as that."""
    assert "np.max is not a function check reads" in _refusal(_CODE, "self.hidden[0] = np.max(hsum[0])")


def test_a_power_needs_its_two_arguments():
    assert "a power takes two" in _refusal(_CODE, "cost = math.pow(model.out)")


def test_an_underscored_word_no_one_names_is_refused():
    """learning_rates: not the default learning_rate, and nothing the notation names; refused, not guessed."""
    assert "unknown symbol learning_{rates}" in _refusal(_DEFAULT_RATE, "new_w = old_w - learning_rates * dw", "W2[0,1]")


@pytest.mark.parametrize("param", ["W2[0,1]", "W1[1,0]", "b2[0]"])
def test_derive_writes_code_names_that_check_reads_back(param):
    """derive --notation writes a code name's value with its subscript (self.W_out_{0,1}) and the update with <-,
    as the CLI prints it: check reads both back as correct through the same notation."""
    notation = notation_from_table(tomllib.loads(_CODE)["notation"], "<test>")
    document = derive_document(_problem(Public("derive", "test", "net", _CODE, "")), param, notation=notation)
    block = next(block for block in document.sections[0].blocks if block.label.startswith("in the homework's"))
    gradient, update = block.lines
    assert "self." in gradient.left_latex + gradient.right_latex or "bias" in gradient.left_latex
    for text in (f"{gradient.left_latex} = {gradient.right_latex}", f"{update.left_latex} <- {update.right_latex}"):
        assert _check(Public("derived", "test", "net", _CODE, text)) == ((C,),), text
