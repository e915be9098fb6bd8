"""Batch 119's pages (Russian, Czech, Italian, Chinese, Japanese and Spanish) showed one misreading and four constructs
refused, written here as other authors would (other names, other networks and spellings than the pages'):

- a derivative written with the point it is taken at, ``\\frac{\\partial L}{\\partial w_3}(w_3^{t-1})`` (read as a
  product, so a right update was called wrong): read as the derivative where the point is the variable's current
  value (the notation's w^{t-1} before the step, w^{old}, or the variable itself where the row's step is taken from
  it, ``\\theta \\leftarrow \\theta - \\alpha \\frac{\\partial J}{\\partial \\theta}(\\theta)``), in LaTeX and in plain
  text's ``dJ/dtheta(theta^{old})``; refused where it is the value after the step, a power or a name the notation does
  not give; the variable itself anywhere else stays a factor (batch 29's ``\\frac{\\partial C}{\\partial m_7}(m_7)``);
- prose in a script of its own glued to a code line, before it (``是否应该改成self.delta = ...``) or after its closing
  bracket (``...)才对。``): the words spaced from the code, then read as spaced prose is (dropped); a run holding a
  name of the notation's stays as written;
- one word of prose after a formula's comma closing the line (``h_2 = o_1 w_2, следовательно``, hence, quindi, 所以):
  a remark, where it is no name of the formula's nor a function's;
- HTML's character references in a formula image's address (codecogs' ``&plus;`` for +, ``&#43;``, ``&amp;``);
- a method called through a list's element, ``self.layers[-1].activator.backward(...)``: a notation's function may be
  named so (the loader took no bracket in a dotted name), and a refusal quotes the name with its index.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

_RATE = "[update]\nlearning_rate = 0.1\n"
# two sigmoid layers without biases (the Russian problem's chains have none)
_NO_BIAS = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
            '[[layer]]\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n[loss]\nname = "half_squared_error"\n')
NETWORKS = {
    "tanh-2-1": TANH_2_1 + _RATE,
    "sigmoid-2-2-2": SIGMOID_2_2_2 + _RATE,
    "sigmoid-2-2-2-no-bias": _NO_BIAS,
}
CHECKS = CaseChecks(NETWORKS)

# a tanh unit's weights by time: theta^{(t)} (or theta^{old}) before the step, theta^{(t+1)} (theta^{new}) after it
_TIME = r'''
[notation]
loss = ["J"]
[notation.symbols]
"\\theta_{1}" = "W1[0, 0]"
"\\theta_{1}^{t-1}" = "W1[0, 0]"
"\\theta_{1}^{t}" = "new(W1[0, 0])"
"theta_{1}" = "W1[0, 0]"
"x_{1}" = "x[0]"
"o" = "a1[0]"
"y" = "y[0]"
'''
_STEP = "W1[0,0] - eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[0]"
_SLIPPED = "W1[0,0] + eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[0]"

# a 2-2-2 sigmoid network's code, its last layer reached through a list
_LAYERS = r'''
[notation]
functions = { "self.layers[-1].activator.backward" = "sigmoid' at output", "net.layers[1].act" = "sigmoid" }
[notation.symbols]
"self.layers[-1].output" = "a2[:]"
"net.layers[1].z" = "z2[:]"
"out" = "a2[:]"
"label" = "y[:]"
"delta" = "-delta2[:]"
'''
_K2 = ({"k": 0}, {"k": 1})
_DELTA = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"

# the same network's code with a hidden layer's names (hanbt's fc.py, asked about in Chinese, Japanese and Korean)
_CODE = r'''
[notation]
functions = { "self.activator.backward" = "sigmoid' at output" }
[notation.symbols]
"self.input" = "a1[:]"
"self.output" = "a2[:]"
"self.W" = "W2[:, :]"
"delta_array" = "-delta2[:]"
"self.delta" = "-delta1[:]"
'''
_J2 = ({"j": 0}, {"j": 1})
_BACK = "(W2[0,{j}]*(y[0] - a2[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(y[1] - a2[1])*a2[1]*(1 - a2[1]))"
_HIDDEN = f"a1[{{j}}]*(1 - a1[{{j}}])*{_BACK}"
_OUTPUT_SLOPE = f"a2[{{j}}]*(1 - a2[{{j}}])*{_BACK}"

# a hidden unit's sum in the output's names (the Russian issue's h_2 = o_1 w_2)
_SUM = r'''
[notation.symbols]
"h_{1}" = "z2[0]"
"o_{1}" = "a1[0]"
"o_{2}" = "a1[1]"
"w_{1}" = "W2[0, 0]"
"w_{2}" = "W2[0, 1]"
"t" = "y[0]"
"y" = "a2[0]"
'''
_H1 = "W2[0,0]*a1[0] + W2[0,1]*a1[1]"


def _image(latex: str) -> str:
    """``latex`` in a codecogs image's address as its editor writes it: a space &space;, + &plus;."""
    return '<img src="https://latex.codecogs.com/svg.latex?' + latex.replace(" ", "&space;").replace("+", "&plus;") + '">'


def _cases() -> list[Public]:
    return [
        # ---- a derivative at the point the step is taken at ---------------------------------------------------------
        Public("point-before-step", "test", "tanh-2-1", _TIME,
               r"\theta_1^{t} = \theta_1^{t-1} - \eta \cdot \frac{\partial J}{\partial \theta_1}(\theta_1^{t-1})",
               ((C,),), (Twin("update", "W1[0,0]", (_STEP,)),)),
        Public("point-before-step-wrong", "test", "tanh-2-1", _TIME,
               r"\theta_1^{t} = \theta_1^{t-1} + \eta \cdot \frac{\partial J}{\partial \theta_1}(\theta_1^{t-1})",
               ((W,),), (Twin("update", "W1[0,0]", (_SLIPPED,)),)),
        Public("point-old", "test", "tanh-2-1", _TIME,
               r"\theta_1^{new} = \theta_1^{old} - \eta \dfrac{dJ}{d\theta_1}\left(\theta_1^{old}\right)", ((C,),),
               (Twin("update", "W1[0,0]", (_STEP,)),)),
        Public("point-plain-old", "test", "tanh-2-1", _TIME,
               "theta_1^{new} = theta_1^{old} - eta * dJ/dtheta_1(theta_1^{old})", ((C,),),
               (Twin("update", "W1[0,0]", (_STEP,)),)),
        Public("point-plain-old-wrong", "test", "tanh-2-1", _TIME,
               "theta_1^{new} = theta_1^{old} - eta * dJ/dtheta_1(theta_1^{old}) * x_1", ((W,),),
               (Twin("update", "W1[0,0]", (_STEP + "*x[0]",)),)),
        Public("point-step-start", "test", "tanh-2-1", _TIME,
               r"\theta_1 \leftarrow \theta_1 - \eta \frac{\partial J}{\partial \theta_1}(\theta_1)", ((C,),),
               (Twin("update", "W1[0,0]", (_STEP,)),)),
        Public("point-gradient", "test", "tanh-2-1", _TIME,
               r"\frac{\partial J}{\partial \theta_1}(\theta_1^{t-1}) = (o - y)(1 - o^2) x_1", ((C,),),
               (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*(1 - a1[0]**2)*x[0]",)),)),
        # ---- prose glued to a code line -----------------------------------------------------------------------------
        Public("glued-before", "test", "sigmoid-2-2-2", _CODE,
               "是否应该改成self.delta = self.activator.backward(self.input) * np.dot(self.W.T, delta_array)", ((C,),),
               (Twin("value", _HIDDEN, (_HIDDEN,), _J2),)),
        Public("glued-before-wrong", "test", "sigmoid-2-2-2", _CODE,
               "是否应该改成self.delta = self.activator.backward(self.output) * np.dot(self.W.T, delta_array)",
               ((W,),), (Twin("value", _HIDDEN, (_OUTPUT_SLOPE,), _J2),)),
        Public("glued-both-sides", "test", "sigmoid-2-2-2", _CODE,
               "我觉得应该是self.delta = self.activator.backward(self.input) * np.dot(self.W.T, delta_array)才对。",
               ((C,),), (Twin("value", _HIDDEN, (_HIDDEN,), _J2),)),
        Public("glued-japanese", "test", "sigmoid-2-2-2", _CODE,
               "ここはself.delta = self.activator.backward(self.output) * np.dot(self.W.T, delta_array)ですか？",
               ((W,),), (Twin("value", _HIDDEN, (_OUTPUT_SLOPE,), _J2),)),
        Public("glued-korean", "test", "sigmoid-2-2-2", _CODE,
               "수정하면self.delta = self.activator.backward(self.input) * np.dot(self.W.T, delta_array)",
               ((C,),), (Twin("value", _HIDDEN, (_HIDDEN,), _J2),)),
        # ---- one word after a formula's comma -----------------------------------------------------------------------
        Public("comma-word-russian", "test", "sigmoid-2-2-2-no-bias", _SUM, "h<sub>1</sub> = o<sub>1</sub> * w<sub>1</sub> +"
               " o<sub>2</sub> * w<sub>2</sub>, следовательно", ((C,),), (Twin("value", "z2[0]", (_H1,)),)),
        Public("comma-word-italian", "test", "sigmoid-2-2-2-no-bias", _SUM, "h_1 = o_1 w_1 + o_2 w_2, quindi:", ((C,),),
               (Twin("value", "z2[0]", (_H1,)),)),
        Public("comma-word-chinese-wrong", "test", "sigmoid-2-2-2-no-bias", _SUM, "h_1 = o_1 w_2 + o_2 w_1, 所以",
               ((W,),), (Twin("value", "z2[0]", ("W2[0,1]*a1[0] + W2[0,0]*a1[1]",)),)),
        Public("comma-word-english", "test", "sigmoid-2-2-2-no-bias", _SUM, "h_1 = o_1 w_1 + o_2 w_2, hence,", ((C,),),
               (Twin("value", "z2[0]", (_H1,)),)),
        # ---- HTML's character references in a codecogs address ------------------------------------------------------
        Public("image-plus", "test", "sigmoid-2-2-2-no-bias", _SUM, _image("h_{1} = w_{1} o_{1} + w_{2} o_{2}"), ((C,),),
               (Twin("value", "z2[0]", (_H1,)),)),
        Public("image-plus-wrong", "test", "sigmoid-2-2-2-no-bias", _SUM, _image("h_{1} = w_{1} o_{2} + w_{2} o_{1}"),
               ((W,),), (Twin("value", "z2[0]", ("W2[0,0]*a1[1] + W2[0,1]*a1[0]",)),)),
        Public("image-numbered-reference", "test", "sigmoid-2-2-2-no-bias", _SUM,
               "![h](https://latex.codecogs.com/png.latex?h_1%20=%20w_1o_1%20&#43;%20w_2o_2)", ((C,),),
               (Twin("value", "z2[0]", (_H1,)),)),
        # ---- a method through a list's element ----------------------------------------------------------------------
        Public("element-method", "test", "sigmoid-2-2-2", _LAYERS,
               "        delta = self.layers[-1].activator.backward(self.layers[-1].output) * (label - "
               "self.layers[-1].output)", ((C,),), (Twin("value", _DELTA, (_DELTA,), _K2),)),
        Public("element-method-wrong", "test", "sigmoid-2-2-2", _LAYERS,
               "delta = self.layers[-1].activator.backward(self.layers[-1].output) * (self.layers[-1].output - label)",
               ((W,),), (Twin("value", _DELTA, ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("element-function", "test", "sigmoid-2-2-2", _LAYERS, "out = net.layers[1].act(net.layers[1].z)",
               ((C,),), (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_derivative_at_the_value_after_the_step_is_refused():
    refusal = CHECKS.refused("tanh-2-1", _TIME, r"\theta_1^{t} = \theta_1^{t-1} - \eta \frac{\partial J}{\partial"
                                                r" \theta_1}(\theta_1^{t})")
    assert "the derivative taken at \\theta_{1}^{t}, the value after the step" in refusal


def test_a_derivative_at_a_point_the_notation_does_not_name_is_refused():
    refusal = CHECKS.refused("tanh-2-1", _TIME, r"\theta_1^{t} = \theta_1^{t-1} - \eta \frac{\partial J}{\partial"
                                                r" \theta_1}(\theta_1^{k})")
    assert "a point the notation does not name" in refusal


def test_a_derivative_at_a_power_of_its_variable_is_refused():
    """``(\\theta_1^{2})``: a point other than the current value (or a factor?), never read either way."""
    refusal = CHECKS.refused("tanh-2-1", _TIME, r"\frac{\partial J}{\partial \theta_1}(\theta_1^{2}) = (o - y)(1 - o^2)"
                                                r" x_1")
    assert "not \\theta_{1}'s current value" in refusal


def test_the_variable_in_parentheses_outside_a_step_stays_a_factor():
    """``\\frac{\\partial J}{\\partial o}(o)`` in a chain, no step taken from o: o multiplies (batch 29's reading), so
    a chain whose factor o is no part of the gradient is called wrong, never right."""
    case = Public("factor", "test", "tanh-2-1", _TIME,
                  r"\frac{\partial J}{\partial \theta_1} = \frac{\partial J}{\partial o}(o) (1 - o^2) x_1")
    assert CHECKS.verdicts(case) == ((W,),)


def test_prose_glued_that_holds_a_name_of_the_notation_stays_as_written():
    """A notation naming 误差 (error): 误差self... may be that name glued to a name; never split into prose."""
    notation = _CODE + '"误差" = "-delta2[0]"\n'
    refusal = CHECKS.refused("sigmoid-2-2-2", notation, "误差self.delta = self.activator.backward(self.input) * "
                                                        "np.dot(self.W.T, delta_array)")
    assert "误差self.delta" in refusal


def test_a_single_glued_ideograph_is_no_prose():
    """One letter of the script glued to a name is no word of prose: left as written (refused)."""
    CHECKS.refused("sigmoid-2-2-2", _CODE, "改self.delta = self.activator.backward(self.input) * np.dot(self.W.T,"
                                           " delta_array)")


def test_a_name_or_function_after_the_comma_is_no_remark():
    for text in ("h_1 = o_1 w_1 + o_2 w_2, o_1", "h_1 = o_1 w_1 + o_2 w_2, exp", "h_1 = o_1 w_1 + o_2 w_2, t"):
        assert "a comma after a member is no product" in CHECKS.refused("sigmoid-2-2-2-no-bias", _SUM, text)


def test_a_method_through_an_element_the_notation_does_not_name_is_refused_with_its_index():
    refusal = CHECKS.refused("sigmoid-2-2-2", _LAYERS, "delta = self.layers[0].activator.backward(self.layers[-1]"
                                                       ".output) * (label - self.layers[-1].output)")
    assert '"self.layers[0].activator.backward" = ' in refusal


def test_the_loader_takes_a_derivative_word_through_an_element():
    table = tomllib.loads('[notation]\nfunctions = { "model.layers[2].act.grad" = "tanh\' at input" }\n')["notation"]
    assert notation_from_table(table, "<test>").derivative_words == {"model.layers[2].act.grad": "tanh"}


def test_a_partial_derivative_whose_denominator_lost_its_partial_is_named():
    """Batch 119's typo ``\\frac{\\partial L}{\\hat y}``, written with another author's names: the refusal quotes the
    fraction and says to write its \\partial."""
    refusal = CHECKS.refused("tanh-2-1", _TIME, r"\frac{\partial J}{\partial \theta_1} = \frac{\partial J}{o} \cdot"
                                                r" (1 - o^2) x_1")
    assert "starts with \\partial, and \\frac{\\partial J}{o}'s (o) has none" in refusal
    assert "write \\frac{\\partial J}{\\partial o}" in refusal
