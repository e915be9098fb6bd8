"""The reading constructs batch 14 of the public formulas showed missing, each written as another author would
(other names, another network than the pages'): Unicode's INCREMENT sign ∆ (U+2206, not the Greek Δ) before a
name, in the notation's patterns and the formulas; LaTeX2HTML's ``\\begin{displaymath} ... \\end{displaymath}``
around a formula; and ``\\mapsto`` as the update arrow (Hinton's notes, ``w_i \\mapsto w_i - \\epsilon
\\frac{dE}{dw_i}``). Each case is judged right where the formula is right and wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one sigmoid unit on three inputs with a bias, the half squared error, a learning rate
    "unit": '[[layer]]\ninputs = 3\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n'
            '[update]\nlearning_rate = 0.2\n',
}
CHECKS = CaseChecks(NETWORKS)
_check = CHECKS.verdicts

# the increment sign before the weight's name, as a pattern: ∆v_k the step of weight k
_INCREMENT = r'''
[notation]
indices = "k"
learning_rate = ["r"]
[notation.symbols]
"v_{k}" = "W1[0, k]"
"u_{k}" = "x[k]"
"o" = "a1[0]"
"d" = "y[0]"
"∆v_{k}" = "-eta*delta1[0]*x[k]"
'''
# the same names written with LaTeX's \Delta, for the displaymath and \mapsto cases
_NAMES = r'''
[notation]
indices = "k"
learning_rate = ["r"]
loss = ["E"]
[notation.symbols]
"v_{k}" = "W1[0, k]"
"u_{k}" = "x[k]"
"o" = "a1[0]"
"d" = "y[0]"
'''
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_STEP = "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{k}]"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            ("increment", "∆v_k = r (d - o) o (1 - o) u_k", C, _STEP),
            ("increment-no-slope", "∆v_k = r (d - o) u_k", W, "-eta*(a1[0] - y[0])*x[{k}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "unit", _INCREMENT, text, ((verdict,),),
                            (Twin("value", _STEP, (member,), _K3),)))
    for key, text, verdict, member in (
            ("displaymath", r"\begin{displaymath} v_{k} := v_{k} + r (d - o) o (1 - o) u_{k} \end{displaymath}", C,
             "W1[0,{k}] - eta*grad"),
            ("displaymath-sign", r"\begin{displaymath} v_{k} := v_{k} - r (d - o) o (1 - o) u_{k} \end{displaymath}",
             W, "W1[0,{k}] + eta*grad"),
            ("mapsto", r"v_k \mapsto v_k - r \frac{dE}{dv_k}", C, "W1[0,{k}] - eta*grad"),
            ("mapsto-ascent", r"v_k \mapsto v_k + r \frac{dE}{dv_k}", W, "W1[0,{k}] + eta*grad")):
        cases.append(Public(f"{key}-{verdict}", "test", "unit", _NAMES, text, ((verdict,),),
                            (Twin("update", "W1[0,{k}]", (member,), _K3),), param="v_{k}"))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_mapsto_is_read_as_the_update_arrow_everywhere():
    """\\mapsto is \\leftarrow: a map of an input to its square is judged as \\leftarrow's claim is (wrong), never
    passed over or called correct."""
    for text in (r"u_1 \mapsto u_1^2", r"v_1 \mapsto v_1^2"):
        same = text.replace(r"\mapsto", r"\leftarrow")
        assert _check(Public("mapsto", "test", "unit", _NAMES, text)) == \
            _check(Public("leftarrow", "test", "unit", _NAMES, same)) == ((W,),)


def test_an_index_glued_to_its_letter_is_refused_with_how_to_write_it():
    """The Adaline page's 𝑊𝑖 𝑋𝑖 (batch 14's ada-yin), here vk uk in a LaTeX row (its braces): TeX's v times k,
    and k alone is the notation's index letter, so the refusal says to write it as a script, not to give k a
    meaning such as "a1[0]". (In plain text, vk is the pattern v_{k} printed flat: batch 17's construct.)"""
    message = CHECKS.refusal(Public("refused", "test", "unit", _NAMES, r"o = \sum_{k} vk uk"))
    assert "unknown symbol k" in message and "k is an index letter of the notation" in message
    assert "(W_k, not Wk)" in message and "a1[0]" not in message
