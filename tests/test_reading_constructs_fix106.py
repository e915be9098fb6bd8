"""Batch 106's pages (Ng's week-3 notes copied into Markdown, a Hexo post, NTU's notes, a Turkish script) showed
general constructs refused, written here as other authors would (other names, other networks than the pages'):

- the bold (or upright) d before a gradient's name, ``\\mathbf{d}Z^{[2]}``, ``\\boldsymbol{d}W``, ``\\mathrm{d}b``, read
  as the notation's ``dZ^{[2]}`` where the notation names it, and a pattern written so (``"\\mathbf{d}W^{[l]}"``)
  loaded as that name; where the notation names no dZ, a font on the letter d, as before (refused);
- a prime on a function's name in braces or parentheses, ``{g^{[1]}}^\\prime(Z^{[1]})``, ``(g^{[1]})'(Z^{[1]})``, the
  derivative of the layer's activation at its argument (also after a factor, ``dZ^{[2]} (g^{[1]})'(Z^{[1]})``);
  a prime on a group of anything else stays refused;
- TeX's group around a function's argument, ``g^{[1]}{(Z^{[1]})}``, the function at it;
- an aligned block's row that is an ellipsis alone (``\\cdots``, ``\\vdots``) or a step in words (``Compute\\,\\,
  predictions(...)``) between whole equations, skipped; before a chain's member it stays (refused);
- a code comment after the line's equation holding a formula of its own, ``dz2 = a2 - y  # sigmoid, f(n) = ...``: a
  remark, its commas and formulas the comment's, the line's claim judged alone.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from construct_checks import CaseChecks
from construct_networks import TANH_2_2_SIGMOID_1_BCE
from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.syntax import parse_row
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-2-2-sigmoid-1-bce": TANH_2_2_SIGMOID_1_BCE}
CHECKS = CaseChecks(NETWORKS)
_NET = "tanh-2-2-sigmoid-1-bce"

# Ng's names: layers in brackets, dW, db, dZ the loss's gradients, g^{[l]} the layers' activations, m = 1 example
NG = r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dW^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"dZ^{[l]}" = "grad(z{l}[:])"
"X" = "x[:]"
"Y" = "y[:]"
"m" = "1"
'''
# the same names, the gradients' patterns written as the notes print them, the d bold or upright
NG_BOLD_PATTERNS = NG.replace('"dW^{[l]}"', '"\\\\mathbf{d}W^{[l]}"').replace(
    '"db^{[l]}"', '"\\\\mathrm{d}b^{[l]}"').replace('"dZ^{[l]}"', '"\\\\boldsymbol{d}Z^{[l]}"')
# no gradient's name: a bold d is a letter d the notation does not name
NO_GRADIENTS = "\n".join(line for line in NG.splitlines() if not line.startswith('"d'))
# code's names for the script's output unit: dz2 its gradient
CODE = r'''
[notation]
[notation.symbols]
"a2" = "a2[0]"
"y" = "y[0]"
"dz2" = "grad(z2[0])"
'''

_J2 = ({"j": 0}, {"j": 1})
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_DZ2 = "a2[0] - y[0]"
_DZ1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)"
_HIDDEN = "tanh(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])"
_OUTPUT = "sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins, notation in (
            # the bold d of Ng's printed notes before the gradient's name the notation gives
            ("bold-d-dz2", r"$$\mathbf{d}Z^{[2]} = A^{[2]} - Y$$", ((C,),), (Twin("gradient_z", "z2[0]", (_DZ2,)),), NG),
            ("bold-d-dz2-wrong", r"$$\mathbf{d}Z^{[2]} = Y - A^{[2]}$$", ((W,),),
             (Twin("gradient_z", "z2[0]", ("y[0] - a2[0]",)),), NG),
            ("boldsymbol-d-dw1", r"$\boldsymbol{d}W^{[1]} = \frac{1}{m}\boldsymbol{d}Z^{[1]} X^T$", ((C,),),
             (Twin("gradient", "W1[{j},{i}]", (_DZ1 + "*x[{i}]",), _J2I2),), NG),
            ("upright-d-db1", r"$\mathrm{d}b^{[1]} = \mathrm{d}Z^{[1]}$", ((C,),),
             (Twin("gradient", "b1[{j}]", (_DZ1,), _J2),), NG),
            ("bold-d-update", r"$W^{[2]} := W^{[2]} - \alpha\mathbf{d}W^{[2]}$", ((C,),),
             (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), _J2),), NG),
            ("bold-d-both-bold-wrong", r"$\mathbf{d}\mathbf{W}^{[2]} = \mathbf{d}Z^{[2]} X^T$", ((W,),),
             (Twin("gradient", "W2[0,{j}]", (_DZ2 + "*x[{j}]",), _J2),), NG),
            # the notation's patterns written with the bold (upright) d: the same names, however a formula writes them
            ("bold-patterns-plain-formula", r"$dW^{[1]} = dZ^{[1]} X^T$", ((C,),),
             (Twin("gradient", "W1[{j},{i}]", (_DZ1 + "*x[{i}]",), _J2I2),), NG_BOLD_PATTERNS),
            ("bold-patterns-bold-formula", r"$\mathbf{d}b^{[2]} = \mathbf{d}Z^{[2]}$", ((C,),),
             (Twin("gradient", "b2[0]", (_DZ2,)),), NG_BOLD_PATTERNS),
            ("bold-patterns-wrong", r"$\mathrm{d}b^{[2]} = 2\,\mathrm{d}Z^{[2]}$", ((W,),),
             (Twin("gradient", "b2[0]", ("2*(" + _DZ2 + ")",)),), NG_BOLD_PATTERNS),
            # a prime on the function's name in braces (TeX's group) or in parentheses
            ("braced-prime", r"$$dZ^{[1]} = {W^{[2]}}^T dZ^{[2]} * {g^{[1]}}^\prime(Z^{[1]})$$", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J2),), NG),
            ("braced-quote-prime", r"$$dZ^{[1]} = (W^{[2]})^T dZ^{[2]} \odot {g^{[1]}}'(Z^{[1]})$$", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J2),), NG),
            ("parenthesised-prime-juxtaposed", r"$dZ^{[1]} = (W^{[2]})^T dZ^{[2]} (g^{[1]})'(Z^{[1]})$", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J2),), NG),
            ("parenthesised-prime-glued", r"$dZ^{[1]} = (W^{[2]})^T dZ^{[2]}(g^{[1]})'(Z^{[1]})$", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J2),), NG),
            ("prime-inside-layer", r"$dZ^{[1]} = (W^{[2]})^T dZ^{[2]} \odot g^{[1]\prime}(Z^{[1]})$", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J2),), NG),
            ("prime-before-layer", r"$dZ^{[1]} = (W^{[2]})^T dZ^{[2]} \odot g'^{[1]}(Z^{[1]})$", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J2),), NG),
            ("parenthesised-prime-other-layer-wrong", r"$dZ^{[1]} = (W^{[2]})^T dZ^{[2]} \odot (g^{[2]})'(Z^{[1]})$",
             ((W,),), (Twin("gradient_z", "z1[{j}]",
                            ("W2[0,{j}]*(a2[0] - y[0])*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J2),), NG),
            ("braced-prime-at-output-wrong", r"$dZ^{[1]} = (W^{[2]})^T dZ^{[2]} \odot {g^{[1]}}'(A^{[1]})$", ((W,),),
             (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(a1[{j}])**2)",), _J2),), NG),
            # TeX's group around the function's argument
            ("braced-argument", r"$A^{[1]} = g^{[1]}{(Z^{[1]})}$", ((C,),),
             (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2),), NG),
            ("braced-argument-bold", r"$$\mathbf{A}^{[2]} = \mathbf{g}^{[2]}{(\mathbf{W}^{[2]}\mathbf{A}^{[1]} + "
             r"\mathbf{b}^{[2]})}$$", ((C,),), (Twin("value", "a2[0]", (_OUTPUT,)),), NG),
            ("braced-argument-wrong", r"$A^{[2]} = g^{[1]}{(Z^{[2]})}$", ((W,),),
             (Twin("value", "a2[0]", ("tanh(z2[0])",)),), NG),
            # a name the notation gives no function keeps the group a factor, as before
            ("braced-factor", r"$Z^{[1]} = W^{[1]}{(X)} + b^{[1]}$", ((C,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), NG),
            # an aligned block's elided row and a step in words, skipped between whole equations
            ("elided-row", "$$\n\\begin{aligned}\n& A^{[1]} = g^{[1]}(W^{[1]}X + b^{[1]}) \\\\\n& \\cdots \\\\\n"
             "& A^{[2]} = g^{[2]}(W^{[2]}A^{[1]} + b^{[2]})\n\\end{aligned}\n$$", ((C,), (C,)),
             (Twin("value", "a1[{j}]", (_HIDDEN,), _J2), Twin("value", "a2[0]", (_OUTPUT,))), NG),
            ("vdots-row-wrong", "$$\n\\begin{aligned}\nA^{[1]} &= g^{[1]}(W^{[1]}X + b^{[1]}) \\\\\n\\vdots \\\\\n"
             "A^{[2]} &= g^{[2]}(W^{[2]}X + b^{[2]})\n\\end{aligned}\n$$", ((C,), (W,)),
             (Twin("value", "a1[{j}]", (_HIDDEN,), _J2),
              Twin("value", "a2[0]", ("sigmoid(W2[0,0]*x[0] + W2[0,1]*x[1] + b2[0])",))), NG),
            ("words-row", "$$\n\\begin{array}{l}\n\\text{Repeat \\{} \\\\\n\\,\\,\\,\\,Update\\,\\, "
             "parameters(W^{[2]}, b^{[2]}) \\\\\n\\,\\,\\,\\,W^{[2]} = W^{[2]} - \\alpha dW^{[2]} \\\\\n"
             "\\,\\,\\,\\,b^{[2]} = b^{[2]} - \\alpha db^{[2]} \\\\\n\\text{\\}}\n\\end{array}\n$$", ((C,), (C,)),
             (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), _J2), Twin("update", "b2[0]",
                                                                                  ("b2[0] - eta*grad",))), NG),
            ("words-row-wrong", "$$\n\\begin{array}{l}\nCompute\\,\\, gradients(dW^{[2]}) \\\\\n"
             "W^{[2]} = W^{[2]} + \\alpha dW^{[2]}\n\\end{array}\n$$", ((W,),),
             (Twin("update", "W2[0,{j}]", ("W2[0,{j}] + eta*grad",), _J2),), NG),
            # a comment holding a formula of its own after the code line's equation: a remark
            ("comment-formula", "dz2 = a2 - y  # dz2, sigmoid: f(n) = 1/(1 + exp(-n))", ((C,),),
             (Twin("gradient_z", "z2[0]", (_DZ2,)),), CODE),
            ("comment-formula-wrong", "dz2 = y - a2  # dz2, loss: L(a) = -log(a)", ((W,),),
             (Twin("gradient_z", "z2[0]", ("y[0] - a2[0]",)),), CODE),
            # a comment that is the line's claim, after code without one, stays that claim
            ("comment-claim-after-print", "print(dz2)  # dz2 = a2 - y", ((C,),),
             (Twin("gradient_z", "z2[0]", (_DZ2,)),), CODE)):
        cases.append(Public(key, "test", _NET, notation, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_bold_d_the_notation_names_no_gradient_for_stays_a_letter():
    """``\\mathbf{d}Z^{[2]}`` where the notation names no dZ: the letter d, which it does not name either (as before)."""
    message = CHECKS.refused(_NET, NO_GRADIENTS, r"$$\mathbf{d}Z^{[2]} = A^{[2]} - Y$$")
    assert "unknown symbol d" in message


def test_a_pattern_with_a_bold_d_loads_as_the_name():
    """``"\\mathbf{d}W^{[l]}"``: the pattern of dW, as the notes print it (one definition of the typography, read by
    patterns and formulas alike)."""
    notation = notation_from_table(tomllib.loads(NG_BOLD_PATTERNS)["notation"], "<test>")
    assert {"dW", "db", "dZ"} <= notation.names()


def test_a_prime_on_a_parenthesised_quantity_stays_refused():
    """``(A^{[1]})'(Z^{[1]})``: A is no function of the notation, so its prime is no derivative check can take."""
    message = CHECKS.refused(_NET, NG, r"$dZ^{[1]} = (W^{[2]})^T dZ^{[2]} \odot (A^{[1]})'(Z^{[1]})$")
    assert "(A)(...)': a prime after a parenthesis" in message and "no function of the notation" in message


def test_a_prime_on_a_braced_quantity_stays_refused():
    """``{A^{[1]}}'(Z^{[1]})`` and a group of more than a name, ``{g^{[1]} + 1}'``: no function's name primed."""
    for group in (r"{A^{[1]}}'(Z^{[1]})", r"{g^{[1]} + 1}'(Z^{[1]})"):
        message = CHECKS.refused(_NET, NG, rf"$dZ^{{[1]}} = (W^{{[2]}})^T dZ^{{[2]}} \odot {group}$")
        assert "unexpected at \"'\"" in message


def test_an_elided_row_before_a_chains_member_stays_refused():
    """``\\cdots`` alone between a member and the chain's next ``&= ...``: the chain would be joined across the
    rows it leaves out, so the row stays the member's, refused as before."""
    message = CHECKS.refused(_NET, NG, "$$\n\\begin{aligned}\ndZ^{[2]} &= A^{[2]} - Y \\\\\n& \\cdots \\\\\n"
                                       "&= A^{[2]} - Y\n\\end{aligned}\n$$")
    assert "ellipsis" in message


def test_the_primed_names_look_ahead_leaves_the_tokens_as_they_were():
    """``x^{(i)} (1 - p(y^{(i)} = k \\mid x^{(i)}))``: whether ``(name)'(`` follows a factor is read from the tokens,
    never by parsing ahead (which turned the conditional bar into a comma before the arguments were read: batch 61's
    UFLDL gradient refused)."""
    relation = parse_row(r"x^{(i)} (1 - p(y^{(i)} = k \mid x^{(i)}))", set(), "<test>")
    assert "ClassProbability" in repr(relation.members[0])
