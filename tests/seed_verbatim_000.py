"""Seed 000's repeated derivations (tests/seeds/seed000.md), one entry per display, for seed_verbatim.

Seed 000 works the same rule out once per weight: the output weights a_{k0}^1 and the hidden weights
a_{ik}^0 of the regression network, the output weights a_{kn}^1 of the classifier. Each display is
copied from the seed by its line numbers (the text is the seed's own), and its twins are written here
by hand, once per family, with the weight's indices filled in: the transcription conventions are those
of seed_formulas (a_{ik}^0 -> W1[k-1,i-1], a_{0k}^0 -> b1[k-1], a_{k0}^1 -> W2[0,k-1], a_{00}^1 ->
b2[0]; in the classifier a_{kn}^1 -> W2[n,k-1], a_{0n}^1 -> b2[n]; O_0^l = 1; alpha -> eta).

Where a display of a family differs from the family's form (a typo, a missing factor), its twin says
so, and the oracle judges the display as written.
"""

from __future__ import annotations

from pathlib import Path

SEED = Path(__file__).resolve().parent / "seeds" / "seed000.md"
_LINES = SEED.read_text(encoding="utf-8").split("\n")


def display(first: int, last: int | None = None) -> str:
    """The seed's lines first..last (1-based) as written: one display, or displays of one chain."""
    return "\n".join(_LINES[first - 1:(last or first)])


def _unit(k: int) -> str:
    """O_k^1, the hidden unit k (O_0^1 the constant 1)."""
    return "1" if k == 0 else f"a1[{k - 1}]"


def _input(i: int) -> str:
    """O_i^0, the input i (O_0^0 the constant 1)."""
    return "1" if i == 0 else f"x[{i - 1}]"


def _sigmoid_slope(k: int) -> str:
    return f"sigmoid(z1[{k - 1}])*(1 - sigmoid(z1[{k - 1}]))"


# -- regression: output weights a_{k0}^1 ------------------------------------------------------------------

def output_weight(k: int) -> str:
    return "b2[0]" if k == 0 else f"W2[0,{k - 1}]"


def output_gradient(k: int) -> str:
    return f"2*(a2[0] - y[0])*{_unit(k)}"


#: (line, k) of "a_{k0}^1 = a_{k0}^1 - \alpha dSEE/da_{k0}^1"
OUTPUT_RULES = [(25, 0), (38, 1)]
#: (line, k) of "dSEE/da_{k0}^1 = dSEE/dO_0^2 . dO_0^2/da_{k0}^1 = -2(y - O_0^2) . O_k^1"
OUTPUT_CHAINS = [(53, 2), (67, 3)]

# -- regression: hidden weights a_{ik}^0 --------------------------------------------------------------------


def hidden_weight(i: int, k: int) -> str:
    return f"b1[{k - 1}]" if i == 0 else f"W1[{k - 1},{i - 1}]"


def hidden_gradient(i: int, k: int) -> str:
    return f"2*(a2[0] - y[0])*W2[0,{k - 1}]*a1[{k - 1}]*(1 - a1[{k - 1}])*{_input(i)}"


def hidden_chain_end(i: int, k: int, factor: str = "-2") -> str:
    """-2(y - O_0^2) . a_{k0}^1 . sigma . (1 - sigma) [. O_i^0], as written (no O_0^0 when i = 0)."""
    return f"{factor}*(y[0] - a2[0])*W2[0,{k - 1}]*{_sigmoid_slope(k)}*{_input(i)}"


#: (first line, last line, i, k) of the rule and its chain in one aligned display
HIDDEN_BLOCKS = [(97, 97, 0, 2), (105, 105, 0, 3), (123, 127, 1, 2), (135, 139, 1, 3), (149, 153, 2, 1),
                 (161, 165, 2, 2)]
#: (line, i, k) of "a_{ik}^0 = a_{ik}^0 + \alpha . 2(y - O_0^2) . a_{k0}^1 . sigma (1 - sigma) [. O_i^0]"
HIDDEN_UPDATES = [(93, 0, 1), (101, 0, 2), (109, 0, 3), (131, 1, 2), (143, 1, 3), (157, 2, 1), (169, 2, 2),
                  (177, 2, 3)]
#: (line, i, k) of the rule alone
HIDDEN_RULES = [(87, 0, 1)]

# -- classification: output weights a_{kn}^1 ----------------------------------------------------------------


def class_weight(k: int, n: int) -> str:
    return f"b2[{n}]" if k == 0 else f"W2[{n},{k - 1}]"


def class_gradient(k: int, n: int) -> str:
    return f"(a2[{n}] - t[{n}])*{_unit(k)}"


def class_chain(k: int, n: int) -> tuple:
    """The members of "dCE/da_{kn}^1 = dCE/dO_0^2 . dO_0^2/dx_n^2 . dx_n^2/da_{kn}^1 = -l_n/O_n^2 .
    softmax(x_n^2)(1 - softmax(x_n^2)) [. O_k^1] = -l_n/O_n^2 . O_n^2 (1 - O_n^2) [. O_k^1]": the seed
    differentiates by O_0^2 whatever n is (dO_0^2/dx_n^2 = -O_0^2 O_n^2 for n != 0), and keeps only
    the diagonal of the softmax's Jacobian after it."""
    slope = "a2[0]*(1 - a2[0])" if n == 0 else f"(-a2[0]*a2[{n}])"
    diagonal = f"-t[{n}]/a2[{n}]*a2[{n}]*(1 - a2[{n}])*{_unit(k)}"
    return (f"(-t[0]/a2[0])*{slope}*{_unit(k)}", diagonal, diagonal)


#: (first line, last line, k, n) of the rule and its chain (the chain's last rows may follow in a
#: display of their own, as at lines 211 and 256)
CLASS_BLOCKS = [(201, 201, 0, 1), (209, 214, 0, 2), (224, 229, 1, 0), (237, 242, 1, 1), (250, 256, 1, 2),
                (266, 266, 2, 0), (274, 274, 2, 1), (282, 282, 2, 2), (292, 292, 3, 0), (300, 300, 3, 1),
                (308, 308, 3, 2)]
#: (line, k, n) of "a_{kn}^1 = a_{kn}^1 - \alpha . (-l_n/O_n^2 . O_n^2 (1 - O_n^2) [. O_k^1])"
CLASS_UPDATES = [(197, 0, 0), (205, 0, 1), (218, 0, 2), (246, 1, 1), (260, 1, 2), (270, 2, 0), (278, 2, 1),
                 (286, 2, 2), (296, 3, 0), (304, 3, 1), (312, 3, 2)]


# -- classification: hidden weights a_{ik}^0 ------------------------------------------------------------------


def class_hidden_gradient(i: int, k: int) -> str:
    return "(" + " + ".join(f"(a2[{n}] - t[{n}])*W2[{n},{k - 1}]" for n in range(3)) + \
        f")*a1[{k - 1}]*(1 - a1[{k - 1}])*{_input(i)}"


def _diagonal_term(i: int, k: int, n: int) -> str:
    """l_n/O_n^2 . O_n^2 (1 - O_n^2) a_{kn}^1 sigma(x_k^1)(1 - sigma(x_k^1)) [. O_i^0]"""
    return f"t[{n}]/a2[{n}]*a2[{n}]*(1 - a2[{n}])*W2[{n},{k - 1}]*{_sigmoid_slope(k)}*{_input(i)}"


def class_hidden_chain(i: int, k: int, terms: int, through_output: bool) -> tuple:
    """The members of "dCE/da_{ik}^0 = sum_n dCE/dO_n^2 . dO_n^2/dx_n^2 . dx_n^2/dO_k^1 . dO_k^1/dx_k^1 .
    dx_k^1/da_{ik}^0 = -sum_n l_n/O_n^2 . O_n^2 (1 - O_n^2) a_{kn}^1 sigma (1 - sigma) O_i^0", the
    second member with its first ``terms`` terms (the others in a display the seed starts afresh).
    through_output: the seed writes dO_n^2/dO_k^1 for dx_n^2/dO_k^1 in the terms n = 1, 2."""
    factors = []
    for n in range(3):
        into = f"W2[{n},{k - 1}]"
        if through_output and n > 0:  # dO_n^2/dO_k^1 = O_n^2 (a_{kn}^1 - sum_m O_m^2 a_{km}^1)
            into = f"a2[{n}]*(W2[{n},{k - 1}] - (" + " + ".join(f"a2[{m}]*W2[{m},{k - 1}]" for m in range(3)) + "))"
        factors.append(f"(-t[{n}]/a2[{n}])*a2[{n}]*(1 - a2[{n}])*{into}*{_sigmoid_slope(k)}*{_input(i)}")
    return (" + ".join(factors), "-(" + " + ".join(_diagonal_term(i, k, n) for n in range(terms)) + ")")


#: (line, i, k, terms) of "a_{ik}^0 = a_{ik}^0 + \alpha (sum_n l_n/O_n^2 . O_n^2 (1 - O_n^2) a_{kn}^1
#: sigma (1 - sigma) [. O_i^0])": its terms (line 400's last two are in a display of their own)
CLASS_HIDDEN_UPDATES = [(324, 324, 0, 1, 3), (337, 341, 0, 2, 3), (357, 361, 0, 3, 3), (380, 384, 1, 1, 3),
                        (400, 400, 1, 2, 1), (421, 425, 1, 3, 3), (446, 450, 2, 1, 3), (466, 470, 2, 2, 3),
                        (487, 491, 2, 3, 3)]
#: (first, last, i, k, terms, through_output) of a display with the rule and its derivative
CLASS_HIDDEN_BLOCKS = [(320, 320, 0, 1, 3, True), (328, 328, 0, 2, 1, True), (345, 353, 0, 3, 3, False),
                       (388, 396, 1, 2, 3, False), (409, 417, 1, 3, 3, False), (431, 437, 2, 1, 1, False),
                       (454, 462, 2, 2, 3, False)]
#: (first, last, i, k) of a derivative alone, and (line, i, k) of a rule alone
CLASS_HIDDEN_CHAINS = [(369, 376, 1, 1), (476, 483, 2, 3)]
CLASS_HIDDEN_RULES = [(367, 1, 1), (474, 2, 3)]


def _class_hidden(add, Twin, C, W, cls) -> None:
    rule = "{p} - eta*{g}"
    every = tuple({"p": hidden_weight(i, k), "g": class_hidden_gradient(i, k)} for i in range(3) for k in range(1, 4))
    add("class-hidden-rule", 314, 314, cls, ((C,),), (Twin("update", "{p}", (rule,), every),))
    for line, i, k in CLASS_HIDDEN_RULES:
        p = hidden_weight(i, k)
        add("class-hidden-rule", line, line, cls, ((C,),),
            (Twin("update", p, (rule.format(p=p, g=class_hidden_gradient(i, k)),)),))
    for first, last, i, k, terms, through_output in CLASS_HIDDEN_BLOCKS:
        p = hidden_weight(i, k)
        add("class-hidden-rule-and-chain", first, last, cls, ((C,), (W, W)),
            (Twin("update", p, (rule.format(p=p, g=class_hidden_gradient(i, k)),)),
             Twin("gradient", p, class_hidden_chain(i, k, terms, through_output))))
    for first, last, i, k in CLASS_HIDDEN_CHAINS:
        add("class-hidden-chain", first, last, cls, ((W, W),),
            (Twin("gradient", hidden_weight(i, k), class_hidden_chain(i, k, 3, False)),))
    for first, last, i, k, terms in CLASS_HIDDEN_UPDATES:
        p = hidden_weight(i, k)
        step = " + ".join(_diagonal_term(i, k, n) for n in range(terms))
        add("class-hidden-update", first, last, cls, ((W,),), (Twin("update", p, (f"{p} + eta*({step})",)),))


def entries(Verbatim, Twin) -> list:
    """The families' entries (Verbatim and Twin are seed_verbatim's classes)."""
    C, W = "correct", "wrong"
    reg, cls = "seed000_regression", "seed000_classification"
    found = []

    def add(key, first, last, network, expected, twins):
        found.append(Verbatim(f"000-{key}-{first}", "000", first, network, "seed000", display(first, last),
                              expected, twins))

    for line, k in OUTPUT_RULES:
        p = output_weight(k)
        add("output-rule", line, line, reg, ((C,),), (Twin("update", p, (f"{p} - eta*{output_gradient(k)}",)),))
    for line, k in OUTPUT_CHAINS:
        add("output-chain", line, line, reg, ((C, C),),
            (Twin("gradient", output_weight(k), (output_gradient(k), f"-2*(y[0] - a2[0])*{_unit(k)}")),))
    for line, i, k in HIDDEN_RULES:
        p = hidden_weight(i, k)
        add("hidden-rule", line, line, reg, ((C,),), (Twin("update", p, (f"{p} - eta*{hidden_gradient(i, k)}",)),))
    for first, last, i, k in HIDDEN_BLOCKS:
        p = hidden_weight(i, k)
        add("hidden-rule-and-chain", first, last, reg, ((C,), (C, C)),
            (Twin("update", p, (f"{p} - eta*{hidden_gradient(i, k)}",)),
             Twin("gradient", p, (hidden_gradient(i, k), hidden_chain_end(i, k)))))
    for line, i, k in HIDDEN_UPDATES:
        p = hidden_weight(i, k)
        step = hidden_chain_end(i, k).replace("-2*(y[0] - a2[0])", "2*(y[0] - a2[0])")
        add("hidden-update", line, line, reg, ((C,),), (Twin("update", p, (f"{p} + eta*{step}",)),))
    for first, last, k, n in CLASS_BLOCKS:
        p = class_weight(k, n)
        add("class-rule-and-chain", first, last, cls, ((C,), (W, W, W)),
            (Twin("update", p, (f"{p} - eta*{class_gradient(k, n)}",)), Twin("gradient", p, class_chain(k, n))))
    for line, k, n in CLASS_UPDATES:
        p = class_weight(k, n)
        step = f"(-t[{n}]/a2[{n}]*a2[{n}]*(1 - a2[{n}])*{_unit(k)})"
        add("class-update", line, line, cls, ((W,),), (Twin("update", p, (f"{p} - eta*{step}",)),))
    _class_hidden(add, Twin, C, W, cls)
    return found
