"""Batch 136's pages (and batch 137's NumPy sum) showed five constructs refused, written here as other authors would
(other names, other networks than the pages'):

- an object literal's property as the equation, JavaScript's and TypeScript's ``gradV1: dOut * h1,`` (a function
  returning ``{ gradV1: ..., gradBias2: ... }``, on its lines, the last without its comma, or on one): read as ``gradV1 = dOut * h1`` where the
  notation names the key (refused saying to name it where it does not); a type annotation (``gradV1: number,``), a
  ternary, a line of prose (``Note: ...``), a quoted dict key and a property line without its comma keep their
  readings;
- a vector the notation names whole indexed by a loop's letter no pattern counts, ``err = outs[k] - targets[k]``
  and ``b2[k] -= lr * deltas[k]``: counted as the left side counts the letter (its meaning ``a2[k] - y[k]``, or
  ``a2[k-1] - y[k-1]`` for a loop from 1; a bracket of its own on a vector of as many entries); refused in one line
  where nothing counts it (code's brackets count from 0 or from 1 by language, and the line alone never says);
- Octave's call indexed at once, ``eye(n)(labels, :)`` (the one-hot rows of class labels): refused, the message
  naming the construct and how to write it (a name for the one-hot targets, which then reads);
- a loop's index arithmetic, ``hid[j-1]``, on a left side whose pattern names the bias at j = 0: refused at j = 0
  (the code's loop from 1 is not on the line; judging j >= 1 alone could pass code whose j = 0 case is a bug), the
  message saying to list the rule's values, which then reads;
- an array library's sum of every entry beside a vector, ``bias1 += np.sum(d1) * lr``: NumPy broadcasts the number
  into every entry, so it is read so (the sum across the units called wrong, the softmax's
  ``p * (g - np.sum(p * g))`` called correct); a plain ``sum(...)`` beside a vector stays refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-3-2": SIGMOID_2_3_2, "softmax-three": SOFTMAX_2_3}
CHECKS = CaseChecks(NETWORKS)

# ---- an object literal's properties: a 2-2-1 network's gradients as a TypeScript function returns them
_OBJECT = r'''
[notation]
[notation.symbols]
"inp1" = "x[0]"
"inp2" = "x[1]"
"h1" = "a1[0]"
"dOut" = "delta2[0]"
"dH1" = "delta1[0]"
"dH2" = "delta1[1]"
"gradW1_11" = "grad(W1[0, 0])"
"gradV1" = "grad(W2[0, 0])"
"gradBias2" = "grad(b1[1])"
'''
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = [f"{_D2}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])" for j in range(2)]

# ---- a loop's letter in code's brackets: a 2-3-2 network's outputs, targets and deltas named whole; err counted
# from 0 (Python's, C's loop) or from 1 (Lua's, Julia's)
_FROM_0 = r'''
[notation]
indices = "jk"
learning_rate = ["lr"]
[notation.symbols]
"outs" = "a2[:]"
"targets" = "y[:]"
"hid" = "a1[:]"
"deltas" = "delta2[:]"
"err" = "a2[k] - y[k]"
'''
_FROM_1 = _FROM_0.replace('"err" = "a2[k] - y[k]"', '"err" = "a2[k-1] - y[k-1]"')
_DO = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_K2 = index_grid(k=2)
_K2_FROM_1 = tuple({"k": k, "e": f"a2[{k - 1}] - y[{k - 1}]", "s": f"y[{k - 1}] - a2[{k - 1}]"} for k in (1, 2))

# ---- Octave's one-hot rows: the outputs and the targets as rows (samples in rows, one here)
_OCTAVE = r'''
[notation]
[notation.symbols]
"saida" = "a2[:].T"
"alvo" = "y[:].T"
"erro" = "a2[:].T - y[:].T"
'''

# ---- a loop from 1 over weights whose j = 0 is the bias: o_w[i][j] the weight from hidden unit j - 1 to output i
_BIAS_FIRST = r'''
[notation]
indices = "ij"
learning_rate = ["rate"]
[notation.symbols]
"hid[i]" = "a1[i]"
"d_out[i]" = "-delta2[i]"
"o_w[i][0]" = "b2[i]"
"o_w[i][j]" = "W2[i, j-1]"
'''
_ROWS_FROM_1 = tuple({"i": i, "j": j, "p": f"W2[{i},{j - 1}]",
                      "m": f"W2[{i},{j - 1}] - eta*(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])*a1[{j - 1}]",
                      "w": f"W2[{i},{j - 1}] + eta*(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])*a1[{j - 1}]"}
                     for i in range(2) for j in range(1, 4))
_LOOP = "o_w[i][j] += rate * d_out[i] * hid[j-1]"

# ---- NumPy's sum beside a vector: a softmax layer's backward step, and hidden biases moved by a sum of every entry
_SOFTMAX = r'''
[notation]
[notation.symbols]
"probs" = "a1[:]"
"dprobs" = "grad(a1[:])"
"dlogits" = "grad(z1[:])"
'''
_DA = [f"(-t[{m}]/a1[{m}])" for m in range(3)]
_SOFTMAX_STEP = "a1[{j}]*(-t[{j}]/a1[{j}] %s (" + " + ".join(f"a1[{m}]*{_DA[m]}" for m in range(3)) + "))"
_HIDDEN_BIAS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"bias1" = "b1[:]"
"d1" = "-delta1[:]"
"dh" = "grad(z1[:])"
'''
_DH = [f"({_DO.format(k=0)}*W2[0,{j}] + {_DO.format(k=1)}*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])" for j in range(3)]


def _cases() -> list[Public]:
    return [
        # ---- an object literal's property ------------------------------------------------------------------
        Public("property-line", "test", "sigmoid-2-2-1", _OBJECT, "    gradW1_11: dH1 * inp1,", ((C,),),
               (Twin("gradient", "W1[0,0]", (f"{_D1[0]}*x[0]",)),)),
        Public("property-line-wrong", "test", "sigmoid-2-2-1", _OBJECT, "    gradW1_11: dH1 * inp2,", ((W,),),
               (Twin("gradient", "W1[0,0]", (f"{_D1[0]}*x[1]",)),)),
        Public("property-name-alone-wrong", "test", "sigmoid-2-2-1", _OBJECT, "gradBias2: dH1,", ((W,),),
               (Twin("gradient", "b1[1]", (_D1[0],)),)),
        Public("properties-returned", "test", "sigmoid-2-2-1", _OBJECT,
               "  return { gradV1: dOut * h1, gradBias2: dH2 };", ((C,), (C,)),
               (Twin("gradient", "W2[0,0]", (f"{_D2}*a1[0]",)), Twin("gradient", "b1[1]", (_D1[1],)))),
        Public("properties-on-their-lines", "test", "sigmoid-2-2-1", _OBJECT,
               "  return {\n    gradV1: dOut * h1,  // dL/dv1\n    gradBias2: dH2\n  };", ((C,), (C,)),
               (Twin("gradient", "W2[0,0]", (f"{_D2}*a1[0]",)), Twin("gradient", "b1[1]", (_D1[1],)))),
        Public("properties-returned-wrong", "test", "sigmoid-2-2-1", _OBJECT,
               "{ gradV1: dOut * inp1, gradBias2: dH2 }", ((W,), (C,)),
               (Twin("gradient", "W2[0,0]", (f"{_D2}*x[0]",)), Twin("gradient", "b1[1]", (_D1[1],)))),
        # ---- a loop's letter in code's brackets, counted as the left side counts it ---------------------------
        Public("entry-from-0", "test", "sigmoid-2-3-2", _FROM_0, "err = outs[k] - targets[k]", ((C,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("entry-from-0-wrong", "test", "sigmoid-2-3-2", _FROM_0, "    err = targets[k] - outs[k];", ((W,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
        Public("entry-from-1", "test", "sigmoid-2-3-2", _FROM_1, "  err = outs[k] - targets[k]", ((C,),),
               (Twin("value", "{e}", ("{e}",), _K2_FROM_1),)),
        Public("entry-from-1-wrong", "test", "sigmoid-2-3-2", _FROM_1, "err = targets[k] - outs[k]", ((W,),),
               (Twin("value", "{e}", ("{s}",), _K2_FROM_1),)),
        Public("entry-beside-left-bracket", "test", "sigmoid-2-3-2", _FROM_0, "b2[k] -= lr * deltas[k]", ((C,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_DO}",), _K2),)),
        Public("entry-beside-left-bracket-wrong", "test", "sigmoid-2-3-2", _FROM_0, "b2[k] += lr * deltas[k]",
               ((W,),), (Twin("update", "b2[{k}]", (f"b2[{{k}}] + eta*{_DO}",), _K2),)),
        # ---- Octave's one-hot rows, named as the refusal says ------------------------------------------------
        Public("one-hot-named", "test", "sigmoid-2-3-2", _OCTAVE, "erro = saida - alvo;", ((C,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("one-hot-named-wrong", "test", "sigmoid-2-3-2", _OCTAVE, "erro = alvo - saida;", ((W,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
        # ---- a loop from 1 with its values listed, as the refusal says -----------------------------------------
        Public("loop-from-1-listed", "test", "sigmoid-2-3-2", _BIAS_FIRST, f"{_LOOP}, j = 1, 2, 3", ((C,),),
               (Twin("update", "{p}", ("{m}",), _ROWS_FROM_1),)),
        Public("loop-from-1-listed-wrong", "test", "sigmoid-2-3-2", _BIAS_FIRST,
               f"{_LOOP.replace('+=', '-=')}, j = 1, 2, 3", ((W,),), (Twin("update", "{p}", ("{w}",), _ROWS_FROM_1),)),
        # ---- NumPy's sum of every entry beside a vector -------------------------------------------------------
        Public("numpy-sum-broadcast", "test", "softmax-three", _SOFTMAX,
               "dlogits = probs * (dprobs - np.sum(probs * dprobs))", ((C,),),
               (Twin("value", "a1[{j}] - t[{j}]", (_SOFTMAX_STEP % "-",), index_grid(j=3)),)),
        Public("numpy-sum-broadcast-wrong", "test", "softmax-three", _SOFTMAX,
               "dlogits = probs * (dprobs + torch.sum(probs * dprobs))", ((W,),),
               (Twin("value", "a1[{j}] - t[{j}]", (_SOFTMAX_STEP % "+",), index_grid(j=3)),)),
        Public("numpy-sum-of-every-unit-wrong", "test", "sigmoid-2-3-2", _HIDDEN_BIAS, "bias1 += np.sum(d1) * lr",
               ((W,),), (Twin("update", "b1[{j}]", ("b1[{j}] - eta*(" + " + ".join(_DH) + ")",), index_grid(j=3)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_property_whose_value_is_a_type_or_prose_keeps_its_refusal():
    """A type annotation, a ternary, a key the notation does not name, a quoted key and a property without its comma
    are no property read as an equation."""
    for text in ("    gradV1: number,", "gradV1: Array<number>,", "gradV1 ? dOut : h1", "Note: dOut * h1,",
                 '"gradV1": dOut * h1,', "gradV1: dOut * h1", "gradV1: dOut > 0 ? h1 : 0,"):
        assert "has no left side" in CHECKS.refused("sigmoid-2-2-1", _OBJECT, text), text


def test_a_property_whose_key_the_notation_does_not_name_is_refused_saying_to_name_it():
    message = CHECKS.refused("sigmoid-2-2-1", _OBJECT, "    gradW2_12: dH1 * inp2,")
    assert "an object literal's property, gradW2_12: value, is read as the assignment gradW2_12 = value" in message
    assert '"gradW2_12" = "..."' in message


def test_a_letter_nothing_counts_is_refused_saying_how_code_counts():
    """hid has three entries and the left side counts k for two: nothing says which entry k is."""
    message = CHECKS.refused("sigmoid-2-3-2", _FROM_0, "b2[k] -= lr * hid[k]")
    assert "hid_{k}: entry k of the vector hid, and no pattern's meaning counts k, nor the left side" in message
    assert "from 0 in Python, C, Java or JavaScript and from 1 in Julia, R, Lua or Fortran" in message
    assert '("hid[k]" = "a1[k]" where it counts from 0)' in message


def test_octaves_call_indexed_at_once_is_refused_naming_it():
    message = CHECKS.refused("sigmoid-2-3-2", _OCTAVE, "erro = saida - eye(2)(rotulos, :);")
    assert "eye(2)(rotulos, :) indexes a call's result at once, Octave's" in message
    assert "one-hot vectors of the class labels" in message and '"T" = "y[:].T"' in message


def test_index_arithmetic_at_the_bias_index_is_refused_saying_to_list_the_values():
    message = CHECKS.refused("sigmoid-2-3-2", _BIAS_FIRST, _LOOP)
    assert "hid_{j-1} at j = 0" in message and "j = 0 is among the values read" in message
    assert "the line does not say its loop starts at 1: list the rule's values after it" in message


def test_a_plain_sum_beside_a_vector_stays_refused():
    """sum(...) of no array library: nothing says the number is added to every entry."""
    message = CHECKS.refused("sigmoid-2-3-2", _HIDDEN_BIAS, "bias1 = bias1 - lr * sum(dh)")
    assert "adds a vector or matrix and a number" in message
