"""Batch 77 of the public formulas showed two displays side by side on one line read as one chain, written here as
other authors would (other names, other networks than the pages'): ``$$A = B$$ $$C = D$$``, two display blocks a
Q&A page copied from MathJax puts on one line, are two formulas, each its own claim(s), as with a line break between
them; a block opening with a relation goes on with the chain before it, as on the next line. A power written before
a function's argument, ``f_{w}^2(x)`` for a function the notation names with its subscript (the model, or an
activation), is the power of its value, ``(f_{w}(x))^2``, as ``\\tanh^2(s)`` and ``g^2(s)`` are. NumPy's
``np.mean(u)`` (``torch.mean``) of one number per sample is the mean over the samples, counted as ``len(t)`` counts
them (the notation's count of 1, or a step of one sample); refused where what it averages over is unknown (a vector,
an axis) or the step's count is not given. A derivative with its variables after it, ``\\frac{\\partial E}{\\partial
c}(c, t)``, names only and its own variable among them, is that derivative evaluated at the variables themselves.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from batch_tables import data_tables
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    # the same unit with one sample in its [data]: a step of one sample, whatever the notation says
    "tanh-one-sample": TANH_2_1 + data_tables("[0.5, -1.0]", "[0.25]"),
    # the same unit whose step's loss is its samples' total (with their mean, a mean's count cancels: fix123's tests)
    "tanh-two-total": TANH_2_1 + '[update]\nlearning_rate = 0.1\nreduction = "sum"\n',
}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_H = Twin("value", "a1[0]", ("tanh(z1[0])",))
_DC = "(a1[0] - y[0])*(1 - a1[0]**2)"
# the same names, with the unit's activation g (bare), g_{o} (with its subscript) and the model f_{w} as functions
_FUNCTIONS_NOTATION = TANH_2_1_NOTATION.replace(
    "[notation]\n", '[notation]\nfunctions = { g = "tanh", "g_{o}" = "tanh", "f_{w}" = "layer" }\n', 1)

# the same names in code, dc the bias's gradient, with "N" = "1" the count of samples (the one sample check reads)
_CODE_NOTATION_NO_COUNT = TANH_2_1_NOTATION + '"dc" = "grad(b1[0])"\n'
_CODE_NOTATION = _CODE_NOTATION_NO_COUNT + '"N" = "1"\n'
_LOSS = "(a1[0] - y[0])**2/2"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # two displays side by side: two claims, as with a line break between them
            ("displays-side-by-side", r"$$s = v_1 x_1 + v_2 x_2 + c$$ $$h = \tanh(s)$$", ((C,), (C,)),
             (Twin("value", "z1[0]", (_S,)), _H)),
            ("displays-side-by-side-wrong", r"$$h = \tanh(s)$$  $$s = v_1 x_1 + c$$", ((C,), (W,)),
             (_H, Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)))),
            ("displays-update-and-gradient",
             r"$$c = c - \eta \frac{\partial E}{\partial c}$$ $$\frac{\partial E}{\partial c} = (h - t)(1 - h^2)$$",
             ((C,), (C,)), (Twin("update", "b1[0]", ("b1[0] - eta*grad",)), Twin("gradient", "b1[0]", (_DC,)))),
            ("displays-gradient-wrong-then-update",
             r"$$\frac{\partial E}{\partial c} = (h - t) h$$ $$c = c - \eta \frac{\partial E}{\partial c}$$",
             ((W,), (C,)), (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]",)),
                            Twin("update", "b1[0]", ("b1[0] - eta*grad",)))),
            # a block opening with its relation goes on with the chain before it
            ("displays-chain-continued", r"$$h = \tanh(s)$$ $$= \tanh(v_1 x_1 + v_2 x_2 + c)$$", ((C, C),),
             (Twin("value", "a1[0]", ("tanh(z1[0])", f"tanh({_S})")),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a power before the argument: the power of the function's value, with or without the name's subscript
            ("power-before-argument-model", r"\frac{\partial E}{\partial c} = (f_w(x) - t)(1 - f_w^2(x))", ((C,),),
             (Twin("gradient", "b1[0]", (_DC,)),)),
            ("power-before-argument-model-braced", r"\frac{\partial E}{\partial c} = (f_{w}(x) - t)(1 - f_{w}^{2}(x))",
             ((C,),), (Twin("gradient", "b1[0]", (_DC,)),)),
            ("power-before-argument-model-wrong", r"\frac{\partial E}{\partial c} = (f_w(x) - t)(1 - f_w^3(x))",
             ((W,),), (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0]**3)",)),)),
            ("power-before-argument-subscripted", r"\frac{\partial E}{\partial c} = (h - t)(1 - g_o^2(s))", ((C,),),
             (Twin("gradient", "b1[0]", (_DC,)),)),
            ("power-before-argument-bare",
             r"\frac{\partial E}{\partial c} = (h - t)(1 - g^2(s)) = (h - t)(1 - \tanh^2(s))", ((C, C),),
             (Twin("gradient", "b1[0]", (_DC, _DC)),)),
            ("power-before-argument-bare-wrong", r"\frac{\partial E}{\partial c} = (h - t) g^2(s)", ((W,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]**2",)),))):
        cases.append(Public(key, "test", "tanh-two", _FUNCTIONS_NOTATION, text, expected, twins))
    for key, network, notation, text, expected, twins in (
            # np.mean of one number per sample: 1/N times their sum over the samples, N the notation's count
            ("mean-loss", "tanh-two", _CODE_NOTATION, "E = np.mean((h - t)**2) / 2", ((C,),),
             (Twin("value", _LOSS, ("np.mean((a1[0] - y[0])**2)/2",)),)),
            ("mean-loss-wrong", "tanh-two", _CODE_NOTATION, "E = np.mean((h - t)**2)", ((W,),),
             (Twin("value", _LOSS, ("np.mean((a1[0] - y[0])**2)",)),)),
            ("mean-gradient", "tanh-two", _CODE_NOTATION, "dc = np.mean((h - t) * (1 - h**2))", ((C,),),
             (Twin("gradient", "b1[0]", (_DC,)),)),
            ("mean-gradient-wrong", "tanh-two", _CODE_NOTATION, "dc = np.mean((h - t) * h)", ((W,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]",)),)),
            ("mean-torch", "tanh-two", _CODE_NOTATION, "dc = torch.mean((h - t) * (1 - h**2))", ((C,),),
             (Twin("gradient", "b1[0]", (_DC,)),)),
            # the count from the problem's step of one sample, the notation giving none
            ("mean-one-sample-step", "tanh-one-sample", _CODE_NOTATION_NO_COUNT, "dc = np.mean((h - t) * (1 - h**2))",
             ((C,),), (Twin("gradient", "b1[0]", (_DC,)),))):
        cases.append(Public(key, "test", network, notation, text, expected, twins))
    for key, text, expected, twins in (
            # a derivative with its variables after it: the same derivative
            ("derivative-at-its-variables", r"\frac{\partial E}{\partial c}(c, t) = (h - t)(1 - h^2)", ((C,),),
             (Twin("gradient", "b1[0]", (_DC,)),)),
            ("derivative-at-its-variables-weight",
             r"\frac{\partial E}{\partial v_1}(v_1, v_2, c) = (h - t)(1 - h^2) x_1", ((C,),),
             (Twin("gradient", "W1[0,0]", (f"{_DC}*x[0]",)),)),
            ("derivative-at-its-variables-wrong", r"\frac{\partial E}{\partial c}(c,x,t) = (h - t) h", ((W,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_np_mean_of_what_may_average_no_samples_stays_refused():
    """np.mean with an axis, or on a step whose count of samples nothing gives and whose loss is their total: what it
    averages over, or how many, is unknown. (np.mean of a vector is the mean over its entries now, as u.mean() is:
    fixcode11's tests.)"""
    for network, notation, text in (("tanh-two", _CODE_NOTATION, "dc = np.mean((h - t) * (1 - h**2), axis=0)"),
                                    ("tanh-two-total", _CODE_NOTATION_NO_COUNT, "dc = np.mean((h - t) * (1 - h**2))")):
        assert "np.mean(" in CHECKS.refused(network, notation, text)


def test_a_derivative_before_other_lists_stays_refused():
    """``\\frac{\\partial E}{\\partial c}(t, x)`` without its own variable, or with an expression in the list: no
    evaluation at the variables themselves, the list's refusal as before."""
    for text in (r"\frac{\partial E}{\partial c}(t, x) = (h - t)(1 - h^2)",
                 r"\frac{\partial E}{\partial c}(c, 2 t) = (h - t)(1 - h^2)"):
        assert "a list in parentheses" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, text)
