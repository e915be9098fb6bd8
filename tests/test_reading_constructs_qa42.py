"""qa42: code's names glued to their digits (W2, dW2, W2[0, 1]) looked up as the notation means them.

Code writes a layer's matrix W2 and its entry W2[0, 1]. The reader splits W2 at its digits where the notation names
the split (W_{2}: a pattern "W_{l}", or "W2" written glued), and reads W2 alone so; but code's entry with two indices of
a name the spec also has (W2[0, 1], symbols.md's matrix W2) was read as the spec's entry whatever the notation's W_{2}
names. Where the notation's W_{2} is another matrix (layers counted from 0, "W_{l}" = "W{l+1}[:, :]"; a matrix laid
out transposed, "W2" = "W2[:, :].T"; numbered W0, W1 with no W2), that read another layer's weight, or the transposed
entry, as if the formula wrote it: a right formula was called wrong, and a formula with another layer's name or the
transposed index called correct. Such an entry is now refused in one line where the two readings differ, and read as
before where they agree (the notation's W_{2} is the spec's W2).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import json

import pytest

from backprop.cli import main

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2_NUMBERED
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2_NUMBERED}
CHECKS = CaseChecks(NETWORKS)

# the spec's layers as code writes them, glued: the notation's W2 is the spec's W2 (the two readings agree)
_SAME = r'''
[notation]
[notation.symbols]
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"A1" = "a1[:]"
"dZ1" = "delta1[:]"
"dZ2" = "delta2[:]"
"dW1" = "grad(W1[:, :])"
"dW2" = "grad(W2[:, :])"
'''
# layers counted from 0 (W_0 is the spec's W1), written with a placeholder
_FROM_ZERO = r'''
[notation]
indices = "ijkl"
[notation.symbols]
"W_{l}" = "W{l+1}[:, :]"
"A_{l}" = "a{l+1}[:]"
"dZ_{l}" = "delta{l+1}[:]"
"dW_{l}" = "grad(W{l+1}[:, :])"
'''
# layers counted from 0, each named glued (Trask's syn0, syn1 as W0, W1)
_NUMBERED = r'''
[notation]
[notation.symbols]
"W0" = "W1[:, :]"
"W1" = "W2[:, :]"
"A0" = "a1[:]"
"dZ0" = "delta1[:]"
"dZ1" = "delta2[:]"
"dW0" = "grad(W1[:, :])"
"dW1" = "grad(W2[:, :])"
'''
# samples as rows (x W): each matrix laid out input-first, the spec's transposed
_ROWS = r'''
[notation]
[notation.symbols]
"W2" = "W2[:, :].T"
"A1" = "a1[:].T"
"dZ2" = "delta2[:].T"
"dW2" = "grad(W2[:, :]).T"
'''


def _delta2(j: int) -> str:
    return f"2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"


def _delta1(k: int) -> str:
    return f"(W2[0,{k}]*{_delta2(0)} + W2[1,{k}]*{_delta2(1)})*a1[{k}]*(1 - a1[{k}])"


_GRAD_W2_01 = f"{_delta2(0)}*a1[1]"
# cs231n's entries beside the whole names: "dW2_{ij}" makes dW2 a name of its own, read bare as its split dW_{2}
_ENTRIES = r'''
[notation]
indices = "ij"
[notation.symbols]
"A1" = "a1[:]"
"dZ2" = "delta2[:]"
"dW2" = "grad(W2[:, :])"
"dW2_{ij}" = "grad(W2[i-1, j-1])"
'''


def _cases() -> list[Public]:
    return [
        # ---- the notation's W2 is the spec's: an entry reads either way, the same ------------------------------
        Public("same-entry-update", "test", "sigmoid-2-3-2", _SAME, "W2[0, 1] = W2[0, 1] - 0.5 * dW2[0, 1]", ((C,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_GRAD_W2_01}",)),)),
        Public("same-entry-update-transposed-index", "test", "sigmoid-2-3-2", _SAME,
               "W2[0, 1] = W2[0, 1] - 0.5 * dW2[1, 0]", ((W,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_delta2(1)}*a1[0]",)),)),
        Public("same-entry-other-layer", "test", "sigmoid-2-3-2", _SAME,
               "dZ1[1] = (W1[0, 1] * dZ2[0] + W1[1, 1] * dZ2[1]) * A1[1] * (1 - A1[1])", ((W,),),
               (Twin("value", _delta1(1), (f"(W1[0,1]*{_delta2(0)} + W1[1,1]*{_delta2(1)})*a1[1]*(1 - a1[1])",)),)),
        Public("same-entry-back", "test", "sigmoid-2-3-2", _SAME,
               "dZ1[1] = (W2[0, 1] * dZ2[0] + W2[1, 1] * dZ2[1]) * A1[1] * (1 - A1[1])", ((C,),),
               (Twin("value", _delta1(1), (_delta1(1),)),)),
        # ---- layers counted from 0: the glued names read as the notation's, whole or by a one-letter entry -----
        Public("from-zero-whole", "test", "sigmoid-2-3-2", _FROM_ZERO, "dW1 = np.dot(dZ1, A0.T)", ((C,),),
               (Twin("gradient", "W2[0,1]", (_GRAD_W2_01,)),), param="W2[0,1]"),
        Public("from-zero-whole-other-layer", "test", "sigmoid-2-3-2", _FROM_ZERO, "W1 = W1 - 0.5 * dW1", ((C,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_GRAD_W2_01}",)),), param="W2[0,1]"),
        Public("from-zero-entry-gradient", "test", "sigmoid-2-3-2", _FROM_ZERO, "dW1[0, 1] = dZ1[0] * A0[1]", ((C,),),
               (Twin("gradient", "W2[0,1]", (_GRAD_W2_01,)),)),
        Public("from-zero-entry-gradient-swapped", "test", "sigmoid-2-3-2", _FROM_ZERO, "dW1[0, 1] = dZ1[1] * A0[0]",
               ((W,),), (Twin("gradient", "W2[0,1]", (f"{_delta2(1)}*a1[0]",)),)),
        # ---- layers numbered glued from 0 ----------------------------------------------------------------------
        Public("numbered-update", "test", "sigmoid-2-3-2", _NUMBERED, "W1 -= 0.5 * dW1", ((C,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_GRAD_W2_01}",)),), param="W2[0,1]"),
        Public("numbered-update-sign", "test", "sigmoid-2-3-2", _NUMBERED, "W1 += 0.5 * dW1", ((W,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] + eta*{_GRAD_W2_01}",)),), param="W2[0,1]"),
        # ---- samples as rows: the whole names, transposed as the notation lays them out ------------------------
        Public("rows-update", "test", "sigmoid-2-3-2", _ROWS, "W2 = W2 - 0.5 * dW2", ((C,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_GRAD_W2_01}",)),), param="W2[0,1]"),
        Public("rows-update-sign", "test", "sigmoid-2-3-2", _ROWS, "W2 = W2 + 0.5 * dW2", ((W,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] + eta*{_GRAD_W2_01}",)),), param="W2[0,1]"),
        # ---- dW2 read whole beside "dW2_{ij}": a gradient's name all the same (homework_truth.names_gradient and
        # accumulation asked the whole name, which no pattern matches bare, and missed it) ----------------------
        # (np.dot(A1, dZ2.T), the 3 x 2 transpose of the notation's output-first dW2, is refused for its shape: qa53)
        Public("entries-gradient-whole", "test", "sigmoid-2-3-2", _ENTRIES, "dW2 = np.dot(dZ2, A1.T)", ((C,),),
               (Twin("gradient", "W2[0,1]", (_GRAD_W2_01,)),), param="W2[0,1]"),
        Public("entries-gradient-whole-doubled", "test", "sigmoid-2-3-2", _ENTRIES, "dW2 = 2 * np.dot(dZ2, A1.T)",
               ((W,),), (Twin("gradient", "W2[0,1]", (f"2*{_GRAD_W2_01}",)),), param="W2[0,1]"),
        Public("entries-gradient-accumulated", "test", "sigmoid-2-3-2", _ENTRIES, "dW2 += np.dot(dZ2, A1.T)", ((C,),),
               (Twin("gradient", "W2[0,1]", (_GRAD_W2_01,)),), param="W2[0,1]"),  # before: reassigned in place
        Public("entries-gradient-accumulated-doubled", "test", "sigmoid-2-3-2", _ENTRIES,
               "dW2 += 2 * np.dot(dZ2, A1.T)", ((W,),), (Twin("gradient", "W2[0,1]", (f"2*{_GRAD_W2_01}",)),),
               param="W2[0,1]"),
        Public("entries-gradient-entry", "test", "sigmoid-2-3-2", _ENTRIES, "dW2_{12} = dZ2[0] * A1[1]", ((C,),),
               (Twin("gradient", "W2[0,1]", (_GRAD_W2_01,)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("notation, text, refusal", [
    # another layer's name: the notation's W_{2} is the spec's W3, no layer (before: the spec's W2, called correct)
    (_FROM_ZERO, "W2[0, 1] = W2[0, 1] - 0.5 * dZ1[0] * A0[1]", "reads two ways, the entry of symbols.md's W2 or of the"
     " notation's W_{2} ('W_{l}' = 'W{l+1}[:, :]'), which names no matrix of this network"),
    (_FROM_ZERO, "dZ0[1] = (W2[0, 1] * dZ1[0] + W2[1, 1] * dZ1[1]) * A0[1] * (1 - A0[1])", "which names no matrix"),
    # the right formula in the notation's names (before: the spec's W1, called wrong)
    (_FROM_ZERO, "W1[0, 1] = W1[0, 1] - 0.5 * dZ1[0] * A0[1]", "the notation's W_{1} ('W_{l}' = 'W{l+1}[:, :]'),"
     " another quantity; write W_{1}[0,1] for the notation's entry"),
    (_NUMBERED, "dZ0[1] = (W1[0, 1] * dZ1[0] + W1[1, 1] * dZ1[1]) * A0[1] * (1 - A0[1])", "another quantity"),
    # no W2 among the notation's own numbered matrices (before: the spec's W2, the notation's W1, called correct)
    (_NUMBERED, "W2[0, 1] = W2[0, 1] - 0.5 * dW1[0, 1]", "the notation numbers its matrices W itself (W0, W1) and"
     " names no W2"),
    # the transposed index (before: the spec's W2[0, 1] beside the notation's dW2[1, 0], grad(W2)[0, 1]: correct)
    (_ROWS, "W2[0, 1] = W2[0, 1] - 0.5 * dW2[1, 0]", "('W2' = 'W2[:, :].T'), another quantity"),
    (_ROWS, "W2[0][1] = W2[0][1] - 0.5 * dW2[1][0]", "another quantity"),
])
def test_a_spec_name_with_two_indices_that_the_notation_names_otherwise_is_refused(notation, text, refusal):
    assert refusal in CHECKS.refused("sigmoid-2-3-2", notation, text)


def test_the_whole_gradient_written_transposed_is_refused_for_its_shape():
    # dW2 names grad(W2[:, :]), output-first (2 x 3): np.dot(A1, dZ2.T) is its 3 x 2 transpose (qa53: no longer
    # turned back and called correct)
    assert "is 3 x 2 where the left side is 2 x 3" in CHECKS.refused(
        "sigmoid-2-3-2", _ENTRIES, "dW2 = np.dot(A1, dZ2.T)", param="W2[0,1]")


def test_a_glued_name_whose_entries_the_notation_names_otherwise_stays_refused():
    # "dW2_{ij}" with its indices the other way round: bare dW2 is the vector of those entries or dW_{2}, two matrices
    notation = _ENTRIES.replace('"grad(W2[i-1, j-1])"', '"grad(W2[j-1, i-1])"')
    assert "the vector the notation's dW2 patterns name, or dW_{2}" in CHECKS.refused(
        "sigmoid-2-3-2", notation, "dW2 = np.dot(A1, dZ2.T)", param="W2[0,1]")
    assert "the vector the notation's dW2 patterns name, or dW_{2}" in CHECKS.refused(
        "sigmoid-2-3-2", notation, "dW2 += np.dot(dZ2, A1.T)", param="W2[0,1]")


# the whole matrix glued and its entries with a subscript counted from 1: code's bracket on W2 reads two ways
_BOTH = r'''
[notation]
indices = "ij"
[notation.symbols]
"W2" = "W2[:, :]"
"W2_{ij}" = "W2[i-1, j-1]"
"A1" = "a1[:]"
"dZ2" = "delta2[:]"
'''


@pytest.mark.parametrize("text", [
    # before: W2[1, 2] read as W2_{12} (W2[0, 1]) beside dZ2[0] and A1[1] counted from 0: called correct
    "W2[1, 2] = W2[1, 2] - 0.5 * dZ2[0] * A1[1]",
    "W2[1][2] = W2[1][2] - 0.5 * dZ2[0] * A1[1]",
    # before: called wrong, code's entry W2[1, 2] and its gradient
    "W2[1, 2] = W2[1, 2] - 0.5 * dZ2[1] * A1[2]",
])
def test_a_bracket_that_is_a_subscript_or_code_s_entry_of_another_weight_is_refused(text):
    assert "reads two ways, the notation's W2_{1,2} (plain text's subscript in brackets) or code's entry [1,2]," \
           " counted from 0, of the notation's W_{2}" in CHECKS.refused("sigmoid-2-3-2", _BOTH, text)


@pytest.mark.parametrize("text, verdict", [
    ("W2_{12} = W2_{12} - 0.5 * dZ2[0] * A1[1]", "correct"),   # the subscript written as one: W2[0, 1]
    ("W2_{12} = W2_{12} - 0.5 * dZ2[1] * A1[0]", "wrong"),
    ("W2 = W2 - 0.5 * dZ2 A1^T", "correct"),
])
def test_the_subscript_and_the_whole_matrix_written_as_the_notation_writes_them_are_read(text, verdict):
    case = Public("both", "test", "sigmoid-2-3-2", _BOTH, text, param="W2[0,1]")
    assert CHECKS.verdicts(case) == ((verdict,),)


def test_grade_reads_the_glued_names_as_check_does(tmp_path, capsys):
    """grade's claims go through the same reader: the spec's entry of no layer of the notation's refused, the notation's
    own names read."""
    problem = tmp_path / "problem.toml"
    problem.write_text(SIGMOID_2_3_2_NUMBERED + _FROM_ZERO)
    submission = tmp_path / "a.md"
    submission.write_text("# Question 1\n\n$$W2[0, 1] = W2[0, 1] - 0.5 \\cdot dZ1[0] \\cdot A0[1]$$\n\n"
                          "$$dW_1 = dZ_1 A_0^T$$\n\n$$dW_1 = dZ_1 A_1^T$$\n")
    capsys.readouterr()
    main(["grade", str(submission), "--problem", str(problem), "--format", "json", "--workers", "1"])
    claims = json.loads(capsys.readouterr().out)["submissions"][0]["claims"]
    assert [claim["verdict"] for claim in claims] == ["unreadable", "correct", "wrong"]
