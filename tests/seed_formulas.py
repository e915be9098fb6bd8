"""Formulas from the seed documents (shared/seeds/000-004), transcribed into the symbols of
shared/spec/symbols.md, with the network each belongs to and the verdict an independent check gives
(tests/test_check_seeds.py: PyTorch autograd on a loss written in the test, at random points).

Transcription conventions, per seed:

* 000 (Homework 1, Part 1) and 002 (Assignment 1): two inputs O_1^0, O_2^0 -> x[0], x[1] with a
  constant bias input O_0^0 = 1, three sigmoid hidden units O_1^1..O_3^1 -> a1[0..2] with a
  constant O_0^1 = 1, one identity output for regression (squared error SEE = (y - O_0^2)^2) or
  three softmax outputs for classification (cross-entropy, l -> t). A weight a_{ik}^{l} runs from
  unit i of layer l to unit k of layer l+1: a_{ik}^0 -> W1[k-1,i-1], a_{0k}^0 -> b1[k-1],
  a_{k0}^1 -> W2[0,k-1], a_{00}^1 -> b2[0]; in classification a_{kn}^1 -> W2[n,k-1].
  The seed's learning rate alpha is eta. Seed 002's classification part uses log base 2.
* 001 (MNIST notes): 784-128-64-10 ReLU with one shared bias b^(l) per layer, ReLU then softmax on
  the output, cross-entropy; w_{i,n} runs from i to n -> W[n,i]; p^(l)_n -> a_l[n]; the indicator
  I^(l)_n of a positive pre-activation -> Heaviside(z_l[n]); p-hat -> a3. Transcribed on a 3-4-3-3
  network of the same kind (the sums over 64 and 10 units become sums over 3), for one sample K = 1.
* 003: a sigmoid network with RSS = 1/2 sum_k (y_k - a_k)^2 (half squared error); W_kj from j to k.
* 004 (EECE7398 HW 2): the bundled examples seed004_sparse_sigmoid (w1..w4 -> W1[0,0], W1[0,1],
  W1[1,2], W1[1,3]; w5, w6 -> W2[0,0], W2[0,1]; h -> a1, yhat -> a2) and seed004_softmax_classifier
  (P -> a1, Y -> t).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"

NETWORKS = {
    "seed000_regression": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 1
activation = "identity"
[loss]
name = "squared_error"
""",
    "seed000_classification": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
""",
    "seed001_relu_shared": """
[[layer]]
inputs = 3
units = 4
activation = "relu"
bias = "shared"
[[layer]]
units = 3
activation = "relu"
bias = "shared"
[[layer]]
units = 3
activation = ["relu", "softmax"]
bias = "shared"
[loss]
name = "cross_entropy"
""",
    "seed002_classification_log2": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
log_base = 2
""",
    "seed003_half_squared": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 2
activation = "sigmoid"
[loss]
name = "half_squared_error"
""",
    "seed004_sparse_sigmoid": (EXAMPLES / "seed004_sparse_sigmoid.toml").read_text(encoding="utf-8"),
    "seed004_softmax_classifier": (EXAMPLES / "seed004_softmax_classifier.toml").read_text(encoding="utf-8"),
}


@dataclass(frozen=True)
class SeedFormula:
    """One transcribed formula.

    Attributes
    ----------
    key : a short name for test ids.
    seed : which seed document (000 to 004).
    quote : the seed's formula, as the seed writes it.
    network : key of NETWORKS.
    param : the parameter, as check's --param takes it.
    formula : the transcription (SymPy syntax, or LaTeX when ``latex``).
    verdict : "correct" or "wrong", as the independent check finds.
    update : the formula is the new value of the parameter (check --update).
    latex : the formula is LaTeX (check --latex).
    hint : a word the hint must contain (None: no hint asserted).
    why : what is right or wrong about it.
    twin : for a LaTeX formula, the key of the same formula in SymPy syntax (the independent check
        evaluates that one).
    """

    key: str
    seed: str
    quote: str
    network: str
    param: str
    formula: str
    verdict: str
    update: bool = False
    latex: bool = False
    hint: str | None = None
    why: str = ""
    twin: str | None = None


def _sum(template: str, count: int, letter: str = "k") -> str:
    """template with {k} replaced by 0..count-1, summed: the seeds' sums written out."""
    return "(" + " + ".join(template.replace("{" + letter + "}", str(n)) for n in range(count)) + ")"


_S3 = _sum("a3[{k}]*Heaviside(z3[{k}])", 3)
# seed 001, dC/db^(2): the inner sum over i of w^(3)_{i,m} I^(3)_m I^(2)_i (64 units -> 3)
_G = {m: _sum(f"W3[{m},{{k}}]*Heaviside(z3[{m}])*Heaviside(z2[{{k}}])", 3) for m in range(3)}
_G_WEIGHTED = "(" + " + ".join(f"a3[{z}]*{_G[z]}" for z in range(3)) + ")"
_SIG = "sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"

SEED_FORMULAS: list[SeedFormula] = [
    # ---- seed 000, regression --------------------------------------------------------------------
    SeedFormula("000-regression-output-bias", "000", r"\frac{\partial SEE}{\partial a_{00}^1} = -2(y - O_0^2)",
                "seed000_regression", "b2[0]", "-2*(y[0] - a2[0])", "correct",
                why="dSEE/dO = -2(y - O) and O = a_00 * 1 + ..."),
    SeedFormula("000-regression-output-update", "000",
                r"a_{10}^1 = a_{10}^0 + \alpha \cdot 2(y - O_0^2) \frac{1}{1 + e^{-(a_{01}^0 + O_1^0 a_{11}^0"
                r" + O_2^0 a_{21}^0)}}", "seed000_regression", "W2[0,0]",
                "W2[0,0] + eta*2*(y[0] - a2[0])/(1 + exp(-(b1[0] + x[0]*W1[0,0] + x[1]*W1[0,1])))", "correct",
                update=True, why="right (the seed's a_{10}^0 on the right is a typo for a_{10}^1)"),
    SeedFormula("000-regression-output-update-latex", "000", "the same update, in LaTeX",
                "seed000_regression", "W2[0,0]",
                r"W^{(2)}_{00} + \eta \cdot 2\left(y_0 - a^{(2)}_0\right) \frac{1}{1 + e^{-(b^{(1)}_0 + x_0"
                r" W^{(1)}_{00} + x_1 W^{(1)}_{01})}}", "correct", update=True, latex=True,
                twin="000-regression-output-update"),
    SeedFormula("000-regression-hidden-bias", "000",
                r"\frac{\partial SEE}{\partial a_{01}^0} = -2(y - O_0^2) \cdot a_{10}^1 \cdot \sigma(\cdot)"
                r" \cdot (1 - \sigma(\cdot))", "seed000_regression", "b1[0]",
                "-2*(y[0] - a2[0])*W2[0,0]*(1/(1 + exp(-z1[0])))*(1 - 1/(1 + exp(-z1[0])))", "correct"),
    SeedFormula("000-regression-hidden-weight", "000",
                r"\frac{\partial SEE}{\partial a_{11}^0} = -2(y - O_0^2) \cdot a_{10}^1 \cdot \sigma (1 -"
                r" \sigma) \cdot O_1^0", "seed000_regression", "W1[0,0]",
                "-2*(y[0] - a2[0])*W2[0,0]*sigmoid(z1[0])*(1 - sigmoid(z1[0]))*x[0]", "correct"),
    SeedFormula("000-regression-hidden-typo-42", "000",
                r"\frac{\partial SEE}{\partial a_{23}^0} = 42(y - O_0^2) \cdot a_{30}^1 \cdot \sigma (1 -"
                r" \sigma) \cdot O_2^0", "seed000_regression", "W1[2,1]",
                "42*(y[0] - a2[0])*W2[0,2]*sigmoid(z1[2])*(1 - sigmoid(z1[2]))*x[1]", "wrong",
                hint="constant -21", why="'42' for '-2': -21 times the true derivative"),
    # ---- seed 000, classification ------------------------------------------------------------------
    SeedFormula("000-classification-output-weight", "000",
                r"\frac{\partial CE}{\partial a_{10}^1} = -\frac{l_0}{O_0^2} \cdot O_0^2(1 - O_0^2) \cdot O_1^1",
                "seed000_classification", "W2[0,0]", "-t[0]/a2[0]*a2[0]*(1 - a2[0])*a1[0]", "wrong",
                hint="diagonal", why="only the diagonal of the softmax Jacobian: 0 instead of a_0 O_1 when"
                                     " l_0 = 0; right only when l_0 = 1"),
    SeedFormula("000-classification-output-bias", "000",
                r"\frac{\partial CE}{\partial a_{00}^1} = -\frac{l_0}{O_0^2} \cdot O_0^2 (1 - O_0^2)",
                "seed000_classification", "b2[0]", "-t[0]/a2[0]*a2[0]*(1 - a2[0])", "wrong", hint="diagonal"),
    SeedFormula("000-classification-hidden-bias", "000",
                r"\frac{\partial CE}{\partial a_{01}^0} = -\frac{l_0}{O_0^2} O_0^2 (1 - O_0^2) a_{10}^1"
                r" \sigma(x_1^1)(1 - \sigma(x_1^1)) O_0^0 - \frac{l_1}{O_1^2} ... - \frac{l_2}{O_2^2} ...",
                "seed000_classification", "b1[0]",
                _sum("(-t[{k}]/a2[{k}]*a2[{k}]*(1 - a2[{k}])*W2[{k},0]*sigmoid(z1[0])*(1 - sigmoid(z1[0])))", 3),
                "wrong", hint="diagonal", why="sums over the outputs but still with the diagonal only"),
    SeedFormula("000-classification-hidden-update", "000",
                r"a_{11}^0 = a_{11}^0 + \alpha \left(\frac{l_0}{O_0^2} O_0^2 (1 - O_0^2) a_{10}^1 \sigma(x_1^1)"
                r" (1 - \sigma(x_1^1)) O_1^0 + ... \right)", "seed000_classification", "W1[0,0]",
                "W1[0,0] + eta*" + _sum("(t[{k}]/a2[{k}]*a2[{k}]*(1 - a2[{k}])*W2[{k},0]*" + _SIG.format(j=0)
                                        + "*x[0])", 3), "wrong", update=True, hint="diagonal"),
    # ---- seed 001 (ReLU, shared biases, softmax, cross-entropy) ----------------------------------------
    SeedFormula("001-output-shared-bias", "001",
                r"\frac{\partial C}{\partial b^{(3)}} = \frac{-1}{K} \sum_k \sum_m t_{m,k} \left( I_m -"
                r" \sum_z \hat{p}_{z,k} I_z \right)", "seed001_relu_shared", "b3",
                "-" + _sum(f"t[{{k}}]*(Heaviside(z3[{{k}}]) - {_S3})", 3), "correct",
                why="uses sum_m t_m = 1: right for one-hot targets"),
    SeedFormula("001-hidden-shared-bias", "001",
                r"\frac{\partial C}{\partial b^{(2)}} = \frac{-1}{K} \sum_k \sum_m t_{m,k} \left( \sum_i"
                r" w^{(3)}_{i,m} \prod\{\Sigma^{(3)} > 0, \Sigma^{(2)} > 0\} - \sum_z \hat{p}_{z,k} \sum_i"
                r" w^{(3)}_{i,z} \prod\{...\} \right)", "seed001_relu_shared", "b2",
                "-(" + " + ".join(f"t[{m}]*({_G[m]} - {_G_WEIGHTED})" for m in range(3)) + ")", "correct", why="read with I^(3) of the output unit and I^(2) of the hidden unit i"),
    SeedFormula("001-output-weight", "001",
                r"\frac{\partial C}{\partial w^{(3)}_{\alpha,\beta}} = \frac{-1}{K} \sum_k \sum_m t_{m,k}"
                r" \left( \sum_z \exp\{\hat{P}^{(3)}_{z,k}\} - \hat{P}^{(3)}_{\beta,k} P^{(2)}_{\alpha,k}\right)"
                r" \hat{P}^{(3)}_{\beta,k} P^{(2)}_{\alpha,k}", "seed001_relu_shared", "W3[1,2]",
                "-(t[0] + t[1] + t[2])*((exp(relu(z3[0])) + exp(relu(z3[1])) + exp(relu(z3[2])))"
                " - a3[1]*a2[2])*a3[1]*a2[2]", "wrong", why="the quotient rule went astray"),
    SeedFormula("001-hidden-weight", "001",
                r"\frac{\partial C}{\partial w_{\alpha,B}} = \frac{-1}{K} \sum_k \sum_m I^{(3)}_{m} I^{(2)}_{B}"
                r" p^{(1)}_{\alpha} \left( I^{(3)}_m w^{(3)}_{B,m} - \sum_z \hat{P}_z w^{(3)}_{B,z} I^{(3)}_z"
                r" I^{(2)}_B p^{(1)}_\alpha \right)", "seed001_relu_shared", "W2[1,0]",
                "-" + _sum("Heaviside(z3[{k}])*Heaviside(z2[1])*a1[0]*(Heaviside(z3[{k}])*W3[{k},1] - "
                           + _sum("a3[{m}]*W3[{m},1]*Heaviside(z3[{m}])*Heaviside(z2[1])*a1[0]", 3, "m") + ")", 3),
                "wrong", why="t_m is lost and a factor p_alpha I_B is duplicated"),
    SeedFormula("001-hidden-weight-right", "001", "the same derivative done right: sum_m (p_m - t_m) I_m"
                " w_{B,m} I_B p_alpha", "seed001_relu_shared", "W2[1,0]",
                _sum("(a3[{k}] - t[{k}])*Heaviside(z3[{k}])*W3[{k},1]", 3) + "*Heaviside(z2[1])*a1[0]", "correct"),
    # ---- seed 002 ----------------------------------------------------------------------------------
    SeedFormula("002-hidden-weight", "002",
                r"2 \left( y - \sum_k \sigma(\cdot)^{-1} \theta^{(1)} \right) \cdot \left( -\theta^{(1)}_{i,0}"
                r" (1 + e^{-s})^{-2} \right) \left( e^{-s} \right) \left( \sum_{i=0}^2 \theta^{(0)}_i \right)",
                "seed000_regression", "W1[1,0]",
                "2*(y[0] - a2[0])*(W2[0,1]*(1 + exp(-z1[1]))**(-2))*exp(-z1[1])*(1 + x[0] + x[1])", "wrong",
                why="the sign of dSE/dO is lost and x_i became the sum of all inputs (with the bias 1);"
                    " the seed's O (with sigma^-1) is taken as a2[0] here"),
    SeedFormula("002-output-weight", "002",
                r"\frac{\partial SSE}{\partial \theta_0} = 2 \left( y - \sum_k \sigma(\cdot) a_{k0}^{(1)}\right)"
                r" \cdot \left( \sum_k \sigma(\cdot) \right)", "seed000_regression", "W2[0,0]",
                "2*(y[0] - a2[0])*(a1[0] + a1[1] + a1[2])", "wrong"),
    SeedFormula("002-classification-output-log2", "002",
                r"\frac{\partial CE}{\partial a_{kn}} = \sum_i f_i B_i \frac{A_i \sum_k \sigma(\cdot)}"
                r"{A_i \ln(2) B_i}", "seed002_classification_log2", "W2[0,1]",
                "(t[0] + t[1] + t[2])*(a1[0] + a1[1] + a1[2])/log(2)", "wrong"),
    SeedFormula("002-classification-natural-log", "002", "the softmax/cross-entropy rule (a - t) a_k with"
                " the natural logarithm, in seed 002's base-2 network", "seed002_classification_log2",
                "W2[0,1]", "(a2[0] - t[0])*a1[1]", "wrong", hint="ln 2"),
    # ---- seed 003 (half squared error) -----------------------------------------------------------------
    SeedFormula("003-output-weight", "003",
                r"\frac{\partial RSS}{\partial W_{kj}} = -(y_k - a_k^{(l)})(1 - a_k^{(l)}) a_k^{(l)} a_j^{(l-1)}",
                "seed003_half_squared", "W2[1,2]", "-(y[1] - a2[1])*(1 - a2[1])*a2[1]*a1[2]", "correct"),
    SeedFormula("003-output-update", "003", r"W_{kj} := W_{kj} + \eta \delta_k a_j",
                "seed003_half_squared", "W2[0,1]", "W2[0,1] + eta*(y[0] - a2[0])*(1 - a2[0])*a2[0]*a1[1]",
                "correct", update=True),
    SeedFormula("003-hidden-weight", "003",
                r"\frac{\partial RSS}{\partial w_{ji}} = -\sum_k (y_k - a_k) a_k (1 - a_k) w_{kj} (1 - a_j) a_j a_i",
                "seed003_half_squared", "W1[2,0]",
                "-" + _sum("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},2]", 2) + "*(1 - a1[2])*a1[2]*x[0]",
                "correct"),
    SeedFormula("003-hidden-weight-latex", "003", "the same, in LaTeX with \\sum", "seed003_half_squared",
                "W1[2,0]", r"-\sum_{k=0}^{1} \left(y_k - a^{(2)}_k\right) a^{(2)}_k \left(1 - a^{(2)}_k\right)"
                           r" W^{(2)}_{k2} \cdot (1 - a^{(1)}_2)\, a^{(1)}_2\, x_0", "correct", latex=True,
                twin="003-hidden-weight"),
    SeedFormula("003-sigmoid-derivative", "003",
                r"\frac{\partial a_k}{\partial z} = \left( \frac{1}{1 + e^{-z}} \right)^2 (in dRSS/dW_kj)",
                "seed003_half_squared", "W2[1,2]", "-(y[1] - a2[1])*(1/(1 + exp(-z2[1])))**2*a1[2]", "wrong",
                why="sigma' is sigma (1 - sigma), not sigma^2"),
    # ---- seed 004 ----------------------------------------------------------------------------------
    SeedFormula("004-w1", "004", r"\frac{\partial L}{\partial w_1} = 2(\hat{y} - y) \cdot \hat{y}(1 - \hat{y})"
                r" \cdot w_5 \cdot h_1(1 - h_1) \cdot x_1", "seed004_sparse_sigmoid", "W1[0,0]",
                "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]", "correct"),
    SeedFormula("004-w1-latex", "004", "the same, in LaTeX", "seed004_sparse_sigmoid", "W1[0,0]",
                r"2(a^{(2)}_0 - y_0) \cdot a^{(2)}_0 (1 - a^{(2)}_0) \cdot W^{(2)}_{0,0} \cdot a^{(1)}_0"
                r" (1 - a^{(1)}_0) \cdot x_0", "correct", latex=True, twin="004-w1"),
    SeedFormula("004-w3-sigma", "004", r"\frac{\partial L}{\partial w_3} = 2(\hat{y} - y) \cdot \sigma(s_3)(1 -"
                r" \sigma(s_3)) \cdot w_6 \cdot \sigma(s_2)(1 - \sigma(s_2)) \cdot x_3", "seed004_sparse_sigmoid",
                "W1[1,2]", "2*(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))*W2[0,1]*sigmoid(z1[1])"
                           "*(1 - sigmoid(z1[1]))*x[2]", "correct"),
    SeedFormula("004-softmax-gradient", "004", r"\nabla_W L = (P - Y) \cdot x^T", "seed004_softmax_classifier",
                "W1[2,1]", "(a1[2] - t[2])*x[1]", "correct"),
    SeedFormula("004-softmax-incorrect-class-rule", "004",
                r"\nabla_W L = P_j \cdot x^T (the rule for j != y, used for every j)",
                "seed004_softmax_classifier", "W1[2,1]", "a1[2]*x[1]", "wrong",
                why="right only where t_j = 0"),
    SeedFormula("004-softmax-update", "004", r"W_{new} = W_{old} - \eta \nabla_W L", "seed004_softmax_classifier",
                "W1[0,3]", "W1[0,3] - eta*(a1[0] - t[0])*x[3]", "correct", update=True),
    # ---- the same derivative written differently: check must not depend on the form -------------
    SeedFormula("form-softmax-written-out", "004", "(P - Y) x^T with P written out as the softmax",
                "seed000_classification", "W2[0,1]",
                "(exp(z2[0])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2])) - t[0])*a1[1]", "correct"),
    SeedFormula("form-sigmoid-derivative-exp", "004", "sigma'(z) written as e^{-z} / (1 + e^{-z})^2",
                "seed004_sparse_sigmoid", "W1[0,0]",
                "2*(a2[0] - y[0])*exp(-z2[0])/(1 + exp(-z2[0]))**2*W2[0,0]*a1[0]*(1 - a1[0])*x[0]", "correct"),
    SeedFormula("form-sigmoid-derivative-exp-latex", "004", "the same, in LaTeX with \\frac and e^{}",
                "seed004_sparse_sigmoid", "W1[0,0]",
                r"2\left(a^{(2)}_0 - y_0\right) \frac{e^{-z^{(2)}_0}}{\left(1 + e^{-z^{(2)}_0}\right)^{2}}"
                r" W^{(2)}_{0,0} \, \sigma\left(z^{(1)}_0\right) \left(1 - \sigma\left(z^{(1)}_0\right)\right)"
                r" \times x_0", "correct", latex=True,
                twin="form-sigmoid-derivative-exp"),
]
