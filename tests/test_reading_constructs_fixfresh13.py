"""The pages of batch 78 of the public formulas showed constructs of general writing refused, each written here as
another author would (other names, other networks than the pages'): a braced base before its subscript, ``{v}_1``
(TeX's spare group around a name), in a derivative's denominator as anywhere; a remark in full-width parentheses
after a formula, ``（激活函数）``, as ASCII parentheses of a remark are read; a word of Korean, Chinese or Japanese
prose opening a claim, ``따라서`` ("therefore"), ``所以，``, set aside as an English word is; a line drawing's frame
around formulas (``║ h = tanh(s) ║``, ``╔═══╗``), its box-drawing characters at a line's ends and lines of them
alone; ``\\oslash`` (and ⊘), the entrywise division, as ``\\odot`` is the entrywise product; the trace,
``\\operatorname{tr}``, ``tr(...)``, of a square matrix (of a number, the number). What stays refused: full-width
parentheses holding mathematics; a word of prose before a formula refused for itself (the refusal then names the
formula's trouble, not the word); a box-drawing character inside a line; \\oslash of vectors of two sizes; the
trace of a matrix that is not square. A line opening with ``1 - `` worked to numbers, ``1 - h^2 = 1 - 0.4621^2 ≈
0.7864`` (the same number and dash opening the member after the relation, no letter after them), is 1 minus, no
list's number; without that repetition (``1 - h^2 = 0.7864``) it stays judged both ways and refused where they differ.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from construct_networks import SOFTMAX_2_3, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "softmax-three": SOFTMAX_2_3,
    # one tanh unit with its weight and sample given: s = 0.5, h = tanh(0.5) = 0.46212, 1 - h^2 = 0.78645
    "tanh-one-sample": problem_text('inputs = 1\nunits = 1\nactivation = "tanh"\nweights = [[0.5]]\nbiases = [0.0]',
                                    loss="half_squared_error", extra=data_tables("[1.0]", "[1.0]")),
}
_ONE_NOTATION = r'''
[notation]
loss = ["E"]
[notation.symbols]
"s" = "z1[0]"
"h" = "a1[0]"
"t" = "y[0]"
'''
# SOFTMAX_2_3's quantities as columns: q the probabilities, r the one-hot target, u the input, s the sums, J the loss
_COLUMNS_NOTATION = r'''
[notation]
loss = ["J"]
[notation.symbols]
"q" = "a1[:]"
"r" = "t[:]"
"u" = "x[:]"
"s" = "z1[:]"
'''
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
CHECKS = CaseChecks(NETWORKS)

_I2 = ({"i": 0}, {"i": 1})


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a braced base before its subscript: the name v_1, in a denominator and on a left side
            ("braced-base-denominator", r"\frac{\partial E}{\partial {v}_1} = (h - t)(1 - h^2) x_1", ((C,),),
             (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*(1 - a1[0]**2)*x[0]",)),)),
            ("braced-base-denominator-wrong", r"\frac{\partial E}{\partial {v}_i} = (h - t) x_i", ((W,),),
             (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),)),
            ("braced-base-left-side", r"{v}_2 \leftarrow {v}_2 - \eta \frac{\partial E}{\partial {v}_{2}}", ((C,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a remark in full-width parentheses closing the line, its words Chinese or Japanese
            ("full-width-remark", "h = \\tanh(s) （激活函数）", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("full-width-remark-wrong", "s = v_1 x_1 + v_2 x_2 （バイアスなし）。", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),)),
            # a word of prose in Korean or Chinese opening a claim: "therefore", "so"
            ("korean-therefore", "따라서 \\frac{\\partial E}{\\partial c} = (h - t)(1 - h^2)", ((C,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
            ("korean-therefore-wrong", "그러므로 dE/dc = (h - t) * h", ((W,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]",)),)),
            ("chinese-so-comma", "所以，dE/dv_1 = (h - t)(1 - h^2) x_1", ((C,),),
             (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*(1 - a1[0]**2)*x[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a line drawing's frame around the formulas: its corners and lines, its bars at each line's ends
            ("box-frame", "╔════════════════════════════╗\n║  h = tanh(s)               ║\n"
                          "║                            ║\n║  s = v_1 x_1 + v_2 x_2 + c ║\n"
                          "╚════════════════════════════╝", ((C,), (C,)),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),
              Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)))),
            ("box-bullet-update", "┃   • c ← c - η ∂E/∂c        ┃", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("box-row-wrong", "┌──────────────────┐\n│ ∂E/∂c = (h - t) h │\n└──────────────────┘", ((W,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # \oslash, the entrywise division of two vectors of one size (and Unicode's ⊘)
            ("oslash", r"\frac{\partial J}{\partial q} = -r \oslash q", ((C,),),
             (Twin("value", "-t[{k}]/a1[{k}]", ("-t[{k}]/a1[{k}]",), _K3),)),
            ("oslash-wrong", r"\frac{\partial J}{\partial q} = -q \oslash r", ((W,),),
             (Twin("value", "-t[{k}]/a1[{k}]", ("-a1[{k}]/t[{k}]",), _K3),)),
            ("oslash-unicode-wrong", "dJ/dq = r ⊘ q", ((W,),),
             (Twin("value", "-t[{k}]/a1[{k}]", ("t[{k}]/a1[{k}]",), _K3),)),
            # the trace of a square matrix: r^T log q of two columns is 1 x 1, its trace the number
            ("trace-operatorname", r"J = -\operatorname{tr}(r^T \log(q))", ((C,),), (Twin("value", _CE, (_CE,)),)),
            ("trace-plain", "J = -tr(r^T log(q))", ((C,),), (Twin("value", _CE, (_CE,)),)),
            ("trace-outer-product", r"J = -\mathrm{tr}(\log(q) r^T)", ((C,),), (Twin("value", _CE, (_CE,)),)),
            ("trace-wrong", r"J = \operatorname{tr}(r^T \log(q))", ((W,),),
             (Twin("value", _CE, ("t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2])",)),))):
        cases.append(Public(key, "test", "softmax-three", _COLUMNS_NOTATION, text, expected, twins))
    for key, text, expected in (
            # 1 - ... on the left, worked to numbers: the same 1 - opening the member after =, numbers only after it
            ("one-minus-worked", "1 - h^2 = 1 - 0.4621^2 ≈ 0.7864", ((C, C),)),
            ("one-minus-worked-wrong", "1 - h² = 1 - 0.4621² ≈ 0.2136\nh = tanh(s)", ((C, W), (C,)))):
        # "=" before a member: a number worked by hand, judged as rounded to its digits
        twins = (Twin("value", "1 - a1[0]**2", ("=1 - 0.4621**2", "=0.7864" if "0.78" in text else "=0.2136")),)
        if "\n" in text:
            twins += (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
        cases.append(Public(key, "test", "tanh-one-sample", _ONE_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_full_width_parentheses_holding_mathematics_stay_refused():
    """Full-width parentheses around mathematics (no word of Chinese, Japanese or Korean in them) are no remark."""
    assert "（" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = \\tanh(s) （s + c）")


def test_a_prose_word_before_a_refused_formula_is_not_asked_a_meaning():
    """Where the formula after the word of prose is refused for itself, the refusal names that, not the word."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "따라서 dE/dc = (h - q) * h")
    assert "unknown symbol q" in message and "unknown symbol 따라서" not in message


def test_a_box_drawing_character_inside_a_line_stays_refused():
    """Only a frame's characters at a line's ends (or a line of them alone) are set aside: one between two formulas on
    a line is no part of either, and refused naming it."""
    assert "'│'" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = tanh(s) │ s = v_1 x_1 + v_2 x_2 + c")


def test_oslash_of_two_sizes_and_the_trace_of_no_square_stay_refused():
    """\\oslash divides entry by entry only where the sizes agree; the trace is of a square matrix only."""
    text = r"\frac{\partial J}{\partial q} = r \oslash u"
    assert "another size" in CHECKS.refused("softmax-three", _COLUMNS_NOTATION, text)
    message = CHECKS.refused("softmax-three", _COLUMNS_NOTATION, r"J = \operatorname{tr}(\log(q))")
    assert "3 x 1 matrix: the trace is of a square matrix" in message


def test_one_minus_without_its_worked_numbers_stays_two_ways():
    """``1 - h^2 = 0.7864``: a list's first item (h^2 = 0.7864, wrong) or 1 minus h^2 (right); nothing repeats the
    difference after the relation, so both are judged, and they disagree: refused."""
    message = CHECKS.refused("tanh-one-sample", _ONE_NOTATION, "1 - h^2 = 0.7864")
    assert "reads as a list's number or as 1 minus what follows" in message
