"""Fix helper fixmd38: Markdown's block marks nested before an inline formula.

Batch 158's CNN post writes each rule of the DNN as a list item holding a heading, ``- #### $...$`` (cn-db, cn-dw,
cn-recm, cn-dbm, cn-dwm): refused, the ``- `` read as a list's bullet or a minus. The marks before the mathematics's
own delimiter (``$``, ``$$``, ``\\(``, ``\\[``, a code span) are now all markup, however they nest: a bullet (``-``,
``*``, ``+``) or an item's number (``1.``) before a heading's ``#``s, a heading before a bullet, nested bullets, each
with its space (the last may be glued: ``- ####$...$``). A sign before the delimiter is never the formula's term. A
bare ``- x = ...`` with no delimiter is still judged both ways and refused where the two readings disagree; inside
the delimiters the minus is the formula's. cn-rec (``- #### $\\delta^{(l)} = \\sum_j ... w_{ji} ... net_i$``) is
still refused, now for its real cause (the index i the left side leaves out), no longer "has no left side"; a
heading's ``####`` with no math delimiter after it (a comment's mark then, dropping the relation) is refused saying so.

Every verdict asserted is the PyTorch oracle's (test_seed_verbatim.oracle_verdicts), from each case's twin: the
right formula called correct, a wrong variant called wrong. ``backprop grade`` reads such lines in a submission too
(its verdicts against autograd's, below)."""

from __future__ import annotations

import json

import pytest
import torch

from backprop.cli import main
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch158 import _CN_B, _CN_D1, _CN_W, _I3
from public_formulas_batch158_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin
from test_grade_documents_qa35 import NETWORK as GRADE_NETWORK, NOTATION as GRADE_NOTATION

CHECKS = CaseChecks(NETWORKS)
_CN = NOTATIONS["b158_cn"]
_DB = r"$\frac{\partial E_{total}}{\partial bias_i^{(l)}}=\delta_i^{(l)}$"
_DB_NEGATED = r"$\frac{\partial E_{total}}{\partial bias_i^{(l)}}=-\delta_i^{(l)}$"
_DW = r"$\frac{\partial E_{total}}{\partial w_{ij}^{(l)}}=outh_j^{(l-1)}\delta_i^{(l)}$"
_RECM = r"$\delta^{(l)} = (w^{(l+1)})^T \delta^{(l+1)} \bigodot  \sigma^{\prime}(net^{(l)})$"
_BIASES = (Twin("gradient", "{p}", ("{m}",), _CN_B),)
_BIASES_NEGATED = (Twin("gradient", "{p}", ("-({m})",), _CN_B),)
_WEIGHTS = (Twin("gradient", "{p}", ("{m}",), _CN_W),)
# the weights' gradient without the input's factor: delta_i alone
_WEIGHTS_NO_INPUT = (Twin("gradient", "{p}", ("{m}",), tuple(
    {"p": row["p"], "m": row["m"].split("*", 1)[1]} for row in _CN_W)),)
_HIDDEN = (Twin("gradient_z", "z1[{i}]", (_CN_D1,), _I3),)
# the hidden delta without the slope sigma'(net): the back-propagated sum alone
_HIDDEN_NO_SLOPE = (Twin("gradient_z", "z1[{i}]", (_CN_D1.rsplit("*a1[{i}]", 1)[0],), _I3),)


def _case(key: str, text: str, twins: tuple, expected) -> Public:
    return Public(key, "fixmd38", "b158_cn", _CN, text, expected, twins)


CASES = [
    # ---- the batch's prefix: a list item holding a heading --------------------------------------------------------
    _case("bullet-heading", "- #### " + _DB, _BIASES, ((C,),)),
    _case("bullet-heading-negated", "- #### " + _DB_NEGATED, _BIASES_NEGATED, ((W,),)),
    _case("bullet-heading-weights", "- #### " + _DW, _WEIGHTS, ((C,),)),
    _case("bullet-heading-weights-no-input", "- #### " + _DW.replace("outh_j^{(l-1)}", ""), _WEIGHTS_NO_INPUT,
          ((W,),)),
    _case("bullet-heading-matrix", "- #### " + _RECM, _HIDDEN, ((C,),)),
    _case("bullet-heading-matrix-no-slope", "- #### " + _RECM.split(r" \bigodot")[0] + "$", _HIDDEN_NO_SLOPE, ((W,),)),
    # ---- the other marks, nested either way ---------------------------------------------------------------------
    _case("star-heading", "* #### " + _DB, _BIASES, ((C,),)),
    _case("plus-heading", "+ ## " + _DB, _BIASES, ((C,),)),
    _case("numbered-heading", "1. #### " + _DW, _WEIGHTS, ((C,),)),
    _case("heading-bullet", "#### - " + _DB, _BIASES, ((C,),)),
    _case("heading-bullet-negated", "#### - " + _DB_NEGATED, _BIASES_NEGATED, ((W,),)),
    _case("nested-bullets", "- - " + _DB, _BIASES, ((C,),)),
    _case("indented-bullet-heading", "  - #### " + _DB, _BIASES, ((C,),)),
    _case("bullet-heading-glued", "- ####" + _DB, _BIASES, ((C,),)),
    _case("bullet-heading-display", "- #### $" + _DB + "$", _BIASES, ((C,),)),
    _case("bullet-heading-parenthesis", "- #### " + r"\(" + _DB.strip("$") + r"\)", _BIASES, ((C,),)),
    # ---- a minus inside the delimiters is the formula's: -dE/db = -delta is dE/db = delta ------------------------
    _case("minus-inside-math", "$- " + _DB_NEGATED.lstrip("$"), _BIASES, ((C,),)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text", [
    "- " + _DB.strip("$"),             # a bullet, or minus the derivative: the two readings disagree
    "- " + _DB_NEGATED.strip("$"),
])
def test_a_bare_dash_without_delimiters_is_still_refused_as_bullet_or_minus(text):
    refusal = CHECKS.refused("b158_cn", _CN, text)
    assert "'- ' at the start of the line reads as a list's bullet or as a minus" in refusal


def test_the_batch_line_with_an_index_its_left_side_leaves_out_is_read_for_its_entries():
    """cn-rec: delta^{(l)} on the left, i on the right (w_{ji}, net_i): its marks read as markup, never "no left side";
    fixleft39 reads the vector's entry i for every i (vector_entry_rule), its verdict batch 158's oracle's (correct),
    and w_{ij} for w_{ji} called wrong."""
    text = r"- #### $\delta^{(l)} = \sum_j \delta_j^{(l+1)} w_{ji}^{(l+1)}  \sigma^{\prime}(net_i^{(l)})$"
    assert CHECKS.verdicts(Public("cn-rec", "fixmd38", "b158_cn", _CN, text)) == ((C,),)
    assert CHECKS.verdicts(Public("cn-rec-turned", "fixmd38", "b158_cn", _CN, text.replace("w_{ji}", "w_{ij}"))) \
        == ((W,),)


@pytest.mark.parametrize("text", ["- #### " + _DB.strip("$"), "#### " + _DB.strip("$"), "1. ## " + _DB.strip("$")])
def test_a_heading_without_math_delimiters_is_refused_naming_its_mark(text):
    """The #s read as a comment's mark, which drops the relation: said so, no longer "has no left side"."""
    refusal = CHECKS.refused("b158_cn", _CN, text)
    assert "before it, with no math delimiter after it, reads as a comment's mark" in refusal
    assert "no left side" not in refusal


_PAGE = r"""# Notes

- #### $\delta_k = y_k - t_k$
- #### $\frac{\partial E_n}{\partial w_{kj}^{(2)}} = \delta_k z_j$
* ### $\frac{\partial E_n}{\partial w_{kj}^{(2)}} = - \delta_k z_j$
1. #### $\delta_k = t_k - y_k$
"""


def test_grade_reads_bulleted_headings_in_a_submission(tmp_path, capsys):
    """dE/dW2 by autograd is (y - t) z^T on qa35's tanh network: the first two lines right, the turned signs wrong."""
    (tmp_path / "net.toml").write_text(GRADE_NETWORK)
    (tmp_path / "notation.toml").write_text(GRADE_NOTATION)
    (tmp_path / "student.md").write_text(_PAGE)
    assert main(["grade", str(tmp_path / "student.md"), "--problem", str(tmp_path / "net.toml"), "--notation",
                 str(tmp_path / "notation.toml"), "--format", "json"]) == 0
    claims = json.loads(capsys.readouterr().out)["submissions"][0]["claims"]
    assert [claim["verdict"] for claim in claims] == ["correct", "correct", "wrong", "wrong"]
    W1 = torch.tensor([[0.2, -0.4], [0.7, 0.1], [-0.3, 0.5]], dtype=torch.float64)
    W2 = torch.tensor([[0.6, -0.2, 0.3], [0.1, 0.4, -0.5]], dtype=torch.float64, requires_grad=True)
    z = torch.tanh(W1 @ torch.tensor([0.5, -1.0], dtype=torch.float64)
                   + torch.tensor([0.1, 0.0, -0.2], dtype=torch.float64))
    y = W2 @ z + torch.tensor([0.2, -0.1], dtype=torch.float64)
    t = torch.tensor([0.3, -0.2], dtype=torch.float64)
    (0.5 * ((y - t) ** 2).sum()).backward()
    delta = (y - t).detach()
    assert torch.allclose(W2.grad, torch.outer(delta, z)) and not torch.allclose(W2.grad, -torch.outer(delta, z))
