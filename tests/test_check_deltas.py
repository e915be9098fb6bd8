"""check reads delta2[j] (dL/dz2[j], a symbol of docs/symbols.md) as what it stands for: it used to
end in a traceback when the formula was compiled with the delta left in."""

from __future__ import annotations

from backprop.problem import parse_problem
from backprop.symbolic.check import check_formula

NETWORK = parse_problem('[[layer]]\ninputs = 2\nunits = 2\nactivation = "relu"\n[[layer]]\nunits = 1\n'
                        'activation = "sigmoid"\n[loss]\nname = "squared_error"\n')


def test_a_formula_in_deltas_is_judged_like_the_one_written_out():
    assert check_formula(NETWORK, "W1[0,1]", "delta1[0]*x[1]").verdict == "correct"
    assert check_formula(NETWORK, "W1[0,1]", "delta2[0]*W2[0,0]*Heaviside(z1[0])*x[1]").verdict == "correct"
    assert check_formula(NETWORK, "b2[0]", "delta2[0]").verdict == "correct"
    wrong = check_formula(NETWORK, "W1[0,1]", "delta2[0]*W2[0,0]*x[1]")  # the relu's step left out
    assert wrong.verdict == "wrong"
