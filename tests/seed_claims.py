"""Every formula of the seed documents that states a derivative or an update rule, listed by hand from
reading tests/seeds/seedNNN.md, for tests/test_grade_seeds.py.

FORMULAS[seed][line]: the verdicts of the claims that start at that line, in order ("c" correct,
"w" wrong, "u" unreadable). A display holding a rule and its derivative gives two claims.
REASONS[(seed, line)]: what the one-line message of an unreadable one must say (the construct); why
each cannot be read is said beside it. SLOW: claims that take longer than the 5 s a claim has on the
784-128-64-10 network (their verdict, when given more time, is the one listed).

Not listed, because they state no derivative or update: definitions of the forward pass and the
loss, numbers of the forward pass (seed 004), and seed 001's initial value (theta^[0] := random),
its definitions by := of f (ReLU) and of the input p^(0). Seed 001's U', V', v' and f'(x) are
derivatives written with a prime by a variable the formula does not name (the section's parameter);
in these seeds a prime also marks the prediction (l', \\ell'), so a prime alone does not make a claim.
"""

from __future__ import annotations

FORMULAS = {
    # seed 000: the regression (output rules k = 0..3, hidden rules i = 0..2, k = 1..3) and the
    # classifier (output rules a_{kn}^1, hidden rules a_{ik}^0), each as rule, derivative, update
    "000": {17: "c", 21: "c", 25: "c", 26: "c", 30: "c", 34: "c", 38: "c", 39: "c", 47: "u", 51: "u", 53: "c",
            61: "u", 65: "u", 67: "c", 75: "u", 79: "c", 87: "c", 89: "c", 93: "c", 97: "cc", 101: "c",
            105: "cc", 109: "c", 115: "cc", 119: "c", 124: "c", 125: "c", 131: "c", 136: "c", 137: "c",
            143: "c", 150: "c", 151: "c", 157: "c", 162: "c", 163: "c", 169: "c", 173: "cw", 177: "c", 183: "c",
            193: "cw", 197: "w", 201: "cw", 205: "w", 209: "cw", 218: "w", 225: "c", 226: "w", 233: "w",
            238: "c", 239: "w", 246: "w", 251: "c", 252: "w", 260: "w", 266: "cw", 270: "w", 274: "cw",
            278: "w", 282: "cw", 286: "w", 292: "cw", 296: "w", 300: "cw", 304: "w", 308: "cw", 312: "w",
            314: "c", 320: "cw", 324: "w", 328: "cw", 338: "w", 346: "c", 347: "w", 358: "w", 367: "c",
            370: "w", 381: "w", 389: "c", 390: "w", 400: "w", 410: "c", 411: "w", 422: "w", 432: "c",
            433: "w", 447: "w", 455: "c", 456: "w", 467: "w", 474: "c", 477: "w", 488: "w"},
    # seed 001: the MNIST derivation, b^(3), b^(2), b^(1), then w^(3), W^(2), w^(1)
    "001": {15: "c", 62: "c", 64: "c", 66: "u", 68: "w", 71: "u", 94: "w", 96: "w", 98: "c", 100: "w",
            106: "u", 110: "u", 120: "u", 126: "u", 128: "c", 130: "u", 138: "u", 142: "w", 144: "w",
            156: "w", 167: "w", 175: "u", 181: "c", 187: "u", 199: "u", 207: "u", 213: "w", 225: "c",
            229: "u", 231: "u"},
    # seed 002: the regression's two update rules and derivation, the classifier's rule and derivatives
    "002": {20: "u", 22: "c", 26: "u", 37: "u", 43: "u", 45: "u", 53: "u", 57: "c", 102: "w", 121: "u",
            127: "u", 131: "u", 137: "u", 168: "u", 170: "u"},
    # seed 003: the output layer's rule (1), its derivation, delta (2), the update; d sigma/dz; the
    # hidden layer's derivation and result
    "003": {5: "c", 7: "c", 10: "w", 12: "c", 14: "c", 29: "w", 31: "u", 55: "c"},
    # seed 004: dL/dz (correct class, incorrect class), dz/dW, the gradients by case and in matrix
    # form, the four samples' gradients, their sum, the step and the update; question 3's chains
    "004": {7: "c", 11: "c", 27: "c", 30: "c", 32: "c", 34: "c", 36: "c", 38: "c", 62: "u", 88: "w",
            114: "u", 140: "u", 146: "u", 148: "c", 150: "c", 156: "c", 158: "c", 203: "c", 205: "w",
            207: "c", 209: "c"},
}

REASONS = {
    # seed 000: the update rules of the output weights k = 1..3 write the old value as a_{k0}^0, a
    # weight into the constant unit O_0^1, which has none (the derivative beside it is a_{k0}^1's)
    ("000", 47): "a_{10}^{0}: 'a_{ik}^{0}' means 'W1[k-1, i-1]' (i = 1, k = 0): unit index -1 is out of range",
    ("000", 51): "a_{20}^{0}: 'a_{ik}^{0}' means 'W1[k-1, i-1]' (i = 2, k = 0): unit index -1 is out of range",
    ("000", 61): "a_{20}^{0}: 'a_{ik}^{0}' means 'W1[k-1, i-1]' (i = 2, k = 0): unit index -1 is out of range",
    ("000", 65): "a_{30}^{0}: 'a_{ik}^{0}' means 'W1[k-1, i-1]' (i = 3, k = 0): unit index -1 is out of range",
    ("000", 75): "a_{30}^{0}: 'a_{ik}^{0}' means 'W1[k-1, i-1]' (i = 3, k = 0): unit index -1 is out of range",
    # [\underline{C(theta)}] inside the derivative's brackets: an underlined cost applied to its argument, no
    # symbol of the notation (since session 11 read as one underlined name, before as a parenthesis left open)
    ("001", 66): "unknown symbol \\underline{C(\\underline{\\theta})}",
    # d/dx [e^x] with x a vector of the notation (the input)
    ("001", 71): "differentiates a vector by a vector (a Jacobian)",
    # the student's own shorthand \sum_{i,k}^{(l)} (the input of unit i of layer l, seed001.toml),
    # read with the indices as written: at 106, f'(x) at x = \sum_{i,k}^{(2)} is read, but the weights
    # w_{i,j}^{(2)} are written output-first, j over layer 1's 128 units where layer 2 has 64; at 110
    # and 130 \prod\{\sum_{i,k}^{(3)} > 0\} stands outside the sum over i (m is meant); at 126 it is
    # inside the sum over i of layer 2's 64 units, where layer 3 has 10. I_{j,i,k}: an indicator with
    # three indices
    ("001", 106): "w_{i,j}^{2} at i = 0, j = 64",
    ("001", 110): "the index i has no value (\\sum_{i,k}^{3} uses it outside a sum over i)",
    ("001", 126): "\\sum_{i,k}^{3} at i = 10, k = 0",
    ("001", 130): "the index i has no value (\\sum_{i,k}^{3} uses it outside a sum over i)",
    ("001", 138): "I_{j,i,k}^{2} matches none of the notation's patterns for I",
    # m_k: a scan's slip, a symbol the notation has no meaning for
    ("001", 175): "unknown symbol m_{k}",
    # I_{B,K}^{(2)} ... \prod_{\{i=\beta\}}: B for beta, a letter no side gives a value
    ("001", 187): "the index B has no value",
    # the quotient rule with the names the document defines (U, V at 195, V' at 197): V' sums
    # w_{B,z} I_{B,K} over the B of layer 1's units, a letter no side of the claim gives a value
    ("001", 199): "the index B has no value",
    # dC/dw^(1)_{alpha,B} with I^(2)_B: B runs over the 128 units of layer 1, and layer 2 has 64
    ("001", 207): "I_{B,k}^{2} at B = 64",
    # v' of the document's v (227): v sums w_{i,m}^(3) over 128 inputs where layer 3 has 64; and
    # line 120 uses v' (118), whose \prod\{\sum_{i,k}^{(3)} > 0\} stands outside the sum over i, as at 110
    ("001", 229): "w_{i,m}^{3} at i = 64",
    ("001", 120): "the index i has no value (\\sum_{i,k}^{3} uses it outside a sum over i)",
    ("001", 231): "I_{B,k}^{2} at B = 64",
    # seed 002: the first layer's rule differentiates by a_{ik}^{(1)}, a weight of the other layer,
    # which for k > 0 does not exist
    ("002", 20): "a_{ik}^{1} at i = 0, k = 1: 'a_{0n}^{1}' means 'b2[n]' (n = 1): index 1 is out of range",
    # the scan's \hat{S\Theta} and theta_{i,k}^{(0)} at i = k = 0: no weight runs into the bias unit
    ("002", 26): "unknown symbol \\hat{S\\Theta}",
    # \left( ... \right. with its closing row lost to the scan (the row starts with a bullet)
    ("002", 37): "expected ')' to close the arguments at the end",
    # \partial_{\psi_0}, \partial_{\epsilon_0}: the scan's reading of a weight's name
    ("002", 43): "\\partial with a subscript names neither a derivative nor a quantity",
    ("002", 53): "\\partial with a subscript names neither a derivative nor a quantity",
    ("002", 45): "\\theta_{0} matches none of the notation's patterns for \\theta",
    ("002", 121): "a_{kn} matches none of the notation's patterns for a",
    ("002", 127): "unknown symbol \\alpha_{ik}",
    ("002", 131): "unknown symbol \\alpha_{ik}",
    ("002", 137): "a_{k} matches none of the notation's patterns for a",
    ("002", 168): "the command \\infty is not part of a formula check can read",
    ("002", 170): "the command \\infty is not part of a formula check can read",
    # seed 003: dRSS/dw_ji . dRSS/da_j . ... (a product where "=" is meant) = ... = -sum_k (...) . \dots:
    # the chain's members leave k free and end in an ellipsis
    ("003", 31): "the index k has no value",
    # seed 004: sample 1's and 3's products are matrices with a row of five entries, sample 4's
    # multiplies a column by a 4 x 4 (the scan's layout); the sum of the four samples' gradients
    ("004", 62): "a matrix whose rows have different lengths",
    ("004", 114): "a matrix whose rows have different lengths",
    ("004", 140): "multiplies a 4 x 1 by a 4 x 4, whose sizes do not fit",
    ("004", 146): "L_{2} after L_1: the losses of different samples in one formula",
}

#: seed 001's claims that may take longer than the 5 s of CPU time a claim has on its 784-128-64-10
#: network: CPU seconds on the machine of 2026-12-03 at load 5 to 8 (benchmarks/RESULTS.md, issue 17,
#: third part) about 9 for 213 and 5 for 62, 0.6 to 2.8 for 15, 96, 100, 128, 156, 181 and 225; the CPU
#: time a claim takes grows by half or more on a loaded machine (shared caches), and a slower one may
#: take twice as long (test_seed_001s_longest_claims_are_judged_to_the_oracles_verdicts judges 62 and
#: 213 with the most time grade gives)
SLOW = {("001", line) for line in (15, 62, 96, 100, 128, 156, 181, 213, 225)}
