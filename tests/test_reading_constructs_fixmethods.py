"""Matrix arithmetic written as method calls (batches 105, 107, 108, 111, 112 and 113 refused them), written here as
other authors would, on other networks and names than the pages':

- PyTorch's ``g.mm(W.t())``, ``h.t().mm(g)`` (torch's mm a product of two matrices whose sizes must fit, never an inner
  product), ``u.sub(v).mul(2)`` entry by entry, ``z.clamp(min=0)`` the ReLU; Rust's ndarray ``d.dot(&w.t())``;
  Gonum's ``m.T()`` the transpose;
- a method the notation declares an operation (Go's ``in.Dot(W)`` with ``Dot = "matrix product"``, ``e.Mul(s)`` with
  ``Mul = "product"``): that operation of the object and its one argument; with two arguments (Gonum's ``c.Mul(a,
  b)``, which stores into c) refused; undeclared, refused, the message saying what to declare;
- Scala Breeze's ``W.t * d *:* s``: ``.t`` the transpose of a name the notation gives (and not of one it does not),
  ``*:*`` the product entry by entry; Scala's ``_activation``, a name opening with an underscore, where the notation
  names it (the loader reads such a pattern too), an unknown symbol where it does not;
- a course's own method of two arguments (Nielsen's ``self.cost_derivative(a, y)``), refused saying what to declare,
  and read where the notation declares it (``"self.cost_derivative" = "difference"``); a method of an object in
  parentheses (network2.py's ``(self.cost).delta(z, a, y)``) refused;
- a dot spaced after a factor and glued to a name (``X .dz``), the product; NumPy's ``subtract(a, b)`` without its
  module, a - b; a bare ``multiply(a, b)`` (entry by entry or the matrix product, by library) refused, saying how
  to declare it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

# a ReLU layer of 3 units over 2 inputs, 2 linear outputs, the squared error, no biases (torch's two_layer_net)
RELU_2_3_LINEAR_2 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\nbias = "none"\n'
                     '[[layer]]\nunits = 2\nactivation = "identity"\nbias = "none"\n[loss]\nname = "squared_error"\n')
# sigmoid layers 2-3-2 without biases, half the squared error (a Go network of Welch Labs' kind)
SIGMOID_2_3_2_NO_BIAS = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n'
                         '[[layer]]\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                         '[loss]\nname = "half_squared_error"\n')
# sigmoid layers 2-3-2 with biases, half the squared error (Nielsen's network)
SIGMOID_2_3_2 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\n'
                 '[[layer]]\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')
# one sigmoid unit over one input, the binary cross-entropy (logistic regression)
LOGISTIC_1 = '[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n'

NETWORKS = {"relu-2-3-2": RELU_2_3_LINEAR_2, "sigmoid-2-3-2-nb": SIGMOID_2_3_2_NO_BIAS, "sigmoid-2-3-2": SIGMOID_2_3_2,
            "logistic-1": LOGISTIC_1}
CHECKS = CaseChecks(NETWORKS)

# PyTorch's names, the samples as rows and the weights input-first
_TORCH = r'''
[notation]
[notation.symbols]
"pre" = "z1[:].T"
"hid" = "a1[:].T"
"out" = "a2[:].T"
"target" = "y[:].T"
"W_out" = "W2[:, :].T"
"g_out" = "grad(a2[:]).T"
"g_W_out" = "grad(W2[:, :]).T"
"g_hid" = "grad(a1[:]).T"
'''
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_G_HID = "2*(a2[0] - y[0])*W2[0,{j}] + 2*(a2[1] - y[1])*W2[1,{j}]"

# Rust's ndarray: 1-D arrays, the weights input-first
_RUST = r'''
[notation]
[notation.symbols]
"w2" = "W2[:, :].T"
"a2" = "a2[:]"
"target" = "y[:]"
"out_delta" = "grad(z2[:])"
"hid_error" = "grad(a1[:])"
"out_error" = "a2[:] - y[:]"
'''
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_HID_ERROR = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))

# a Go network whose Matrix type's methods the notation declares (Dot the matrix product, Mul and Sub entry by entry)
_GO = r'''
[notation]
functions = { Dot = "matrix product", Mul = "product", Sub = "difference" }
[notation.symbols]
"in" = "x[:].T"
"W_h" = "W1[:, :].T"
"hz" = "z1[:].T"
"hid" = "a1[:].T"
"err" = "y[:].T - a2[:].T"
"slope" = "(a2[:]*(1 - a2[:])).T"
"od" = "((y[:] - a2[:])*a2[:]*(1 - a2[:])).T"
"dw" = "-grad(W2[:, :]).T"
'''
_GO_OD = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"

# Scala Breeze's names (Nielsen's network: columns, the weights output-first)
_BREEZE = r'''
[notation]
functions = { "act.d" = "sigmoid' at input" }
[notation.symbols]
"delta" = "delta1[:]"
"nxt.weight" = "W2[:, :]"
"nxt.delta" = "delta2[:]"
"z" = "z1[:]"
'''
_D1 = "(" + " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2)) \
    + ")*a1[{j}]*(1 - a1[{j}])"

# Scala's output layer, its outputs a name opening with an underscore
_BREEZE_OUT = r'''
[notation]
functions = { "act.d" = "sigmoid' at input" }
[notation.symbols]
"delta" = "delta2[:]"
"_activation" = "a2[:]"
"y" = "y[:]"
"z" = "z2[:]"
'''

# Nielsen's network.py, its cost_derivative declared the difference of its arguments
_NIELSEN = r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at input", "self.cost_derivative" = "difference" }
[notation.symbols]
"zs[-1]" = "z2[:]"
"activations[-1]" = "a2[:]"
"y" = "y[:]"
"delta" = "delta2[:]"
'''

# logistic regression's names, and a code's helpers without a module
_LOGISTIC = r'''
[notation]
[notation.symbols]
"X" = "x[0]"
"A" = "a1[0]"
"Y" = "y[0]"
"dz" = "grad(z1[0])"
"dw1" = "grad(W1[0, 0])"
"err" = "a1[0] - y[0]"
'''


def _cases() -> list[Public]:
    return [
        # ---- PyTorch's methods -------------------------------------------------------------------------------------
        Public("torch-mm-t", "test", "relu-2-3-2", _TORCH, "    g_hid = g_out.mm(W_out.t())", ((C,),),
               (Twin("value", _G_HID, (_G_HID,), _J3),)),
        Public("torch-mm-t-wrong", "test", "relu-2-3-2", _TORCH, "g_hid = out.mm(W_out.t())", ((W,),),
               (Twin("value", _G_HID, ("a2[0]*W2[0,{j}] + a2[1]*W2[1,{j}]",), _J3),)),
        Public("torch-t-mm", "test", "relu-2-3-2", _TORCH, "g_W_out = hid.t().mm(g_out)", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*2*(a2[{k}] - y[{k}])",), _K2J3),)),
        Public("torch-t-mm-wrong", "test", "relu-2-3-2", _TORCH, "g_W_out = hid.t().mm(out)", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*a2[{k}]",), _K2J3),)),
        Public("torch-matmul-T", "test", "relu-2-3-2", _TORCH, "g_hid = g_out.matmul(W_out.T)", ((C,),),
               (Twin("value", _G_HID, (_G_HID,), _J3),)),
        Public("nd4j-mmul-add", "test", "relu-2-3-2", _TORCH, "g_hid = g_out.mmul(W_out.t()).add(g_hid)", ((W,),),
               (Twin("value", _G_HID, (f"2*({_G_HID})",), _J3),)),
        Public("torch-sub-mul", "test", "relu-2-3-2", _TORCH, "g_out = out.sub(target).mul(2.0)", ((C,),),
               (Twin("value", "2*(a2[{k}] - y[{k}])", ("2*(a2[{k}] - y[{k}])",), _K2),)),
        Public("torch-sub-mul-wrong", "test", "relu-2-3-2", _TORCH, "g_out = target.sub(out).mul(2.0)", ((W,),),
               (Twin("value", "2*(a2[{k}] - y[{k}])", ("2*(y[{k}] - a2[{k}])",), _K2),)),
        Public("torch-clamp", "test", "relu-2-3-2", _TORCH, "hid = pre.clamp(min=0)", ((C,),),
               (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J3),)),
        Public("torch-clamp-positional", "test", "relu-2-3-2", _TORCH, "hid = pre.clamp(0)", ((C,),),
               (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J3),)),
        Public("torch-clamp-wrong", "test", "relu-2-3-2", _TORCH, "hid = pre.clamp(max=0)", ((W,),),
               (Twin("value", "a1[{j}]", ("-relu(-z1[{j}])",), _J3),)),
        # ---- Rust's ndarray ----------------------------------------------------------------------------------------
        Public("rust-dot-t", "test", "sigmoid-2-3-2-nb", _RUST, "        let hid_error = out_delta.dot(&w2.t());",
               ((C,),), (Twin("value", _HID_ERROR, (_HID_ERROR,), _J3),)),
        Public("rust-sub", "test", "sigmoid-2-3-2-nb", _RUST, "let out_error = a2.sub(&target);", ((C,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("rust-sub-wrong", "test", "sigmoid-2-3-2-nb", _RUST, "let out_error = target.sub(&a2);", ((W,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
        # ---- Go: methods the notation declares, Gonum's T() --------------------------------------------------------
        Public("go-dot", "test", "sigmoid-2-3-2-nb", _GO, "\thz := in.Dot(W_h)", ((C,),),
               (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J3),)),
        Public("go-mul", "test", "sigmoid-2-3-2-nb", _GO, "od := err.Mul(slope)", ((C,),),
               (Twin("value", _GO_OD, (_GO_OD,), _K2),)),
        Public("go-sub-wrong", "test", "sigmoid-2-3-2-nb", _GO, "od := err.Sub(slope)", ((W,),),
               (Twin("value", _GO_OD, ("y[{k}] - a2[{k}] - a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("go-T-dot", "test", "sigmoid-2-3-2-nb", _GO, "dw := hid.T().Dot(od)", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"-{_GO_OD}*a1[{{j}}]",), _K2J3),)),
        Public("go-T-dot-wrong", "test", "sigmoid-2-3-2-nb", _GO, "dw := hid.T().Dot(err)", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", ("-(y[{k}] - a2[{k}])*a1[{j}]",), _K2J3),)),
        # ---- Scala Breeze: .t and *:* ------------------------------------------------------------------------------
        Public("breeze-t-entrywise", "test", "sigmoid-2-3-2", _BREEZE, "delta = nxt.weight.t * nxt.delta *:* act.d(z)",
               ((C,),), (Twin("gradient_z", "z1[{j}]", (_D1,), _J3),)),
        Public("breeze-t-entrywise-wrong", "test", "sigmoid-2-3-2", _BREEZE,
               "delta = nxt.weight.t * nxt.delta *:* z", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (_D1.replace("a1[{j}]*(1 - a1[{j}])", "z1[{j}]"),), _J3),)),
        Public("breeze-private-name", "test", "sigmoid-2-3-2", _BREEZE_OUT,
               "  override def delta = (_activation - y) *:* act.d(z)", ((C,),),
               (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),)),
        Public("breeze-private-name-wrong", "test", "sigmoid-2-3-2", _BREEZE_OUT,
               "delta = (y - _activation) *:* act.d(z)", ((W,),),
               (Twin("gradient_z", "z2[{k}]", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        # ---- Nielsen's cost_derivative, declared -----------------------------------------------------------------
        Public("nielsen-declared", "test", "sigmoid-2-3-2", _NIELSEN,
               "delta = self.cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1])", ((C,),),
               (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),)),
        Public("nielsen-declared-wrong", "test", "sigmoid-2-3-2", _NIELSEN,
               "delta = self.cost_derivative(y, activations[-1]) * sigmoid_prime(zs[-1])", ((W,),),
               (Twin("gradient_z", "z2[{k}]", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        # ---- a spaced dot before a name, subtract without np. ------------------------------------------------------
        Public("spaced-dot", "test", "logistic-1", _LOGISTIC, "From the videos, dw1 = X .dz", ((C,),),
               (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),)),
        Public("spaced-dot-wrong", "test", "logistic-1", _LOGISTIC, "dw1 = A .dz", ((W,),),
               (Twin("gradient", "W1[0,0]", ("a1[0]*(a1[0] - y[0])",)),)),
        Public("bare-subtract", "test", "logistic-1", _LOGISTIC, "    err = subtract(A,Y)", ((C,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("bare-subtract-wrong", "test", "logistic-1", _LOGISTIC, "err = subtract(Y, A)", ((W,),),
               (Twin("value", "a1[0] - y[0]", ("y[0] - a1[0]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES, oracle_verdicts)


def test_torch_mm_of_sizes_that_do_not_fit_is_refused_with_them():
    """``g_out.mm(W_out)``: a 1 x 2 by a 3 x 2, refused with the sizes (never NumPy's inner product of two rows)."""
    refusal = CHECKS.refused("relu-2-3-2", _TORCH, "g_hid = g_out.mm(W_out)")
    assert ".mm(...), a matrix product of two matrices, multiplies a 1 x 2 by a 3 x 2" in refusal
    assert "matrix product of two matrices" in CHECKS.refused("relu-2-3-2", _TORCH, "g_hid = out.mm(target)")


def test_torch_clamp_of_other_arguments_is_refused():
    assert "min and max" in CHECKS.refused("relu-2-3-2", _TORCH, "hid = pre.clamp(0, 1, 2)")


def test_a_declared_method_of_two_arguments_is_refused():
    """Gonum's ``c.Mul(a, b)`` stores a's and b's product in c: no value of c's."""
    assert "with 2 arguments" in CHECKS.refused("sigmoid-2-3-2-nb", _GO, "od := err.Mul(slope, err)")


def test_a_declared_matrix_product_method_of_sizes_that_do_not_fit_is_refused():
    assert "the notation's matrix product, multiplies a 2 x 3 by a 1 x 2" in CHECKS.refused(
        "sigmoid-2-3-2-nb", _GO, "hz := W_h.Dot(in)")


def test_an_undeclared_method_says_how_to_declare_it():
    """``err.Mul(slope)`` where the notation declares no Mul: the product entry by entry in some libraries, the
    matrix product in others (Gonum's Mul), refused with the declaration to write."""
    notation = _GO.replace('functions = { Dot = "matrix product", Mul = "product", Sub = "difference" }\n', "")
    refusal = CHECKS.refused("sigmoid-2-3-2-nb", notation, "od := err.Mul(slope)")
    assert 'Mul = "matrix product", "product"' in refusal


def test_breeze_t_of_a_name_the_notation_does_not_give_is_refused():
    """``prev.weight.t``: neither the name nor its transpose's base is the notation's."""
    assert "prev.weight" in CHECKS.refused("sigmoid-2-3-2", _BREEZE, "delta = prev.weight.t * nxt.delta *:* act.d(z)")


def test_a_name_opening_with_an_underscore_the_notation_does_not_give_is_refused():
    """``_output`` beside the notation's _activation: an unknown symbol, named whole (never a subscript)."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _BREEZE_OUT, "delta = (_output - y) *:* act.d(z)")
    assert "unknown symbol _output" in refusal


def test_an_undeclared_cost_derivative_says_what_to_declare():
    notation = _NIELSEN.replace(', "self.cost_derivative" = "difference"', "")
    refusal = CHECKS.refused("sigmoid-2-3-2", notation,
                             "delta = self.cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1])")
    assert '"self.cost_derivative" = "difference" (its first argument minus its second)' in refusal


def test_a_method_of_an_object_in_parentheses_is_refused():
    """network2.py's ``(self.cost).delta(z, a, y)``: its cost class's delta, whose definition check does not see."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _NIELSEN, "delta = (self.cost).delta(zs[-1], activations[-1], y)")
    assert "(self.cost).delta(...) is a method of the object self.cost" in refusal


def test_a_bare_multiply_is_refused_saying_how_to_declare_it():
    refusal = CHECKS.refused("logistic-1", _LOGISTIC, "dz = multiply(err, A)")
    assert 'multiply = "matrix product" (or "product" entry by entry' in refusal


def test_breeze_t_where_the_notation_names_no_dotted_name_is_no_transpose():
    """With no dotted name in the notation, ``weight.t`` is weight times t (a dot between names, as ``W1.x``), t the
    target by default."""
    notation = """
[notation]
[notation.symbols]
"delta" = "delta1[:]"
"weight" = "W2[:, :]"
"dlt" = "delta2[:]"
"""
    case = Public("breeze-t-undotted", "test", "sigmoid-2-3-2", notation, "delta = weight.t * dlt")
    assert "multiplies a 2 x 3 by a 2 x 1" in CHECKS.refusal(case)  # W2 itself, never its transpose


def test_a_spaced_dot_before_a_call_stays_refused():
    """``(A - Y) .sigmoid(X)``: a spaced dot before a call, where a page's broken markup may have cut the formula."""
    CHECKS.refused("logistic-1", _LOGISTIC, "dz = (A - Y) .sigmoid(X)")
