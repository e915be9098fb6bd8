"""Batches 28, 57 and 58 of the public formulas showed four constructs refused, each written here as another author
would (other names, other networks than the pages'): a left side of two words, new (or updated) and a name, as
that name's new value (a name the notation knows, ``new weight = ...``, or the word weight or bias before a right
side whose first term names that parameter, ``New Weight = v_1 - ...``, or worked numbers where the notation names
one weight); Ng's ``:=`` without its ``=``, ``v_1: v_1 - \\alpha dv_1``; code's ``+=`` typed with a space inside,
``du_1+ = x_1^{(i)} dr^{(i)}``; and an ellipsis whose written terms glue their indices' digits,
``\\omega_{21}x_1 + \\omega_{22}x_2 + \\cdots + \\omega_{2p}x_p``. What stays refused: a worded left side whose
word names another kind of parameter than its first term, worked numbers where the notation names several
weights, any other ``name: ...``, and an ellipsis whose last letter has no value.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_1_1, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

# one identity unit on one input, no bias, its weight 0.5, the sample x = 4, y = 1, the half squared error and the
# step 0.1: dE/dw = (0.5 * 4 - 1) * 4 = 4, the new weight 0.5 - 0.1 * 4 = 0.1
WORKED_1_1 = ('[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5]]\n'
              '[loss]\nname = "half_squared_error"\n[data]\nx = [[4.0]]\ny = [[1.0]]\n[update]\nlearning_rate = 0.1\n')
# four inputs, two sigmoid units, the half squared error
SIGMOID_4_2 = ('[[layer]]\ninputs = 4\nunits = 2\nactivation = "sigmoid"\n'
               '[loss]\nname = "half_squared_error"\n')

NETWORKS = {"tanh-two": TANH_2_1, "sigmoid-one": SIGMOID_1_1, "worked": WORKED_1_1, "sigmoid-4-2": SIGMOID_4_2}
CHECKS = CaseChecks(NETWORKS)

# plain words for SIGMOID_1_1's quantities
WORDS_NOTATION = r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"weight" = "W1[0, 0]"
"input" = "x[0]"
"target" = "y[0]"
"output" = "a1[0]"
'''
# WORKED_1_1's one weight, w
WORKED_NOTATION = r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
'''
# Ng's names for TANH_2_1: u_k the weights, r the sum, d before a name its derivative, (i) the sample
NG_NOTATION = r'''
[notation]
indices = "k"
learning_rate = ["\\alpha"]
[notation.symbols]
"x_{k}" = "x[k-1]"
"x_{k}^{(i)}" = "x[k-1]"
"u_{k}" = "W1[0, k-1]"
"c" = "b1[0]"
"du_{k}" = "grad(W1[0, k-1])"
"dc" = "grad(b1[0])"
"dr^{(i)}" = "grad(z1[0])"
'''
# SIGMOID_4_2 with glued digits: \omega_{jk} (\omega_{j0} the bias, x_0 = 1), p the number of inputs
OMEGA_NOTATION = r'''
[notation]
indices = "jk"
[notation.symbols]
"x_{k}" = "x[k-1]"
"x_{p}" = "x[3]"
"\\omega_{j0}" = "b1[j-1]"
"\\omega_{jk}" = "W1[j-1, k-1]"
"\\omega_{jp}" = "W1[j-1, 3]"
"r_{j}" = "z1[j-1]"
"p" = "4"
'''

_DZ = "(a1[0] - y[0])*(1 - a1[0]**2)"  # TANH_2_1's dE/ds
_DZ_SIGMOID = "2*(a1[0] - y[0])*a1[0]*(1 - a1[0])"  # SIGMOID_1_1's dE/dz
_R2 = "b1[1] + W1[1,0]*x[0] + W1[1,1]*x[1] + W1[1,2]*x[2] + W1[1,3]*x[3]"


def _cases() -> list[Public]:
    cases = []
    for key, network, notation, text, expected, twins in (
            # new (or updated) and a name the notation knows: its new value
            ("new-word-named", "sigmoid-one", WORDS_NOTATION,
             "updated weight = weight - eta * 2 * (output - target) * output * (1 - output) * input", ((C,),),
             (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_DZ_SIGMOID}*x[0]",)),)),
            ("new-word-named-wrong", "sigmoid-one", WORDS_NOTATION,
             "New weight = weight + eta * 2 * (output - target) * output * (1 - output) * input", ((W,),),
             (Twin("update", "W1[0,0]", (f"W1[0,0] + eta*{_DZ_SIGMOID}*x[0]",)),)),
            # the word weight (bias) before a right side whose first term names only weights (biases)
            ("new-weight-first-term", "tanh-two", TANH_2_1_NOTATION,
             r"New\ Weight = v_2 - \eta \frac{\partial E}{\partial v_2}", ((C,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),)),
            ("new-weight-first-term-wrong", "tanh-two", TANH_2_1_NOTATION,
             r"New\ Weight = v_2 + \eta \frac{\partial E}{\partial v_2}", ((W,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] + eta*grad",)),)),
            ("updated-bias-text", "tanh-two", TANH_2_1_NOTATION,
             r"\text{Updated Bias} = c - \eta (h - t)(1 - h^2)", ((C,),),
             (Twin("update", "b1[0]", (f"b1[0] - eta*{_DZ}",)),)),
            # worked numbers, where the notation names one weight
            ("new-weight-numbers", "worked", WORKED_NOTATION, r"$$New\ Weight = 0.5 - 0.1 \times 4.0 = 0.1$$",
             ((C, C),), (Twin("update", "W1[0,0]", ("=0.5 - 0.1*4.0", "=0.1")),)),
            ("new-weight-numbers-wrong", "worked", WORKED_NOTATION, r"$$New\ Weight = 0.5 + 0.1 \times 4.0 = 0.9$$",
             ((W, W),), (Twin("update", "W1[0,0]", ("=0.5 + 0.1*4.0", "=0.9")),)),
            # Ng's := without its =: a name, a colon, the same name and a sign
            ("colon-update", "tanh-two", NG_NOTATION, r"$u_2: u_2 - \alpha du_2$", ((C,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),)),
            ("colon-update-wrong", "tanh-two", NG_NOTATION, r"$c: c + \alpha dc$", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),)),
            # += with a space inside: the accumulation over the samples, as du_1 += ... reads
            ("spaced-accumulation", "tanh-two", NG_NOTATION, "$du_1+ = x_1^{(i)} dr^{(i)}$", ((C,),),
             (Twin("gradient", "W1[0,0]", (f"x[0]*{_DZ}",)),)),
            ("spaced-accumulation-wrong", "tanh-two", NG_NOTATION, "$du_1+ = x_2^{(i)} dr^{(i)}$", ((W,),),
             (Twin("gradient", "W1[0,0]", (f"x[1]*{_DZ}",)),)),
            # an ellipsis over glued digits, up to the letter the notation gives its number
            ("glued-digits-ellipsis", "sigmoid-4-2", OMEGA_NOTATION,
             r"r_2 = \omega_{20} + \omega_{21}x_1 + \omega_{22}x_2 + \cdots + \omega_{2p}x_p", ((C,),),
             (Twin("value", "z1[1]", (_R2,)),)),
            ("glued-digits-ellipsis-wrong", "sigmoid-4-2", OMEGA_NOTATION,
             r"r_1 = \omega_{20} + \omega_{21}x_1 + \omega_{22}x_2 + \cdots + \omega_{2p}x_p", ((W,),),
             (Twin("value", "z1[0]", (_R2,)),))):
        cases.append(Public(key, "test", network, notation, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_word_naming_another_kind_of_parameter_stays_refused():
    """``New Bias = v_2 - ...``: the word and the first term name different parameters."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"New\ Bias = v_2 - \eta \frac{\partial E}{\partial v_2}")


def test_worked_numbers_where_the_notation_names_several_weights_stay_refused():
    """``New Weight = 0.5 - 0.4 = 0.1`` where v_1 and v_2 are weights: which one is a guess."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"New\ Weight = 0.5 - 0.4 = 0.1")


def test_another_word_before_the_name_stays_refused():
    """``New Value = v_2 - ...``: value names no parameter."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"New\ Value = v_2 - \eta \frac{\partial E}{\partial v_2}")


def test_a_label_naming_another_name_stays_a_label():
    """``u_2: u_1 - \\alpha du_1``: the name after the colon is not the label's, so no update is implied."""
    assert "has no left side" in CHECKS.refused("tanh-two", NG_NOTATION, r"$u_2: u_1 - \alpha du_1$")


def test_an_ellipsis_whose_last_letter_has_no_value_stays_refused():
    """Without ``"p" = "4"`` and the terms at p, the last term's letter has no value."""
    notation = OMEGA_NOTATION.replace('"p" = "4"\n', "").replace('"x_{p}" = "x[3]"\n', "")
    notation = notation.replace('"\\\\omega_{jp}" = "W1[j-1, 3]"\n', "")
    assert "p" not in notation.split("[notation.symbols]")[1]
    assert "its last index p has no value" in CHECKS.refused(
        "sigmoid-4-2", notation, r"r_2 = \omega_{20} + \omega_{21}x_1 + \omega_{22}x_2 + \cdots + \omega_{2p}x_p")
