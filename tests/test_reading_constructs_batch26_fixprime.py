"""The spellings held-out batches 25 and 26 of the public formulas showed missing, each written as another author
would (other names, other networks than the pages'): MathJax's and KaTeX's aliases ``\\part`` for ``\\partial``,
``\\dd`` for ``\\mathrm{d}`` and ``\\prime`` for the prime (``\\phi\\prime(s)``, ``\\phi^\\prime(s)``,
``\\phi^{\\prime}(s)``), ``\\cdotp`` for ``\\cdot`` and TeX's spacing ``\\>``, ``\\mkern``; a brace group that
holds only a script after a symbol (``\\gamma{_k}``, ``v{_{kj}}``), which TeX prints as that symbol's script; and
plain text's Greek name with its index letters glued (``γk``, ``Δvkj``), a subscript printed flat. Each case is
judged right where the formula is right and wrong where one thing is changed; where a construct could be read two
ways it stays refused, saying what to write.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one tanh layer of two units on two inputs, the half squared error: Q = 1/2 sum (h - t)^2
    "tanh-two": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\n[loss]\nname = "half_squared_error"\n'
                '[data]\nx = [[0.6, -1.1]]\ny = [[0.3, -0.5]]\n',
    # two sigmoid layers (3 hidden units, 2 outputs), the half squared error, a learning rate for steps
    "sigmoid-deep": SIGMOID_2_3_2 + '[data]\nx = [[0.8, -0.4]]\ny = [[0.2, 0.9]]\n[update]\nlearning_rate = 0.25\n',
}
CHECKS = CaseChecks(NETWORKS)

# Nielsen-like names with others' letters: Q the cost, s the pre-activation, h the output, t the target, u the
# input, v the weights (output-first), \phi the layer's function, \gamma_k = dQ/ds_k
_TANH = r'''
[notation]
indices = "jk"
loss = ["Q"]
functions = { "\\phi" = "tanh" }
[notation.symbols]
"u_{j}" = "x[j-1]"
"t_{k}" = "y[k-1]"
"s_{k}" = "z1[k-1]"
"h_{k}" = "a1[k-1]"
"v_{kj}" = "W1[k-1, j-1]"
"c_{k}" = "b1[k-1]"
"\\gamma_{k}" = "grad(z1[k-1])"
'''
# Bill Wilson's delta rule with other letters: \Delta v_{kj} the step of the weight from hidden unit j to output k,
# \gamma_k the output's local gradient -dE/ds_k, o_j the hidden unit's output
_STEP = r'''
[notation]
indices = "jk"
[notation.symbols]
"\\Delta v_{kj}" = "-eta*delta2[k-1]*a1[j-1]"
"\\gamma_{k}" = "-delta2[k-1]"
"o_{j}" = "a1[j-1]"
'''
_K2 = ({"k": 0}, {"k": 1})
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_KJ3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_GAMMA = "(a1[{k}] - y[{k}])*(1 - tanh(z1[{k}])**2)"
_STEP_RIGHT = "eta*(-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}]))*a1[{j}]"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # \part, as MathJax and KaTeX define it: \partial
            ("part", r"\frac{\part Q}{\part c_k} = (h_k - t_k)(1 - h_k^2)", C, _GAMMA),
            ("part-no-slope", r"\frac{\part Q}{\part c_k} = h_k - t_k", W, "a1[{k}] - y[{k}]"),
            # the physics package's differential \dd, as \mathrm{d}
            ("dd", r"\frac{\dd Q}{\dd{c_k}} = (h_k - t_k)(1 - h_k^2)", C, _GAMMA),
            ("dd-squared", r"\frac{\dd Q}{\dd c_k} = (h_k - t_k)(1 - h_k)^2", W, "(a1[{k}] - y[{k}])*(1 - a1[{k}])**2"),
            # \prime after the function, as a superscript, braced: the prime, the function's derivative
            ("prime", r"\frac{\partial Q}{\partial c_k} = (h_k - t_k) \phi\prime(s_k)", C, _GAMMA),
            ("prime-superscript", r"\frac{\partial Q}{\partial c_k} = (h_k - t_k) \phi^\prime(s_k)", C, _GAMMA),
            ("prime-braced", r"\frac{\partial Q}{\partial c_k} = (h_k - t_k) \phi^{\prime}(s_k)", C, _GAMMA),
            ("prime-dropped", r"\frac{\partial Q}{\partial c_k} = (h_k - t_k) \phi(s_k)", W,
             "(a1[{k}] - y[{k}])*tanh(z1[{k}])"),
            ("prime-sign", r"\frac{\part Q}{\part c_k} = (t_k - h_k) \phi^\prime(s_k)", W,
             "(y[{k}] - a1[{k}])*(1 - tanh(z1[{k}])**2)"),
            # \cdotp (a \cdot) and TeX's spacing commands
            ("cdotp", r"\frac{\partial Q}{\partial c_k} = (h_k - t_k) \cdotp \phi'\>(s_k)", C, _GAMMA),
            ("mkern", r"\frac{\partial Q}{\partial c_k} = (h_k - t_k)\mkern3mu\phi'(s_k)\negthinspace", C, _GAMMA),
            # a group of scripts alone after the symbol: its scripts, as TeX prints them
            ("script-group", r"\gamma{_k} = (h{_k} - t{_k})(1 - h{_k}^2)", C, _GAMMA),
            ("script-group-tail", r"\gamma{_k} = (h{_k} - t{_k})(1 - h{_k})", W,
             "(a1[{k}] - y[{k}])*(1 - a1[{k}])")):
        target = "b1[{k}]" if "gamma" not in text else "z1[{k}]"
        kind = "gradient" if "gamma" not in text else "gradient_z"
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-two", _TANH, text, ((verdict,),),
                            (Twin(kind, target, (member,), _K2),)))
    for key, text, verdict, member in (
            # a subscript of two letters in a group of its own, after the weight and after the input
            ("script-group-pair", r"\frac{\partial Q}{\partial v{_{kj}}} = \gamma{_k} u{_j}", C,
             "(a1[{k}] - y[{k}])*(1 - tanh(z1[{k}])**2)*x[{j}]"),
            ("script-group-pair-swapped", r"\frac{\partial Q}{\partial v{_{kj}}} = \gamma{_j} u{_k}", W,
             "(a1[{j}] - y[{j}])*(1 - tanh(z1[{j}])**2)*x[{k}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-two", _TANH, text, ((verdict,),),
                            (Twin("gradient", "W1[{k},{j}]", (member,), _KJ),)))
    for key, text, verdict, member in (
            # plain text's Greek name with its index glued (Unicode's γk), and Δvkj, okj printed flat
            ("greek-glued", "Δvkj = η × γk × oj", C, _STEP_RIGHT),
            ("greek-glued-star", "Δvkj = η*γk*oj", C, _STEP_RIGHT),
            ("greek-glued-word", "\\Delta vkj = \\eta \\gamma k oj", C, _STEP_RIGHT),
            ("greek-glued-other-unit", "Δvkj = η × γk × ok", W,
             "eta*(-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}]))*a1[{k}]"),
            ("greek-glued-sign", "Δvkj = -η × γk × oj", W,
             "-eta*(-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}]))*a1[{j}]")):
        # the step of W2[k, j], k an output unit and j a hidden one
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-deep", _STEP, text, ((verdict,),),
                            (Twin("value", "-eta*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]", (member,), _KJ3),)))
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
_refusal = CHECKS.refused


def test_a_second_derivative_written_with_primes_is_refused_as_one():
    """``\\phi^{\\prime\\prime}`` and ``\\phi\\prime\\prime`` are \\phi'', refused as a second derivative."""
    for text in (r"\gamma_k = (h_k - t_k) \phi^{\prime\prime}(s_k)", r"\gamma_k = (h_k - t_k) \phi\prime\prime(s_k)",
                 r"\gamma_k = (h_k - t_k) \phi''(s_k)"):
        assert "second derivative" in _refusal("tanh-two", _TANH, text)


def test_a_script_group_after_no_symbol_stays_refused():
    """After a parenthesis or a number, a group of scripts scripts nothing check would guess: refused as before."""
    for text in (r"\gamma_k = (h_k - t_k){_k}", r"\gamma_k = 2{_k} (h_k - t_k)"):
        assert "unexpected at '_'" in _refusal("tanh-two", _TANH, text)


def test_a_greek_name_glued_to_letters_the_product_could_mean_stays_refused():
    """Where the notation also names \\gamma bare, or names the letter k itself, \\gamma k may be a product:
    not read as \\gamma_k (the formula is then read, or refused, as before)."""
    bare = _STEP + '"\\\\gamma" = "-delta2[0]"\n'
    message = _refusal("sigmoid-deep", bare, "Δvkj = η × γk × oj")
    assert "unknown symbol k" in message and "write it as a subscript" in message
    assert _refusal("sigmoid-deep", _STEP, "Δvkj = η × γj k × oj")


def test_a_greek_name_glued_in_latex_with_braces_is_tex_s_product():
    """With braces (LaTeX, where a subscript is written _k), \\gamma k is TeX's product, refused naming k."""
    message = _refusal("sigmoid-deep", _STEP, r"\Delta v_{kj} = \eta \gamma k o_{j}")
    assert "unknown symbol k" in message and "write it as a subscript" in message


def test_a_power_one_of_a_vector_says_to_write_the_entry():
    """``(e^s)^1`` for the first entry of e^s (a note's superscript index): refused, saying to write e^{s_1}."""
    message = _refusal("tanh-two", _TANH.replace('"s_{k}" = "z1[k-1]"', '"s" = "z1[:]"'),
                       r"h_1 = \frac{(e^s)^1}{(e^s)^1 + (e^s)^2}")
    assert "raises a vector or matrix to a power" in message and "e^{z_1}" in message
