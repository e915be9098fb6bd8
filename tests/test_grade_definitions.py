"""Names a student defines in the document (``let $u = ...$``, ``\\frac{U}{V} = \\frac{A}{B}``), graded
on seed 000's 2-3-1 regression network (sigmoid hidden layer, identity output, SE = (y - O_0^2)^2).

Every verdict asserted here is also in ORACLE below: the claim as the student means it, transcribed by
hand (a twin, as in tests/seed_verbatim.py) and judged by the PyTorch oracle of test_seed_verbatim.py;
the rules themselves (scope, redefinition, names with no meaning, cycles, primes, a definition listed
and not judged) are the tests'. Seed 001's definitions are seed_verbatim_graded.py's entries.
"""

from __future__ import annotations

import json

import pytest

from backprop.cli import main
from backprop.grading.definitions import Definition, DefinitionError, expand, normal_name
from seed_verbatim import Twin, Verbatim
from test_seed_verbatim import oracle_verdicts

SETUP = ("--problem", "seed000_regression", "--notation", "seed000")


def graded(tmp_path, capsys, text: str) -> dict:
    submission = tmp_path / "student.md"
    submission.write_text(text, encoding="utf-8")
    capsys.readouterr()
    status = main(["grade", str(submission), *SETUP, "--format", "json", "--workers", "1"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return json.loads(captured.out)["submissions"][0]


def verdicts(submission) -> list:
    return [(claim["line"], claim["verdict"]) for claim in submission["claims"]]


def test_a_defined_name_is_read_as_its_meaning_right_and_wrong(tmp_path, capsys):
    found = graded(tmp_path, capsys, r"""# Output weight

Let $u = y - O_0^2$.

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -2 u O_1^1$$

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = 2 u O_1^1$$
""")
    assert verdicts(found) == [(5, "correct"), (7, "wrong")]
    assert found["definitions"] == [{"line": 3, "name": "u", "text": "y - O_0^2", "status": "defined", "detail": ""}]
    # reported as written, not as read
    assert found["claims"][0]["steps"][0]["text"] == "-2 u O_1^1"


def test_without_the_definition_the_claim_is_unreadable(tmp_path, capsys):
    found = graded(tmp_path, capsys, r"""$$\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -2 u O_1^1$$
""")
    assert verdicts(found) == [(1, "unreadable")] and "unknown symbol u" in found["claims"][0]["detail"]


def test_a_where_clause_explains_the_formula_before_it(tmp_path, capsys):
    # "... \quad u = ..." in the display, and a display of its own after it: both explain the claim
    found = graded(tmp_path, capsys, r"""$$\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -2 u s \quad u = y - O_0^2,$$

$$s = O_1^1.$$
""")
    assert verdicts(found) == [(1, "correct")]
    assert [d["name"] for d in found["definitions"]] == ["u", "s"]


def test_a_redefinition_replaces_the_meaning_from_where_it_is_made(tmp_path, capsys):
    found = graded(tmp_path, capsys, r"""Let $u = y$.

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2 (u - O_0^2)$$

Now let $u = O_0^2$.

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2 (u - O_0^2)$$

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2 (y - u)$$
""")
    assert verdicts(found) == [(3, "correct"), (7, "wrong"), (9, "correct")]


def test_a_definition_holds_to_the_end_of_its_section(tmp_path, capsys):
    found = graded(tmp_path, capsys, r"""# One

Let $u = y - O_0^2$.

# Two

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2 u$$
""")
    assert verdicts(found) == [(7, "unreadable")] and "unknown symbol u" in found["claims"][0]["detail"]


def test_a_definition_with_a_name_of_no_meaning_is_refused_and_so_is_its_use(tmp_path, capsys):
    found = graded(tmp_path, capsys, r"""Let $u = y - Q$.

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2 u$$
""")
    definition = found["definitions"][0]
    assert definition["status"] == "refused" and "\n" not in definition["detail"]
    assert "uses Q, which neither the notation nor a definition before it gives a meaning" in definition["detail"]
    claim = found["claims"][0]
    assert claim["verdict"] == "unreadable" and "\n" not in claim["detail"]
    assert "uses u, whose definition (line 1) was refused" in claim["detail"]


def test_definitions_cannot_refer_to_each_other_in_a_cycle(tmp_path, capsys):
    # a right side reads only what is defined before it: u's v has no meaning yet, and v's u is refused
    found = graded(tmp_path, capsys, r"""Let $u = v + 1$ and $v = u$.

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2 (y - v)$$
""")
    assert [d["status"] for d in found["definitions"]] == ["refused", "refused"]
    assert "uses v, which neither" in found["definitions"][0]["detail"]
    assert "uses u, whose definition (line 1) was refused" in found["definitions"][1]["detail"]
    assert found["claims"][0]["verdict"] == "unreadable"
    # a name's own earlier meaning is what its redefinition reads: u = 2u doubles it, once
    found = graded(tmp_path, capsys, r"""Let $u = y - O_0^2$. Then let $u = 2 u$.

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -u$$
""")
    assert verdicts(found) == [(3, "correct")]


def test_a_name_the_notation_knows_is_a_claim_not_a_definition(tmp_path, capsys):
    # y is the target: y = O_0^2 is a value claim (wrong), not a definition of y
    found = graded(tmp_path, capsys, r"""$$y = O_0^2$$
""")
    assert "definitions" not in found and verdicts(found) == [(1, "wrong")]


def test_a_prime_is_the_derivative_by_the_claims_parameter(tmp_path, capsys):
    # u = y - O_0^2, so du/da_00^1 = -1; s = O_1^1 has ds/da_11^0 = O_1^1 (1 - O_1^1) O_1^0
    found = graded(tmp_path, capsys, r"""Let $u = y - O_0^2$ and $s = O_1^1$.

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = 2 u u'$$

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{11}^0} = -2 u a_{10}^1 s'$$

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{11}^0} = -2 u a_{10}^1 s' O_1^0$$
""")
    assert verdicts(found) == [(3, "correct"), (5, "correct"), (7, "wrong")]


def test_a_prime_without_a_clear_parameter_is_refused_in_one_line(tmp_path, capsys):
    found = graded(tmp_path, capsys, r"""Let $u = y - O_0^2$.

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2 u$$

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -2 u O_1^1$$

$$O_0^2 = y + u'$$
""")
    assert verdicts(found) == [(3, "correct"), (5, "correct"), (7, "unreadable")]
    detail = found["claims"][2]["detail"]
    assert "\n" not in detail and "u' is the derivative of u, but by which parameter is not clear" in detail
    # in a section whose derivatives are all by one parameter, that one
    found = graded(tmp_path, capsys, r"""Let $u = y - O_0^2$.

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2 u$$

$$O_0^2 = O_0^2 + 1 + u'$$
""")
    assert verdicts(found) == [(3, "correct"), (5, "correct")]


def test_a_fraction_of_names_set_equal_to_a_fraction_defines_them(tmp_path, capsys):
    # the quotient rule's set-up: O_1^1 = u/v = 1/(1 + e^{-x}), then (v u' - u v')/v^2 by x_1^1
    found = graded(tmp_path, capsys, r"""$$O_1^1 = \frac{u}{v} = \frac{1}{1 + e^{-x_1^1}}$$

$$\frac{\partial O_1^1}{\partial x_1^1} = \frac{v u' - u v'}{v^2}$$

$$\frac{\partial O_1^1}{\partial x_1^1} = \frac{v u' + u v'}{v^2}$$
""")
    assert [(d["name"], d["text"]) for d in found["definitions"]] == [("u", "1"), ("v", "1 + e^{-x_1^1}")]
    assert verdicts(found) == [(1, "correct"), (3, "correct"), (5, "wrong")]
    assert [step["text"] for step in found["claims"][0]["steps"]] == [r"\frac{1}{1 + e^{-x_1^1}}"]


def test_the_text_report_lists_definitions_among_the_claims(tmp_path, capsys):
    submission = tmp_path / "student.md"
    submission.write_text("Let $u = y - O_0^2$.\n\n$$\\frac{\\partial SEE(y, O_0^2)}{\\partial a_{00}^1} = -2 u$$\n")
    capsys.readouterr()
    assert main(["grade", str(submission), *SETUP, "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "line    1  defined    name     u: u = y - O_0^2" in out and "1 correct, 0 wrong, 0 unreadable" in out


# -- expansion, without a network ------------------------------------------------------------------------


def test_names_are_found_as_latex_writes_them():
    assert [normal_name(text) for text in ("u", "U'", r"\tilde u", r"\tilde{u}''", r"\alpha", "uv", "u_j", r"\exp")] \
        == ["u", "U'", r"\tilde{u}", r"\tilde{u}''", r"\alpha", None, None, None]
    visible = {"u": Definition("u", "a", 1, meaning="a"), "v": Definition("v", "b", 1, meaning="b_{k}")}
    text, used = expand(r"vu' + \text{u} + x_{u} + e^{u} + \exp(v)", visible, "w", "here")
    assert text == (r"\left(b_{k}\right)\left(\frac{\partial}{\partial w} \left[ a \right]\right) + \text{u} + x_{u}"
                    r" + e^{\left(a\right)} + \exp(\left(b_{k}\right))")
    assert [d.name for d in used] == ["v", "u", "u", "v"]


def test_expansion_is_bounded():
    big = Definition("u", "x", 1, meaning="x" * 15_000)
    with pytest.raises(DefinitionError, match="more than the 20,000 a formula may have"):
        expand("u + u", {"u": big}, None, "line 3")
    with pytest.raises(DefinitionError, match="order 2"):
        expand("u''", {"u": Definition("u", "x", 1, meaning="x")}, "w", "line 3")


# -- the oracle's verdicts on the claims above, as the student means them ------------------------------------

C, W = "correct", "wrong"
_OUT = "(y[0] - a2[0])"
_SIG = "a1[0]*(1 - a1[0])"
ORACLE = [
    # (where, twin of the claim with the names written out, verdict asserted above)
    ("right use, where clause, text report", Twin("gradient", "W2[0,0]", (f"-2*{_OUT}*a1[0]",)), C),
    ("wrong use", Twin("gradient", "W2[0,0]", (f"2*{_OUT}*a1[0]",)), W),
    ("redefinition: u = y; u = 2u doubles the earlier u", Twin("gradient", "b2[0]", (f"-2*{_OUT}",)), C),
    ("redefinition: u = O_0^2 in u - O_0^2", Twin("gradient", "b2[0]", ("-2*(a2[0] - a2[0])",)), W),
    ("prime: 2 u u', u' = d(y - O)/db = -1 (and 2 u du/db)", Twin("gradient", "b2[0]", (f"2*{_OUT}*(-1)",)), C),
    ("prime: s' = dO_1^1/da_11^0", Twin("gradient", "W1[0,0]", (f"-2*{_OUT}*W2[0,0]*{_SIG}*x[0]",)), C),
    ("prime: s' and O_1^0 again", Twin("gradient", "W1[0,0]", (f"-2*{_OUT}*W2[0,0]*{_SIG}*x[0]*x[0]",)), W),
    ("prime by the section's one parameter", Twin("value", "a2[0]", ("a2[0] + 1 + (-1)",)), C),
    ("fraction set-up", Twin("value", "a1[0]", ("1/(1 + np.exp(-z1[0]))",)), C),
    ("quotient rule", Twin("value", _SIG, ("(0 - 1*(-np.exp(-z1[0])))/(1 + np.exp(-z1[0]))**2",)), C),
    ("quotient rule, sign slip", Twin("value", _SIG, ("(0 + 1*(-np.exp(-z1[0])))/(1 + np.exp(-z1[0]))**2",)), W),
]


@pytest.mark.parametrize("where, twin, verdict", ORACLE, ids=[row[0] for row in ORACLE])
def test_each_verdict_above_is_the_oracles(where, twin, verdict):
    entry = Verbatim(f"definitions-{where}", "000", 0, "seed000_regression", "seed000", "", ((verdict,),), (twin,))
    assert oracle_verdicts(entry) == ((verdict,),)


def test_derivatives_of_and_by_defined_names():
    visible = {"u": Definition("u", "a", 1, meaning="O_0^2")}
    assert expand(r"\frac{\partial u}{\partial a_{00}^1} + \frac{du}{dw}", visible, None, "here")[0] == \
        (r"\frac{\partial}{\partial a_{00}^1} \left[ \left(O_0^2\right) \right] + \frac{\partial}{\partial w}"
         r" \left[ \left(O_0^2\right) \right]")
    with pytest.raises(DefinitionError, match="differentiates by u, a name the document defines"):
        expand(r"\frac{\partial SEE}{\partial u}", visible, None, "here")
    with pytest.raises(DefinitionError, match="u is a name the document defines and the index of a sum"):
        expand(r"\sum_{u=1}^{3} O_u^1 u", visible, None, "here")


def test_the_derivative_of_a_defined_name_is_that_of_its_meaning(tmp_path, capsys):
    found = graded(tmp_path, capsys, r"""Let $u = y - O_0^2$.

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = 2 u \frac{\partial u}{\partial a_{00}^1}$$
""")
    assert verdicts(found) == [(3, "correct")]


def test_the_feedback_page_lists_the_names_defined(tmp_path, capsys):
    submission = tmp_path / "student.md"
    submission.write_text("Let $u = y - Q$.\n\nLet $v = y - O_0^2$.\n")
    out = tmp_path / "pages"
    assert main(["grade", str(submission), *SETUP, "--workers", "1", "--format", "html", "--out", str(out)]) == 0
    page = (out / "student.html").read_text()
    assert "Names you defined" in page and 'id="name-3-v"' in page
    assert page.count("refused") == 1 and "uses Q, which neither the notation" in page


def test_definitions_built_on_definitions_cannot_blow_up(tmp_path, capsys):
    # each u = u u doubles u's meaning: past 20,000 characters it is refused, and so is every later one,
    # each saying so once (a chain of refusals does not repeat itself)
    text = "Let $u = y - O_0^2$.\n\n" + "\n\n".join(["$u = u u$"] * 40)
    found = graded(tmp_path, capsys, text + "\n\n$$\\frac{\\partial SEE}{\\partial a_{00}^1} = -2 u$$\n")
    statuses = [d["status"] for d in found["definitions"]]
    assert statuses[:3] == ["defined"] * 3 and statuses[-1] == "refused"
    first = statuses.index("refused")
    assert "more than the 20,000 a formula may have" in found["definitions"][first]["detail"]
    assert all(len(d["detail"]) < 400 for d in found["definitions"])
    assert found["claims"][0]["verdict"] == "unreadable" and "more than the 20,000" in found["claims"][0]["detail"]
