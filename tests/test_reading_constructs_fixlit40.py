"""fixlit40: constructs batches 171-174 showed unread or misread, read now at their general cause. Every verdict
asserted is the PyTorch oracle's (test_seed_verbatim's oracle_verdicts on a Twin transcribed by hand), a right formula
called correct and a wrong variant of it wrong.

- plain text's new-value mark ``w5+ = w5 - eta * a`` (batch 174's x74-zw-w5, Mazur's example as text): the new w5,
  never code's ``+=`` (which would add w5 twice); ``dw_1+ = x dz`` (no w on the right) stays code's ``+=``.
- Java's and C#'s double literal ``1d`` (batch 172's h72-jm-od) on a statement closed by ``;``, as ``1.0f`` was.
- a ``//`` comment of words in any script (batch 172's h72-gm-w2, ``// 动量项``): a remark, as two Latin words are.
- a lead-in of Chinese words in Markdown's bold before a full-width comma (batch 174's x74-zw-jt, ``**综合所述**，可以得到
  总误差为：Jtotal = ...``): the sentence's words, dropped as they are without the bold.
- a layer letter in a function's subscript, ``f_{l}'(u_{j}^{l})`` (batch 171's p171-ja-def2), where the notation's
  functions name ``f_{1}``, ``f_{2}``: layer l's own, as ``g^{[l]}`` is read where they name ``g^{[1]}``.
- an arrow in a symbol's subscript, ``w_{x1 \\to h1}`` (batch 174's Vietnamese table, left out by its collector): the
  pair of indices ``w_{x1,h1}``, in the notation and in formulas alike."""

from __future__ import annotations

from dataclasses import replace

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError
import public_formulas_batch171 as batch171
import public_formulas_batch172 as batch172
import public_formulas_batch174 as batch174
from public_formulas_batch174_tables import NETWORKS as NETWORKS_174, NOTATIONS as NOTATIONS_174
from seed_verbatim import C, W, Twin, Verbatim
from test_seed_verbatim import oracle_verdicts


def _check(text: str, network: str, notation: str, tmp_path, param=None):
    path = tmp_path / "notation.toml"
    path.write_text(notation, encoding="utf-8")
    return check_homework(parse_problem(network, "<fixlit40>"), text, notation=str(path), param=param)


def _verdicts(result) -> tuple:
    return tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims)


def _oracle(text: str, network: str, twin: Twin) -> tuple:
    return oracle_verdicts(Verbatim(text, "fixlit40", 0, "fixlit40", "", text, (), (twin,)),
                           parse_problem(network, "<fixlit40>"))


# ---- 1. batch 174's w5+ = w5 - eta * a: the new w5 ------------------------------------------------------------------
_ZW_NET, _ZW_NOT = NETWORKS_174["b174_zw"], NOTATIONS_174["b174_zw"]
_D0 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


@pytest.mark.parametrize("text, sign, verdicts", [
    ("w5+ = w5 - eta * a = 0.40 - 0.5 * 0.082167041 = 0.35891648", "-", (C, C, C)),
    ("w5+ = w5 + eta * a = 0.40 + 0.5 * 0.082167041 = 0.44108352", "+", (W, W, W)),
])
def test_a_plus_glued_before_a_spaced_equals_is_the_new_value(text, sign, verdicts, tmp_path):
    numbers = text.split(" = ")[2:]
    twin = Twin("update", "W2[0,0]", (f"W2[0,0] {sign} eta*({_D0}*a1[0])", *("=" + n for n in numbers)))
    assert _oracle(text, _ZW_NET, twin) == (verdicts,)
    assert _verdicts(_check(text, _ZW_NET, _ZW_NOT, tmp_path)) == (verdicts,)


def test_a_new_value_mark_of_a_superscripted_name_is_refused(tmp_path):
    with pytest.raises(FormulaError, match=r"may be its new value or code's \+= typed with a space"):
        _check("w^{(2)}+ = w^{(2)} - eta * a", _ZW_NET, _ZW_NOT, tmp_path)


# ---- shared: an entry of a batch, its text (and its twin's members) varied ----------------------------------------
def _entry(module, key: str):
    return next(entry for entry in module.ENTRIES if entry.key == key)


def _judged(module, key: str, text: str, members: tuple | None, tmp_path, values=None) -> tuple[tuple, tuple]:
    """(the oracle's verdicts, check's) of batch ``module``'s entry ``key`` written as ``text``, its one twin's
    members ``members`` (None: the entry's own) at its index ``values`` (None: the twin's own)."""
    entry = _entry(module, key)
    twins = entry.twins if members is None else (replace(entry.twins[0], members=members,
                                                         values=values or entry.twins[0].values),)
    network, notation = module.NETWORKS[entry.network], module.NOTATIONS[entry.notation]
    oracle = oracle_verdicts(replace(entry, text=text, twins=twins), parse_problem(network, "<fixlit40>"))
    path = tmp_path / "notation.toml"
    path.write_text(notation, encoding="utf-8")
    result = check_homework(parse_problem(network, "<fixlit40>"), text, notation=str(path), param=entry.param,
                            when=entry.when)
    return oracle, _verdicts(result)


# ---- 2. batch 172's Java double literal 1d (h72-jm-od, h72-jm-hd): the number 1 ------------------------------------
_OD = "\t\t\toutputDelta[i] = output * (1d - output) * (targets[i] - output);"
_SQ2 = "(y[{i}] - a2[{i}])*a2[{i}]*(1 - a2[{i}])"


@pytest.mark.parametrize("literal, number, verdict", [("1d", "1", C), ("1D", "1", C), ("2d", "2", W),
                                                      ("1.0d", "1", C), ("1.0f", "1", C), ("2.0f", "2", W)])
def test_a_typed_literal_of_java_is_its_number(literal, number, verdict, tmp_path):
    text = _OD.replace("1d", literal)
    member = _SQ2.replace("(1 - a2", f"({number} - a2")
    assert _judged(batch172, "h72-jm-od", text, (member,), tmp_path) == (((verdict,),), ((verdict,),))


def test_a_typed_literal_whose_letter_the_notation_names_is_that_name(tmp_path):
    """d given by the notation: 1d is 1 times d (the name wins), here an unknown product, no number 1."""
    entry = _entry(batch172, "h72-jm-od")
    notation = batch172.NOTATIONS[entry.notation].replace("[notation.symbols]", '[notation.symbols]\n"d" = "a1[0]"', 1)
    result = _check(_OD, batch172.NETWORKS[entry.network], notation, tmp_path, param=entry.param)
    assert _verdicts(result) == ((W,),)


# ---- 3. batch 172's Go comment in Chinese, // 动量项 (h72-gm-w2): a comment of words in any script -----------------
_GM = "\t\t\t\tnn.WeightsHO[i][j] += delta{momentum} // {words}"
_STEP = "eta*(y[{i}] - a2[{i}])*a2[{i}]*(1 - a2[{i}])*a1[{j}]"


@pytest.mark.parametrize("words", ["动量项", "モーメンタム項", "모멘텀 항", "импульс", "ορμή", "mise à jour", "élan"])
@pytest.mark.parametrize("momentum, member, verdict", [
    ("", f"W2[{{i}},{{j}}] + {_STEP}", C),
    (" + alpha*delta", f"W2[{{i}},{{j}}] + {_STEP} + 0.9*{_STEP}", W),
])
def test_a_comment_of_words_in_any_script_after_slashes_is_a_remark(words, momentum, member, verdict, tmp_path):
    text = _GM.format(momentum=momentum, words=words)
    assert _judged(batch172, "h72-gm-w2", text, (member,), tmp_path) == (((verdict,),), ((verdict,),))


def test_slashes_before_one_greek_letter_stay_the_floor_division(tmp_path):
    with pytest.raises(FormulaError, match="// is read as a comment only before words"):
        _judged(batch172, "h72-gm-w2", _GM.format(momentum="", words="η"), None, tmp_path)


# ---- 4. batch 174's Chinese lead-in, **综合所述**，可以得到总误差为：Jtotal = ... (x74-zw-jt) -------------------------
_JT = "{bold}综合所述{bold}{comma}可以得到总误差为：Jtotal = Jo1 + Jo2 = {total}"
_E = "(a2[0] - y[0])**2/2 + (a2[1] - y[1])**2/2"


@pytest.mark.parametrize("bold, comma", [("**", "，"), ("*", "；"), ("__", "、"), ("", "，")])
@pytest.mark.parametrize("total, verdicts", [("0.298371109", (C, C)), ("0.321931135", (C, W))])
def test_a_lead_in_of_emphasised_chinese_words_and_full_width_punctuation_is_prose(bold, comma, total, verdicts,
                                                                                  tmp_path):
    text = _JT.format(bold=bold, comma=comma, total=total)
    assert _judged(batch174, "x74-zw-jt", text, (_E, f"={total}"), tmp_path) == ((verdicts,), (verdicts,))


# ---- 5. batch 171's f_{l}'(u_{j}^{l}) where the notation names f_{1}, f_{2} (p171-ja-def2): layer l's own ------------
_JA = r"\delta_{j}^{l} = \frac{\partial E}{\partial y_{j}^{l}} f_{l}PRIME(u_{j}^{l})"
_JA_D2 = {k: f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2)}
_JA_Y1 = {j: "(" + " + ".join(f"W2[{k},{j}]*{_JA_D2[k]}" for k in range(2)) + ")" for j in range(3)}
_JA_VALUES = (tuple({"t": f"{_JA_Y1[j]}*(1 - a1[{j}]**2)", "m": f"{_JA_Y1[j]}*tanh(z1[{j}])"} for j in range(3))
              + tuple({"t": _JA_D2[k], "m": f"(a2[{k}] - y[{k}])*sigmoid(z2[{k}])"} for k in range(2)))


@pytest.mark.parametrize("prime, member, verdict", [("'", "{t}", C), ("", "{m}", W)])
def test_a_layer_letter_in_a_functions_subscript_is_that_layers_function(prime, member, verdict, tmp_path):
    """f_{l}' at l = 1 is the table's f_{1} (tanh), at l = 2 its f_{2} (the sigmoid); f_{l} without the prime is the
    activation, no slope: wrong at both layers."""
    text = _JA.replace("PRIME", prime)
    assert _judged(batch171, "p171-ja-def2", text, (member,), tmp_path, _JA_VALUES) == (((verdict,),), ((verdict,),))


# ---- 6. an arrow in a symbol's subscript, w_{x1 \to h1}, w_{h_{1} \to o1} (batch 174's Vietnamese table) -----------
_ARROWED = _ZW_NOT.replace("[notation.symbols]\n", '[notation.symbols]\n"w_{x1 \\\\to h1}" = "W1[0, 0]"\n'
                                                   '"w_{h_{1} \\\\to o1}" = "W2[0, 0]"\n', 1)


@pytest.mark.parametrize("text, twin, verdicts", [
    (r"w_{x1 \to h1} = 0.15", Twin("value", "W1[0,0]", ("=0.15",)), (C,)),
    (r"w_{x1 \rightarrow h1} = 0.9", Twin("value", "W1[0,0]", ("=0.9",)), (W,)),
    (r"w_{h_{1} \to o1}^{+} = w_{h_{1} \to o1} - \eta \cdot a = 0.35891648",
     Twin("update", "W2[0,0]", (f"W2[0,0] - eta*({_D0}*a1[0])", "=0.35891648")), (C, C)),
    (r"w_{h_{1} \to o1}^{+} = w_{h_{1} \to o1} + \eta \cdot a = 0.44108352",
     Twin("update", "W2[0,0]", (f"W2[0,0] + eta*({_D0}*a1[0])", "=0.44108352")), (W, W)),
])
def test_a_notations_symbol_with_an_arrow_in_its_subscript_is_read(text, twin, verdicts, tmp_path):
    assert _oracle(text, _ZW_NET, twin) == (verdicts,)
    assert _verdicts(_check(text, _ZW_NET, _ARROWED, tmp_path)) == (verdicts,)


def test_a_limits_arrow_is_no_pair_of_indices():
    from backprop.symbolic.typography_indices import arrow_subscripts
    assert arrow_subscripts(r"\lim_{h \to 0} f") == r"\lim_{h \to 0} f"
    assert arrow_subscripts(r"\sum_{i\to j} w_{ij} o_i") == r"\sum_{i\to j} w_{ij} o_i"  # batch 109's lil-z
    assert arrow_subscripts(r"w_{h_{1} \to o} + w_{a \to b \to c}") == r"w_{h_{1},o} + w_{a \to b \to c}"
