"""Finding the chains of equations in a submission, and refusing what is not a submission."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backprop.grading.document import equations
from backprop.grading.submission import SubmissionError, read_submission

SEEDS = Path(__file__).resolve().parent / "seeds"  # copies of shared/seeds, as submissions


def chains(text: str) -> list[list[str]]:
    return [chain.members for chain in equations(text).chains]


def test_every_math_form_of_the_spec_is_found():
    text = ("Inline $a = b$ and display $$c = d$$\n"
            "\\[ e = f \\]\n"
            "\\( g = h \\)\n"
            "\\begin{equation} i = j \\end{equation}\n"
            "\\begin{align*} k &= l \\\\ m &= n \\end{align*}\n")
    assert chains(text) == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["i", "j"], ["k", "l"], ["m", "n"]]


def test_a_chain_is_cut_at_relations_outside_braces_only():
    text = r"$$\frac{\partial L}{\partial w} = \sum_{k=1}^{C} (p_k - t_k) x \approx 0.25 \leftarrow u := v$$"
    [chain] = equations(text).chains
    assert chain.members == [r"\frac{\partial L}{\partial w}", r"\sum_{k=1}^{C} (p_k - t_k) x", "0.25", "u", "v"]
    assert chain.relations == ["=", r"\approx", r"\leftarrow", ":="]


@pytest.mark.parametrize("relation", [r"\equiv", r"\triangleq", r"\doteq", r"\coloneqq", r"\coloneq", r"\gets",
                                      "\u2190", "\u2248", r"\simeq"])
def test_every_relation_the_reader_knows_cuts_a_chain(relation):
    # grade's chains and check's parser read one list of relations (syntax_tree.RELATIONS): a definition
    # written with \equiv was a chain for check but a bare expression for grade
    [chain] = equations(f"$$\\delta_j {relation} \\frac{{\\partial E}}{{\\partial z_j}} = p_j - t_j$$").chains
    assert chain.members == [r"\delta_j", r"\frac{\partial E}{\partial z_j}", "p_j - t_j"]
    assert chain.relations == [relation, "="]


def test_relations_that_look_like_others_are_not_cut_short():
    [chain] = equations(r"$$u \equivalent v := w \leq x$$").chains  # a longer command; ":=" whole; "\leq"
    assert chain.members == [r"u \equivalent v", r"w \leq x"] and chain.relations == [":="]


def test_aligned_rows_and_continued_blocks_make_one_chain_and_matrices_stay_whole():
    text = ("$$\\begin{aligned} A &= B \\\\ &= C \\end{aligned}$$\n\n"
            "$$= D$$\n\n"
            "$$P = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n")
    assert chains(text) == [["A", "B", "C", "D"], ["P", r"\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}"]]


def test_implications_and_words_end_a_statement():
    text = (r"$$x_1 = 2, \quad y = \text{cat}$$ "
            r"$$\Rightarrow \frac{dE}{dw} = -\delta a \quad (2)$$ "
            r"$$A = B \Rightarrow C = D$$ $$E = F \quad \text{where } F \text{ is given}$$")
    assert chains(text) == [["x_1", "2"], ["y", r"\text{cat}"], [r"\frac{dE}{dw}", r"-\delta a"],
                            ["A", "B"], ["C", "D"], ["E", "F"]]


@pytest.mark.parametrize("arrow", [r"\Rightarrow", r"\implies", r"\Longrightarrow", r"\to", r"\rightarrow",
                                   r"\longrightarrow", "=>", "==>", "->", "-->", "\u21d2", "\u2192"])
def test_every_arrow_check_splits_at_splits_a_submission_too(arrow):
    # grade cuts a row where check does (equation_splitting.statements): before, grade knew only the double arrows, read
    # "E = u^3 ==> dE/du = 3u^2" as one chain and refused it, and \to joined the loss and its derivative in one claim
    assert chains(f"$$E = u^3 {arrow} dE/du = 3u^2$$") == [["E", "u^3"], ["dE/du", "3u^2"]]


@pytest.mark.parametrize("text, chain", [
    # an arrow saying where the derivative is taken (seed 001's shorthand), and Nielsen's update written with an arrow
    (r"$$\frac{\partial}{\partial x} [\sigma(x)] \rightarrow x = u$$",
     [r"\frac{\partial}{\partial x} [\sigma(x)] \rightarrow x", "u"]),
    (r"$$w_k \rightarrow w_k' = w_k - \eta g_k$$", [r"w_k \rightarrow w_k'", r"w_k - \eta g_k"]),
    # an implication inside parentheses is part of a member
    (r"$$a = (b \Rightarrow c = d)$$", ["a", r"(b \Rightarrow c = d)"]),
])
def test_an_arrow_that_is_not_between_two_statements_does_not_split(text, chain):
    assert chains(text) == [chain]


def test_an_update_written_with_an_arrow_or_as_code_is_a_chain_of_two():
    text = (r"$$w^{(2)}_{jk} \rightarrow w^{(2)}_{jk} - \eta \delta_j a_k$$ $$b \to b - \eta \delta$$ "
            r"$W_{ij} -= \eta g$ $\theta += \alpha d$ $h \to 0$ $x \to x_0$ $a -> a - b \to c$")
    assert [(chain.members, chain.relations) for chain in equations(text).chains] == [
        ([r"w^{(2)}_{jk}", r"w^{(2)}_{jk} - \eta \delta_j a_k"], [r"\rightarrow"]),
        (["b", r"b - \eta \delta"], [r"\to"]), (["W_{ij}", r"\eta g"], ["-="]), ([r"\theta", r"\alpha d"], ["+="])]


def test_lines_and_sections_are_where_the_chain_is_written():
    text = ("# Regression\n\nsome words\n\n$$a = b$$\n\n## Classification\n\n$$c = d$$\n"
            "\\section{Softmax}\n\\begin{align}\ne &= f \\\\\ng &= h\n\\end{align}\n")
    found = equations(text).chains
    assert [(chain.line, chain.section) for chain in found] == [(5, "Regression"), (9, "Classification"),
                                                                (12, "Softmax"), (13, "Softmax")]


def test_a_dollar_that_is_not_mathematics_and_an_unclosed_block_do_not_stop_the_reading():
    scan = equations("It costs $5 and more.\n\n$$a = b\n\nnever closed\n\n$c = d$")
    assert [chain.members for chain in scan.chains] == [["c", "d"]]
    assert scan.problems == ["line 3: $$ is never closed (no $$ after it); the rest of the file is read as text"]


@pytest.mark.parametrize("name, count", [("000", 115), ("004", 87)])
def test_the_seed_documents_give_their_chains(name, count):
    path = SEEDS / f"seed{name}.md"
    scan = equations(read_submission(path))
    assert scan.problems == []
    assert len(scan.chains) == count
    if name == "004":  # the \begin{split} derivation of dL/dz_y: 8 steps after the left side
        derivation = scan.chains[1]
        assert derivation.members[0] == r"\frac{\partial L}{\partial z_y}"
        assert derivation.members[-1] == "-1 + P_y" and len(derivation.members) == 9


@pytest.mark.parametrize("content, words", [
    (b"%PDF-1.7\n...", "is a PDF file, not text"),
    (b"PK\x03\x04rest", "is a zip archive"),
    (b"text\x00\x01binary", "is a binary file"),
    ("caf\u00e9\n".encode("latin-1"), "line 1: is not UTF-8 text (byte 0xe9)"),
])
def test_a_file_that_is_not_text_is_refused_in_one_line(tmp_path, content, words):
    path = tmp_path / "alice.md"
    path.write_bytes(content)
    with pytest.raises(SubmissionError) as raised:
        read_submission(path)
    assert str(raised.value).startswith(str(path)) and words in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.md"
    with path.open("wb") as stream:
        stream.truncate(50_000_000)  # sparse: 50 MB on paper, nothing on disk
    with pytest.raises(SubmissionError, match="is 50,000,000 bytes, more than the 2,000,000"):
        read_submission(path)


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeff$a = b$".encode("utf-8"))
    assert read_submission(path) == "$a = b$"


def test_scanning_hostile_text_takes_linear_time():
    # Unbalanced braces, thousands of openers and dollars: a backtracking or recursive reader would
    # run for minutes or overflow the stack; this one finishes well inside the cap.
    code = ("from backprop.grading.document import equations\n"
            "text = '$$' + '{' * 200_000 + '= 1' + '\\\\left(' * 50_000 + '$$' + '$a' * 100_000"
            " + '\\\\begin{align}' * 20_000 + '\\\\[' * 20_000\n"
            "scan = equations(text)\n"
            "print(len(scan.chains), len(scan.problems))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_words_and_cases_before_formulas_are_read_in_linear_time():
    # a case stated in words is looked for in the sentence before each formula, and words before a
    # formula are dropped: neither may rescan a long line (one line of 30,000 formulas) or backtrack
    code = ("from backprop.grading.document import equations\n"
            "text = 'x' * 1_000_000 + ' for j = y: $a = b$ ' * 30_000 + '$$\\\\text{' + 'a' * 300_000 + ' = 1$$'"
            " + '$$' + '\\\\text{a b} \\\\quad ' * 50_000 + '= 1$$'\n"
            "scan = equations(text)\n"
            "assert len(scan.chains) == 30_000 and {chain.case for chain in scan.chains} == {'j=y'}\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr


def test_a_row_of_many_commas_and_alignment_marks_is_read_in_linear_time():
    # each comma after a relation is a place two claims or a remark could part: the tries are bounded, and the
    # alignment marks are dropped in one pass (8,000 commas took over twenty minutes when every try re-read the row)
    code = ("from backprop.grading.document import equations\n"
            "equations('$$a &= b' + ', c d' * 8_000 + '$$')\n"
            "equations('$$' + 'a & b, ' * 8_000 + '= 1$$')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr


def test_rows_that_go_on_with_a_member_are_joined_to_it():
    # seed 000's style: terms of one member on rows of their own, and \left( ... \right. across rows
    text = ("$$\\begin{aligned} g &= a \\\\ &\\quad + b \\\\ &\\quad - c \\\\ &= d \\end{aligned}$$\n"
            "$$\\begin{aligned} w &= w + \\alpha \\left(p \\right. \\\\ &\\quad \\left. q \\right) \\end{aligned}$$\n"
            "$$\\begin{aligned} u &= x \\cdot \\\\ & y \\end{aligned}$$")
    assert chains(text) == [["g", "a + b - c", "d"], ["w", r"w + \alpha \left(p \right. \left. q \right)"],
                            ["u", r"x \cdot y"]]


def test_a_link_a_fifo_or_a_folder_is_not_a_submission(tmp_path):
    import os

    secret = tmp_path / "secret.md"
    secret.write_text("$a = b$")
    (tmp_path / "link.md").symlink_to(secret)
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "folder.md").mkdir()
    for name, words in (("link.md", "is a symbolic link"), ("pipe.md", "not a regular file"),
                        ("folder.md", "is a folder"), ("missing.md", "cannot be read")):
        with pytest.raises(SubmissionError, match=words):
            read_submission(tmp_path / name)


def test_a_tex_comment_inside_mathematics_is_not_read():
    # what TeX does not typeset is no claim (a wrong step the author took out); an escaped \% is kept
    text = "\\begin{align}\na &= b \\\\\n% a &= c\nd &= 5\\% e\n\\end{align}\n"
    found = equations(text).chains
    assert [chain.members for chain in found] == [["a", "b"], ["d", r"5\% e"]]
    assert [chain.line for chain in found] == [2, 4]


def test_a_million_image_openers_are_scanned_in_linear_time():
    # formula_images looks for a renderer's image at every "![": an alt text allowed to run to the end of its line
    # was tried from each of them (6.6 s for 200,000, quadratic); bounded, a million take a fraction of a second
    code = ("from backprop.grading.document import equations\n"
            "scan = equations('![' * 1_000_000 + '![a](https://latex.codecogs.com/svg.latex?x%3D1)')\n"
            "print(len(scan.chains))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=10)
    assert result.returncode == 0, result.stderr
