"""Code's sums over arrays the notation names whole (batch 137's Rust network left its forward closures out, w.iter()
.zip(input).map(|(&w, &i)| w * i).sum::<f64>(); earlier batches' Python lines write sum(... for k in range(n))),
written here as other authors would (other names, other networks, other spellings than the pages'):

- code's bracket indexed by a sum's letter that no pattern of the notation counts, ``\\sum_k w[k] h[k]``, ``sum(w[k]
  * h[k] for k in range(n))`` (``sum([...])``, ``range(len(h))``), a matrix's entry ``w2[k][j]`` beside the left
  side's j: the entry at the sum's value, counted from 0; a sum from 1 refused (Julia's and R's brackets count from
  1), and so is a sum without bounds over arrays of different lengths;
- Python's generator summed over zipped or enumerated arrays, ``sum(w * x for w, x in zip(w1[j], inputs))``,
  ``sum(w * inputs[k] for k, w in enumerate(w1[j]))``, ``sum(row[j] * d for row, d in zip(w2, deltas))``;
- Rust's iterator chains summed, ``.map(|(&w, &x)| w * x).sum::<f64>()`` (the turbofish, .zip, .enumerate, a row's
  parameter indexed, ``row[j]``), ``.fold(0.0, |acc, (w, x)| acc + w * x)`` (from another number: that number added),
  a range's ``(0..2).map(|k| ...).sum::<f64>()``, and a range's map collected into a vector, ``let hd: Vec<f64> =
  (0..3).map(|j| ...).collect();``, the rule for entry j; a fold that is no total plus a term refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

_J3 = tuple({"j": j} for j in range(3))

# a network's arrays named whole: code's rows and vectors (w1[j] the weights into hidden unit j, w2[k] into output k)
_WHOLE = r'''
[notation]
indices = "j"
[notation.symbols]
"inputs" = "x[:]"
"hidden" = "a1[:]"
"outs" = "a2[:]"
"hs" = "z1[:]"
"b1" = "b1[:]"
"w1" = "W1[:, :]"
"w2" = "W2[:, :]"
"deltas" = "delta2[:]"
"hd" = "delta1[:]"
'''
# one output's weights and the hidden values, on a network of one output
_ONE = r'''
[notation]
indices = "j"
[notation.symbols]
"hidden" = "a1[:]"
"weights" = "W2[0, :]"
"inputs" = "x[:]"
"z" = "z2[0]"
"b" = "b2[0]"
'''
_Z1 = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_Z1_OUTS = "W1[{j},0]*a2[0] + W1[{j},1]*a2[1] + b1[{j}]"
_Z2 = "W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]"
_DK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = f"({_DK.format(k=0)}*W2[0,{{j}}] + {_DK.format(k=1)}*W2[1,{{j}}])"
_D1 = f"{_BACK}*a1[{{j}}]*(1 - a1[{{j}}])"


def _cases() -> list[Public]:
    return [
        # ---- a sum's letter in code's bracket of an array named whole -------------------------------------------
        Public("tex-sum-code-brackets", "test", "sigmoid-2-2-1", _ONE, r"z = \sum_k weights[k] * hidden[k] + b",
               ((C,),), (Twin("value", "z2[0]", (_Z2,)),)),
        Public("tex-sum-code-brackets-wrong", "test", "sigmoid-2-2-1", _ONE, r"z = \sum_k weights[k] * inputs[k] + b",
               ((W,),), (Twin("value", "z2[0]", ("W2[0,0]*x[0] + W2[0,1]*x[1] + b2[0]",)),)),
        Public("py-generator-range", "test", "sigmoid-2-2-1", _ONE,
               "z = sum(weights[k] * hidden[k] for k in range(2)) + b", ((C,),), (Twin("value", "z2[0]", (_Z2,)),)),
        Public("py-generator-short-range-wrong", "test", "sigmoid-2-2-1", _ONE,
               "z = sum(weights[k] * hidden[k] for k in range(1)) + b", ((W,),),
               (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]",)),)),
        Public("py-generator-len", "test", "sigmoid-2-2-1", _ONE,
               "z = sum(weights[i] * hidden[i] for i in range(len(hidden))) + b", ((C,),),
               (Twin("value", "z2[0]", (_Z2,)),)),
        Public("py-list-sum-matrix-row", "test", "sigmoid-2-3-2", _WHOLE,
               "hs[j] = sum([w1[j][k] * inputs[k] for k in range(2)]) + b1[j]", ((C,),),
               (Twin("value", "z1[{j}]", (_Z1,), _J3),)),
        Public("py-generator-matrix-column", "test", "sigmoid-2-3-2", _WHOLE,
               "hd[j] = sum(w2[k][j] * deltas[k] for k in range(2)) * hidden[j] * (1 - hidden[j])", ((C,),),
               (Twin("value", _D1, (_D1,), _J3),)),
        Public("py-generator-matrix-column-wrong", "test", "sigmoid-2-3-2", _WHOLE,
               "hd[j] = sum(w2[k][j] * deltas[k] for k in range(2)) * hidden[j]", ((W,),),
               (Twin("value", _D1, (f"{_BACK}*a1[{{j}}]",), _J3),)),
        # ---- Python's generator summed over zip or enumerate ------------------------------------------------------
        Public("py-generator-zip", "test", "sigmoid-2-3-2", _WHOLE,
               "hs[j] = sum(w * x for w, x in zip(w1[j], inputs)) + b1[j]", ((C,),),
               (Twin("value", "z1[{j}]", (_Z1,), _J3),)),
        Public("py-generator-zip-wrong", "test", "sigmoid-2-3-2", _WHOLE,
               "hs[j] = sum(w * x for w, x in zip(w1[j], outs)) + b1[j]", ((W,),),
               (Twin("value", "z1[{j}]", (_Z1_OUTS,), _J3),)),
        Public("py-generator-enumerate", "test", "sigmoid-2-3-2", _WHOLE,
               "hs[j] = sum(w * inputs[k] for k, w in enumerate(w1[j])) + b1[j]", ((C,),),
               (Twin("value", "z1[{j}]", (_Z1,), _J3),)),
        Public("py-generator-zip-rows", "test", "sigmoid-2-3-2", _WHOLE,
               "hd[j] = sum(row[j] * d for row, d in zip(w2, deltas)) * hidden[j] * (1 - hidden[j])", ((C,),),
               (Twin("value", _D1, (_D1,), _J3),)),
        # ---- Rust's iterator chains summed, and a range's map collected -----------------------------------------
        Public("rs-zip-sum-turbofish", "test", "sigmoid-2-3-2", _WHOLE,
               "let hs: Vec<f64> = (0..3).map(|j| w1[j].iter().zip(&inputs).map(|(&w, &x)| w * x).sum::<f64>()"
               " + b1[j]).collect();", ((C,),), (Twin("value", "z1[{j}]", (_Z1,), _J3),)),
        Public("rs-zip-sum-turbofish-wrong", "test", "sigmoid-2-3-2", _WHOLE,
               "let hs: Vec<f64> = (0..3).map(|j| w1[j].iter().zip(&outs).map(|(&w, &x)| w * x).sum::<f64>()"
               " + b1[j]).collect();", ((W,),), (Twin("value", "z1[{j}]", (_Z1_OUTS,), _J3),)),
        Public("rs-zip-sum-one-output", "test", "sigmoid-2-2-1", _ONE,
               "let z: f64 = weights.iter().zip(hidden.iter()).map(|(w, h)| *w * *h).sum() + b;", ((C,),),
               (Twin("value", "z2[0]", (_Z2,)),)),
        Public("rs-zip-rows-sum", "test", "sigmoid-2-3-2", _WHOLE,
               "let hd: Vec<f64> = (0..3)\n    .map(|j| w2.iter().zip(&deltas).map(|(row, d)| row[j] * d).sum::<f64>()"
               " * hidden[j] * (1.0 - hidden[j]))\n    .collect();", ((C,),), (Twin("value", _D1, (_D1,), _J3),)),
        Public("rs-zip-rows-sum-wrong", "test", "sigmoid-2-3-2", _WHOLE,
               "let hd: Vec<f64> = (0..3).map(|j| w2.iter().zip(&deltas).map(|(row, d)| row[j] * d).sum::<f64>()"
               " * hidden[j]).collect();", ((W,),), (Twin("value", _D1, (f"{_BACK}*a1[{{j}}]",), _J3),)),
        Public("rs-enumerate-sum", "test", "sigmoid-2-3-2", _WHOLE,
               "let hd: Vec<f64> = (0..3).map(|j| w2.iter().enumerate().map(|(k, row)| row[j] * deltas[k])"
               ".sum::<f64>() * hidden[j] * (1.0 - hidden[j])).collect();", ((C,),), (Twin("value", _D1, (_D1,), _J3),)),
        Public("rs-range-sum", "test", "sigmoid-2-3-2", _WHOLE,
               "let hd: Vec<f64> = (0..3).map(|j| (0..2).map(|k| w2[k][j] * deltas[k]).sum::<f64>() * hidden[j]"
               " * (1.0 - hidden[j])).collect();", ((C,),), (Twin("value", _D1, (_D1,), _J3),)),
        Public("rs-range-len-sum", "test", "sigmoid-2-3-2", _WHOLE,
               "let hs: Vec<f64> = (0..3).map(|j| (0..inputs.len()).map(|k| w1[j][k] * inputs[k]).sum::<f64>()"
               " + b1[j]).collect();", ((C,),), (Twin("value", "z1[{j}]", (_Z1,), _J3),)),
        Public("rs-short-range-sum-wrong", "test", "sigmoid-2-3-2", _WHOLE,
               "let hs: Vec<f64> = (0..3).map(|j| (0..1).map(|k| w1[j][k] * inputs[k]).sum::<f64>() + b1[j])"
               ".collect();", ((W,),), (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + b1[{j}]",), _J3),)),
        Public("rs-fold", "test", "sigmoid-2-3-2", _WHOLE,
               "let hd: Vec<f64> = (0..3).map(|j| w2.iter().zip(deltas.iter()).fold(0.0, |acc, (row, d)| acc"
               " + row[j] * d) * hidden[j] * (1.0 - hidden[j])).collect();", ((C,),), (Twin("value", _D1, (_D1,), _J3),)),
        Public("rs-fold-start-wrong", "test", "sigmoid-2-3-2", _WHOLE,
               "let hs: Vec<f64> = (0..3).map(|j| w1[j].iter().zip(inputs.iter()).fold(0.5, |s, (w, x)| s + w * x)"
               " + b1[j]).collect();", ((W,),), (Twin("value", "z1[{j}]", (f"0.5 + {_Z1}",), _J3),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_sum_from_one_over_code_brackets_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-1", _ONE, r"z = \sum_{k=1}^{2} weights[k] * hidden[k] + b")
    assert "code's bracket counts from 0" in refusal and "the sum's k starts at 1" in refusal


def test_a_sum_without_bounds_over_arrays_of_different_lengths_is_refused():
    refusal = CHECKS.refused("sigmoid-2-3-2", _WHOLE, r"hs[j] = \sum_k w1[j][k] * hidden[k] + b1[j]")
    assert "indexes arrays of different lengths (2, 3)" in refusal


def test_a_fold_that_is_no_total_plus_a_term_is_refused():
    refusal = CHECKS.refused("sigmoid-2-3-2", _WHOLE, "let hs: Vec<f64> = (0..3).map(|j| w1[j].iter().zip(inputs.iter())"
                                                      ".fold(0.0, |s, (w, x)| s * w * x) + b1[j]).collect();")
    assert "a fold whose closure 's * w * x' is not its total plus a term" in refusal
