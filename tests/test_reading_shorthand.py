r"""A student's own shorthand, as seed 001 writes it, on a small network of its kind (ReLU layers, one
shared bias per layer): a sum sign with no term that the notation names (``\sum_{i}^{(2)}``, the
input of unit i of layer 2), the indicator written as a product sign (``\prod\{u > 0, v > 0\}``,
``\prod_{\{i = \beta\}}``) and a derivative taken at a point (``\frac{\partial}{\partial x}[f(x)]
\rightarrow x = u``). Each is judged right where the formula is right and wrong where one thing is
changed; what names nothing, or names it with an index the student left without a value, is refused
in one line.

The verdicts are the chain rule on this network, worked by hand: with z2 = W2 relu(z1) + b2 (b2 one
number), d a2[i]/d b2 = 1{z2[i] > 0}, d a2[i]/d b1 = 1{z2[i] > 0} sum_j W2[i, j] 1{z1[j] > 0}, and
d a2[i]/d W2[beta, alpha] = 1{z2[i] > 0} 1{i = beta} a1[alpha].
"""

from __future__ import annotations

from backprop.problem import parse_problem
from backprop.symbolic import claims
from test_reading_constructs import C, W, refusal, verdicts

RELU = parse_problem('[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\nbias = "shared"\n'
                     '[[layer]]\nunits = 2\nactivation = "relu"\nbias = "shared"\n'
                     '[[layer]]\nunits = 2\nactivation = "softmax"\n[loss]\nname = "cross_entropy"\n')

SHORTHAND = r'''
[notation]
indices = "inmk"
functions = { f = "relu" }
[notation.symbols]
"p_{n,k}^{(1)}" = "a1[n]"
"p_{n,k}^{(2)}" = "a2[n]"
"w_{i,n}^{(2)}" = "W2[n, i]"
"w_{i,n}^{(3)}" = "W3[n, i]"
"\\sum_{n,k}^{(1)}" = "z1[n]"
"\\sum_{n,k}^{(2)}" = "z2[n]"
'''

B2 = r"\frac{\partial}{\partial b^{(2)}} [p_{i,k}^{(2)}] = "
B1 = r"\frac{\partial}{\partial b^{(1)}} [p_{i,k}^{(2)}] = "
W2 = r"\frac{\partial}{\partial w_{\alpha,\beta}^{(2)}} [p_{i,k}^{(2)}] = "


def test_a_sum_sign_with_no_term_is_the_name_the_notation_gives_it():
    assert verdicts(RELU, B2 + r"1 \cdot \prod \left\{ \sum_{i,k}^{(2)} > 0 \right\}", SHORTHAND) == [(C,)]
    # the other layer's input, the other comparison, the name itself for its indicator
    assert verdicts(RELU, B2 + r"1 \cdot \prod \left\{ \sum_{i,k}^{(1)} > 0 \right\}", SHORTHAND) == [(W,)]
    assert verdicts(RELU, B2 + r"1 \cdot \prod \left\{ \sum_{i,k}^{(2)} < 0 \right\}", SHORTHAND) == [(W,)]
    assert verdicts(RELU, B2 + r"\sum_{i,k}^{(2)}", SHORTHAND) == [(W,)]


def test_a_sum_sign_the_notation_does_not_name_is_refused_naming_it():
    message = refusal(RELU, B2 + r"\prod \left\{ \sum_{i,k}^{(2)} > 0 \right\}", SHORTHAND.split("\"\\\\sum")[0])
    assert r"\sum_{i,k}^{2} is a sum sign with no term" in message and "[notation.symbols]" in message
    # without a notation at all, too; and a sum sign with a term is still a sum
    bare = refusal(RELU, r"\frac{\partial L}{\partial b^{(2)}} = \sum_{i}^{(2)}")
    assert r"\sum_{i}^{2} is a sum sign with no term" in bare
    assert verdicts(RELU, r"\frac{\partial L}{\partial b^{(2)}} = \sum_{k}^{1} \delta^{(2)}_k") == [(C,)]


def test_a_product_sign_before_conditions_is_the_indicator_that_all_hold():
    right = B1 + r"\sum_{m=0}^{2} w_{m,i}^{(2)} \prod \left\{ \sum_{i,k}^{(2)} > 0, \sum_{m,k}^{(1)} > 0 \right\}"
    assert verdicts(RELU, right, SHORTHAND) == [(C,)]
    assert verdicts(RELU, right.replace(r"\sum_{m,k}^{(1)} > 0", r"\sum_{m,k}^{(1)} < 0"), SHORTHAND) == [(W,)]
    assert verdicts(RELU, right.replace(r", \sum_{m,k}^{(1)} > 0", ""), SHORTHAND) == [(W,)]


def test_a_product_sign_over_a_condition_is_the_indicator_of_the_index():
    """A rule over i, alpha and beta: read for each of their values (3 x 2 x 2 here)."""
    right = W2 + r"\prod\{ \sum_{i,k}^{(2)} > 0 \} \prod_{\{i=\beta\}} p_{\alpha,k}^{(1)}"
    assert verdicts(RELU, right, SHORTHAND) == [(C,)]
    assert verdicts(RELU, right.replace(r"\{i=\beta\}", r"\{i \neq \beta\}"), SHORTHAND) == [(W,)]
    assert verdicts(RELU, right.replace(r"p_{\alpha,k}^{(1)}", r"p_{\beta,k}^{(1)}"), SHORTHAND) == [(W,)]


def test_a_derivative_taken_at_a_point_is_the_function_s_derivative_there():
    r"""``\frac{\partial}{\partial x} [f(x)] \rightarrow x = u``: f'(u), not a claim about x (x is the
    input here: read as the left side of x = u, the claim would be about the input)."""
    right = B2 + (r"\frac{\partial}{\partial x} [f(x)] \rightarrow x = \sum_{i,k}^{(2)}"
                  r" = 1 \cdot \prod\{\sum_{i,k}^{(2)} > 0\}")
    assert verdicts(RELU, right, SHORTHAND) == [(C, C)]
    assert verdicts(RELU, right.replace(r"x = \sum_{i,k}^{(2)}", r"x = \sum_{i,k}^{(1)}"), SHORTHAND) == [(W, C)]
    assert verdicts(RELU, right.replace(r"[f(x)]", r"[\sigma(x)]"), SHORTHAND) == [(W, C)]


def test_the_students_indices_are_read_as_written():
    """The same i for a unit of layer 2 outside the sum over i, and for a unit of layer 1 inside it:
    no value in the first, out of layer 2's range in the second; never the letter meant."""
    free = B1 + r"\prod\{ \sum_{m,k}^{(2)} > 0 \} \sum_{j=0}^{2} w_{j,i}^{(2)} \prod\{ \sum_{j,k}^{(1)} > 0 \}"
    assert r"the index m has no value (\sum_{m,k}^{2} uses it outside a sum over m)" in refusal(RELU, free, SHORTHAND)
    assert verdicts(RELU, free.replace(r"\sum_{m,k}^{(2)}", r"\sum_{i,k}^{(2)}"), SHORTHAND) == [(C,)]
    inside = B1 + r"\sum_{m=0}^{2} w_{m,i}^{(2)} \prod\{ \sum_{m,k}^{(2)} > 0, \sum_{m,k}^{(1)} > 0 \}"
    message = refusal(RELU, inside, SHORTHAND)
    assert r"\sum_{m,k}^{2} at m = 2" in message and "index 2 is out of range (0..1): layer 2 has 2 units" in message


def test_a_rule_read_at_once_differentiates_a_written_out_sum_term_by_term(monkeypatch):
    r"""Read once for all values of i, alpha and beta (families.py, as seed 001's 524,288 are):
    d/dW2[beta, alpha] of b2 + sum_j W2[i, j] a1[j] is 1{i = beta} a1[alpha] (W2[i, 0] and W2[i, 1]
    are two quantities whatever i is; it was refused as too many index values to read one by one)."""
    monkeypatch.setattr(claims, "MAX_ASSIGNMENTS", 2)
    chain = W2 + (r"\prod\{ \sum_{i,k}^{(2)} > 0 \} \frac{\partial}{\partial w_{\alpha,\beta}^{(2)}} \left[ b^{(2)}"
                  r" + \sum_{j=0}^{2} w_{j,i}^{(2)} p_{j,k}^{(1)} \right] = \prod\{ \sum_{i,k}^{(2)} > 0 \}"
                  r" \prod_{\{i=\beta\}} p_{\alpha,k}^{(1)}")
    assert verdicts(RELU, chain, SHORTHAND) == [(C, C)]
    assert verdicts(RELU, chain.replace(r"\sum_{j=0}^{2}", r"\sum_{j=0}^{1}"), SHORTHAND) == [(W, C)]
    assert verdicts(RELU, chain.replace(r"\{i=\beta\}", r"\{i=\alpha\}"), SHORTHAND) == [(C, W)]
