r"""QA helper qa50: a mutation hunt on batches 153-157 (tests/mutation_hunt.py, every kind: 1791 mutants of 247
entries read, 270 with a member called correct, 84 suspects), each suspect judged, and the constructs session 37 read
probed by hand with the slips a student makes.

The one defect: a rule by cases over layers one of whose cases holds only at layers left out as running off the
network. Batch 153's r53-zh-cases1 with ``\delta_k^{(l-1)}`` (or ``w_{kj}^{(l-1)}``) for ``\delta_k^{(l+1)}`` in its
case ``l < L``, on a network of two layers: that case holds at l = 1 alone, where \delta^{(0)} names no layer, so
l = 1 was left out (a rule running off the network's end) and the claim called correct on its case l = L alone.
Refused now (homework_cases.case_judged_nowhere): a case judged at no layer.

Harmless suspects (the slip leaves the value unchanged, or a documented reading covers it):
- an index or a transpose on a one-unit layer, a one-sample step or a number (b153_lf's and b153_cn's one output,
  ``\theta'(s_i^{(L)})``, ``weights_output`` 1 x 1; ``w5.T`` of a number; batch 154's one-output ``.T`` dropped, a sum's
  axis over one entry; batch 157's ``err_3*err_3``);
- a squared difference's operands swapped (``(y - output)**2``, Pascal's ``sqr(out - target)``), a term ``+ 0.``;
- a and z swapped where the output is linear (b153_st's, b157_ch's identity outputs: z = a) or where the notation's
  a is the sum (Steinitz's and Norrie's a the pre-activation: the slip names the same quantity);
- a name the notation does not give read in symbols.md's defaults as the same quantity (b154_ja's ``a1`` for its
  ``z1``, both the hidden outputs);
- ``grad_z1 = grad_z1 * (self.z1 > 0)`` (ReLU's gradient already 0 where z1 <= 0: an identity);
- a loss's argument list of parameters, ``J(W, W)``, ``J(b, b)``, ``J(W.T, b)`` (the cost as a function of the
  parameters: its value is the same; ``J(a_1, y)``, another layer's output, stays refused);
- the notation giving two spellings the same meaning (b146_zh's ``w_{kj}`` and ``w_{jk}`` both W2[k, j]);
- documented readings: two columns' product their outer product, a gradient as its left side's transpose, a row
  section of a name given whole as the sample's row (``a3(i,:)`` for ``a3``), hmatrix's ``*`` with a row and a column
  (broadcast: their outer product, as ``<>`` gives);
- a slip that fixes a wrong formula (the page's input-first ``w_{kj}`` or ``\delta_j z_i`` under output-first weights).

Left (not fixed here): a C-family loop's named bound is taken as the array's whole range (fix151's design: the page
gives no value for OUTPUT_NODES), so ``for (int j = 0; j < HIDDEN_NODES; j++) bias_ON[j] += ...`` (a loop over the
hidden layer's count for the outputs' biases) and a JavaScript push under ``i < this.hiddenSize`` are read as over
the whole range.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names; a slip that cannot be twinned (its member names no
quantity of the network) is asserted refused or wrong, never correct.
"""

from __future__ import annotations

import pytest

import test_reading_constructs_fix151 as fix151
import test_reading_constructs_fixleft37 as fixleft37
import test_reading_constructs_fixnew37a as fixnew37a
import test_reading_constructs_fixnew37b as fixnew37b
import test_reading_constructs_fixnew37c as fixnew37c
from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks, index_grid
from construct_networks import RELU_2_2_SIGMOID_1, SIGMOID_2_3_2
from public_formulas import C, W, Public
from public_formulas_batch144 import _D2 as _JL_D2
from public_formulas_batch153 import _ZH_CASES, _sig2
from public_formulas_batch153_tables import NETWORKS as NETWORKS_153, NOTATIONS as NOTATIONS_153
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

NETWORKS = {
    **fixnew37a.NETWORKS, **fixnew37b.NETWORKS, **fixnew37c.NETWORKS, **fix151.NETWORKS, **fixleft37.CHECKS.networks,
    "b153_zh": NETWORKS_153["b153_zh"],
    # two outputs (a square W2: a dropped transpose still fits), so that an index or a transpose changes the value
    "sig-322": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=data_tables("[0.2, -0.4, 0.7]", "[1.0, 0.0]", 0.5)),
    "sig-2-2nb": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                              loss="half_squared_error", extra=data_tables("[1.0, 0.5]", "[1.0, 0.0]", 1.0)),
    "xo-232": SIGMOID_2_3_2 + "\n[update]\nlearning_rate = 0.5\n",
    "relu-2-2-sigmoid-1": RELU_2_2_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)


def _case(key: str, network: str, notation: str, text: str, twins: tuple, expected) -> Public:
    return Public(key, "qa50", network, notation, text, expected, twins)


# ---- the defect: a case of a rule by cases judged at no layer -------------------------------------------------------
_ZH = NOTATIONS_153["b153_zh"]
_RULE = ("$$\n\\delta_j^{(l)} = \n\\begin{cases}\nf'(z_j^{(l)}) \\sum_k \\delta_k^{(l+1)} w_{jk}^{(l+1)} & l < L \\\\\n"
         "f'(z_j^{(L)}) (\\hat{y}_j - y_j) & l = L\n\\end{cases}\n$$")
# per j of the hidden layer, then per k of the outputs: the true dE/dz ("t") and the rule's case there ("m"), the
# hidden case's w_{jk}^{(2)} = W2[k, j] (the notation's w_{ij}^{(l)} = W{l}[j, i])
_HIDDEN = tuple({"t": row["t"], "m": f"sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))*({_sig2(0)}*W2[0,{j}] + "
                 f"{_sig2(1)}*W2[1,{j}])"} for j, row in enumerate(_ZH_CASES[:2]))
_CASES_TWIN = (Twin("value", "{t}", ("{m}",), _HIDDEN + _ZH_CASES[2:]),)
# the output case's slope dropped: wrong at the outputs, the hidden case right
_NO_SLOPE = _HIDDEN + tuple({**row, "m": f"(a2[{k}] - y[{k}])"} for k, row in enumerate(_ZH_CASES[2:]))

# ---- slips in session 37's constructs, twinned ----------------------------------------------------------------------
_BACK = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_BACK_T = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{{j}},{k}]" for k in range(2))
_STEP = "(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])"
_E2 = "(a2[{k}] - y[{k}])"
_UP = " + ".join(f"W2[{k},{{j}}]*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))

CASES = [
    _case("cases-right", "b153_zh", _ZH, _RULE, _CASES_TWIN, ((C,),)),
    _case("cases-output-slope-dropped", "b153_zh", _ZH, _RULE.replace("f'(z_j^{(L)}) (", "("),
          (Twin("value", "{t}", ("{m}",), _NO_SLOPE),), ((W,),)),
    # cases on a vector's entries (the rectifier's slope) in a rule that runs off the network at l = 2: judged at
    # l = 1 as before, no case of the layers
    _case("slope-cases-over-layers", "relu-2-2-sigmoid-1", None,
          r"\delta^{(l)} = (W^{(l+1)})^T \delta^{(l+1)} \odot \begin{cases} 1 & z^{(l)} > 0 \\ 0 & \text{otherwise}"
          r" \end{cases}",
          (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*Heaviside(z1[{j}])",),
                index_grid(j=2)),), ((C,),)),
    # hmatrix: the transpose dropped where W2 is square, dOut <> w2 for dOut <> (tr w2)
    _case("hmatrix-back-tr-dropped", "sig-322", fixnew37b._HMATRIX, "    back = dOut <> w2",
          (Twin("value", f"-({_BACK})", (f"-({_BACK_T})",), index_grid(j=2)),), ((W,),)),
    _case("hmatrix-back", "sig-322", fixnew37b._HMATRIX, "    back = dOut <> (tr w2)",
          (Twin("value", f"-({_BACK})", (f"-({_BACK})",), index_grid(j=2)),), ((C,),)),
    # Racket: the transposed product, (matrix* (matrix-transpose step) inp) for (matrix* (matrix-transpose inp) step)
    _case("racket-product-turned", "sig-2-2nb", fixnew37b._RACKET,
          "(set! weights (matrix+ weights (matrix* (matrix-transpose step) inp)))",
          (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + eta*(y[{i}] - a1[{i}])*a1[{i}]*(1 - a1[{i}])*x[{j}]",),
                index_grid(j=2, i=2)),), ((W,),)),
    _case("racket-product", "sig-2-2nb", fixnew37b._RACKET,
          "(set! weights (matrix+ weights (matrix* (matrix-transpose inp) step)))",
          (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_STEP}*x[{{i}}]",), index_grid(j=2, i=2)),), ((C,),)),
    # Trask's flag dropped: the function where its derivative belongs
    _case("flag-dropped", "sigmoid-2-3-2", fixnew37c._AT_OUTPUT, "l2_delta = l2_error * nonlin(l2)",
          (Twin("gradient_z", "z2[{k}]", (f"{_E2}*sigmoid(a2[{{k}}])",), index_grid(k=2)),), ((W,),)),
    # MATLAB's row section: the error's sign turned
    _case("row-section-sign", "sigmoid-2-3-2", fixnew37c._OCTAVE, "delta3(i,:) = (Y(i,:) - a3) .* a3 .* (1 - a3);",
          (Twin("gradient_z", "z2[{k}]", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), index_grid(k=2)),),
          ((W,),)),
    # \sigma'_1 with its prime dropped: tanh itself
    _case("prime-dropped", "tanh-sigmoid-2", fixnew37a._LAYERED,
          r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma_1(z^{(1)})",
          (Twin("gradient_z", "z1[{j}]", (f"({_UP})*tanh(z1[{{j}}])",), index_grid(j=3)),), ((W,),)),
    # the decimal comma: sigma's argument one place off
    _case("decimal-comma-argument", "numbers", fixnew37a._NUMBERS, r"$o = \sigma(0{,}01) \approx 0{,}525$",
          (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.01))", "=0.525")),), ((W, C),)),
    # Nielsen's BP1 with \nabla C: its sign turned
    _case("nabla-sign", "b144_jl", fixleft37._JL, "δ{L} = -∇C .* dσ.(z{L})",
          (Twin("value", _JL_D2, (f"-({_JL_D2})",)),), ((W,),)),
]
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("slip", [
    "\\sum_k \\delta_k^{(l-1)} w_{jk}^{(l+1)}",  # the hunt's: the next layer's delta written the layer before's
    "\\sum_k \\delta_k^{(l+1)} w_{jk}^{(l-1)}",  # the weights of the layer before
])
def test_a_case_judged_at_no_layer_is_refused(slip):
    text = _RULE.replace("\\sum_k \\delta_k^{(l+1)} w_{jk}^{(l+1)}", slip)
    refusal = CHECKS.refused("b153_zh", _ZH, text)
    assert "holds at l = 1" in refusal and "at no layer judged" in refusal


def test_the_pages_rule_by_cases_stays_wrong():
    """The page's own w_{kj}^{(l+1)} (input-first under its output-first recursion): judged at l = 1, wrong."""
    case = _case("cases-page", "b153_zh", _ZH, _RULE.replace("w_{jk}", "w_{kj}"),
                 (Twin("value", "{t}", ("{m}",), _ZH_CASES),), ((W,),))
    assert oracle_verdicts(case, CHECKS.problem(case)) == ((W,),)
    assert CHECKS.verdicts(case) == ((W,),)


_W2 = "for (int j = 0; j < OUTPUT_NODES; j++) weight2[i][j] += learning_rate * output_delta[{d}] * hidden[{h}];"
_PUSH = "const outputErrors = []; for (let i = 0; i < this.outputSize; i++) outputErrors.push({value});"


@pytest.mark.parametrize("network, notation, text", [
    # Pascal's sqr: the half misplaced, the sum for the difference
    ("sig-known", fixnew37b._PASCAL, "halfsq := sqr(target - out / 2);"),
    ("sig-known", fixnew37b._PASCAL, "halfsq := sqr(target + out) / 2;"),
    # Racket: the error of the input, the matrix product without the transpose, the step before its product
    ("sig-nobias", fixnew37b._RACKET, "(define err (matrix- target inp))"),
    ("sig-2-2nb", fixnew37b._RACKET, "(set! weights (matrix+ weights (matrix* inp step)))"),
    ("sig-2-2nb", fixnew37b._RACKET, "(set! weights (matrix+ weights (matrix* step (matrix-transpose inp))))"),
    ("sig-2-2nb", fixnew37b._RACKET, "(define step (matrix* err (matrix-map slope out)))"),  # * for the entrywise
    # Haskell: the transpose dropped, the operands turned, the rate divided, the sign turned
    ("sig-322", fixnew37b._HMATRIX, "    newW2 = (+) w2 $ cmap (* eta) $ hidden <> dOut"),
    ("sig-322", fixnew37b._HMATRIX, "    newW2 = (+) w2 $ cmap (* eta) $ (tr dOut) <> hidden"),
    ("sig-322", fixnew37b._HMATRIX, "    newW2 = (+) w2 $ cmap (/ eta) $ (tr hidden) <> dOut"),
    ("sig-322", fixnew37b._HMATRIX, "newW2 = w2 - scale eta ((tr hidden) <> dOut)"),
    ("sig-322", fixnew37b._HMATRIX, "    back = (tr w2) <> dOut"),
    ("sig-322", fixnew37b._DATA_MATRIX, "  where grad2 = hidden * transpose delta2"),
    ("sig-322", fixnew37b._DATA_MATRIX, "  where grad2 = transpose delta2 * hidden"),
    ("sig-322", fixnew37b._DATA_MATRIX, "  where delta2 = elementwise (*) dA (fmap sigmoid zOut)"),
    # Trask's flag: another layer's output, the sum under "at output", the error flagged
    ("sigmoid-2-3-2", fixnew37c._AT_OUTPUT, "l2_delta = l2_error * nonlin(l1, deriv=True)"),
    ("sigmoid-2-3-2", fixnew37c._AT_OUTPUT, "l1_delta = l1_error * nonlin(l2, True)"),
    ("sigmoid-2-3-2", fixnew37c._AT_OUTPUT, "l1_delta = l1_error * nonlin(l1_sum, True)"),
    ("sigmoid-2-3-2", fixnew37c._AT_OUTPUT, "l2_delta = nonlin(l2_error, True)"),
    ("sigmoid-2-3-2", fixnew37c._AT_OUTPUT, "l1_delta = l2_delta.dot(syn1) * nonlin(l1, True)"),
    ("sigmoid-2-3-2", fixnew37c._AT_INPUT, "l1_delta = l1_error * nonlin(l1, True)"),
    # MATLAB's delta3(i,:): the hidden layer's slope, a numbered row, a column section, the product not transposed
    ("sigmoid-2-3-2", fixnew37c._OCTAVE, "delta3(i,:) = (a3 - Y(i,:)) .* a2 .* (1 - a2);"),
    ("sigmoid-2-3-2", fixnew37c._OCTAVE, "delta3(i,:) = (a3 - Y(1,:)) .* a3 .* (1 - a3);"),
    ("sigmoid-2-3-2", fixnew37c._OCTAVE, "delta3(:,i) = (a3 - Y(i,:)) .* a3 .* (1 - a3);"),
    ("sigmoid-2-3-2", fixnew37c._OCTAVE, "Delta2 = delta3(i,:) * a2(i,:)';"),
    ("sigmoid-2-3-2", fixnew37c._OCTAVE, "Delta2 = delta3(i,:)' * a3(i,:);"),
    ("sigmoid-2-3-2", fixnew37c._OCTAVE, "Delta2 = delta3(i,:)' * a2(i+1,:);"),
    # 0. floats: the error's sign, the sum for the output, 0. for 1.
    ("sigmoid-2-2-1", fixnew37c._CODE, "dE_do = (t - o) + 0."),
    ("sigmoid-2-2-1", fixnew37c._CODE, "do_dnet = o * (1. - net);"),
    ("sigmoid-2-2-1", fixnew37c._CODE, "do_dnet = o * (0. - o);"),
    ("sigmoid-2-2-1", fixnew37c._CODE, "o = 1./(2.+exp(-net));"),
    ("sigmoid-2-2-1", fixnew37c._CODE, "# - BP1: d_out = (o - t) * o * (1 - net)"),
    # \sigma'_1: at the next layer's sums, after the product's other factor, inside the product
    ("tanh-sigmoid-2", fixnew37a._LAYERED, r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma'_1(z^{(2)})"),
    ("tanh-sigmoid-2", fixnew37a._LAYERED, r"\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma'_1(a^{(1)})"),
    ("tanh-sigmoid-2", fixnew37a._LAYERED, r"\delta^{(1)} = W^{(2)} \delta^{(2)} \odot \sigma'_1(z^{(1)})"),
    ("tanh-sigmoid-2", fixnew37a._LAYERED, r"\delta^{(1)} = (W^{(2)})^T (\delta^{(2)} \odot \sigma'_1(z^{(1)}))"),
    # the decimal comma: 1{,}0 for 0{,}1, a digit of the value off
    ("numbers", fixnew37a._NUMBERS, r"$s = 1{,}0$"),
    # C statements after a for header: the delta of the hidden index, the hidden output of the output index, the
    # update's indices swapped, the rate dropped, = for +=
    ("xo-232", fix151._XO, _W2.format(d="i", h="i")),
    ("xo-232", fix151._XO, _W2.format(d="j", h="j")),
    ("xo-232", fix151._XO, "for (int j = 0; j < OUTPUT_NODES; j++) weight2[j][i] += learning_rate * output_delta[j] *"
                           " hidden[i];"),
    ("xo-232", fix151._XO, "for (int j = 0; j < OUTPUT_NODES; j++) weight2[i][j] += output_delta[j] * hidden[i];"),
    ("xo-232", fix151._XO, "for (int j = 0; j < OUTPUT_NODES; j++) weight2[i][j] = learning_rate * output_delta[j] *"
                           " hidden[i];"),
    # (a number as the bound: one too far; j < 2 is right on two outputs, read since fixbound38)
    ("xo-232", fix151._XO, "for (int j = 0; j < 3; j++) bias_ON[j] += learning_rate * output_delta[j];"),
    # JavaScript's push: the next entry, the first target, a loop one short, from 1, one too far
    ("b151_js", fix151._JS, _PUSH.format(value="targets[i+1] - outputs[i+1]")),
    ("b151_js", fix151._JS, _PUSH.format(value="targets[0] - outputs[i]")),
    ("b151_js", fix151._JS, _PUSH.replace("this.outputSize", "this.outputSize - 1").format(
        value="targets[i] - outputs[i]")),
    ("b151_js", fix151._JS, _PUSH.replace("i = 0", "i = 1").format(value="targets[i] - outputs[i]")),
    ("b151_js", fix151._JS, _PUSH.replace("i < ", "i <= ").format(value="targets[i] - outputs[i]")),
    # delta{l,j}: another unit's sum, the function for its slope, the layer before
    ("b144_jl", fixleft37._JL, "δ{L,j} = ∂C/∂a{L,j} ⋅ dσ(z{L,k})"),
    ("b144_jl", fixleft37._JL, "δ{L,j} = ∂C/∂a{L,j} ⋅ σ(z{L,j})"),
    ("b144_jl", fixleft37._JL, "δ{L,j} = ∂C/∂z{L,j} ⋅ dσ(z{L,j})"),
    ("b144_jl", fixleft37._JL, "δ{L-1,j} = ∂C/∂a{L,j} ⋅ dσ(z{L,j})"),
    ("b144_jl", fixleft37._JL, "δ{L,j} = ∂C/∂a{L,j} ⋅ dσ(z{L-1,j})"),
    # \nabla C beside the output delta: the slope of the layer before, no slope, divided by it
    ("b144_jl", fixleft37._JL, "δ{L} = ∇C .* dσ.(z{L-1})"),
    ("b144_jl", fixleft37._JL, "δ{L} = ∇C"),
    ("b144_jl", fixleft37._JL, "δ{L} = ∇C ./ dσ.(z{L})"),
    ("b144_jl", fixleft37._JL, "δ{L-1} = ∇C .* dσ.(z{L})"),
    # \sum_{j'}: the output for the hidden output, the sum's letter on the outer sum, an unprimed letter beside it
    ("b146_zh", fixleft37._ZH, fixleft37._ZH_CHAIN.replace("{power}", "").replace("O_{j'}", "O_{k}")),
    ("b146_zh", fixleft37._ZH, fixleft37._ZH_CHAIN.replace("{power}", "").replace("\\sum_{k}", "\\sum_{j'}")),
    ("b146_zh", fixleft37._ZH, fixleft37._ZH_CHAIN.replace("{power}", "").replace("w_{kj'}", "w_{kj}")),
    ("b146_zh", fixleft37._ZH, fixleft37._ZH_CHAIN.replace("{power}", "").replace("I_k}", "O_k}")),
    ("b146_zh", fixleft37._ZH, r"\frac{\partial E}{\partial O_j} = \sum_{k'} \frac{\partial E}{\partial I_{k}} w_{k'j}"),
])
def test_a_students_slip_is_never_called_correct(network, notation, text):
    """Each slip changes the value on its network (two units where an index or a transpose is slipped): wrong, or
    refused in one line."""
    case = Public("slip", "qa50", network, notation, text)
    try:
        verdicts = CHECKS.verdicts(case)
    except Exception as error:  # noqa: BLE001 - a refusal: one line
        assert "\n" not in str(error)
        return
    assert all(verdict == W for claim in verdicts for verdict in claim), verdicts
