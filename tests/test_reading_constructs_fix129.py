"""Batch 129's pages (in languages other than English) showed constructs refused, written here as other authors
would (other names, other networks than the pages'):

- ``\\newline`` ending a display's line, after a comma or not (an eqnarray's ``A = B, \\newline``): a row's end, as
  ``\\\\`` and ``\\cr`` are (MathJax and KaTeX break the line there); a row that goes on (an operator opening the next)
  stays one equation;
- a function the notation declares applied with square brackets, ``f[u_{11} f(w_{11} x_1) + ...]``, ``g\\left[ ...
  \\right]`` (physics' and Mathematica's habit, as ``\\sigma[...]`` reads): the bracket the argument; a bracket glued
  to the name holding only indices (``f[i]``) stays an entry, and a name the notation does not declare stays refused;
- NumPy's new axis after a name with an underscore or a dot, ``delta_out[:, None]``, ``self.hidden[None, :]`` (as
  after a plain name): the column, or the row, in an outer product written ``np.dot(d[:, None], h[None, :])``; one
  whose sizes do not fit the parameter stays refused saying so;
- plain TeX's font switch opening a script's group, ``w^{\\rm new}``, ``v^{\\rm (new)}`` (and ``\\text{(new)}``, a word
  in parentheses): the changed weight's marker, as ``w^{new}`` and ``w^{(new)}`` read; ``^{\\rm (old)}`` the old value,
  so that ``w^{\\rm (old)} = w - \\eta g`` stays wrong; a word that is no marker stays refused;
- Fortran's kind parameter after a real literal, ``2.0_dp``, ``1.0_wp``, ``0.5_8`` (the number), its conversions
  ``REAL(n, dp)``, ``REAL(n, kind=dp)``, ``DBLE(n)`` (the value of n; a second argument that is no kind refused), and its
  intrinsic ``DOT_PRODUCT(u, v)`` in any case, the inner product of two vectors (of three arguments refused).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-2-2-1": SIGMOID_2_2_1,
    "tanh-2-2-sigmoid-1": TANH_2_2_SIGMOID_1,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# a 2-2-1 network's units as an exam names them: h_j the hidden outputs, o the output, w_{jk} into hidden unit j
# from input k, v_j into the output from hidden unit j, b_j and c the biases
_EXAM = r'''
[notation]
indices = "jk"
functions = { g = "tanh", "\\varphi" = "sigmoid" }
[notation.symbols]
"x_{k}" = "x[k-1]"
"h_{j}" = "a1[j-1]"
"o" = "a2[0]"
"w_{jk}" = "W1[j-1, k-1]"
"v_{j}" = "W2[0, j-1]"
"b_{j}" = "b1[j-1]"
"c" = "b2[0]"
'''
_SIGMOID_EXAM = _EXAM.replace('g = "tanh"', 'g = "sigmoid"')

# a class's arrays as a Python MLP names them (1-D vectors, output-first weights), err_out and err_hid dE/dz
_CLASS = r'''
[notation]
learning_rate = ["self.lr"]
[notation.symbols]
"self.x_in" = "x[:]"
"self.hidden_act" = "a1[:]"
"self.W_out" = "W2[:, :]"
"self.W_hid" = "W1[:, :]"
"err_out" = "delta2[:]"
"err_hid" = "delta1[:]"
'''
_P_W2 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_P_W1 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_D2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_D1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2)) + ""

# the same exam's weights with the loss E and the rate eta
_UPDATE = _SIGMOID_EXAM.replace('indices = "jk"', 'indices = "jk"\nloss = ["E"]')
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(2))

# a Fortran program's arrays, counted from 1: a_out the output, a_hid the hidden outputs, w_o the output's weights
_FORTRAN = r'''
[notation]
indices = "ij"
[notation.symbols]
"a_out" = "a2[:]"
"z_out" = "z2[:]"
"target" = "y[:]"
"a_hid" = "a1[:]"
"d_out" = "delta2[:]"
"w_o" = "W2[0, :]"
"b_out" = "b2[:]"
"n_out" = "1"
'''
_SLOPE = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _hidden(unit: int, activation: str = "tanh") -> str:
    return f"{activation}(W1[{unit},0]*x[0] + W1[{unit},1]*x[1] + b1[{unit}])"


def _cases() -> list[Public]:
    return [
        # ---- \newline ending a row ----------------------------------------------------------------------------
        Public("newline-after-comma", "test", "sigmoid-2-2-1", _SIGMOID_EXAM,
               r"h_1 = g(w_{11} x_1 + w_{12} x_2 + b_1), \newline", ((C,),),
               (Twin("value", "a1[0]", (_hidden(0, "sigmoid"),)),)),
        Public("newline-rows", "test", "sigmoid-2-2-1", _SIGMOID_EXAM,
               "\\begin{eqnarray}\n\\label{eq:h2} h_2 &=& g(w_{21} x_1 + w_{22} x_2 + b_2), \\newline\n"
               "\\label{eq:o} o &=& g(v_1 h_1 + v_2 h_2 + c), \\newline\n\\end{eqnarray}", ((C,), (C,)),
               (Twin("value", "a1[1]", (_hidden(1, "sigmoid"),)),
                Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0])",)))),
        Public("newline-rows-wrong", "test", "sigmoid-2-2-1", _SIGMOID_EXAM,
               r"h_2 = g(w_{21} x_1 + w_{22} x_2 + b_2) \newline o = g(v_1 h_1 + v_2 h_1 + c)", ((C,), (W,)),
               (Twin("value", "a1[1]", (_hidden(1, "sigmoid"),)),
                Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[0] + b2[0])",)))),
        Public("newline-row-goes-on", "test", "sigmoid-2-2-1", _SIGMOID_EXAM,
               r"o = g(v_1 h_1 \newline + v_2 h_2 + c)", ((C,),),
               (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0])",)),)),
        # ---- a declared function applied with square brackets -------------------------------------------------
        Public("bracket-argument", "test", "tanh-2-2-sigmoid-1", _EXAM,
               r"o = \varphi[v_1 g(w_{11} x_1 + w_{12} x_2 + b_1) + v_2 g(w_{21} x_1 + w_{22} x_2 + b_2) + c]", ((C,),),
               (Twin("value", "a2[0]", (f"sigmoid(W2[0,0]*{_hidden(0)} + W2[0,1]*{_hidden(1)} + b2[0])",)),)),
        Public("bracket-argument-nested", "test", "tanh-2-2-sigmoid-1", _EXAM,
               r"o = \varphi[v_1 g[w_{11} x_1 + w_{12} x_2 + b_1] + v_2 g[w_{21} x_1 + w_{22} x_2 + b_2] + c]", ((C,),),
               (Twin("value", "a2[0]", (f"sigmoid(W2[0,0]*{_hidden(0)} + W2[0,1]*{_hidden(1)} + b2[0])",)),)),
        Public("bracket-argument-left-right", "test", "tanh-2-2-sigmoid-1", _EXAM,
               r"$$h_2 = g\left[ w_{21} x_1 + w_{22} x_2 + b_2 \right]$$", ((C,),),
               (Twin("value", "a1[1]", (_hidden(1),)),)),
        Public("bracket-argument-wrong", "test", "tanh-2-2-sigmoid-1", _EXAM,
               r"o = \varphi\big[v_1 g(w_{11} x_1 + w_{12} x_2 + b_1) + v_2 g(w_{21} x_1 + w_{12} x_2 + b_2) + c\big]",
               ((W,),), (Twin("value", "a2[0]", (
                   "sigmoid(W2[0,0]*" + _hidden(0) + " + W2[0,1]*tanh(W1[1,0]*x[0] + W1[0,1]*x[1] + b1[1]) + b2[0])",)),)),
        Public("bracket-argument-primed", "test", "tanh-2-2-sigmoid-1", _EXAM,
               r"\frac{\partial h_1}{\partial b_1} = g'[w_{11} x_1 + w_{12} x_2 + b_1]", ((C,),),
               (Twin("value", "1 - a1[0]**2", (f"1 - {_hidden(0)}**2",)),)),
        Public("bracket-argument-primed-wrong", "test", "tanh-2-2-sigmoid-1", _EXAM,
               r"\frac{\partial h_1}{\partial b_1} = g[w_{11} x_1 + w_{12} x_2 + b_1]", ((W,),),
               (Twin("value", "1 - a1[0]**2", (_hidden(0),)),)),
        # ---- NumPy's new axis after a name with an underscore or a dot --------------------------------------
        Public("new-axis-outer", "test", "sigmoid-2-3-2", _CLASS,
               "        self.W_out -= self.lr * np.dot(err_out[:, None], self.hidden_act[None, :])", ((C,),),
               (Twin("update", "W2[{j},{i}]", (f"W2[{{j}},{{i}}] - eta*{_D2}*a1[{{i}}]",), _P_W2),)),
        Public("new-axis-transposed-column", "test", "sigmoid-2-3-2", _CLASS,
               "self.W_hid -= self.lr * np.dot(err_hid[:,None], np.transpose(self.x_in[:,None]))", ((C,),),
               (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*({_D1})*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",),
                     _P_W1),)),
        Public("new-axis-broadcast", "test", "sigmoid-2-3-2", _CLASS,
               "self.W_out = self.W_out - self.lr * err_out[:, None] * self.hidden_act", ((C,),),
               (Twin("update", "W2[{j},{i}]", (f"W2[{{j}},{{i}}] - eta*{_D2}*a1[{{i}}]",), _P_W2),)),
        Public("new-axis-outer-wrong", "test", "sigmoid-2-3-2", _CLASS,
               "self.W_out += self.lr * np.dot(err_out[:, None], self.hidden_act[None, :])", ((W,),),
               (Twin("update", "W2[{j},{i}]", (f"W2[{{j}},{{i}}] + eta*{_D2}*a1[{{i}}]",), _P_W2),)),
        # ---- plain TeX's font switch in a marker's superscript --------------------------------------------------
        Public("rm-new", "test", "sigmoid-2-2-1", _UPDATE,
               r"w_{jk}^{\rm new} = w_{jk} - \eta \frac{\partial E}{\partial w_{jk}}", ((C,),),
               (Twin("update", "W1[{j},{k}]", ("W1[{j},{k}] - eta*grad",), _JK),)),
        Public("rm-parenthesised-new", "test", "sigmoid-2-2-1", _UPDATE,
               r"\begin{equation} v_{j}^{\rm (new)} = v_{j}^{\rm (old)} - \eta \frac{\partial E}{\partial v_{j}}, "
               r"\end{equation}", ((C,),),
               (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), ({"j": 0}, {"j": 1})),)),
        Public("text-parenthesised-new-wrong", "test", "sigmoid-2-2-1", _UPDATE,
               r"c^{\text{(new)}} = c + \eta \frac{\partial E}{\partial c}", ((W,),),
               (Twin("update", "b2[0]", ("b2[0] + eta*grad",)),)),
        Public("rm-old-wrong", "test", "sigmoid-2-2-1", _UPDATE,
               r"b_{j}^{\rm (old)} = b_{j} - \eta \frac{\partial E}{\partial b_{j}}", ((W,),),
               (Twin("value", "b1[{j}]", ("b1[{j}] - eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",),
                     ({"j": 0}, {"j": 1})),)),
        # ---- Fortran's kind suffixes, REAL(n, dp) and DOT_PRODUCT ------------------------------------------------
        Public("kind-suffix", "test", "tanh-2-2-sigmoid-1", _FORTRAN,
               "    d_out(1) = (a_out(1) - target(1)) * a_out(1) * (1.0_dp - a_out(1))", ((C,),),
               (Twin("value", _SLOPE, (_SLOPE,)),)),
        Public("kind-suffix-wrong", "test", "tanh-2-2-sigmoid-1", _FORTRAN,
               "d_out(1) = (a_out(1) - target(1)) * a_out(1) * (1.0_wp + a_out(1))", ((W,),),
               (Twin("value", _SLOPE, ("(a2[0] - y[0])*a2[0]*(1 + a2[0])",)),)),
        Public("kind-real-conversion", "test", "tanh-2-2-sigmoid-1", _FORTRAN,
               "d_out(1) = 2._8 * (a_out(1) - target(1)) * a_out(1) * (1.0_8 - a_out(1)) / REAL(2 * n_out, kind=dp)",
               ((C,),), (Twin("value", _SLOPE, (f"2*{_SLOPE}/2",)),)),
        Public("kind-dble-wrong", "test", "tanh-2-2-sigmoid-1", _FORTRAN,
               "d_out(1) = (a_out(1) - target(1)) * a_out(1) * (1.0_dp - a_out(1)) / dble(2 * n_out)", ((W,),),
               (Twin("value", _SLOPE, (f"{_SLOPE}/2",)),)),
        Public("dot-product", "test", "tanh-2-2-sigmoid-1", _FORTRAN,
               "  z_out(1) = DOT_PRODUCT(w_o, a_hid) + b_out(1)", ((C,),),
               (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),)),
        Public("dot-product-lower-wrong", "test", "tanh-2-2-sigmoid-1", _FORTRAN,
               "z_out(1) = dot_product(w_o, a_hid)", ((W,),),
               (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_bracket_after_an_undeclared_name_stays_refused():
    """``f[...]`` where the notation declares no f: a product of an unknown name, never a function's argument."""
    notation = _EXAM.replace('functions = { g = "tanh", "\\\\varphi" = "sigmoid" }\n', "")
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1", notation, r"h_1 = g[w_{11} x_1 + w_{12} x_2 + b_1]")
    assert "unknown name 'g'" in refusal


def test_a_glued_bracket_of_indices_stays_an_entry():
    """``g[1]`` glued holds only an index: an entry of a name g (which the notation does not give), never g(1)."""
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1", _EXAM, r"h_1 = g[1]")
    assert "unknown name 'g'" in refusal


def test_a_new_axis_outer_product_of_the_wrong_sizes_is_refused():
    """``np.dot(h[:, None], d[None, :])`` for the output-first W_out: a 3 x 2 matrix for a 2 x 3 weight."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _CLASS,
                             "self.W_out -= self.lr * np.dot(self.hidden_act[:, None], err_out[None, :])")
    assert "different sizes" in refusal


def test_a_font_switched_word_that_is_no_marker_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-1", _UPDATE, r"c^{\rm (neu)} = c - \eta \frac{\partial E}{\partial c}")
    assert "unknown symbol (neu)" in refusal


def test_a_conversion_whose_second_argument_is_no_kind_is_refused():
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1", _FORTRAN, "d_out(1) = (a_out(1) - target(1)) / REAL(2, a_out(1))")
    assert "no kind" in refusal


def test_a_dot_product_of_three_arguments_is_refused():
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1", _FORTRAN, "z_out(1) = DOT_PRODUCT(w_o, a_hid, a_hid)")
    assert "it takes two" in refusal
