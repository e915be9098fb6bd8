"""The LaTeX vocabulary batches 21 and 22 of the public formulas showed missing, each written as another author
would (other names, other networks than the pages'): the bold commands (plain TeX's ``\\bf{s}`` and ``{\\bf s}``,
``\\mathbf``, ``\\vec``, ``\\boldsymbol``, ``\\bm``, one after another in a formula) and a bold list of a loss's
arguments (``Q(\\bf{o, v})``); ``\\nabla E`` without a subscript where a member of the same chain says what it is
by; the loss with a prime and its arguments (``C'(o, v)``); a function's argument written without the index of the
rule's left side (``g'(s)`` in a rule for unit k); a sum over the samples that writes no letter, or one that the
notation's ``"N" = "1"`` makes one sample's; ``u \\otimes v``, the outer product of two vectors; and ``\\sigma`` as the
quantity the notation names (``\\partial \\sigma``) beside the function ``\\sigma(g)``. Each case is judged right
where the formula is right and wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LINEAR_2_2, LOGISTIC_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # three linear outputs on two inputs, the half squared error: dE/ds = o - v
    "linear-three": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "identity"\n[loss]\n'
                    'name = "half_squared_error"\n',
    "sigmoid-unit": LOGISTIC_2,
    # a tanh unit then a sigmoid output (one each), the squared error: several weights
    "tanh-sigmoid": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "tanh"\n[[layer]]\nunits = 1\n'
                    'activation = "sigmoid"\n[loss]\nname = "squared_error"\n',
    # two inputs, three sigmoid hidden units, one linear output, the squared error
    "sigmoid-hidden": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\n[[layer]]\nunits = 1\n'
                      'activation = "identity"\n[loss]\nname = "squared_error"\n',
    "linear-square": LINEAR_2_2,
    # x -> g = q x -> sigma(g) -> r sigma(g), no biases, the squared error (a chain of two weights)
    "sigmoid-chain": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n[[layer]]\n'
                     'units = 1\nactivation = "identity"\nbias = "none"\n[loss]\nname = "squared_error"\n',
    # a sigmoid unit on two inputs, the binary cross-entropy, one sample of data
    "sigmoid-one-sample": LOGISTIC_2 + '[data]\nx = [[0.4, -1.1]]\ny = [[1.0]]\n',
}
CHECKS = CaseChecks(NETWORKS)

_VECTORS = r'''
[notation]
loss = ["Q"]
[notation.symbols]
"o" = "a1[:]"
"v" = "y[:]"
"s" = "z1[:]"
"o_{k}" = "a1[k]"
"v_{k}" = "y[k]"
'''
_UNIT = r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"q_{i}" = "W1[0, i-1]"
"u_{i}" = "x[i-1]"
"q" = "W1[0, :]"
"u" = "x[:]"
"o" = "a1[0]"
"v" = "y[0]"
"M" = "1"
'''
# k the samples' letter: v_k and o_k are the one sample's (k indexes nothing of the network)
_SAMPLES = _UNIT.replace('indices = "i"', 'indices = "ik"') + '"v_{k}" = "y[0]"\n"o_{k}" = "a1[0]"\n'
_CHAIN = r'''
[notation]
loss = ["C"]
[notation.symbols]
"o" = "a2[0]"
"h" = "a1[0]"
"v" = "y[0]"
'''
# k and i written as letters of the patterns, not index letters of the notation (as Bishop's notes): s_k is the s of
# the unit the rule's k names
_HIDDEN = r'''
[notation]
indices = "n"
loss = ["E"]
functions = { g = "sigmoid" }
[notation.symbols]
"s_{k}" = "z1[k]"
"h_{k}" = "a1[k]"
"v_{ki}" = "W1[k, i]"
"u_{i}" = "x[i]"
'''
# V input-first: V_{ij} joins input i to unit j
_OUTER = r'''
[notation]
indices = "ij"
[notation.symbols]
"V_{ij}" = "W1[j, i]"
"u" = "x[:]"
"o" = "a1[:]"
"v" = "y[:]"
'''
_SIGMA = r'''
[notation]
loss = ["J"]
[notation.symbols]
"\\sigma" = "a1[0]"
"g" = "z1[0]"
"r" = "W2[0, 0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
'''
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_I2 = ({"i": 0}, {"i": 1})
_KI = tuple({"k": k, "i": i} for k in range(3) for i in range(2))
_SQUARE = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_HALF_SQUARES = "0.5*((a1[0] - y[0])**2 + (a1[1] - y[1])**2 + (a1[2] - y[2])**2)"
_BCE_GRADIENT = "(a1[0] - y[0])*x[{i}]"
_DC_DO = "2*(a2[0] - y[0])"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # plain TeX's bold: \bf{...} with its argument braced, {\bf s} as a switch inside a group
            ("bf-braced", r"\frac{\partial Q}{\partial \bf{s}} = \bf{o - v}", C, "a1[{k}] - y[{k}]"),
            ("bf-braced-swapped", r"\frac{\partial Q}{\partial \bf{s}} = \bf{v - o}", W, "y[{k}] - a1[{k}]"),
            ("bf-switch", r"\frac{\partial Q}{\partial {\bf s}} = {\bf o} - {\bf v}", C, "a1[{k}] - y[{k}]"),
            ("bf-switch-doubled", r"\frac{\partial Q}{\partial {\bf s}} = 2({\bf o} - {\bf v})", W,
             "2*(a1[{k}] - y[{k}])"),
            # each bold of a formula, however many: \mathbf twice, \vec, \boldsymbol and \bm
            ("mathbf-twice", r"\frac{\partial Q}{\partial \mathbf{s}} = \mathbf{o} - \mathbf{v}", C,
             "a1[{k}] - y[{k}]"),
            ("vec-bm", r"\frac{\partial Q}{\partial \vec s} = \vec o - \bm{v}", C, "a1[{k}] - y[{k}]"),
            ("boldsymbol-vec-swapped", r"\frac{\partial Q}{\partial \boldsymbol{s}} = \vec v - \vec o", W,
             "y[{k}] - a1[{k}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-three", _VECTORS, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{k}]", (member,), _K3),)))
    for key, text, verdict, member in (
            # a bold list of the loss's arguments: Q(\bf{o, v}), each argument bold
            ("bold-list", r"Q(\bf{o, v}) = \frac{1}{2} \sum_k (o_k - v_k)^2", C, _HALF_SQUARES),
            ("bold-list-mathbf-unhalved", r"Q(\mathbf{o,v}) = \sum_k (o_k - v_k)^2", W, f"2*{_HALF_SQUARES}")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-three", _VECTORS, text, ((verdict,),),
                            (Twin("value", _HALF_SQUARES, (member,)),)))
    for key, text, expected, members in (
            # \nabla E without a subscript: by what the chain's member differentiates E by (q)
            ("nabla-by-member", r"\nabla E = \frac{\partial E}{\partial q}", (C,), ("grad",)),
            ("nabla-by-member-then-formula", r"\nabla E = \frac{\partial E}{\partial q} = (o - v) u", (C, C),
             ("grad", _BCE_GRADIENT)),
            ("nabla-by-member-then-swapped", r"\nabla E = \frac{\partial E}{\partial q} = (v - o) u", (C, W),
             ("grad", "(y[0] - a1[0])*x[{i}]"))):
        cases.append(Public(f"{key}", "test", "sigmoid-unit", _UNIT, text, (expected,),
                            (Twin("gradient", "W1[0,{i}]", members, _I2),)))
    for key, text, verdict, truth in (
            # the loss with a prime and its arguments: its derivative by the prediction, written first or second
            ("primed-loss", r"\frac{\partial C}{\partial o} = C'(o, v)", C, _DC_DO),
            ("primed-loss-target-first", r"\frac{\partial C}{\partial o} = C'(v, o)", C, _DC_DO),
            ("primed-loss-of-hidden", r"\frac{\partial C}{\partial h} = C'(o, v)", W,
             f"{_DC_DO}*a2[0]*(1 - a2[0])*W2[0,0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-sigmoid", _CHAIN, text, ((verdict,),),
                            (Twin("value", truth, (_DC_DO,)),)))
    for key, text, verdict, member in (
            # g'(s) in a rule for unit k, s written without the k of s_k (the notation's one way to write s)
            ("dropped-index", r"\frac{\partial E}{\partial v_{ki}} = \frac{\partial E}{\partial h_k} g'(s) u_i", C,
             "2*(a2[0] - y[0])*W2[0,{k}]*a1[{k}]*(1 - a1[{k}])*x[{i}]"),
            ("dropped-index-unprimed", r"\frac{\partial E}{\partial v_{ki}} = \frac{\partial E}{\partial h_k} g(s) u_i",
             W, "2*(a2[0] - y[0])*W2[0,{k}]*a1[{k}]*x[{i}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-hidden", _HIDDEN, text, ((verdict,),),
                            (Twin("gradient", "W1[{k},{i}]", (member,), _KI),)))
    for key, text, verdict, member in (
            # u \otimes v: the outer product u v^T, V input-first (row i the input's)
            ("outer", r"\frac{\partial E}{\partial V} = u \otimes (o - v)", C, "x[{i}]*(a1[{j}] - y[{j}])"),
            ("outer-reversed", r"\frac{\partial E}{\partial V} = (o - v) \otimes u", W, "x[{j}]*(a1[{i}] - y[{i}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-square", _OUTER, text, ((verdict,),),
                            (Twin("gradient", "W1[{j},{i}]", (member,), _SQUARE),)))
    for key, text, verdict, truth, member in (
            # \sigma the quantity the notation names, \sigma(g) still the function
            ("sigma-quantity", r"\frac{\partial \hat{y}}{\partial \sigma} = r", C, "W2[0,0]", "W2[0,0]"),
            ("sigma-quantity-slope", r"\frac{\partial \hat{y}}{\partial \sigma} = r \sigma (1 - \sigma)", W, "W2[0,0]",
             "W2[0,0]*a1[0]*(1 - a1[0])"),
            ("sigma-function", r"\frac{\partial \sigma}{\partial g} = \sigma(g)(1 - \sigma(g))", C,
             "a1[0]*(1 - a1[0])", "a1[0]*(1 - a1[0])"),
            ("sigma-function-unsloped", r"\frac{\partial \sigma}{\partial g} = \sigma(g)", W, "a1[0]*(1 - a1[0])",
             "a1[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-chain", _SIGMA, text, ((verdict,),),
                            (Twin("value", truth, (member,)),)))
    for key, network, text, verdict, member in (
            # a sum with neither index nor bounds whose term's only free letter is the left side's: over the samples,
            # one with "M" = "1" in the notation (or one sample of data)
            ("letterless-sum-one-sample", "sigmoid-unit", r"\frac{\partial E}{\partial q_i} = \frac{1}{M} \sum u_i(o - v)",
             C, _BCE_GRADIENT),
            ("letterless-sum-one-sample-swapped", "sigmoid-unit",
             r"\frac{\partial E}{\partial q_i} = \frac{1}{M} \sum u_i(v - o)", W, "(y[0] - a1[0])*x[{i}]"),
            ("letterless-sum-data", "sigmoid-one-sample", r"\frac{\partial E}{\partial q_i} = \sum u_i(o - v)", C,
             _BCE_GRADIENT),
            # a sum over the notation's sample letter (v_k = y[0]: k a sample's), 1/M with "M" = "1"
            ("sample-letter-sum", "sigmoid-unit",
             r"E = -\frac{1}{M} \sum_k (v_k \log o_k + (1 - v_k) \log(1 - o_k))", C, None),
            ("sample-letter-sum-sign", "sigmoid-unit",
             r"E = \frac{1}{M} \sum_k (v_k \log o_k + (1 - v_k) \log(1 - o_k))", W, None)):
        if member is None:
            loss = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
            twin = Twin("value", loss, (loss if verdict == C else f"-{loss}",))
        else:
            twin = Twin("gradient", "W1[0,{i}]", (member,), _I2)
        cases.append(Public(f"{key}-{verdict}", "test", network, _SAMPLES, text, ((verdict,),), (twin,)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_nabla_without_a_subscript_and_no_member_saying_by_what_is_refused():
    message = _refusal("sigmoid-unit", _UNIT, r"\nabla E = (o - v) u")
    assert r"\nabla L without a subscript" in message and r"\nabla_W L" in message


def test_the_primed_loss_of_no_prediction_is_refused_saying_to_write_the_derivative():
    message = _refusal("tanh-sigmoid", _CHAIN, r"\frac{\partial C}{\partial o} = C'(h, v)")
    assert "derivative by the prediction" in message and "dC/da" in message


def test_a_dropped_index_that_no_letter_of_the_left_side_gives_is_refused():
    """dE/db (no k on the left side): which unit's s is not said."""
    notation = _HIDDEN + '"b" = "b2[0]"\n'
    message = _refusal("sigmoid-hidden", notation, r"\frac{\partial E}{\partial b} = g'(s)")
    assert "s matches none of the notation's patterns for s" in message


def test_the_outer_product_with_a_matrix_is_refused():
    notation = _OUTER + '"V" = "W1[:, :]"\n'
    message = _refusal("linear-square", notation, r"\frac{\partial E}{\partial V} = V \otimes u")
    assert r"\otimes is read as the outer product of two vectors" in message


def test_sigma_alone_where_the_notation_names_no_quantity_sigma_is_refused_saying_how_to_name_it():
    notation = _SIGMA.replace('"\\\\sigma" = "a1[0]"\n', "")
    # (by \sigma: over \partial g, the pre-activation of a sigmoid layer, \sigma is now sigmoid's derivative there,
    # test_reading_constructs_fixfresh5.py, both readings of \sigma agreeing)
    message = _refusal("sigmoid-chain", notation, r"\frac{\partial J}{\partial \sigma} = \sigma - y")
    assert r"the function \sigma has no argument" in message and r'"\sigma" = "a1[0]"' in message


def test_a_letterless_sum_over_several_samples_is_still_refused():
    """Two samples of data and no "M" = "1": the sum's terms are not said."""
    network = NETWORKS["sigmoid-one-sample"].replace("[[0.4, -1.1]]", "[[0.4, -1.1], [0.2, 0.3]]").replace(
        "[[1.0]]", "[[1.0], [0.0]]")
    checks = CaseChecks({"two-samples": network})
    notation = _UNIT.replace('"M" = "1"\n', "")
    message = checks.refusal(Public("refused", "test", "two-samples", notation,
                                    r"\frac{\partial E}{\partial q_i} = \sum u_i(o - v)"))
    assert "a sum without its index letter" in message
