"""General rules over units a notation names one by one, as textbooks in Han and Kamber's style number them through the
network (batches 105 and 109 showed them refused or misread), written here as other authors would (other names, other
networks than the pages'):

- a general rule's letters where the notation numbers the units through the network (inputs 1-3, hidden units 4, 5,
  the output 6: ``"O_{4}" = "a1[0]"``, ``"w_{14}" = "W1[0, 0]"``): ``I_j = \\sum_i w_{ij} O_i + \\theta_j`` is judged at
  every unit j the notation names I_j, O_j and \\theta_j of, each sum over the units i its w_{ij} names; plain text's
  subscripts printed flat (``Ij = Σi wij Oi + θj``, the sum's letter spaced from its term) the same; a number that
  names units of two layers in two names (O_1 the input, I_1 a hidden unit) is refused;
- a rule right at one layer's units and wrong at another's, where the units are numbered through the network (the
  output's rule dE/dI_j = O_j (1 - O_j)(O_j - T), which a page states for the output layer in words): refused, never
  called wrong for a rule its page states right;
- the sum over a unit's neighbours, ``\\sum_{i \\to j}`` (the units i that send to j; with i the rule's, the units j
  that i sends to), read where the notation numbers its units through the network;
- a layer letter over names the notation lists by layer number (``"\\delta_{i}^{1}"``, ``"\\delta_{i}^{2}"``): the
  rule ``\\delta_i^{(l)} = ... \\delta_j^{(l+1)} ...`` judged at the layers its members name;
- two claims in parentheses inside a sentence, ``(w_{jk} := ...) (b_j := ...)``: one claim each.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

# three inputs, two sigmoid hidden units, one sigmoid output, with biases, the half squared error
SIGMOID_3_2_1 = ('[[layer]]\ninputs = 3\nunits = 2\nactivation = "sigmoid"\n'
                 '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')
# two inputs, two linear units (a notation that numbers layer by layer)
LINEAR_2_2 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "identity"\n'
              '[loss]\nname = "half_squared_error"\n')

NETWORKS = {"sigmoid-3-2-1": SIGMOID_3_2_1, "sigmoid-2-2-2": SIGMOID_2_2_2, "linear-2-2": LINEAR_2_2}
CHECKS = CaseChecks(NETWORKS)

# Han and Kamber's numbering: the inputs 1, 2, 3, the hidden units 4, 5, the output 6; T the target
_UNITS = r'''
[notation]
indices = "ijk"
[notation.symbols]
"O_{1}" = "x[0]"
"O_{2}" = "x[1]"
"O_{3}" = "x[2]"
"O_{4}" = "a1[0]"
"O_{5}" = "a1[1]"
"O_{6}" = "a2[0]"
"I_{4}" = "z1[0]"
"I_{5}" = "z1[1]"
"I_{6}" = "z2[0]"
"\\theta_{4}" = "b1[0]"
"\\theta_{5}" = "b1[1]"
"\\theta_{6}" = "b2[0]"
"w_{14}" = "W1[0, 0]"
"w_{24}" = "W1[0, 1]"
"w_{34}" = "W1[0, 2]"
"w_{15}" = "W1[1, 0]"
"w_{25}" = "W1[1, 1]"
"w_{35}" = "W1[1, 2]"
"w_{46}" = "W2[0, 0]"
"w_{56}" = "W2[0, 1]"
"T" = "y[0]"
'''
# the changes Han and Kamber add to each weight and bias, -eta dE/dw (their l Err_j O_i and l Err_j)
_STEPS = _UNITS + "".join(f'"\\\\Delta w_{{{i}{j}}}" = "-eta*grad({p})"\n' for i, j, p in (
    (1, 4, "W1[0, 0]"), (2, 4, "W1[0, 1]"), (3, 4, "W1[0, 2]"), (1, 5, "W1[1, 0]"), (2, 5, "W1[1, 1]"),
    (3, 5, "W1[1, 2]"), (4, 6, "W2[0, 0]"), (5, 6, "W2[0, 1]"))) + "".join(
    f'"\\\\Delta \\\\theta_{{{j}}}" = "-eta*grad({p})"\n' for j, p in ((4, "b1[0]"), (5, "b1[1]"), (6, "b2[0]")))
_EVERY_BIAS = ({"p": "b1[0]"}, {"p": "b1[1]"}, {"p": "b2[0]"})
# the same numbers for I given layer by layer (I_1 the first hidden unit): O_1 and I_1 two units of two layers
_TWO_NUMBERINGS = _UNITS.replace('"I_{4}"', '"I_{1}"').replace('"I_{5}"', '"I_{2}"').replace('"I_{6}"', '"I_{3}"')

# each unit j of the rule (the hidden units 4, 5 and the output 6): its sum, output and bias, and its sum written out
_SUMS = ({"t": "z1[0]", "s": "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]", "b": "b1[0]", "o": "a1[0]"},
         {"t": "z1[1]", "s": "W1[1,0]*x[0] + W1[1,1]*x[1] + W1[1,2]*x[2]", "b": "b1[1]", "o": "a1[1]"},
         {"t": "z2[0]", "s": "W2[0,0]*a1[0] + W2[0,1]*a1[1]", "b": "b2[0]", "o": "a2[0]"})
_D6 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# the hidden units' dE/dI (4, 5), each through the one output
_HIDDEN = ({"t": f"{_D6}*W2[0,0]*a1[0]*(1 - a1[0])", "o": "a1[0]", "w": "W2[0,0]"},
           {"t": f"{_D6}*W2[0,1]*a1[1]*(1 - a1[1])", "o": "a1[1]", "w": "W2[0,1]"})
# every weight w_ij: its parameter, dE/dI_j of its unit j and O_i of its unit i
_WEIGHTS = tuple({"p": f"W1[{j},{i}]", "d": f"{_D6}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])", "o": f"x[{i}]"}
                 for j in range(2) for i in range(3)) + tuple(
    {"p": f"W2[0,{i}]", "d": _D6, "o": f"a1[{i}]"} for i in range(2))
_EVERY_WEIGHT = tuple({"p": weight["p"]} for weight in _WEIGHTS)

# a layer letter over deltas the notation lists by layer (1, 2, and L the output's), s the sums, w the weights
_LAYERS = r'''
[notation]
indices = "ijl"
[notation.symbols]
"\\delta_{i}^{L}" = "delta2[i-1]"
"\\delta_{i}^{2}" = "delta2[i-1]"
"\\delta_{i}^{1}" = "delta1[i-1]"
"s_{i}^{l}" = "z{l}[i-1]"
"w_{ij}^{l}" = "W{l}[i-1, j-1]"
'''
_OUT = tuple(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))  # the output deltas, dE/dz2[k]
_DELTA1 = tuple({"t": f"({_OUT[0]}*W2[0,{i}] + {_OUT[1]}*W2[1,{i}])*a1[{i}]*(1 - a1[{i}])",
                 "n": f"({_OUT[0]}*W2[0,{i}] + {_OUT[1]}*W2[1,{i}])"} for i in range(2))

# one layer's weights and biases layer by layer, for claims in parentheses
_LAYER = r'''
[notation]
indices = "jk"
[notation.symbols]
"w_{jk}" = "W1[j-1, k-1]"
"b_{j}" = "b1[j-1]"
"\\delta_{j}" = "delta1[j-1]"
"x_{k}" = "x[k-1]"
'''
_WJK = tuple({"p": f"W1[{j},{k}]"} for j in range(2) for k in range(2))
_BJ = tuple({"p": f"b1[{j}]"} for j in range(2))


def _cases() -> list[Public]:
    return [
        # ---- a rule's letters over units numbered through the network -------------------------------------------
        Public("through-sum", "test", "sigmoid-3-2-1", _UNITS, r"I_j = \sum_i w_{ij} O_i + \theta_j", ((C,),),
               (Twin("value", "{t}", ("{s} + {b}",), _SUMS),)),
        Public("through-sum-no-bias", "test", "sigmoid-3-2-1", _UNITS, r"I_j = \sum_i w_{ij} O_i", ((W,),),
               (Twin("value", "{t}", ("{s}",), _SUMS),)),
        Public("through-output", "test", "sigmoid-3-2-1", _UNITS, r"O_j = \frac{1}{1 + e^{-I_j}}", ((C,),),
               (Twin("value", "{o}", ("1/(1 + exp(-{t}))",), _SUMS),)),
        Public("through-output-sign", "test", "sigmoid-3-2-1", _UNITS, r"O_j = \frac{1}{1 + e^{I_j}}", ((W,),),
               (Twin("value", "{o}", ("1/(1 + exp({t}))",), _SUMS),)),
        Public("through-flat", "test", "sigmoid-3-2-1", _UNITS, "Ij = Σi wij Oi + θj", ((C,),),
               (Twin("value", "{t}", ("{s} + {b}",), _SUMS),)),
        Public("through-flat-minus", "test", "sigmoid-3-2-1", _UNITS, "Ij = Σi wij Oi - θj", ((W,),),
               (Twin("value", "{t}", ("{s} - {b}",), _SUMS),)),
        Public("through-flat-output", "test", "sigmoid-3-2-1", _UNITS, "Oj = 1/(1 + e^(-Ij))", ((C,),),
               (Twin("value", "{o}", ("1/(1 + exp(-{t}))",), _SUMS),)),
        Public("through-gradient", "test", "sigmoid-3-2-1", _UNITS,
               r"\frac{\partial E}{\partial w_{ij}} = \frac{\partial E}{\partial I_j} O_i", ((C,),),
               (Twin("gradient", "{p}", ("{d}*{o}",), _WEIGHTS),)),
        Public("through-gradient-wrong-unit", "test", "sigmoid-3-2-1", _UNITS,
               r"\frac{\partial E}{\partial w_{ij}} = \frac{\partial E}{\partial I_j} O_j", ((W,),),
               (Twin("gradient", "W1[0,0]", (f"{_D6}*W2[0,0]*a1[0]*(1 - a1[0])*a1[0]",)),)),
        # a rule wrong at every layer stays wrong (the output's slope dropped)
        Public("through-wrong-everywhere", "test", "sigmoid-3-2-1", _UNITS,
               r"\frac{\partial E}{\partial I_j} = O_j (O_j - T)", ((W,),),
               (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("a2[0]*(a2[0] - y[0])",)),)),
        # the slide's updates in parentheses inside its sentence, their subscripts printed flat
        Public("through-flat-updates", "test", "sigmoid-3-2-1", _STEPS, "(wij = wij + Δwij) (θj = θj + Δθj)",
               ((C,), (C,)), (Twin("update", "{p}", ("{p} - eta*grad",), _EVERY_WEIGHT),
                              Twin("update", "{p}", ("{p} - eta*grad",), _EVERY_BIAS))),
        Public("through-flat-updates-uphill", "test", "sigmoid-3-2-1", _STEPS, "(wij = wij - Δwij) (θj = θj + Δθj)",
               ((W,), (C,)), (Twin("update", "{p}", ("{p} + eta*grad",), _EVERY_WEIGHT),
                              Twin("update", "{p}", ("{p} - eta*grad",), _EVERY_BIAS))),
        # ---- the sum over a unit's neighbours -------------------------------------------------------------------
        Public("arrow-senders", "test", "sigmoid-3-2-1", _UNITS, r"I_j = \sum_{i \to j} w_{ij} O_i + \theta_j",
               ((C,),), (Twin("value", "{t}", ("{s} + {b}",), _SUMS),)),
        Public("arrow-senders-minus", "test", "sigmoid-3-2-1", _UNITS, r"I_j = \sum_{i \to j} w_{ij} O_i - \theta_j",
               ((W,),), (Twin("value", "{t}", ("{s} - {b}",), _SUMS),)),
        Public("arrow-receivers", "test", "sigmoid-3-2-1", _UNITS,
               r"\frac{\partial E}{\partial I_i} = O_i (1 - O_i) \sum_{i \to j} \frac{\partial E}{\partial I_j} w_{ij}",
               ((C,),), (Twin("value", "{t}", ("{o}*(1 - {o})*" + _D6 + "*{w}",), _HIDDEN),)),
        Public("arrow-receivers-no-slope", "test", "sigmoid-3-2-1", _UNITS,
               r"\frac{\partial E}{\partial I_i} = \sum_{i \to j} \frac{\partial E}{\partial I_j} w_{ij}",
               ((W,),), (Twin("value", "{t}", (_D6 + "*{w}",), _HIDDEN),)),
        # ---- a layer letter over names listed by layer ----------------------------------------------------------
        Public("layer-listed", "test", "sigmoid-2-2-2", _LAYERS,
               r"\delta_i^{(l)} = \sigma'(s_i^{(l)}) \sum_j w_{ji}^{(l+1)} \delta_j^{(l+1)}", ((C,),),
               (Twin("value", "{t}", ("{t}",), _DELTA1),)),
        Public("layer-listed-no-slope", "test", "sigmoid-2-2-2", _LAYERS,
               r"\delta_i^{(l)} = \sum_j w_{ji}^{(l+1)} \delta_j^{(l+1)}", ((W,),),
               (Twin("value", "{t}", ("{n}",), _DELTA1),)),
        # ---- claims in parentheses inside a sentence ------------------------------------------------------------
        Public("parenthesized-claims", "test", "sigmoid-2-2-2", _LAYER,
               r"(w_{jk} := w_{jk} - \eta \delta_j x_k) (b_j := b_j - \eta \delta_j)", ((C,), (C,)),
               (Twin("update", "{p}", ("{p} - eta*grad",), _WJK), Twin("update", "{p}", ("{p} - eta*grad",), _BJ))),
        Public("parenthesized-claims-sign", "test", "sigmoid-2-2-2", _LAYER,
               r"(w_{jk} := w_{jk} - \eta \delta_j x_k) (b_j := b_j + \eta \delta_j)", ((C,), (W,)),
               (Twin("update", "{p}", ("{p} - eta*grad",), _WJK), Twin("update", "{p}", ("{p} + eta*grad",), _BJ))),
    ]


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_rule_right_at_one_layer_only_is_refused():
    """The output's rule over every numbered unit: right at the output 6, wrong at the hidden units 4, 5; the page's
    words say which layer, and check does not judge the rule at units its author did not mean."""
    refusal = CHECKS.refused("sigmoid-3-2-1", _UNITS, r"\frac{\partial E}{\partial I_j} = O_j (1 - O_j)(O_j - T)")
    assert "numbered through the network" in refusal and "j = 6" in refusal and "j = 4" in refusal


def test_a_number_naming_two_layers_is_refused():
    """O_1 the first input, I_1 the first hidden unit's sum: O_j = \\sigma(I_j) mixes two numberings. Since a rule
    skips the units whose left side is the notation's name of an input (given, not computed: fixlangs), the first
    unit it reaches is j = 4, the first hidden one, where I_4 names nothing: refused there, never read."""
    refusal = CHECKS.refused("sigmoid-3-2-1", _TWO_NUMBERINGS, r"O_j = \frac{1}{1 + e^{-I_j}}")
    assert "I_{j} at j = 4: the notation lists it for j = 1, 2, 3 only" in refusal


def test_a_sum_over_senders_needs_units_numbered_through_the_network():
    refusal = CHECKS.refused("sigmoid-2-2-2", _LAYER, r"\delta_j = \sum_{k \to j} w_{jk} x_k")
    assert "numbers its units through the network" in refusal


def test_a_unit_letter_the_notation_does_not_list_is_refused():
    """w_{ij} with a letter a pattern writes literally elsewhere is no rule over numbered units."""
    refusal = CHECKS.refused("sigmoid-3-2-1", _UNITS, r"I_j = \sum_i v_{ij} O_i + \theta_j")
    assert "v" in refusal
