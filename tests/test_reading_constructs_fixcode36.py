"""Batches 137's and 138's pages showed constructs refused, written here as other authors would (other names, other
networks, other spellings than the pages'):

- JavaScript's and TypeScript's map given the entry and its index over code's references, ``const err =
  this.net.W1.map((_, j) => this.net.W2[0][j] * dOut)`` (a parameter the body does not use), ``function (b, j) {
  return ...; }``, an arrow whose braces only return, typed parameters ``(w: number, k: number)``, an index named by a
  word ``(e, idx)``, and a map of each row inside a map, ``W1.map((row, j) => row.map((w, k) => ...))``: the rule for
  the entry ``[j]`` (``[j][k]``), the element the array's entry there; a callback with other statements stays refused;
- Rust's iterator chains collected into a vector, ``outputs.iter().zip(targets.iter()).map(|(o, t)| ...).collect()``
  (``.enumerate()``, ``&`` patterns, ``*o`` dereferences): Python's comprehension over ``zip`` (one reading), the
  closure's names the arrays' entries, or, where the notation names the closure's parameters and not the arrays,
  the body in the notation's names; a pattern that does not pair with the zips and ``.flat_map`` refused naming them;
- JavaScript's reduce adding a term per entry, ``hidden.reduce((s, h, k) => s + h * w[k], 0)`` (the total last, typed
  parameters, a number to start from): the sum over the entries, ``np.sum((hidden) * (w))``; a reduce with no start
  whose term is more than the entry, or whose callback is no total plus a term, refused; and a matrix's row by the
  map's index, ``W1.map((row, j) => row.reduce(...) + b1[j])`` (``this.net.W1[j]``, the row the notation's
  ``"W1[j, :]"`` means);
- code's ``[0]`` of an array the notation names whole, ``this.net.b2[0] -= ...`` (``"this.net.b2" = "b2[:]"``), and
  ``this.net.W2[0][j]`` of a matrix of one row: the first entry (row), [0] counting alike from 0 and from 1; another
  number, ``b1[1]``, refused saying which countings it would need and what to write.

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

_J2 = ({"j": 0}, {"j": 1})
_K2 = ({"k": 0}, {"k": 1})
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(2))

# a TypeScript class's network of one output, its arrays fields of this.net, output-first
_TS = r'''
[notation]
indices = "jk"
learning_rate = ["rate"]
functions = { dot = "dot" }
[notation.symbols]
"inputs" = "x[:]"
"hidden" = "a1[:]"
"hiddenSums" = "z1[:]"
"out" = "a2[0]"
"z2" = "z2[0]"
"this.net.W1" = "W1[:, :]"
"this.net.W2" = "W2[:, :]"
"this.net.b1" = "b1[:]"
"this.net.b2" = "b2[:]"
"dOut" = "delta2[0]"
"dHidden" = "delta1[:]"
"hiddenErr" = "grad(a1[:])"
'''
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ERR = f"{_D2}*W2[0,{{j}}]"
_D1 = f"{_ERR}*a1[{{j}}]*(1 - a1[{{j}}])"

# a Rust network of two outputs whose vectors the notation names whole
_RS = r'''
[notation]
indices = "jk"
[notation.symbols]
"outputs" = "a2[:]"
"targets" = "y[:]"
"deltas" = "delta2[:]"
'''
# the same chain's closure parameters named by the notation, its arrays not
_RS_NAMES = r'''
[notation]
indices = "k"
[notation.symbols]
"o" = "a2[k]"
"t" = "y[k]"
"d" = "delta2[k]"
'''
_DK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DK_SIGN = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"


def _cases() -> list[Public]:
    return [
        # ---- JavaScript's and TypeScript's map given the index ----------------------------------------------------
        Public("ts-map-unused-entry", "test", "sigmoid-2-2-1", _TS,
               "    const hiddenErr = this.net.W1.map((_, j) => this.net.W2[0][j] * dOut);", ((C,),),
               (Twin("value", _ERR, (_ERR,), _J2),)),
        Public("ts-map-unused-entry-wrong", "test", "sigmoid-2-2-1", _TS,
               "    const hiddenErr = this.net.W1.map((_, j) => this.net.W2[0][j] * out);", ((W,),),
               (Twin("value", _ERR, ("a2[0]*W2[0,{j}]",), _J2),)),
        Public("ts-map-function", "test", "sigmoid-2-2-1", _TS,
               "this.net.b1 = this.net.b1.map(function (b, j) { return b - rate * dHidden[j]; });", ((C,),),
               (Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad",), _J2),)),
        Public("ts-map-function-wrong", "test", "sigmoid-2-2-1", _TS,
               "this.net.b1 = this.net.b1.map(function(b, j) {\n  return b + rate * dHidden[j];\n});", ((W,),),
               (Twin("update", "b1[{j}]", ("b1[{j}] + eta*grad",), _J2),)),
        Public("ts-map-typed-braces", "test", "sigmoid-2-2-1", _TS,
               "this.net.W2[0] = this.net.W2[0].map((w: number, k: number) => { return w - rate * dOut * hidden[k]; });",
               ((C,),), (Twin("update", "W2[0,{k}]", ("W2[0,{k}] - eta*grad",), _K2),)),
        Public("ts-map-typed-braces-wrong", "test", "sigmoid-2-2-1", _TS,
               "this.net.W2[0] = this.net.W2[0].map((w: number, k: number) => { return w - rate * dOut * inputs[k]; });",
               ((W,),), (Twin("update", "W2[0,{k}]", (f"W2[0,{{k}}] - eta*{_D2}*x[{{k}}]",), _K2),)),
        Public("ts-map-nested", "test", "sigmoid-2-2-1", _TS,
               "this.net.W1 = this.net.W1.map((row, j) =>\n  row.map((w, k) => w - rate * dHidden[j] * inputs[k])\n);",
               ((C,),), (Twin("update", "W1[{j},{k}]", ("W1[{j},{k}] - eta*grad",), _JK),)),
        Public("ts-map-nested-wrong", "test", "sigmoid-2-2-1", _TS,
               "this.net.W1 = this.net.W1.map((row, j) => row.map((w, k) => w - rate * dHidden[k] * inputs[j]));",
               ((W,),), (Twin("update", "W1[{j},{k}]", (
                   f"W1[{{j}},{{k}}] - eta*{_D2}*W2[0,{{k}}]*a1[{{k}}]*(1 - a1[{{k}}])*x[{{j}}]",), _JK),)),
        Public("ts-map-word-index", "test", "sigmoid-2-2-1", _TS,
               "const dHidden = hiddenErr.map((e, idx) => e * hidden[idx] * (1 - hidden[idx]));", ((C,),),
               (Twin("value", _D1, (_D1,), _J2),)),
        Public("ts-map-word-index-wrong", "test", "sigmoid-2-2-1", _TS,
               "const dHidden = hiddenErr.map((e, idx) => e * hidden[idx] * (1 + hidden[idx]));", ((W,),),
               (Twin("value", _D1, (f"{_ERR}*a1[{{j}}]*(1 + a1[{{j}}])",), _J2),)),
        Public("py-enumerate-word-index", "test", "sigmoid-2-2-1", _TS,
               "dHidden = [e * hidden[idx] * (1 - hidden[idx]) for idx, e in enumerate(hiddenErr)]", ((C,),),
               (Twin("value", _D1, (_D1,), _J2),)),
        # ---- code's [0] of an array named whole ---------------------------------------------------------------
        Public("ts-first-entry", "test", "sigmoid-2-2-1", _TS, "    this.net.b2[0] -= rate * dOut;", ((C,),),
               (Twin("update", "b2[0]", ("b2[0] - eta*grad",)),)),
        Public("ts-first-entry-wrong", "test", "sigmoid-2-2-1", _TS, "    this.net.b2[0] -= rate * out;", ((W,),),
               (Twin("update", "b2[0]", ("b2[0] - eta*a2[0]",)),)),
        Public("ts-first-row", "test", "sigmoid-2-2-1", _TS, "const z2 = dot(this.net.W2[0], hidden) + this.net.b2[0];",
               ((C,),), (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),)),
        Public("ts-first-row-wrong", "test", "sigmoid-2-2-1", _TS, "const z2 = dot(this.net.W2[0], inputs) + this.net.b2[0];",
               ((W,),), (Twin("value", "z2[0]", ("W2[0,0]*x[0] + W2[0,1]*x[1] + b2[0]",)),)),
        # ---- JavaScript's reduce adding a term per entry, and a matrix's row by the map's index -------------------
        Public("ts-reduce-from-zero", "test", "sigmoid-2-2-1", _TS,
               "const z2 = hidden.reduce((s, h, k) => s + h * this.net.W2[0][k], 0) + this.net.b2[0];", ((C,),),
               (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),)),
        Public("ts-reduce-from-zero-wrong", "test", "sigmoid-2-2-1", _TS,
               "const z2 = hidden.reduce((s, h, k) => s + h * this.net.W2[0][k], 1) + this.net.b2[0];", ((W,),),
               (Twin("value", "z2[0]", ("1 + W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),)),
        Public("ts-reduce-typed-total-last", "test", "sigmoid-2-2-1", _TS,
               "const z2 = this.net.W2[0].reduce((acc: number, w: number, k: number) => w * hidden[k] + acc, 0.0)"
               " + this.net.b2[0];", ((C,),), (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),)),
        Public("ts-map-row-reduce", "test", "sigmoid-2-2-1", _TS,
               "const hiddenSums = this.net.W1.map((row, j) =>\n"
               "  row.reduce((sum, w, k) => sum + w * inputs[k], 0) + this.net.b1[j]);", ((C,),),
               (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),)),
        Public("ts-map-row-reduce-wrong", "test", "sigmoid-2-2-1", _TS,
               "const hiddenSums = this.net.W1.map((row, j) => row.reduce((sum, w, k) => sum + w * hidden[k], 0)"
               " + this.net.b1[j]);", ((W,),),
               (Twin("value", "z1[{j}]", ("W1[{j},0]*a1[0] + W1[{j},1]*a1[1] + b1[{j}]",), _J2),)),
        # ---- Rust's iterator chains -------------------------------------------------------------------------------
        Public("rs-zip-arrays", "test", "sigmoid-2-3-2", _RS,
               "    let deltas: Vec<f64> = outputs.iter().zip(targets.iter()).map(|(o, t)| (*o - *t) * *o * (1.0 - *o))"
               ".collect::<Vec<f64>>();", ((C,),), (Twin("value", _DK, (_DK,), _K2),)),
        Public("rs-zip-arrays-wrong", "test", "sigmoid-2-3-2", _RS,
               "let deltas: Vec<f64> = outputs.iter().zip(&targets).map(|(&o, &t)| (t - o) * o * (1.0 - o)).collect();",
               ((W,),), (Twin("value", _DK, (_DK_SIGN,), _K2),)),
        Public("rs-enumerate", "test", "sigmoid-2-3-2", _RS,
               "let deltas: Vec<f64> = outputs\n    .iter()\n    .enumerate()\n"
               "    .map(|(k, &o)| (o - targets[k]) * o * (1.0 - o))\n    .collect();", ((C,),),
               (Twin("value", _DK, (_DK,), _K2),)),
        Public("rs-enumerate-wrong", "test", "sigmoid-2-3-2", _RS,
               "let deltas: Vec<f64> = outputs.iter().enumerate().map(|(k, &o)| (o - targets[k]) * o).collect();",
               ((W,),), (Twin("value", _DK, ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)),
        Public("py-zip-arrays", "test", "sigmoid-2-3-2", _RS,
               "deltas = [(o - t) * o * (1 - o) for o, t in zip(outputs, targets)]", ((C,),),
               (Twin("value", _DK, (_DK,), _K2),)),
        Public("rs-zip-closure-names", "test", "sigmoid-2-3-2", _RS_NAMES,
               "    let d: Vec<f64> = outs.iter().zip(ts).map(|(&o, &t)| (o - t) * o * (1.0 - o)).collect();", ((C,),),
               (Twin("value", _DK, (_DK,), _K2),)),
        Public("rs-zip-closure-names-wrong", "test", "sigmoid-2-3-2", _RS_NAMES,
               "    let d: Vec<f64> = outs.iter().zip(ts).map(|(&o, &t)| (o - t) * t * (1.0 - o)).collect();", ((W,),),
               (Twin("value", _DK, ("(a2[{k}] - y[{k}])*y[{k}]*(1 - a2[{k}])",), _K2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_callback_with_other_statements_stays_refused():
    refusal = CHECKS.refused("sigmoid-2-2-1", _TS, "this.net.b1 = this.net.b1.map((b, j) => { const s = rate * dHidden[j];"
                                                   " return b - s; });")
    assert "a callback with other statements than its value" in refusal


def test_a_numbered_entry_other_than_the_first_is_refused_saying_how_it_would_count():
    refusal = CHECKS.refused("sigmoid-2-2-1", _TS, "this.net.b1[1] -= rate * dHidden[1];")
    assert "counts from 0 in C's, Java's, JavaScript's and Python's brackets and from 1 in Julia's" in refusal
    assert '"this.net.b1[1]" = ...' in refusal


def test_a_reduce_without_a_start_or_with_another_callback_is_refused():
    for text, why in (("const z2 = this.net.W2[0].reduce((s, w, k) => s + w * hidden[k]);", "has no number to start"),
                      ("const z2 = hidden.reduce((s, h) => s * h, 1);", "is not a total plus a term of the entry"),
                      ("const z2 = hidden.reduce((s, h, k) => s + h * k, 0);", "is not a total plus a term")):
        refusal = CHECKS.refused("sigmoid-2-2-1", _TS, text)
        assert "a reduce whose callback" in refusal and why in refusal


def test_a_plain_sum_by_reduce_reads_without_a_start():
    """``(a, b) => a + b`` with no start: the first entry starts the total, and the sum is the sum all the same."""
    case = Public("sum", "test", "sigmoid-2-2-1", _TS, "const z2 = hidden.reduce((a, b) => a + b) + this.net.b2[0];")
    assert CHECKS.verdicts(case) == (("wrong",),)


def test_a_rust_closure_pattern_that_does_not_pair_with_the_zips_is_refused():
    refusal = CHECKS.refused("sigmoid-2-3-2", _RS, "let deltas: Vec<f64> = outputs.iter().zip(&targets).zip(&outputs)"
                                                   ".map(|(o, t)| (o - t) * o).collect();")
    assert "a closure whose pattern |(o, t)| does not pair with the chain's arrays" in refusal


def test_a_rust_flat_map_chain_is_refused_naming_it():
    refusal = CHECKS.refused("sigmoid-2-3-2", _RS, "let deltas: Vec<f64> = weights.iter().flat_map(|row| row.iter())"
                                                   ".zip(&outputs).map(|(&w, &o)| w * o).collect();")
    assert "Rust's .flat_map(...) strings the rows of an array of arrays into one sequence" in refusal
