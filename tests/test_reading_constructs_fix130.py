"""Batch 130's pages showed these constructs misread or refused, written here as other authors would (other names,
other networks than the pages'):

- R's transpose ``t(X)`` of a list's field, ``t(nn$layer1)``, ``t(model$W[[2]])``: X^T, as ``t(W2)`` of a plain name
  is (sample_calls.r_transpose_both_ways), never the target t times the field (two right formulas were called wrong
  so); a field the notation does not name stays refused, naming it; a line holding two fields (``model$W[[2]] <-
  model$W[[2]] - lr * gradW2``) is R's code, its $ no TeX delimiters (math_spans);
- C++'s members ending in an underscore (the Google style's ``learningRate_``, ``weights_``): a learning rate the
  notation lists so (``learning_rate = ["alpha_"]``), one name, never alpha with the subscript *; an array the
  notation names whole (``"wOut_" = "W2[:, :]"``, and a dotted ``self.V`` alike) indexed by code's brackets
  (``wOut_[k][j]``), its entry; a pattern with code's indices, ``"delta_[k]"``, loaded; a name without its underscore,
  or one index of a matrix, stays refused;
- PHP's variables, ``$delta = $err * Act::sigmoidPrime($output);``, ``$this->w2[$j] -= $this->eta * ...``: on a line
  of PHP's statements whose every ``$`` is a sigil, the sigils dropped (TeX's ``$...$`` kept elsewhere); a static
  path ``A::b`` (PHP's, C++'s, Rust's ``Self::f``) as the dotted name the notation gives, C++'s ``std::exp`` as exp;
  a learning rate (or loss) listed through a pointer, ``learning_rate = ["this->eta"]``, the dotted name a formula's
  ``this->eta`` is; a path the notation does not name stays refused;
- R's ``as.numeric(u)`` (``as.vector``, ``as.double``): a number itself, a row's or a column's entries; of a matrix
  (whose entries R lines up column by column) refused;
- a statement continued over lines after an operator, its last line a bare name deeper indented (``v0 <- v0 +`` /
  ``learning_rate *`` / ``delta_hidden``): never a formula ending in ``*`` and a remark after its wide space;
- Rust's tuple struct's field by its number, ``net.0[k].w[j]`` where the notation names ``"net.0[k].w[j]"``: one name,
  never net times 0 nor a decimal; another field (``net.1``) stays refused;
- HTML's character references in a formula, JSX's ``sigmoid&apos;(z)`` (``&#39;``, ``&times;``): their characters;
  a JSX component's element around a line's formula, ``<Step n={3}>...</Step>``: the formula; one left open stays
  refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.symbolic.code_pointers import php_variables_read
from construct_checks import CaseChecks, index_grid as _grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)


# an R list of the network's quantities, rows as R's matrices hold one sample (input-first weights as transposes)
_R_LIST = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"model$input" = "x[:].T"
"model$hidden" = "a1[:].T"
"model$W[[1]]" = "W1[:, :].T"
"model$W[[2]]" = "W2[:, :].T"
"dOut" = "delta2[:].T"
"dHidden" = "delta1[:].T"
"gradW2" = "grad(W2[:, :]).T"
"gradW1" = "grad(W1[:, :]).T"
'''
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
# dE/d a1[j], and dE/dz1[j]
_S1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_D1 = f"({_S1})*a1[{{j}}]*(1 - a1[{{j}}])"


# C++'s members ending in an underscore, the rate among them, and a dotted member named whole
_MEMBERS = r'''
[notation]
indices = "ijk"
learning_rate = ["alpha_"]
[notation.symbols]
"hidden_" = "a1[:]"
"delta_[k]" = "delta2[k]"
"wOut_" = "W2[:, :]"
"bOut_" = "b2[:]"
"self.V" = "W2[:, :].T"
'''

# a PHP class's (and a C++ or Rust one's) names: $this-> fields, a static helper, the rate through $this
_PHP = r'''
[notation]
indices = "jk"
learning_rate = ["this->eta"]
functions = { "Act::sigmoidPrime" = "sigmoid' at output", "Self::sig_deriv" = "sigmoid' at output" }
[notation.symbols]
"output" = "a2[0]"
"target" = "y[0]"
"err" = "a2[0] - y[0]"
"delta" = "delta2[0]"
"this->hidden[j]" = "a1[j]"
"this->w2[j]" = "W2[0, j]"
"this->b2" = "b2[0]"
'''
_DO = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# an R script's scalar loop: the deltas -dE/dz (the updates add them), a helper for the slope of an output
_R_SCRIPT = r'''
[notation]
learning_rate = ["lr"]
functions = { dsig = "sigmoid' at output" }
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"wo" = "W2[0, :]"
"bo" = "b2[0]"
"W" = "W1[:, :]"
"d_out" = "-delta2[0]"
"d_hid" = "-delta1[:]"
'''
_NEG_D1 = "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"

# a Rust tuple struct of layers, Network(Vec<Layer>): its field 0, each layer's weights and bias
_TUPLE = r'''
[notation]
indices = "jk"
learning_rate = ["rate"]
[notation.symbols]
"net.0[k].w[j]" = "W2[k, j]"
"net.0[k].b" = "b2[k]"
"d[k]" = "-delta2[k]"
"h[j]" = "a1[j]"
'''

# a React lesson's names
_JSX = r'''
[notation]
[notation.symbols]
"out" = "a2[0]"
"target" = "y[0]"
"z_out" = "z2[0]"
"delta" = "delta2[0]"
'''


def _cases() -> list[Public]:
    return [
        # ---- R's t() of a list's field ---------------------------------------------------------------------------
        Public("r-transpose-field", "test", "sigmoid-2-3-2", _R_LIST, "  gradW2 <- t(model$hidden) %*% dOut", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_D2}",), _grid(j=3, k=2)),)),
        Public("r-transpose-field-spaced", "test", "sigmoid-2-3-2", _R_LIST, "gradW1 <- t( model$input ) %*% dHidden",
               ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_D1}",), _grid(i=2, j=3)),)),
        Public("r-transpose-field-wrong", "test", "sigmoid-2-3-2", _R_LIST, "gradW1 <- t(model$hidden) %*% dHidden",
               ((W,),), (Twin("gradient", "W1[{j},{i}]", (f"a1[{{i}}]*{_D1}",), _grid(i=2, j=3)),)),
        Public("r-fields-both-sides", "test", "sigmoid-2-3-2", _R_LIST, "  model$W[[2]] <- model$W[[2]] - lr * gradW2",
               ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*a1[{{j}}]*{_D2}",), _grid(j=3, k=2)),)),
        Public("r-fields-both-sides-wrong", "test", "sigmoid-2-3-2", _R_LIST,
               "model$W[[2]] <- model$W[[2]] + lr * gradW2", ((W,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*a1[{{j}}]*{_D2}",), _grid(j=3, k=2)),)),
        Public("r-transpose-list-element", "test", "sigmoid-2-3-2", _R_LIST,
               "dHidden <- (dOut %*% t(model$W[[2]])) * model$hidden * (1 - model$hidden)", ((C,),),
               (Twin("value", _D1, (_D1,), _grid(j=3)),)),
        Public("r-transpose-list-element-wrong", "test", "sigmoid-2-3-2", _R_LIST,
               "dHidden <- (dOut %*% t(model$W[[2]])) * model$hidden", ((W,),),
               (Twin("value", _D1, (f"({_S1})*a1[{{j}}]",), _grid(j=3)),)),
        # ---- C++'s members ending in an underscore --------------------------------------------------------------
        Public("member-underscore-rate", "test", "sigmoid-2-3-2", _MEMBERS, "\t\tbOut_[k] -= alpha_ * delta_[k];",
               ((C,),), (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2}",), _grid(k=2)),)),
        Public("member-underscore-rate-glued", "test", "sigmoid-2-3-2", _MEMBERS, "bOut_[k] -= delta_[k]*alpha_;",
               ((C,),), (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2}",), _grid(k=2)),)),
        Public("member-underscore-array", "test", "sigmoid-2-3-2", _MEMBERS,
               "\t\t\twOut_[k][j] -= alpha_ * delta_[k] * hidden_[j];", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _grid(j=3, k=2)),)),
        Public("member-underscore-array-wrong", "test", "sigmoid-2-3-2", _MEMBERS,
               "wOut_[k][j] += alpha_ * delta_[k] * hidden_[j];", ((W,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_D2}*a1[{{j}}]",), _grid(j=3, k=2)),)),
        Public("member-underscore-array-index-slip", "test", "sigmoid-2-3-2", _MEMBERS,
               "wOut_[k][j] -= alpha_ * delta_[k] * hidden_[k];", ((W,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{k}}]",), _grid(j=3, k=2)),)),
        Public("dotted-array-whole", "test", "sigmoid-2-3-2", _MEMBERS,
               "self.V[j][k] -= alpha_ * hidden_[j] * delta_[k]", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _grid(j=3, k=2)),)),
        # ---- PHP's sigils, static paths, a rate through $this ----------------------------------------------------
        Public("php-sigils", "test", "sigmoid-2-2-1", _PHP, "        $err = $output - $target;", ((C,),),
               (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),)),
        Public("php-sigils-wrong", "test", "sigmoid-2-2-1", _PHP, "$err = $target - $output;", ((W,),),
               (Twin("value", "a2[0] - y[0]", ("y[0] - a2[0]",)),)),
        Public("php-static-call", "test", "sigmoid-2-2-1", _PHP, "$delta = $err * Act::sigmoidPrime($output);",
               ((C,),), (Twin("value", _DO, (_DO,)),)),
        Public("php-static-call-wrong", "test", "sigmoid-2-2-1", _PHP, "$delta = $err * Act::sigmoidPrime($target);",
               ((W,),), (Twin("value", _DO, ("(a2[0] - y[0])*y[0]*(1 - y[0])",)),)),
        Public("rust-self-path", "test", "sigmoid-2-2-1", _PHP, "    let delta = err * Self::sig_deriv(output);",
               ((C,),), (Twin("value", _DO, (_DO,)),)),
        Public("php-this-rate", "test", "sigmoid-2-2-1", _PHP,
               "            $this->w2[$j] -= $this->eta * $delta * $this->hidden[$j];", ((C,),),
               (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_DO}*a1[{{j}}]",), _grid(j=2)),)),
        Public("php-this-rate-wrong", "test", "sigmoid-2-2-1", _PHP,
               "$this->w2[$j] += $this->eta * $delta * $this->hidden[$j];", ((W,),),
               (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_DO}*a1[{{j}}]",), _grid(j=2)),)),
        Public("php-comment-after", "test", "sigmoid-2-2-1", _PHP, "$this->b2 -= $this->eta * $delta; // the bias",
               ((C,),), (Twin("update", "b2[0]", (f"b2[0] - eta*{_DO}",)),)),
        Public("cpp-std-exp-wrong", "test", "sigmoid-2-2-1", _PHP, "delta = err * std::exp(output);", ((W,),),
               (Twin("value", _DO, ("(a2[0] - y[0])*exp(a2[0])",)),)),
        # ---- R's as.numeric, and a statement continued after its operators ------------------------------------
        Public("r-as-numeric", "test", "sigmoid-2-2-1", _R_SCRIPT,
               "    d_hid <- as.numeric(d_out) *\n      as.numeric(wo) *\n      dsig(as.numeric(h))", ((C,),),
               (Twin("value", _NEG_D1, (_NEG_D1,), _grid(j=2)),)),
        Public("r-as-numeric-wrong", "test", "sigmoid-2-2-1", _R_SCRIPT,
               "d_hid <- as.numeric(d_out) * as.numeric(wo) * dsig(as.numeric(x))", ((W,),),
               (Twin("value", _NEG_D1, ("-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*x[{j}]*(1 - x[{j}])",),
                     _grid(j=2)),)),
        Public("r-as-vector-update", "test", "sigmoid-2-2-1", _R_SCRIPT,
               "wo <- wo + lr * as.numeric(d_out) * as.vector(h)", ((C,),),
               (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_DO}*a1[{{j}}]",), _grid(j=2)),)),
        Public("r-continued-bare-name", "test", "sigmoid-2-2-1", _R_SCRIPT,
               "    bo <- bo +\n      lr *\n      d_out", ((C,),), (Twin("update", "b2[0]", (f"b2[0] - eta*{_DO}",)),)),
        Public("r-continued-bare-name-wrong", "test", "sigmoid-2-2-1", _R_SCRIPT,
               "    bo <- bo -\n      lr *\n      d_out", ((W,),), (Twin("update", "b2[0]", (f"b2[0] + eta*{_DO}",)),)),
        # ---- Rust's tuple field self.0 -------------------------------------------------------------------------
        Public("rust-tuple-field", "test", "sigmoid-2-3-2", _TUPLE, "            net.0[k].w[j] += rate * d[k] * h[j];",
               ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _grid(j=3, k=2)),)),
        Public("rust-tuple-field-wrong", "test", "sigmoid-2-3-2", _TUPLE, "net.0[k].w[j] -= rate * d[k] * h[j];",
               ((W,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_D2}*a1[{{j}}]",), _grid(j=3, k=2)),)),
        Public("rust-tuple-field-bias", "test", "sigmoid-2-3-2", _TUPLE, "        net.0[k].b += rate * d[k];", ((C,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2}",), _grid(k=2)),)),
        # ---- HTML's character references, a JSX component around the formula ----------------------------------
        Public("jsx-apos", "test", "sigmoid-2-2-1", _JSX,
               "            <strong>Output delta</strong>: delta = (out - target) &times; sigmoid&apos;(z_out)", ((C,),),
               (Twin("value", _DO, ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),)),
        Public("jsx-numbered-prime-wrong", "test", "sigmoid-2-2-1", _JSX, "delta = (target - out) * sigmoid&#39;(z_out)",
               ((W,),), (Twin("value", _DO, ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),)),
        Public("jsx-component", "test", "sigmoid-2-2-1", _JSX,
               "        <Step n={3} label=\"delta\">delta = (out - target) * sigmoid&apos;(z_out)</Step>", ((C,),),
               (Twin("value", _DO, ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_r_transpose_of_a_field_the_notation_does_not_name_is_refused():
    """``t(model$hiddn)``: the unknown field named, never t times it."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _R_LIST, "gradW2 <- t(model$hiddn) %*% dOut")
    assert "unknown symbol model$hiddn" in refusal


def test_a_member_without_its_underscore_is_refused():
    """``alpha`` beside the notation's rate alpha_: no other name of it (TeX's \\alpha, unknown here)."""
    assert "alpha" in CHECKS.refused("sigmoid-2-3-2", _MEMBERS, "bOut_[k] -= alpha * delta_[k];")


def test_one_index_of_a_matrix_named_whole_is_refused():
    """``wOut_[j]``: a matrix's entry takes two indices; never a row picked silently."""
    assert "wOut_" in CHECKS.refused("sigmoid-2-3-2", _MEMBERS, "wOut_[j] -= alpha_ * delta_[k] * hidden_[j];")


def test_a_static_path_the_notation_does_not_name_is_refused():
    """``Act::sigmoidDerivative`` beside the notation's Act::sigmoidPrime: never some other function."""
    assert "Act::sigmoidDerivative" in CHECKS.refused("sigmoid-2-2-1", _PHP, "$delta = $err * Act::sigmoidDerivative($output);")


def test_tex_dollars_stay_delimiters():
    """A $ glued after a name closes TeX's formula (``$err$``), and R's ``nn$W`` is a field: a line holding one keeps
    every $; a line whose every $ is a sigil drops them."""
    assert php_variables_read("$err$ = $output - target;") == "$err$ = $output - target;"
    assert php_variables_read("$a = b$ and $c$") == "$a = b$ and $c$"
    assert php_variables_read("nn$W <- nn$W + d;") == "nn$W <- nn$W + d;"
    assert php_variables_read("$w -= $eta * $g;") == "w -= eta * g;"


def test_r_as_numeric_of_a_matrix_is_refused():
    """R lines up a matrix's entries column by column: which entry is which, the page does not show."""
    assert "column by column" in CHECKS.refused("sigmoid-2-2-1", _R_SCRIPT, "d_hid <- as.numeric(W)")


def test_a_tuple_field_the_notation_does_not_name_is_refused():
    """``net.1[k].b`` beside the notation's net.0: no other field guessed."""
    CHECKS.refused("sigmoid-2-3-2", _TUPLE, "net.1[k].b += rate * d[k];")


def test_a_jsx_element_left_open_is_refused():
    CHECKS.refused("sigmoid-2-2-1", _JSX, "<Step n={3}>delta = (out - target) * sigmoid&apos;(z_out)")
