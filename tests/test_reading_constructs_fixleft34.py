"""Batches 126-128's leftovers, written here as other authors would (other names, other networks than the pages'):

- an update whose step counter is a letter other than t, n, k, written as the superscript in parentheses,
  ``W^{(i+1)} = W^{(i)} - \\eta ...`` (Microsoft's OwnFramework notebook), ``\\theta^(s+1) := \\theta^(s) - ...``: the
  next and the current value, where the letter is none of the notation's indices, layer letters or names, no
  pattern of the name writes a superscript, and the letter stands nowhere else in the equation; refused naming
  the letter where it is an index or stands elsewhere too;
- NumPy's ``*`` between a row and a column in Python's line with ``.T`` and no other mark of NumPy
  (``layer.weights += layer.delta * o_i.T * learning_rate``): judged as written, and where that product's sizes do
  not fit, NumPy's broadcast (the outer product), only where each name before ``.T`` is a row or a matrix of the
  notation (NumPy's ``.T`` of a 1-D array is itself); refused naming the vector otherwise;
- a comment line framed as a heading by runs of dashes (equals signs, stars, tildes), ``# --- Вычисление dW = delta @
  a_prev.T (матричное умножение) ---``: the frame dropped, a Cyrillic word before the left side a label (as a
  capitalised English word or a Korean one is on a line of its own), the remark in parentheses after it a remark;
  and code's ``a_prev`` where the notation writes ``"a_prev"`` beside code's entry ``"a_prev[j][0]"``;
- ``\\circ`` (``\\odot``, ``∘``, ``⊙``) before a product written side by side, WildML's ``\\delta_2 = (1 - \\tanh^2 z_1)
  \\circ \\delta_3 W_2^T``: read both ways, ``(a \\circ b) W`` and ``a \\circ (b W)``; the one whose sizes fit is the
  reading, and where both fit with different verdicts the formula is refused;
- a code line's remark after an arrow ``<--`` holding a formula of its own in its sentence (janchorowski's Polish
  ``dL/dTheta = np.dot(X, dL/dA.T) <-- ... liczymy pochodna po O = Theta^T X i tu nie ma dzielenia przez N.``): a
  line of prose after the statement, its formula a claim of its own; a letter alone before the sentence's words
  (Polish's conjunction i) that names nothing is the sentence's word;
- backprop grade finds a claim whose left side is a code name the notation gives as written (``d_L__d_o``, an
  accented word, Julia's ``nn.∇w``) as check reads it (claim_finder.as_check_reads), an unreadable one included.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import json

import torch

from backprop.cli import main

from backprop.symbolic.typography_steps import step_superscripts
from construct_checks import CaseChecks
from construct_networks import (LOGISTIC_2, SIGMOID_2_3, SIGMOID_2_3_2, SIGMOID_3_2, TANH_2_2_SIGMOID_2,
                                TANH_2_3_SIGMOID_2)
from public_formulas import C, W, Public
from seed_verbatim import Twin

_RATE = "[update]\nlearning_rate = 0.1\n"
NETWORKS = {
    "logistic-2": LOGISTIC_2 + _RATE,
    "sigmoid-2-3": SIGMOID_2_3 + _RATE,
    "sigmoid-2-3-2": SIGMOID_2_3_2 + _RATE,
    "sigmoid-3-2": SIGMOID_3_2,
    "tanh-2-2-sigmoid-2": TANH_2_2_SIGMOID_2,
    "tanh-2-3-sigmoid-2": TANH_2_3_SIGMOID_2,
}
CHECKS = CaseChecks(NETWORKS)

# logistic regression's weights and bias, the default notation's indices (i, j, k, l, m, n)
_LOGISTIC = r'''
[notation]
[notation.symbols]
"w" = "W1[0, :]"
"b" = "b1[0]"
'''
_I2 = ({"i": 0}, {"i": 1})
_DZ = "(a1[0] - y[0])"

# a layer's matrix, its indices j and i
_LAYER = r'''
[notation]
indices = "ji"
[notation.symbols]
"\\Theta" = "W1[:, :]"
"\\beta" = "b1[:]"
'''
_JI = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_D1 = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"

# NumPy's rows: hid the hidden outputs' row, err_out the output sums' gradient as a row, W_out input-first
_ROWS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"hid" = "a1[:].T"
"h1" = "a1[:]"
"err_out" = "grad(z2[:]).T"
"W_out" = "W2[:, :].T"
'''
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


# a layer of two units on three inputs, a Russian notebook's names: err the sums' gradient, inp the inputs, a_in the
# inputs with code's entry of a column of lists beside it
_LAYER_RU = r'''
[notation]
indices = "ij"
[notation.symbols]
"err" = "grad(z1[:])"
"inp" = "x[:]"
"a_in" = "x[:]"
"a_in[j][0]" = "x[j]"
"dW" = "grad(W1[:, :])"
"db" = "grad(b1[:])"
'''
_RU_D = "(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])"
_RU_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_RU_I = ({"i": 0}, {"i": 1})

# WildML's rows: x W_1 + b_1, the deltas rows
_ROWS_TANH = r'''
[notation]
indices = "k"
[notation.symbols]
"z_{1}" = "z1[:].T"
"W_{2}" = "W2[:, :].T"
"\\delta_{3}" = "delta2[:].T"
"\\delta_{2}" = "delta1[:].T"
'''
_H2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = " + ".join(_H2.replace("{k}", str(k)) + f"*W2[{k},{{j}}]" for k in range(2))
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})

# a layer's NumPy names: d the sums' gradient, x_in the inputs, z = W x_in + b
_REMARKED = r'''
[notation]
indices = "jk"
[notation.symbols]
"d" = "grad(z1[:])"
"x_in" = "x[:]"
"z" = "z1[:]"
"W" = "W1[:, :]"
"b" = "b1[:]"
"dW" = "grad(W1[:, :])"
'''
_D32 = "(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])"
_Z32 = "W1[{k},0]*x[0] + W1[{k},1]*x[1] + W1[{k},2]*x[2]"
_KJ32 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K32 = ({"k": 0}, {"k": 1})


def _cases() -> list[Public]:
    return [
        # ---- a step superscript of another letter ---------------------------------------------------------------
        Public("step-s", "test", "logistic-2", _LOGISTIC,
               r"w^{(s+1)} = w^{(s)} - \eta \frac{\partial L}{\partial w}", ((C,),),
               (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*{_DZ}*x[{{i}}]",), _I2),)),
        Public("step-s-plain", "test", "logistic-2", _LOGISTIC, r"w^(s+1) := w^(s) - \eta (a - y) x", ((C,),),
               (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*{_DZ}*x[{{i}}]",), _I2),)),
        Public("step-q-bias-sign-wrong", "test", "logistic-2", _LOGISTIC,
               r"b^{(q+1)} = b^{(q)} + \eta \frac{\partial L}{\partial b}", ((W,),),
               (Twin("update", "b1[0]", (f"b1[0] + eta*{_DZ}",)),)),
        Public("step-p-matrix", "test", "sigmoid-2-3", _LAYER,
               r" \Theta^{(p+1)} &= \Theta^{(p)} - \eta \frac{\partial L}{\partial \Theta}\\", ((C,),),
               (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1}*x[{{i}}]",), _JI),)),
        Public("step-u-bias-factor-wrong", "test", "sigmoid-2-3", _LAYER,
               r"\beta^{(u+1)} = \beta^{(u)} - 2 \eta \frac{\partial L}{\partial \beta}", ((W,),),
               (Twin("update", "b1[{j}]", (f"b1[{{j}}] - 2*eta*{_D1}",), ({"j": 0}, {"j": 1}, {"j": 2})),)),
        # ---- NumPy's row * column ------------------------------------------------------------------------------
        Public("broadcast-row-column", "test", "sigmoid-2-3-2", _ROWS, "W_out -= err_out * hid.T * lr", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _KJ),)),
        Public("broadcast-row-column-sign-wrong", "test", "sigmoid-2-3-2", _ROWS, "W_out += err_out * hid.T * lr",
               ((W,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_D2}*a1[{{j}}]",), _KJ),)),
        Public("broadcast-rate-first", "test", "sigmoid-2-3-2", _ROWS, "W_out = W_out - lr * err_out * hid.T",
               ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _KJ),)),
        Public("column-row-product", "test", "sigmoid-2-3-2", _ROWS, "W_out -= hid.T * err_out * lr", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _KJ),)),
        # ---- a comment framed as a heading ----------------------------------------------------------------------
        Public("framed-cyrillic-db", "test", "sigmoid-3-2", _LAYER_RU, "    # --- Вычисление db = err ---", ((C,),),
               (Twin("gradient", "b1[{i}]", (_RU_D,), _RU_I),)),
        Public("framed-cyrillic-outer-remark", "test", "sigmoid-3-2", _LAYER_RU,
               "# === Расчёт dW = np.outer(err, inp) (внешнее произведение) ===", ((C,),),
               (Twin("gradient", "W1[{i},{j}]", (f"{_RU_D}*x[{{j}}]",), _RU_IJ),)),
        Public("framed-db-sign-wrong", "test", "sigmoid-3-2", _LAYER_RU, "// ~~~ db = -err ~~~", ((W,),),
               (Twin("gradient", "b1[{i}]", (f"-{_RU_D}",), _RU_I),)),
        Public("closing-frame-only", "test", "sigmoid-3-2", _LAYER_RU, "# dW = err @ inp.T (матричное умножение) ---",
               ((C,),), (Twin("gradient", "W1[{i},{j}]", (f"{_RU_D}*x[{{j}}]",), _RU_IJ),)),
        Public("code-name-beside-entry", "test", "sigmoid-3-2", _LAYER_RU, "dW = err @ a_in.T", ((C,),),
               (Twin("gradient", "W1[{i},{j}]", (f"{_RU_D}*x[{{j}}]",), _RU_IJ),)),
        Public("code-name-beside-entry-wrong", "test", "sigmoid-3-2", _LAYER_RU, "dW = 2 * np.outer(err, a_in)",
               ((W,),), (Twin("gradient", "W1[{i},{j}]", (f"2*{_RU_D}*x[{{j}}]",), _RU_IJ),)),
        # ---- \circ before a product side by side ----------------------------------------------------------------------
        Public("circ-before-product", "test", "tanh-2-3-sigmoid-2", _ROWS_TANH,
               r"\delta_2 = (1 - \tanh^2z_1) \circ \delta_3W_2^T", ((C,),),
               (Twin("value", f"({_BACK})*(1 - a1[{{j}}]**2)", (f"({_BACK})*(1 - a1[{{j}}]**2)",), _J3),)),
        Public("odot-unicode-before-product", "test", "tanh-2-3-sigmoid-2", _ROWS_TANH,
               "δ_2 = (1 - \\tanh^2 z_1) ⊙ δ_3 W_2^T", ((C,),),
               (Twin("value", f"({_BACK})*(1 - a1[{{j}}]**2)", (f"({_BACK})*(1 - a1[{{j}}]**2)",), _J3),)),
        Public("circ-before-product-slope-wrong", "test", "tanh-2-3-sigmoid-2", _ROWS_TANH,
               r"\delta_2 = (1 - \tanh z_1) \circ \delta_3 W_2^T", ((W,),),
               (Twin("value", f"({_BACK})*(1 - a1[{{j}}]**2)", (f"({_BACK})*(1 - a1[{{j}}])",), _J3),)),
        # ---- a remark after an arrow, holding a formula -------------------------------------------------------------
        Public("arrow-remark-formula", "test", "sigmoid-3-2", _REMARKED,
               "dW = np.outer(d, x_in) <-- since here we differentiate by z = W x_in + b, as above.", ((C,), (C,)),
               (Twin("gradient", "W1[{k},{j}]", (f"{_D32}*x[{{j}}]",), _KJ32),
                Twin("value", f"{_Z32} + b1[{{k}}]", (f"{_Z32} + b1[{{k}}]",), _K32))),
        Public("arrow-remark-polish-i", "test", "sigmoid-3-2", _REMARKED,
               "dW = np.outer(d, x_in)  <-- tu liczymy pochodna po z = W x_in + b i nie dzielimy przez N.",
               ((C,), (C,)), (Twin("gradient", "W1[{k},{j}]", (f"{_D32}*x[{{j}}]",), _KJ32),
                              Twin("value", f"{_Z32} + b1[{{k}}]", (f"{_Z32} + b1[{{k}}]",), _K32))),
        Public("arrow-remark-polish-no-bias-wrong", "test", "sigmoid-3-2", _REMARKED,
               "dW = np.outer(d, x_in) <-- tu liczymy pochodna po z = W x_in i nie dzielimy przez N.", ((C,), (W,)),
               (Twin("gradient", "W1[{k},{j}]", (f"{_D32}*x[{{j}}]",), _KJ32),
                Twin("value", f"{_Z32} + b1[{{k}}]", (_Z32,), _K32))),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_step_letter_that_is_an_index_is_refused():
    """``w^{(j+1)} = w^{(j)} - ...`` where j is one of the notation's indices (the default i, j, k, l, m, n): an
    index, perhaps a sample's (x^{(i)}), so no step counter; refused naming it."""
    refusal = CHECKS.refused("logistic-2", _LOGISTIC, r"w^{(j+1)} = w^{(j)} - \eta \frac{\partial L}{\partial w}")
    assert "here j is one of its indices; write the steps with t, w^{(t+1)} = w^{(t)} - ..." in refusal


def test_a_step_letter_standing_elsewhere_is_refused():
    """``\\Theta^{(p+1)} = \\Theta^{(p)} - \\eta \\sum_p ...``: the letter is a sum's too, so the step is not certain."""
    refusal = CHECKS.refused("sigmoid-2-3", _LAYER, r"\Theta^{(p+1)} = \Theta^{(p)} - \eta \sum_p x_p")
    assert "here p stands elsewhere too" in refusal


def test_a_step_letter_of_a_layer_pattern_is_a_layer():
    """``a^{(l+1)} = ...``: l is a layer letter, never a step counter (the text is left to the layers' reading)."""
    text = r"a^{(l+1)} = \sigma(W^{(l)} a^{(l)})"
    assert step_superscripts(text, set("ijkmn"), {"l"}, set()) == text
    assert step_superscripts(r"W^{(p+1)} = W^{(p)} - \eta g", set("ij"), {"l"}, {"W"}) == r"W^{(p+1)} = W^{(p)} - \eta g"


def test_a_broadcast_of_a_vectors_transpose_is_refused():
    """``h1.T`` where the notation gives h1 a vector: NumPy's ``.T`` of a 1-D array is the array, so the broadcast's
    shape is unknown; refused naming h1."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _ROWS, "W_out -= err_out * h1.T * lr")
    assert "NumPy's * would broadcast them, but h1 is a vector of the notation" in refusal


def test_a_framed_comment_with_a_word_of_prose_before_its_left_side_stays_a_remark():
    """``# --- here t = 1 ---``: a lower-case English word before the left side makes a comment line a remark (the
    rule of comments, docs/formulas-in-code.md), framed or not; a text of only such a remark has nothing to judge."""
    refusal = CHECKS.refused("sigmoid-3-2", _LAYER_RU, "    # --- here db = err ---")
    assert "holds nothing to judge" in refusal


def test_a_circ_before_a_product_whose_two_groupings_fit_and_disagree_is_refused():
    """Two hidden units and two outputs: ``(a \\circ \\delta_3) W_2^T`` and ``a \\circ (\\delta_3 W_2^T)`` both fit (1 x 2
    rows) and differ, so neither grouping is certain."""
    refusal = CHECKS.refused("tanh-2-2-sigmoid-2", _ROWS_TANH, r"\delta_2 = (1 - \tanh^2 z_1) \circ \delta_3 W_2^T")
    assert "reads as (a \\circ b) c or as a \\circ (b c), and the two groupings do not agree" in refusal


_GRADE_NETWORK = """
[[layer]]
inputs = 2
units = 1
activation = "sigmoid"
weights = [[0.2, -0.4]]
biases = [0.1]
[loss]
name = "half_squared_error"
[data]
x = [[0.5, -1.0]]
y = [[0.3]]
[update]
learning_rate = 0.1
"""
_GRADE_NOTATION = """
[notation]
[notation.symbols]
"o" = "a1[0]"
"t" = "y[0]"
"inp" = "x[:]"
"d_L__d_o" = "grad(a1[0])"
"fehler_für_summe" = "grad(z1[0])"
"nn.∇w" = "grad(W1[0, :])"
"""
_SUBMISSION = r"""# Gradients

$$d_L__d_o = o - t$$

$$fehler_für_summe = d_L__d_o \cdot o (1 - o)$$

$$nn.∇w = fehler_für_summe \cdot inp$$

$$nn.∇w = d_L__d_o \cdot o \cdot inp$$

$$nn.∇w = fehler_für_summe \cdot inp]$$
"""


def test_grade_finds_the_code_names_check_reads(tmp_path, capsys):
    """A submission writing the notation's code names: each chain a claim, the right and the slip (no slope factor)
    judged as the PyTorch oracle says, and the one whose right side is mistyped (``inp]``) an unreadable claim, never
    dropped as naming nothing (it was: ``nn.∇w = 0`` reads nowhere, a vector set to a number)."""
    (tmp_path / "net.toml").write_text(_GRADE_NETWORK)
    (tmp_path / "names.toml").write_text(_GRADE_NOTATION, encoding="utf-8")
    (tmp_path / "student.md").write_text(_SUBMISSION, encoding="utf-8")
    assert main(["grade", str(tmp_path / "student.md"), "--problem", str(tmp_path / "net.toml"), "--notation",
                 str(tmp_path / "names.toml"), "--format", "json"]) == 0
    submission = json.loads(capsys.readouterr().out)["submissions"][0]
    assert [claim["verdict"] for claim in submission["claims"]] == ["correct", "correct", "correct", "wrong",
                                                                     "unreadable"]
    assert not submission.get("not_claims")
    w = torch.tensor([0.2, -0.4], dtype=torch.float64, requires_grad=True)
    x = torch.tensor([0.5, -1.0], dtype=torch.float64)
    o = torch.sigmoid(w @ x + 0.1)
    (0.5 * (o - 0.3) ** 2).backward()
    o = o.detach()
    assert torch.allclose(w.grad, (o - 0.3) * o * (1 - o) * x) and not torch.allclose(w.grad, (o - 0.3) * o * x)


def test_a_remarks_mistyped_formula_is_refused_naming_it():
    """The remark's formula is the author's claim: mistyped (``+ b)``), the text is refused naming it."""
    refusal = CHECKS.refused("sigmoid-3-2", _REMARKED,
                             "dW = np.outer(d, x_in) <-- tu liczymy pochodna po z = W x_in + b) i nie dzielimy przez N.")
    assert "formula 'z = W x_in + b) i nie dzielimy przez N': unexpected at ')'" in refusal
