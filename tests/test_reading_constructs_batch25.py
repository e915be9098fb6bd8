"""Constructs that held-out batch 25 of the public formulas showed missing, each written as another author would
(other names, another network than the page's): an update whose arrow is LaTeX's long one, ``w \\longrightarrow w -
\\alpha \\frac{\\partial L}{\\partial w}`` (as \\rightarrow and \\to already read), and ``w \\longleftarrow ...`` (as
\\leftarrow). Each case is judged right where the formula is right and wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one tanh unit on three inputs; the half squared error, plain SGD
    "tanh-unit": '[[layer]]\ninputs = 3\nunits = 1\nactivation = "tanh"\n[loss]\nname = "half_squared_error"\n'
                 '[update]\nlearning_rate = 0.05\n',
}
CHECKS = CaseChecks(NETWORKS)
_NAMES = r'''
[notation]
indices = "k"
learning_rate = ["\\alpha"]
loss = ["E"]
[notation.symbols]
"v_{k}" = "W1[0, k-1]"
"c" = "b1[0]"
'''
_K3 = tuple({"k": k} for k in range(3))
_GRAD = "(a1[0] - y[0])*(1 - a1[0]**2)*x[{k}]"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            ("long-arrow", r"v_k \longrightarrow v_k - \alpha \frac{\partial E}{\partial v_k}", C,
             "W1[0,{k}] - eta*grad"),
            ("long-arrow-plus", r"v_k \longrightarrow v_k + \alpha \frac{\partial E}{\partial v_k}", W,
             "W1[0,{k}] + eta*grad"),
            ("long-arrow-written-out", r"v_k \longrightarrow v_k - \alpha (a - y)(1 - a^2) x_k", C,
             f"W1[0,{{k}}] - eta*{_GRAD}"),
            ("long-arrow-no-slope", r"v_k \longrightarrow v_k - \alpha (a - y) x_k", W,
             "W1[0,{k}] - eta*(a1[0] - y[0])*x[{k}]"),
            ("long-left-arrow", r"v_k \longleftarrow v_k - \alpha \frac{\partial E}{\partial v_k}", C,
             "W1[0,{k}] - eta*grad"),
            ("long-left-arrow-half", r"v_k \longleftarrow v_k - \frac{\alpha}{2} \frac{\partial E}{\partial v_k}", W,
             "W1[0,{k}] - eta/2*grad"),
            ("list-item", r"- $v_k \leftarrow v_k - \alpha \frac{\partial E}{\partial v_k}$", C, "W1[0,{k}] - eta*grad"),
            ("list-item-plus", r"- $v_k \leftarrow v_k + \alpha \frac{\partial E}{\partial v_k}$", W,
             "W1[0,{k}] + eta*grad"),
            ("numbered-item", r"2. $$v_k \leftarrow v_k - \alpha (a - y)(1 - a^2) x_k$$", C, f"W1[0,{{k}}] - eta*{_GRAD}"),
            ("quoted", r"> $v_k \leftarrow v_k - \alpha (a - y) x_k$", W, "W1[0,{k}] - eta*(a1[0] - y[0])*x[{k}]"),
            ("quoted-right", r"> > $v_k \leftarrow v_k - \alpha (a - y)(1 - a^2) x_k$", C, f"W1[0,{{k}}] - eta*{_GRAD}")):
        notation = _NAMES.replace('"c" = "b1[0]"', '"c" = "b1[0]"\n"a" = "a1[0]"\n"y" = "y[0]"\n"x_{k}" = "x[k-1]"')
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-unit", notation, text, ((verdict,),),
                            (Twin("update", "W1[0,{k}]", (member,), _K3),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
