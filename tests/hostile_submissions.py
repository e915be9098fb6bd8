"""Hostile submissions for grade (qa45's fuzzing of issue 17's item 5): the constructs the reader gained in sessions
34-35 (names glued to their digits, a loss written with its arguments, a def of conditional returns, long rows, code's
callbacks, nested brackets, runs of TeX spaces and dashes, Unicode look-alikes), each written right and then made
hostile by a fixed random generator: repeated along a row, a long run of one character inserted, wrapped in nested
brackets, letters swapped for look-alikes, random characters inserted. The same seed gives the same submissions."""

from __future__ import annotations

import random

from construct_networks import SIGMOID_2_3_2_NUMBERED

NOTATION = r'''
[notation]
indices = "ijl"
loss = ["J", "cost", "loss", "E", "\\mathcal{L}"]
[notation.symbols]
"A1" = "a1[:]"
"A2" = "a2[:]"
"Z1" = "z1[:]"
"Z2" = "z2[:]"
"Y" = "y[:]"
"dW2" = "grad(W2[:, :])"
"dZ2" = "grad(z2[:])"
"h_{i}" = "a1[i-1]"
"a^{(l)}" = "a{l}[:]"
"W^{(l)}" = "W{l}[:, :]"
'''
PROBLEM = SIGMOID_2_3_2_NUMBERED + NOTATION

#: the constructs, each as a submission writes it (a display of LaTeX, or plain text and code lines)
SEEDS = [
    "$$dW2 = np.dot(dZ2, A1.T)$$",
    "$$W2[0, 1] = W2[0, 1] - 0.5 * dW2[0, 1]$$",
    "$$dW2 += np.dot(dZ2, A1.T)$$",
    r"$$\mathcal{L}(y, a_1) = \frac{1}{2}(A2 - Y)^2$$",
    "$$cost(A2, Y) = 0.5*(A2 - Y)**2$$",
    r"$$\frac{\partial E(y, \hat{y})}{\partial W^{(2)}} = dZ2 A1^T$$",
    "$$L(y, z2) = 0.5*(A2 - Y)**2$$",
    "def relu_prime(z):\n    if z > 0:\n        return 1\n    elif z == 0:\n        return 0.5\n    else:\n"
    "        return 0\n",
    "$$a = b, c = d, e = f$$",
    "$$dW2 = W2.map((w, i) => w - 0.5 * dW2[i])$$",
    "$$dW2 = ((((dZ2)))) ((A1))^T$$",
    r"$$dW2 = dZ2 \; \; A1^T \quad (4-2)$$",
    r"$$E = (Y - A2)^2 = Y^2 - 2.T.A2 + A2^2$$",
    r"$$\frac{\partial L}{\partial h} = (W2)^T dZ2$$",
    "$$dW2 — dZ2 A1^T$$",
    r"$$\delta^{(2)} = (a^{(2)} - y) \odot a^{(2)} \odot (1 - a^{(2)})$$",
    "$$Ｗ2 = W2 - 0.5 * dW2$$",
]
#: what is repeated, inserted or nested
RUNS = [" ", "\\;", "-", "—", "(", ")", "{", "}", "[", "\\left(", "_", "^", "'", ".", ",", "=", "а", "\u200b", "\\",
        "$", "\n", "$$", "\\frac{", "a^{", "W2[", "1", "#", "*"]
LOOK_ALIKES = {"A": "А", "a": "а", "W": "Ԝ", "e": "е", "o": "о", "y": "у", "x": "х", "-": "‐", "=": "＝", "(": "（",
               "2": "２"}
SIZES = [50, 1_000, 8_000]


def hostile(rng: random.Random, seed: str) -> str:
    """``seed`` made hostile one way, chosen by ``rng``."""
    way = rng.randrange(6)
    size = rng.choice(SIZES)
    if way == 0:  # a long row of the claim
        body = seed.strip("$")
        return "$$" + ", ".join([body] * max(2, size // 40)) + "$$"
    if way == 1:  # a run of one character inserted
        at = rng.randrange(len(seed) + 1)
        return seed[:at] + rng.choice(RUNS) * size + seed[at:]
    if way == 2:  # nested
        opening, closing = rng.choice([("(", ")"), ("{", "}"), ("[", "]"), ("\\left(", "\\right)"),
                                       ("\\frac{1}{", "}"), ("\\sqrt{", "}"), ("a^{", "}")])
        depth = size // 10
        body = seed.strip("$")
        return "$$" + body.replace("=", "= " + opening * depth, 1) + closing * depth + "$$"
    if way == 3:  # look-alikes
        return "".join(LOOK_ALIKES.get(char, char) if rng.random() < 0.5 else char for char in seed)
    if way == 4:  # random characters
        characters = list(seed)
        for _ in range(size // 10):
            characters.insert(rng.randrange(len(characters) + 1), rng.choice(RUNS + ["\x00", "\ufeff", "€", "😀"]))
        return "".join(characters)
    return "\n\n".join(seed for _ in range(size // 20))  # the claim many times over


def submissions(count: int, seed: int = 20261207) -> list[tuple[str, str]]:
    """``count`` (name, text) hostile submissions, each of a few constructs made hostile."""
    rng = random.Random(seed)
    made = []
    for number in range(count):
        parts = [hostile(rng, rng.choice(SEEDS)) for _ in range(rng.randrange(1, 4))]
        made.append((f"student{number:03d}", "# Question 1\n\n" + "\n\n".join(parts) + "\n"))
    return made
