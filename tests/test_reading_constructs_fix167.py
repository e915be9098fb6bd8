r"""Batches 167 and 170 of the public formulas showed constructs refused, each written here as another author would
(other names than the pages'):

- dot leaders then an equation's label closing a line after a formula, in a ``$...$`` of their own or not
  (batch 167's Mitchell notes, ``$\delta_k \leftarrow o_k(1-o_k)(t_k-o_k)$ $\cdots\space\cdots(T4.3)$``): the
  equation's tag, as ``\tag{T4.3}`` reads; a single ellipsis, or leaders followed by more than a label, stay as
  they were (a formula's ellipsis);
- a remark in words after a left arrow closing a complete equation (batch 170's ``dL/dz = σ(z) - y    ←
  ¡Mucho más simple!``), an exclamation or a question, Spanish's opening marks too: dropped as a step's
  name after the arrow is; never where no relation comes before the arrow (an update, ``w ← w - ...``);
- a formula split over two inline maths, the first closing on its relation (batch 167's Spanish notes,
  ``$\delta_k \leftarrow$ $o_k(1-o_k)(t_k-o_k)$ Este valor ...``): joined into one, where the second holds no relation.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import problem_text
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

# two inputs, three sigmoid hidden units, two sigmoid outputs, half the squared error
NETWORKS = {"sig-232": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"',
                                    'units = 2\nactivation = "sigmoid"', loss="half_squared_error")}
CHECKS = CaseChecks(NETWORKS)

# Mitchell's rules in other letters: g the outputs, r the targets, \epsilon_k the output error term (-dE/dz2)
RULES = r'''
[notation]
loss = ["E"]
[notation.symbols]
"g_{k}" = "a2[k]"
"r_{k}" = "y[k]"
"\\epsilon_{k}" = "-delta2[k]"
'''

# the output sums' slopes: z_k the sums
SLOPES = RULES + '"z_{k}" = "z2[k]"\n'

_K2 = tuple({"k": k} for k in range(2))
_D2K = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_RIGHT = (Twin("value", f"-({_D2K})", ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K2),)
_WRONG = (Twin("value", f"-({_D2K})", ("a2[{k}]*(y[{k}] - a2[{k}])",), _K2),)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the leaders and the label in a $...$ of their own after the formula's
            ("leaders-own-math", r"- $\epsilon_k \leftarrow g_k(1-g_k)(r_k-g_k)$ $\cdots\space\cdots(T4.3)$",
             ((C,),), _RIGHT),
            ("leaders-own-math-wrong", r"- $\epsilon_k \leftarrow g_k(r_k-g_k)$ $\cdots\space\cdots(T4.3)$",
             ((W,),), _WRONG),
            # inside the formula's $...$, \ldots and a capital's label with a number
            ("leaders-inside", r"$\epsilon_k = g_k(1-g_k)(r_k-g_k) \quad \ldots\ldots (A1)$", ((C,),), _RIGHT),
            ("leaders-inside-wrong", r"$\epsilon_k = g_k(r_k-g_k) \quad \ldots\ldots (A1)$", ((W,),), _WRONG),
            # plain text's dots and an equation's number
            ("leaders-plain", r"\epsilon_k = g_k(1-g_k)(r_k-g_k) ...... (3)", ((C,),), _RIGHT),
            ("leaders-plain-wrong", r"\epsilon_k = g_k(r_k-g_k) ...... (3)", ((W,),), _WRONG)):
        cases.append(Public(key, "test", "sig-232", RULES, text, expected, twins))
    for key, text, expected, twins in (
            ("split-inline", r"1. El error: $\epsilon_k \leftarrow$ $g_k(1-g_k)(r_k-g_k)$ Este valor es el error",
             ((C,),), _RIGHT),
            ("split-inline-wrong", r"1. El error: $\epsilon_k \leftarrow$ $g_k(r_k-g_k)$ Este valor es el error",
             ((W,),), _WRONG),
            ("split-inline-equals", r"The error term $\epsilon_k =$ $g_k(1-g_k)(r_k-g_k)$ for each output unit",
             ((C,),), _RIGHT)):
        cases.append(Public(key, "test", "sig-232", RULES, text, expected, twins))
    slope = (Twin("gradient_z", "z2[{k}]", (_D2K,), _K2),)
    slope_wrong = (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)
    for key, text, expected, twins in (
            ("arrow-exclamation", "dE/dz_k = (g_k - r_k) g_k (1 - g_k)    \u2190 \u00a1Qu\u00e9 sencillo!", ((C,),), slope),
            ("arrow-exclamation-wrong", "dE/dz_k = (g_k - r_k) g_k    \u2190 \u00a1Qu\u00e9 sencillo!", ((W,),),
             slope_wrong),
            ("arrow-question", "dE/dz_k = (g_k - r_k) g_k (1 - g_k) \\leftarrow \u00bfno es bonito?", ((C,),), slope),
            ("arrow-plain-remark", "dE/dz_k = (g_k - r_k) g_k (1 - g_k) <-- much simpler!", ((C,),), slope),
            ("arrow-plain-remark-wrong", "dE/dz_k = (g_k - r_k) g_k <-- much simpler!", ((W,),), slope_wrong)):
        cases.append(Public(key, "test", "sig-232", SLOPES, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_single_ellipsis_before_a_label_stays_a_formulas():
    """One ellipsis before the parenthesis is no leaders: the product's ellipsis, refused as before."""
    message = CHECKS.refused("sig-232", RULES, r"$\epsilon_k \leftarrow g_k(1-g_k)(r_k-g_k) \cdots (T4.3)$")
    assert "ellipsis" in message


def test_leaders_followed_by_more_than_a_label_stay_as_written():
    """Leaders followed by a label and more (a factor after it) are no tag: the line stays as written, refused."""
    message = CHECKS.refused("sig-232", RULES, r"$\epsilon_k \leftarrow g_k(1-g_k) \cdots\cdots (T4.3) r_k$")
    assert "ellipsis" in message


def test_an_updates_arrow_before_words_stays_as_written():
    """``w \u2190 words``: no relation before the arrow, an update's arrow; never dropped as a remark."""
    message = CHECKS.refused("sig-232", SLOPES, "g_k \u2190 \u00a1Qu\u00e9 sencillo!")
    assert message
