"""Formulas of the seeds as they stand whole in the graded documents (tests/seeds/seedNNN.md), for
seed_verbatim: a rule for "the parameter" (judged for every parameter), chains that run over several
displays, a case stated by the formula's sentence ("when $j \\neq y$"), one sample's gradient.

Each text is copied from the seed by its line numbers; the twins are written here by hand.
"""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent / "seeds"


def display(seed: str, first: int, last: int | None = None) -> str:
    """Lines first..last (1-based) of tests/seeds/seed<seed>.md, as written."""
    lines = (SEEDS / f"seed{seed}.md").read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[first - 1:(last or first)])


def _parameters(hidden: int, outputs: int) -> tuple:
    """Every parameter of a 2-hidden-outputs network with biases, by name, as twin values {p}."""
    names = [f"W1[{k},{i}]" for k in range(hidden) for i in range(2)] + [f"b1[{k}]" for k in range(hidden)]
    names += [f"W2[{n},{k}]" for n in range(outputs) for k in range(hidden)] + [f"b2[{n}]" for n in range(outputs)]
    return tuple({"p": name} for name in names)


_JI = tuple({"j": j, "i": i} for j in range(4) for i in range(4))
_STEP = ("[[-0.854, 0.802, 0.392, 2.762], [-0.644, -0.926, -0.710, -1.082], [1.774, 0.250, 0.898, 0.024],"
         " [-0.276, -0.126, -0.580, -1.704]]")
_SUMMED = "[[-4.27, 4.01, 1.96, 13.81], [-3.22, -4.63, -3.55, -5.41], [8.87, 1.25, 4.49, 0.12], [-1.38, -0.63, -2.90, -8.52]]"


_SOFTMAX = "np.exp(relu(z3[{m}]))/np.sum(np.exp(relu(z3)))"
_S3 = "np.sum(np.exp(relu(z3)))"
# seed 001 line 152's U' and 154's V' (by w^(3)_{alpha,beta}), as the student defines them
_U3 = "np.exp(relu(z3[{b}])) - relu(z3[{b}])*a2[{a}]"
_V3 = "np.exp(relu(z3[{b}]))*relu(z3[{b}])*a2[{a}]"
_line87_U = display("001", 87).split(r"\quad U = ")[1].rstrip("$ ,")
_line89_V = display("001", 89).split("V = ")[1].rstrip("$ .")


def entries(Verbatim, Twin) -> list:
    C, W = "correct", "wrong"
    reg, cls = "seed000_regression", "seed000_classification"
    return [
        # omega = omega - alpha dE/domega: the generic rule, for each of the network's 13 parameters
        Verbatim("000-generic-update-every-parameter", "000", 17, reg, "seed000", display("000", 17), ((C,),),
                 (Twin("update", "{p}", ("{p} - eta*grad",), _parameters(3, 1)),),
                 why="the rule for 'the parameter' omega holds for each parameter"),
        Verbatim("002-generic-update-every-parameter", "002", 57, cls, "seed002",
                 r"w = w - \alpha \frac{\partial E(x)}{\partial w}", ((C,),),
                 (Twin("update", "{p}", ("{p} - eta*grad",), _parameters(3, 3)),)),
        # dCE/dl_n with l_n the label: the student's CE has lost its minus sign (their line 98)
        Verbatim("002-derivative-by-the-label", "002", 102, cls, "seed002", display("002", 102), ((W,),),
                 (Twin("value", "-log(a2[{n}])", ("log(a2[{n}])",), tuple({"n": n} for n in range(3))),),
                 why="d(-sum t log a)/dt_n = -log a_n; the student differentiates sum t log a"),
        # the incorrect class's derivation, eight members over eight displays, in the case its
        # sentence states (j != y)
        Verbatim("004-incorrect-class-derivation", "004", 11, "seed004_softmax_classifier", "seed004",
                 display("004", 11, 25), ((C,) * 8,),
                 (Twin("gradient_z", "z1[{j}]", ("a1[{j}]",) * 8, tuple({"j": j} for j in range(4)), "other"),),
                 when="label!=j"),
        # sample 2's gradient: the student's P for it has P_horse = 5.96e-9 where it is 4.69e-9
        Verbatim("004-gradient-of-sample-2", "004", 88, "seed004_softmax_classifier", "seed004",
                 display("004", 88, 90), ((C, W, W),),
                 (Twin("gradient", "W1[{j},{i}]",
                       ("(a1[{j}] - t[{j}])*x[{i}]",
                        "=np.outer([-1, 0, 1, 5.96e-9], [8.87, 1.25, 4.49, 0.12])",
                        "=np.array([[-8.87, -1.25, -4.49, -0.12], [0, 0, 0, 0], [8.87, 1.25, 4.49, 0.12],"
                        " [5.29e-8, 7.45e-9, 2.67e-8, 7.15e-10]])"), _JI, sample=2),),
                 why="P_horse of sample 2 is 4.69e-9, not 5.96e-9"),
        # seed 001's dC/db^(3) (its line begins with a note, "Da Nang -> Hanoi cont.", that is not read)
        Verbatim("001-b3-log-chain", "001", 64, "seed001_mnist_literal", "seed001",
                 r"\frac{\partial}{\partial b^{(3)}} [C(\underline{\theta})] = \frac{-1}{K} \sum_{k=0}^{K-1}"
                 r" \sum_{j=0}^q t_{j,k} \frac{\partial}{\partial b^{(3)}} [\log(\hat{p}_{j,k})]", ((C,),),
                 (Twin("gradient", "b3", (" + ".join(f"(a3[{c}] - t[{c}])*Heaviside(z3[{c}])" for c in range(10)),)),),
                 why="d log p_j/db3 = sum_m (1{j = m} - p_m) 1{z3_m > 0}; with sum_j t_j = 1 the rule is"
                     " sum_m (p_m - t_m) 1{z3_m > 0}"),
        # seed 001's output-bias chain (lines 68-100): its indicator prod_j {sum_i w p > 0} leaves the bias out
        Verbatim("001-b3-exp-square", "001", 68, "seed001_mnist_literal", "seed001", '\\frac{\\partial}{\\partial b^{(3)}} [\\exp\\{\\hat{p}_{m,k}^{(3)}\\}] = \\frac{\\partial}{\\partial b^{(3)}} [\\hat{p}_{m,k}] \\frac{\\partial}{\\partial b^{(3)}} [\\hat{p}_{m,k}]', ((W,),),
                 (Twin("value", "np.exp(relu(z3[{m}]))*d_r3[{m}]", ("d_a3[{m}]**2",), grid=(("m", 10),), wrt="b3"),),
                 why="d exp(p3_m)/db3 is exp(p3_m) 1{z3_m > 0}, not (dp_m/db3)^2"),
        Verbatim("001-b3-softmax", "001", 94, "seed001_mnist_literal", "seed001", '\\frac{\\partial}{\\partial b^{(3)}} [\\hat{p}_{m,k}] = \\hat{p}_{m,k} \\left( \\prod_{j=0}^q \\{ \\sum_{i=0}^{63} w_{i,m}^{(3)} p_{i,k}^{(2)} > 0 \\} - \\sum_{z=0}^q \\hat{p}_{z,k} \\prod_{j=0}^q \\{ \\sum_{i=0}^{63} w_{i,z}^{(3)} p_{i,k}^{(2)} > 0 \\} \\right)', ((W,),),
                 (Twin("value", "d_a3[{m}]", ("a3[{m}]*(Heaviside((W3 @ a2)[{m}]) - np.sum(a3*Heaviside(W3 @ a2)))",),
                       grid=(("m", 10),), wrt="b3"),), why="the indicator leaves the bias b3 out of z3"),
        Verbatim("001-b3-result", "001", 96, "seed001_mnist_literal", "seed001", '\\frac{\\partial}{\\partial b^{(3)}} [C(\\underline{\\theta})] = \\frac{-1}{K} \\sum_{k=0}^{K-1} \\sum_{m=0}^q t_{m,k} \\left( \\prod_{j=0}^q \\{ \\sum_{i=0}^{63} w_{i,m}^{(3)} p_{i,k}^{(2)} > 0 \\} - \\sum_{z=0}^q \\hat{p}_{z,k} \\prod_{j=0}^q \\{ \\sum_{i=0}^{63} w_{i,z}^{(3)} p_{i,k}^{(2)} > 0 \\} \\right)', ((W,),),
                 (Twin("gradient", "b3", ("-np.sum(t*(Heaviside(W3 @ a2) - np.sum(a3*Heaviside(W3 @ a2))))",), wrt="b3"),),
                 why="the indicator leaves the bias b3 out of z3"),
        Verbatim("001-b2-exp-chain", "001", 100, "seed001_mnist_literal", "seed001", '\\frac{\\partial}{\\partial b^{(2)}} [\\exp\\{\\hat{p}_{m,k}^{(3)}\\}] = \\exp\\{\\hat{p}_{m,k}^{(3)}\\} \\frac{\\partial}{\\partial b^{(2)}} [\\hat{p}_{m,k}^{(3)}] = \\exp\\{\\hat{p}_{m,k}^{(3)}\\} \\prod_{j=0}^q \\{ \\sum_{i=0}^{63} w_{i,m}^{(3)} p_{i,k}^{(2)} > 0 \\} \\frac{\\partial}{\\partial b^{(2)}} \\left[ b^{(2)} + \\sum_{i=0}^{63} w_{i,m}^{(3)} p_{i,k}^{(2)} \\right]', ((C, W),),
                 (Twin("value", "np.exp(relu(z3[{m}]))*d_r3[{m}]",
                       ("np.exp(relu(z3[{m}]))*d_r3[{m}]",
                        "np.exp(relu(z3[{m}]))*Heaviside((W3 @ a2)[{m}])*(1 + (W3 @ Heaviside(z2))[{m}])"),
                       grid=(("m", 10),), wrt="b2"),),
                 why="the chain rule, then d/db2 [b2 + sum_i w p] taken as 1 + sum_i w dp/db2 with the wrong indicator"),
        # seed 001's rules over many index values, judged for every value at once (the oracle too:
        # test_seed_verbatim.oracle_grid): theta_j's update and derivative for each of the 109,187
        # parameters, dC/db^(2) and dC/db^(1) by the chain rule through p-hat (index form), dC/dw^(3)
        # (640 values) as the student derives it and as he ends it, d exp(p_m^(3))/dw^(1)_{alpha,B}
        # (1,003,520 values)
        Verbatim("001-theta-update-every-parameter", "001", 15, "seed001_mnist_literal", "seed001",
                 r"\theta_j^{[n+1]} := \theta_j^{[n]} - \nu \frac{\partial}{\partial \theta_j} [C(\theta)]", ((C,),),
                 (Twin("update", "*", ("P - eta*grad",), wrt="*"),), why="the step for every parameter"),
        Verbatim("001-theta-chain-every-parameter", "001", 62, "seed001_mnist_literal", "seed001",
                 r"\frac{\partial}{\partial \theta_j} [C(\underline{\theta})] = \frac{-1}{K} \sum_{k=0}^{K-1}"
                 r" \sum_{m=0}^9 t_{m,k} \frac{1}{\hat{p}_{m,k}} \frac{\partial}{\partial \theta_j} [\hat{p}_{m,k}]",
                 ((C,),), (Twin("gradient", "*", ("-np.tensordot(t/a3, d_a3, axes=1)",), wrt="*"),),
                 why="dC/dtheta = -sum_m t_m / p_m dp_m/dtheta, the chain rule through p-hat"),
        Verbatim("001-b2-chain", "001", 98, "seed001_mnist_literal", "seed001",
                 r"\frac{\partial}{\partial b^{(2)}} [C(\underline{\theta})] = \frac{-1}{K} \sum_{k=0}^{K-1}"
                 r" \sum_{m=0}^q \left( \frac{t_{m,k}}{\hat{p}_{m,k}} \frac{\partial}{\partial b^{(2)}} [\hat{p}_{m,k}]"
                 r" \right)", ((C,),),
                 (Twin("gradient", "b2", ("-np.tensordot(t/a3, d_a3, axes=1)",), wrt="b2"),)),
        Verbatim("001-b1-chain", "001", 128, "seed001_mnist_literal", "seed001",
                 r"\frac{\partial}{\partial b^{(1)}} [C(\theta)] = \frac{-1}{K} \sum_{k=0}^{K-1} \sum_{m=0}^q \left("
                 r" \frac{t_{m,k}}{\hat{p}_{m,k}} \frac{\partial}{\partial b^{(1)}} [\hat{p}_{m,k}] \right)", ((C,),),
                 (Twin("gradient", "b1", ("-np.tensordot(t/a3, d_a3, axes=1)",), wrt="b1"),),
                 why="its line starts with a boxed label, b^(1), which is not a factor"),
        Verbatim("001-w3-chain", "001", 142, "seed001_mnist_literal", "seed001",
                 r"\frac{\partial}{\partial w_{\alpha,\beta}^{(3)}} [C(\underline{\theta})] = \frac{-1}{K}"
                 r" \sum_{k=0}^{K-1} \sum_{m=0}^q t_{m,k} \frac{\partial}{\partial w_{\alpha,\beta}^{(3)}} [\hat{P}_{m,k}]",
                 ((W,),), (Twin("gradient", "W3[{b},{a}]", ("-np.tensordot(t, d_a3, axes=1)[{b},{a}]",),
                                grid=(("a", 64), ("b", 10)), wrt="W3"),),
                 why="the 1/p-hat of the chain rule through log p-hat is lost"),
        Verbatim("001-w3-exp-cases", "001", 144, "seed001_mnist_literal", "seed001", display("001", 144),
                 ((C, W, W),),
                 (Twin("value", "np.exp(relu(z3[{m}]))*d_r3[{m},{b},{a}]",
                       ("np.exp(relu(z3[{m}]))*d_r3[{m},{b},{a}]",
                        "np.exp(relu(z3[{m}]))*({m}=={b})*a2[{a}]",
                        "np.where({m}!={b}, 0, np.exp(relu(z3[{b}])) - relu(z3[{b}])*a2[{a}])"),
                       grid=(("a", 64), ("b", 10), ("m", 10)), wrt="W3"),),
                 why="the page's P-hat^(3) is relu(z3), but its second step differentiates b + sum W P as if"
                     " there were no ReLU (the slope 1{z3_m > 0} lost), and its cases write exp - P P for"
                     " exp(P-hat_beta) P_alpha"),
        Verbatim("001-w3-result", "001", 167, "seed001_mnist_literal", "seed001",
                 r"\frac{\partial}{\partial w_{\alpha,\beta}^{(3)}} [C(\underline{\theta})] = \frac{-1}{K}"
                 r" \sum_{k=0}^{K-1} \sum_{m=0}^q t_{m,k} \left( \sum_{z=0}^q \exp \left\{ \hat{P}_{z,k}^{(3)} \right\}"
                 r" - \hat{P}_{\beta,k}^{(3)} P_{\alpha,k}^{(2)} \right) \hat{P}_{\beta,k}^{(3)} P_{\alpha,k}^{(2)}", ((W,),),
                 (Twin("gradient", "W3[{b},{a}]",
                       ("-np.sum(t)*(np.sum(np.exp(relu(z3))) - relu(z3[{b}])*a2[{a}])*relu(z3[{b}])*a2[{a}]",),
                       grid=(("a", 64), ("b", 10)), wrt="W3"),),
                 why="a difference where the chain rule gives a product: (p_b - t_b) 1{z3_b > 0} a2_a is right"),
        Verbatim("001-w1-exp-chain", "001", 225, "seed001_mnist_literal", "seed001",
                 r"\frac{\partial}{\partial w_{\alpha,B}^{(1)}} [\exp \{ p_{m,k}^{(3)} \}] = \exp \{ p_{m,k}^{(3)} \}"
                 r" I_{m,k}^{(3)} \sum_{i=0}^{63} w_{i,m}^{(3)} I_{i,k}^{(2)} w_{B,i}^{(2)} I_{B,k}^{(1)} p_{\alpha,k}^{(0)}",
                 ((C,),), (Twin("value", "np.exp(relu(z3[{m}]))*d_r3[{m},{B},{a}]",
                                ("np.exp(relu(z3[{m}]))*Heaviside(z3[{m}])*((W3*Heaviside(z2)) @ W2)[{m},{B}]"
                                 "*Heaviside(z1[{B}])*x[{a}]",),
                                grid=(("a", 784), ("B", 128), ("m", 10)), wrt="W1"),),
                 why="the chain rule through both hidden layers, right at all 1,003,520 index values"),
        # dp^(2)_i/dw^(1)_{alpha,B} worked out over five members, each for all 6,422,528 values of i, alpha
        # and B (a grade claim of its own since issue 17: it took more than the 5 s a claim has)
        Verbatim("001-w1-hidden-chain", "001", 213, "seed001_mnist_literal", "seed001",
                 r"\frac{\partial}{\partial w_{\alpha,B}^{(1)}} [p_{i,k}^{(2)}] = I_{i,k}^{(2)} \frac{\partial}{\partial"
                 r" w_{\alpha,B}^{(1)}} [b^{(2)}] + \sum_{j=0}^{127} w_{j,i}^{(2)} p_{j,k}^{(1)} = I_{i,k}^{(2)}"
                 r" \sum_{j=0}^{127} w_{j,i}^{(2)} \frac{\partial}{\partial w_{\alpha,B}^{(1)}} [p_{j,k}^{(1)}]"
                 r" = I_{i,k}^{(2)} \sum_{j=0}^{127} w_{j,i}^{(2)} \underbrace{I_{j,k}^{(1)} \frac{\partial}{\partial"
                 r" w_{\alpha,B}^{(1)}} [b^{(1)}]}_{(1)} + \sum_{n=0}^{783} w_{n,i}^{(1)} p_{n,k}^{(0)} = I_{i,k}^{(2)}"
                 r" \sum_{j=0}^{127} w_{j,i}^{(2)} I_{j,k}^{(1)} \underbrace{\sum_{j=0}^{127} w_{j,j}^{(1)}}_{(1)}"
                 r" p_{\alpha,k}^{(0)} = I_{i,k}^{(2)} w_{B,i}^{(2)} I_{B,k}^{(1)} p_{\alpha,k}^{(0)}", ((W, C, W, W, C),),
                 (Twin("value", "d_a2[{i},{B},{a}]",
                       ("Heaviside(z2[{i}])*0 + (W2 @ a1)[{i}]",
                        "Heaviside(z2[{i}])*W2[{i},{B}]*Heaviside(z1[{B}])*x[{a}]",
                        "Heaviside(z2[{i}])*(W2 @ (Heaviside(z1)*0))[{i}] + (W1 @ x)[{i}]",
                        "Heaviside(z2[{i}])*(W2 @ Heaviside(z1))[{i}]*np.trace(W1)*x[{a}]",
                        "Heaviside(z2[{i}])*W2[{i},{B}]*Heaviside(z1[{B}])*x[{a}]"),
                       grid=(("a", 784), ("B", 128), ("i", 64)), wrt="W1"),),
                 why="the derivative of the sum over j is dropped (first and third members, which keep p^(2)'s own"
                     " weighted sum); the fourth sums w^(1)_{j,j} where only j = B, the weight w^(1)_{alpha,B}, has"
                     " a derivative; the second (the sum over j, of which j = B is left) and the last are right"),
        # seed 001's own shorthand (symbolic/notations/seed001.toml): \prod_{\{i=\beta\}} is the indicator
        # 1{i = beta}; dp^(2)_i/dW^(2)_{alpha,beta} for all 524,288 values of i, alpha, beta
        Verbatim("001-w2-hidden-chain", "001", 181, "seed001_mnist_literal", "seed001",
                 r"\frac{\partial}{\partial W_{\alpha,\beta}^{(2)}} \left[ p_{i,k}^{(2)} \right] = I_{i,k}^{(2)}"
                 r" \frac{\partial}{\partial W_{\alpha,\beta}^{(2)}} \left[ b^{(2)} + \sum_{j=0}^{127} w_{j,i}^{(2)}"
                 r" p_{j,k}^{(1)} \right] = I_{i,k}^{(2)} \prod_{\{i=\beta\}} p_{\alpha,k}^{(1)}", ((C, C),),
                 (Twin("value", "d_a2[{i},{b},{a}]", ("Heaviside(z2[{i}])*({i} == {b})*a1[{a}]",) * 2,
                       grid=(("a", 128), ("b", 64), ("i", 64)), wrt="W2"),),
                 why="d/dW2[beta,alpha] [b2 + sum_j W2[i,j] a1[j]] is 1{i = beta} a1[alpha]; the ReLU's 1{z2_i > 0}"),
        # the same shorthand where the student's indices make it name nothing: \sum_{i,k}^{(3)} outside
        # the sum over i (i has no value; m is meant), and inside the sum over i of layer 2's 64 units
        # (their lines begin with words, "So," and an implication, that grade does not read)
        Verbatim("001-b2-exp-free-index", "001", 110, "seed001_mnist_literal", "seed001",
                 display("001", 110).strip("$").replace(r"\text{So, } ", ""),
                 unreadable=r"the index i has no value (\sum_{i,k}^{3} uses it outside a sum over i)"),
        Verbatim("001-b2-result-out-of-range", "001", 126, "seed001_mnist_literal", "seed001",
                 display("001", 126).strip("$").replace(r"\Rightarrow ", ""),
                 unreadable=r"\sum_{i,k}^{3} at i = 10, k = 0: '\\sum_{n,k}^{(3)}' means 'z3[n]' (n = 10): index 10 is"
                            " out of range (0..9)"),
        # seed 001's quotient rule with the names it defines (grading/definitions.py): U and V after \quad
        # and in the next display (line 89) explain line 87's U/V; \frac{u}{v} = \frac{A}{B} defines u and
        # v (lines 114, 148, 195); U' and V' are defined at 152 and 154 for line 156
        Verbatim("001-b3-quotient-names", "001", 87, "seed001_mnist_literal", "seed001",
                 r"\hat{p}_{m,k} = \frac{\exp\{\hat{p}_{m,k}^{(3)}\}}{\sum_{z=0}^q \exp\{\hat{p}_{z,k}^{(3)}\}} = \frac{U}{V}",
                 ((C, W),), (Twin("value", "a3[{m}]", (_SOFTMAX, "np.exp(relu(z3[{m}]))*Heaviside((W3 @ a2)[{m}])"
                                                        "/np.sum(np.exp(relu(z3))*Heaviside(W3 @ a2))"),
                                  grid=(("m", 10),), wrt="b3"),),
                 why="the student's U and V carry the ReLU's indicator (without the bias): U/V is not p-hat",
                 definitions=(("U", _line87_U), ("V", _line89_V))),
        Verbatim("001-b2-quotient-setup", "001", 114, "seed001_mnist_literal", "seed001",
                 r"\hat{p}_{m,k} = \frac{u}{v} = \frac{\exp \{ p_{m,k}^{(3)} \}}{\sum_{z=0}^q \exp \{ p_{z,k}^{(3)} \}}",
                 ((C, C),), (Twin("value", "a3[{m}]", (_SOFTMAX, _SOFTMAX), grid=(("m", 10),), wrt="b2"),),
                 definitions=(("u", r"\exp \{ p_{m,k}^{(3)} \}"), ("v", r"\sum_{z=0}^q \exp \{ p_{z,k}^{(3)} \}"))),
        Verbatim("001-w3-quotient-setup", "001", 148, "seed001_mnist_literal", "seed001",
                 r"\hat{P}_{m,k} = \frac{U}{V} = \frac{\exp \left\{ \hat{P}_{m,k}^{(3)} \right\}}{\sum_{z=0}^q \exp"
                 r" \left\{ \hat{P}_{z,k}^{(3)} \right\}}", ((C, C),),
                 (Twin("value", "a3[{m}]", (_SOFTMAX, _SOFTMAX), grid=(("m", 10),), wrt="W3"),),
                 definitions=(("U", r"\exp \left\{ \hat{P}_{m,k}^{(3)} \right\}"),
                              ("V", r"\sum_{z=0}^q \exp \left\{ \hat{P}_{z,k}^{(3)} \right\}"))),
        Verbatim("001-w3-quotient-rule", "001", 156, "seed001_mnist_literal", "seed001",
                 r"\frac{\partial}{\partial w_{\alpha,\beta}^{(3)}} \left[ \hat{P}_{m,k} \right] = \frac{V U' - U V'}{V^2}"
                 " = " + display("001", 158).strip("$ =") + " = " + display("001", 160).strip("$ ="), ((W, W, W),),
                 (Twin("value", "d_a3[{m},{b},{a}]",
                       (f"(_S*({_U3}) - np.exp(relu(z3[{{m}}]))*({_V3}))/_S**2".replace("_S", _S3),
                        f"(1/{_S3}**2)*({_S3}*np.exp(relu(z3[{{b}}])) - relu(z3[{{b}}])*a2[{{a}}])*({_S3}*({_U3}))",
                        f"a3[{{m}}]*({_S3} - relu(z3[{{b}}])*a2[{{a}}])"),
                       grid=(("a", 64), ("b", 10), ("m", 10)), wrt="W3"),),
                 why="U' and V' as the student defines them are not the derivatives of U and V by w_{alpha,beta}",
                 definitions=(("U", r"\exp \left\{ \hat{P}_{m,k}^{(3)} \right\}"),
                              ("V", r"\sum_{z=0}^q \exp \left\{ \hat{P}_{z,k}^{(3)} \right\}"),
                              ("U'", r"\exp \left\{ \hat{P}_{\beta,k}^{(3)} \right\} - \hat{P}_{\beta,k}^{(3)} P_{\alpha,k}^{(2)}"),
                              ("V'", r"\exp \left\{ \hat{P}_{\beta,k}^{(3)} \right\} \cdot \hat{P}_{\beta,k}^{(3)}"
                                     r" P_{\alpha,k}^{(2)}"))),
        Verbatim("001-w2-quotient-setup", "001", 195, "seed001_mnist_literal", "seed001",
                 r"\hat{P}_{m,k}^{(3)} = \frac{\exp \left\{ p_{m,k}^{(3)} \right\}}{\sum_{z=0}^9 \exp \left\{ p_{z,k}^{(3)}"
                 r" \right\}} = \frac{U}{V}", ((W, W),),
                 (Twin("value", "relu(z3[{m}])", (_SOFTMAX, _SOFTMAX), grid=(("m", 10),), wrt="W2"),),
                 why="P-hat^(3) is the ReLU's output p^(3), not the softmax of it",
                 definitions=(("U", r"\exp \left\{ p_{m,k}^{(3)} \right\}"),
                              ("V", r"\sum_{z=0}^9 \exp \left\{ p_{z,k}^{(3)} \right\}"))),
        # Delta W = eta grad = 0.2 [summed gradient] = [step], over three displays
        Verbatim("004-step-chain", "004", 150, "seed004_softmax_classifier", "seed004", display("004", 150, 154),
                 ((C, C, C),),
                 (Twin("step", "W1[{j},{i}]", ("eta*(a1[{j}] - t[{j}])*x[{i}]", f"=0.2*np.array({_SUMMED})",
                                               f"=np.array({_STEP})"), _JI),)),
    ]
