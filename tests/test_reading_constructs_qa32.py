"""This session's reading features tried as a student and a teacher would, mistakes included (qa32), and the defects
that trial found, each now read or refused in one line:

- a layer letter written as a superscript of a vector, Ng's ``A^{d} = 1`` (A^{[l]} with l the letter d): a number
  for a vector's value was sent to the constant's test, whose printer could not compile a matrix ("check failed
  reading it (TypeError: unhashable type: 'list')"); it is now judged as a value, refused where a number stands for
  a vector and where the file has no numbers;
- PyTorch's ``.clamp(1)`` (a lower bound other than 0): refused naming the clamp written (it named a max the student
  did not write);
- a star pair set as text, ``\\text{**}`` beside the ``\\text{*}`` Ng's notes write: code's power or a doubled product
  sign, refused saying which to write (it was an unknown symbol ^);
- a name whose scripts hold parentheses, then its definition in parentheses (``z^{(2)}_0 \\;\\; (z^{(2)}_0 = ...)``):
  the parenthesis that closes the text is the definition's, never the name's own ``(2)`` (it was refused as a call);
- a claim ending in parentheses whose text before them clean() refuses (``\\text{**} (1 - ...)``, ``w <--w (...)``):
  the check of a name before its definition in parentheses no longer lets the refusal end a whole grade; the line is
  unreadable with its own message and the others are judged;
- code's product entry by entry of sizes that do not broadcast (``x.mul(W)`` of a 1 x 2 and a 2 x 3, np.multiply, a
  declared "product"): refused with the sizes (it was read as the matrix product and called correct);
- ``min(u, v)`` (torch's ``clamp(min=0, max=6)``, np.minimum) read with its step, so that a proof sees its kink (the
  proof crashed on a ReLU6, and ``min(z, 6)`` for z was called correct at points below 6);
- an update in SymPy syntax writing the file's rate as a fraction or a division by its reciprocal (``1/2*g``,
  ``g/2`` at the rate 0.5): judged at the file's rate, as ``0.5*g`` and LaTeX's ``\frac{1}{2}`` are.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.cli import main
from backprop.commands.check import judge_request
from backprop.problem import parse_problem
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

# Ng's two-layer network: tanh hidden units, a sigmoid output, the log loss
TANH_2_2_SIGMOID_1 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\n'
                      '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n')
# the same with one sample's numbers
TANH_2_2_SIGMOID_1_DATA = TANH_2_2_SIGMOID_1 + '[data]\nx = [[0.5, -0.3]]\ny = [[1.0]]\n'
# a ReLU layer of 3 units over 2 inputs, 2 linear outputs, the squared error, no biases (torch's two_layer_net)
RELU_2_3_LINEAR_2 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\nbias = "none"\n'
                     '[[layer]]\nunits = 2\nactivation = "identity"\nbias = "none"\n[loss]\nname = "squared_error"\n')

# one sigmoid unit over two inputs, half the squared error
SIGMOID_2_1_HALF_SQUARES = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\n'
                            '[loss]\nname = "half_squared_error"\n')

# sigmoid layers 2-2-1 with biases, half the squared error
SIGMOID_2_2_1 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\n'
                 '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "tanh-2-2-sigmoid-1": TANH_2_2_SIGMOID_1, "tanh-2-2-sigmoid-1-data": TANH_2_2_SIGMOID_1_DATA,
            "relu-2-3-2": RELU_2_3_LINEAR_2}
CHECKS = CaseChecks(NETWORKS)

# Ng's letters, upper case, the gradients named with d
_NG = r'''
[notation]
indices = "l"
loss = ["\\mathcal{L}"]
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dW^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"dZ^{[l]}" = "grad(z{l}[:])"
"X" = "x[:]"
"Y" = "y[:]"
"m" = "1"
'''
_J2 = tuple({"j": j} for j in range(2))
_Z2 = "W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]"
_DZ2 = "a2[0] - y[0]"
_DZ1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"

# PyTorch's names, the samples as rows and the weights input-first
_TORCH = r'''
[notation]
[notation.symbols]
"pre" = "z1[:].T"
"hid" = "a1[:].T"
"x" = "x[:].T"
"W_in" = "W1[:, :].T"
'''
_J3 = tuple({"j": j} for j in range(3))


def _cases() -> list[Public]:
    return [
        # ---- Ng's letters, a layer's vectors ---------------------------------------------------------------------
        Public("ng-dz2", "test", "tanh-2-2-sigmoid-1", _NG, r"$dZ^{[2]} = A^{[2]} - Y$", ((C,),),
               (Twin("value", _DZ2, (_DZ2,)),)),
        Public("ng-dz2-slip", "test", "tanh-2-2-sigmoid-1", _NG, r"$dZ^{[2]} = A^{[2]} + Y$", ((W,),),
               (Twin("value", _DZ2, ("a2[0] + y[0]",)),)),
        Public("ng-a1", "test", "tanh-2-2-sigmoid-1", _NG, r"$A^{[1]} = \tanh(Z^{[1]})$", ((C,),),
               (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2),)),
        Public("ng-a1-slip", "test", "tanh-2-2-sigmoid-1", _NG, r"$A^{[1]} = \sigma(Z^{[1]})$", ((W,),),
               (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),)),
        # ---- a name with parentheses in its scripts, then its definition in parentheses ---------------------------
        Public("defined-in-parentheses-layer-in-parentheses", "test", "sigmoid-2-2-1", None,
               r"$z^{(2)}_0 \;\; (z^{(2)}_0 = W^{(2)}_{0,0} a^{(1)}_0 + W^{(2)}_{0,1} a^{(1)}_1 + b^{(2)}_0)$", ((C,),),
               (Twin("value", _Z2, (_Z2,)),)),
        Public("defined-in-parentheses-layer-in-parentheses-slip", "test", "sigmoid-2-2-1", None,
               r"$z^{(2)}_0 \;\; (z^{(2)}_0 = W^{(2)}_{0,0} a^{(1)}_0 + b^{(2)}_0)$", ((W,),),
               (Twin("value", _Z2, ("W2[0,0]*a1[0] + b2[0]",)),)),
        # ---- a star set as text, once ------------------------------------------------------------------------------
        Public("text-star", "test", "tanh-2-2-sigmoid-1", _NG,
               r"$$dZ^{[1]} = W^{[2]T} dZ^{[2]} \text{*} (1 - (A^{[1]})^2)$$", ((C,),),
               (Twin("value", _DZ1, (_DZ1,), _J2),)),
        Public("text-star-slip", "test", "tanh-2-2-sigmoid-1", _NG,
               r"$$dZ^{[1]} = W^{[2]T} dZ^{[2]} \text{*} (1 + (A^{[1]})^2)$$", ((W,),),
               (Twin("value", _DZ1, ("W2[0,{j}]*(a2[0] - y[0])*(1 + a1[{j}]**2)",), _J2),)),
        # ---- PyTorch's clamp --------------------------------------------------------------------------------------
        Public("torch-clamp-zero", "test", "relu-2-3-2", _TORCH, "hid = pre.clamp(0)", ((C,),),
               (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J3),)),
        Public("torch-clamp-max-one", "test", "relu-2-3-2", _TORCH, "hid = pre.clamp(max=1)", ((W,),),
               (Twin("value", "a1[{j}]", ("1 - relu(1 - z1[{j}])",), _J3),)),
        # ---- both bounds of a clamp: its minimum read with its step, so that a proof sees its kink -----------------
        Public("torch-clamp-both-bounds", "test", "relu-2-3-2", _TORCH, "hid = pre.clamp(min=0, max=0.5)", ((W,),),
               (Twin("value", "a1[{j}]", ("0.5 - relu(0.5 - relu(z1[{j}]))",), _J3),)),
        Public("minimum-of-a-relu-and-more", "test", "relu-2-3-2", _TORCH,
               "hid = np.minimum(pre.clamp(0), pre.clamp(0) + 1)", ((C,),),
               (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J3),)),
        # ---- code's product entry by entry, of factors whose sizes fit -------------------------------------------
        Public("torch-mm-of-row-and-matrix", "test", "relu-2-3-2", _TORCH, "pre = x.mm(W_in)", ((C,),),
               (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J3),)),
        Public("torch-mul-of-one-size-slip", "test", "relu-2-3-2", _TORCH, "hid = pre.mul(pre)", ((W,),),
               (Twin("value", "a1[{j}]", ("z1[{j}]**2",), _J3),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


# ---- a number for a vector's value under a layer letter: refused with a real message -----------------------------

def test_a_number_for_a_vector_under_a_layer_letter_is_refused_not_a_reader_defect():
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1", _NG, "$A^{d} = 1$")
    assert "check failed" not in refusal and "is a number" in refusal and "has none" in refusal
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1-data", _NG, "$A^{d} = 1$")
    assert "check failed" not in refusal
    assert "'1' is a number where the left side is a vector or matrix (2 x 1)" in refusal


def test_a_definition_in_parentheses_of_another_left_side_stays_refused():
    """``z^{(2)}_0 (a^{(2)}_0 = ...)``: the parenthesis' claim is of another name, so no definition of the name before
    it (the parenthesis found past the name's own (2), as it was not before)."""
    refusal = CHECKS.refused("sigmoid-2-2-1", None, r"$z^{(2)}_0 \;\; (a^{(2)}_0 = \sigma(z^{(2)}_0))$")
    assert "expected ')' to close the arguments" in refusal


# ---- .clamp with a lower bound other than 0 ------------------------------------------------------------------------

def test_torch_clamp_of_another_lower_bound_is_refused_naming_the_clamp():
    for text in ("hid = pre.clamp(1)", "hid = pre.clamp(min=0.5)"):
        refusal = CHECKS.refused("relu-2-3-2", _TORCH, text)
        assert ".clamp(...) with a lower bound other than 0" in refusal and "u.clamp(min=0)" in refusal


def test_a_relu6_is_no_relu():
    """``min(relu(z), 6)`` differs from relu(z) only above 6, where no random point of the oracle's lies (it calls the
    twin right): check's proof sees the minimum's kink and finds a point there (it crashed in the proof before, and
    ``min(z, 6)`` for z was called correct at the points)."""
    for text in ("hid = np.minimum(pre.clamp(0), 6)", "hid = pre.clamp(min=0, max=6)"):
        assert CHECKS.verdicts(Public("relu6", "test", "relu-2-3-2", _TORCH, text)) == ((W,),)


# ---- code's product entry by entry of sizes that do not broadcast: never read as a matrix product ----------------

def test_code_products_entry_by_entry_of_sizes_that_do_not_broadcast_are_refused():
    """``x.mul(W_in)`` of a 1 x 2 and a 2 x 3 (np.multiply, a notation's declared "product" alike): NumPy and PyTorch
    raise on it; it was read as the matrix product x W_in, right, and called correct."""
    declared = _TORCH.replace("[notation]\n", '[notation]\nfunctions = { Mul = "product" }\n')
    for notation, text in ((_TORCH, "pre = x.mul(W_in)"), (_TORCH, "pre = np.multiply(x, W_in)"),
                           (declared, "pre = x.Mul(W_in)")):
        refusal = CHECKS.refused("relu-2-3-2", notation, text)
        assert "a product entry by entry in code, multiplies a 1 x 2 by a 2 x 3, whose sizes do not broadcast" in refusal


# ---- two stars set as text ------------------------------------------------------------------------------------------

def test_two_stars_set_as_text_are_refused_saying_what_to_write():
    for star in (r"\text{**}", r"\text{ ** }", r"\mathrm{**}", r"\text{\*\*}"):
        refusal = CHECKS.refused("tanh-2-2-sigmoid-1", _NG, rf"$$dZ^{{[1]}} = W^{{[2]T}} dZ^{{[2]}} {star} (1 - (A^{{[1]}})^2)$$")
        assert "stars set as text, is code's power or a doubled product sign" in refusal
        assert r"write ^ for a power (u^{2}) or \text{*}" in refusal


def test_a_grade_goes_on_past_a_line_that_clean_refuses_before_parentheses(tmp_path, capsys):
    """``... \\text{**} (1 - ...)`` and ``dZ <--dZ (...)``: each line unreadable with its message, the others judged."""
    problem, notation = tmp_path / "ng.toml", tmp_path / "ng_notation.toml"
    problem.write_text(TANH_2_2_SIGMOID_1_DATA + "[update]\nlearning_rate = 0.5\n")
    notation.write_text(_NG)
    submission = tmp_path / "student.md"
    submission.write_text("# Homework\n\n$$dZ^{[2]} = A^{[2]} - Y$$\n\n"
                          "$$dZ^{[1]} = W^{[2]T} dZ^{[2]} \\text{**} (1 - (A^{[1]})^2)$$\n\n"
                          "$$dZ^{[2]} = A^{[2]} + Y$$\n")
    assert main(["grade", str(submission), "--problem", str(problem), "--notation", str(notation)]) == 0
    out = capsys.readouterr().out
    assert "1 correct, 1 wrong, 1 unreadable" in out and "stars set as text" in out


# ---- a learning rate written as a fraction in SymPy syntax -----------------------------------------------------------

def test_a_rate_written_as_a_fraction_in_sympy_syntax_is_judged_at_the_files_rate():
    """``W1[0,0] - 1/2*...`` at the file's rate 0.5: judged at that rate as ``0.5*...`` and LaTeX's ``\\frac{1}{2}`` are
    (SymPy's syntax reader, judging at random rates, called it wrong), as is ``.../2``; a slip stays wrong, another fraction too."""
    problem = parse_problem(SIGMOID_2_1_HALF_SQUARES + '[data]\nx = [[0.5, -0.3]]\ny = [[1.0]]\n'
                            '[update]\nlearning_rate = 0.5\n', "rate-half")
    step = "(a1[0]-y[0])*a1[0]*(1-a1[0])*x[0]"
    verdicts = {text: judge_request(problem, text, param="W1[0,0]", update=True).verdict
                for text in (f"W1[0,0] - 1/2*{step}", f"W1[0,0] - (1/2)*{step}", f"W1[0,0] - 0.5*{step}",
                             f"W1[0,0] - {step}/2", f"W1[0,0] - 1/2*{step.replace('(1-', '(1+')}",
                             f"W1[0,0] - 1/4*{step}", f"W1[0,0] - {step}/4")}
    assert list(verdicts.values()) == [C, C, C, C, W, W, W]
