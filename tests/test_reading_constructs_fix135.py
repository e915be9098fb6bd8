"""Batch 135's pages (English GitHub threads of course, book and tutorial repositories) showed constructs refused,
written here as other authors would (other names, other networks than the pages'):

- a power of a name the notation gives a whole layer, ``dL/dx = dL/dy * (1 - y^2)`` with y = tanh(x): the vector's
  square, through the reader's one rule for it (entry by entry where the claim says so, the entrywise product's
  star or \\odot; refused where the squared norm reads as well and the readings differ);
- a code comment's sentence that concludes with its equation after a comma and a concluding word, ``// The loss
  derivative cancels with the sigmoid derivative, so dZ = (output - expected).`` (so, therefore, hence, thus), on
  a line of its own or after a diff's + or -: that equation; words in or around the equation keep the comment a
  remark;
- a cast of a comparison without a module, MATLAB's ``single(nn.a{n} > 0)`` (``double``, ``logical``) and Python's
  ``float(z > 0)``: its indicator, as ``np.float32(z > 0)`` already was; of anything but a comparison, refused as
  any unknown call;
- plain text's unbraced subscripts of two letters glued before the next name, ``X_ijW_jl``, read ``X_{ij} W_{jl}``
  where the notation names X with two index letters and no shorter subscript; refused where it names both;
- a Python def whose body is a case distinction of returns (``if x > 0: return x`` then ``else: return 0``, or a
  return after the if, elif between), read as Python's conditional expression; Python's ``else`` without its colon
  refused naming it; and Python's chained conditional ``a if c else b if d else e``, which groups to the right (it
  was read as ``(a if c else b) if d else e``, a right definition called wrong);
- a case distinction on the correct class, ``\\begin{cases} a_i - 1 & i = c \\\\ a_i & \\text{otherwise}
  \\end{cases}``, read where the notation's label is c (as ``y = k`` is); refused otherwise, the message saying
  ``label = "c"``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import (LINEAR_2_2, RELU_2_1, RELU_2_2, RELU_2_2_SIGMOID_1_BCE, SIGMOID_2_1, SOFTMAX_2_3,
                                TANH_2_2_SIGMOID_1)
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "linear-2-2": LINEAR_2_2,
    "relu-2-1": RELU_2_1,
    "relu-2-2": RELU_2_2,
    "relu-2-2-sigmoid-1-bce": RELU_2_2_SIGMOID_1_BCE,
    "sigmoid-2-1": SIGMOID_2_1,
    "softmax-2-3": SOFTMAX_2_3,
    "tanh-2-2-sigmoid-1": TANH_2_2_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)

_J2 = ({"j": 0}, {"j": 1})
_K2 = ({"k": 0}, {"k": 1})
_I3 = ({"i": 0}, {"i": 1}, {"i": 2})

# a tanh layer's names, whole: h its output, u its input
_LAYER = r'''
[notation]
loss = ["L"]
[notation.symbols]
"h" = "a1[:]"
"u" = "z1[:]"
'''
_DH = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]"

# a sigmoid output under the binary cross-entropy, as code names it
_OUTPUT = r'''
[notation]
[notation.symbols]
"out" = "a2[0]"
"target" = "y[0]"
"dz" = "grad(z2[0])"
'''

# MATLAB's names of a ReLU layer (DeepLearnToolbox's e = y - a), and Python's of one ReLU unit
_MATLAB = r'''
[notation]
indices = "k"
[notation.symbols]
"e" = "y[:] - a1[:]"
"a" = "a1[:]"
"d" = "grad(z1[:])"
'''
_UNIT = r'''
[notation]
[notation.symbols]
"err" = "y[0] - a1[0]"
"net" = "z1[0]"
"delta" = "grad(z1[0])"
'''

# a linear node's names with two index letters (the sample's i, then the unit's), counted from 1
_NODE = r'''
[notation]
indices = "ijk"
[notation.symbols]
"X_{ij}" = "x[j-1]"
"W_{jk}" = "W1[k-1, j-1]"
"B_{k}" = "b1[k-1]"
"Z_{ik}" = "z1[k-1]"
'''
_JK = tuple({"i": 1, "j": j + 1, "k": k + 1, "x": f"x[{j}]", "term": f"x[{j}]*W1[{k},{j}] + b1[{k}]"}
            for j in range(2) for k in range(2))

# a ReLU's derivative declared at its input
_RELU_PRIME = r'''
[notation]
functions = { relu_prime = "relu' at input" }
'''

# a softmax's scores and outputs, the correct class c the label
_CLASSES = r'''
[notation]
indices = "i"
loss = ["L"]
label = "c"
[notation.symbols]
"z_{i}" = "z1[i]"
"a_{i}" = "a1[i]"
'''
_CASES = (r"$\frac{\partial L}{\partial z_i} = \begin{cases} a_i - 1, & i = c \\ a_i, & \text{otherwise} "
          r"\end{cases}$")


def _cases() -> list[Public]:
    return [
        # ---- a power of a name the notation gives a whole layer ----------------------------------------------------
        Public("layer-square-star", "test", "tanh-2-2-sigmoid-1", _LAYER, "dL/du = dL/dh * (1 - h^2)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (f"{_DH}*(1 - a1[{{j}}]**2)",), _J2),)),
        Public("layer-square-odot", "test", "tanh-2-2-sigmoid-1", _LAYER,
               r"$\frac{\partial L}{\partial u} = \frac{\partial L}{\partial h} \odot (1 - h^2)$", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (f"{_DH}*(1 - a1[{{j}}]**2)",), _J2),)),
        Public("layer-square-wrong", "test", "tanh-2-2-sigmoid-1", _LAYER, "dL/du = dL/dh * (1 + h^2)", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (f"{_DH}*(1 + a1[{{j}}]**2)",), _J2),)),
        # ---- a comment's sentence concluding with its equation -----------------------------------------------------
        Public("comment-so", "test", "relu-2-2-sigmoid-1-bce", _OUTPUT,
               "    // The loss derivative cancels with the sigmoid's slope, so dz = (out - target).", ((C,),),
               (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),)),
        Public("comment-therefore-diff", "test", "relu-2-2-sigmoid-1-bce", _OUTPUT,
               "+        # the cross-entropy meets the sigmoid, therefore dz = out - target", ((C,),),
               (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),)),
        Public("comment-hence-removed", "test", "relu-2-2-sigmoid-1-bce", _OUTPUT,
               "-    // The two derivatives cancel, hence dz = out - target.", ((C,),),
               (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),)),
        Public("comment-so-wrong", "test", "relu-2-2-sigmoid-1-bce", _OUTPUT,
               "// The loss derivative cancels with the sigmoid's slope, so dz = (target - out).", ((W,),),
               (Twin("gradient_z", "z2[0]", ("y[0] - a2[0]",)),)),
        # ---- a cast of a comparison without a module ---------------------------------------------------------------
        Public("matlab-single", "test", "relu-2-2", _MATLAB, "    d = - e .* single(a > 0);", ((C,),),
               (Twin("gradient_z", "z1[{k}]", ("-(y[{k}] - a1[{k}])*Heaviside(z1[{k}])",), _K2),)),
        Public("matlab-double", "test", "relu-2-2", _MATLAB, "d = -e .* double(a > 0)", ((C,),),
               (Twin("gradient_z", "z1[{k}]", ("-(y[{k}] - a1[{k}])*Heaviside(z1[{k}])",), _K2),)),
        Public("matlab-logical-wrong", "test", "relu-2-2", _MATLAB, "d = -e .* logical(a < 0)", ((W,),),
               (Twin("gradient_z", "z1[{k}]", ("-(y[{k}] - a1[{k}])*Heaviside(-z1[{k}])",), _K2),)),
        Public("python-float", "test", "relu-2-1", _UNIT, "delta = -err * float(net > 0)", ((C,),),
               (Twin("gradient_z", "z1[0]", ("-(y[0] - a1[0])*Heaviside(z1[0])",)),)),
        Public("python-int-wrong", "test", "relu-2-1", _UNIT, "delta = -err * int(net < 0)", ((W,),),
               (Twin("gradient_z", "z1[0]", ("-(y[0] - a1[0])*Heaviside(-z1[0])",)),)),
        # ---- unbraced subscripts of two letters glued before the next name -----------------------------------------
        Public("glued-subscripts", "test", "linear-2-2", _NODE, "d(Z_ik)/d(W_jk) = d(X_ijW_jk + B_k)/d(W_jk) = X_ij",
               ((C, C),), (Twin("value", "{x}", ("{x}", "{x}"), _JK),)),
        Public("glued-subscripts-wrong", "test", "linear-2-2", _NODE, "d(Z_ik)/d(W_jk) = X_ijW_jk + B_k", ((W,),),
               (Twin("value", "{x}", ("{term}",), _JK),)),
        # ---- a def's case distinction of returns -------------------------------------------------------------------
        Public("def-if-else", "test", "relu-2-1", None,
               "def relu(x):\n   if(x > 0):\n         return x\n   else:\n         return 0", ((C,),),
               (Twin("value", "z1[0]*Heaviside(z1[0])", ("z1[0]*Heaviside(z1[0])",)),)),
        Public("def-if-return", "test", "relu-2-1", _RELU_PRIME,
               "def relu_prime(z):\n    if z > 0: return 1.0\n    return 0.0", ((C,),),
               (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),)),
        Public("def-if-elif-else", "test", "relu-2-1", None,
               "def relu(x):\n    \"\"\"The rectifier.\"\"\"\n    y = x\n    if y > 0:\n        return y\n"
               "    elif y < 0:\n        return 0\n    else:\n        return 0", ((C,),),
               (Twin("value", "z1[0]*Heaviside(z1[0])", ("z1[0]*Heaviside(z1[0])",)),)),
        Public("def-if-else-stable-sigmoid", "test", "sigmoid-2-1", None,
               "def sigmoid(x):\n    if x >= 0:\n        return 1 / (1 + np.exp(-x))\n    else:\n"
               "        return np.exp(x) / (1 + np.exp(x))", ((C,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),)),
        Public("def-if-else-wrong", "test", "relu-2-1", _RELU_PRIME,
               "def relu_prime(z):\n    if z > 0:\n        return 0\n    else:\n        return 1", ((W,),),
               (Twin("value", "Heaviside(z1[0])", ("1 - Heaviside(z1[0])",)),)),
        Public("python-chained-conditional", "test", "relu-2-1", None,
               "def relu(x):\n    return x if x > 0 else 0 if x < 0 else 0", ((C,),),
               (Twin("value", "z1[0]*Heaviside(z1[0])", ("z1[0]*Heaviside(z1[0])",)),)),
        Public("python-chained-conditional-wrong", "test", "relu-2-1", None,
               "def relu(x):\n    return x if x > 0 else x if x < 0 else 0", ((W,),),
               (Twin("value", "z1[0]*Heaviside(z1[0])", ("z1[0]",)),)),
        # ---- a case distinction on the correct class, the notation's label -----------------------------------------
        Public("cases-label", "test", "softmax-2-3", _CLASSES, _CASES, ((C,),),
               (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),)),
        Public("cases-label-wrong", "test", "softmax-2-3", _CLASSES, _CASES.replace("a_i - 1", "a_i + 1"), ((W,),),
               (Twin("gradient_z", "z1[{i}]", ("a1[{i}] + t[{i}]",), _I3),)),
    ]


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(_cases())


def test_a_layers_square_beside_a_product_of_juxtaposition_is_refused():
    """dL/dh (1 - h^2): the squared norm reads as well there, and the readings differ."""
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1", _LAYER, "dL/du = dL/dh (1 - h^2)")
    assert "h^{2} reads as the square of each entry or the inner product" in refusal


def test_words_in_a_comments_concluded_equation_keep_it_a_remark():
    """"..., so here dz = ...": a word before the left side, the comment a remark; nothing else to judge."""
    refusal = CHECKS.refused("relu-2-2-sigmoid-1-bce", _OUTPUT, "// the two cancel, so here dz = out - target")
    assert "holds nothing to judge" in refusal


def test_a_bare_cast_of_a_quantity_stays_refused():
    refusal = CHECKS.refused("relu-2-2", _MATLAB, "d = -e .* double(a)")
    assert "unknown symbol double" in refusal


def test_glued_subscripts_where_the_notation_names_a_shorter_one_too_are_refused():
    """X_{i} beside X_{ij}: X_ijW_jk may be X_i times j W_jk; not read as either."""
    refusal = CHECKS.refused("linear-2-2", _NODE + '"X_{i}" = "x[0]"\n',
                             "d(Z_ik)/d(W_jk) = d(X_ijW_jk + B_k)/d(W_jk) = X_ij")
    assert "X_ijW_jk" in refusal


def test_pythons_else_without_its_colon_is_refused_naming_it():
    refusal = CHECKS.refused("relu-2-1", _RELU_PRIME,
                             "def relu_prime(z):\n    if z > 0:\n        return 1\n    else\n        return 0")
    assert "writes else without its colon" in refusal


def test_a_statement_between_the_cases_stays_refused():
    refusal = CHECKS.refused("relu-2-1", None, "def relu(x):\n    if x > 0:\n        return x\n    print(x)\n"
                                               "    return 0")
    assert "more than one return line" in refusal


def test_a_case_on_a_class_letter_the_notation_does_not_name_says_label():
    refusal = CHECKS.refused("softmax-2-3", _CLASSES.replace('label = "c"\n', ""), _CASES)
    assert 'compares neither index letters nor quantities; if c is the sample\'s class' in refusal
    assert 'label = "c"' in refusal
