"""Batch 131's pages showed constructs misread or refused, written here as other authors would (other names, other
networks than the pages'):

- an equation written backwards, a product on the left and the name it is worth on the right (a forum learner's
  ``(dz[2]) w[2] * g[1]' (z[1]) = dz[1]``): judged as the same equation written forwards, where the member is read
  with the vectors as rows when only that reading has the left side's shape; so the left side is read with the
  vectors as rows when only that reading has the name's shape. A left side that no reading gives the name's shape
  stays wrong, naming the shapes;
- a forum's plain-text transpose, a capital T glued after a parenthesis (``(w[2])T dz[2]``, ``(W2)T delta2``), read
  as the transpose where the notation names no T (as ``W[2]T`` after a layer already is); refused where it names
  one (a target T, Rashid's), and a T after a space stays a symbol;
- equation numbers in an aligned display's column of their own on every row, three rows or more, in sequence
  (``& (1)``, ``& (2)``, ``& (3)``, a backward pass's descending ``& (5)``, ``& (4)``, ``& (3)``): the rows' labels,
  never a factor (a column of numbers no row's arithmetic is); numbers out of sequence, on some rows only, or on two
  rows only (test_reading_constructs_fixfresh7's), stay judged both ways and refused where the readings differ;
- Ng's gradient name before a decorated letter, ``d\\hat{y}_n`` (dL/d\\hat{y}_n), where the notation's convention
  gives d-names (a pattern ``"dz^{[2]}" = "grad(...)"``) and names no d; without the convention, d stays a symbol
  (refused as unknown).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_2_SIGMOID_1_BCE, TANH_2_3_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-2-2-sigmoid-1-bce": TANH_2_2_SIGMOID_1_BCE,
    "tanh-2-3-sigmoid-1": TANH_2_3_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)

# plain text's names for the layers' errors (the course's shorthand, dL/dz of each layer)
_PLAIN = r'''
[notation]
[notation.symbols]
"delta1" = "grad(z1[:])"
"delta2" = "grad(z2[:])"
"a1" = "a1[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
'''

# LaTeX's
_LATEX = r'''
[notation]
[notation.symbols]
"\\delta_1" = "grad(z1[:])"
"\\delta_2" = "grad(z2[:])"
"W_2" = "W2[:, :]"
"z_1" = "z1[:]"
'''
# an aligned display's names, each layer's whole vector or matrix
_ALIGNED = r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"z_1" = "z1[:]"
"a_1" = "a1[:]"
"W_1" = "W1[:, :]"
"b_1" = "b1[:]"
"z_2" = "z2[:]"
"a_2" = "a2[:]"
"W_2" = "W2[:, :]"
"b_2" = "b2[:]"
"\\delta_1" = "grad(z1[:])"
"\\delta_2" = "grad(z2[:])"
'''
_Z1 = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_Z2 = "W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]"
_FORWARD = ("$$\n\\begin{aligned}\nz_1 &= W_1 x + b_1 & (1) \\\\\na_1 &= \\tanh(z_1) & (2) \\\\\n"
            "z_2 &= W_2 a_1 + b_2 & (3)\n\\end{aligned}\n$$")
# the course's names on a one-output network, d-names the gradients (the convention a d-pattern of grad(...) gives)
_HATTED = r'''
[notation]
loss = ["L"]
[notation.symbols]
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"dz^{[2]}" = "grad(z2[0])"
'''
_DY_HAT = "-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])"
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})


def _cases() -> list[Public]:
    return [
        # ---- an equation written backwards: the rows' reading of its left side ----------------------------------
        Public("backwards-rows", "test", "tanh-2-2-sigmoid-1-bce", _PLAIN, "delta2 W2 * (1 - a1^2) = delta1", ((C,),),
               (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)",), _J2),)),
        Public("backwards-rows-code-power", "test", "tanh-2-2-sigmoid-1-bce", _PLAIN,
               "W2 * (1 - a1**2) * delta2 = delta1", ((C,),),
               (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(1 - a1[{j}]**2)*(a2[0] - y[0])",), _J2),)),
        Public("backwards-rows-forwards", "test", "tanh-2-2-sigmoid-1-bce", _PLAIN, "delta1 = delta2 W2 * (1 - a1^2)",
               ((C,),), (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)",), _J2),)),
        Public("backwards-rows-wrong", "test", "tanh-2-2-sigmoid-1-bce", _PLAIN, "delta2 W2 * a1 * (1 - a1) = delta1",
               ((W,),), (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J2),)),
        Public("backwards-rows-latex", "test", "tanh-2-3-sigmoid-1", _LATEX,
               r"$\delta_2 W_2 \odot \tanh'(z_1) = \delta_1$", ((C,),),
               (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*(1 - tanh(z1[{j}])**2)",),
                     _J3),)),
        Public("backwards-rows-latex-wrong", "test", "tanh-2-3-sigmoid-1", _LATEX,
               r"$\delta_2 W_2 \odot \sigma'(z_1) = \delta_1$", ((W,),),
               (Twin("gradient_z", "z1[{j}]",
                     ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J3),)),
        Public("backwards-rows-derivative", "test", "tanh-2-3-sigmoid-1", _LATEX,
               r"$\delta_2 W_2 \odot \tanh'(z_1) = \frac{\partial L}{\partial z_1}$", ((C,),),
               (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*(1 - tanh(z1[{j}])**2)",),
                     _J3),)),
        # ---- a T glued after a parenthesis: the transpose -------------------------------------------------------
        Public("parenthesis-t", "test", "tanh-2-2-sigmoid-1-bce", _PLAIN, "delta1 = (W2)T delta2 * (1 - a1^2)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)",), _J2),)),
        Public("parenthesis-t-wrong", "test", "tanh-2-2-sigmoid-1-bce", _PLAIN,
               "delta1 = (W2)T delta2 * a1 * (1 - a1)", ((W,),),
               (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])",), _J2),)),
        Public("parenthesis-t-latex", "test", "tanh-2-3-sigmoid-1", _LATEX,
               r"$\delta_1 = (W_2)T \delta_2 \odot \tanh'(z_1)$", ((C,),),
               (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])*(1 - tanh(z1[{j}])**2)",),
                     _J3),)),
        # ---- equation numbers in a column of their own, in sequence -----------------------------------------------
        Public("number-column", "test", "tanh-2-3-sigmoid-1", _ALIGNED, _FORWARD, ((C,), (C,), (C,)),
               (Twin("value", "z1[{j}]", (_Z1,), _J3), Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J3),
                Twin("value", "z2[0]", (_Z2,)))),
        Public("number-column-wrong", "test", "tanh-2-3-sigmoid-1", _ALIGNED, _FORWARD.replace(r"\tanh", r"\sigma"),
               ((C,), (W,), (C,)),
               (Twin("value", "z1[{j}]", (_Z1,), _J3), Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),
                Twin("value", "z2[0]", (_Z2,)))),
        Public("number-column-descending", "test", "tanh-2-3-sigmoid-1", _ALIGNED,
               "\\begin{align} \\delta_2 &= (a_2 - y) a_2 (1 - a_2) &(5) \\\\\n\\delta_1 &= W_2^T \\delta_2 \\odot "
               "\\tanh'(z_1) &(4) \\\\\na_1 &= \\tanh(z_1) &(3) \\end{align}", ((C,), (C,), (C,)),
               (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),
                Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])*(1 - tanh(z1[{j}])**2)",),
                     _J3),
                Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J3))),
        # ---- d before a decorated letter: Ng's gradient name --------------------------------------------------------
        Public("d-hat", "test", "tanh-2-2-sigmoid-1-bce", _HATTED,
               r"$d\hat{y} = -\frac{y}{\hat{y}} + \frac{1 - y}{1 - \hat{y}}$", ((C,),),
               (Twin("value", _DY_HAT, ("-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])",)),)),
        Public("d-hat-chain", "test", "tanh-2-2-sigmoid-1-bce", _HATTED,
               r"$dz^{[2]} = d\hat{y} \cdot \hat{y} (1 - \hat{y}) = \hat{y} - y$", ((C, C),),
               (Twin("gradient_z", "z2[0]", (f"({_DY_HAT})*a2[0]*(1 - a2[0])", "a2[0] - y[0]")),)),
        Public("d-hat-wrong", "test", "tanh-2-2-sigmoid-1-bce", _HATTED,
               r"$d\hat{y} = -\frac{y}{\hat{y}} - \frac{1 - y}{1 - \hat{y}}$", ((W,),),
               (Twin("value", _DY_HAT, ("-y[0]/a2[0] - (1 - y[0])/(1 - a2[0])",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_backwards_left_side_no_reading_shapes_as_the_name_stays_wrong():
    """The rows' reading of ``delta2 W2 * (1 - a1^2)`` is a row of two, W1 a 2 x 2 matrix: wrong under every
    reading, its step naming the shapes."""
    result = CHECKS.verdicts(Public("backwards-shape", "test", "tanh-2-2-sigmoid-1-bce", _PLAIN,
                                    "delta2 W2 * (1 - a1^2) = W1"))
    assert result == (("wrong",),)


def test_a_backwards_left_side_keeps_its_columns_where_they_fit():
    """``W2^T delta2`` is a column of the name's shape as read: no rows' reading is tried (its (1 - a1) slip is
    called wrong entry by entry)."""
    result = CHECKS.verdicts(Public("backwards-columns", "test", "tanh-2-2-sigmoid-1-bce", _PLAIN,
                                    "W2^T delta2 * (1 - a1) = delta1"))
    assert result == (("wrong",),)


def test_a_t_after_a_parenthesis_the_notation_names_is_refused():
    """Where the notation names T (a target), ``(W2)T delta2`` is the transpose or the product with T: refused."""
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1-bce", _PLAIN + '"T" = "y[0]"\n', "delta1 = (W2)T delta2 * (1 - a1^2)")
    assert "a transpose, or the notation's T" in refusal


def test_a_t_after_a_space_stays_a_symbol():
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1-bce", _PLAIN, "delta1 = (W2) T delta2 * (1 - a1^2)")
    assert "unknown symbol T" in refusal


def test_equation_numbers_out_of_sequence_stay_refused():
    """(1) then (5): the factor 5 on the second row, or its number; the readings differ, so refused as before."""
    refusal = CHECKS.refused("tanh-2-3-sigmoid-1", _ALIGNED, _FORWARD.replace("(2)", "(5)"))
    assert "the two readings do not agree" in refusal


def test_equation_numbers_on_some_rows_only_stay_refused():
    refusal = CHECKS.refused("tanh-2-3-sigmoid-1", _ALIGNED, _FORWARD.replace(" & (1)", ""))
    assert "the two readings do not agree" in refusal


def test_d_before_a_decorated_letter_without_the_convention_stays_a_symbol():
    """No d-pattern of grad(...) in the notation: d\\hat{y} is d then \\hat{y}, d unknown."""
    notation = _HATTED.replace('"dz^{[2]}" = "grad(z2[0])"\n', "")
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1-bce", notation,
                             r"$d\hat{y} = -\frac{y}{\hat{y}} + \frac{1 - y}{1 - \hat{y}}$")
    assert "unknown symbol d" in refusal


def test_equation_numbers_on_two_rows_only_stay_refused():
    """Two rows, (1) and (2): perhaps two factors still (fixfresh7's rule), judged both ways and refused."""
    two_rows = _FORWARD.replace(" & (3)", "").replace(" \\\\\nz_2 &= W_2 a_1 + b_2", "")
    assert two_rows.count("&=") == 2
    refusal = CHECKS.refused("tanh-2-3-sigmoid-1", _ALIGNED, two_rows)
    assert "the two readings do not agree" in refusal
