"""Constructs any author writes that batches 63-66 showed refused, each written here as another author would (other
names, other networks than the pages'): a name the claim defines itself, ``u = h - t = 0.3799 - 1.0 = -0.6201`` (the
first member the name's definition, reported as such; every later member judged against it); a shape remark after
a member, ``\\in \\mathbb{R}^{n}``, before the next claim; two displays glued, ``$$A$$B$$``; an equation after ``\\text{where}`` inside a chain, judged after it. What stays refused: a name in its own definition, a definition
with no member after it, Euler's e in the first member, a shape remark inside a member.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.grading.document import equations
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

# TANH_2_1 at one sample: s = 0.5 * 1.0 - 0.5 * 0.2 = 0.4, h = tanh(0.4) = 0.379949, t = 1, h - t = -0.620051
TANH_2_1_AT_A_SAMPLE = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "tanh"\nweights = [[0.5, -0.5]]\n'
                        'biases = [0.0]\n[loss]\nname = "half_squared_error"\n'
                        '[data]\nx = [[1.0, 0.2]]\ny = [[1.0]]\n[update]\nlearning_rate = 0.1\n')
NETWORKS = {
    "tanh-two": TANH_2_1,
    "tanh-two-sample": TANH_2_1_AT_A_SAMPLE,
    "sigmoid-3-2": SIGMOID_2_3_2,
}
# SIGMOID_2_3_2's layers as notes in brackets name them: s^{[l]} the sums, h^{[l]} the outputs
LAYERS_IN_BRACKETS = r'''
[notation]
indices = "l"
[notation.symbols]
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"s^{[l]}" = "z{l}[:]"
"h^{[l]}" = "a{l}[:]"
"x" = "x[:]"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_I2 = ({"i": 0}, {"i": 1})
_S1 = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_H1 = (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),)
CHECKS = CaseChecks(NETWORKS)

_ERROR = "a1[0] - y[0]"


def _cases() -> list[Public]:
    cases = []
    for key, network, text, expected, twins in (
            # a name the claim defines: its first member, then the members judged against it, numbers at the sample
            ("defined-name", "tanh-two-sample", "u = h - t = 0.3799 - 1.0 = -0.6201", ((C, C, C),),
             (Twin("value", _ERROR, (_ERROR, "=0.3799 - 1.0", "=-0.6201")),)),
            ("defined-name-wrong-number", "tanh-two-sample", "$$u = h - t = 0.3799 - 1.0 = -0.7201$$", ((C, C, W),),
             (Twin("value", _ERROR, (_ERROR, "=0.3799 - 1.0", "=-0.7201")),)),
            ("defined-greek-name", "tanh-two", r"\epsilon = h - t = \tanh(s) - t", ((C, C),),
             (Twin("value", _ERROR, (_ERROR, "tanh(z1[0]) - y[0]")),)),
            ("defined-subscripted-name-wrong", "tanh-two", "r_{1} = t - h = h - t", ((C, W),),
             (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]", _ERROR)),)),
            ("defined-loss-name", "tanh-two-sample", r"Q = \frac{1}{2}(h - t)^2 = 0.1922", ((C, C),),
             (Twin("value", "0.5*(a1[0] - y[0])**2", ("0.5*(a1[0] - y[0])**2", "=0.1922")),))):
        cases.append(Public(key, "test", network, TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a shape remark after a member, \in \mathbb{R}^{n}: the member judged; an equation after it a second claim
            ("shape-remark-between", r"s^{[1]} = W^{[1]} x + b^{[1]} \in \R^{3} h^{[1]} = \sigma(s^{[1]}) \in \R^{3}",
             ((C,), (C,)), (Twin("value", "z1[{j}]", (_S1,), _J3), *_H1)),
            ("shape-remark-matrix-wrong", r"s^{[2]} = W^{[2]} h^{[1]} - b^{[2]} \in \mathbb{R}^{2 \times 1}, h^{[1]} ="
             r" \sigma(s^{[1]})", ((W,), (C,)),
             (Twin("value", "z2[{i}]", ("W2[{i},0]*a1[0] + W2[{i},1]*a1[1] + W2[{i},2]*a1[2] - b2[{i}]",), _I2),
              *_H1)),
            # two displays glued, $$A$$B$$ (the second's opener left out): two claims, never A's last factor times B
            ("glued-displays", r"$$h^{[1]} = \sigma(s^{[1]})$$s^{[1]} = W^{[1]} x + b^{[1]}$$", ((C,), (C,)),
             (*_H1, Twin("value", "z1[{j}]", (_S1,), _J3))),
            ("glued-displays-wrong", r"$$s^{[1]} = W^{[1]} x - b^{[1]}$$h^{[1]} = \sigma(s^{[1]})$$", ((W,), (C,)),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] - b1[{j}]",), _J3), *_H1)),
            # a shape that contradicts the member's is a remark still: the member alone is judged
            ("shape-remark-contradicted", r"s^{[1]} = W^{[1]} x + b^{[1]} \in \mathbb{R}^{2}", ((C,),),
             (Twin("value", "z1[{j}]", (_S1,), _J3),))):
        cases.append(Public(key, "test", "sigmoid-3-2", LAYERS_IN_BRACKETS, text, expected, twins))
    for key, text, expected, twins in (
            # an equation after "where" inside a chain, before its next row: a claim of its own after the chain
            ("where-inside-chain", r"\begin{aligned} \frac{\partial E}{\partial c} &= \frac{\partial E}{\partial h}"
             r" \frac{\partial h}{\partial s} \quad \text{where}~s = v_1 x_1 + v_2 x_2 + c \\ &= (h - t)(1 - h^2)"
             r" \end{aligned}", ((C, C), (C,)),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)", "(a1[0] - y[0])*(1 - a1[0]**2)")),
              Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)))),
            ("where-inside-chain-wrong", r"\begin{aligned} \frac{\partial E}{\partial c} &= \frac{\partial E}"
             r"{\partial h} \frac{\partial h}{\partial s} \quad \text{where}~s = v_1 x_1 - c \\ &= (h - t)(1 - h^2)"
             r" \end{aligned}", ((C, C), (W,)),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)", "(a1[0] - y[0])*(1 - a1[0]**2)")),
              Twin("value", "z1[0]", ("W1[0,0]*x[0] - b1[0]",))))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_grade_reads_the_where_claim_inside_a_chain_as_check_does():
    """grade's chains: the chain without the claim after "where", and that claim a chain of its own after it."""
    text = (r"$$\begin{aligned} \frac{\partial E}{\partial c} &= \frac{\partial E}{\partial h} \quad"
            r" \text{where}~s = v_1 x_1 - c \\ &= (h - t)(1 - h^2) \end{aligned}$$")
    chains = [" ".join(chain.text.split()) for chain in equations(text).chains]
    assert chains == [r"\frac{\partial E}{\partial c} = \frac{\partial E}{\partial h} = (h - t)(1 - h^2)",
                      "s = v_1 x_1 - c"]


def test_a_shape_remark_before_more_of_the_member_stays_refused():
    """s = Wx \\in R^{3} + b: the remark inside the member, which goes on after it."""
    CHECKS.refused("sigmoid-3-2", LAYERS_IN_BRACKETS, r"s^{[1]} = W^{[1]} x \in \mathbb{R}^{3} + b^{[1]}")


def test_a_name_in_its_own_definition_stays_unknown():
    """u = u + h defines u by itself: no definition, the name stays unknown."""
    assert "unknown symbol u" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "u = u + h = 1")


def test_a_definition_with_no_member_after_it_stays_refused():
    """u = h - t alone states nothing to judge."""
    assert "unknown symbol u" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "u = h - t")


def test_eulers_e_in_the_first_member_keeps_the_refusal():
    """e = e^{s} - t: e is the name and Euler's number at once."""
    assert "unknown symbol e" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "e = e^{s} - t = 1")
