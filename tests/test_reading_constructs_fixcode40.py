"""Code and display constructs batches 176 and 177 showed refused, read now (written here as other authors would:
other names, other networks than the pages'):

- PyTorch's ``.squeeze(d)`` (``dim=d``, ``axis=d``; 0, 1 or -1) where that axis of the value has one entry: the
  vector's entries, as ``.squeeze()`` reads them; a samples-as-rows notation's vector is the sample's row and the sum
  over the samples keeps its axis, so ``g.sum(0).squeeze(0)`` is that sum (batch 176's c76-dk-gb). An axis of more
  entries is refused naming it (PyTorch leaves the value, NumPy refuses it); ``.unsqueeze(dim=1)`` is read as
  ``.unsqueeze(1)``;
- a ``def`` with type hints and a docstring over several lines before its return (batch 176's c76-dl-sig): the
  docstring set aside as a one-line docstring is;
- code's ``x *= y``: a parameter's update ``x := x * y``, judged as ``-=`` and ``+=`` are; on any other name refused
  in one line saying it changes the name in place and how to write it (batch 176's c76-fw-sig, which was "unexpected
  at '='");
- a display's equation tag after a run of four dots or more, ``....(2)$$`` (batch 177's s77-jk-g and s77-jk-c3).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import LEARNING_RATE, problem_text
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

# three inputs, four units of the logistic function, two linear outputs, half the squared error; the rate 0.1
_HIDDEN_LINEAR = problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                              loss="half_squared_error", extra=LEARNING_RATE)
# two inputs, three rectified units, one output of the logistic function, the binary cross-entropy
_RECTIFIED_LOGISTIC = problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                                   loss="binary_cross_entropy", extra=LEARNING_RATE)

NETWORKS = {"hidden-linear": _HIDDEN_LINEAR, "rectified-logistic": _RECTIFIED_LOGISTIC, "logistic-two": LOGISTIC_2}
CHECKS = CaseChecks(NETWORKS)

# an autograd Function as the output layer, the samples rows: g the gradient handed to it (a row), gb its bias's
_ROW_GRADIENT = r'''
[notation]
[notation.symbols]
"h" = "a1[:].T"
"Wt" = "W2[:, :]"
"g" = "grad(z2[:]).T"
"gb" = "grad(b2[:]).T"
"gh" = "grad(a1[:]).T"
'''
# the same layer written with its weights input-first and its vectors named whole (the sample's row, as code's)
_WHOLE_VECTORS = r'''
[notation]
[notation.symbols]
"h" = "a1[:]"
"V" = "W2[:, :].T"
"d" = "grad(z2[:])"
"db" = "grad(b2[:])"
'''
# the output layer's backward: self.out the output forward keeps, g dL/d(its output), backward dL/d(its input)
_BACKWARD = r'''
[notation]
[notation.symbols]
"self.out" = "a2[:].T"
"g" = "grad(a2[:]).T"
"backward" = "grad(z2[:]).T"
'''
# code's update of the output weights: W2 the matrix, dW2 its gradient, lr the rate, delta a hidden error
_UPDATE = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"W" = "W2[:, :]"
"dW" = "grad(W2[:, :])"
"delta" = "grad(z1[:])"
"h" = "a1[:]"
'''
# Haykin's notation on one neuron of the logistic function: e its error, y_j its output, y_i the input i
_HAYKIN = r'''
[notation]
loss = ["E"]
[notation.symbols]
"w_{i}" = "W1[0, i]"
"y_i" = "x[i]"
"y" = "a1[0]"
"d" = "y[0]"
'''
_K2 = tuple({"k": k} for k in range(2))
_J4 = tuple({"j": j} for j in range(4))
_I2 = tuple({"i": i} for i in range(2))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_DA2 = "(-(y[0]/a2[0] - (1 - y[0])/(1 - a2[0])))"  # dL/da2 of the binary cross-entropy
_DOCSTRING_DEF = ('    def backward(self, g: np.ndarray) -> np.ndarray:\n        """\n        g: (batch, units)\n'
                  '        returns: (batch, units)\n        """\n        return g * self.out{}')


def _cases() -> list[Public]:
    return [
        Public("squeeze-after-sum-over-samples", "test", "hidden-linear", _ROW_GRADIENT, "gb = g.sum(0).squeeze(0)",
               ((C,),), (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("squeeze-after-sum-doubled", "test", "hidden-linear", _ROW_GRADIENT, "gb = 2 * g.sum(dim=0).squeeze(dim=0)",
               ((W,),), (Twin("gradient", "b2[{k}]", ("2*(a2[{k}] - y[{k}])",), _K2),)),
        Public("squeeze-of-the-sample-row", "test", "hidden-linear", _ROW_GRADIENT, "gh = g.mm(Wt).squeeze(0)",
               ((C,),), (Twin("value", "(a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}]",
                              ("(a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}]",), _J4),)),
        Public("squeeze-of-the-sample-row-negated", "test", "hidden-linear", _ROW_GRADIENT,
               "gh = -g.mm(Wt).squeeze(0)", ((W,),),
               (Twin("value", "(a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}]",
                     ("-((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])",), _J4),)),
        Public("squeeze-of-a-whole-vector", "test", "hidden-linear", _WHOLE_VECTORS, "db = d.squeeze(0)", ((C,),),
               (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("squeeze-of-a-whole-vector-halved", "test", "hidden-linear", _WHOLE_VECTORS, "db = d.squeeze(0) / 2",
               ((W,),), (Twin("gradient", "b2[{k}]", ("(a2[{k}] - y[{k}])/2",), _K2),)),
        Public("unsqueeze-dim-keyword", "test", "hidden-linear", _ROW_GRADIENT, "gb = g.unsqueeze(dim=0)", ((C,),),
               (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("def-with-hints-and-docstring", "test", "rectified-logistic", _BACKWARD,
               _DOCSTRING_DEF.format(" * (1 - self.out)"), ((C,),),
               (Twin("gradient_z", "z2[0]", (f"{_DA2}*a2[0]*(1 - a2[0])",)),)),
        Public("def-with-hints-and-docstring-wrong", "test", "rectified-logistic", _BACKWARD,
               _DOCSTRING_DEF.format(" * (1 + self.out)"), ((W,),),
               (Twin("gradient_z", "z2[0]", (f"{_DA2}*a2[0]*(1 + a2[0])",)),)),
        Public("minus-equals-update", "test", "hidden-linear", _UPDATE, "W -= lr * dW", ((C,),),
               (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*(a2[{k}] - y[{k}])*a1[{j}]",), _K2J4),)),
        Public("times-equals-update-is-no-step", "test", "hidden-linear", _UPDATE, "W *= 0.9", ((W,),),
               (Twin("update", "W2[{k},{j}]", ("0.9*W2[{k},{j}]",), _K2J4),)),
        Public("tag-after-five-dots", "test", "logistic-two", _HAYKIN,
               "$$ \\frac{\\partial E}{\\partial w_{i}} = (y - d) y_i.....(2)$$", ((C,),),
               (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),)),
        Public("tag-after-five-dots-wrong", "test", "logistic-two", _HAYKIN,
               "$$ \\frac{\\partial E}{\\partial w_{i}} = (d - y) y_i.....(2)$$", ((W,),),
               (Twin("gradient", "W1[0,{i}]", ("(y[0] - a1[0])*x[{i}]",), _I2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_squeeze_of_an_axis_of_several_entries_is_refused_naming_it():
    """``g.sum(0).squeeze(1)``: the row's axis 1 has two entries, which PyTorch leaves and NumPy refuses."""
    refusal = CHECKS.refused("hidden-linear", _ROW_GRADIENT, "gb = g.sum(0).squeeze(1)")
    assert ".squeeze(1)" in refusal and "axis 1 has 2 entries" in refusal
    refusal = CHECKS.refused("hidden-linear", _WHOLE_VECTORS, "db = d.squeeze(-1)")
    assert "axis -1 has 2 entries" in refusal


def test_a_squeeze_of_another_axis_is_refused():
    refusal = CHECKS.refused("hidden-linear", _ROW_GRADIENT, "gb = g.squeeze(2)")
    assert ".squeeze(...) with another argument than the axis 0, 1 or -1" in refusal


def test_times_equals_on_a_name_that_is_no_parameter_is_refused_saying_how_to_write_it():
    """``delta *= h * (1 - h)``: the delta it multiplies is its value before the statement, which the notation's
    one meaning of delta (dL/dz1) cannot also be."""
    refusal = CHECKS.refused("hidden-linear", _UPDATE, "delta *= h * (1 - h)")
    assert "delta *= ... changes delta in place" in refusal and "delta_new = delta * (...)" in refusal


def test_one_ellipsis_before_a_parenthesis_stays_the_formula_s():
    """``...(2)``: three dots alone are no leaders (a formula's ellipsis), as before."""
    refusal = CHECKS.refused("logistic-two", _HAYKIN, "$$ \\frac{\\partial E}{\\partial w_{i}} = (y - d) y_i...(2)$$")
    assert "\n" not in refusal
