"""Older leftovers of batches 134 and 135, written here as other authors would (other names, other networks):

- a notation's meaning that is a sum of products with a loss's gradient among the factors, batch 135's GitHub issue
  on the softmax's backward pass, ``"dot_product" = "grad(a2[0])*a2[0] + grad(a2[1])*a2[1] + grad(a2[2])*a2[2]"``
  (the spec's meaning is an expression in symbols.md's quantities; grad(...) is one, docs/notation.md): each
  grad(...) read alone as a factor of a term; a grad(...) anywhere else (a divisor, a slice beside it) refused at the
  first formula reading it, saying where grad(...) may stand;
- a sentence's lead-in of several words before a comma, batch 135's ``As I see it, `DY*(1.0-self.Y**2)` = ...``
  (``In my view, ...``, ``As far as I can tell, ...``): dropped where the line as written is refused and no word of it
  is a name of the notation's; a phrase opening with a condition's word (``If it holds, ...``) is a premise, kept (and
  refused as before);
- Elixir's pipeline stage with arguments, batch 134's ``dC_dZ3 = Nx.subtract(y_hat, y) |> Nx.divide(m)``: where the
  pipeline calls a module only Elixir has (Nx, Enum, Stream, Axon) every stage's call takes the value first; elsewhere
  (F#'s ``x |> f y`` takes it last) still refused; and the notation's ``"quotient"`` for a helper that divides,
  ``"Nx.divide" = "quotient"``;
- a derivative defined in parentheses after the formula (batch 83's ``(σ'(a)=a*(1-a) si a = σ(z))``) under a notation
  that declares the same derivative at the output, ``"\\sigma'" = "sigmoid' at output"`` (a teacher's line for the
  page's later σ'(A1)): the definition is judged as the derivative it defines, never through the table's own σ'.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid as _grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_2_2, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-2-2": SIGMOID_2_2_2, "softmax-2-3": SOFTMAX_2_3}
CHECKS = CaseChecks(NETWORKS)


# ---- a meaning that is a sum of products with grad(...) factors ---------------------------------------------------
# a softmax layer's backward pass in code's names: p the probabilities, g_p their upstream gradients, the weighted sum
# written with the probability first
_SOFTMAX_BACKWARD = r'''
[notation]
indices = "ik"
[notation.symbols]
"p_{i}" = "a1[i]"
"g_p[i]" = "grad(a1[i])"
"g_z[i]" = "grad(z1[i])"
"weighted" = "a1[0]*grad(a1[0]) + a1[1]*grad(a1[1]) + a1[2]*grad(a1[2])"
'''
# the error a hidden unit receives, each output's error term times its weight, written with a minus sign twice
_HIDDEN_ERROR = r'''
[notation]
indices = "jk"
[notation.symbols]
"h_{j}" = "a1[j]"
"w_{kj}" = "W2[k, j]"
"dh[j]" = "grad(a1[j])"
"received_{j}" = "-(-grad(z2[0])*W2[0, j]) - -1*W2[1, j]*grad(z2[1])"
'''
_WEIGHTED = "(-t[0]/a1[0])*a1[0] + (-t[1]/a1[1])*a1[1] + (-t[2]/a1[2])*a1[2]"
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_RECEIVED = " + ".join(f"{_D2.format(k=k)}*W2[{k},{{j}}]" for k in (0, 1))


def _gradient_sum_cases() -> list[Public]:
    return [
        Public("weighted-sum", "test", "softmax-2-3", _SOFTMAX_BACKWARD, r"weighted = \sum_k p_k g_p[k]", ((C,),),
               (Twin("value", _WEIGHTED, (_WEIGHTED,)),)),
        Public("weighted-sum-without-p", "test", "softmax-2-3", _SOFTMAX_BACKWARD, r"weighted = \sum_k g_p[k]",
               ((W,),), (Twin("value", _WEIGHTED, ("-t[0]/a1[0] - t[1]/a1[1] - t[2]/a1[2]",)),)),
        Public("softmax-backward", "test", "softmax-2-3", _SOFTMAX_BACKWARD, "g_z[i] = p_i * (g_p[i] - weighted)",
               ((C,),), (Twin("gradient_z", "z1[{i}]", (f"a1[{{i}}]*(-t[{{i}}]/a1[{{i}}] - ({_WEIGHTED}))",),
                              _grid(i=3)),)),
        Public("softmax-backward-sign-slip", "test", "softmax-2-3", _SOFTMAX_BACKWARD,
               "g_z[i] = p_i * (g_p[i] + weighted)", ((W,),),
               (Twin("gradient_z", "z1[{i}]", (f"a1[{{i}}]*(-t[{{i}}]/a1[{{i}}] + ({_WEIGHTED}))",), _grid(i=3)),)),
        Public("hidden-received", "test", "sigmoid-2-2-2", _HIDDEN_ERROR, r"dh[j] = received_j", ((C,),),
               (Twin("value", _RECEIVED, (_RECEIVED,), _grid(j=2)),)),
        Public("hidden-received-times-h", "test", "sigmoid-2-2-2", _HIDDEN_ERROR, r"dh[j] = received_j * h_j",
               ((W,),), (Twin("value", _RECEIVED, (f"({_RECEIVED})*a1[{{j}}]",), _grid(j=2)),)),
    ]


def test_a_gradient_as_a_divisor_in_a_meaning_is_refused_saying_where_it_may_stand():
    notation = '[notation]\n[notation.symbols]\n"r" = "grad(a1[0])/a1[0] + grad(a1[1])/a1[1]"\n"q" = "a1[0]"\n'
    message = CHECKS.refused("softmax-2-3", notation, "r = q")
    assert "grad(...) stands alone in a meaning" in message
    assert "or as a factor of a sum's terms, of one number each (grad(a2[0])*a2[0] + grad(a2[1])*a2[1])" in message


def test_a_gradient_beside_a_slice_in_a_meaning_is_refused():
    notation = '[notation]\n[notation.symbols]\n"r" = "grad(a1[0])*a1[:]"\n"q" = "a1[0]"\n'
    assert "grad(...) stands alone in a meaning" in CHECKS.refused("softmax-2-3", notation, "r = q")


# ---- a sentence's lead-in before a comma ---------------------------------------------------------------------------
_LEAD_IN = r'''
[notation]
indices = "j"
[notation.symbols]
"h_{j}" = "a1[j-1]"
"w_{j}" = "W2[0, j-1]"
"b" = "b2[0]"
"z" = "z2[0]"
"o" = "a2[0]"
"t" = "y[0]"
'''
_Z = "W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]"


def _lead_in_cases() -> list[Public]:
    return [
        Public("lead-in-sum", "test", "sigmoid-2-2-1", _LEAD_IN, "As I see it, z = w_1 h_1 + w_2 h_2 + b", ((C,),),
               (Twin("value", "z2[0]", (_Z,)),)),
        Public("lead-in-sum-without-bias", "test", "sigmoid-2-2-1", _LEAD_IN, "In my view, z = w_1 h_1 + w_2 h_2",
               ((W,),), (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),)),
        Public("lead-in-gradient", "test", "sigmoid-2-2-1", _LEAD_IN,
               r"- As far as I can tell, $\frac{\partial E}{\partial w_1} = (o - t) o (1 - o) h_1$", ((C,),),
               (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),)),
        Public("lead-in-gradient-without-slope", "test", "sigmoid-2-2-1", _LEAD_IN,
               r"As far as I can tell, $\frac{\partial E}{\partial w_1} = (o - t) h_1$", ((W,),),
               (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]",)),)),
    ]


def test_a_lead_in_holding_a_name_of_the_notation_is_kept():
    message = CHECKS.refused("sigmoid-2-2-1", _LEAD_IN, "As I see h, z = w_1 h_1 + w_2 h_2 + b")
    assert "h, z = w_1 h_1" in message and "a comma after a member is no product" in message


def test_a_formula_after_a_lead_in_is_refused_for_its_own_reason():
    message = CHECKS.refused("sigmoid-2-2-1", _LEAD_IN, "As I see it, z = w_1 h_1 + w_2 h_2 + q")
    assert message.startswith("formula 'z = w_1 h_1 + w_2 h_2 + q': unknown symbol q")


# ---- Elixir's pipeline stage with arguments -----------------------------------------------------------------------
_NX = r'''
[notation]
functions = { "Nx.subtract" = "difference", "Nx.multiply" = "product", "Nx.divide" = "quotient" }
[notation.symbols]
"out" = "a2[:]"
"target" = "y[:]"
"deriv" = "a2[:]*(1 - a2[:])"
"n" = "1"
"two" = "2"
"delta_out" = "grad(z2[:])"
'''
_DZ2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _elixir_cases() -> list[Public]:
    return [
        Public("nx-pipeline", "test", "sigmoid-2-2-1", _NX,
               "    delta_out = Nx.subtract(out, target) |> Nx.multiply(deriv) |> Nx.divide(n)", ((C,),),
               (Twin("gradient_z", "z2[0]", (f"({_DZ2})/1",)),)),
        Public("nx-pipeline-value-first", "test", "sigmoid-2-2-1", _NX,
               "delta_out = out |> Nx.subtract(target) |> Nx.multiply(deriv)", ((C,),),
               (Twin("gradient_z", "z2[0]", (_DZ2,)),)),
        Public("nx-pipeline-halved", "test", "sigmoid-2-2-1", _NX,
               "delta_out = out |> Nx.subtract(target) |> Nx.multiply(deriv) |> Nx.divide(two)", ((W,),),
               (Twin("gradient_z", "z2[0]", (f"({_DZ2})/2",)),)),
        Public("nx-pipeline-target-first", "test", "sigmoid-2-2-1", _NX,
               "delta_out = target |> Nx.subtract(out) |> Nx.multiply(deriv)", ((W,),),
               (Twin("gradient_z", "z2[0]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),)),
    ]


def test_a_stage_with_arguments_of_no_elixir_module_is_refused():
    notation = _NX.replace('"Nx.subtract" = "difference"', '"subtract" = "difference"')
    message = CHECKS.refused("sigmoid-2-2-1", notation, "delta_out = out |> subtract(target)")
    assert "the pipeline's stage |> subtract(target)" in message and "(F#'s last, Elixir's first)" in message


# ---- a definition in parentheses under a notation's own F' ---------------------------------------------------------
_AT_OUTPUT = r'''
[notation]
functions = { "\\sigma'" = "sigmoid' at output" }
[notation.symbols]
"O" = "a2[0]"
"H_{1}" = "a1[0]"
"err" = "y[0] - a2[0]"
"w_{1}" = "W2[0, 0]"
"d" = "-grad(z2[0])"
"d_{1}" = "-grad(z1[0])"
'''
_D1 = f"{_DZ2}*W2[0,0]*a1[0]*(1 - a1[0])"


def _defined_at_output_cases() -> list[Public]:
    return [
        Public("defined-at-output", "test", "sigmoid-2-2-1", _AT_OUTPUT,
               "d = err * σ'(O)  (σ'(a)=a*(1-a) if a = σ(z)).", ((C,),), (Twin("gradient_z", "z2[0]", (_DZ2,)),)),
        Public("defined-at-output-hidden", "test", "sigmoid-2-2-1", _AT_OUTPUT, "d_1 = d * w_1 * σ'(H_1)",
               ((C,),), (Twin("gradient_z", "z1[0]", (_D1,)),)),
        Public("defined-at-output-hidden-slope", "test", "sigmoid-2-2-1", _AT_OUTPUT,
               "d = err * σ'(H_1)  (σ'(a)=a*(1-a) if a = σ(z)).", ((W,),),
               (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a1[0]*(1 - a1[0])",)),)),
    ]


def test_a_wrong_definition_under_the_notations_own_derivative_is_refused():
    message = CHECKS.refused("sigmoid-2-2-1", _AT_OUTPUT, "d = err * σ'(O)  (σ'(a)=a*(1+a) if a = σ(z)).")
    assert "the definition in parentheses, σ'(a) = a*(1+a), is not the derivative of σ at its output" in message


# ---- a flattened superscript the notation names ----------------------------------------------------------------------
_CHAIN_1_1_1 = ('[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\n'
                '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n')
NETWORKS["chain-1-1-1"] = _CHAIN_1_1_1
_FLATTENED = r'''
[notation]
loss = ["C"]
[notation.symbols]
"aL" = "a2[0]"
"aL-1" = "a1[0]"
"aL-2" = "x[0]"
"zL-1" = "z1[0]"
"wL" = "W2[0, 0]"
"wL-1" = "W1[0, 0]"
"y" = "y[0]"
'''


def _flattened_cases() -> list[Public]:
    return [
        Public("flattened-last", "test", "chain-1-1-1", _FLATTENED, "∂C/∂wL = aL-1(aL-y)", ((C,),),
               (Twin("gradient", "W2[0,0]", ("a1[0]*(a2[0] - y[0])",)),)),
        Public("flattened-hidden", "test", "chain-1-1-1", _FLATTENED,
               "∂(C)/∂(wL-1) = (aL-y) * wL * aL-1(1-aL-1) * aL-2 = (aL-y) * wL * σ'(zL-1) * aL-2", ((C, C),),
               (Twin("gradient", "W1[0,0]", ("(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",
                                             "(a2[0] - y[0])*W2[0,0]*sigmoid(z1[0])*(1 - sigmoid(z1[0]))*x[0]")),)),
        Public("flattened-input-for-hidden", "test", "chain-1-1-1", _FLATTENED, "∂C/∂wL = aL-2(aL-y)", ((W,),),
               (Twin("gradient", "W2[0,0]", ("x[0]*(a2[0] - y[0])",)),)),
        Public("flattened-spaced-is-a-difference", "test", "chain-1-1-1", _FLATTENED, "∂C/∂wL = (aL - 1)(aL-y)",
               ((W,),), (Twin("gradient", "W2[0,0]", ("(a2[0] - 1)*(a2[0] - y[0])",)),)),
    ]


def test_a_flattened_superscript_beside_its_subscripted_spelling_is_refused_at_the_table():
    notation = _FLATTENED.replace('"y" = "y[0]"', '"y" = "y[0]"\n"aL_1" = "a1[0]"')
    message = CHECKS.refused("chain-1-1-1", notation, "∂C/∂wL = aL-1(aL-y)")
    assert "is read as the code name aL_1, which the table names too" in message


CASES = (_gradient_sum_cases() + _lead_in_cases() + _elixir_cases() + _defined_at_output_cases()
         + _flattened_cases())
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
