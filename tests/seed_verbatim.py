"""Formulas of the seed documents (shared/seeds/000-004) exactly as the students wrote them, for
``check --notation seedNNN`` (tests/test_seed_verbatim.py).

Each entry is copied from its seed (the line number says where) and holds, for the independent
oracle (PyTorch autograd), a twin of every member: the same member transcribed by hand into the
SymPy syntax of symbols.md, with ``{letter}`` fields for a general rule's index values, or, for a
member of numbers judged at the file's numbers, "=" and the numbers as a NumPy expression. A member
that writes the derivative itself (w - alpha dE/dw) uses ``grad``: dL/d(target), by PyTorch; a "step"
twin's truth is eta times the gradient (Delta W = eta dL/dW). ``expected`` is the verdict per claim and
member; the test holds check to it and the oracle to it, so check agrees with the oracle.

An entry with ``unreadable`` set is a formula the reader refuses on purpose: the words its one-line
message must contain.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from backprop.problem import load_problem, parse_problem
import seed_verbatim_000
import seed_verbatim_graded
from seed_formulas import NETWORKS

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"


@dataclass(frozen=True)
class Twin:
    """The oracle's view of one claim: its kind, the parameter (or the left side's value, for a
    value claim) and one transcription per member; ``values`` lists the index values of a rule."""

    kind: str                          # gradient | update | value
    target: str                        # parameter, e.g. "W1[{k},{i}]", or the left side's value
    members: tuple
    values: tuple = ({},)
    classes: object = None             # {letter} -> the classes a --when case allows, or None
    sample: int | None = None          # a gradient of one sample's loss (L_2: 2), judged at the file's numbers
    # A rule over many index values (test_seed_verbatim.oracle_grid): ((letter, size), ...), each letter
    # an array of its values; ``wrt`` the parameter the jacobians d_a3, d_r3 are of ("*": the rule for
    # every parameter, with P its value and grad its gradient)
    grid: tuple = ()
    wrt: str = ""


@dataclass(frozen=True)
class Verbatim:
    key: str
    seed: str
    line: int
    network: str                       # a bundled example, or a key of seed_formulas.NETWORKS
    notation: str
    text: str
    expected: tuple = ()               # per claim, per member: "correct" | "wrong"
    twins: tuple = ()                  # per claim
    param: str | None = None
    when: str | None = None
    unreadable: str | None = None
    why: str = ""
    #: names the document defines before the formula ((name, meaning as LaTeX), ...), which grade reads
    #: as their meanings (grading/definitions.py); check is given the formula with them written out
    definitions: tuple = ()


def problem(network: str):
    if network in NETWORKS:
        return parse_problem(NETWORKS[network], f"<{network}>")
    return load_problem(EXAMPLES / f"{network}.toml")


C, W = "correct", "wrong"
REG, CLS = "seed000_regression", "seed000_classification"
SIG1 = "sigmoid(z1[{k}])*(1 - sigmoid(z1[{k}]))"
_K3 = tuple({"k": k} for k in range(3))

ENTRIES: list[Verbatim] = [
    # ---- seed 000, regression (2-3-1, squared error SEE) ----------------------------------------------
    Verbatim("000-generic-update", "000", 17, REG, "seed000",
             r"$$\omega = \omega - \alpha \frac{\partial E(x)}{\partial \omega}$$", ((C,),),
             (Twin("update", "W1[1,0]", ("W1[1,0] - eta*2*(a2[0] - y[0])*W2[0,1]*a1[1]*(1 - a1[1])*x[0]",)),),
             param="W1[1,0]", why="the generic rule, for the parameter named by --param"),
    Verbatim("000-output-rule", "000", 21, REG, "seed000",
             r"$$a_{k0}^1 = a_{k0}^1 - \alpha \frac{\partial SEE(y, O_0^2)}{\partial a_{k0}^1}$$", ((C,),),
             (Twin("update", "b2[0]", ("b2[0] - eta*2*(a2[0] - y[0])",)),)),
    Verbatim("000-output-bias-chain", "000", 26, REG, "seed000",
             r"$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = \frac{\partial SEE(y, O_0^2)}{\partial O_0^2} \cdot"
             r" \frac{\partial O_0^2}{\partial a_{00}^1} = -2(y - O_0^2) \cdot O_0^1$$", ((C, C),),
             (Twin("gradient", "b2[0]", ("2*(a2[0] - y[0])*1", "-2*(y[0] - a2[0])*1")),)),
    Verbatim("000-output-bias", "000", 30, REG, "seed000",
             r"$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2(y - O_0^2)$$", ((C,),),
             (Twin("gradient", "b2[0]", ("-2*(y[0] - a2[0])",)),)),
    Verbatim("000-output-bias-update", "000", 34, REG, "seed000",
             r"$$a_{00}^1 = a_{00}^1 + \alpha \cdot 2(y - O_0^2)$$", ((C,),),
             (Twin("update", "b2[0]", ("b2[0] + eta*2*(y[0] - a2[0])",)),)),
    Verbatim("000-output-weight-chain", "000", 39, REG, "seed000",
             r"$$\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = \frac{\partial SEE(y, O_0^2)}{\partial O_0^2} \cdot"
             r" \frac{\partial O_0^2}{\partial a_{10}^1} = -2(y - O_0^2) \cdot O_1^1$$", ((C, C),),
             (Twin("gradient", "W2[0,0]", ("2*(a2[0] - y[0])*a1[0]", "-2*(y[0] - a2[0])*a1[0]")),)),
    Verbatim("000-hidden-unit-value", "000", 43, REG, "seed000",
             r"$$O_1^1 = \sigma\left(\sum_{i=0} O_i^0 * a_{i1}^0\right) = \frac{1}{1 + e^{-(a_{01}^0 + O_1^0 a_{11}^0"
             r" + O_2^0 a_{21}^0)}}$$", ((C, C),),
             (Twin("value", "a1[0]", ("sigmoid(1*b1[0] + x[0]*W1[0,0] + x[1]*W1[0,1])",
                                      "1/(1 + exp(-(b1[0] + x[0]*W1[0,0] + x[1]*W1[0,1])))")),)),
    Verbatim("000-output-update-typo", "000", 47, REG, "seed000",
             r"$$a_{10}^1 = a_{10}^0 + \alpha \cdot 2(y - O_0^2) \frac{1}{1 + e^{-(a_{01}^0 + O_1^0 a_{11}^0 +"
             r" O_2^0 a_{21}^0)}}$$", unreadable="a_{10}^{0}",
             why="a_{10}^0 would be a weight into the constant unit O_0^1, which has none: W1[-1,0]"),
    Verbatim("000-hidden-rule", "000", 79, REG, "seed000",
             r"$$a_{ik}^0 = a_{ik}^0 - \alpha \frac{\partial SEE(y, O_0^2)}{\partial a_{ik}^0}$$", ((C,),),
             (Twin("update", "W1[{k},{i}]", ("W1[{k},{i}] - eta*2*(a2[0] - y[0])*W2[0,{k}]*a1[{k}]*(1 - a1[{k}])*x[{i}]",),
                   tuple({"k": k, "i": i} for k in range(3) for i in range(2))),)),
    Verbatim("000-hidden-bias-chain", "000", 89, REG, "seed000",
             r"$$\begin{aligned}\frac{\partial SEE(y, O_0^2)}{\partial a_{01}^0} &= \frac{\partial SEE(y, O_0^2)}{\partial"
             r" O_0^2} \cdot \frac{\partial O_0^2}{\partial O_1^1} \frac{\partial O_1^1}{\partial x_1^1} \frac{\partial"
             r" x_1^1}{\partial a_{01}^0} \\ &= -2(y - O_0^2) \cdot a_{10}^1 \cdot \left(\frac{1}{1 + e^{-(a_{01}^0 +"
             r" O_1^0 a_{11}^0 + O_2^0 a_{21}^0)}} \right) \cdot \left(1 - \frac{1}{1 + e^{-(a_{01}^0 + O_1^0 a_{11}^0 +"
             r" O_2^0 a_{21}^0)}} \right)\end{aligned}$$", ((C, C),),
             (Twin("gradient", "b1[0]", ("2*(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*1",
                                         "-2*(y[0] - a2[0])*W2[0,0]*sigmoid(z1[0])*(1 - sigmoid(z1[0]))")),)),
    Verbatim("000-hidden-update-and-chain", "000", 115, REG, "seed000",
             r"$$\begin{aligned}a_{11}^0 &= a_{11}^0 - \alpha \frac{\partial SEE(y, O_0^2)}{\partial a_{11}^0} \\ \frac{\partial"
             r" SEE(y, O_0^2)}{\partial a_{11}^0} &= \frac{\partial SEE(y, O_0^2)}{\partial O_0^2} \cdot \frac{\partial"
             r" O_0^2}{\partial O_1^1} \frac{\partial O_1^1}{\partial x_1^1} \frac{\partial x_1^1}{\partial a_{11}^0}"
             r" \\ &= -2(y - O_0^2) \cdot a_{10}^1 \cdot \left(\frac{1}{1 + e^{-(a_{01}^0 + O_1^0 a_{11}^0 + O_2^0"
             r" a_{21}^0)}} \right) \cdot \left(1 - \frac{1}{1 + e^{-(a_{01}^0 + O_1^0 a_{11}^0 + O_2^0 a_{21}^0)}}"
             r" \right) \cdot O_1^0\end{aligned}$$", ((C,), (C, C)),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*2*(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),
              Twin("gradient", "W1[0,0]", ("2*(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",
                                           "-2*(y[0] - a2[0])*W2[0,0]*" + SIG1.format(k=0) + "*x[0]")))),
    Verbatim("000-hidden-update", "000", 119, REG, "seed000",
             r"$$a_{11}^0 = a_{11}^0 + \alpha \cdot 2(y - O_0^2) \cdot a_{10}^1 \cdot \left(\frac{1}{1 + e^{-(a_{01}^0 +"
             r" O_1^0 a_{11}^0 + O_2^0 a_{21}^0)}} \right) \cdot \left(1 - \frac{1}{1 + e^{-(a_{01}^0 + O_1^0 a_{11}^0"
             r" + O_2^0 a_{21}^0)}} \right) \cdot O_1^0$$", ((C,),),
             (Twin("update", "W1[0,0]", ("W1[0,0] + eta*2*(y[0] - a2[0])*W2[0,0]*" + SIG1.format(k=0) + "*x[0]",)),)),
    Verbatim("000-hidden-typo-42", "000", 173, REG, "seed000",
             r"$$\begin{aligned} a_{23}^0 &= a_{23}^0 - \alpha \frac{\partial SEE(y, O_0^2)}{\partial a_{23}^0} \\"
             r" \frac{\partial SEE(y, O_0^2)}{\partial a_{23}^0} &= \frac{\partial SEE(y, O_0^2)}{\partial O_0^2} \cdot"
             r" \frac{\partial O_0^2}{\partial O_3^1} \frac{\partial O_3^1}{\partial x_3^1} \frac{\partial x_3^1}{\partial"
             r" a_{23}^0} \\ &= 42(y - O_0^2) \cdot a_{30}^1 \cdot \left(\frac{1}{1 + e^{-(a_{03}^0 + O_1^0 a_{13}^0"
             r" + O_2^0 a_{23}^0)}} \right) \cdot \left(1 - \frac{1}{1 + e^{-(a_{03}^0 + O_1^0 a_{13}^0 + O_2^0"
             r" a_{23}^0)}} \right) \cdot O_2^0 \end{aligned}$$", ((C,), (C, W)),
             (Twin("update", "W1[2,1]", ("W1[2,1] - eta*2*(a2[0] - y[0])*W2[0,2]*a1[2]*(1 - a1[2])*x[1]",)),
              Twin("gradient", "W1[2,1]", ("2*(a2[0] - y[0])*W2[0,2]*a1[2]*(1 - a1[2])*x[1]",
                                           "42*(y[0] - a2[0])*W2[0,2]*" + SIG1.format(k=2) + "*x[1]"))),
             why="'42' for '-2'"),
    # ---- seed 000, classification (2-3-3 softmax, cross-entropy CE) --------------------------------------
    Verbatim("000-classification-rule", "000", 183, CLS, "seed000",
             r"$$a_{kn}^1 = a_{kn}^1 - \alpha \frac{\partial CE(l, l')}{\partial a_{kn}^1}$$", ((C,),),
             (Twin("update", "W2[{n},{k}]", ("W2[{n},{k}] - eta*(a2[{n}] - t[{n}])*a1[{k}]",),
                   tuple({"n": n, "k": k} for n in range(3) for k in range(3))),)),
    Verbatim("000-classification-loss", "000", 185, CLS, "seed000",
             r"$$CE(l, l') = - \sum_i l_i * \log(l'_i)$$", ((C,),),
             (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",
                   ("-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",)),)),
    Verbatim("000-classification-output-bias", "000", 193, CLS, "seed000",
             r"$$\begin{aligned} a_{00}^1 &= a_{00}^1 - \alpha \frac{\partial CE(l, l')}{\partial a_{00}^1} \\ \frac{\partial"
             r" CE(l, l')}{\partial a_{00}^1} &= \frac{\partial CE(l, l')}{\partial O_0^2} \cdot \frac{\partial O_0^2}"
             r"{\partial x_0^2} \cdot \frac{\partial x_0^2}{\partial a_{00}^1} \\ &= -\frac{l_0}{O_0^2} \cdot"
             r" \text{softmax}(x_0^2) (1 - \text{softmax}(x_0^2)) \\ &= -\frac{l_0}{O_0^2} \cdot O_0^2 (1 - O_0^2)"
             r" \end{aligned}$$", ((C,), (W, W, W)),
             (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - t[0])",)),
              Twin("gradient", "b2[0]", ("(-t[0]/a2[0])*a2[0]*(1 - a2[0])*1", "-t[0]/a2[0]*a2[0]*(1 - a2[0])",
                                         "-t[0]/a2[0]*a2[0]*(1 - a2[0])"))),
             why="only the diagonal of the softmax Jacobian"),
    Verbatim("000-classification-output-update", "000", 233, CLS, "seed000",
             r"$$a_{10}^1 = a_{10}^1 - \alpha \cdot \left(-\frac{l_0}{O_0^2} \cdot O_0^2(1 - O_0^2) \cdot O_1^1\right)$$",
             ((W,),), (Twin("update", "W2[0,0]", ("W2[0,0] - eta*(-t[0]/a2[0]*a2[0]*(1 - a2[0])*a1[0])",)),)),
    Verbatim("000-classification-hidden-update", "000", 324, CLS, "seed000",
             r"$$\begin{aligned} a_{01}^0 &= a_{01}^0 + \alpha \left(\frac{l_0}{O_0^2} \cdot O_0^2 \cdot (1 - O_0^2)"
             r" a_{10}^1 \sigma(x_1^1) \cdot (1 - \sigma(x_1^1)) \right. \\ &\quad + \frac{l_1}{O_1^2} \cdot O_1^2 \cdot"
             r" (1 - O_1^2) a_{11}^1 \sigma(x_1^1) \cdot (1 - \sigma(x_1^1)) \\ &\quad \left. + \frac{l_2}{O_2^2} \cdot"
             r" O_2^2 \cdot (1 - O_2^2) a_{12}^1 \sigma(x_1^1) \cdot (1 - \sigma(x_1^1)) \right) \end{aligned}$$",
             ((W,),), (Twin("update", "b1[0]", ("b1[0] + eta*(t[0]*(1 - a2[0])*W2[0,0] + t[1]*(1 - a2[1])*W2[1,0]"
                                                  " + t[2]*(1 - a2[2])*W2[2,0])*" + SIG1.format(k=0),)),),
             why="\\left( ... \\right. across rows; the diagonal of the softmax Jacobian only"),
    # ---- seed 003 (2-2-2 sigmoid, RSS = 1/2 sum (y - a)^2, delta = -dRSS/dz, units from 1) -----------------
    Verbatim("003-loss", "003", 3, "seed003_delta_rule", "seed003",
             r"$$\frac{1}{2} \sum_{k=1}^n (y_k - a_k^{(l)})^2 = \text{RSS}$$", ((C,),),
             (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",
                   ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),)),
    Verbatim("003-output-rule", "003", 5, "seed003_delta_rule", "seed003",
             r"$$W_{kj}^{(l-1)} := W_{kj}^{(l-1)} - \eta \cdot \frac{\partial \text{RSS}}{\partial W_{kj}^{(l-1)}} \quad (1)$$",
             ((C,),), (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",),
                             tuple({"k": k, "j": j} for k in range(2) for j in range(2))),),
             why="an equation number (1) after \\quad is not a factor"),
    Verbatim("003-output-chain", "003", 7, "seed003_delta_rule", "seed003",
             r"$$\frac{\partial \text{RSS}}{\partial W_{kj}} = \frac{\partial \text{RSS}}{\partial a_k^{(l)}} \cdot \frac{\partial"
             r" a_k^{(l)}(z_k^{(l)})}{\partial (z_k^{(l)})} \cdot \frac{\partial z_k^{(l)}}{\partial W_{kj}} \Rightarrow$$",
             ((C,),), (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",),
                            tuple({"k": k, "j": j} for k in range(2) for j in range(2))),)),
    Verbatim("003-output-missing-input", "003", 10, "seed003_delta_rule", "seed003",
             r"$$\Rightarrow \frac{\partial \text{RSS}}{\partial W_{kj}} = - \underbrace{\left(y_k - a_k^{(l)} \right)}"
             r"_{\delta_k^{(l)}} \underbrace{\left(1 - a_k^{(l)} \right)}_{\delta_k^{(l)}} \underbrace{a_k^{(l)}}"
             r"_{a_j^{(l-1)}}$$", ((W,),),
             (Twin("gradient", "W2[{k},{j}]", ("-(y[{k}] - a2[{k}])*(1 - a2[{k}])*a2[{k}]",),
                   tuple({"k": k, "j": j} for k in range(2) for j in range(2))),),
             why="a_j^{(l-1)} is missing (written under a brace, not in the product)"),
    Verbatim("003-output-delta", "003", 12, "seed003_delta_rule", "seed003",
             r"$$\Rightarrow \frac{\partial \text{RSS}}{\partial W_{kj}} = - \delta_k^{(l)} \cdot a_j^{(l-1)} \quad (2)$$",
             ((C,),), (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",),
                            tuple({"k": k, "j": j} for k in range(2) for j in range(2))),)),
    Verbatim("003-output-update", "003", 14, "seed003_delta_rule", "seed003",
             r"$$(1) \wedge (2) \Rightarrow W_{kj}^{(l-1)} := W_{kj}^{(l-1)} + \eta \delta_k^{(l)} a_j^{(l-1)}$$",
             ((C,),), (Twin("update", "W2[{k},{j}]",
                            ("W2[{k},{j}] + eta*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",),
                            tuple({"k": k, "j": j} for k in range(2) for j in range(2))),)),
    Verbatim("003-sigmoid-derivative", "003", 29, "seed003_delta_rule", "seed003",
             r"$$\begin{aligned} \frac{\partial a_k^{(l)}(z)}{\partial z} &= \left(\frac{1}{1 + e^{-z}} \right)^2 = \\"
             r" &= \frac{1}{(1 + e^{-z})^2} = \\ &= \left(1 - \frac{1}{1 + e^{-z}} \right) \cdot \left(\frac{1}{1 +"
             r" e^{-z}} \right) = \\ &= (1 - a_k^{(l)}) (a_k^{(l)}) \end{aligned}$$", ((W, W, C, C),),
             (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("sigmoid(z2[{k}])**2", "1/(1 + exp(-z2[{k}]))**2",
                                                      "(1 - sigmoid(z2[{k}]))*sigmoid(z2[{k}])", "(1 - a2[{k}])*a2[{k}]"),
                   tuple({"k": k} for k in range(2))),),
             why="d sigma/dz is sigma (1 - sigma), not sigma^2"),
    Verbatim("003-loss-again", "003", 45, "seed003_delta_rule", "seed003",
             r"$$RSS = \frac{1}{2} \sum_k (y_k - a_k^{(l)})^2$$", ((C,),),
             (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",
                   ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),)),
    Verbatim("003-hidden-delta", "003", 55, "seed003_delta_rule", "seed003",
             r"$$\Rightarrow \frac{\partial RSS}{\partial w_{ji}^{(l-2)}} = - \delta_j^{(l-1)} \cdot a_i^{(l-2)}$$", ((C,),),
             (Twin("gradient", "W1[{j},{i}]",
                   ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
                    "*a1[{j}]*(1 - a1[{j}])*x[{i}]",), tuple({"j": j, "i": i} for j in range(2) for i in range(2))),)),
    # ---- seed 004, questions 1-2 (softmax classifier, 4 classes counted from 1) ----------------------------
    Verbatim("004-correct-class-chain", "004", 5, "seed004_softmax_classifier", "seed004",
             r"$$\begin{split} \frac{\partial L}{\partial z_y} &= \frac{\partial}{\partial z_y} \left(-\log \left(\frac{e^{z_y}}"
             r"{\sum_{k=1}^C e^{z_k}} \right) \right) \\ &= \frac{\partial}{\partial z_y} \left(-\log(e^{z_y}) + \log"
             r" \left(\sum_{k=1}^C e^{z_k} \right) \right) \\ &= \frac{\partial}{\partial z_y} \left(-z_y + \log \left("
             r"\sum_{k=1}^C e^{z_k} \right) \right) \\ &= -1 + \frac{\partial}{\partial z_y} \left(\log \left(\sum_{k=1}^C"
             r" e^{z_k} \right) \right) \\ &= -1 + \frac{1}{\sum_{k=1}^C e^{z_k}} \cdot \frac{\partial}{\partial z_y}"
             r" \left(\sum_{k=1}^C e^{z_k} \right) \\ &= -1 + \frac{1}{\sum_{k=1}^C e^{z_k}} \cdot e^{z_y} \\ &= -1 +"
             r" \frac{e^{z_y}}{\sum_{k=1}^C e^{z_k}} \\ &= -1 + P_y \end{split}$$", ((C,) * 8,),
             (Twin("value", "a1[{c}] - 1", ("a1[{c}] - 1",) * 8, tuple({"c": c} for c in range(4)), "label"),),
             why="z_y: y is the sample's class (the label)"),
    Verbatim("004-incorrect-class-chain", "004", 20, "seed004_softmax_classifier", "seed004",
             r"$$\frac{\partial L}{\partial z_j} = \frac{\partial}{\partial z_j} \left(-\log \left(\frac{e^{z_y}}{\sum_{k=1}^C"
             r" e^{z_k}} \right) \right)$$ $$= 0 + \frac{\partial}{\partial z_j} \left(\log \left(\sum_{k=1}^C e^{z_k}"
             r" \right) \right)$$ $$= P_j$$", ((C, C, C),),
             (Twin("gradient_z", "z1[{j}]", ("a1[{j}]",) * 3, tuple({"j": j} for j in range(4)), "other"),),
             when="label!=j", why="three displays of one chain, joined; valid for j != y"),
    Verbatim("004-incorrect-class-every-j", "004", 36, "seed004_softmax_classifier", "seed004",
             r"$$\frac{\partial L}{\partial z_j} = P_j$$", ((W,),),
             (Twin("gradient_z", "z1[{j}]", ("a1[{j}]",), tuple({"j": j} for j in range(4))),),
             why="the j != y result used for every j"),
    Verbatim("004-dz-dW", "004", 38, "seed004_softmax_classifier", "seed004",
             r"$$\frac{\partial z_j}{\partial W_j} = \frac{\partial}{\partial W_j} (W_j \cdot x)$$ $$= x$$", ((C, C),),
             (Twin("value", "x[{i}]", ("x[{i}]", "x[{i}]"), tuple({"j": j, "i": i} for j in range(4) for i in range(4))),)),
    Verbatim("004-gradient-correct-class", "004", 41, "seed004_softmax_classifier", "seed004",
             r"\nabla_W L = \frac{\partial L}{\partial W_j} = \frac{\partial L}{\partial z_j} \cdot \frac{\partial z_j}"
             r"{\partial W_j} = (P_y - 1) \cdot x", ((C, C, C),),
             (Twin("gradient", "W1[{j},{i}]", ("(a1[{j}] - t[{j}])*x[{i}]",) * 3,
                   tuple({"j": j, "i": i} for j in range(4) for i in range(4)), "same"),),
             when="label=j"),
    Verbatim("004-gradient-incorrect-class", "004", 43, "seed004_softmax_classifier", "seed004",
             r"\nabla_W L = \frac{\partial L}{\partial W_j} = \frac{\partial L}{\partial z_j} \cdot \frac{\partial z_j}"
             r"{\partial W_j} = P_j \cdot x", ((C, C, C),),
             (Twin("gradient", "W1[{j},{i}]", ("(a1[{j}] - t[{j}])*x[{i}]",) * 3,
                   tuple({"j": j, "i": i} for j in range(4) for i in range(4)), "other"),),
             when="label!=j"),
    Verbatim("004-matrix-correct-class", "004", 45, "seed004_softmax_classifier", "seed004",
             r"\nabla_W L = (P_y - Y_y) \cdot x^T", ((C,),),
             (Twin("gradient", "W1[{c},{i}]", ("(a1[{c}] - 1)*x[{i}]",), tuple({"c": c, "i": i} for c in range(4)
                                                                          for i in range(4)), "label"),)),
    Verbatim("004-matrix-incorrect-class", "004", 47, "seed004_softmax_classifier", "seed004",
             r"\nabla_W L = (P_j - Y_j) \cdot x^T = (P_j - 0) \cdot x^T = P_j \cdot x^T", ((C, C, C),),
             (Twin("gradient", "W1[{j},{i}]", ("(a1[{j}] - t[{j}])*x[{i}]", "a1[{j}]*x[{i}]", "a1[{j}]*x[{i}]"),
                   tuple({"j": j, "i": i} for j in range(4) for i in range(4)), "other"),),
             when="label!=j"),
    Verbatim("004-matrix-general", "004", 49, "seed004_softmax_classifier", "seed004",
             r"Gradient general matrix form: $\nabla_W L = (P - Y) \cdot x^T$".split(": ", 1)[1], ((C,),),
             (Twin("gradient", "W1[{j},{i}]", ("(a1[{j}] - t[{j}])*x[{i}]",),
                   tuple({"j": j, "i": i} for j in range(4) for i in range(4))),)),
    Verbatim("004-matrix-general-without-one-hot", "004", 49, "seed004_softmax_classifier", "seed004",
             r"$$\nabla_W L = P \cdot x^T$$", ((W,),),
             (Twin("gradient", "W1[{j},{i}]", ("a1[{j}]*x[{i}]",),
                   tuple({"j": j, "i": i} for j in range(4) for i in range(4))),),
             why="not in the seed: the incorrect-class rule for the whole matrix"),
    Verbatim("004-summed-gradient-numbers", "004", 196, "seed004_softmax_classifier", "seed004",
             r"$$\nabla_W L = \begin{bmatrix} -4.27 & 4.01 & 1.96 & 13.81 \\ -3.22 & -4.63 & -3.55 & -5.41 \\ 8.87 & 1.25"
             r" & 4.49 & 0.12 \\ -1.38 & -0.63 & -2.90 & -8.52 \end{bmatrix}$$", ((C,),),
             (Twin("gradient", "W1", ("=np.array([[-4.27, 4.01, 1.96, 13.81], [-3.22, -4.63, -3.55, -5.41], [8.87, 1.25,"
                                      " 4.49, 0.12], [-1.38, -0.63, -2.90, -8.52]])",)),)),
    Verbatim("004-step", "004", 198, "seed004_softmax_classifier", "seed004",
             r"$$\Delta W = \eta \cdot \nabla_W L$$", ((C,),),
             (Twin("value", "eta*(a1[{j}] - t[{j}])*x[{i}]", ("eta*(a1[{j}] - t[{j}])*x[{i}]",),
                   tuple({"j": j, "i": i} for j in range(4) for i in range(4))),)),
    Verbatim("004-step-numbers", "004", 200, "seed004_softmax_classifier", "seed004",
             r"$$= 0.2 \cdot \begin{bmatrix} -4.27 & 4.01 & 1.96 & 13.81 \\ -3.22 & -4.63 & -3.55 & -5.41 \\ 8.87 & 1.25 &"
             r" 4.49 & 0.12 \\ -1.38 & -0.63 & -2.90 & -8.52 \end{bmatrix}$$ $$= \begin{bmatrix} -0.854 & 0.802 & 0.392"
             r" & 2.762 \\ -0.644 & -0.926 & -0.710 & -1.082 \\ 1.774 & 0.250 & 0.898 & 0.024 \\ -0.276 & -0.126 &"
             r" -0.580 & -1.704 \end{bmatrix}$$", unreadable="no left side",
             why="continues \\Delta W = ... from the display before: alone it has no left side"),
    Verbatim("004-update-rule", "004", 206, "seed004_softmax_classifier", "seed004",
             r"$$W_{\text{new}} = W_{\text{old}} - \Delta W$$", ((C,),),
             (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*(a1[{j}] - t[{j}])*x[{i}]",),
                   tuple({"j": j, "i": i} for j in range(4) for i in range(4))),)),
    Verbatim("004-update-numbers", "004", 208, "seed004_softmax_classifier", "seed004",
             r"$$\begin{split} W_{\text{new}} &= \begin{bmatrix} -0.57 & 1.24 & -3.37 & 6.43 \\ -5.53 & -1.13 & -8.05 &"
             r" 3.21 \\ 4.23 & 0.98 & -2.53 & -7.67 \\ -2.31 & -1.84 & 6.93 & -8.66 \end{bmatrix} - \begin{bmatrix}"
             r" -0.854 & 0.802 & 0.392 & 2.762 \\ -0.644 & -0.926 & -0.710 & -1.082 \\ 1.774 & 0.250 & 0.898 & 0.024"
             r" \\ -0.276 & -0.126 & -0.580 & -1.704 \end{bmatrix} \\ &= \begin{bmatrix} 0.284 & 0.438 & -3.762 &"
             r" 3.668 \\ -4.886 & -0.204 & -7.340 & 4.292 \\ 2.456 & 0.730 & -3.428 & -7.694 \\ -2.034 & -1.714 &"
             r" 7.510 & -6.956 \end{bmatrix} \end{split}$$", ((C, C),),
             (Twin("update", "W1", ("=np.array([[-0.57, 1.24, -3.37, 6.43], [-5.53, -1.13, -8.05, 3.21], [4.23, 0.98,"
                                    " -2.53, -7.67], [-2.31, -1.84, 6.93, -8.66]]) - np.array([[-0.854, 0.802, 0.392,"
                                    " 2.762], [-0.644, -0.926, -0.710, -1.082], [1.774, 0.250, 0.898, 0.024], [-0.276,"
                                    " -0.126, -0.580, -1.704]])",
                                    "=np.array([[0.284, 0.438, -3.762, 3.668], [-4.886, -0.204, -7.340, 4.292], [2.456,"
                                    " 0.730, -3.428, -7.694], [-2.034, -1.714, 7.510, -6.956]])")),)),
    # ---- seed 004, question 3 (sparse 4-2-1 sigmoid network, squared error) ---------------------------------
    Verbatim("004-w1-chain", "004", 258, "seed004_sparse_sigmoid", "seed004", "", ((C,) * 6,),
             (Twin("gradient", "W1[0,0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",) * 4
                   + ("=2*(0.586 - 0.7)*0.586*(1 - 0.586)*-0.2*0.731*(1 - 0.731)*-0.3", "=-0.00065")),)),
    Verbatim("004-w2-chain", "004", 260, "seed004_sparse_sigmoid", "seed004", "", ((C, C, C, C, C, W),),
             (Twin("gradient", "W1[0,1]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[1]",) * 4
                   + ("=2*(0.586 - 0.7)*0.586*(1 - 0.586)*-0.2*0.731*(1 - 0.731)*4.9", "=0.01066")),), why="0.01066 where the true value is 0.010684"),
    Verbatim("004-w3-chain", "004", 262, "seed004_sparse_sigmoid", "seed004", "", ((C,) * 6,),
             (Twin("gradient", "W1[1,2]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,1]*a1[1]*(1 - a1[1])*x[2]",) * 4
                   + ("=2*(0.586 - 0.7)*0.586*(1 - 0.586)*0.5*0.985*(1 - 0.985)*1.1", "=-0.00045")),), why="-0.00045 for -0.00044390: one unit in the last digit, right"),
    Verbatim("004-w4-chain", "004", 264, "seed004_sparse_sigmoid", "seed004", "", ((C,) * 6,),
             (Twin("gradient", "W1[1,3]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,1]*a1[1]*(1 - a1[1])*x[3]",) * 4
                   + ("=2*(0.586 - 0.7)*0.586*(1 - 0.586)*0.5*0.985*(1 - 0.985)*-2.7", "=0.00110")),), why="0.00110 for 0.0010896: one unit in the last digit, right"),
    Verbatim("004-h1", "004", 244, "seed004_sparse_sigmoid", "seed004",
             r"$$h_1 = \sigma(s_1) = \frac{1}{1 + e^{-s_1}}$$", ((C, C),),
             (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),)),
    Verbatim("004-w1-value", "004", 212, "seed004_sparse_sigmoid", "seed004", r"$$w_{1} = -1.7$$", ((C,),),
             (Twin("value", "W1[0,0]", ("=-1.7",)),)),
    # ---- seed 001 (MNIST 784-128-64-10, shared biases, mean cross-entropy over K samples) --------------------
    Verbatim("001-generic-chain", "001", 62, "seed001_mnist_literal", "seed001",
             r"$$\frac{\partial}{\partial \theta_j} [C(\underline{\theta})] = \frac{-1}{K} \sum_{k=0}^{K-1} \sum_{m=0}^9"
             r" t_{m,k} \frac{1}{\hat{p}_{m,k}} \frac{\partial}{\partial \theta_j} [\hat{p}_{m,k}]$$", ((C,),),
             (Twin("gradient", "b3", (" + ".join(f"(a3[{c}] - t[{c}])*Heaviside(z3[{c}])" for c in range(10)),)),),
             param="b3",
             why="theta_j is the parameter named by --param; (-1/K) sum_k over the step's samples"),
    Verbatim("001-loss", "001", 35, "seed001_mnist_literal", "seed001",
             r"C(\theta) = \frac{-1}{K} \sum_{k=0}^{K-1} \sum_{j=0}^9 t_{j,k} \log(\hat{p}_{j,k}) \text{ as previously"
             r" defined!}", ((C,),),
             (Twin("value", "-np.sum(t*np.log(a3))", ("-(" + " + ".join(f"t[{j}]*log(a3[{j}])" for j in range(10)) + ")",)),),
             why="the mean over the K samples of one sample's cross-entropy; the remark after it is not read"),
    # ---- seed 002 ------------------------------------------------------------------------------------------
    Verbatim("002-loss", "002", 59, CLS, "seed002",
             r"$$E(x) = CE(\ell, \ell') = - \sum_i \ell_i \cdot \log(\ell'_i)$$", ((C, C),),
             (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",
                   ("-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",) * 2),)),
    Verbatim("002-softmax", "002", 67, CLS, "seed002",
             r"$$o_n^2 = \frac{e^{x_n^{(2)}}}{\sum_{s=0}^S e^{x_s^{(2)}}}$$", ((C,),),
             (Twin("value", "a2[{n}]", ("exp(z2[{n}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",),
                   tuple({"n": n} for n in range(3))),)),
    Verbatim("002-first-layer-rule", "002", 18, REG, "seed002",
             r"a_{ik}^{(0)} = a_{ik}^{(0)} - \alpha \frac{\partial SE(y, O_0^{(2)})}{\partial a_{ik}^{(1)}}",
             unreadable="a_{ik}^{1} at i = 0, k = 1: 'a_{0n}^{1}' means 'b2[n]'", why="a weight of layer 0 updated with the derivative by one of layer 1,"
                                             " which for k > 0 does not exist"),
    Verbatim("002-second-layer-rule", "002", 20, REG, "seed002",
             r"a_{k0}^{(1)} = a_{k0}^{(1)} - \alpha \frac{\partial SE(y, O_0^{(2)})}{\partial a_{k0}^{(1)}}", ((C,),),
             (Twin("update", "b2[0]", ("b2[0] - eta*2*(a2[0] - y[0])",)),)),
]

# seed 004's question 3 chains, copied whole from the seed (lines 258-264)
_Q3 = {
    "004-w1-chain": r"""$$\begin{split} \frac{\partial L}{\partial w_1} &= \frac{\partial L}{\partial \hat{y}} \cdot \frac{\partial \hat{y}}{\partial s_3} \cdot \frac{\partial s_3}{\partial h_1} \cdot \frac{\partial h_1}{\partial s_1} \cdot \frac{\partial s_1}{\partial w_1} \\ &= \frac{\partial}{\partial \hat{y}} \left(\|y - \hat{y}\|^2 \right) \cdot \frac{\partial}{\partial s_3} \left(\sigma(s_3) \right) \cdot \frac{\partial}{\partial h_1} \left(w_5 \cdot h_1 + w_6 \cdot h_2 \right) \cdot \frac{\partial}{\partial s_1} \left(\sigma(s_1) \right) \cdot \frac{\partial}{\partial w_1} \left(w_1 \cdot x_1 + w_2 \cdot x_2 \right) \\ &= 2(\hat{y} - y) \cdot \sigma(s_3) (1 - \sigma(s_3)) \cdot w_5 \cdot \sigma(s_1) (1 - \sigma(s_1)) \cdot x_1 \quad \left(As \frac{d}{dx} \sigma(x) = \sigma(x) (1 - \sigma(x)) \right) \\ &= 2(\hat{y} - y) \cdot \hat{y} (1 - \hat{y}) \cdot w_5 \cdot h_1 (1 - h_1) \cdot x_1 \\ &= 2(0.586 - 0.7) \cdot 0.586 (1 - 0.586) \cdot -0.2 \cdot 0.731 (1 - 0.731) \cdot -0.3 \\ \approx -0.00065 \end{split}$$""",
    "004-w2-chain": r"""$$\begin{split} \frac{\partial L}{\partial w_2} &= \frac{\partial L}{\partial \hat{y}} \cdot \frac{\partial \hat{y}}{\partial s_3} \cdot \frac{\partial s_3}{\partial h_1} \cdot \frac{\partial h_1}{\partial s_1} \cdot \frac{\partial s_1}{\partial w_2} \\ &= \frac{\partial}{\partial \hat{y}} \left(\|y - \hat{y}\|^2 \right) \cdot \frac{\partial}{\partial s_3} \left(\sigma(s_3) \right) \cdot \frac{\partial}{\partial h_1} \left(w_5 \cdot h_1 + w_6 \cdot h_2 \right) \cdot \frac{\partial}{\partial s_1} \left(\sigma(s_1) \right) \cdot \frac{\partial}{\partial w_2} \left(w_1 \cdot x_1 + w_2 \cdot x_2 \right) \\ &= 2(\hat{y} - y) \cdot \sigma(s_3)(1 - \sigma(s_3)) \cdot w_5 \cdot \sigma(s_1)(1 - \sigma(s_1)) \cdot x_2 \\ &= 2(\hat{y} - y) \cdot \hat{y}(1 - \hat{y}) \cdot w_5 \cdot h_1(1 - h_1) \cdot x_2 \\ &= 2(0.586 - 0.7) \cdot 0.586(1 - 0.586) \cdot -0.2 \cdot 0.731(1 - 0.731) \cdot 4.9 \\ &\approx 0.01066 \end{split}$$""",
    "004-w3-chain": r"""$$\begin{split} \frac{\partial L}{\partial w_3} &= \frac{\partial L}{\partial \hat{y}} \cdot \frac{\partial \hat{y}}{\partial s_3} \cdot \frac{\partial s_3}{\partial h_2} \cdot \frac{\partial h_2}{\partial s_2} \cdot \frac{\partial s_2}{\partial w_3} \\ &= \frac{\partial}{\partial \hat{y}} \left(\|y - \hat{y}\|^2 \right) \cdot \frac{\partial}{\partial s_3} \left(\sigma(s_3) \right) \cdot \frac{\partial}{\partial h_2} \left(w_5 \cdot h_1 + w_6 \cdot h_2 \right) \cdot \frac{\partial}{\partial s_2} \left(\sigma(s_2) \right) \cdot \frac{\partial}{\partial w_3} \left(w_3 \cdot x_3 + w_4 \cdot x_4 \right) \\ &= 2(\hat{y} - y) \cdot \sigma(s_3) (1 - \sigma(s_3)) \cdot w_6 \cdot \sigma(s_2) (1 - \sigma(s_2)) \cdot x_3 \\ &= 2(\hat{y} - y) \cdot \hat{y} (1 - \hat{y}) \cdot w_6 \cdot h_2 (1 - h_2) \cdot x_3 \\ &= 2(0.586 - 0.7) \cdot 0.586 (1 - 0.586) \cdot 0.5 \cdot 0.985 (1 - 0.985) \cdot 1.1 \\ &\approx -0.00045 \end{split}$$""",
    "004-w4-chain": r"""$$\begin{split} \frac{\partial L}{\partial w_4} &= \frac{\partial L}{\partial \hat{y}} \cdot \frac{\partial \hat{y}}{\partial s_3} \cdot \frac{\partial s_3}{\partial h_2} \cdot \frac{\partial h_2}{\partial s_2} \cdot \frac{\partial s_2}{\partial w_4} \\ &= \frac{\partial}{\partial \hat{y}} \left(\|y - \hat{y}\|^2 \right) \cdot \frac{\partial}{\partial s_3} \left(\sigma(s_3) \right) \cdot \frac{\partial}{\partial h_2} \left(w_5 \cdot h_1 + w_6 \cdot h_2 \right) \cdot \frac{\partial}{\partial s_2} \left(\sigma(s_2) \right) \cdot \frac{\partial}{\partial w_4} \left(w_3 \cdot x_3 + w_4 \cdot x_4 \right) \\ &= 2(\hat{y} - y) \cdot \sigma(s_3) (1 - \sigma(s_3)) \cdot w_6 \cdot \sigma(s_2) (1 - \sigma(s_2)) \cdot x_4 \\ &= 2(\hat{y} - y) \cdot \hat{y} (1 - \hat{y}) \cdot w_6 \cdot h_2 (1 - h_2) \cdot x_4 \\ &= 2(0.586 - 0.7) \cdot 0.586 (1 - 0.586) \cdot 0.5 \cdot 0.985 (1 - 0.985) \cdot -2.7 \\ &\approx 0.00110 \end{split}$$""",
}
ENTRIES = [Verbatim(**{**entry.__dict__, "text": _Q3[entry.key]}) if entry.key in _Q3 else entry for entry in ENTRIES]

# seed 000's repeated derivations, one entry per display (tests/seed_verbatim_000.py)
ENTRIES += seed_verbatim_000.entries(Verbatim, Twin)
# formulas as they stand whole in the graded documents (tests/seed_verbatim_graded.py)
ENTRIES += seed_verbatim_graded.entries(Verbatim, Twin)
