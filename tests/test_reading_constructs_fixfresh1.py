"""Batches 63 and 64 of the public formulas showed these general constructs refused or misread, each written here as
another author would (other names, other networks than the pages'): a hex colour in a colour command,
``\\textcolor{#1f77b4}{...}`` and ``\\color{#0a0}``, whose ``#`` is the colour's and no code comment's; a check
mark closing a worked row after spacing, ``\\quad \\checkmark`` (``\\surd``, ✓, ✔), the author's remark; a typed
declaration in code, ``double gradC = diff * slope;`` (C, C++, Java, C#, Go, Rust, TypeScript, Kotlin), the claim
``gradC = diff * slope``; R's assignment after a name with an underscore, ``c_new <- c - ...``, whose arrow is
the update's, never the name's subscript; words in ``\\text{...}`` of any language between two equations ending a
display, ``\\qquad \\text{burada } \\frac{\\partial h}{\\partial s} = 1 - h^2``, two claims, each judged; the word
``outer`` between two vectors, ``dE/dV = dE/ds outer u``, their outer product.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
# TANH_2_1 as code names it: diff the output's error, slope tanh's derivative there, gradV2 and gradC two gradients
CODE_NOTATION = r'''
[notation]
loss = ["E"]
learning_rate = ["lr"]
[notation.symbols]
"v2" = "W1[0, 1]"
"v2_new" = "new(W1[0, 1])"
"s" = "z1[0]"
"h" = "a1[0]"
"t" = "y[0]"
"x1" = "x[0]"
"x2" = "x[1]"
"diff" = "a1[0] - y[0]"
"slope" = "1 - a1[0]**2"
"gradV2" = "grad(W1[0, 1])"
"gradC" = "grad(b1[0])"
'''
_GRAD_C = "(a1[0] - y[0])*(1 - a1[0]**2)"
# TANH_2_2_SIGMOID_1's hidden layer as vectors: u the input, V the weights, s the sums, h the outputs
VECTOR_NOTATION = r"""
[notation]
loss = ["E"]
[notation.symbols]
"u" = "x[:]"
"V" = "W1[:, :]"
"s" = "z1[:]"
"h" = "a1[:]"
"""
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
# dE/ds_j, s_j the hidden sum: the output's error back through its sigmoid and weight, then tanh's slope
_DS = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*(1 - a1[{j}]**2)"
_H = Twin("value", "a1[0]", ("tanh(z1[0])",))


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # hex colours around terms, numbers and a whole member: the # is the colour's, the formula goes on
            ("hex-textcolor", r"s = \textcolor{#1f77b4}{v_1 x_1} + {\color{#D62728} v_2 x_2} + \colorbox{#eee}{c}",
             ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            ("hex-textcolor-wrong", r"s = \textcolor{#1f77b4}{v_1 x_1} - \textcolor{#d62728}{v_2 x_2} + c",
             ((W,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] - W1[0,1]*x[1] + b1[0]",)),)),
            ("hex-color-member", r"$$h = \color{#0a0}{\tanh(s)} = \textcolor{#FF8800}{\mathbf{\sigma(s)}}$$",
             ((C, W),), (Twin("value", "a1[0]", ("tanh(z1[0])", "sigmoid(z1[0])")),)),
            # a code comment after a coloured formula is still a comment
            ("hex-then-comment", "h = \\tanh(\\textcolor{#abcdef}{s})  # the unit's output", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            # R's assignment after a name's underscore part: the update's arrow, the word the name's new value
            ("r-underscore-new", "c_new <- c - eta * (h - t) * (1 - h^2)", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("r-underscore-new-wrong", "c_new<-c + eta*(h - t)*(1 - h^2)", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),)),
            # a check mark closing a row after spacing: dropped, in a display, an align's rows, plain text
            ("checkmark-display", r"$$\frac{\partial E}{\partial c} = (h - t)(1 - h^2) \quad \checkmark$$", ((C,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
            ("checkmark-align-wrong",
             "\\begin{align} h &= \\tanh(s) \\qquad \\surd \\\\ s &= v_1 x_1 - v_2 x_2 + c ~\\checkmark \\end{align}",
             ((C,), (W,)), (Twin("value", "a1[0]", ("tanh(z1[0])",)),
                            Twin("value", "z1[0]", ("W1[0,0]*x[0] - W1[0,1]*x[1] + b1[0]",)))),
            ("checkmark-unicode-wrong", "dE/dv_1 = (h - t) * x_1 ✔", ((W,),),
             (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),)),
            # words of any language in \text between two equations: two claims, each judged
            ("words-turkish-wrong", r"$$h = \tanh(s) \qquad \text{burada } s = v_1 x_1 + v_2 x_2$$", ((C,), (W,)),
             (_H, Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)))),
            ("words-spanish", r"$$h = \tanh(s) \quad \text{donde } s = v_1 x_1 + v_2 x_2 + c$$", ((C,), (C,)),
             (_H, Twin("value", "z1[0]", (_S,)))),
            ("words-chinese-derivative",
             r"$$h = \tanh(s) \qquad \text{其中 } \frac{\partial h}{\partial s} = 1 - h^2$$", ((C,), (C,)),
             (_H, Twin("value", "1 - a1[0]**2", ("1 - a1[0]**2",)))),
            ("words-english-derivative-wrong",
             r"$$h = \tanh(s) \qquad \text{where } \frac{\partial h}{\partial s} = h$$", ((C,), (W,)),
             (_H, Twin("value", "1 - a1[0]**2", ("a1[0]",)))),
            # an align's row ended by the words' claim, the next row a claim of its own
            ("words-row-then-claim", "\\begin{align} h &= \\tanh(s) \\qquad \\text{hence } s = v_1 x_1 \\\\"
             " E &= \\frac{1}{2}(h - t)^2 \\end{align}", ((C,), (W,), (C,)),
             (_H, Twin("value", "z1[0]", ("W1[0,0]*x[0]",)), Twin("value", "0.5*(a1[0] - y[0])**2",
                                                                  ("0.5*(a1[0] - y[0])**2",))))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a typed declaration: the claim is the assignment; C-style types where the statement's ; ends the line
            ("c-double", "    double gradV2 = diff * slope * x2;", ((C,),),
             (Twin("gradient", "W1[0,1]", (f"{_GRAD_C}*x[1]",)),)),
            ("java-final-wrong", "final double gradV2 = diff * slope * x1; // the second weight", ((W,),),
             (Twin("gradient", "W1[0,1]", (f"{_GRAD_C}*x[0]",)),)),
            ("cpp-const-float", "const float gradC = diff * slope;", ((C,),), (Twin("gradient", "b1[0]", (_GRAD_C,)),)),
            ("cpp-auto-wrong", "auto gradC = diff;", ((W,),), (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),)),
            ("go-var-type", "var gradC float64 = diff * slope", ((C,),), (Twin("gradient", "b1[0]", (_GRAD_C,)),)),
            ("rust-let-mut", "let mut gradC = diff * slope;", ((C,),), (Twin("gradient", "b1[0]", (_GRAD_C,)),)),
            ("rust-annotated-wrong", "let gradV2: f64 = diff * x2;", ((W,),),
             (Twin("gradient", "W1[0,1]", ("(a1[0] - y[0])*x[1]",)),)),
            ("typescript-const", "`const gradC: number = diff * slope;`", ((C,),),
             (Twin("gradient", "b1[0]", (_GRAD_C,)),)),
            ("r-notation-name", "v2_new <- v2 - lr * gradV2", ((C,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),)),
            ("r-notation-name-wrong", "v2_new <- v2 - lr * diff * x2", ((W,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] - eta*(a1[0] - y[0])*x[1]",)),)),
            ("kotlin-val", "val gradC: Double = diff * slope", ((C,),), (Twin("gradient", "b1[0]", (_GRAD_C,)),))):
        cases.append(Public(key, "test", "tanh-two", CODE_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # the word outer between two vectors: their outer product, u v^T
            ("outer-word", "dE/dV = dE/ds outer u", ((C,),),
             (Twin("gradient", "W1[{j},{k}]", (_DS + "*x[{k}]",), _JK),)),
            ("outer-word-swapped-wrong", "dE/dV = u outer dE/ds", ((W,),),
             (Twin("gradient", "W1[{j},{k}]", (_DS.replace("{j}", "{k}") + "*x[{j}]",), _JK),))):
        cases.append(Public(key, "test", "tanh-sigmoid", VECTOR_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_check_mark_anywhere_but_a_rows_end_stays_refused():
    """``h = \\checkmark \\tanh(s)``, ``h = \\tanh(s) \\checkmark s``, glued: no remark closing the row."""
    for text in (r"h = \checkmark \tanh(s)", r"h = \tanh(s) \checkmark s", r"h = \tanh(s)\checkmark"):
        assert "\\checkmark" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, text)


def test_a_type_word_without_code_around_it_stays_refused():
    """``double gradC = ...`` with no statement's ``;``, or on a line of LaTeX: a page's word, no declaration."""
    for text in ("double gradC = diff * slope", r"\text{double } gradC = diff * slope;"):
        CHECKS.refused("tanh-two", CODE_NOTATION, text)


def test_a_declaration_word_the_notation_names_is_read_as_written():
    """``val gradC = ...`` where the notation names val: val times gradC as written, never the declaration's claim."""
    notation = CODE_NOTATION + '"val" = "b1[0]"\n'
    assert CHECKS.verdicts(Public("val-named", "test", "tanh-two", notation, "val gradC = diff * slope")) != ((C,),)


def test_an_arrow_inside_a_script_stays_refused():
    """``c_{<-} c - eta``, ``c_ <- c``: an arrow is no subscript, the name no update's left side."""
    for text in ("c_{<-} c - eta", "c_ <- c - eta * (h - t) * (1 - h^2)"):
        CHECKS.refused("tanh-two", TANH_2_1_NOTATION, text)


def test_a_case_or_a_range_after_words_stays_a_remark():
    """``\\text{if } t = 1``, ``\\text{for } i = 1, \\ldots, 2``: a case's value, a range: no claim, one verdict."""
    for text in (r"$$h = \tanh(s) \qquad \text{if } t = 1$$", r"$$h = \tanh(s) \qquad \text{for } i = 1, \ldots, 2$$"):
        assert CHECKS.verdicts(Public("case", "test", "tanh-two", TANH_2_1_NOTATION, text)) == ((C,),)


def test_the_word_outer_beside_a_matrix_or_in_prose_is_no_outer_product():
    """``dE/dV outer u`` (a matrix beside it) is refused; ``the outer layer: ...`` reads as prose, as before."""
    assert "matrix" in CHECKS.refused("tanh-sigmoid", VECTOR_NOTATION, "dE/dV = dE/dV outer u")
    case = Public("prose", "test", "tanh-sigmoid", VECTOR_NOTATION, "the outer layer: dE/dV = dE/ds u^T")
    assert CHECKS.verdicts(case) == ((C,),)
