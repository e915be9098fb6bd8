r"""fixleft38b (issue 13): constructs left refused in batch 152 and after fixleft37.

1. Batch 152's k52-cs-dy1, ``\frac{\partial L}{\partial Y^1} = \frac{\partial L}{\partial H^1} \odot \nabla f(Y)``:
   ``\nabla f(u)`` (and ``\nabla_{u} f(u)``) of an activation f applied entry by entry, a function word or the
   notation's functions' f, is its slope f' at each entry of u, kept as a diagonal Jacobian's diagonal (a product
   with a vector of as many entries is entry by entry; of a matrix only under \odot). A row-wise activation (its
   \nabla a full Jacobian), a subscript naming another variable, an f the notation does not name: refused in one line.
2. ``delta{l,j}`` (Nielsen's flat delta sub l,j) under a notation of ``\delta^{l}_{j}``: the list's entries onto the
   superscript then the subscript, where every pattern of the name writes a layer placeholder (or L, or a number)
   as its superscript and a unit's letter as its subscript, and the list's first entry is written with layer letters
   only and its second with none. ``delta{2,1}`` (which number is the layer?) and ``delta{j,l}`` stay refused.
3. Batch 152's k52-cs-db2, ``\sum_{0}`` (the page's NumPy axis 0): refused in one line saying how to write it.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): a right formula called
correct, a wrong variant called wrong."""

from __future__ import annotations

import pytest

from batch_tables import problem_text
from construct_checks import CaseChecks, index_grid
from public_formulas import C, W, Public
from public_formulas_batch144 import _D1, _D2
from public_formulas_batch144_tables import NETWORKS as NETWORKS_144
from public_formulas_batch152 import _CS_D1
from public_formulas_batch152_tables import NETWORKS as NETWORKS_152, NOTATIONS as NOTATIONS_152
from seed_verbatim import Twin

# a 3-3-2 network, the hidden layer's activation tanh (its slope 1 - a^2 differs from its value's), sigmoid outputs
_NET = problem_text('inputs = 3\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "sigmoid"',
                    loss="squared_error")
CHECKS = CaseChecks({"tanh": _NET, "b144_jl": NETWORKS_144["b144_jl"], "b152_cs": NETWORKS_152["b152_cs"]})


def _gradient_notation(function: str) -> str:
    return f'''
[notation]
indices = "jk"
loss = ["E"]
functions = {{ f = "{function}" }}
[notation.symbols]
"Y" = "z1[:]"
"H" = "a1[:]"
"y_{{j}}" = "z1[j]"
"h_{{j}}" = "a1[j]"
"W" = "W1[:, :]"
"V" = "W2[:, :]"
'''


_NABLA = _gradient_notation("tanh")
_J3 = index_grid(j=3)
_DA1 = " + ".join(f"W2[{k},{{j}}]*2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))
_DZ1 = f"({_DA1})*(1 - a1[{{j}}]**2)"
_DZ1_AT_OUTPUT = f"({_DA1})*(1 - tanh(a1[{{j}}])**2)"  # the slope taken at the outputs H, not the sums Y
_DZ1_SIGMOID = f"({_DA1})*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))"  # another activation's slope
_LEFT = r"\frac{\partial E}{\partial Y} = "
_BY_H = r"\frac{\partial E}{\partial H}"


def _nabla(key: str, text: str, member: str, expected) -> Public:
    return Public(key, "fixleft38b", "tanh", _NABLA, text, expected, (Twin("gradient_z", "z1[{j}]", (member,), _J3),))


# ---- 2. delta{l,j} under Nielsen's scripts: layer, then unit ------------------------------------------------------
_NIELSEN = r'''
[notation]
indices = "ljk"
loss = ["C"]
functions = { "σ" = "sigmoid" }
[notation.symbols]
"\\delta^{l}_{j}" = "delta{l}[j]"
"z^{l}_{j}" = "z{l}[j]"
"a^{l}_{j}" = "a{l}[j]"
"w^{l}_{jk}" = "W{l}[j, k]"
'''
_AT_OUTPUT = "(a2[0] - y[0])*sigmoid(a2[0])*(1 - sigmoid(a2[0]))"
_D1_AT_OUTPUT = f"{_D2}*W2[0,{{j}}]*sigmoid(a1[{{j}}])*(1 - sigmoid(a1[{{j}}]))"


def _listed(key: str, text: str, twin: Twin, expected) -> Public:
    return Public(key, "fixleft38b", "b144_jl", _NIELSEN, text, expected, (twin,))


CASES = [
    # ---- 1. \nabla f(Y): the slope of f at each entry -------------------------------------------------------------
    _nabla("nabla-odot", _LEFT + _BY_H + r" \odot \nabla f(Y)", _DZ1, ((C,),)),
    _nabla("nabla-subscripted", _LEFT + _BY_H + r" \odot \nabla_{Y} f(Y)", _DZ1, ((C,),)),
    # a diagonal Jacobian: its product with a vector is entry by entry on either side
    _nabla("nabla-product", _LEFT + r"\nabla f(Y) " + _BY_H, _DZ1, ((C,),)),
    _nabla("nabla-word", _LEFT + _BY_H + r" \odot \nabla \tanh(Y)", _DZ1, ((C,),)),
    _nabla("nabla-entry", r"\frac{\partial E}{\partial y_j} = \frac{\partial E}{\partial h_j} \nabla f(y_j)", _DZ1,
           ((C,),)),
    _nabla("nabla-at-output", _LEFT + _BY_H + r" \odot \nabla f(H)", _DZ1_AT_OUTPUT, ((W,),)),
    _nabla("nabla-other-word", _LEFT + _BY_H + r" \odot \nabla \sigma(Y)", _DZ1_SIGMOID, ((W,),)),
    _nabla("nabla-entry-twice", r"\frac{\partial E}{\partial y_j} = 2 \frac{\partial E}{\partial h_j} \nabla f(y_j)",
           f"2*{_DZ1}", ((W,),)),
    _nabla("nabla-alone", _LEFT + r"\nabla f(Y)", "1 - a1[{j}]**2", ((W,),)),
    # batch 152's own notation (Y the sums of layer 1, f the rectifier): a slip, the gradient tripled
    Public("nabla-b152-tripled", "fixleft38b", "b152_cs", NOTATIONS_152["b152_cs"],
           r"\frac{\partial L}{\partial Y^1} = 3 \frac{\partial L}{\partial H^1} \odot \nabla f(Y)", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (f"3*{_CS_D1}",), index_grid(j=4)),)),
    # ---- 2. delta{l,j}: super- then subscript -----------------------------------------------------------------------
    _listed("listed-output", "δ{L,j} = ∂C/∂a{L,j} σ'(z{L,j})", Twin("value", _D2, (_D2,)), ((C,),)),
    _listed("listed-output-at-output", "δ{L,j} = ∂C/∂a{L,j} σ'(a{L,j})", Twin("value", _D2, (_AT_OUTPUT,)), ((W,),)),
    _listed("listed-hidden", "δ{1,j} = Σ_k w^{2}_{kj} δ{2,k} σ'(z{1,j})", Twin("value", _D1, (_D1,), index_grid(j=3)),
            ((C,),)),
    _listed("listed-hidden-at-output", "δ{1,j} = Σ_k w^{2}_{kj} δ{2,k} σ'(a{1,j})",
            Twin("value", _D1, (_D1_AT_OUTPUT,), index_grid(j=3)), ((W,),)),
]
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("network, notation, text, said", [
    # a row-wise activation: its \nabla is a full Jacobian
    ("tanh", _gradient_notation("softmax"), _LEFT + _BY_H + r" \odot \nabla f(Y)", "full Jacobian"),
    # a subscript naming another variable than f's argument
    ("tanh", _NABLA, _LEFT + _BY_H + r" \odot \nabla_{H} f(Y)", "is not the loss"),
    # a letter the notation does not name: the message says how to name it
    ("tanh", _NABLA, _LEFT + _BY_H + r" \odot \nabla g(Y)", "name it in the notation's functions"),
    # the slope at each entry of a matrix, in a matrix product: read only under \odot
    ("tanh", _NABLA, _LEFT + r"V^T \nabla f(W)", "write \\odot between the factors"),
    # two numbers: which is the layer the list does not say; a unit's letter first: not the notation's order
    ("b144_jl", _NIELSEN, "δ{2,1} = ∂C/∂z{2,1}", "matches none of the notation's patterns"),
    ("b144_jl", _NIELSEN, "δ{j,l} = ∂C/∂z{j,l}", "matches none of the notation's patterns"),
    # a notation writing the layer in parentheses: not read as the list (refused as before)
    ("b144_jl", _NIELSEN.replace("\\\\delta^{l}_{j}", "\\\\delta^{(l)}_{j}"), "δ{L,j} = ∂C/∂z{L,j}",
     "matches none of the notation's patterns"),
    # 3. \sum_{0}, NumPy's axis: how to write the sum over the samples
    ("b152_cs", NOTATIONS_152["b152_cs"],
     r"\frac{\partial L}{\partial b^2} = \sum_{0} \frac{\partial L}{\partial \hat y}", "\\sum_{n} over the samples"),
])
def test_the_constructs_elsewhere_are_refused_in_one_line(network, notation, text, said):
    assert said in CHECKS.refused(network, notation, text)
