"""Seed 004 (EECE7398 Homework 2) worked in exact arithmetic, independently of backprop's engine.

The expected numbers here are NOT taken from the seed and NOT computed with numpy: they are computed
from the formulas themselves with Python's ``decimal`` at 60 significant digits (the inputs are
short decimals, so W x is exact; exp and ln are correct to far more digits than a float holds):

* questions 1 and 2, the softmax classifier (examples/seed004_softmax_classifier.toml):
  z = W x, P = softmax(z), grad = sum over the four samples of (P - Y) x^T, W_new = W - 0.2 grad;
* question 3, the sparse 4-2-1 sigmoid network (examples/seed004_sparse_sigmoid.toml): s1, s2, h1,
  h2, s3, yhat and every dL/dw_k for L = (y - yhat)^2 by the chain rule written out factor by factor,
  as the seed writes it (w5 and w6 too, which the seed never finished).

The engine's trace (Problem.explain().to_json_dict(), the JSON of ``backprop explain``) is compared
with these to 1e-12 relative. The last tests of each part say which numbers the seed prints right
(equal to the exact value rounded to the digits printed) and which wrong.
"""

from __future__ import annotations

from decimal import Decimal as D
from decimal import localcontext
from pathlib import Path

import pytest

from backprop import load_problem

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"
PREC = 60
REL = D("1e-12")


def engine_trace(name: str) -> dict:
    return load_problem(EXAMPLES / name, require_data=True).explain().to_json_dict()


def assert_close(actual: float, exact: D, what: str, rel: D = REL, absolute: D = D(0)) -> None:
    """|engine - exact| <= rel |exact| + absolute, in exact arithmetic (D(float) is exact)."""
    error = abs(D(actual) - exact)
    assert error <= rel * abs(exact) + absolute, f"{what}: engine {actual!r}, exact {exact:.25e}"


def rounds_to(printed: str, exact: D) -> bool:
    """True when ``printed`` is ``exact`` correctly rounded to the last digit printed."""
    shown = D(printed)
    with localcontext(prec=PREC):
        return exact.quantize(D(1).scaleb(shown.as_tuple().exponent)) == shown


def test_rounds_to_is_strict():
    assert rounds_to("0.586", D("0.58574"))
    assert not rounds_to("0.586", D("0.58549"))
    assert rounds_to("1.38e-24", D("1.3849e-24"))
    assert not rounds_to("1.38e-24", D("1.3851e-24"))
    assert rounds_to("1", D("0.99999999999990"))
    assert not rounds_to("-13.9217", D("-13.9167"))


# ---------------------------------------------------------------------------------------------
# Questions 1 and 2: linear softmax classifier, cross-entropy, summed gradient, eta = 0.2

W = [[D("-0.57"), D("1.24"), D("-3.37"), D("6.43")],
     [D("-5.53"), D("-1.13"), D("-8.05"), D("3.21")],
     [D("4.23"), D("0.98"), D("-2.53"), D("-7.67")],
     [D("-2.31"), D("-1.84"), D("6.93"), D("-8.66")]]
X = [[D("1.52"), D("2.63"), D("5.37"), D("4.94")],
     [D("8.87"), D("1.25"), D("4.49"), D("0.12")],
     [D("3.22"), D("4.63"), D("3.55"), D("5.41")],
     [D("1.38"), D("0.63"), D("2.90"), D("8.52")]]
LABELS = [0, 0, 1, 3]  # cat, cat, dog, horse in the class order cat, dog, cow, horse
ETA = D("0.2")


def exact_classifier() -> dict:
    """z, P, P - Y, per-sample loss, summed gradient and updated W, all as Decimals."""
    with localcontext(prec=PREC):
        z = [[sum(W[j][i] * x[i] for i in range(4)) for j in range(4)] for x in X]
        P = []
        for row in z:
            e = [v.exp() for v in row]
            total = sum(e)
            P.append([v / total for v in e])
        Y = [[D(1) if j == label else D(0) for j in range(4)] for label in LABELS]
        PmY = [[P[s][j] - Y[s][j] for j in range(4)] for s in range(4)]
        per_sample_grad = [[[PmY[s][j] * X[s][i] for i in range(4)] for j in range(4)] for s in range(4)]
        grad = [[sum(per_sample_grad[s][j][i] for s in range(4)) for i in range(4)] for j in range(4)]
        loss = [-(P[s][LABELS[s]].ln()) for s in range(4)]
        W_new = [[W[j][i] - ETA * grad[j][i] for i in range(4)] for j in range(4)]
        return {"z": z, "P": P, "PmY": PmY, "per_sample_grad": per_sample_grad, "grad": grad,
                "delta_W": [[ETA * grad[j][i] for i in range(4)] for j in range(4)],
                "loss": loss, "W_new": W_new}


@pytest.fixture(scope="module")
def exact1():
    return exact_classifier()


@pytest.fixture(scope="module")
def layer1():
    trace = engine_trace("seed004_softmax_classifier.toml")
    assert len(trace["steps"]) == 1 and trace["steps"][0]["samples"] == [0, 1, 2, 3]
    return trace["steps"][0]


def test_independent_z_is_exact_and_fixes_the_seed(exact1):
    # W x of short decimals is exact in Decimal: these are the true values, digit for digit.
    assert exact1["z"][0] == [D("16.0621"), D("-38.7486"), D("-42.4689"), D("-13.9167")]
    assert exact1["z"][1] == [D("-17.8656"), D("-86.2229"), D("26.4650"), D("7.2868")]
    assert exact1["z"][2] == [D("26.7286"), D("-34.2499"), D("-32.3182"), D("-38.2065")]
    assert exact1["z"][3] == [D("45.0052"), D("-4.3391"), D("-66.2306"), D("-58.0332")]
    # the row for x_1 row 4, by hand: -2.31*1.52 - 1.84*2.63 + 6.93*5.37 - 8.66*4.94
    assert D("-3.5112") + D("-4.8392") + D("37.2141") + D("-42.7804") == D("-13.9167")


def test_engine_z_and_probabilities(layer1, exact1):
    layer = layer1["layers"][0]
    for s in range(4):
        for j in range(4):
            assert_close(layer["z"][s][j], exact1["z"][s][j], f"z[{s}][{j}]")
            # probabilities as small as 1e-49 are compared relatively, like every other number
            assert_close(layer["a"][s][j], exact1["P"][s][j], f"P[{s}][{j}]")
            assert layer["a"][s][j] > 0


def test_engine_delta_is_p_minus_y(layer1, exact1):
    layer = layer1["layers"][0]
    for s in range(4):
        for j in range(4):
            exact = exact1["PmY"][s][j]
            if j == LABELS[s]:
                # P_y - 1 is a cancellation against 1 in float64 (P_y = 1 - 9.6e-14 for x_1): an
                # absolute float64 rounding of 1 is all that can be asked there.
                assert_close(layer["delta"][s][j], exact, f"delta[{s}][{j}]", absolute=D("3e-16"))
            else:
                assert_close(layer["delta"][s][j], exact, f"delta[{s}][{j}]")
    assert exact1["PmY"][0][0] < 0  # the seed's "0" for x_1, cat is really -9.56e-14


def test_engine_summed_gradient_update_and_loss(layer1, exact1):
    layer = layer1["layers"][0]
    for j in range(4):
        for i in range(4):
            assert_close(layer["grad_weights"][j][i], exact1["grad"][j][i], f"grad[{j}][{i}]")
            assert_close(layer["weights"][j][i], exact1["W_new"][j][i], f"W_new[{j}][{i}]")
    assert layer["grad_biases"] is None and layer["biases"] is None
    assert_close(layer1["loss"], sum(exact1["loss"]), "summed loss")
    # the gradient is not exactly the seed's round numbers: the tiny probabilities contribute
    assert exact1["grad"][3][0] != D("-1.38")
    assert rounds_to("-1.3799999584", exact1["grad"][3][0])  # -1.38 + 8.87 * 4.69e-9 + ...


# The seed's printed numbers, each with the exact value it stands for and our verdict:
# True = the exact value rounded to the digits printed, False = wrong.
def seed_printed_classifier(e):
    z, P, PmY, g1 = e["z"], e["P"], e["PmY"], e["per_sample_grad"]
    rows = [
        # question 1, x_1 (cat)
        ("z1 cat", "16.0621", z[0][0], True), ("z1 dog", "-38.7486", z[0][1], True),
        ("z1 cow", "-42.4689", z[0][2], True),
        ("z1 horse", "-13.9217", z[0][3], False),            # right: -13.9167
        ("P1 cat", "1", P[0][0], True),
        ("P1 dog", "1.38e-24", P[0][1], False),              # right: 1.57e-24
        ("P1 cow", "4.05e-25", P[0][2], False),              # right: 3.80e-26
        ("P1 horse", "9.4e-14", P[0][3], False),             # right: 9.6e-14
        # x_2 (cat)
        ("z2 cat", "-17.8656", z[1][0], True),
        ("z2 dog", "-86.2379", z[1][1], False),              # right: -86.2229
        ("z2 cow", "26.466", z[1][2], False),                # right: 26.465 (last digit)
        ("z2 horse", "7.2968", z[1][3], False),              # right: 7.2868
        ("P2 cat", "7.04e-20", P[1][0], False),              # right: 5.59e-20
        ("P2 cow", "1", P[1][2], True),
        ("P2 horse", "5.96e-9", P[1][3], False),             # right: 4.69e-9
        ("P2-Y cat", "-1", PmY[1][0], True),
        # x_3 (dog)
        ("z3 cat", "26.7286", z[2][0], True), ("z3 dog", "-34.2499", z[2][1], True),
        ("z3 cow", "-32.3182", z[2][2], True), ("z3 horse", "-38.2065", z[2][3], True),
        ("P3 cat", "1", P[2][0], True),
        ("P3 dog", "3.08e-27", P[2][1], False),              # right: 3.29e-27
        ("P3 cow", "1.81e-26", P[2][2], False),              # right: 2.27e-26
        ("P3 horse", "5.38e-29", P[2][3], False),            # right: 6.30e-29
        # x_4 (horse)
        ("z4 cat", "45.0052", z[3][0], True), ("z4 dog", "-4.3391", z[3][1], True),
        ("z4 cow", "-66.2306", z[3][2], True), ("z4 horse", "-58.0332", z[3][3], True),
        ("P4 cat", "1", P[3][0], True),
        ("P4 dog", "3.71e-22", P[3][1], False),              # right: 3.72e-22 (last digit)
        ("P4 cow", "4.90e-49", P[3][2], False),              # right: 4.91e-49 (last digit)
        ("P4 horse", "1.78e-45", P[3][3], True),
        ("P4-Y horse", "-1", PmY[3][3], True),
        # the column it multiplies x_4^T with is not its own P - Y
        ("(P4-Y) dog used", "4.15e-21", PmY[3][1], False),   # right: 3.72e-22
        ("(P4-Y) cow used", "1.4e-48", PmY[3][2], False),    # right: 4.9e-49
    ]
    # per-sample gradient rows (P_j - Y_j) x^T, from the wrong probabilities above
    printed_rows = {
        (0, 1): ["2.10e-24", "3.63e-24", "7.41e-24", "6.82e-24"],   # right: 2.39e-24 ...
        (0, 2): ["6.16e-25", "1.07e-24", "2.17e-24", "2.00e-24"],   # right: 5.78e-26 ...
        (0, 3): ["1.43e-13", "2.47e-13", "5.05e-13", "4.64e-13"],   # right: 1.45e-13 ...
        (1, 3): ["5.29e-8", "7.45e-9", "2.67e-8", "7.15e-10"],      # right: 4.16e-8 ...
        (2, 2): ["5.83e-26", "8.38e-26", "6.43e-26", "9.79e-26"],   # right: 7.31e-26 ...
        (2, 3): ["1.73e-28", "2.49e-28", "1.91e-28", "2.91e-28"],   # right: 2.03e-28 ...
    }
    for (s, j), values in printed_rows.items():
        for i, printed in enumerate(values):
            rows.append((f"grad L{s + 1}[{j}][{i}]", printed, g1[s][j][i], False))
    # the rows with P_j - Y_j = +-1 (up to a tiny probability): right
    printed_rows = {
        (1, 0): ["-8.87", "-1.25", "-4.49", "-0.12"], (1, 2): ["8.87", "1.25", "4.49", "0.12"],
        (2, 0): ["3.22", "4.63", "3.55", "5.41"], (2, 1): ["-3.22", "-4.63", "-3.55", "-5.41"],
        (3, 0): ["1.38", "0.63", "2.90", "8.52"], (3, 3): ["-1.38", "-0.63", "-2.90", "-8.52"],
    }
    for (s, j), values in printed_rows.items():
        for i, printed in enumerate(values):
            rows.append((f"grad L{s + 1}[{j}][{i}]", printed, g1[s][j][i], True))
    # x_4's dog row uses P_dog truncated to 3.71e-22 (it is 3.7157e-22): three of four entries are
    # off in the last digit (5.13e-22, 1.08e-21, 3.17e-21); the cow row is right
    for i, (printed, ok) in enumerate(zip(["5.12e-22", "2.34e-22", "1.07e-21", "3.16e-21"],
                                          [False, True, False, False])):
        rows.append((f"grad L4[1][{i}]", printed, g1[3][1][i], ok))
    for i, printed in enumerate(["6.77e-49", "3.09e-49", "1.42e-48", "4.18e-48"]):
        rows.append((f"grad L4[2][{i}]", printed, g1[3][2][i], True))
    # question 2: the summed gradient, eta * gradient and W_new are right to the digits printed,
    # although the seed summed partly wrong rows: their errors are far below 0.01.
    grad_printed = [["-4.27", "4.01", "1.96", "13.81"], ["-3.22", "-4.63", "-3.55", "-5.41"],
                    ["8.87", "1.25", "4.49", "0.12"], ["-1.38", "-0.63", "-2.90", "-8.52"]]
    delta_printed = [["-0.854", "0.802", "0.392", "2.762"], ["-0.644", "-0.926", "-0.710", "-1.082"],
                     ["1.774", "0.250", "0.898", "0.024"], ["-0.276", "-0.126", "-0.580", "-1.704"]]
    w_new_printed = [["0.284", "0.438", "-3.762", "3.668"], ["-4.886", "-0.204", "-7.340", "4.292"],
                     ["2.456", "0.730", "-3.428", "-7.694"], ["-2.034", "-1.714", "7.510", "-6.956"]]
    for j in range(4):
        for i in range(4):
            rows.append((f"grad[{j}][{i}]", grad_printed[j][i], e["grad"][j][i], True))
            rows.append((f"eta grad[{j}][{i}]", delta_printed[j][i], e["delta_W"][j][i], True))
            rows.append((f"W_new[{j}][{i}]", w_new_printed[j][i], e["W_new"][j][i], True))
    return rows


def test_which_of_the_seeds_classifier_numbers_are_right(exact1):
    rows = seed_printed_classifier(exact1)
    wrong_verdicts = [(name, printed, f"{float(exact):.6g}", expected)
                      for name, printed, exact, expected in rows if rounds_to(printed, exact) != expected]
    assert not wrong_verdicts
    assert (sum(1 for *_, ok in rows if not ok), len(rows)) == (43, 139)


# ---------------------------------------------------------------------------------------------
# Question 3: the sparse 4-2-1 sigmoid network, L = (y - yhat)^2

w1, w2, w3, w4, w5, w6 = (D(v) for v in ("-1.7", "0.1", "-0.6", "-1.8", "-0.2", "0.5"))
x1, x2, x3, x4 = (D(v) for v in ("-0.3", "4.9", "1.1", "-2.7"))
y = D("0.7")
ETA3 = D("0.1")  # the example's choice; the seed gives no learning rate


def exact_sparse() -> dict:
    with localcontext(prec=PREC):
        def sigma(u):
            return 1 / (1 + (-u).exp())

        s1 = w1 * x1 + w2 * x2
        s2 = w3 * x3 + w4 * x4
        h1, h2 = sigma(s1), sigma(s2)
        s3 = w5 * h1 + w6 * h2
        yhat = sigma(s3)
        dL_dyhat = 2 * (yhat - y)            # d/dyhat (y - yhat)^2
        dyhat_ds3 = yhat * (1 - yhat)         # sigma' = sigma (1 - sigma)
        dh1_ds1, dh2_ds2 = h1 * (1 - h1), h2 * (1 - h2)
        grads = {
            "w1": dL_dyhat * dyhat_ds3 * w5 * dh1_ds1 * x1,
            "w2": dL_dyhat * dyhat_ds3 * w5 * dh1_ds1 * x2,
            "w3": dL_dyhat * dyhat_ds3 * w6 * dh2_ds2 * x3,
            "w4": dL_dyhat * dyhat_ds3 * w6 * dh2_ds2 * x4,
            "w5": dL_dyhat * dyhat_ds3 * h1,
            "w6": dL_dyhat * dyhat_ds3 * h2,
        }
        return {"s1": s1, "s2": s2, "h1": h1, "h2": h2, "s3": s3, "yhat": yhat,
                "loss": (y - yhat) ** 2, "delta3": dL_dyhat * dyhat_ds3,
                "delta1": dL_dyhat * dyhat_ds3 * w5 * dh1_ds1,
                "delta2": dL_dyhat * dyhat_ds3 * w6 * dh2_ds2, "grads": grads}


@pytest.fixture(scope="module")
def exact3():
    return exact_sparse()


@pytest.fixture(scope="module")
def step3():
    return engine_trace("seed004_sparse_sigmoid.toml")["steps"][0]


def test_s1_is_exactly_one(exact3):
    assert D("-1.7") * D("-0.3") == D("0.51") and D("0.1") * D("4.9") == D("0.49")
    assert exact3["s1"] == 1
    assert exact3["s2"] == D("4.2")


def test_engine_forward_pass(step3, exact3):
    hidden, out = step3["layers"]
    assert_close(hidden["z"][0][0], exact3["s1"], "s1")
    assert_close(hidden["z"][0][1], exact3["s2"], "s2")
    assert_close(hidden["a"][0][0], exact3["h1"], "h1")
    assert_close(hidden["a"][0][1], exact3["h2"], "h2")
    assert_close(out["z"][0][0], exact3["s3"], "s3")
    assert_close(out["a"][0][0], exact3["yhat"], "yhat")
    assert_close(step3["loss"], exact3["loss"], "loss")


def test_engine_deltas_gradients_and_update(step3, exact3):
    hidden, out = step3["layers"]
    assert_close(out["delta"][0][0], exact3["delta3"], "dL/ds3")
    assert_close(hidden["delta"][0][0], exact3["delta1"], "dL/ds1")
    assert_close(hidden["delta"][0][1], exact3["delta2"], "dL/ds2")
    g = exact3["grads"]
    positions = {"w1": (hidden, 0, 0), "w2": (hidden, 0, 1), "w3": (hidden, 1, 2), "w4": (hidden, 1, 3),
                 "w5": (out, 0, 0), "w6": (out, 0, 1)}
    start = {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6}
    for name, (layer, j, i) in positions.items():
        assert_close(layer["grad_weights"][j][i], g[name], f"dL/d{name}")
        assert_close(layer["weights"][j][i], start[name] - ETA3 * g[name], f"{name} after the update")
    # the masked (absent) connections: gradient 0 and weight still 0
    for j, i in [(0, 2), (0, 3), (1, 0), (1, 1)]:
        assert hidden["grad_weights"][j][i] == 0 and hidden["weights"][j][i] == 0
    assert hidden["biases"] is None and out["biases"] is None


def test_exact_values_of_question_3(exact3):
    """The numbers quoted in the example's comment, to the digits quoted there."""
    g = exact3["grads"]
    assert rounds_to("0.34640", exact3["s3"])
    assert rounds_to("0.58574", exact3["yhat"])
    assert rounds_to("-0.00065410", g["w1"])
    assert rounds_to("0.010684", g["w2"])
    assert rounds_to("-0.00044390", g["w3"])
    assert rounds_to("0.0010896", g["w4"])
    assert rounds_to("-0.040535", g["w5"])
    assert rounds_to("-0.054628", g["w6"])


def test_which_of_the_seeds_question_3_numbers_are_right(exact3):
    g = exact3["grads"]
    # The seed's dL/dw1 ~ -0.00065 IS right for L = (y - yhat)^2: it keeps the factor 2 of the
    # square. (For the half squared error it would be -0.00033.)
    assert rounds_to("-0.00065", g["w1"])
    assert not rounds_to("-0.00065", g["w1"] / 2)
    verdicts = {
        ("s1", "1"): True, ("s2", "4.2"): True, ("h1", "0.731"): True, ("h2", "0.985"): True,
        ("s3", "0.3463"): False,     # 0.3464: the seed multiplied the rounded h1, h2
        ("yhat", "0.586"): True,
    }
    for (name, printed), expected in verdicts.items():
        assert rounds_to(printed, exact3[name]) == expected, (name, printed, exact3[name])
    gradient_verdicts = {
        ("w1", "-0.00065"): True,
        ("w2", "0.01066"): False,    # 0.01068
        ("w3", "-0.00045"): False,   # -0.00044
        ("w4", "0.00110"): False,    # 0.00109
    }
    for (name, printed), expected in gradient_verdicts.items():
        assert rounds_to(printed, g[name]) == expected, (name, printed, g[name])
    # The seed's wrong digits are exactly what its rounded intermediate values give:
    with localcontext(prec=PREC):
        rounded = 2 * (D("0.586") - y) * D("0.586") * (1 - D("0.586"))
        assert rounds_to("0.01066", rounded * w5 * D("0.731") * (1 - D("0.731")) * x2)
        assert rounds_to("-0.00045", rounded * w6 * D("0.985") * (1 - D("0.985")) * x3)
        assert rounds_to("0.00110", rounded * w6 * D("0.985") * (1 - D("0.985")) * x4)
