"""Batch 98's Rust activations give a function's value as one ``if`` expression, ``pub fn relu(x: f32) -> f32 { if x
< 0.0 { 0.0 } else { x } }`` (AIFromScratch's relu.rs), as Scala's and Kotlin's ``if (c) a else b`` do as a
function's value. Written here with other names and the other comparison: the definition reads as ``np.where(c, a,
b)``, the conditional the reader already reads (Rust's braces, Scala's one line or braced body, Kotlin's ``= ...``
and ``{ return if ... }``, a condition in parentheses); a comparison reversed and a wrong branch are called wrong.
What stays refused, in one line: an ``else if`` chain, an ``if`` with no ``else``, and an ``if`` after statements.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import RELU_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"relu-sig": RELU_2_2_SIGMOID_1})

# a file's functions of one float v, v the first hidden unit's sum
_AT_SUM = r'''
[notation]
[notation.symbols]
"v" = "z1[0]"
'''
_RELU = ("z1[0]*Heaviside(z1[0])",)
_STEP = ("Heaviside(z1[0])",)


def _value(of: str, expression: tuple) -> tuple:
    return (Twin("value", of, expression),)


def _cases() -> list[Public]:
    rust = "pub fn relu(v: f64) -> f64 {{\n    if {c} {{\n        {a}\n    }} else {{\n        {b}\n    }}\n}}"
    return [
        Public("rust-if", "test", "relu-sig", _AT_SUM, rust.format(c="v > 0.0", a="v", b="0.0"), ((C,),),
               _value("relu(z1[0])", _RELU)),
        Public("rust-if-reversed-wrong", "test", "relu-sig", _AT_SUM, rust.format(c="v < 0.0", a="v", b="0.0"),
               ((W,),), _value("relu(z1[0])", ("z1[0]*Heaviside(-z1[0])",))),
        Public("rust-if-branch-wrong", "test", "relu-sig", _AT_SUM, rust.format(c="v > 0.0", a="v", b="1.0"),
               ((W,),), _value("relu(z1[0])", ("z1[0]*Heaviside(z1[0]) + Heaviside(-z1[0])",))),
        Public("rust-if-parenthesised", "test", "relu-sig", _AT_SUM,
               "fn drelu(v: f64) -> f64 {\n    if (v > 0.0) { 1.0 } else { 0.0 }\n}", ((C,),),
               _value("Heaviside(z1[0])", _STEP)),
        Public("rust-if-derivative-wrong", "test", "relu-sig", _AT_SUM,
               "fn drelu(v: f64) -> f64 {\n    if v > 0.0 { v } else { 0.0 }\n}", ((W,),),
               _value("Heaviside(z1[0])", ("z1[0]*Heaviside(z1[0])",))),
        Public("scala-if", "test", "relu-sig", _AT_SUM, "def relu(v: Double): Double = if (v > 0) v else 0.0",
               ((C,),), _value("relu(z1[0])", _RELU)),
        Public("scala-if-reversed-wrong", "test", "relu-sig", _AT_SUM,
               "def relu(v: Double): Double = if (v < 0) v else 0.0", ((W,),),
               _value("relu(z1[0])", ("z1[0]*Heaviside(-z1[0])",))),
        Public("scala-if-braced", "test", "relu-sig", _AT_SUM,
               "def reluDerivative(v: Double): Double = {\n  if (v > 0) 1.0\n  else 0.0\n}", ((C,),),
               _value("Heaviside(z1[0])", _STEP)),
        Public("kotlin-if", "test", "relu-sig", _AT_SUM, "fun relu(v: Double): Double = if (v > 0.0) v else 0.0",
               ((C,),), _value("relu(z1[0])", _RELU)),
        Public("kotlin-return-if", "test", "relu-sig", _AT_SUM,
               "fun reluPrime(v: Double): Double {\n    return if (v > 0.0) 1.0 else 0.0\n}", ((C,),),
               _value("Heaviside(z1[0])", _STEP)),
        Public("kotlin-return-if-wrong", "test", "relu-sig", _AT_SUM,
               "fun reluPrime(v: Double): Double {\n    return if (v > 0.0) 1.0 else -1.0\n}", ((W,),),
               _value("Heaviside(z1[0])", ("Heaviside(z1[0]) - Heaviside(-z1[0])",))),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text", [
    "pub fn relu(v: f64) -> f64 {\n    if v > 5.0 {\n        5.0\n    } else if v > 0.0 {\n        v\n    } else {\n"
    "        0.0\n    }\n}",
    "def relu(v: Double): Double = if (v > 5) 5.0 else if (v > 0) v else 0.0",
    "pub fn relu(v: f64) -> f64 {\n    if v > 0.0 { v }\n}",
    "fun relu(v: Double): Double {\n    return if (v > 0.0) { val w = v; w } else 0.0\n}",
])
def test_an_else_if_chain_or_a_branch_of_statements_stays_refused(text):
    refusal = CHECKS.refused("relu-sig", _AT_SUM, text)
    assert "np.where(c, a, b)" in refusal and "else if chain" in refusal


def test_an_if_after_statements_stays_refused():
    refusal = CHECKS.refused("relu-sig", _AT_SUM, "pub fn relu(v: f64) -> f64 {\n    let w = v;\n"
                             "    if w > 0.0 { w } else { 0.0 }\n}")
    assert "more than one return line after locals" in refusal
