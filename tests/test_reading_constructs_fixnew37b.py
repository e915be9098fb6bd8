"""The pages of batch 144 of the public formulas (Haskell on hmatrix and Data.Matrix, Pascal, Racket on math/matrix)
showed constructs of those languages refused, each written here as another author would (other names, other networks
than the pages'):

- Pascal's (Delphi's) ``sqr(u)``, the square, in a text assigning with ``:=`` (``E := sqr(t - o) / 2;``); without
  the ``:=`` it stays refused (BASIC's ``Sqr`` is the square root);
- Scheme's and Racket's ``(define NAME VALUE)``, a name's value, read as ``(set! ...)`` is, and math/matrix's
  ``matrix+``, ``matrix-`` (entry by entry), ``matrix*`` (the matrix product), ``matrix-scale``, ``matrix-transpose``
  and ``matrix-map`` of a function's name; a function passed as a value (``(matrix* e matrix-map f o)``, a call's
  parentheses missing) and a map of a lambda stay refused;
- a Haskell line assigning one name that shows it is Haskell's (a spaced ``$``, an operator section, hmatrix's ``<>``,
  or a ``where`` binding applying a function by juxtaposition): ``(+) a b``, ``cmap (* eta) m``, ``scale k m``,
  ``a <> b`` the matrix product, ``transpose m``, ``tr m`` where the notation declares tr (hmatrix's transpose, math's
  trace), Data.Matrix's ``elementwise (*) a b``, ``fmap f' m`` of a primed function the notation declares; ``<>``
  beside another operator unparenthesized, an undeclared ``tr`` and a function no one names stay refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one sigmoid unit of known weights on one sample (Pascal's and Racket's pages: a program's numbers)
    "sig-known": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.3, -0.2]]\nbiases = [0.1]',
                              loss="half_squared_error", extra=data_tables("[1.0, 2.0]", "[1.0]", 0.5)),
    # the same unit with no bias, its update at rate 1 (Trask's form: no rate written)
    "sig-nobias": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5, -0.4]]',
                               loss="half_squared_error", extra=data_tables("[1.0, 0.5]", "[1.0]", 1.0)),
    # a 3-2-1 sigmoid network (the Haskell pages': a layer list of random weights), rate 0.5
    "sig-321": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=data_tables("[0.2, -0.4, 0.7]", "[1.0]", 0.5)),
}
CHECKS = CaseChecks(NETWORKS)

_PASCAL = r'''
[notation]
[notation.symbols]
"out" = "a1[0]"
"target" = "y[0]"
"net" = "z1[0]"
"halfsq" = "(y[0] - a1[0])*(y[0] - a1[0])/2"
'''
# Racket's: rows (one sample), weights input-first, err the error, step the code's delta (-dE/dz)
_RACKET = r'''
[notation]
learning_rate = ["lr"]
functions = { slope = "sigmoid' at output" }
[notation.symbols]
"inp" = "x[:].T"
"target" = "y[:].T"
"out" = "a1[:].T"
"weights" = "W1[:, :].T"
"err" = "y[:].T - a1[:].T"
"step" = "-grad(z1[:]).T"
'''
# hmatrix's: rows, weights input-first, dOut the code's delta (-dE/dz2), back -dE/d(hidden output)
_HMATRIX = r'''
[notation]
learning_rate = ["eta"]
functions = { tr = "transpose" }
[notation.symbols]
"hidden" = "a1[:].T"
"target" = "y[:].T"
"dOut" = "-grad(z2[:]).T"
"w2" = "W2[:, :].T"
"newW2" = "new(W2[:, :]).T"
"back" = "-grad(a1[:]).T"
'''
# Data.Matrix's: columns, weights output-first, dA = dC/d(output), delta2 = dC/dz2, grad2 = dC/dW2
_DATA_MATRIX = r'''
[notation]
functions = { "sigmoid'" = "sigmoid' at input" }
[notation.symbols]
"hidden" = "a1[:]"
"outp" = "a2[:]"
"zOut" = "z2[:]"
"dA" = "grad(a2[:])"
"delta2" = "grad(z2[:])"
"grad2" = "grad(W2[:, :])"
'''
_HALF = (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2/2",)),)
_D1 = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_STEP1 = (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*{_D1}*x[{{i}}]",), _I2),)
_STEP2 = (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_D2}*a1[{{j}}]",), _J2),)


def _cases() -> list[Public]:
    cases = []
    for key, network, notation, text, expected, twins in (
            # Pascal's sqr, the square, where := says the text is Pascal's
            ("pascal-sqr", "sig-known", _PASCAL, "halfsq := sqr(target - out) / 2;", ((C,),), _HALF),
            ("pascal-sqr-net", "sig-known", _PASCAL, "halfsq := sqr(target - net) / 2;", ((W,),),
             (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - z1[0])**2/2",)),)),
            ("pascal-sqr-whole", "sig-known", _PASCAL, "halfsq:=(sqr(target - out));", ((W,),),
             (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2",)),)),
            # Racket's (define NAME VALUE) and math/matrix's functions
            ("racket-define", "sig-nobias", _RACKET, "  (define err (matrix- target out))", ((C,),),
             (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),)),
            ("racket-define-wrong", "sig-nobias", _RACKET, "  (define err (matrix- out target))", ((W,),),
             (Twin("value", "y[0] - a1[0]", ("a1[0] - y[0]",)),)),
            ("racket-map", "sig-nobias", _RACKET, "(define step (matrix* err (matrix-map slope out)))", ((C,),),
             (Twin("value", f"-{_D1}", (f"-{_D1}",)),)),
            ("racket-map-wrong", "sig-nobias", _RACKET, "(define step (matrix* err (matrix-map slope err)))", ((W,),),
             (Twin("value", f"-{_D1}", ("(y[0] - a1[0])*(y[0] - a1[0])*(1 - (y[0] - a1[0]))",)),)),
            ("racket-set", "sig-nobias", _RACKET,
             "(set! weights (matrix+ weights (matrix* (matrix-transpose inp) step)))", ((C,),), _STEP1),
            ("racket-set-wrong", "sig-nobias", _RACKET,
             "(set! weights (matrix- weights (matrix* (matrix-transpose inp) step)))", ((W,),),
             (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] + eta*{_D1}*x[{{i}}]",), _I2),)),
            ("racket-scale", "sig-known", _RACKET,
             "(set! weights (matrix+ weights (matrix-scale (matrix* (matrix-transpose inp) step) lr)))", ((C,),),
             _STEP1),
            ("racket-scale-wrong", "sig-known", _RACKET,
             "(set! weights (matrix+ weights (matrix-scale (matrix* (matrix-transpose inp) err) lr)))", ((W,),),
             (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I2),)),
            # a Haskell line: sections, $, cmap, scale, hmatrix's <> and tr (declared), Data.Matrix's elementwise
            ("haskell-sections", "sig-321", _HMATRIX, "    newW2 = (+) w2 $ cmap (* eta) $ (tr hidden) <> dOut",
             ((C,),), _STEP2),
            ("haskell-sections-left", "sig-321", _HMATRIX, "  newW2 = (+) w2 $ cmap (eta *) $ tr hidden <> dOut",
             ((C,),), _STEP2),
            ("haskell-sections-wrong", "sig-321", _HMATRIX, "    newW2 = (-) w2 $ cmap (* eta) $ (tr hidden) <> dOut",
             ((W,),), (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_D2}*a1[{{j}}]",), _J2),)),
            ("haskell-scale", "sig-321", _HMATRIX, "newW2 = w2 + scale eta ((tr hidden) <> dOut)", ((C,),), _STEP2),
            ("haskell-scale-wrong", "sig-321", _HMATRIX, "newW2 = w2 + scale 2 ((tr hidden) <> dOut)", ((W,),),
             (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - 2*{_D2}*a1[{{j}}]",), _J2),)),
            ("haskell-back", "sig-321", _HMATRIX, "    back = dOut <> (tr w2)", ((C,),),
             (Twin("value", f"-{_D2}*W2[0,{{j}}]", (f"-{_D2}*W2[0,{{j}}]",), _J2),)),
            ("haskell-back-wrong", "sig-321", _HMATRIX, "    back = dOut <> hidden", ((W,),),
             (Twin("value", f"-{_D2}*W2[0,{{j}}]", (f"-{_D2}*a1[{{j}}]",), _J2),)),
            ("haskell-where", "sig-321", _DATA_MATRIX, "  where grad2 = delta2 * transpose hidden", ((C,),),
             (Twin("gradient", "W2[0,{j}]", (f"{_D2}*a1[{{j}}]",), _J2),)),
            ("haskell-where-wrong", "sig-321", _DATA_MATRIX, "  where grad2 = delta2 * transpose (fmap sigmoid' zOut)",
             ((W,),), (Twin("gradient", "W2[0,{j}]", (f"{_D2}*a2[0]*(1 - a2[0])",), _J2),)),
            ("haskell-elementwise", "sig-321", _DATA_MATRIX,
             "  where delta2 = elementwise (*) dA (fmap sigmoid' zOut)", ((C,),), (Twin("value", _D2, (_D2,)),)),
            ("haskell-elementwise-output", "sig-321", _DATA_MATRIX,
             "  where delta2 = elementwise (*) dA (fmap sigmoid' outp)", ((W,),),
             (Twin("value", _D2, ("(a2[0] - y[0])*sigmoid(a2[0])*(1 - sigmoid(a2[0]))",)),)),
            ("haskell-elementwise-minus", "sig-321", _DATA_MATRIX,
             "  where delta2 = elementwise (-) dA (fmap sigmoid' zOut)", ((W,),),
             (Twin("value", _D2, ("(a2[0] - y[0]) - a2[0]*(1 - a2[0])",)),))):
        cases.append(Public(key, "test", network, notation, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_sqr_without_pascals_assignment_stays_refused():
    """Without Pascal's :=, sqr may be BASIC's square root: the name stays unknown."""
    assert "sqr" in CHECKS.refused("sig-known", _PASCAL, "halfsq = sqr(target - out) / 2")


def test_a_racket_function_passed_as_a_value_is_refused_naming_it():
    """(matrix* e matrix-map f o): matrix-map's parentheses missing (a page's typo) is refused at matrix-map; a map of
    a lambda is refused too."""
    assert "matrix-map, a function" in CHECKS.refused(
        "sig-nobias", _RACKET, "(define step (matrix* err matrix-map slope out))")
    assert "matrix-map F M" in CHECKS.refused("sig-nobias", _RACKET, "(define step (matrix-map (lambda (v) v) out))")


def test_what_a_haskell_line_holds_unread_is_refused_naming_it():
    """<> beside + unparenthesized (its fixity the library version's), tr where the notation does not declare it
    (hmatrix's transpose, math's trace), a library's function no one names (hmatrix's asRow)."""
    assert "<> beside +" in CHECKS.refused("sig-321", _HMATRIX, "newW2 = w2 + scale eta (tr hidden) <> dOut")
    undeclared = _HMATRIX.replace('functions = { tr = "transpose" }\n', "")
    assert "tr, hmatrix's transpose" in CHECKS.refused("sig-321", undeclared, "back = dOut <> (tr w2)")
    # (asRow is read of the columns' sums alone, fixleft38a: of another vector refused, named)
    assert "asRow of other than" in CHECKS.refused("sig-321", _HMATRIX, "newW2 = (+) w2 $ asRow $ cmap (* eta) dOut")
