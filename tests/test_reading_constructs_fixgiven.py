"""A weight the problem file sets to 1, left out of a member (batch 97's studyx answer: h = ReLU(x) for ReLU(w_1 x)
with w_1 = w_2 = 1 given, 1(x > 0) for 1(w_1 x > 0), dJ/dw_1 = -2(y - ReLU(x)) x 1(x > 0) without the factor w_2):
a factor 1 is invisible, so the member is judged again, where it is wrong at random points, with the weights of 1
that it leaves out (names nowhere, nor a unit computed from them) fixed at 1 and everything else at random points
(homework_data.weights_left_out, docs/verdicts.md), written here as other authors would, on other networks than the
page's. What stays wrong: the same member on a file whose weights are 0.7; a member with a mistake besides the
substitution (a sign, a factor x left out); a member that names w_2 and leaves it out elsewhere; a member in a unit
(y-hat), which holds the weight; a weight of -1 written as a minus. With a target written by its value
(given_in_place) or the file's data written in (written_data) the rules compose: each fixes only what the member
does not name.

Every verdict asserted by the two parametrised tests is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts,
at random points): each case carries its twin, which writes the weights of 1 there (the reading the substitution stands
for) on the file with w = 1, and the member as it is written on the file with w = 0.7 (where 1 is no given value).
"""

from __future__ import annotations

import json
import tomllib

from backprop.cli import main
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin


def _relu_line(first: str, second: str, target: str = "4.0") -> str:
    """x -> h = ReLU(w_1 x) -> y-hat = w_2 h, no biases, J = (y - y-hat)^2; one sample x = 2."""
    return problem_text(f'inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"\nweights = [[{first}]]',
                        f'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[{second}]]',
                        loss="squared_error", extra=data_tables("[2.0]", f"[{target}]"))


NETWORKS = {
    "ones": _relu_line("1.0", "1.0"),
    "point-seven": _relu_line("0.7", "0.7"),
    # two inputs u, v -> h_1 = a u + b v, h_2 = c u + d v (ReLU) -> e a_1 + f a_2: a = b = c = 1, d = -1
    "gate": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nbias = "none"\n'
                         'weights = [[1.0, 1.0], [1.0, -1.0]]',
                         'units = 1\nactivation = "relu"\nbias = "none"\nweights = [[4.0, -1.0]]',
                         loss="half_squared_error", extra=data_tables("[2.0, 3.0]", "[0.5]")),
}
CHECKS = CaseChecks(NETWORKS)

_LINE = r'''
[notation]
loss = ["J"]
functions = { ReLU = "relu" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"h" = "a1[0]"
"\\hat{y}" = "a2[0]"
'''
_GATE = r'''
[notation]
[notation.symbols]
"u" = "x[0]"
"v" = "x[1]"
"h_{1}" = "z1[0]"
"h_{2}" = "z1[1]"
'''

# the same network named as a worked exam answer's chain would: w_1 ... w_4 into s_1, s_2 (ReLU: o_1, o_2), w_5, w_6
# into s_3, y = ReLU(s_3) the output. At the file's numbers s_1 = 5, s_2 = -1, s_3 = 20: o_1 active, o_2 not
_CHAIN = r'''
[notation]
[notation.symbols]
"u" = "x[0]"
"v" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"s_{1}" = "z1[0]"
"s_{2}" = "z1[1]"
"o_{1}" = "a1[0]"
"o_{2}" = "a1[1]"
"s_{3}" = "z2[0]"
"y" = "a2[0]"
'''
_DY_DW1 = r"\frac{\partial y}{\partial w_1} = \frac{\partial y}{\partial s_3} \times \frac{\partial s_3}{\partial o_1} \times "
_DY_DW3 = r"\frac{\partial y}{\partial w_3} = \frac{\partial y}{\partial s_3} \times \frac{\partial s_3}{\partial o_2} \times "
_DY_W1 = "Heaviside(z2[0])*W2[0,0]*Heaviside(z1[0])*x[0]"

_H = "relu(W1[0,0]*x[0])"
_YHAT = f"W2[0,0]*{_H}"
_STEP = "Heaviside(W1[0,0]*x[0])"
_DW1 = f"-2*(y[0] - {_YHAT})*W2[0,0]*x[0]*{_STEP}"
_DW2 = f"-2*(y[0] - {_YHAT})*{_H}"


def _cases() -> list[Public]:
    cases = []
    # 1. the substituted form: right on the file with w_1 = w_2 = 1 (the twin writes the weights), wrong on the
    # file with 0.7 (the twin as written)
    for key, text, twin, literal in (
            ("h", "h = ReLU(x)", Twin("value", "a1[0]", (_H,)), Twin("value", "a1[0]", ("relu(x[0])",))),
            ("yhat", r"\hat{y} = ReLU(x)", Twin("value", "a2[0]", (_YHAT,)), Twin("value", "a2[0]", ("relu(x[0])",))),
            ("loss", "J = (y - ReLU(x))^2", Twin("value", "(y[0] - a2[0])**2", (f"(y[0] - {_YHAT})**2",)),
             Twin("value", "(y[0] - a2[0])**2", ("(y[0] - relu(x[0]))**2",))),
            ("slope", r"\frac{\partial h}{\partial w_1} = x \cdot 1(x > 0)",
             Twin("value", "x[0]*Heaviside(z1[0])", (f"x[0]*{_STEP}",)),
             Twin("value", "x[0]*Heaviside(z1[0])", ("x[0]*Heaviside(x[0])",))),
            ("dw1", r"\frac{\partial J}{\partial w_1} = -2(y - ReLU(x)) \cdot x \cdot 1(x > 0)",
             Twin("gradient", "W1[0,0]", (_DW1,)),
             Twin("gradient", "W1[0,0]", ("-2*(y[0] - relu(x[0]))*x[0]*Heaviside(x[0])",))),
            ("dw2", r"\frac{\partial J}{\partial w_2} = -2(y - ReLU(x)) ReLU(x)", Twin("gradient", "W2[0,0]", (_DW2,)),
             Twin("gradient", "W2[0,0]", ("-2*(y[0] - relu(x[0]))*relu(x[0])",)))):
        cases.append(Public(f"{key}-ones", "test", "ones", _LINE, text, ((C,),), (twin,)))
        cases.append(Public(f"{key}-point-seven", "test", "point-seven", _LINE, text, ((W,),), (literal,)))
    # 2. a mistake besides the substitution stays wrong on the file with w = 1: a sign, a factor x left out, a square
    for key, text, member in (
            ("dw1-sign", r"\frac{\partial J}{\partial w_1} = 2(y - ReLU(x)) \cdot x \cdot 1(x > 0)", f"-({_DW1})"),
            ("dw1-no-x", r"\frac{\partial J}{\partial w_1} = -2(y - ReLU(x)) \cdot 1(x > 0)",
             f"-2*(y[0] - {_YHAT})*W2[0,0]*{_STEP}"),
            ("dw2-square", r"\frac{\partial J}{\partial w_2} = -2(y - ReLU(x)) ReLU(x)^2", f"{_DW2}*{_H}")):
        cases.append(Public(f"{key}-ones", "test", "ones", _LINE, text, ((W,),),
                            (Twin("gradient", "W1[0,0]" if "w_1" in text else "W2[0,0]", (member,)),)))
    # 3. w_2 named (inside the bracket) and left out as the chain's factor: w_2 is no given 1 there, so it stays wrong;
    # y-hat named holds w_2 (a unit computed from it): dJ/dh without the factor w_2 stays wrong
    cases.append(Public("names-w2-ones", "test", "ones", _LINE,
                        r"\frac{\partial J}{\partial w_1} = -2(y - w_2 ReLU(x)) \cdot x \cdot 1(x > 0)", ((W,),),
                        (Twin("gradient", "W1[0,0]", (f"-2*(y[0] - {_YHAT})*x[0]*{_STEP}",)),)))
    cases.append(Public("unit-holds-w2-ones", "test", "ones", _LINE, r"\frac{\partial J}{\partial h} = -2(y - \hat{y})",
                        ((W,),), (Twin("value", "-2*(y[0] - a2[0])*W2[0,0]", ("-2*(y[0] - a2[0])",)),)))
    # 4. with the target written by its value (4, given_in_place) and the weights left out: both fixed, right; a
    # sign wrong stays wrong. With the data written in and w_1 kept (written_data): w_2 fixed too, right; another
    # input's number stays wrong
    cases.append(Public("target-and-weights-ones", "test", "ones", _LINE, "J = (4 - ReLU(x))^2", ((C,),),
                        (Twin("value", "(y[0] - a2[0])**2", (f"(y[0] - {_YHAT})**2",)),)))
    cases.append(Public("target-and-weights-sign-ones", "test", "ones", _LINE, "J = (4 + ReLU(x))^2", ((W,),),
                        (Twin("value", "(y[0] - a2[0])**2", (f"(y[0] + {_YHAT})**2",)),)))
    cases.append(Public("data-and-weights-ones", "test", "ones", _LINE, "J = (4 - ReLU(2 w_1))^2", ((C,),),
                        (Twin("value", "(y[0] - a2[0])**2", (f"(y[0] - {_YHAT})**2",)),)))
    cases.append(Public("data-and-weights-input-ones", "test", "ones", _LINE, "J = (4 - ReLU(3 w_1))^2", ((W,),),
                        (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - W2[0,0]*relu(3*W1[0,0]))**2",)),)))
    # 5. a layer with weights 1 and -1: a = b = 1 left out, right; d = -1 is never fixed (a minus is written, not
    # left out), so u - v for h_2 stays wrong, as does u + v for h_2
    cases.append(Public("sum-of-ones", "test", "gate", _GATE, "h_1 = u + v", ((C,),),
                        (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),)))
    cases.append(Public("minus-one-stays", "test", "gate", _GATE, "h_2 = u - v", ((W,),),
                        (Twin("value", "z1[1]", ("W1[1,0]*x[0] - x[1]",)),)))
    cases.append(Public("other-unit", "test", "gate", _GATE, "h_2 = u + v", ((W,),),
                        (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[0,1]*x[1]",)),)))
    # 6. a chain's factors written by their values at the file's numbers: each 1 the slope of a ReLU active there
    # (the twin writes the slope where the 1 is), w_5 and u as before: right. A 0 for an active slope, a 1 for the
    # slope of o_2 (0 there: the twin as written), another input, or the 1s after a wrong member stay wrong. A
    # product's factors in another order than the member before's stay wrong too (which number stands for which
    # factor is unsaid), though they multiply to the same: not among these cases, where the oracle would call it right
    for key, text, verdicts, members in (
            ("slopes", _DY_DW1 + r"\frac{\partial o_1}{\partial s_1} \times \frac{\partial s_1}{\partial w_1} = 1 \times"
             r" w_5 \times 1 \times u", (C, C), (_DY_W1, _DY_W1)),
            ("slope-zero", _DY_DW1 + r"\frac{\partial o_1}{\partial s_1} \times \frac{\partial s_1}{\partial w_1} = 1"
             r" \times w_5 \times 0 \times u", (C, W), (_DY_W1, "Heaviside(z2[0])*W2[0,0]*0*x[0]")),
            ("slope-inactive", _DY_DW3 + r"\frac{\partial o_2}{\partial s_2} \times \frac{\partial s_2}{\partial w_3} = 1"
             r" \times w_6 \times 1 \times u", (C, W),
             ("Heaviside(z2[0])*W2[0,1]*Heaviside(z1[1])*x[0]", "1*W2[0,1]*1*x[0]")),
            ("slopes-other-input", _DY_DW1 + r"\frac{\partial o_1}{\partial s_1} \times \frac{\partial s_1}{\partial w_1}"
             r" = 1 \times w_5 \times 1 \times v", (C, W),
             (_DY_W1, "Heaviside(z2[0])*W2[0,0]*Heaviside(z1[0])*x[1]")),
            ("slopes-after-wrong", r"\frac{\partial y}{\partial w_1} = \frac{\partial y}{\partial s_3} \times"
             r" \frac{\partial s_3}{\partial o_2} \times \frac{\partial o_1}{\partial s_1} \times \frac{\partial s_1}{\partial w_1}"
             r" = 1 \times w_6 \times 1 \times u", (W, W),
             ("Heaviside(z2[0])*W2[0,1]*Heaviside(z1[0])*x[0]", "Heaviside(z2[0])*W2[0,1]*Heaviside(z1[0])*x[0]"))):
        target = "Heaviside(z2[0])*W2[0,1]*Heaviside(z1[1])*x[0]" if "w_3" in text else _DY_W1
        cases.append(Public(key, "test", "gate", _CHAIN, text, (verdicts,), (Twin("value", target, members),)))
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _steps(network: str, notation: str, text: str) -> list:
    table = notation_from_table(tomllib.loads(notation)["notation"], "<test>")
    result = check_homework(CHECKS.problem(Public("note", "test", network, notation, text)), text, notation=table)
    return [step for claim in result.claims for step in claim.steps]


def test_the_verdict_says_which_weights_it_was_judged_with():
    """The member right with the weights of 1 says so plainly, naming them, and that as a rule it would be wrong."""
    step, = _steps("ones", _LINE, r"\frac{\partial J}{\partial w_1} = -2(y - ReLU(x)) \cdot x \cdot 1(x > 0)")
    assert step.verdict == "correct"
    assert step.detail == ("right with the file's W1[0,0] = 1, W2[0,0] = 1, which it leaves out, everything else at"
                           " random points; as a rule for every weight it would be wrong")
    step, = _steps("ones", _LINE, "J = (4 - ReLU(x))^2")
    assert step.detail == ("judged at the file's y[0] = 4, which it writes by their values and names nowhere, and"
                           " right with the file's W1[0,0] = 1, W2[0,0] = 1, which it leaves out, everything else at"
                           " random points; as a rule for every weight it would be wrong")


def test_the_factors_verdict_says_which_numbers_stand_for_which_factors():
    """The product right factor by factor names each whole number's factor."""
    case = next(case for case in CASES if case.key == "slopes")
    step = _steps("gate", _CHAIN, case.text)[1]
    assert step.verdict == "correct"
    assert step.detail == ("factor by factor against the member before: 1 for dy/ds_{3}, 1 for do_{1}/ds_{1}, each the"
                           " factor's value at the file's numbers; the other factors equal to theirs at random points")


def test_a_right_member_keeps_its_verdict_and_detail():
    """A member right at random points is never judged again: no note of weights."""
    step, = _steps("ones", _LINE, r"\frac{\partial J}{\partial w_2} = -2(y - \hat{y}) h")
    assert step.verdict == "correct" and "leaves out" not in step.detail


def test_a_case_that_fixes_the_only_input_leaves_nothing_random_so_the_rule_stays_out():
    """With x fixed by a case in words and both weights at 1, x^2/2 and relu(x) would be one number each (2): the
    member names nothing drawn at random, so the weights are not fixed and the member stays wrong (a formula's
    claim is judged as a formula; a number at the file's numbers is written as a number)."""
    step, = _steps("ones", _LINE, r"\hat{y} = x^2/2 \quad \text{since } x = 2")
    assert step.verdict == "wrong"
    # naming the target, drawn at random, the member composes with the case: (y - ReLU(2))^2 is J at x = 2 with
    # w_1 = w_2 = 1 for every y (by hand: y-hat = 1 * ReLU(1 * 2)); a sign wrong stays wrong
    step, = _steps("ones", _LINE, r"J = (y - ReLU(2))^2 \quad \text{since } x = 2")
    assert step.verdict == "correct" and "W1[0,0] = 1, W2[0,0] = 1, which it leaves out" in step.detail
    step, = _steps("ones", _LINE, r"J = (y + ReLU(2))^2 \quad \text{since } x = 2")
    assert step.verdict == "wrong"


def test_grade_carries_the_weights_note(tmp_path):
    """grade's JSON and HTML carry the correct member's note, as for a target written by its value."""
    problem = tmp_path / "ones.toml"
    problem.write_text(NETWORKS["ones"])
    notation = tmp_path / "line.toml"
    notation.write_text(_LINE)
    document = tmp_path / "answer.md"
    document.write_text("$$\\frac{\\partial J}{\\partial w_1} = -2(y - ReLU(x)) \\cdot x \\cdot 1(x > 0)$$\n")
    common = ["grade", str(document), "--notation", str(notation), "--problem", str(problem), "--workers", "1"]
    assert main([*common, "--format", "json", "-o", str(tmp_path / "graded.json")]) == 0
    assert main([*common, "--format", "html", "--out", str(tmp_path / "pages")]) == 0
    claim, = json.loads((tmp_path / "graded.json").read_text())["submissions"][0]["claims"]
    assert claim["verdict"] == "correct"
    assert claim["detail"] == ("step 1 (-2(y - ReLU(x)) \\cdot x \\cdot 1(x > 0)): right with the file's W1[0,0] = 1,"
                               " W2[0,0] = 1, which it leaves out, everything else at random points; as a rule for"
                               " every weight it would be wrong")
    page = "".join(path.read_text() for path in (tmp_path / "pages").iterdir())
    assert "W1[0,0] = 1, W2[0,0] = 1, which it leaves out" in page
