"""`derive --notation`: the derivative written in the homework's notation, which `check` reads back
through the same notation as correct (and which uses the homework's own symbols)."""

from __future__ import annotations

import pytest

from backprop.cli import main
from backprop.symbolic.document import derive_document
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import load_notation
from seed_verbatim import problem

CASES = [
    ("seed000_regression", "seed000", "W1[0,1]", ["a_{21}^{0}", "O_{1}^{1}", r"\alpha"]),
    ("seed000_regression", "seed000", "b1[2]", ["a_{03}^{0}"]),
    ("seed000_classification", "seed000", "W2[1,2]", ["a_{31}^{1}"]),
    ("seed003_delta_rule", "seed003", "W1[1,0]", []),
    ("seed004_sparse_sigmoid", "seed004", "W1[0,0]", ["w_{1}", r"\hat{y}", "w_{5}"]),
    ("seed004_softmax_classifier", "seed004", "W1[2,1]", []),
]


def _notation_lines(network, notation_name, param):
    document = derive_document(problem(network), param, notation=load_notation(notation_name))
    block = next(block for block in document.sections[0].blocks if block.label.startswith("in the homework's"))
    return block.lines


@pytest.mark.parametrize("network, notation_name, param, symbols", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_check_reads_the_derivative_back_as_correct(network, notation_name, param, symbols):
    gradient, update = _notation_lines(network, notation_name, param)
    for line, relation in ((gradient, "="), (update, r"\leftarrow")):
        text = f"{line.left_latex} {relation} {line.right_latex}"
        result = check_homework(problem(network), text, notation=notation_name)
        assert [step.verdict for claim in result.claims for step in claim.steps] == ["correct"], text
    written = gradient.left_latex + gradient.right_latex + update.right_latex
    for symbol in symbols:
        assert symbol in written, written
    if symbols:
        assert "W1[" not in written and "a1[" not in written


def test_the_cli_prints_the_notation_block(capsys):
    assert main(["derive", "seed000_regression", "--notation", "seed000", "--param", "W2[0,1]"]) == 0
    out = capsys.readouterr().out
    assert "in the homework's notation" in out and r"\frac{\partial SEE}{\partial a_{20}^{1}}" in out


# Ng's notation names whole vectors and matrices (a teacher's "x" = "x[:]", "W^{[l]}" = "W{l}[:, :]"), none of their
# entries one by one
_NG_VECTORS = r'''
[notation]
indices = "l"
[notation.symbols]
"W^{[l]}" = "W{l}[:, :]"
"a^{[l]}" = "a{l}[:]"
"x" = "x[:]"
"y" = "y[:]"
'''


def test_a_notation_of_whole_vectors_says_which_names_check_may_not_read_back(tmp_path):
    """A derivative of one weight holds entries the notation names only within their vectors (x[0], W2[0,0]): written
    as symbols.md writes them, the note says so and names them, instead of promising that check reads the lines back
    (it refused them: x_{0} matches none of the notation's patterns for x)."""
    notation = tmp_path / "ng.toml"
    notation.write_text(_NG_VECTORS)
    document = derive_document(problem("seed000_regression"), "W1[0,0]", notation=load_notation(str(notation)))
    block = next(block for block in document.sections[0].blocks if block.label.startswith("in the homework's"))
    assert "check reads these lines back" not in block.note
    assert "x[0]" in block.note and "names the notation does not give one by one" in block.note
    document = derive_document(problem("seed000_regression"), "W1[0,1]", notation=load_notation("seed000"))
    block = next(block for block in document.sections[0].blocks if block.label.startswith("in the homework's"))
    assert block.note == "check reads these lines back with the same --notation"
