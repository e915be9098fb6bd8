"""What batch 32 of the public formulas (repository files, Markdown sources) showed refused, each written as another
author would (other names, other networks than the pages'): a notation key in a Unicode letter under an accent
(``Ô``, read as ``\\hat{O}`` as a formula reads it), Markdown's escapes ``\\_`` and ``\\*``, a learning rate named
whole with its underscore (``step_size``) and glossed by its other name (``step_size(\\mu)``), a step's numbered
label ``\\text{2. Forward pass: }``, ``\\boxed{...}`` around a claim inside a bare ``[ ]`` display and numbers boxed
side by side as a vector's cells, ``\\space.`` and ``\\label{...}`` ending a row or a case's line, a prime on a
parenthesis of one variable in a chain, and a plain subscript typed against ``log`` (``t_ilog(o_i)``). Each case is
judged right where the formula is right and wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin
from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from backprop.symbolic.syntax import parse_row

NETWORKS = {
    # a line o = v u + c through one input, the half squared error, learning rate 0.05
    "line": problem_text('inputs = 1\nunits = 1\nactivation = "identity"', loss="half_squared_error",
                         extra=data_tables("[0.8]", "[-0.3]", 0.05)),
    # a tanh unit on one input, the half squared error
    "tanh-unit": problem_text('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error",
                              extra=data_tables("[0.6]", "[0.2]")),
    # one sigmoid output on two inputs, the binary cross-entropy
    "sigmoid-bce": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # three softmax outputs on two inputs, the cross-entropy
    "softmax-three": problem_text('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # three sigmoid units on their own inputs (identity weights, no bias): o = sigmoid(0.5, -0.5, 1.0) =
    # (0.6225, 0.3775, 0.7311)
    "sigmoid-cells": problem_text('inputs = 3\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n'
                                  'weights = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]',
                                  loss="half_squared_error", extra=data_tables("[0.5, -0.5, 1.0]", "[0.0, 1.0, 0.0]")),
}
CHECKS = CaseChecks(NETWORKS)

# v the weight, c the bias, u the input, t the target, o the output; \mu (also step_size) the learning rate,
# v_{next} and c_{next} after the step; Ô the output as a Unicode letter under a circumflex
_LINE = r'''
[notation]
learning_rate = ["\\mu", "step_size"]
loss = ["E"]
[notation.symbols]
"v" = "W1[0, 0]"
"c" = "b1[0]"
"u" = "x[0]"
"t" = "y[0]"
"o" = "a1[0]"
"Ô" = "a1[0]"
"v_{next}" = "new(W1[0, 0])"
"c_{next}" = "new(b1[0])"
'''
_TANH = '[notation]\nloss = ["E"]\n[notation.symbols]\n"u" = "z1[0]"\n"o" = "a1[0]"\n"t" = "y[0]"\n'
# one point i: t_i its label, o_i the output; Q the binary cross-entropy
_BCE = '[notation]\nindices = "i"\nloss = ["Q"]\n[notation.symbols]\n"t_{i}" = "y[0]"\n"o_{i}" = "a1[0]"\n'
_SOFTMAX = '[notation]\nindices = "mr"\n[notation.symbols]\n"s_{m}" = "z1[m]"\n"p_{m}" = "a1[m]"\n'
_CELLS = '[notation]\n[notation.symbols]\n"o" = "a1[:]"\n'
_DE_DO = "a1[0] - y[0]"
_BCE_VALUE = "-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])"
_MR = tuple({"m": m, "r": r, "d": int(m == r)} for m in range(3) for r in range(3))


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, twin in (
            # Markdown's escaped underscore and star; the rate named whole and glossed by its other name
            ("escaped-update", r"v\_{next} = v - step_size(\mu) \cdot \frac{\partial E}{\partial v}", C,
             Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",))),
            ("escaped-update-plus", r"v\_{next} = v + step_size(\mu) \cdot \frac{\partial E}{\partial v}", W,
             Twin("update", "W1[0,0]", ("W1[0,0] + eta*grad",))),
            ("escaped-rate-whole", r"c\_{next} = c - step_size \cdot (o - t)", C,
             Twin("update", "b1[0]", ("b1[0] - eta*grad",))),
            ("escaped-rate-whole-u", r"c\_{next} = c - step_size \cdot (o - t) u", W,
             Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])*x[0]",))),
            ("escaped-star", r"o = v \* u + c", C, Twin("value", "a1[0]", ("W1[0,0]*x[0] + b1[0]",))),
            ("escaped-star-minus", r"o = v \* u - c", W, Twin("value", "a1[0]", ("W1[0,0]*x[0] - b1[0]",))),
            # a step's numbered label before the claim
            ("step-label", r"\text{2. Forward pass: } o = v u + c", C,
             Twin("value", "a1[0]", ("W1[0,0]*x[0] + b1[0]",))),
            ("step-label-no-bias", r"\text{2. Forward pass: } o = v u", W, Twin("value", "a1[0]", ("W1[0,0]*x[0]",))),
            # \space. and \label{...} ending the row
            ("space-label", r"\frac{\partial E}{\partial o} = o - t \space. \label{eq:output}", C,
             Twin("value", _DE_DO, (_DE_DO,))),
            ("space-label-sign", r"\frac{\partial E}{\partial o} = t - o \space. \label{eq:output}", W,
             Twin("value", _DE_DO, ("y[0] - a1[0]",))),
            # a box around the whole claim inside a bare [ ] display (\[ \] without their backslashes)
            ("boxed", "[\n\\boxed{\n\\frac{\\partial E}{\\partial c} = o - t\n}\n]", C,
             Twin("gradient", "b1[0]", (_DE_DO,))),
            ("boxed-u", "[\n\\boxed{\n\\frac{\\partial E}{\\partial c} = (o - t) u\n}\n]", W,
             Twin("gradient", "b1[0]", ("(a1[0] - y[0])*x[0]",))),
            # the notation's Ô, and the formula's Ô and \hat{O} alike
            ("unicode-key", r"\frac{\partial E}{\partial v} = (\hat{O} - t) u", C,
             Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",))),
            ("unicode-key-in-formula", r"\frac{\partial E}{\partial v} = (Ô - t) u", C,
             Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",))),
            ("unicode-key-no-u", r"\frac{\partial E}{\partial v} = Ô - t", W,
             Twin("gradient", "W1[0,0]", (_DE_DO,)))):
        cases.append(Public(f"{key}-{verdict}", "test", "line", _LINE, text, ((verdict,),), (twin,)))
    tanh = "(1 - tanh(z1[0])**2)"
    for key, text, verdict, member in (
            # a prime on a parenthesis of one variable, u, in a chain with no f'(x) on the left: d/du of it
            ("primed-parenthesis", r"\frac{\partial E}{\partial u} = (o - t) \left( \frac{e^u - e^{-u}}{e^u + e^{-u}}"
             r" \right)'", C, f"(a1[0] - y[0])*{tanh}"),
            ("primed-parenthesis-sigmoid", r"\frac{\partial E}{\partial u} = (o - t) \left( \frac{1}{1 + e^{-u}}"
             r" \right)'", W, "(a1[0] - y[0])*exp(-z1[0])/(1 + exp(-z1[0]))**2")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-unit", _TANH, text, ((verdict,),),
                            (Twin("gradient_z", "z1[0]", (member,)),)))
    for key, text, verdict, member in (
            # plain text's subscript typed against log: t_i log(o_i)
            ("glued-log", "Q = -t_ilog(o_i) - (1 - t_i)log(1 - o_i)", C, _BCE_VALUE),
            ("glued-log-one-term", "Q = -t_ilog(o_i)", W, "-y[0]*log(a1[0])")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-bce", _BCE, text, ((verdict,),),
                            (Twin("value", _BCE_VALUE, (member,)),)))
    jacobian = "{d}*a1[{m}]*(1 - a1[{m}]) - (1 - {d})*a1[{m}]*a1[{r}]"
    for key, text, verdict, member in (
            # a sentence's full stop ending a case's line, after \space
            ("cases-full-stop", "\\frac{\\partial p_m}{\\partial s_r} = \\begin{cases}\np_m (1 - p_m), & \\text{if } m = r"
             " \\\\\n-p_m p_r, & \\text{if } m \\neq r \\space.\n\\end{cases}", C, jacobian),
            ("cases-full-stop-sign", "\\frac{\\partial p_m}{\\partial s_r} = \\begin{cases}\np_m (1 - p_m), & \\text{if }"
             " m = r \\\\\np_m p_r, & \\text{if } m \\neq r \\space.\n\\end{cases}", W,
             "{d}*a1[{m}]*(1 - a1[{m}]) + (1 - {d})*a1[{m}]*a1[{r}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "softmax-three", _SOFTMAX, text, ((verdict,),),
                            (Twin("value", "a1[{m}]*({d} - a1[{r}])", (member,), _MR),)))
    for key, text, verdict, member in (
            # numbers boxed side by side: the vector's cells
            ("boxed-cells", r"o = \boxed{0.622}\boxed{0.378}\boxed{0.731}", C, "=np.array([0.622, 0.378, 0.731])"),
            ("boxed-cells-slip", r"o = \boxed{0.622}\boxed{0.387}\boxed{0.731}", W, "=np.array([0.622, 0.387, 0.731])")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-cells", _CELLS, text, ((verdict,),),
                            (Twin("value", "a1", (member,)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_boxed_cells_of_another_count_than_the_left_sides_entries_are_refused():
    for text in (r"o = \boxed{0.622}\boxed{0.378}", r"o = \boxed{0.622}\boxed{0.378}\boxed{0.731}\boxed{0.1}"):
        message = _refusal("sigmoid-cells", _CELLS, text)
        assert "where the left side is 3 x 1" in message


def test_an_equality_in_brackets_is_refused_saying_to_write_the_claim_without_them():
    """[c = c + \\mu] inside a claim reads as an indicator; its message names the equality, not a node's type,
    and says to drop the brackets (an indicator's 1\\{u > 0\\} is no help there)."""
    message = _refusal("line", _LINE, r"c = [c = c + \mu]")
    assert "c = c + \\mu inside brackets or braces is read as an indicator" in message
    assert "write the claim without the brackets" in message and "cond" not in message


def test_a_prime_on_a_parenthesis_of_several_variables_stays_refused():
    notation = _TANH + '"v" = "W1[0, 0]"\n"c" = "b1[0]"\n"x" = "x[0]"\n'
    message = _refusal("tanh-unit", notation, r"\frac{\partial E}{\partial u} = (o - t) (v x + c)'")
    assert "which variable is meant is unclear" in message


def test_a_plain_subscript_of_two_index_letters_still_reads_whole():
    """w_ij stays w_{ij}; only log, ln and exp end a plain subscript."""
    relation = parse_row("z = w_ij x_j + t_klog(p_k)", set(), "test")
    text = repr(relation)
    assert "sub='ij'" in text and "sub='k'" in text and "Call(name='log'" in text


def test_an_unreadable_notation_key_is_one_line_naming_the_key():
    # a currency sign, no letter (é, a letter of accented Latin, is a name: test_reading_constructs_batch52_fixscripts)
    table = tomllib.loads('[notation]\n[notation.symbols]\n"€" = "a1[0]"\n')["notation"]
    with pytest.raises(FormulaError) as error:
        notation_from_table(table, "<notation.toml>")
    assert "\n" not in str(error.value) and "<notation.toml>" in str(error.value) and "€" in str(error.value)
