r"""The typography of whole documents that batches 19 and 20 of the public formulas showed missing, each written as
another author would (other names, another network than the pages'): display math whose ``\[ \]`` lost their
backslashes, a bare ``[ ... ]`` around the whole claim, with ``,;`` for ``,\;`` in a list of numbers and ``),h`` for
``)\,h``; a Markdown table row whose cells hold the chain and its value after the row's number; an equation's number
before it inside the math (``$$ 2: ...``, beside ``\quad (3)`` and ``\tag{2.1}``, which already read); a font command
before a letter without braces (``E(\mathbf t , \mathbf q)``) and as a script (``q_\text{hat}``); an algorithm's rows
of words and a brace (``Repeat \{`` ... ``\}``) around an update; and a 1-based notation's rule that reads nowhere,
refused with its reason rather than with the index -1 tried first. Each case is judged right where the formula is
right and wrong where one thing is changed; what stays a guess is refused in one line that says what to write.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.symbolic.math_delimiters import strip_math_delimiters
from backprop.symbolic.typography_rows import rows
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # 2 inputs -> 3 softmax units with the cross-entropy, one sample of class 2 (1-based), a learning rate of 0.5:
    # z = (0.5, -0.35, -0.55), q = softmax(z) = (0.56263, 0.24048, 0.19689)
    "soft": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "softmax"\nweights = [[0.2, -0.3], [0.1, 0.4], [-0.5, 0.2]]\n'
            'biases = [0.1, 0.0, -0.1]\n[loss]\nname = "cross_entropy"\n[data]\nx = [[0.5, -1.0]]\n'
            'y = [[0.0, 1.0, 0.0]]\n[update]\nlearning_rate = 0.5\n',
    # one sigmoid unit on two inputs: a one-output network, where a quotient delta / (delta w) would be a number
    "unit": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.3, -0.2]]\nbiases = [0.1]\n'
            '[loss]\nname = "half_squared_error"\n[data]\nx = [[0.5, -1.0]]\ny = [[1.0]]\n[update]\nlearning_rate = 0.5\n',
}
CHECKS = CaseChecks(NETWORKS)

# counted from 1, as the Bengali page counts: u_k the logits, q_k the probabilities, t_k the one-hot target, V_k
# the weights' row k, h the input, c the biases
_NAMES = r'''
[notation]
indices = "k"
loss = ["E"]
learning_rate = ["r"]
[notation.symbols]
"u_{k}" = "z1[k-1]"
"q_{k}" = "a1[k-1]"
"t_{k}" = "y[k-1]"
"V_{k}" = "W1[k-1, :]"
"h" = "x[:]"
"c" = "b1[:]"
"c_{\\text{new}}" = "new(b1[:])"
"q_{\\text{hat}}" = "a1[:]"
"t" = "y[:]"
"u" = "z1[:]"
'''
# the unit's names, counted from 1
_UNIT = r'''
[notation]
indices = "j"
[notation.symbols]
"w_{j}" = "W1[0, j-1]"
"x_{j}" = "x[j-1]"
"z" = "z1[0]"
'''
_K3 = tuple({"k": k} for k in range(3))
_DELTA = "a1[{k}] - t[{k}]"


def _case(key, text, verdicts, twins, param=None) -> Public:
    return Public(key, "test", "soft", _NAMES, text, verdicts, twins, param=param)


def _rule(key, text, verdict, member=_DELTA) -> Public:
    return _case(key, text, ((verdict,),), (Twin("gradient_z", "z1[{k}]", (member,), _K3),))


def _cases() -> list[Public]:
    rows_gradient = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
    return [
        # the bare display: a rule, its thin space lost (),h), its numbers in a list with ",;"
        _rule("bare-rule-C", "[\n\\frac{\\partial E}{\\partial u_k}=q_k-t_k\n]", C),
        _rule("bare-rule-W", "[\n\\frac{\\partial E}{\\partial u_k}=t_k-q_k\n]", W, "t[{k}] - a1[{k}]"),
        _case("bare-thin-space-C", "[\n\\frac{\\partial E}{\\partial V_k}=(q_k-t_k),h\n]", ((C,),),
              (Twin("gradient", "W1[{k},{j}]", ("(a1[{k}] - t[{k}])*x[{j}]",), rows_gradient),)),
        _case("bare-thin-space-W", "[\n\\frac{\\partial E}{\\partial V_k}=(q_k+t_k),h\n]", ((W,),),
              (Twin("gradient", "W1[{k},{j}]", ("(a1[{k}] + t[{k}])*x[{j}]",), rows_gradient),)),
        _case("bare-column-C", "[\n\\nabla_u E = [0.5626,;-0.7595,;0.1969]\n]", ((C,),),
              (Twin("value", "a1 - t", ("=np.array([0.5626, -0.7595, 0.1969])",)),)),
        _case("bare-column-W", "[\n\\nabla_u E = [0.5626,;0.7595,;0.1969]\n]", ((W,),),
              (Twin("value", "a1 - t", ("=np.array([0.5626, 0.7595, 0.1969])",)),)),
        _case("bare-update-C", "[\nc_{\\text{new}}=[0.1,0,-0.1]-0.5[0.5626,-0.7595,0.1969]=[-0.1813,;0.3798,;-0.1984]\n]",
              ((C, C),), (Twin("update", "b1[{k}]", ("=np.array([0.1, 0, -0.1]) - 0.5*np.array([0.5626, -0.7595, 0.1969])",
                                                     "=np.array([-0.1813, 0.3798, -0.1984])"), _K3),)),
        _case("bare-update-W", "[\nc_{\\text{new}}=[0.1,0,-0.1]-0.5[0.5626,-0.7595,0.1969]=[-0.1813,;0.3798,;0.1984]\n]",
              ((C, W),), (Twin("update", "b1[{k}]", ("=np.array([0.1, 0, -0.1]) - 0.5*np.array([0.5626, -0.7595, 0.1969])",
                                                     "=np.array([-0.1813, 0.3798, 0.1984])"), _K3),)),
        # an Iverson bracket inside the bare display: a factor, kept (q_k > 0 always holds, q_k > 0.5 not)
        _rule("bare-iverson-C", "[\n\\frac{\\partial E}{\\partial u_k}=q_k-t_k[q_k > 0]\n]", C,
              "a1[{k}] - t[{k}]*(a1[{k}] > 0)"),
        _rule("bare-iverson-W", "[\n\\frac{\\partial E}{\\partial u_k}=q_k-t_k[q_k > 0.5]\n]", W,
              "a1[{k}] - t[{k}]*(a1[{k}] > 0.5)"),
        # the derivative operator written with delta, \frac{\delta}{\delta w} (batch 20's task1b-3, after its
        # number): the operator, never the quotient delta / (delta w_j) = 1 / w_j of one output's delta
        Public("delta-operator-C", "test", "unit", _UNIT, "\\frac{\\delta}{\\delta w_j} z = x_j", ((C,),),
               (Twin("value", "x[{j}]", ("x[{j}]",), ({"j": 0}, {"j": 1})),)),
        Public("delta-operator-W", "test", "unit", _UNIT, "\\frac{\\delta}{\\delta w_j} z = \\frac{z}{w_j}", ((W,),),
               (Twin("value", "x[{j}]", ("z1[0]/W1[0,{j}]",), ({"j": 0}, {"j": 1})),)),
        # a table row: its number, then the chain in one cell and its value in the next
        _case("table-row-C", "| 2 | $\\dfrac{\\partial E}{\\partial u_2} = q_2 - t_2 = 0.2405 - 1$ | $\\approx -0.7595$ |",
              ((C, C, C),), (Twin("value", "a1[1] - t[1]", ("a1[1] - t[1]", "=0.2405 - 1", "=-0.7595")),)),
        _case("table-row-W", "| 2 | $\\dfrac{\\partial E}{\\partial u_2} = q_2 - t_2 = 0.2405 - 1$ | $\\approx -0.7395$ |",
              ((C, C, W),), (Twin("value", "a1[1] - t[1]", ("a1[1] - t[1]", "=0.2405 - 1", "=-0.7395")),)),
        _case("table-words-C", "| Output layer | $\\dfrac{\\partial E}{\\partial u_1}$ | $= q_1 - t_1$ | $= 0.5626$ |",
              ((C, C),), (Twin("value", "a1[0] - t[0]", ("a1[0] - t[0]", "=0.5626")),)),
        _case("table-words-W", "| Output layer | $\\dfrac{\\partial E}{\\partial u_1}$ | $= q_1 + t_1$ | $= 0.5626$ |",
              ((W, C),), (Twin("value", "a1[0] - t[0]", ("a1[0] + t[0]", "=0.5626")),)),
        # an equation's number before it, and after it (already read)
        _rule("number-before-C", "$$ 2: \\frac{\\partial E}{\\partial u_k} = q_k - t_k $$", C),
        _rule("number-before-W", "$$ 2: \\frac{\\partial E}{\\partial u_k} = q_k + t_k $$", W, "a1[{k}] + t[{k}]"),
        _rule("number-after-C", "$$\\frac{\\partial E}{\\partial u_k} = q_k - t_k \\quad (3)$$", C),
        _rule("number-after-W", "$$\\frac{\\partial E}{\\partial u_k} = q_k + t_k \\quad (3)$$", W, "a1[{k}] + t[{k}]"),
        _rule("tag-C", "$$\\frac{\\partial E}{\\partial u_k} = q_k - t_k \\tag{2.1}$$", C),
        _rule("tag-W", "$$\\frac{\\partial E}{\\partial u_k} = q_k + t_k \\tag{2.1}$$", W, "a1[{k}] + t[{k}]"),
        # a font command without braces: before a loss's arguments, and as a script
        _rule("font-argument-C", "\\frac{\\partial E(\\mathbf t , \\mathbf q)}{\\partial u_k} = q_k - t_k", C),
        _rule("font-argument-W", "\\frac{\\partial E(\\mathbf t , \\mathbf q)}{\\partial u_k} = t_k - q_k", W,
              "t[{k}] - a1[{k}]"),
        _case("font-script-C", "\\frac{\\partial E}{\\partial u} = q_\\text{hat} - t", ((C,),),
              (Twin("gradient_z", "z1[{k}]", (_DELTA,), _K3),)),
        _case("font-script-W", "\\frac{\\partial E}{\\partial u} = t - q_\\text{hat}", ((W,),),
              (Twin("gradient_z", "z1[{k}]", ("t[{k}] - a1[{k}]",), _K3),)),
        # an algorithm's block: words and a brace on rows of their own around the update
        _case("repeat-C", "$$\n\\begin{aligned}\n& \\text{repeat until converged} \\; \\lbrace \\\\\n& \\; V_k := V_k - r"
              " \\frac{\\partial E}{\\partial V_k} \\\\\n& \\rbrace\n\\end{aligned}\n$$", ((C,),),
              (Twin("update", "W1[{k},{j}]", ("W1[{k},{j}] - eta*grad",), rows_gradient),)),
        _case("repeat-W", "$$\n\\begin{aligned}\n& Repeat \\{ \\\\\n& V_k := V_k + r \\frac{\\partial E}{\\partial V_k}"
              " \\\\\n& \\}\n\\end{aligned}\n$$", ((W,),),
              (Twin("update", "W1[{k},{j}]", ("W1[{k},{j}] + eta*grad",), rows_gradient),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_bracket_is_display_math_only_around_a_whole_claim():
    """An indicator stays a factor: ``[y = k]`` inside a claim, or a bracket that closes before the end, is not
    the display's; a bracket around a whole claim is, and only there do ``,;`` and ``,h`` mean lost spacing."""
    assert strip_math_delimiters("[ a = 1 ]") == "a = 1"
    assert strip_math_delimiters("[y = k] (q_k - 1)") == "[y = k] (q_k - 1)"
    assert strip_math_delimiters("[a] = [b]") == "[a] = [b]"
    assert strip_math_delimiters("[ u_k ]") == "[ u_k ]"  # no relation inside: a bracket, as written
    assert strip_math_delimiters("[ g = (p - t),h ]") == r"g = (p - t)\, h"
    assert strip_math_delimiters("[ g = [1,;2] ]") == r"g = [1, \; 2]"
    # a comma before an equation of its own separates two claims
    assert strip_math_delimiters("[ a = 1,b = 2 ]") == "a = 1,b = 2"
    assert strip_math_delimiters("[ a = 1,f(u, v) = 2 ]") == "a = 1,f(u, v) = 2"
    assert strip_math_delimiters("[ g = p - t,for all i ]") == "g = p - t,for all i"  # a word: the range's comma
    assert strip_math_delimiters("a = (p - t),h") == "a = (p - t),h"  # outside a bare display: as written


def test_a_table_cell_that_neither_continues_nor_states_is_refused():
    """| 3 | $u_1 = 0.5$ | $0.5$ |: the value beside a claim without its relation (its value, or a note?)."""
    message = CHECKS.refusal(_case("bare-cell", "| 3 | $u_1 = 0.5$ | $0.5$ |", (), ()))
    assert "neither continues the chain nor states an equation" in message and "$= ...$" in message


def test_rows_of_words_and_a_brace_are_no_claim_but_a_claim_beside_a_brace_is():
    assert [row.strip() for row in rows("\\begin{aligned} Repeat \\{ \\\\ a = b \\\\ \\} \\end{aligned}")] == ["a = b"]
    assert rows("\\begin{aligned} x \\} \\\\ a = b \\end{aligned}")[0].strip() == "x \\}"


def test_a_one_based_rule_that_reads_nowhere_names_its_reason_not_index_minus_one():
    """The rule's letter is tried from 0; a notation counting from 1 fails there on index -1, which is never
    why the rule reads at no value: the refusal names the failure at the units that exist."""
    message = CHECKS.refusal(_case("nowhere", "\\frac{\\partial E}{\\partial u_k} m = q_k - t_k", (), ()))
    assert "index -1" not in message and "unknown symbol m" in message


def test_a_comma_after_a_member_that_is_no_lost_thin_space_says_what_to_write():
    r"""``(q_k - t_k), h`` with a space, or ``,h`` in ``$...$`` (no bare display showing lost backslashes): a comma
    could be a lost ``\,``, a list or two claims, so it is refused, saying how to write each."""
    for text in ("[ \\frac{\\partial E}{\\partial V_k}=(q_k-t_k), h ]", "$\\frac{\\partial E}{\\partial V_k}=(q_k-t_k),h$"):
        message = CHECKS.refusal(_case("comma", text, (), ()))
        assert "unexpected at ','" in message and "write \\cdot (or \\,)" in message
