"""The pages of batches 59 and 60 of the public formulas showed general constructs of code refused, each written here
as another author would (other names, other networks than the pages'): R's matrix functions, its transpose t(X) (in
plain code and in \\text{...}, where t also names a quantity judged both ways) and its sums colSums(X) and rowSums(X)
of a matrix whose rows are the samples; the return of an assignment, Java's ``return d = ...;``, whose claim is the
assignment; and a definition as a claim's condition, ``if h = f(s) then f'(s) = 1 - h^2``, the claim judged with the
name standing for the expression (the definition judged too where the notation names the name). What stays refused:
t(X) where the transpose and t times (X) both read and disagree, a bare ``return`` of an expression (no left side),
a condition defining a name the notation means otherwise, and a condition that is no definition.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_1_1, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-sigmoid-two": TANH_2_2_SIGMOID_2, "tanh-one": TANH_1_1}
CHECKS = CaseChecks(NETWORKS)

# an R script's names: hid the hidden layer's output (a row, as R's samples are), V the hidden-first weights (2 x 2)
# and dV their gradient, dout dE/d(output sums), dc the output biases' gradient, dhid dE/d(hid); goal the targets
_R_NAMES = r'''
[notation]
[notation.symbols]
"hid" = "a1[:]"
"V_{jk}" = "W2[k-1, j-1]"
"dV_{jk}" = "grad(W2[k-1, j-1])"
"dout" = "grad(z2[:])"
"dc" = "grad(b2[:])"
"dhid" = "grad(a1[:])"
"goal_{k}" = "y[k-1]"
'''
# the targets named t, as R's t(...) is written: t(hid) may also be t times (hid)
_T_NAMED = _R_NAMES + '"t_{k}" = "y[k-1]"\n'
_DZ2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DZ2_0, _DZ2_1 = _DZ2.format(k=0), _DZ2.format(k=1)
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_K2 = ({"k": 0}, {"k": 1})
_J2 = ({"j": 0}, {"j": 1})
_DV = (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*" + _DZ2,), _KJ),)
_DHID = f"W2[0,{{j}}]*{_DZ2_0} + W2[1,{{j}}]*{_DZ2_1}"
# a Java node's names: d its error term dE/d(sum), o its output, goal its target
_JAVA_NAMES = r'''
[notation]
[notation.symbols]
"d" = "grad(z1[0])"
"o" = "a1[0]"
"goal" = "y[0]"
'''
_D = "(a1[0] - y[0])*(1 - a1[0]**2)"
# one tanh unit's names: h its output, s its sum, f the tanh
_UNIT_NAMES = r'''
[notation]
functions = { f = "tanh" }
[notation.symbols]
"h" = "a1[0]"
"s" = "z1[0]"
'''
_SLOPE = "1 - tanh(z1[0])**2"
_T_FUNCTION = _JAVA_NAMES.replace("[notation]\n", '[notation]\nfunctions = { t = "tanh" }\n') + '"s" = "z1[0]"\n'


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # R's t(...) in \text{}, \times between the two matrices their product
            ("r-transpose-text", r"dV = \text{t(hid)} \times \text{dout}", ((C,),), _DV),
            ("r-transpose-mathrm", r"dV = \mathrm{t(hid)} \, \mathrm{dout}", ((C,),), _DV),
            ("r-transpose-code", "dV <- t(hid) %*% dout", ((C,),), _DV),
            ("r-transpose-code-wrong", "dV = t(hid) %*% (2 * dout)", ((W,),),
             (Twin("gradient", "W2[{k},{j}]", ("2*a1[{j}]*" + _DZ2,), _KJ),)),
            ("r-transpose-weights", "dhid = dout %*% t(V)", ((C,),),
             (Twin("value", _DHID, (_DHID,), _J2),)),
            ("r-transpose-weights-wrong", r"dhid = \text{dout} \times \text{t(V)} + \text{hid}", ((W,),),
             (Twin("value", _DHID, (_DHID + " + a1[{j}]",), _J2),)),
            # R's sums over a matrix whose rows are the samples: colSums over the one sample, rowSums its entries
            ("r-column-sums", "dc = colSums(dout)", ((C,),), (Twin("gradient", "b2[{k}]", (_DZ2,), _K2),)),
            ("r-column-sums-text", r"dc = \text{colSums(dout)}", ((C,),),
             (Twin("gradient", "b2[{k}]", (_DZ2,), _K2),)),
            ("r-column-sums-wrong", "dc = colSums(-dout)", ((W,),), (Twin("gradient", "b2[{k}]", ("-" + _DZ2,), _K2),)),
            ("r-row-sums-wrong", "dc = rowSums(dout)", ((W,),),
             (Twin("gradient", "b2[{k}]", (f"{_DZ2_0} + {_DZ2_1}",), _K2),))):
        cases.append(Public(key, "test", "tanh-sigmoid-two", _R_NAMES, text, expected, twins))
    for key, text, expected, twins in (
            # Java's return of an assignment: the assignment is the claim
            ("return-assignment", "return d = (o - goal) * (1 - o * o);", ((C,),),
             (Twin("gradient_z", "z1[0]", (_D,)),)),
            ("return-assignment-indented", "        return d  = (o - goal) * (1 - o*o);", ((C,),),
             (Twin("gradient_z", "z1[0]", (_D,)),)),
            ("return-assignment-wrong", "return d = (o - goal) * o * (1 - o);", ((W,),),
             (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),))):
        cases.append(Public(key, "test", "tanh-one", _JAVA_NAMES, text, expected, twins))
    for key, text, expected, twins in (
            # a definition as the condition of a claim: the name stands for its expression in the claim
            ("if-definition-then", "Recall that if h = f(s) then f'(s) = 1 - h^2.", ((C,), (C,)),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)), Twin("value", _SLOPE, ("1 - a1[0]**2",)))),
            ("if-definition-comma-then", r"If h = \tanh(s), then \tanh'(s) = 1 - h^{2}", ((C,), (C,)),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)), Twin("value", _SLOPE, ("1 - a1[0]**2",)))),
            ("if-definition-then-wrong", "if h = f(s) then f'(s) = 1 - h", ((C,), (W,)),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)), Twin("value", _SLOPE, ("1 - a1[0]",)))),
            # a name the notation does not name: the condition's meaning alone, one claim
            ("if-local-name-then", r"if u = \tanh(s) then \tanh'(s) = 1 - u^2", ((C,),),
             (Twin("value", _SLOPE, (_SLOPE,)),)),
            ("if-local-name-then-wrong", r"if u = \tanh(s) then \tanh'(s) = (1 - u)^2", ((W,),),
             (Twin("value", _SLOPE, ("(1 - tanh(z1[0]))**2",)),))):
        cases.append(Public(key, "test", "tanh-one", _UNIT_NAMES, text, expected, twins))
    # outside R's code (no %*% nor <-) t(o) stays mathematics': t times o, never o's transpose
    cases.append(Public("t-outside-r-code-wrong", "test", "tanh-one", _JAVA_NAMES + '"t" = "y[0]"\n"q" = "a1[0]"\n',
                        "q = t(o)", ((W,),), (Twin("value", "a1[0]", ("y[0]*a1[0]",)),)))
    # a function the notation names t is that function: t(s) is tanh(s), never s's transpose
    cases.append(Public("function-named-t", "test", "tanh-one", _T_FUNCTION, "o = t(s)", ((C,),),
                        (Twin("value", "a1[0]", ("tanh(z1[0])",)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_t_of_a_name_where_the_transpose_and_the_product_disagree_is_refused():
    """t a number the notation names: in R's code (its <-), t(o) is o's transpose (o) or t times o, and the verdicts
    differ."""
    refusal = CHECKS.refused("tanh-one", _JAVA_NAMES + '"t" = "y[0]"\n"q" = "a1[0]"\n', "q <- t(o)")
    assert "R's transpose of o or as t times (o)" in refusal


def test_a_bare_return_of_an_expression_stays_refused():
    """No name assigned: what it returns is said by the def line, which is missing."""
    assert "a return line alone has no left side" in CHECKS.refused(
        "tanh-one", _JAVA_NAMES, "return (o - goal) * (1 - o * o);")


def test_a_return_of_a_comparison_stays_refused():
    """return d == ...; compares: no claim."""
    CHECKS.refused("tanh-one", _JAVA_NAMES, "return d == (o - goal) * (1 - o * o);")


def test_t_of_a_name_where_the_notation_names_t_and_the_product_reads_otherwise_is_refused():
    """t the targets (2 entries, as hid): t(hid) %*% dout is R's transpose, or t times hid (entrywise) times dout."""
    for text in ("dV <- t(hid) %*% dout", "dhid = dout %*% t(V)"):
        assert "R's transpose of" in CHECKS.refused("tanh-sigmoid-two", _T_NAMED, text)



def test_a_condition_defining_a_name_otherwise_than_the_notation_is_refused():
    """h is the unit's output; the condition makes it 2 f(s): the claim after 'then' would have two readings."""
    assert "defines h otherwise than the notation does" in CHECKS.refused(
        "tanh-one", _UNIT_NAMES, "if h = 2 f(s) then f'(s) = 1 - h^2/4")


def test_a_condition_that_is_no_definition_stays_refused():
    """if s > 0 then ...: a condition, which check does not judge."""
    CHECKS.refused("tanh-one", _UNIT_NAMES, "Note that if s > 0 then f'(s) = 1 - h^2")

