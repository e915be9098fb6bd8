"""The constructs batch 10 of the public formulas showed missing, continued (test_reading_constructs_batch10.py
holds the first families and the harness): a sample's loss J^{(i)} outside a sum, Ng's g^{[1]'} and {\\space}, a
1 x 1 where the left side is a number, and plain text as code writes it (dZ^[1], .T, NumPy's 0.); each right and
one-change wrong, held to the PyTorch oracle, and what stays unreadable refused in one line.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_reading_constructs_batch10 import CHECKS, _HIDDEN_DELTA, _J3, _OUTPUT_DELTA, _UNIT_BCE, _ng, _refusal


def _samples(loss: str) -> str:
    """qikaigu's logistic regression: every quantity with its sample's superscript (i), a letter the meanings do
    not use; ``loss`` the table's loss names."""
    return f"""
[notation]
indices = "j"
loss = {loss}
[notation.symbols]
"\\\\hat{{y}}^{{(i)}}" = "a1[0]"
"y^{{(i)}}" = "y[0]"
"z^{{(i)}}" = "z1[0]"
"w_{{j}}" = "W1[0, j-1]"
"x_{{j}}^{{(i)}}" = "x[j-1]"
"""


def _sample_loss_cases() -> list[Public]:
    """J^{(i)}, a sample's loss outside a sum: its superscript the notation's sample letter (as in y^{(i)}), or the
    loss named so in the table."""
    cases = []
    bce = _UNIT_BCE
    slope = "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])"
    for loss in ('["J"]', '["J", "J^{(i)}"]', '["\\\\mathcal{L}"]'):
        name = r"\mathcal{L}" if "mathcal" in loss else "J"
        for text, verdict, member in (
                (f"{name}^{{(i)}} = -[y^{{(i)}} \\log \\hat{{y}}^{{(i)}} + (1 - y^{{(i)}}) \\log(1 - \\hat{{y}}^{{(i)}})]", C, bce),
                (f"{name}^{{(i)}} = -[y^{{(i)}} \\log \\hat{{y}}^{{(i)}} + y^{{(i)}} \\log(1 - \\hat{{y}}^{{(i)}})]", W,
                 "-(y[0]*log(a1[0]) + y[0]*log(1 - a1[0]))")):
            cases.append(Public(f"sample-{loss}-{verdict}", "test", "unit", _samples(loss), text, ((verdict,),),
                                (Twin("value", bce, (member,)),)))
        derivative = f"\\frac{{\\partial {name}^{{(i)}}}}{{\\partial \\hat{{y}}^{{(i)}}}}"
        for text, verdict, member in (
                (f"{derivative} = - \\frac{{y^{{(i)}}}}{{\\hat{{y}}^{{(i)}}}} + \\frac{{1 - y^{{(i)}}}}{{1 - \\hat{{y}}^{{(i)}}}}",
                 C, slope),
                (f"{derivative} = - \\frac{{y^{{(i)}}}}{{\\hat{{y}}^{{(i)}}}} - \\frac{{1 - y^{{(i)}}}}{{1 - \\hat{{y}}^{{(i)}}}}",
                 W, "-y[0]/a1[0] - (1 - y[0])/(1 - a1[0])")):
            cases.append(Public(f"sample-slope-{loss}-{verdict}", "test", "unit", _samples(loss), text, ((verdict,),),
                                (Twin("value", slope, (member,)),)))
        for text, verdict, member in ((f"\\frac{{\\partial {name}^{{(i)}}}}{{\\partial z^{{(i)}}}} = \\hat{{y}}^{{(i)}} - y^{{(i)}}",
                                       C, "a1[0] - y[0]"),
                                      (f"\\frac{{\\partial {name}^{{(i)}}}}{{\\partial z^{{(i)}}}} = y^{{(i)}} - \\hat{{y}}^{{(i)}}",
                                       W, "y[0] - a1[0]")):
            cases.append(Public(f"sample-dz-{loss}-{verdict}", "test", "unit", _samples(loss), text, ((verdict,),),
                                (Twin("gradient_z", "z1[0]", (member,)),)))
    return cases



def _layer_function_and_spacing_cases() -> list[Public]:
    """Ng's g^{[1]'}(Z^{[1]}): the layer in brackets on a function the table names bare, with its prime inside;
    {\\space}, a group of spacing alone, is nothing."""
    cases = []
    for text, verdict, member in (
            (r"dZ^{[1]} = W^{[2]T} dZ^{[2]} \odot g^{[1]'}(Z^{[1]})", C, _HIDDEN_DELTA),
            (r"dZ^{[1]} = W^{[2]T} A^{[2]} \odot g^{[1]'}(Z^{[1]})", W, "W2[0,{j}]*a2[0]*a1[{j}]*(1 - a1[{j}])")):
        cases.append(Public(f"layer-function-{verdict}", "test", "sigmoid", _ng(), text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), _J3),)))
    cost = r"J = - (1/m {\space}[y^{(i)} \log \hat{y}^{(i)} + (1 - y^{(i)}) \log(1 - \hat{y}^{(i)})])"
    for text, verdict, member in ((cost, C, _UNIT_BCE), (cost.replace("(1 - y^{(i)})", "y^{(i)}"), W,
                                                         "-(y[0]*log(a1[0]) + y[0]*log(1 - a1[0]))")):
        cases.append(Public(f"spacing-{verdict}", "test", "unit", _samples('["J"]') + '"m" = "1"\n', text,
                            ((verdict,),), (Twin("value", _UNIT_BCE, (member,)),)))
    return cases



_NUMBERS = r"""
[notation]
[notation.symbols]
"\\hat{y}" = "a2[0]"
"""


def _one_by_one_cases() -> list[Public]:
    """A row of numbers times a column where the left side is a number: the 1 x 1 product is that number."""
    cases = []
    row = r"\begin{pmatrix} 0.50 & -0.30 \end{pmatrix}"
    for column, verdict, member in ((r"\begin{pmatrix} 0.10 \\ 1.00 \end{pmatrix}", C, "np.array([0.10, 1.00])"),
                                    (r"\begin{pmatrix} 0.10 \\ 2.00 \end{pmatrix}", W, "np.array([0.10, 2.00])")):
        cases.append(Public(f"one-by-one-{verdict}", "test", "numbers", _NUMBERS, rf"\hat{{y}} = {row}{column}",
                            ((verdict,),), (Twin("value", "a2[0]", (f"=np.array([0.50, -0.30]) @ {member}",)),)))
    for number, verdict in (("-0.25", C), ("-0.35", W)):
        cases.append(Public(f"one-entry-{verdict}", "test", "numbers", _NUMBERS,
                            rf"\hat{{y}} = \begin{{bmatrix}} {number} \end{{bmatrix}}", ((verdict,),),
                            (Twin("value", "a2[0]", (f"={number}",)),)))
    return cases



def _plain_code_cases() -> list[Public]:
    """Plain text as code writes it: a caret before a bracketed layer without braces (dZ^[1]), Python's transpose
    (W.T), NumPy's 0. for zero in a matrix."""
    cases = []
    for text, verdict, member in (("dZ^[1] = ((W^[2]).T) (dZ^[2]) * g'(Z^[1])", C, _HIDDEN_DELTA),
                                  ("dZ^[1] = ((W^[2]).T) (dZ^[2]) * g(Z^[1])", W,
                                   f"W2[0,{{j}}]*{_OUTPUT_DELTA}*sigmoid(z1[{{j}}])")):
        cases.append(Public(f"code-transpose-{verdict}", "test", "sigmoid", _ng(), text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), _J3),)))
    output = "W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2]"
    for text, verdict, member in (("Z^[2] = W^[2] A^[1] + b^[2]", C, f"{output} + b2[0]"),
                                  ("Z^[2] = W^[2] A^[1] - b^[2]", W, f"{output} - b2[0]")):
        cases.append(Public(f"code-caret-{verdict}", "test", "sigmoid", _ng(), text, ((verdict,),),
                            (Twin("value", "z2[0]", (member,)),)))
    product = r"\hat{y} = \begin{pmatrix} 0.50 & -0.30 \end{pmatrix}\begin{pmatrix} 0.10 \\ 1.00 \end{pmatrix} + "
    for bias, verdict, member in (("0.", C, "0"), ("1.", W, "1")):
        cases.append(Public(f"code-zero-{verdict}", "test", "numbers", _NUMBERS,
                            product + rf"\begin{{bmatrix}} {bias} \end{{bmatrix}}", ((verdict,),),
                            (Twin("value", "a2[0]", (f"=np.array([0.50, -0.30]) @ np.array([0.10, 1.00]) + {member}",)),)))
    return cases



CASES = (_sample_loss_cases() + _layer_function_and_spacing_cases() + _one_by_one_cases() + _plain_code_cases())


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_loss_with_a_letter_that_is_no_sample_is_refused():
    """J^{(k)} where the notation's sample letter is i: k is no sample, and no value; refused."""
    assert "unknown symbol k" in _refusal("unit", _samples('["J"]'), r"J^{(k)} = -\log \hat{y}^{(i)}")


def test_a_row_of_numbers_is_no_number():
    """Only a 1 x 1 is a number: a row of two where the left side is a number stays refused."""
    assert "where the left side is a number" in _refusal("numbers", _NUMBERS, r"\hat{y} = \begin{pmatrix} 0.5 & -0.3 \end{pmatrix}")
