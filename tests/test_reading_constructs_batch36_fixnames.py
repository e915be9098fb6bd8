"""Blind batches 35 (web pages) and 36 (repository files) showed refused, each written here as another author would
(other names, other networks than the pages'): an activation's derivative named by a word (``dsigmoid(v)``,
``\\text{tanh\\_deriv}(h)``), judged at its argument as the input and as the output, refused where the two differ;
a letter with no accent to strip (``ø``, ``þ``, ``æ``) as a symbol name of its own, and a meaning that puts the
learning rate before grad(...) (a step, ``-eta*grad(W1[0, 0])``); a formula given as a LaTeX renderer's image
(``![...](https://latex.codecogs.com/svg.latex?...)``, GitHub's render/math, Google's chart tx), read as its
address's LaTeX in check and in grade.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import RELU_2_1, TANH_1_1, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.grading.document import equations

NETWORKS = {
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
    # two inputs, two tanh hidden units, one linear output, the half squared error
    "tanh-linear": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\n[[layer]]\nunits = 1\n'
                   'activation = "identity"\n[loss]\nname = "half_squared_error"\n',
    # one relu unit on two inputs, the half squared error
    "relu-one": RELU_2_1,
    "tanh-one": TANH_1_1,
}
CHECKS = CaseChecks(NETWORKS)

# o the output, v its sum, t the target, e the loss's gradient by v; h_j the hidden outputs, u_j their sums
_UNITS = r'''
[notation]
indices = "j"
[notation.symbols]
"o" = "a2[0]"
"v" = "z2[0]"
"t" = "y[0]"
"e" = "grad(z2[0])"
"h_{j}" = "a1[j-1]"
"u_{j}" = "z1[j-1]"
"g_{j}" = "grad(z1[j-1])"
"w_{j}" = "W2[0, j-1]"
'''
_J2 = ({"j": 0}, {"j": 1})
_E = "(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"
_G = "W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)"
# s the relu unit's sum, r its output, t its target, e its gradient
_RELU = r'''
[notation]
[notation.symbols]
"s" = "z1[0]"
"r" = "a1[0]"
"t" = "y[0]"
"e" = "grad(z1[0])"
'''
# letters with no accent to strip: þ the unit's sum, ø its output, t its target, x its input, æ the step of its weight
_NORDIC = r'''
[notation]
[notation.symbols]
"þ" = "z1[0]"
"ø" = "a1[0]"
"t" = "y[0]"
"x" = "x[0]"
"w" = "W1[0, 0]"
"æ" = "-eta*grad(W1[0, 0])"
'''
_STEP = "eta*(y[0] - a1[0])*(1 - a1[0]**2)*x[0]"


def _image(address: str, alt: str = "formula") -> str:
    return f'![{alt}]({address} "{alt}")'


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # the linear output's derivative is 1 at its input and at its output alike: the verdict both give
            ("word-identity", "e = (o - t) * identity_derivative(v)", C, "a2[0] - y[0]"),
            ("word-identity-sign", "e = (o + t) * identity_deriv(v)", W, "a2[0] + y[0]"),
            ("word-identity-latex", r"e = (o - t) \cdot \text{identity\_derivative}(v)", C, "a2[0] - y[0]")):
        cases.append(Public(key, "test", "tanh-linear", _UNITS, text, ((verdict,),),
                            (Twin("gradient_z", "z2[0]", (member,)),)))
    for key, text, member in (
            # wrong at the input (sigma'(v)) and at the output (v (1 - v)) alike: wrong
            ("word-both-wrong", "e = 2 * (o - t) * dsigmoid(v)", f"2*{_E}"),
            ("word-both-wrong-latex", r"e = (o + t) \cdot \text{d\_sigmoid}(v)", "(a2[0] + y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"),
            ("word-hidden-both-wrong", "g_j = (o - t) * tanh_deriv(u_j)", "(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)")):
        twin = Twin("gradient_z", "z1[{j}]", (member,), _J2) if "_j" in text else Twin("gradient_z", "z2[0]", (member,))
        cases.append(Public(key, "test", "tanh-sigmoid", _UNITS, text, ((W,),), (twin,)))
    for key, text, verdict, target, member in (
            # a letter with no accent to strip, in the notation and in the formula
            ("letter-output", r"ø = \tanh(þ)", C, "a1[0]", "tanh(z1[0])"),
            ("letter-output-doubled", r"ø = \tanh(2 þ)", W, "a1[0]", "tanh(2*z1[0])"),
            # a step named with the learning rate before grad(...)
            ("letter-step", r"æ = \eta (t - ø)(1 - ø^2) x", C, "-eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[0]", _STEP),
            ("letter-step-slope-missing", r"æ = \eta (t - ø) x", W, "-eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[0]",
             "eta*(y[0] - a1[0])*x[0]")):
        cases.append(Public(key, "test", "tanh-one", _NORDIC, text, ((verdict,),),
                            (Twin("value", target, (member,)),)))
    for key, text, verdict, member in (
            ("letter-update", "w^{new} = w + æ", C, "W1[0,0] - eta*grad"),
            ("letter-update-climbs", "w^{new} = w - æ", W, "W1[0,0] + eta*grad")):
        cases.append(Public(key, "test", "tanh-one", _NORDIC, text, ((verdict,),),
                            (Twin("update", "W1[0,0]", (member,)),)))
    codecogs = "https://latex.codecogs.com/svg.latex?"
    for key, text, verdict, member in (
            # a README's formula as codecogs' image, in a bullet, with a full stop after it
            ("image-codecogs", "- " + _image(codecogs + "%5Cfrac%7B%5Cpartial%20E%7D%7B%5Cpartial%20v%7D%20%3D%20"
                                             "%28o%20-%20t%29%20o%20%281%20-%20o%29") + ".", C, _E),
            ("image-codecogs-complement", "- " + _image(codecogs + "%5Cfrac%7B%5Cpartial%20E%7D%7B%5Cpartial%20v%7D"
                                                        "%20%3D%20%28o%20-%20t%29%20%281%20-%20o%29") + ".", W,
             "(a2[0] - y[0])*(1 - a2[0])"),
            # codecogs' &space; and its settings before the formula
            ("image-codecogs-space", _image("https://latex.codecogs.com/png.latex?%5Cdpi%7B120%7D%5Cbg_white&space;"
                                            "e&space;=&space;(o&space;-&space;t)&space;o&space;(1&space;-&space;o)"),
             C, _E),
            # GitHub's render/math, its other parameters after &
            ("image-github", _image("https://render.githubusercontent.com/render/math?math=e%20%3D%20%28o%20-%20t%29"
                                    "%20o%20%281%20-%20o%29&mode=inline"), C, _E),
            ("image-github-sign", _image("https://render.githubusercontent.com/render/math?math=e%20%3D%20%28o%20%2B"
                                         "%20t%29%20o%20%281%20-%20o%29&mode=inline"), W,
             "(a2[0] + y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"),
            # Google's chart tx, a form's + for a space
            ("image-google", _image("https://chart.googleapis.com/chart?cht=tx&chl=e+%3D+(o+-+t)+o+(1+-+o)"), C, _E)):
        cases.append(Public(key, "test", "tanh-sigmoid", _UNITS, text, ((verdict,),),
                            (Twin("gradient_z", "z2[0]", (member,)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _reason(message: str) -> str:
    """A refusal without the formula it quotes."""
    return message.split("': ", 1)[1]


def test_a_derivative_word_whose_readings_differ_is_refused_saying_how_to_write_either():
    """``dsigmoid(v)``: sigma'(v) at the input is right, v (1 - v) at the output wrong; neither is taken."""
    message = CHECKS.refused("tanh-sigmoid", _UNITS, "e = (o - t) * sigmoid_derivative(v)")
    assert "sigmoid_derivative(u) reads as sigmoid's derivative at its input (u = z) or at its output (u = a)" in message
    assert "write sigmoid'(z) for the derivative at the input z, or a(1 - a) for it at the output a" in message
    assert "\n" not in message


def test_the_latex_and_the_code_spellings_reach_the_same_refusal():
    """At the output, ``sigmoid_derivative(o)`` is right and the input reading wrong: refused alike in LaTeX."""
    code = CHECKS.refused("tanh-sigmoid", _UNITS, "e = (o - t) * sigmoid_derivative(o)")
    latex = CHECKS.refused("tanh-sigmoid", _UNITS, r"e = (o - t) \cdot \text{sigmoid\_derivative}(o)")
    assert _reason(code) == _reason(latex)
    assert "at its output (u = a)" in code


def test_a_derivative_word_of_an_activation_with_no_derivative_in_its_output_is_refused():
    """softplus's derivative 1/(1 + e^-z) is no formula of its output alone: there is no output reading to agree
    with (relu's [z > 0] is [a > 0], one reading: tests/test_reading_constructs_batch56_fixnames2.py)."""
    message = CHECKS.refused("relu-one", _RELU, "e = (r - t) * softplus_derivative(s)")
    assert "write softplus'(z) for the derivative at the input z" in message and "at the output a" not in message


def test_a_tanh_word_in_a_hidden_rule_read_at_the_output_is_refused_not_guessed():
    """tanh_deriv(h_j): right at the output (1 - h_j^2), wrong at the input; refused, with tanh's 1 - a^2."""
    message = CHECKS.refused("tanh-sigmoid", _UNITS, "g_j = e * w_j * tanh_deriv(h_j)")
    assert "tanh_deriv(u) reads as tanh's derivative at its input (u = z) or at its output (u = a)" in message
    assert "write tanh'(z) for the derivative at the input z, or 1 - a^2 for it at the output a" in message


def test_a_meaning_with_more_than_the_rate_before_grad_is_refused():
    # a quantity times grad(...) is read since session 36 (a sum of such terms, fixleft36); a divisor is not
    notation = _NORDIC.replace('"-eta*grad(W1[0, 0])"', '"-eta/grad(W1[0, 0])"')
    message = CHECKS.refused("tanh-one", notation, r"æ = \eta (t - ø) x")
    assert "sign, a number or the learning rate before it" in message


def test_a_bad_percent_escape_in_a_formula_image_is_refused_in_one_line():
    message = CHECKS.refused("tanh-sigmoid", _UNITS, _image("https://latex.codecogs.com/svg.latex?e%20%3D%2G"))
    assert "'%2G' in its address is no percent-escape" in message and "\n" not in message


def test_an_address_that_is_no_renderer_stays_an_image():
    """Only the renderers' addresses are formulas; any other image is refused as written."""
    message = CHECKS.refused("tanh-sigmoid", _UNITS, _image("https://example.org/e.svg?e%20%3D%20o"))
    assert "![formula](https://example.org/e.svg?e%20%3D%20o" in message


def test_grade_reads_a_formula_image_as_its_latex():
    text = "# Output\n\n- " + _image("https://latex.codecogs.com/svg.latex?e%20%3D%20%28o%20-%20t%29%20o") + "\n"
    scan = equations(text)
    assert [chain.members for chain in scan.chains] == [["e", "(o - t) o"]] and not scan.problems
    assert scan.chains[0].line == 3


def test_grade_reports_a_bad_escape_as_the_submissions_problem():
    scan = equations("- " + _image("https://latex.codecogs.com/svg.latex?e%zz") + "\n")
    assert any("no percent-escape" in problem for problem in scan.problems)
