"""Batch 102's C++ (Eigen), Scala and Java pages showed constructs refused, written here as other authors would (other
names, other networks than the pages'):

- C++'s function definitions with a library's return type and typed parameters taken by reference, ``inline
  Eigen::VectorXd sigmoid(const Eigen::VectorXd& z) { return ...; }`` (``const VectorXd &z``, a template's
  ``std::vector<double>``, a local ``VectorXd s = ...;`` before the return), read through function_definitions' one C
  row; a loss's derivative named d and the notation's loss word (``dCost``) as crossEntropyGrad is;
- a typed declaration with a library's type, ``Eigen::VectorXd s = V * h + c;`` (``MatrixXd``, a reference ``const
  VectorXd& s``), Scala's ``val s: DenseVector[Double] = ...``: the claim ``s = ...`` (code_declarations);
- Eigen's ``.array()`` (its ``*`` then entry by entry), ``.matrix()``, ``.cwiseProduct(...)``, ``.inverse()`` of an
  array (the reciprocals), ``.square()``, ``.size()`` (syntax_value_methods);
- Java's, JavaScript's and Scala's ``Math.E``, Euler's number, in any formula (code_names.EULER_CONSTANTS);
- a method of no arguments after an indexed object, ``layers[k].getOutput()``, the dotted name the notation gives.

What stays refused: Eigen's ``*`` between two names with no ``.array()`` where the matrix product and the product entry
by entry disagree; ``.inverse()`` of a matrix (Eigen's matrix inverse); ``.size()`` of a number; a method of no
arguments the notation does not name; a two-word left side of prose whose first word is no library's type.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LINEAR_2_3_MSE, SIGMOID_2_3_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
    "linear-mse": LINEAR_2_3_MSE,
}
CHECKS = CaseChecks(NETWORKS)

# a definition's argument: any value (function_definitions binds it)
_ANY = r'''
[notation]
functions = { sigmoidGrad = "sigmoid' at input", tanhGrad = "tanh' at input" }
[notation.symbols]
"z" = "z1[0]"
'''
# the mean squared error's derivative by the prediction, at the network's outputs and targets
_COST = r'''
[notation]
indices = "q"
loss = ["Cost"]
[notation.symbols]
"out" = "a1[:]"
"y" = "y[:]"
'''
# SIGMOID_2_3_2's output layer in C++'s (and Scala's) names: V its weights (out x in), h the hidden outputs, c the
# biases, s the sums, o the outputs, e dL/d(the hidden outputs), d the hidden layer's dL/dz, layers[k] the layers
_LAYER = r'''
[notation]
indices = "q"
[notation.symbols]
"V" = "W2[:, :]"
"h" = "a1[:]"
"c" = "b2[:]"
"s" = "z2[:]"
"e" = "grad(a1[:])"
"d" = "delta1[:]"
"layers[k].getOutput" = "a1[:]"
'''
# SIGMOID_2_3_2's first hidden unit in Java's names
_UNIT = r'''
[notation.symbols]
"net" = "z1[0]"
"out" = "a1[0]"
'''
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_S2 = "W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2]"
_E1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"


def _cases() -> list[Public]:
    return [
        Public("eigen-sigmoid-definition", "test", "tanh-two", _ANY,
               "inline Eigen::VectorXd sigmoid(const Eigen::VectorXd& z) {\n"
               "    return (1.0 + (-z.array()).exp()).inverse().matrix();\n}", ((C,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1.0 + exp(-z1[0]))",)),)),
        Public("eigen-sigmoid-definition-wrong", "test", "tanh-two", _ANY,
               "inline Eigen::VectorXd sigmoid(const Eigen::VectorXd& z) {\n"
               "    return (1.0 + z.array().exp()).inverse().matrix();\n}", ((W,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1.0 + exp(z1[0]))",)),)),
        Public("eigen-slope-definition", "test", "tanh-two", _ANY,
               "static VectorXd tanhGrad(const VectorXd &z) { return 1.0 - z.array().tanh().square(); }", ((C,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1.0 - tanh(z1[0])**2",)),)),
        Public("eigen-slope-definition-with-a-local", "test", "tanh-two", _ANY,
               "VectorXd sigmoidGrad(VectorXd z) {\n  VectorXd s = sigmoid(z);\n  return s.array() * (1 - s.array());\n}",
               ((C,),), (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),)),
        # the slope written of the output where the notation's argument is the sum
        Public("eigen-slope-definition-of-the-output-wrong", "test", "tanh-two", _ANY,
               "inline VectorXd sigmoidGrad(const VectorXd& z) { return z.array() * (1 - z.array()); }", ((W,),),
               (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("z1[0]*(1 - z1[0])",)),)),
        Public("templated-parameter-definition", "test", "tanh-two", _ANY,
               "std::vector<double> tanhGrad(const std::vector<double>& z) { return 1 - tanh(z) * tanh(z); }", ((C,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])*tanh(z1[0])",)),)),
        Public("loss-derivative-named-d", "test", "linear-mse", _COST,
               "VectorXd dCost(const VectorXd& out, const VectorXd& y) {\n    return 2.0 * (out - y) / out.size();\n}",
               ((C,),), (Twin("value", "2*(a1[{j}] - y[{j}])/3", ("2.0*(a1[{j}] - y[{j}])/3",), _J3),)),
        Public("loss-derivative-named-d-wrong", "test", "linear-mse", _COST,
               "VectorXd dCost(const VectorXd& out, const VectorXd& y) {\n    return (out - y) / out.size();\n}",
               ((W,),), (Twin("value", "2*(a1[{j}] - y[{j}])/3", ("(a1[{j}] - y[{j}])/3",), _J3),)),
        Public("eigen-declaration", "test", "sigmoid-2-3-2", _LAYER, "    Eigen::VectorXd s = V * h + c;", ((C,),),
               (Twin("value", "z2[{j}]", (_S2 + " + b2[{j}]",), _J2),)),
        Public("eigen-reference-declaration-wrong", "test", "sigmoid-2-3-2", _LAYER, "  const VectorXd& s = V * h - c;",
               ((W,),), (Twin("value", "z2[{j}]", (_S2 + " - b2[{j}]",), _J2),)),
        Public("breeze-declaration", "test", "sigmoid-2-3-2", _LAYER, "val s: DenseVector[Double] = V * h + c",
               ((C,),), (Twin("value", "z2[{j}]", (_S2 + " + b2[{j}]",), _J2),)),
        Public("eigen-array-products", "test", "sigmoid-2-3-2", _LAYER,
               "MatrixXd d = e.array() * h.array() * (1 - h.array());", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_E1 + "*a1[{j}]*(1 - a1[{j}])",), _J3),)),
        Public("eigen-array-products-wrong", "test", "sigmoid-2-3-2", _LAYER,
               "MatrixXd d = e.array() * h.array() * (1 + h.array());", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (_E1 + "*a1[{j}]*(1 + a1[{j}])",), _J3),)),
        Public("eigen-cwise-product", "test", "sigmoid-2-3-2", _LAYER,
               "VectorXd d = e.cwiseProduct((h.array() * (1 - h.array())).matrix());", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_E1 + "*a1[{j}]*(1 - a1[{j}])",), _J3),)),
        Public("eigen-cwise-product-wrong", "test", "sigmoid-2-3-2", _LAYER, "VectorXd d = e.cwiseProduct(h);",
               ((W,),), (Twin("gradient_z", "z1[{j}]", (_E1 + "*a1[{j}]",), _J3),)),
        Public("method-of-no-arguments", "test", "sigmoid-2-3-2", _LAYER,
               "VectorXd d = e.array() * layers[k].getOutput().array() * (1 - layers[k].getOutput().array());",
               ((C,),), (Twin("gradient_z", "z1[{j}]", (_E1 + "*a1[{j}]*(1 - a1[{j}])",), _J3),)),
        Public("math-e", "test", "sigmoid-2-3-2", _UNIT, "double out = 1.0 / (1 + Math.pow(Math.E, -net));", ((C,),),
               (Twin("value", "a1[0]", ("1.0/(1 + exp(1)**(-z1[0]))",)),)),
        Public("math-e-wrong", "test", "sigmoid-2-3-2", _UNIT, "out = 1.0 / (1 + Math.pow(Math.E, net))", ((W,),),
               (Twin("value", "a1[0]", ("1.0/(1 + exp(1)**(z1[0]))",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_eigen_star_of_names_without_array_stays_refused_where_the_products_disagree():
    """``e * h`` with no ``.array()``: Eigen's matrix product of two vectors, or the product entry by entry: which is
    meant depends on the declared types, which the line does not show."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _LAYER, "VectorXd d = e * h * (1 - h);")
    assert "do not agree" in refusal


def test_inverse_of_a_matrix_is_refused():
    """``.inverse()`` of no array is Eigen's matrix inverse."""
    refusal = CHECKS.refused("tanh-two", _ANY, "inline VectorXd sigmoid(const VectorXd& z) { return (1.0 +"
                                               " (-z).exp()).inverse(); }")
    assert ".inverse() of a matrix" in refusal


def test_size_of_a_number_is_refused():
    CHECKS.refused("tanh-two", _UNIT, "double out = net / net.size();")


def test_a_method_the_notation_does_not_name_is_refused_naming_it():
    refusal = CHECKS.refused("sigmoid-2-3-2", _LAYER, "VectorXd d = e.cwiseProduct(layers[k].getSlope());")
    assert "layers[k].getSlope" in refusal


def test_two_words_of_prose_before_an_equals_are_no_declaration():
    """``hidden sum s = ...;``: hidden sum is no library's type, so the left side stays the phrase it is."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _LAYER, "hidden sum s = V * h + c;")
    assert "phrase of words" in refusal
