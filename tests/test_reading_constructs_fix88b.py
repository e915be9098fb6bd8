"""Batch 88 of the public formulas showed general constructs of code refused, each written here as another author
would (other names, other networks than the pages'): MATLAB's statement inside a loop, ``out_d(k) = (t(k) - o(k)) *
dsig(o(k));``, whose every ``*`` joins entries at the loop's letter (numbers, so Octave's ``*`` is the product of
numbers as C's is), read whether or not it is commented out with ``%``; a name without its index beside it keeps the
two readings (Octave's matrix product or C's entry by entry) and their refusal where they disagree. R's dotted names
with a digit, ``node.1 <- sigmoid(node.0 %*% wts)``: the digit part is the subscript of a notation's name written
with one (``node_{1}``), and a name such as ``node.1.err`` is one name, which the notation names whole (it loads);
a letter before ``.5`` stays the product with the decimal. R's ``colMeans(dz)``, the mean over the samples (rows),
and ``rowMeans``, the mean of a sample's entries. A C loop's number named as the notation names the whole vector,
``err = target[k] - out[k];`` then ``dout[k] = err * dsig(out[k]);``: the entry k of that vector, where the statement
as written is refused for its letter or its shape.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.symbolic.code_language import octave_products
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3_NO_BIAS, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2, "logistic-3": LOGISTIC_3_NO_BIAS}
CHECKS = CaseChecks(NETWORKS)

# a MATLAB script's struct of vectors: net.out the outputs, t the targets, out_d their -dE/dnet, rate the step,
# dsig(o) = o (1 - o) at the output
MATLAB_NOTATION = r'''
[notation]
learning_rate = ["rate"]
functions = { dsig = "sigmoid' at output" }
[notation.symbols]
"net.out" = "a2[:]"
"net.hid" = "a1[:]"
"t" = "y[:]"
"out_d" = "-delta2[:]"
'''
# an R script's layers by number, node_{0} the inputs and node_{1} the output, wts the weights (a column)
R_NOTATION = r'''
[notation]
functions = { slope = "sigmoid' at output" }
[notation.symbols]
"node_{0}" = "x[:]"
"node_{1}" = "a1[0]"
"wts" = "W1[:, :].T"
"target" = "y[0]"
'''
# the same with the dotted names whole, as the script writes them
R_DOTTED_NOTATION = r'''
[notation]
functions = { slope = "sigmoid' at output" }
[notation.symbols]
"node.0" = "x[:]"
"node.1" = "a1[0]"
"wts" = "W1[:, :].T"
"target" = "y[0]"
"node.1.err" = "y[0] - a1[0]"
"node.1.delta" = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"
'''
# deepnet's gradients of the output layer: dz the output's dE/dnet, gb its biases' gradient, m = 1 sample
R_MEANS_NOTATION = r'''
[notation]
[notation.symbols]
"dz" = "delta2[:]"
"gb" = "grad(b2[:])"
"m" = "1"
'''
# a C loop over the outputs k: target the targets, out the outputs, err their -dE/da (the notation's whole
# vector, the loop's number), dout -dE/dnet; hid the hidden outputs, herr and dhid theirs
C_LOOP_NOTATION = r'''
[notation]
functions = { dsig = "sigmoid' at output" }
[notation.symbols]
"target" = "y[:]"
"out" = "a2[:]"
"err" = "-grad(a2[:])"
"dout" = "-delta2[:]"
"hid" = "a1[:]"
"herr" = "-grad(a1[:])"
"dhid" = "-delta1[:]"
'''
_K2 = ({"k": 0}, {"k": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_I3 = ({"i": 0}, {"i": 1}, {"i": 2})
_FORWARD = "sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2])"
_OUT_D = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # every * joins entries at the loop's k: numbers, the one reading in Octave and C alike
            ("loop-entries", "out_d(k) = (t(k) - net.out(k)) * dsig(net.out(k));", ((C,),),
             (Twin("value", _OUT_D, (_OUT_D,), _K2),)),
            ("loop-entries-commented", "%    out_d(k) = (t(k) - net.out(k)) * dsig(net.out(k));", ((C,),),
             (Twin("value", _OUT_D, (_OUT_D,), _K2),)),
            ("loop-entries-three-factors", "out_d(k) = (t(k) - net.out(k)) * net.out(k) * (1 - net.out(k));",
             ((C,),), (Twin("value", _OUT_D, (_OUT_D,), _K2),)),
            ("loop-entries-swapped-wrong", "out_d(k) = (net.out(k) - t(k)) * dsig(net.out(k));", ((W,),),
             (Twin("value", _OUT_D, ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
            ("loop-entries-slope-wrong", "out_d(k) = (t(k) - net.out(k)) * net.out(k) * (1 + net.out(k));",
             ((W,),), (Twin("value", _OUT_D, ("(y[{k}] - a2[{k}])*a2[{k}]*(1 + a2[{k}])",), _K2),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", MATLAB_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # R's dotted digit, the notation's subscript
            ("r-dotted-layer", "node.1 <- sigmoid(node.0 %*% wts)", ((C,),), (Twin("value", "a1[0]", (_FORWARD,)),)),
            ("r-dotted-layer-doubled-wrong", "node.1 <- sigmoid(node.0 %*% (2*wts))", ((W,),),
             (Twin("value", "a1[0]", ("sigmoid(2*(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2]))",)),))):
        cases.append(Public(key, "test", "logistic-3", R_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # the dotted names whole, as the notation loads them
            ("r-dotted-whole", "node.1 <- sigmoid(node.0 %*% wts)", ((C,),), (Twin("value", "a1[0]", (_FORWARD,)),)),
            ("r-dotted-error", "node.1.err <- target - node.1", ((C,),),
             (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),)),
            ("r-dotted-error-wrong", "node.1.err <- node.1 - target", ((W,),),
             (Twin("value", "y[0] - a1[0]", ("a1[0] - y[0]",)),)),
            ("r-dotted-delta", "node.1.delta <- node.1.err * slope(node.1)", ((C,),),
             (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),)),
            ("r-dotted-update-uphill-wrong", "wts <- wts - (t(node.0) %*% node.1.delta)", ((W,),),
             (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - x[{i}]*(y[0] - a1[0])*a1[0]*(1 - a1[0])",), _I3),))):
        cases.append(Public(key, "test", "logistic-3", R_DOTTED_NOTATION, text, expected, twins))
    _GB = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
    for key, text, expected, twins in (
            # R's colMeans over the samples: the one sample's dz, by their count 1
            ("r-colmeans", "gb <- colMeans(dz)", ((C,),), (Twin("gradient", "b2[{k}]", (_GB,), _K2),)),
            ("r-colmeans-halved-wrong", "gb <- colMeans(dz)/2", ((W,),),
             (Twin("gradient", "b2[{k}]", (_GB + "/2",), _K2),)),
            # rowMeans: the mean of the sample's entries, one number where the gradient is a vector
            ("r-rowmeans-wrong", "gb <- rowMeans(dz)", ((W,),),
             (Twin("gradient", "b2[{k}]", ("((a2[0] - y[0])*a2[0]*(1 - a2[0]) + (a2[1] - y[1])*a2[1]*(1 - a2[1]))/2",),
                   _K2),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", R_MEANS_NOTATION, text, expected, twins))
    _HERR = "(((y - a2)*a2*(1 - a2)) @ W2)[{j}]"
    for key, text, expected, twins in (
            # the loop's number err, entry k of the notation's err
            ("c-loop-error", "\t\terr = target[k] - out[k];", ((C,),),
             (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
            ("c-loop-error-swapped-wrong", "err = out[k] - target[k];", ((W,),),
             (Twin("value", "y[{k}] - a2[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
            ("c-loop-delta", "dout[k] = err * dsig(out[k]);", ((C,),),
             (Twin("value", _OUT_D, (_OUT_D,), _K2),)),
            ("c-loop-delta-slope-at-target-wrong", "dout[k] = err * dsig(target[k]);", ((W,),),
             (Twin("value", _OUT_D, ("(y[{k}] - a2[{k}])*y[{k}]*(1 - y[{k}])",), _K2),)),
            ("c-loop-hidden", "\tdhid[j] = herr * dsig(hid[j]);", ((C,),),
             (Twin("value", _HERR + "*a1[{j}]*(1 - a1[{j}])", (_HERR + "*a1[{j}]*(1 - a1[{j}])",), _J3),)),
            ("c-loop-hidden-no-slope-wrong", "dhid[j] = herr * hid[j];", ((W,),),
             (Twin("value", _HERR + "*a1[{j}]*(1 - a1[{j}])", (_HERR + "*a1[{j}]",), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", C_LOOP_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_name_without_its_index_keeps_both_readings():
    """``out_d = (t - net.out) * dsig(net.out);``: vectors, Octave's matrix product or C's entry by entry, which
    disagree: refused, as before."""
    message = CHECKS.refused("sigmoid-2-3-2", MATLAB_NOTATION, "out_d = (t - net.out) * dsig(net.out);")
    assert "the two readings do not agree" in message


def test_a_function_of_a_named_vector_is_no_entry():
    """``dsig(t)``, t a name the notation gives (a vector): no entry at a loop's letter, so its ``*`` keeps both
    readings; never called correct (the slope at the targets): since session 36 the loop's entries pair as code's
    brackets (fixparen36), and the whole vector's slope beside a number is refused for its shape."""
    case = Public("named-vector", "test", "sigmoid-2-3-2", MATLAB_NOTATION,
                  "out_d(k) = (t(k) - net.out(k)) * dsig(t);", ((W,),))
    assert "is a vector or matrix where the left side is a number" in CHECKS.refusal(case)
    assert "\ue000" in octave_products(case.text, lambda word: word == "k")
    assert "\ue000" not in octave_products("out_d(k) = (t(k) - net.out(k)) * dsig(net.out(k));",
                                            lambda word: word == "k")


def test_an_unnamed_dotted_name_is_refused_whole():
    """``node.1.err`` where the notation names only node_{0} and node_{1}: one name it does not give, never node.1
    then .err, nor a product with 1."""
    message = CHECKS.refused("logistic-3", R_NOTATION, "node.1.err <- target - node.1")
    assert "unknown symbol node.1.err" in message and "node*1" not in message


def test_a_dotted_digit_no_pattern_writes_is_refused():
    """``node.2``: the subscript 2, which none of the notation's patterns for node writes."""
    message = CHECKS.refused("logistic-3", R_NOTATION, "node.2 <- sigmoid(node.0 %*% wts)")
    assert "node_{2} matches none of the notation's patterns" in message


# deepnet's lists named without their nn$, as a notation may name them
R_FIELDS_NOTATION = r'''
[notation]
[notation.symbols]
"post" = "a2[:]"
"e" = "y[:] - a2[:]"
"d" = "delta2[:]"
'''


def test_a_list_field_beside_the_field_alone_is_refused_saying_so():
    """``nn$e`` where the notation names ``e``: the list is never dropped (as ``self.`` is not), and the refusal
    says which name the notation gives and how to name the field whole."""
    message = CHECKS.refused("sigmoid-2-3-2", R_FIELDS_NOTATION, "d <- -nn$e * nn$post * (1 - nn$post)")
    assert "the notation names e alone, not the field nn$e" in message and '"nn$e" = ...' in message
    message = CHECKS.refused("sigmoid-2-3-2", R_FIELDS_NOTATION, "d = -self.e * post * (1 - post)")
    assert "the notation names e alone, not the field self.e" in message


def test_a_loop_number_beside_two_letters_stays_refused():
    """``dout[k] = err * hid[j];``: two letters in brackets, so no one loop whose entry err would be: refused as
    written."""
    message = CHECKS.refused("sigmoid-2-3-2", C_LOOP_NOTATION, "dout[k] = err * hid[j];")
    assert "err[k]" not in message


def test_an_accumulated_loop_number_keeps_its_refusal():
    """``err += target[k] - out[k];``: an accumulation over k (a sum), never entry k."""
    text = "err += target[k] - out[k];"
    try:
        verdicts = CHECKS.verdicts(Public("accumulated", "test", "sigmoid-2-3-2", C_LOOP_NOTATION, text, ()))
    except FormulaError:
        return
    assert verdicts != ((C,),)


def test_a_commented_loop_over_a_struct_matrix_is_read_entry_by_entry():
    """``% net.w(h, k) = net.w(h, k) + rate * out_d(k) * net.hid(h);``: a struct's field on the left is a statement
    commented out (no longer "nothing to judge"), and its entry in a loop over h and k, of a matrix the notation
    names whole (input-first), is read as code's brackets read it (since session 36: fixparen36) and judged at each
    h and k against the oracle's twin; its sign slip is called wrong."""
    notation = MATLAB_NOTATION + '"net.w" = "W2[:, :].T"\n'
    delta = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
    grid = tuple({"h": h, "k": k} for h in range(3) for k in range(2))
    for text, expected, step in (
            ("%    net.w(h, k) = net.w(h, k) + rate * out_d(k) * net.hid(h);", ((C,),), "-"),
            ("%    net.w(h, k) = net.w(h, k) - rate * out_d(k) * net.hid(h);", ((W,),), "+")):
        case = Public("struct-loop", "test", "sigmoid-2-3-2", notation, text, expected,
                      (Twin("update", "W2[{k},{h}]", (f"W2[{{k}},{{h}}] {step} eta*{delta}*a1[{{h}}]",), grid),))
        assert oracle_verdicts(case, CHECKS.problem(case)) == expected
        assert CHECKS.verdicts(case) == expected

