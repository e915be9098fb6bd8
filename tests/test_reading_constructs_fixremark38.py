"""The pages of batch 156 of the public formulas (worked examples in Markdown, a Python 2 script of np.matrix rows, a
React playground) showed constructs refused, each written here as another author would (other names, other numbers):

- a remark in parentheses closing a worked result, its words joined by a slash or a plus, ``(identity/linear + MSE
  shortcut)``: a remark where no word of it is a name of the notation's and one is prose, never a factor (a word the
  notation names keeps it a factor, refused where it cannot be read);
- a relation in parentheses after a result, ``d(hid)/d(u) = inp = 1.5 (hid = inp * u)``: the worked example's reminder,
  a premise judged as remark_premises judges ``(since ...)``: dropped where right, refused where wrong;
- an arrow up or down (or a cross) after a result, ``= 2.216  ↑``: the author's mark, never a part of the formula;
- NumPy's ``np.multiply(u, v, out)``: the product of two written into out, read so where out is the statement's left
  side; elsewhere judged also as the product of the three and refused where the two readings disagree;
- a JavaScript map with an index, ``dL_da1.map((g, k) => g * dRelu(z1s[k]))``, whose body indexes a name the notation
  gives whole with letters after its digits (z1s[k]): the entry k of that name.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # a 1-1-1 network without activation nor biases (a lesson's walk-through): x = 1.5, u = 0.4, v = 2.0, goal 3.0,
    # rate 0.2; hid = 0.6, out = 1.2
    "id-111": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.4]]',
                           'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[2.0]]',
                           loss="half_squared_error", extra=data_tables("[1.5]", "[3.0]", 0.2)),
    # a 3-2-2 sigmoid network (a script's chain of named derivatives)
    "sig-322": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=data_tables("[0.2, -0.4, 0.7]", "[0.1, 0.9]", 0.5)),
    # a 2-2-1 network, ReLU hidden units (the second one's sum -0.45, its slope 0) and a sigmoid output
    "relu-221": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.4, -0.2], [-0.5, 0.1]]\n'
                             'biases = [0.1, 0.0]',
                             'units = 1\nactivation = "sigmoid"\nweights = [[0.7, -0.3]]\nbiases = [0.2]',
                             loss="half_squared_error", extra=data_tables("[1.0, 0.5]", "[1.0]", 0.5)),
}
CHECKS = CaseChecks(NETWORKS)

_LESSON = r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"inp" = "x[0]"
"u" = "W1[0, 0]"
"hid" = "a1[0]"
"v" = "W2[0, 0]"
"out" = "a2[0]"
"goal" = "y[0]"
"delta" = "grad(z2[0])"
"v_next" = "new(W2[0, 0])"
'''
# the script's chain: the output's derivative, its slope, the sum's derivative by its bias (1)
_CHAIN = r'''
[notation]
[notation.symbols]
"out" = "a2[:]"
"dE_dout" = "grad(a2[:])"
"dout_dnet" = "a2[:]*(1 - a2[:])"
"dnet_db" = "1"
"dE_db2" = "grad(b2[:])"
'''
_PLAYGROUND = r'''
[notation]
functions = { dRelu = "relu' at input" }
[notation.symbols]
"z1s" = "z1[:]"
"dL_da1" = "grad(a1[:])"
"dL_dz1" = "grad(z1[:])"
'''
_DELTA = (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=1.2 - 3.0", "=-1.8")),)
_V_STEP = "W2[0,0] - eta*(a2[0] - y[0])*a1[0]"
_K2 = tuple({"k": k} for k in range(2))
_J2 = tuple({"j": j} for j in range(2))
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_RELU_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_RELU_D1 = f"{_RELU_D2}*W2[0,{{j}}]*Heaviside(z1[{{j}}])"


def _cases() -> list[Public]:
    cases = []
    for key, network, notation, text, expected, twins in (
            # a remark in words joined by a slash and a plus after the result
            ("remark-slash-plus", "id-111", _LESSON, "  delta = out - goal = 1.2 - 3.0 = -1.8     (identity/linear + MSE"
             " shortcut)", ((C, C, C),), _DELTA),
            ("remark-slash-plus-wrong", "id-111", _LESSON, "  delta = goal - out = 3.0 - 1.2 = 1.8     "
             "(identity/linear + MSE shortcut)", ((W, W, W),),
             (Twin("value", "a2[0] - y[0]", ("y[0] - a2[0]", "=3.0 - 1.2", "=1.8")),)),
            # a relation in parentheses after the result: the forward line again, judged and dropped
            ("remark-relation", "id-111", _LESSON, "d(hid)/d(u)     = inp = 1.5        (hid = inp * u)", ((C, C),),
             (Twin("value", "x[0]", ("x[0]", "=1.5")),)),
            ("remark-relation-wrong", "id-111", _LESSON, "d(hid)/d(u)     = u = 0.4        (hid = inp * u)", ((W, W),),
             (Twin("value", "x[0]", ("W1[0,0]", "=0.4")),)),
            # an arrow up or down after the result
            ("arrow-up", "id-111", _LESSON, "v_next = v - eta * (out - goal) * hid = 2.0 + 0.216 = 2.216  ↑",
             ((C, C, C),), (Twin("update", "W2[0,0]", (_V_STEP, "=2.0 + 0.216", "=2.216")),)),
            ("arrow-down-wrong", "id-111", _LESSON, "v_next = v + eta * (out - goal) * hid = 1.784  ↓", ((W, W),),
             (Twin("update", "W2[0,0]", ("W2[0,0] + eta*(a2[0] - y[0])*a1[0]", "=1.784")),)),
            # NumPy's out argument: the statement's own left side, or the notation's 1 (both readings agree)
            ("out-one", "sig-322", _CHAIN, "dE_db2 = np.multiply(dE_dout, dout_dnet, dnet_db)", ((C,),),
             (Twin("gradient", "b2[{k}]", (_D2,), _K2),)),
            ("out-left-side", "sig-322", _CHAIN, "dE_db2 = np.multiply(dE_dout, dout_dnet, dE_db2)", ((C,),),
             (Twin("gradient", "b2[{k}]", (_D2,), _K2),)),
            ("out-one-wrong", "sig-322", _CHAIN, "dE_db2 = np.multiply(dE_dout, out, dnet_db)", ((W,),),
             (Twin("gradient", "b2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)),
            ("out-left-side-wrong", "sig-322", _CHAIN, "dE_db2 = np.multiply(dE_dout, out, dE_db2)", ((W,),),
             (Twin("gradient", "b2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)),
            # a JavaScript map with an index, the entry of a name with letters after its digits
            ("map-index", "relu-221", _PLAYGROUND, "  const dL_dz1 = dL_da1.map((g, k) => g * dRelu(z1s[k]));",
             ((C,),), (Twin("gradient_z", "z1[{j}]", (_RELU_D1,), _J2),)),
            ("map-index-wrong", "relu-221", _PLAYGROUND, "  const dL_dz1 = dL_da1.map((g, k) => g * z1s[k]);",
             ((W,),), (Twin("gradient_z", "z1[{j}]", (f"{_RELU_D2}*W2[0,{{j}}]*z1[{{j}}]",), _J2),)),
            ("map-element-index", "relu-221", _PLAYGROUND, "const dL_dz1 = z1s.map((s, k) => dL_da1[k] * dRelu(s))",
             ((C,),), (Twin("gradient_z", "z1[{j}]", (_RELU_D1,), _J2),))):
        cases.append(Public(key, "test", network, notation, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_remark_holding_a_name_of_the_notation_stays_a_factor():
    """(out/goal + MSE shortcut): out and goal are the notation's names, so the parenthesis may be a factor; it is
    read as one, and refused where it cannot be read (MSE names nothing)."""
    assert "MSE" in CHECKS.refused("id-111", _LESSON, "delta = out - goal = -1.8  (out/goal + MSE shortcut)")


def test_a_wrong_relation_in_parentheses_after_a_result_is_refused():
    """(hid = inp * v): the reminder is wrong, so the step it supports is never called correct by dropping it."""
    assert "the premise in parentheses" in CHECKS.refused("id-111", _LESSON,
                                                          "d(hid)/d(u) = inp = 1.5  (hid = inp * v)")


def test_a_mark_inside_the_formula_stays_refused():
    """An arrow followed by more of the formula is no mark closing it: refused as written."""
    assert "cannot read" in CHECKS.refused("id-111", _LESSON, "v_next = v - eta * (out - goal) * hid ↑ 2")


def test_numpys_out_elsewhere_is_refused_where_the_readings_disagree():
    """np.multiply(u, v, w) with w no left side and not 1: NumPy's product of two or the author's of three."""
    assert "out argument" in CHECKS.refused("sig-322", _CHAIN, "dE_db2 = np.multiply(dE_dout, dout_dnet, out)")
