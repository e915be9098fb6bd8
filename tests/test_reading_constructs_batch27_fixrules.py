"""Notation semantics held-out batches 27 and 28 showed missing, each written as another author would (other names,
other networks than the pages'): the notation's loss named with its arguments, a letter the built-in functions also
use (``H(\\mathbf{p}, \\mathbf{q})`` with loss = ["H"], not Heaviside's step) and others (E, J, C, L); a rule over
layers that reaches a layer the notation names literally (``dV[i] = dS[i] G[i-1].T`` with ``"G[0]" = "x[:]"`` beside
``"G[l]" = "a{l}[:]"``) and a sum without bounds in a notation counting from 1, inside a rule over l whose first layer
its right side does not reach; ``\\nabla`` of a parameter (``\\nabla V^{(l)}``) as the loss's gradient by it; a worked
example that writes the one sample's numbers in and keeps the weights as symbols (``(4 - 3k)^2``); and Octave's
``v'u`` with the prime glued before a name. Each case is judged right where the formula is right and wrong where one
thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3, RELU_2_2, SIGMOID_2_2, SIGMOID_2_3_2, SOFTMAX_2_3, TANH_3_2_SIGMOID_1_BCE
from public_formulas import C, W, Public
from public_formulas_batch10_tables import TANH_SLOPE, gradients
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

_ONE_SAMPLE = '[data]\nx = [[3.0]]\ny = [[4.0]]\n'
NETWORKS = {
    "softmax-three": SOFTMAX_2_3,
    # two sigmoid outputs on two inputs, the half squared error (dE/do_k = o_k - t_k)
    "sigmoid-two": SIGMOID_2_2,
    "tanh-sigmoid": TANH_3_2_SIGMOID_1_BCE,
    "sigmoid-3-2": SIGMOID_2_3_2,
    # one weight k through the input, no bias, k = 1, the squared error, one sample u = 3, v = 4: (4 - 3k)^2
    "line-one-sample": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[1.0]]\n'
                       '[loss]\nname = "squared_error"\n' + _ONE_SAMPLE,
    # the same line with two samples: which sample's numbers a member writes in is not the file's one
    "line-two-samples": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                        'weights = [[1.0]]\n[loss]\nname = "squared_error"\n[data]\nx = [[3.0], [1.0]]\n'
                        'y = [[4.0], [2.0]]\n',
    # two weights p, q, no bias, both 1, the half squared error, one sample u = (2, -1), v = 0.5
    "plane-one-sample": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                        'weights = [[1.0, 1.0]]\n[loss]\nname = "half_squared_error"\n[data]\nx = [[2.0, -1.0]]\n'
                        'y = [[0.5]]\n',
    "sigmoid-unit": LOGISTIC_3,
}
CHECKS = CaseChecks(NETWORKS)
_check = CHECKS.verdicts


def _softmax_notation(loss: str) -> str:
    return f'''
[notation]
indices = "k"
loss = ["{loss}"]
[notation.symbols]
"p_{{k}}" = "a1[k-1]"
"q_{{k}}" = "t[k-1]"
"s_{{k}}" = "z1[k-1]"
'''


def _sigmoid_notation(loss: str) -> str:
    return f'''
[notation]
indices = "k"
loss = ["{loss}"]
[notation.symbols]
"o_{{k}}" = "a1[k-1]"
"t_{{k}}" = "y[k-1]"
'''


_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_HALF = "(y[0] - a1[0])**2/2 + (y[1] - a1[1])**2/2"
_K3 = tuple({"k": k} for k in range(3))
_K2 = tuple({"k": k} for k in range(2))

# a rule over the layers, each named by a bracket, layer 0 (the input) named literally beside the general pattern
_LAYERS = r'''
[notation]
indices = "l"
[notation.symbols]
"G[0]" = "x[:]"
"G[l]" = "a{l}[:]"
"dS[l]" = "grad(z{l}[:])"
"dV[l]" = "grad(W{l}[:, :])"
"dc[l]" = "grad(b{l}[:])"
'''
# a layer as a superscript in parentheses, units counted from 1, h^{(0)} the input
_UNITS = r'''
[notation]
indices = "jkl"
[notation.symbols]
"u_{jk}^{l}" = "W{l}[j-1, k-1]"
"c_{j}^{l}" = "b{l}[j-1]"
"s_{j}^{l}" = "z{l}[j-1]"
"h_{j}^{l}" = "a{l}[j-1]"
'''
_GRADIENTS = r'''
[notation]
indices = "l"
[notation.symbols]
"V^{(l)}" = "W{l}[:, :]"
"c^{(l)}" = "b{l}[:]"
"\\delta^{(l)}" = "grad(z{l}[:])"
"h^{(l)}" = "a{l}[:]"
"h^{(0)}" = "x[:]"
"t" = "y[:]"
'''
_TS = gradients((2, 1), 3, "a2[0] - y[0]", TANH_SLOPE)
_TS_W = tuple(g for g in _TS if g["p"].startswith("W"))
_TS_B = tuple(g for g in _TS if g["p"].startswith("b"))

_LINE = r'''
[notation]
[notation.symbols]
"u" = "x[0]"
"v" = "y[0]"
"k" = "W1[0, 0]"
"o" = "a1[0]"
'''
_PLANE = r'''
[notation]
[notation.symbols]
"u_{1}" = "x[0]"
"u_{2}" = "x[1]"
"v" = "y[0]"
"p" = "W1[0, 0]"
"q" = "W1[0, 1]"
'''
_OCTAVE = r'''
[notation]
[notation.symbols]
"v" = "W1[0, :]"
"u" = "x[:]"
"c" = "b1[0]"
"s" = "z1[0]"
'''
_Z = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + b1[0]"


def _cases() -> list[Public]:
    cases = []
    # 1. the notation's loss named with its arguments, H beside Heaviside's step, and other letters
    for loss, args in (("H", r"\mathbf{p}, \mathbf{q}"), ("H", "p, q"), ("J", r"\hat{p}, q"), ("C", "p,q")):
        notation = _softmax_notation(loss).replace('"p_{k}"', '"\\\\hat{p}_{k}"') if "hat" in args \
            else _softmax_notation(loss)
        p = r"\hat{p}" if "hat" in args else "p"
        for key, text, verdict, member in (
                ("value", rf"{loss}({args}) = -\sum_{{k=1}}^{{3}} q_k \log {p}_k", C, _CE),
                ("value-sign", rf"{loss}({args}) = \sum_{{k=1}}^{{3}} q_k \log {p}_k", W, f"-({_CE})")):
            cases.append(Public(f"loss-args-{loss}-{key}-{verdict}-{len(args)}", "test", "softmax-three", notation,
                                text, ((verdict,),), (Twin("value", _CE, (member,)),)))
        for key, text, verdict, member in (
                ("dz", rf"\frac{{\partial {loss}({args})}}{{\partial s_k}} = {p}_k - q_k", C, "a1[{k}] - t[{k}]"),
                ("dz-sign", rf"\frac{{\partial {loss}({args})}}{{\partial s_k}} = q_k - {p}_k", W, "t[{k}] - a1[{k}]")):
            cases.append(Public(f"loss-args-{loss}-{key}-{verdict}-{len(args)}", "test", "softmax-three", notation,
                                text, ((verdict,),), (Twin("gradient_z", "z1[{k}]", (member,), _K3),)))
    for loss, args in (("E", r"\mathbf{o}, \mathbf{t}"), ("L", "o, t")):
        notation = _sigmoid_notation(loss)
        for key, text, verdict, member in (
                ("value", rf"{loss}({args}) = \frac{{1}}{{2}} \sum_{{k=1}}^{{2}} (t_k - o_k)^2", C, _HALF),
                ("value-half", rf"{loss}({args}) = \sum_{{k=1}}^{{2}} (t_k - o_k)^2", W, f"2*({_HALF})")):
            cases.append(Public(f"loss-args-{loss}-{key}-{verdict}", "test", "sigmoid-two", notation, text,
                                ((verdict,),), (Twin("value", _HALF, (member,)),)))
        for key, text, verdict, member in (
                ("do", rf"\frac{{\partial {loss}({args})}}{{\partial o_k}} = o_k - t_k", C, "a1[{k}] - y[{k}]"),
                ("do-sign", rf"\frac{{\partial {loss}({args})}}{{\partial o_k}} = t_k - o_k", W, "y[{k}] - a1[{k}]")):
            cases.append(Public(f"loss-args-{loss}-{key}-{verdict}", "test", "sigmoid-two", notation, text,
                                ((verdict,),), (Twin("value", "a1[{k}] - y[{k}]", (member,), _K2),)))
    # 2. a rule over layers that reaches layer 0, named literally; a sum without bounds counted from 1
    for key, text, verdict, member in (
            ("layer-zero", "dV[i] = dS[i] G[i-1].T", C, "{m}"),
            ("layer-zero-twice", "dV[i] = 2 dS[i] G[i-1].T", W, "2*{m}"),
            ("layer-zero-l", "dV[l] = dS[l] G[l-1].T", C, "{m}")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-sigmoid", _LAYERS, text, ((verdict,),),
                            (Twin("gradient", "{p}", (member,), _TS_W),)))
    _Z2 = "W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]"
    for key, text, verdict, member in (
            ("unbounded-sum", r"s_k^{l+1} = \sum_{j} u_{kj}^{l+1} \sigma(s_j^l) + c_k^{l+1}", C, _Z2),
            ("unbounded-sum-bias", r"s_k^{l+1} = \sum_{j} u_{kj}^{l+1} \sigma(s_j^l) + 2 c_k^{l+1}", W,
             _Z2 + " + b2[{k}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-3-2", _UNITS, text, ((verdict,),),
                            (Twin("value", "z2[{k}]", (member,), _K2),)))
    # 3. \nabla of a parameter: the loss's gradient by it
    for key, text, verdict, member, found in (
            ("nabla-weight", r"\nabla V^{(l)} = \delta^{(l)} (h^{(l-1)})^T", C, "{m}", _TS_W),
            ("nabla-weight-twice", r"\nabla V^{(l)} = 2 \delta^{(l)} (h^{(l-1)})^T", W, "2*{m}", _TS_W),
            ("nabla-bias", r"\nabla c^{(l)} = \delta^{(l)}", C, "{m}", _TS_B),
            ("nabla-bias-sign", r"\nabla c^{(l)} = -\delta^{(l)}", W, "-{m}", _TS_B)):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-sigmoid", _GRADIENTS, text, ((verdict,),),
                            (Twin("gradient", "{p}", (member,), found),)))
    # 4. the one sample's numbers written in, the weights kept as symbols: judged at the file's data
    for key, text, verdicts, members in (
            ("data-loss", "L = (v - k u)^2 = (4 - 3k)^2", (C, C), ("=(4 - 3*1.0)**2",)),
            ("data-loss-weight", "L = (v - k u)^2 = (4 - k)^2", (C, W), ("=(4 - 1.0)**2",))):
        cases.append(Public(f"{key}-{verdicts[1]}", "test", "line-one-sample", _LINE, text, (verdicts,),
                            (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - x[0]*W1[0,0])**2",) + members),)))
    # a member in a unit (o, a function of the data too) is no worked example: it is judged at random points, and one
    # that writes the file's target by its value (4) names it nowhere, so it is judged with the target fixed at the
    # file's (the twin writes the target there, as batch 95's numerade loss(Y5, 0.6) = (Y5 - 0.6)^2, fix95b), the
    # input and the weight at random points; another number stays wrong
    cases.append(Public("data-loss-unit-target", "test", "line-one-sample", _LINE, "L = (v - k u)^2 = (4 - o)^2",
                        ((C, C),),
                        (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - x[0]*W1[0,0])**2", "(y[0] - a1[0])**2")),)))
    cases.append(Public("data-loss-unit-wrong", "test", "line-one-sample", _LINE, "L = (v - k u)^2 = (5 - o)^2",
                        ((C, W),),
                        (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - x[0]*W1[0,0])**2", "(5 - a1[0])**2")),)))
    for key, text, verdicts, members in (
            ("data-grad", r"\frac{dL}{dk} = -2u(v - ku) = -6(4 - 3k)", (C, C), ("=-6*(4 - 3*1.0)",)),
            ("data-grad-factor", r"\frac{dL}{dk} = -2u(v - ku) = -2(4 - 3k)", (C, W), ("=-2*(4 - 3*1.0)",))):
        cases.append(Public(f"{key}-{verdicts[1]}", "test", "line-one-sample", _LINE, text, (verdicts,),
                            (Twin("gradient", "W1[0,0]", ("-2*x[0]*(y[0] - x[0]*W1[0,0])",) + members),)))
    for key, text, verdicts, members in (
            ("data-plane", r"E = \frac{1}{2}(v - p u_1 - q u_2)^2 = \frac{1}{2}(0.5 - 2p + q)^2", (C, C),
             ("=0.5*(0.5 - 2*1.0 + 1.0)**2",)),
            ("data-plane-sign", r"E = \frac{1}{2}(v - p u_1 - q u_2)^2 = \frac{1}{2}(0.5 - 2p - q)^2", (C, W),
             ("=0.5*(0.5 - 2*1.0 - 1.0)**2",))):
        cases.append(Public(f"{key}-{verdicts[1]}", "test", "plane-one-sample", _PLANE, text, (verdicts,),
                            (Twin("value", "(y[0] - a1[0])**2/2",
                                  ("(y[0] - x[0]*W1[0,0] - x[1]*W1[0,1])**2/2",) + members),)))
    # 5. Octave's prime glued before a name: the transpose of the weight vector
    for key, text, verdict, member in (
            ("octave-glued", "s = v'u + c", C, _Z),
            ("octave-spaced", "s = v' u + c", C, _Z),
            ("octave-other-order", "s = u'v + c", C, _Z),
            ("octave-bias-sign", "s = v'u - c", W, _Z + " - 2*b1[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-unit", _OCTAVE, text, ((verdict,),),
                            (Twin("value", "z1[0]", (member,)),)))
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_h_with_one_argument_stays_heavisides_step_where_the_notation_names_no_loss_h():
    """Without loss = ["H"], H(s_k) is the step function: the derivative of a rectified unit."""
    network = RELU_2_2
    CHECKS.networks["relu-two"] = network
    notation = '[notation]\nindices = "k"\n[notation.symbols]\n"o_{k}" = "a1[k-1]"\n"s_{k}" = "z1[k-1]"\n'
    for text, verdict, member in ((r"\frac{\partial o_k}{\partial s_k} = H(s_k)", C, "Heaviside(z1[{k}])"),
                                  (r"\frac{\partial o_k}{\partial s_k} = H(-s_k)", W, "Heaviside(-z1[{k}])")):
        case = Public("step", "test", "relu-two", notation, text, ((verdict,),),
                      (Twin("value", "Heaviside(z1[{k}])", (member,), _K2),))
        assert oracle_verdicts(case, CHECKS.problem(case)) == case.expected
        assert _check(case) == case.expected


def test_nabla_of_the_target_is_refused_saying_to_write_the_loss():
    """\\nabla t: the target is no parameter or unit the loss is differentiated by; refused as before."""
    message = CHECKS.refused("tanh-sigmoid", _GRADIENTS, r"\nabla t = h^{(2)} - t")
    assert "t is not the loss" in message and r"write \nabla_{t} L" in message


def test_numbers_of_two_samples_are_not_the_files_data():
    """With two samples in the file, (4 - 3k)^2 is a member in symbols judged at random points: wrong."""
    case = Public("two-samples", "test", "line-two-samples", _LINE, "L = (v - k u)^2 = (4 - 3k)^2", ((C, W),))
    assert _check(case) == case.expected


def test_the_file_data_reading_says_so_in_the_members_note():
    """The member judged at the file's data says so, with the numbers it was judged at."""
    case = Public("note", "test", "line-one-sample", _LINE, "L = (v - k u)^2 = (4 - 3k)^2", ((C, C),))
    notation = notation_from_table(tomllib.loads(_LINE)["notation"], "<test>")
    result = check_homework(CHECKS.problem(case), case.text, notation=notation)
    assert "at the file's data (x = 3, y = 4), which it writes in" in result.claims[0].steps[1].detail


def test_a_prime_glued_on_a_number_before_a_name_is_refused():
    """s'u with s a number: a prime on a number is no transpose, and no derivative is guessed."""
    message = CHECKS.refused("sigmoid-unit", _OCTAVE, "s = s'u + c")
    assert "s' is a number" in message and "transpose" in message
