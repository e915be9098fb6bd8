"""Batch 120's pages (code in the languages earlier batches met least) showed general constructs misread or refused,
written here as other authors would (other names, other networks than the pages'):

- a functional language's equation without its type signature, Haskell's (Elm's) ``outDelta outErr slope = outErr *
  slope``: its left side the function applied to its parameters, where the notation names the function alone
  (``"outDelta" = "delta2[0]"``), was read as the product of the three names (a right rule called wrong); it is the
  function's value, the quantity the notation names (an update where it names ``new(b2[0])``). A left side holding a
  parameter's new value inside a product (``stepBias * bias = ...``) crashed the judge (NewValue reached the numbers):
  it is refused naming the left side;
- an array section taking every index, Fortran's and MATLAB's ``out(:)``, ``Wo(:, :)`` (NumPy's ``out[:]``) of a name
  the notation gives whole: that array; a section of a row or a column (``Wo(:, j)``), or MATLAB's ``Wo(:)`` of a
  matrix (its entries as one column), refused naming the section.
- members and methods after a dot: .NET's ``w.Transpose()`` (Math.NET's, F#'s and C#'s) the transpose, as ``w.T``;
  VB.NET's With block's members ``.Bias = .Bias + (Me.LearningRate * .Delta)`` the names the notation gives
  (``"Bias"``), one it does not give refused naming the member; a function the notation declares called as a
  method of a value, Nim's ``zs.sigmoid_prime`` (Python's ``z.sigmoid_prime()``), that function's call.
- a pipeline, F#'s, OCaml's, Elm's and Elixir's ``z |> sigmoid`` and ``z |> Array.map sigmoid``: the call of each
  stage on the value before it; a stage with arguments (F#'s ``x |> f y`` is ``f y x``, Elixir's ``x |> f(y)`` is
  ``f(x, y)``) refused naming the stage;
- an operator a code defines opening with #, OCaml's ``d #@ w``, refused naming it (read from # on as a comment, it
  was ``d`` alone);
- Perl's ``push @deltas, value``, refused as Python's ``deltas.append(value)`` is (which entry the value becomes,
  the line does not show).
- a name annotated with any type before its assignment, Python's ``err: np.ndarray = ...`` and Nim's var block's
  ``err : vec = ...``: the assignment, where the notation gives the name and not the type (a label's colon keeps
  its reading);

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# an Elm-like module of one function per rule, its parameters named by the notation (the output unit's)
_FUNCTIONS = r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"outErr" = "a2[0] - y[0]"
"slope" = "a2[0]*(1 - a2[0])"
"outDelta" = "delta2[0]"
"bias" = "b2[0]"
"stepBias" = "new(b2[0])"
"weight" = "W2[0, 1]"
"hiddenOut" = "a1[1]"
"stepWeight" = "new(W2[0, 1])"
"err'" = "a2[0] - y[0]"
'''
_DELTA = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# a MATLAB (or Fortran) layer's arrays named whole
_ARRAYS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"out" = "a2[:]"
"target" = "y[:]"
"err" = "delta2[:]"
"Wo" = "W2[:, :]"
"gWo" = "grad(W2[:, :])"
"hid" = "a1[:]"
'''
# a .NET network's layers as rows (one sample), its weight matrices input-first (hidden @ wOut)
_DOTNET = r'''
[notation]
[notation.symbols]
"hidden" = "a1[:].T"
"wOut" = "W2[:, :].T"
"outGrad" = "delta2[:].T"
"hiddenGrad" = "grad(a1[:]).T"
'''
# a VB.NET With block over the output neurons (Layers(last).Neurons(j))
_WITH = r'''
[notation]
indices = "jk"
index_names = { nn = "j", pp = "k" }
learning_rate = ["Me.Rate"]
[notation.symbols]
"Bias" = "b2[j]"
"Weights(k)" = "W2[j, k]"
"Gradient" = "delta2[j]"
"Input(k)" = "a1[k]"
'''
# a Nim (or Python) layer whose helper the notation declares
_METHODS = r'''
[notation]
functions = { dsig = "sigmoid' at input" }
[notation.symbols]
"layer.z" = "z1[:]"
"slope" = "a1[:]*(1 - a1[:])"
'''
# an F# (Elixir) layer's arrays
_PIPES = r'''
[notation]
[notation.symbols]
"sums" = "z1[:]"
"outs" = "a1[:]"
'''
# an Elixir layer's lists
_ELIXIR = r'''
[notation]
[notation.symbols]
"outs" = "a2[:]"
"targets" = "y[:]"
"deltas" = "delta2[:]"
"targets[i]" = "y[i]"
'''
_J3 = tuple({"j": j} for j in range(3))
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_K2 = tuple({"k": k} for k in range(2))
# dE/d(a1[j]): the output deltas carried back by the weights
_GA1 = "(" + " + ".join(f"{_D2.format(k=k)}*W2[{k},{{j}}]" for k in range(2)) + ")"
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))


def _cases() -> list[Public]:
    return [
        # ---- a function's equation, its parameters after its name -------------------------------------------------
        Public("function-equation-value", "test", "sigmoid-2-2-1", _FUNCTIONS,
               "outDelta outErr slope = outErr * slope", ((C,),), (Twin("value", _DELTA, (_DELTA,)),)),
        Public("function-equation-primed", "test", "sigmoid-2-2-1", _FUNCTIONS,
               "outDelta err' slope = err' * slope", ((C,),), (Twin("value", _DELTA, (_DELTA,)),)),
        Public("function-equation-value-wrong", "test", "sigmoid-2-2-1", _FUNCTIONS,
               "outDelta outErr slope = outErr + slope", ((W,),),
               (Twin("value", _DELTA, ("a2[0] - y[0] + a2[0]*(1 - a2[0])",)),)),
        Public("function-equation-update", "test", "sigmoid-2-2-1", _FUNCTIONS,
               "stepBias bias alpha outDelta = bias - alpha * outDelta", ((C,),),
               (Twin("update", "b2[0]", (f"b2[0] - eta*{_DELTA}",)),)),
        Public("function-equation-update-below", "test", "sigmoid-2-2-1", _FUNCTIONS,
               "stepWeight weight alpha outDelta hiddenOut =\n    weight - alpha * outDelta * hiddenOut", ((C,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_DELTA}*a1[1]",)),)),
        Public("function-equation-update-wrong", "test", "sigmoid-2-2-1", _FUNCTIONS,
               "stepWeight weight alpha outDelta hiddenOut = weight + alpha * outDelta * hiddenOut", ((W,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] + eta*{_DELTA}*a1[1]",)),)),
        # ---- whole array sections -------------------------------------------------------------------------------
        Public("section-whole-vector", "test", "sigmoid-2-3-2", _ARRAYS,
               "err(:) = (out(:) - target(:)) .* out(:) .* (1 - out(:));", ((C,),),
               (Twin("value", _D2, (_D2,), _K2),)),
        Public("section-whole-vector-wrong", "test", "sigmoid-2-3-2", _ARRAYS,
               "err(:) = (out(:) - target(:)) .* out(:)", ((W,),),
               (Twin("value", _D2, ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)),
        Public("section-whole-matrix", "test", "sigmoid-2-3-2", _ARRAYS,
               "Wo(:, :) = Wo(:, :) - lr*gWo(:, :)", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _K2J3),)),
        Public("section-whole-matrix-numpy-wrong", "test", "sigmoid-2-3-2", _ARRAYS,
               "Wo[:, :] = Wo[:, :] + lr*gWo[:, :]", ((W,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_D2}*a1[{{j}}]",), _K2J3),)),
        # ---- members and methods after a dot --------------------------------------------------------------------
        Public("dotnet-transpose", "test", "sigmoid-2-3-2", _DOTNET, "let hiddenGrad = outGrad * wOut.Transpose()",
               ((C,),), (Twin("value", _GA1, (" + ".join(f"{_D2.format(k=k)}*W2[{k},{{j}}]"
                                                                    for k in range(2)),), _J3),)),
        Public("dotnet-transpose-wrong", "test", "sigmoid-2-3-2", _DOTNET,
               "var hiddenGrad = outGrad * wOut.Transpose() * 2;", ((W,),),
               (Twin("value", _GA1, ("2*(" + " + ".join(f"{_D2.format(k=k)}*W2[{k},{{j}}]"
                                                                  for k in range(2)) + ")",), _J3),)),
        Public("with-block-bias", "test", "sigmoid-2-3-2", _WITH, "        .Bias = .Bias - (Me.Rate * .Gradient)",
               ((C,),), (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2}",), _K2),)),
        Public("with-block-weight", "test", "sigmoid-2-3-2", _WITH,
               ".Weights(pp) = .Weights(pp) - Me.Rate * .Gradient * .Input(pp)", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _K2J3),)),
        Public("with-block-bias-wrong", "test", "sigmoid-2-3-2", _WITH, ".Bias = .Bias + Me.Rate * .Gradient",
               ((W,),), (Twin("update", "b2[{k}]", (f"b2[{{k}}] + eta*{_D2}",), _K2),)),
        Public("method-call-nim", "test", "sigmoid-2-3-2", _METHODS, "  var slope = layer.z.dsig", ((C,),),
               (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J3),)),
        Public("method-call-python-wrong", "test", "sigmoid-2-3-2", _METHODS, "slope = layer.z.dsig() * 2",
               ((W,),), (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("2*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",),
                               _J3),)),
        # ---- pipelines ------------------------------------------------------------------------------------------
        Public("pipeline-function", "test", "sigmoid-2-3-2", _PIPES, "let outs = sums |> sigmoid", ((C,),),
               (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),)),
        Public("pipeline-map", "test", "sigmoid-2-3-2", _PIPES, "    outs = sums |> Enum.map sigmoid", ((C,),),
               (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),)),
        Public("pipeline-map-wrong", "test", "sigmoid-2-3-2", _PIPES, "let outs = sums |> Array.map tanh", ((W,),),
               (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J3),)),
        Public("pipeline-two-stages-wrong", "test", "sigmoid-2-3-2", _PIPES, "outs = sums |> sigmoid |> sigmoid",
               ((W,),), (Twin("value", "a1[{j}]", ("sigmoid(sigmoid(z1[{j}]))",), _J3),)),
        # ---- annotated assignments ------------------------------------------------------------------------------
        Public("annotated-python", "test", "sigmoid-2-3-2", _ARRAYS,
               "    err: np.ndarray = (out - target) * out * (1 - out)", ((C,),), (Twin("value", _D2, (_D2,), _K2),)),
        Public("annotated-nim-wrong", "test", "sigmoid-2-3-2", _ARRAYS, "  err : vec = (out - target) * out", ((W,),),
               (Twin("value", _D2, ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)),
        Public("annotated-var", "test", "sigmoid-2-3-2", _ARRAYS, "var err: Matrix[Double] = (out - target) * out *"
               " (1 - out)", ((C,),), (Twin("value", _D2, (_D2,), _K2),)),
        # ---- Elixir's comprehensions -----------------------------------------------------------------------------
        Public("elixir-for-zip", "test", "sigmoid-2-3-2", _ELIXIR,
               "deltas = for {o, t} <- Enum.zip(outs, targets), do: o * (1 - o) * (o - t)", ((C,),),
               (Twin("value", _D2, (_D2,), _K2),)),
        Public("elixir-for-index", "test", "sigmoid-2-3-2", _ELIXIR,
               "  deltas = for {o, i} <- Enum.with_index(outs) do\n    o * (1 - o) * (o - targets[i])\n  end",
               ((C,),), (Twin("value", _D2, (_D2,), _K2),)),
        Public("elixir-for-zip-wrong", "test", "sigmoid-2-3-2", _ELIXIR,
               "deltas = for {o, t} <- Enum.zip(outs, targets), do: o * (o - t)", ((W,),),
               (Twin("value", _D2, ("a2[{k}]*(a2[{k}] - y[{k}])",), _K2),)),
    ]


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_new_value_inside_a_left_sides_product_is_refused_naming_it():
    refusal = CHECKS.refused("sigmoid-2-2-1", _FUNCTIONS, "stepBias * bias = bias - alpha * outDelta")
    assert "its left side 'stepBias * bias' holds a parameter's new value (a name the notation gives new(...))" \
        in refusal


def test_a_function_equation_not_using_a_parameter_is_no_function_here():
    """``outDelta outErr slope = outErr``: slope unused, so nothing says the left side is an application; it stays
    the product it reads as (wrong: delta times the slope is not the error)."""
    case = Public("unused", "test", "sigmoid-2-2-1", _FUNCTIONS, "outDelta outErr slope = outErr")
    assert CHECKS.verdicts(case) == (("wrong",),)


def test_a_section_of_a_column_is_refused_naming_the_section():
    """A column of a vector (a data array's, whose axes the notation does not give); a weight matrix's column, Wo(:, 1),
    is read (tests/test_reading_constructs_fixcols.py)."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _ARRAYS, "hid(1) = out(:, 1)' * err(:)")
    assert "an array section in parentheses, Fortran's or MATLAB's a(:) or W(:, j), at ':'" in refusal


def test_matlabs_colon_of_a_matrix_is_refused():
    """``Wo(:)`` in MATLAB is the matrix's entries as one column, no whole matrix: refused, never read as Wo."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _ARRAYS, "Wo(:) = Wo(:) - lr*gWo(:)")
    assert "an array section in parentheses" in refusal


def test_a_with_blocks_member_the_notation_does_not_name_is_refused_naming_it():
    refusal = CHECKS.refused("sigmoid-2-3-2", _WITH, ".Bias = .Bias - (Me.Rate * .Delta)")
    assert ".Delta is a member of a With block's object (VB.NET's With ... End With), which the notation does not" \
        " name; give the member in [notation.symbols], \"Delta\" = \"...\"" in refusal


def test_a_method_of_no_declared_function_stays_a_dotted_name():
    refusal = CHECKS.refused("sigmoid-2-3-2", _METHODS, "slope = layer.z.dtanh")
    assert "unknown symbol layer.z.dtanh" in refusal


def test_a_value_pushed_onto_a_perl_list_is_refused_naming_the_list():
    """Perl's ``push @deltas, value`` (as Python's ``deltas.append(value)``, code_declarations' one refusal of them): which
    entry the value becomes is the count of what was pushed before, which the line does not show."""
    for text, listed in (("push @outDeltas, $o * (1 - $o) * $e;", "outDeltas"),
                         ("    push(@grads, outErr * slope);", "grads"), ("unshift @d, outErr;", "d")):
        refusal = CHECKS.refused("sigmoid-2-2-1", _FUNCTIONS, text)
        assert f"@{listed}, ... puts its value into the list {listed} as a new element" in refusal


def test_a_pipelines_stage_with_arguments_is_refused_naming_the_stage():
    """F#'s ``x |> f y`` is ``f y x``, Elixir's ``x |> f(y)`` is ``f(x, y)``: the value's place is the language's."""
    for stage in ("pow 2", "Float.pow(2)"):
        refusal = CHECKS.refused("sigmoid-2-3-2", _PIPES, f"outs = sums |> {stage}")
        assert f"the pipeline's stage |> {stage}, which check reads only as a function's name" in refusal


def test_an_elixir_comprehension_over_anything_else_is_refused():
    refusal = CHECKS.refused("sigmoid-2-3-2", _ELIXIR, "deltas = for o <- Enum.reverse(outs), do: o * (1 - o)")
    assert "an Elixir comprehension over Enum.reverse(outs), which check does not run" in refusal


def test_a_hash_operator_between_operands_is_refused_never_a_comment():
    """OCaml's ``d #@ w`` (a library's matrix product) read from # on as a comment would be ``d`` alone: refused, naming
    the operator; a comment after code (``# the slope``) stays a comment."""
    for text, operator in (("let grads = outs #@ sums in", "#@"), ("err = (out #- target) #* out", "#-")):
        refusal = CHECKS.refused("sigmoid-2-3-2", _ARRAYS, text)
        assert f"{operator} between two operands is an operator the code defines" in refusal
    case = Public("comment", "test", "sigmoid-2-3-2", _ARRAYS, "err = (out - target) * out * (1 - out)  # the delta")
    assert CHECKS.verdicts(case) == (("correct",),)


def test_a_line_opening_with_a_method_continues_a_chain_and_is_no_with_block():
    """Rust's ``.for_each(...)`` and Scala's ``.weights(j) + ...`` on a line of their own continue a chain from the line
    above: no With block's member (none of the text's lines assigns to one), so never read as the member's name."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _WITH, "newW = neuron\n  .Weights(pp) + Me.Rate * .Gradient")
    assert "With block" not in refusal
