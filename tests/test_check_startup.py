"""check's start-up choices that a test can hold without timing: the program's check runs without the cycle collector
(cli.main with no arguments, as the console script and ``python -m backprop.cli`` call it), with the same verdict and
output; main(argv) from Python leaves the collector as it is."""

from __future__ import annotations

import gc
import subprocess
import sys

from backprop.cli import main
from backprop.commands import NO_CYCLE_COLLECTOR
from backprop.symbolic.label_words import _COMMA_WORD, _LABEL_WORD

RIGHT = ["check", "seed000_regression", "--param", "W1[0,0]", "--formula", "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"]
WRONG = ["check", "seed000_regression", "--param", "W1[0,0]", "--formula", "(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"]
# the program's main(), then whether the collector is on, on stderr
PROGRAM = ("import gc, sys; from backprop.cli import main; sys.argv = ['backprop', *sys.argv[1:]]; status = main();"
           " print(gc.isenabled(), file=sys.stderr); sys.exit(status)")


def test_the_programs_check_runs_without_the_cycle_collector(capsys):
    assert NO_CYCLE_COLLECTOR == {"check"}
    for arguments, status in ((RIGHT, 0), (WRONG, 1)):
        done = subprocess.run([sys.executable, "-c", PROGRAM, *arguments], capture_output=True, text=True)
        assert done.returncode == status and done.stderr.strip() == "False"
        assert main(arguments) == status and capsys.readouterr().out == done.stdout  # the same output
    done = subprocess.run([sys.executable, "-c", PROGRAM, "examples"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr.strip() == "True"


def test_main_from_python_leaves_the_collector_as_it_is(capsys):
    assert main(RIGHT) == 0 and gc.isenabled()
    gc.disable()
    try:
        assert main(RIGHT) == 0 and not gc.isenabled()
    finally:
        gc.enable()
    capsys.readouterr()


# README's seed-004 check (a LaTeX chain of members, numbers at the file's numbers), then the patterns it compiled
README_CHECK = ["check", "seed004_sparse_sigmoid", "--notation", "seed004", "--formula",
                r"\frac{\partial L}{\partial w_2} = 2(\hat{y} - y) \cdot \hat{y}(1 - \hat{y}) \cdot w_5 \cdot h_1(1 - h_1)"
                r" \cdot x_2 = 2(0.586 - 0.7) \cdot 0.586(1 - 0.586) \cdot -0.2 \cdot 0.731(1 - 0.731) \cdot 4.9"
                r" \approx 0.01066"]
COMPILED = ("import sys; from backprop.cli import main; status = main(sys.argv[1:]);"
            " from backprop.symbolic import function_syntaxes, label_words, typography_code;"
            " print([syntax.language for syntax in function_syntaxes.SYNTAXES if '_compiled' in vars(syntax.head)],"
            " ['_compiled' in vars(pattern) for pattern in (*label_words._LABEL_WORD, *label_words._COMMA_WORD)],"
            " '_compiled' in vars(typography_code._BROADCAST_CALL), file=sys.stderr); sys.exit(status)")


def test_a_latex_formula_compiles_no_code_languages_patterns():
    # each language's head needs its keyword (func, fn, def, function, ...): a LaTeX formula holds none, so none is
    # compiled; nor the East Asian letters' class of label_words for an ASCII text, nor Julia's broadcast call
    done = subprocess.run([sys.executable, "-c", COMPILED, *README_CHECK], capture_output=True, text=True)
    assert done.returncode == 1 and "step 3: wrong: 0.01066" in done.stdout  # README's verdict
    assert done.stderr.strip() == "[] [False, True, False, True] False"


def test_label_words_reads_an_ascii_text_as_the_pattern_of_every_script_does():
    texts = ["3. Compute delta(L) = a(L) - y", "* compute d (L) = a (L) - y (t)", "Thus, dw = x dz", "I don't see why"
             " dw = x dz", "Consequently, dw = 2", "x = 1\nTherefore, y = 2", "  - Update w = w - eta g", "dw = x"]
    for text in texts:
        for patterns in (_LABEL_WORD, _COMMA_WORD):
            every, ascii_only = (patterns[0].search(text), patterns[1].search(text))
            assert (every and (every.span(), every.groups())) == (ascii_only and (ascii_only.span(), ascii_only.groups()))
    assert _LABEL_WORD[0].search("따라서 dL/dw = x").group(2) == "따라서" and _LABEL_WORD[1].search("따라서 dL/dw = x") is None
    assert _COMMA_WORD[0].search("所以，dw = x").group(2) == "所以"
