"""The reading constructs batch 15 of the public formulas showed missing, each written as another author would
(other names, another network than the pages'): a code comment that is the line's worked numbers (``# 1.5 * 2.0
+ 0.5 = 3.5``, also on a line of its own), a comment after ``//`` (C, Java, JavaScript, Swift), a gloss in
parentheses that ends in a number (``(gradient for weight 1)``), ``\\ell`` as symbols.md's layer letter l (``W^{(\\ell)}``,
``W^{(\\ell+1)\\top}``) and a function's layer before its prime (``\\phi^{(\\ell)\\,'}(z^{(\\ell)})``), plain text's
``∇W Loss`` for ``\\nabla_W L``; and the refusal of a page's own operator on a quantity, ``J_{a^{(L)}}(z^{(L)})``.
Each case is judged right where the formula is right and wrong where one thing is changed (a comment's number
off, an operand changed, the prime or a sign dropped).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts, which judges a
member of numbers by the spec's rule for rounded numbers on its own, tests/number_oracle.py): each case carries
its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

NETWORKS = {
    # one identity unit with a bias, the squared error, the file's numbers: z = 0.5 * 3.0 + 0.25 = 1.75
    "numbers": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\nweights = [[0.5]]\nbiases = [0.25]\n'
               '[loss]\nname = "squared_error"\n[data]\nx = [[3.0]]\ny = [[1.0]]\n[update]\nlearning_rate = 0.1\n',
    # two inputs, two sigmoid units, one sigmoid output, the half squared error (the rules over layers)
    "layers": SIGMOID_2_2_1 + '[update]\nlearning_rate = 0.2\n',
}
CHECKS = CaseChecks(NETWORKS)

# code's names for the one unit: net = weight * inp + bias, out = net, cost = (out - target)^2
_CODE = r'''
[notation]
learning_rate = ["lr"]
loss = ["cost", "Cost"]
[notation.symbols]
"inp" = "x[0]"
"weight" = "W1[0, 0]"
"bias" = "b1[0]"
"net" = "z1[0]"
"out" = "a1[0]"
"target" = "y[0]"
"grad_w" = "grad(W1[0, 0])"
"v1" = "W1[0, 0]"
'''
# symbols.md's own W^{(l)}, b^{(l)}, \delta^{(l)} with the layer letter written \ell; \phi the sigmoid
_LAYERS = r'''
[notation]
loss = ["E"]
functions = { "\\phi" = "sigmoid" }
'''
_SQUARE_SLOPE = "2*(a1[0] - y[0])*x[0]"   # d/dw (w x + b - y)^2 = 2 (a - y) x = 2 * 0.75 * 3.0 = 4.5


def _comment_cases() -> list[Public]:
    cases = []
    for key, text, verdicts, members in (
            ("hash", "net = weight * inp + bias # 0.5 * 3.0 + 0.25 = 1.75", (C, C, C),
             ("W1[0,0]*x[0] + b1[0]", "=0.5*3.0 + 0.25", "=1.75")),
            ("hash-result-off", "net = weight * inp + bias # 0.5 * 3.0 + 0.25 = 1.95", (C, C, W),
             ("W1[0,0]*x[0] + b1[0]", "=0.5*3.0 + 0.25", "=1.95")),
            ("hash-operand-off", "net = weight * inp + bias # 0.5 * 3.0 - 0.25 = 1.75", (C, W, C),
             ("W1[0,0]*x[0] + b1[0]", "=0.5*3.0 - 0.25", "=1.75")),
            ("hash-code-off", "net = weight * inp # 0.5 * 3.0 + 0.25 = 1.75", (W, C, C),
             ("W1[0,0]*x[0]", "=0.5*3.0 + 0.25", "=1.75")),
            ("hash-words", "net = weight * inp + bias # = 1.75 at inp = 3", (C,), ("W1[0,0]*x[0] + b1[0]",)),
            ("slashes-words", "net = weight * inp + bias // the unit's weighted input", (C,), ("W1[0,0]*x[0] + b1[0]",)),
            ("slashes-words-wrong", "net = weight * inp - bias // the unit's weighted input", (W,),
             ("W1[0,0]*x[0] - b1[0]",)),
            ("slashes-numbers", "net = weight * inp + bias // 0.5 * 3.0 + 0.25 = 1.75", (C, C, C),
             ("W1[0,0]*x[0] + b1[0]", "=0.5*3.0 + 0.25", "=1.75")),
            ("slashes-numbers-off", "net = weight * inp + bias // 0.5 * 3.0 + 0.25 = 2.75", (C, C, W),
             ("W1[0,0]*x[0] + b1[0]", "=0.5*3.0 + 0.25", "=2.75"))):
        cases.append(Public(f"comment-{key}", "test", "numbers", _CODE, text, (verdicts,),
                            (Twin("value", "z1[0]", members),)))
    for key, text, verdicts, members in (
            ("own-line", "grad_w = 2 * (out - target) * inp\n# 2 * (1.75 - 1.0) * 3.0 = 4.5", (C, C, C),
             (_SQUARE_SLOPE, "=2*(1.75 - 1.0)*3.0", "=4.5")),
            ("own-line-slashes", "grad_w = 2 * (out - target) * inp\n// 2 * (1.75 - 1.0) * 3.0 = 4.5", (C, C, C),
             (_SQUARE_SLOPE, "=2*(1.75 - 1.0)*3.0", "=4.5")),
            ("own-line-off", "grad_w = 2 * (out - target) * inp\n# 2 * (1.75 - 1.0) * 3.0 = 5.5", (C, C, W),
             (_SQUARE_SLOPE, "=2*(1.75 - 1.0)*3.0", "=5.5")),
            ("own-line-no-two", "grad_w = (out - target) * inp\n# (1.75 - 1.0) * 3.0 = 2.25", (W, W, W),
             ("(a1[0] - y[0])*x[0]", "=(1.75 - 1.0)*3.0", "=2.25"))):
        cases.append(Public(f"comment-{key}", "test", "numbers", _CODE, text, (verdicts,),
                            (Twin("gradient", "W1[0,0]", members),)))
    # after a compound assignment the comment's numbers may be the step or the new value: a remark, dropped
    for key, text, verdict, member in (
            ("compound", "weight -= lr * grad_w # 0.1 * 4.5 = 0.45", C, "W1[0,0] - eta*grad"),
            ("compound-sign", "weight += lr * grad_w // 0.1 * 4.5 = 0.45", W, "W1[0,0] + eta*grad")):
        cases.append(Public(f"comment-{key}", "test", "numbers", _CODE, text, ((verdict,),),
                            (Twin("update", "W1[0,0]", (member,)),)))
    return cases


def _gloss_cases() -> list[Public]:
    return [Public(f"gloss-{key}", "test", "numbers", _CODE, text, ((verdict,),),
                   (Twin("gradient", "W1[0,0]", (member,)),))
            for key, text, verdict, member in (
                ("number-last", "dcost/dv1 = 4.5   (slope for weight 1)", C, "=4.5"),
                ("number-last-off", "dcost/dv1 = 6.5   (slope for weight 1)", W, "=6.5"),
                ("number-inside", "dcost/dv1 = 2 * (out - target) * inp (the slope of weight 1 here)", C,
                 _SQUARE_SLOPE),
                ("number-inside-wrong", "dcost/dv1 = (out - target) * inp (the slope of weight 1 here)", W,
                 "(a1[0] - y[0])*x[0]"))]


def _delta2(j="0") -> str:
    return "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


_DELTA1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
_BY_LAYER_W = (tuple({"l": 2, "j": 0, "k": k} for k in range(2))
               + tuple({"l": 1, "j": j, "k": k} for j in range(2) for k in range(2)))
_BY_LAYER_B = ({"l": 2, "j": 0},) + tuple({"l": 1, "j": j} for j in range(2))


def _ell_cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            ("dW", r"\frac{\partial E}{\partial W^{(\ell)}} = \delta^{(\ell)} {a^{(\ell-1)}}^\top", C,
             f"({_delta2()}*a1[{{k}}] if {{l}} == 2 else {_DELTA1}*x[{{k}}])"),
            ("dW-sign", r"\frac{\partial E}{\partial W^{(\ell)}} = -\delta^{(\ell)} {a^{(\ell-1)}}^\top", W,
             f"-({_delta2()}*a1[{{k}}] if {{l}} == 2 else {_DELTA1}*x[{{k}}])")):
        cases.append(Public(f"ell-{key}", "test", "layers", _LAYERS, text, ((verdict,),),
                            (Twin("gradient", "W{l}[{j},{k}]", (member,), _BY_LAYER_W),)))
    for key, text, verdict, member in (
            ("db", r"\partial E / \partial b^{(\ell)} = \delta^{(\ell)}", C, f"({_delta2()} if {{l}} == 2 else {_DELTA1})"),
            ("db-twice", r"\partial E / \partial b^{(\ell)} = 2 \delta^{(\ell)}", W,
             f"2*({_delta2()} if {{l}} == 2 else {_DELTA1})")):
        cases.append(Public(f"ell-{key}", "test", "layers", _LAYERS, text, ((verdict,),),
                            (Twin("gradient", "b{l}[{j}]", (member,), _BY_LAYER_B),)))
    # the rule back through the layers, its function's layer before its prime: at l = 1, the one with a layer after
    for key, text, verdict, member in (
            ("delta-rule", r"\delta^{(\ell)} = \big(W^{(\ell+1)\top} \delta^{(\ell+1)}\big) \odot \phi^{(\ell)\,'}(z^{(\ell)})",
             C, _DELTA1),
            ("delta-rule-no-prime", r"\delta^{(\ell)} = \big(W^{(\ell+1)\top} \delta^{(\ell+1)}\big) \odot"
             r" \phi^{(\ell)}(z^{(\ell)})", W, "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]"),
            ("delta-rule-brackets", r"\delta^{(\ell)} = \big(W^{(\ell+1)\top} \delta^{(\ell+1)}\big) \odot"
             r" \phi^{[\ell]'}(z^{(\ell)})", C, _DELTA1)):
        cases.append(Public(f"ell-{key}", "test", "layers", _LAYERS, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), ({"j": 0}, {"j": 1})),)))
    return cases


def _nabla_cases() -> list[Public]:
    return [Public(f"nabla-{key}", "test", "numbers", _CODE, text, ((verdict,),),
                   (Twin("update", "W1[0,0]", (member,)),))
            for key, text, verdict, member in (
                ("plain", "v1 := v1 - lr × ∇v1 Cost", C, "W1[0,0] - eta*grad"),
                ("plain-ascent", "v1 := v1 + lr × ∇v1 Cost", W, "W1[0,0] + eta*grad"),
                ("latex", r"v_1 \leftarrow v_1 - \eta \nabla v_1 L", C, "W1[0,0] - eta*grad"),
                ("by-the-bias", "v1 := v1 - lr × ∇bias Cost", W, "W1[0,0] - eta*2*(a1[0] - y[0])"),
                # the loss first, then a name: the gradient times it, as before (never the gradient by it)
                ("loss-first", r"v_1 \leftarrow v_1 - \eta \nabla L \, inp", W, "W1[0,0] - eta*grad*x[0]"))]


CASES = _comment_cases() + _gloss_cases() + _ell_cases() + _nabla_cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_floor_division_is_no_comment():
    """Python's ``a // b`` between two operands, no words after it: never a comment dropped (which would judge
    ``net = weight`` alone), refused as before."""
    message = CHECKS.refusal(Public("floor", "test", "numbers", _CODE, "net = weight * inp + bias // inp"))
    assert "'/'" in message and "floor division a // b is no formula check reads" in message


def test_a_comment_alone_is_no_claim():
    """Worked numbers with nothing before them are no member of anything: dropped as a remark (no formula)."""
    assert CHECKS.refusal(Public("alone", "test", "numbers", _CODE, "# 0.5 * 3.0 + 0.25 = 1.75"))


def test_nabla_before_a_parameter_alone_is_the_loss_gradient_by_it():
    """``∇v1`` with v1 a parameter can only be the loss's gradient by v1 (docs/notation.md); the update reads, right
    with - and wrong with +, as the PyTorch oracle says."""
    for text, verdict, member in (("v1 := v1 - lr × ∇v1", C, "W1[0,0] - eta*grad"),
                                  ("v1 := v1 + lr × ∇v1", W, "W1[0,0] + eta*grad")):
        case = Public("nabla", "test", "numbers", _CODE, text, ((verdict,),), (Twin("update", "W1[0,0]", (member,)),))
        assert oracle_verdicts(case, CHECKS.problem(case)) == case.expected
        assert CHECKS.verdicts(case) == case.expected


def test_nabla_before_two_names_neither_the_loss_says_which_names_the_loss_has():
    """\\nabla v1 \\mathcal{L} where the notation's loss is cost: no name is taken for the loss's."""
    message = CHECKS.refusal(Public("nabla", "test", "numbers", _CODE, r"v1 := v1 - lr \nabla v1 \mathcal{L}"))
    assert r"\nabla v_{1} \mathcal{L}: neither is the loss (its names: L, cost, Cost)" in message
    assert r"write \nabla_{v_{1}} L" in message


def test_a_pages_own_operator_on_a_quantity_is_refused_with_what_to_write():
    """artibrains' Jacobian J_{a^{(L)}}(z^{(L)}), here of layer 2: no meaning such as a1[0] is offered for it."""
    text = r"\delta^{(2)} = \big(J_{a^{(2)}}(z^{(2)})\big)^\top \nabla_{a^{(2)}} E"
    message = CHECKS.refusal(Public("jacobian", "test", "layers", _LAYERS, text))
    assert "operator" in message and r"\frac{\partial a^{(2)}}{\partial z^{2}}" in message
    assert "a1[0]" not in message
