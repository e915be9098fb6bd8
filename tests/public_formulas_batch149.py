r"""Batch 149 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on Markdown, HTML and
plain-text write-ups with worked numeric examples of small networks and derivations; every address a stored file
whose repository the index does not name): Markdown notes on training techniques (stored file 53789366832: Mazur's
2-2-2 example in $$ displays written over several lines, each = starting a line, \cdot, numbers to nine digits), a
Markdown export of Mazur's post (stored file 10394204021: every formula a WordPress LaTeX image, ![LaTeX](https://
s0.wp.com/latex.php?latex=...), its alt text the LaTeX and its address the same LaTeX URL-encoded), an ERA
assignment README (stored file 24126419846: * bullets in plain text with ∂ and σ, a_o1-t1 * ... with no
parentheses), a README on a backpropagation spreadsheet (stored file 12103904753: formulas in backticks in nested
bullets, its error written of the output sums), an EVA6 README (stored file 26465651017: the eight gradients in plain
text, lines ending in two spaces), an Assignment 4 README (stored file 18494411362: backticked lines, inputs x1, x2,
targets y1, y2, ², a table of initial weights), a Session 6 README (stored file 41617869982: Markdown's \* escapes,
en dashes for minus signs, ƞ for the rate, new_w5 = ...) and a README tutorial "How Backpropagation Works" (stored
file 1584166629: \( ... \) in nested bullets, a\_h_1 with the underscore escaped for Markdown). Copied verbatim,
typos and mistakes included (the JSON-escaped text of the stored files decoded; the WordPress lines whole, alt text
and address, as batch 103 took the read-it-later issue's <img> lines), each with the notation a teacher would write
for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: Mazur's names, the
layers' shared biases b_1, b_2, delta_{o1} = dE_total/dnet_{o1} as the post defines its node delta, w_5^{+} the new
w_5; the ERA course's names, i1, i2, t1, t2, w1 ... w8, h1, h2, o1, o2 the sums, a_h1 ... a_o2 the outputs, E1 and E2
the outputs' halves of the squared error, E_total and E_Total the loss; the spreadsheet README's o1, o2 the outputs
themselves, as its E1 = 1/2 (t1 - o1)^2 of the sums has it; the Session 6 README's ƞ the rate and new_w5 the new
w5; the tutorial's a\_h_1, a\_o_1 as written), a network of the kind the page describes (with the page's numbers
where it gives them: Mazur's i1 = 0.05, i2 = 0.1, w1 ... w8 = 0.15 ... 0.55, b1 = 0.35, b2 = 0.6, targets 0.01 and
0.99, eta = 0.5; the Assignment 4 README's w1 ... w8 = 0.3, 0.5, -0.2, 0.7, 0.1, -0.6, 0.3, -0.9; all in
tests/public_formulas_batch149_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A derivative by an output or a
hidden output (dE_total/dout_{o1}, ∂E_total/∂a_h1), a sigmoid's slope (∂a_o1/∂o1), a sum's derivative by its weight
(∂o1/∂w5 = a_h1), a node delta (delta_{o1}, ∂E_{o1}/∂net_{o1}), a forward line (net_{h1}, out_{h1}, a_h1, o_1) and a
half of the loss (E1, E_1) are twinned as values, as in batches 14 to 148. Formulas keep their page's delimiters and
what surrounds them on their line (a display's line breaks, a bullet's * or - and its indentation, backticks, two
trailing spaces, a Markdown image's address); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 149

The batch: 53 formulas from 8 addresses (the training notes 8, Mazur's post 7, the ERA assignment 7, the spreadsheet
README 6, the EVA6 README 6, Assignment 4 6, Session 6 8, the tutorial 5). 20 are LaTeX (the notes' 8 in $$, the
post's 7 in image alt texts, the tutorial's 5 in \( ... \)), 33 plain text (∂ and σ in bullets, backticks, \*
escapes). By kind: 27 gradients (11 of them with worked numbers or a chain of derivatives among their members), 2
updates (one worked in numbers), 13 derivative or delta values, 8 forward values and halves of the loss, 3 mistyped.

7 are mistaken somewhere (the oracle finds at least one member wrong), and 3 are mistyped:

- the ERA assignment's db-ah1, ∂E_total/∂a_h1 = a_o1-t1 * a_o1*(1-a_o1)* w5 + a_o2-t2 * a_o2*(1-a_o2)  * w7: no
  parentheses around a_o1-t1, so as written a_o1 - t1 a_o1 (1 - a_o1) w5 + a_o2 - t2 a_o2 (1 - a_o2) w7 ((a_o1 -
  t1) a_o1 (1 - a_o1) w5 + ... was meant);
- the ERA assignment's db-w1, the same slip inside ∂E_total/∂w1's parentheses;
- the ERA assignment's db-w5, ∂E_Total/∂w5 = a_o1-t1 * a_o1*(1-a_o1) * a_h1, the same slip;
- the spreadsheet README's ln-w5, ln-w7, ln-w6, ln-w8, ∂E_total/∂w5 = ∂(E_total)/∂o1 * ∂o1/∂w5 = (t1 - o1) * a_h1 and
  its three siblings: under the page's E1 = 1/2 (t1 - o1)^2 the derivative by o1 is o1 - t1; the sign is lost in the
  last member (the chain before it is right);
- mistyped (unreadable): the ERA assignment's db-w5s, ... =  ∂E1/a_o1 * ∂a_o1/∂o1 * ∂o1/∂w5: the ∂ of the first
  factor's denominator dropped (unreadable="∂E1/a_o1"; the next line writes ∂E1/a_o1 the same way);
- mistyped (unreadable): Session 6's ss-de1, ∂E1/∂a_o1 = ∂((1/2) \* (t1 – a_o1)2)/∂a_o1 = (a_o1 – t1): the square's
  superscript lost, (t1 – a_o1)2 (the E1 line above writes <sup>2</sup>; unreadable="(t1 – a_o1)2");
- mistyped (unreadable): Session 6's ss-o2, o2 = w7\*a_h1 + w8\*w_h2: w_h2 for a_h2, a name the page never gives
  (unreadable="w_h2").

Not mistaken, though they look it: the post's \frac{\partial E_{total}}{\partial out_{o1}} = 2 * \frac{1}{2}(target_
{o1} - out_{o1})^{2 - 1} * -1 + 0 and \frac{\partial net_{o1}}{\partial w_{5}} = 1 * out_{h1} * w_5^{(1 - 1)} + 0 + 0
(the power rule written out, right); the ERA pages' ∂E_Total/∂w5 = ∂E1/∂w5 (E2 does not hang on w5); Session 6's
hyphens and en dashes mixed as minus signs in one line; the tutorial's sigmoid outputs, where its prose names "the
identity activation function for the output layer" (its formulas a_o1 = σ(o1) define the network taken); the
spreadsheet README's w1 and w2 gradients, whose chains are right (only the output gradients' last members lose the
sign).

What was left out: the training notes' output-layer and error displays (net_{o1}, out_{o1}, E_{o1}, E_{total}: more
forward lines of the same kind) and the rest of the file (learning-rate schedules, SVD, ALS, optimizers: no network);
the post's forward lines (taken in batches of Mazur copies before), its chain-rule and delta-rule lines beyond those
taken (the same formulas again), \frac{\partial E_{total}}{\partial w_{5}} = -\delta_{o1} out_{h1} ("Some sources
extract the negative sign from delta": a statement under another convention of delta, not the post's) and its
hidden-layer section past ∂E_{o1}/∂net_{o1}; the ERA assignment's forward bullets in bold (**h1=i1*w1+i2*w2**,
a_h1=σ(h1)=1/1+exp(-h1) written without parentheses in a bold-italic span), its ∂E1/∂a_h1 chain (∂o1/∂w5*∂w5/∂a_h1,
a chain through a weight) and the other copies of its slips (∂E_total/∂a_h2, w2 ... w4, w6 ... w8); the spreadsheet
README's forward Formulas (E1 = ½ * (t1 - o1)² and the products by juxtaposition w5a_h1, names no notation can split)
and its Loss section (prose); the EVA6 README's loss lines (prose before the formula: Loss / "Mean Squared Error" from
output a_o1 = E1 = ...) and its w7, w2 gradients (the same lines again); Assignment 4's forward lines `o1 (w5 * a_h1)
* (w6 * a_h2)` and `E_Total E1 + E2` (no equals sign: not formulas with a left side), its w7, w5, w3, w2 gradients
(the same lines again) and its update `w_new = w_old - (LR * ∂E/∂w)` (a generic w for every weight, which no notation
of the page's names can name); Session 6's other gradient, chain and update lines (the same lines for the other
weights) and its forward lines; the tutorial's h_1, E_{total} lines and its result tables. Pages read and not taken:
Mazur copies and EVA/ERA READMEs used by earlier batches (stored files 44352377450, 71383142919, 60619096298,
3307234461), a Spanish single-neuron example whose repository an earlier batch used (stored file 27198652125), a
Chinese Markdown note with ```math blocks (stored file 26148965025, used) and a plain-text note whose hidden_error *
(1-hidden_error) slip an earlier batch took (stored file 6712465675).

Collected on 2026-12-07 (14:10 to 14:17 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 8 loaded as first written. The oracle's first run failed one entry on a slip of its twin, not of the verdicts:
mz-out's worked number was transcribed =1/(1 + exp(-0.3775)), and the number oracle's namespace names the exponential
np.exp (fixed to =1/(1 + np.exp(-0.3775)), the verdicts unchanged); the second run passed every verdict as first
transcribed (50 entries and the batch's two checks; the 3 mistyped entries have no verdicts).

Run blind at main baf64a5 (/work/READY_FOR_BLIND59; src/ as at 1538989, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch149_blind.txt): 50 of 53 read with
every verdict right (94%), 0 refused, 2 typos refused, 1 typo read, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. No refusal was a slip of the notations (none was refused but two typos), so the batch was run once;
tests/test_public_formulas_held_out.py -k b149- passed after the rebase (103 tests, check's
never-wrong-called-correct test included), as did the batch's two checks.

Of the 7 mistaken formulas, all 7 were read with their wrong member called wrong: db-ah1, db-w1 and db-w5 (a_o1-t1 *
... without parentheses, read by precedence as a_o1 - t1 a_o1 ...), ln-w5, ln-w7, ln-w6 and ln-w8 (the sign lost,
(t1 - o1) for o1 - t1, the chain before it called correct). By page: the training notes 8 of 8, Mazur's post 7 of 7,
the ERA assignment 6 of 7 (and its typo refused), the spreadsheet README 6 of 6, the EVA6 README 6 of 6, Assignment 4
6 of 6, Session 6 6 of 8 (one typo refused, one read), the tutorial 5 of 5.

The refusals by construct (none but the typos'), with the exact message:

- the dropped ∂: db-w5s, "formula '\\partial E_Total/\\partial w5 = \\partial (E1)/\\partial w5 ...': expected
  '\\partial' in ∂L/∂w at 'a' (position 73)" (pointing at the a of a_o1 after ∂E1/, the place of the typo, though
  blind_batch.py reports it as not naming '∂E1/a_o1', the spelling the entry gives);
- the unknown name: ss-o2, "formula 'o2 = w7*a_h1 + w8*w_h2': w_{h2} matches none of the notation's patterns for w
  ('w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8')" (naming it).

The typo read: ss-de1, ∂E1/∂a_o1 = ∂((1/2) \* (t1 – a_o1)2)/∂a_o1 = (a_o1 – t1), got (('wrong', 'correct'),): the
lost superscript's (t1 – a_o1)2 read as the product (t1 - a_o1) times 2, whose derivative by a_o1 is -1 (called
wrong: true of the formula as written), and the last member (a_o1 – t1) called correct. A reading of the typo as it
stands, not a misreading; no verdict on it was expected.

Read, among the constructs these pages brought: $$ displays over several lines with each = and a lone \cdot on its
own line; Markdown images of WordPress LaTeX read from their alt text beside a URL-encoded address, the power rule
written out (2 * \frac{1}{2}(...)^{2 - 1} * -1 + 0, w_5^{(1 - 1)}), a node delta defined on the page and w_5^{+}
worked in numbers; * bullets with ∂, σ and a_o1-t1 without parentheses read by precedence (called wrong), a_h1(1-a_h1)
by juxtaposition; backticked formulas in nested bullets, ∂(E_total)/∂o1 with the loss in parentheses, square
brackets around a sum of chains; lines ending in two spaces; ²; Markdown's \* escapes, en dashes as minus signs beside
hyphens, ƞ (U+019E) as the rate and new_w5 as the new weight; \( ... \) with a\_h_1's escaped underscore.

Which look general: none of this batch's refusals; both are the pages' typos (a dropped ∂ in a denominator, refused
at the place; a name the page never gives, refused naming it). The typo read, (t1 – a_o1)2 as a product by 2, is the
reading a lost superscript gives in plain text.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch149_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_MZ = _STORED.format(53789366832, "# Model training techniques",
                     "Markdown notes on training: Mazur's worked example in $$ displays written over several lines, "
                     "bold step labels")
_WP = _STORED.format(10394204021, "# A Step by Step Backpropagation Example",
                     "a Markdown export of Mazur's post: every formula a WordPress LaTeX image, ![alt](url) with the "
                     "LaTeX in the alt text and URL-encoded in the address")
_DB = _STORED.format(24126419846, "# Backpropagation Assignment",
                     "an ERA assignment README: the spreadsheet network's derivatives in * bullets, plain text with "
                     "∂ and σ")
_LN = _STORED.format(12103904753, "# Backpropagation in Neural Networks",
                     "a README explaining a backpropagation spreadsheet: formulas in backticks in nested bullets, the "
                     "error written of the output sums")
_EV = _STORED.format(26465651017, "# Part 1: EVA6 Backpropagation in Microsoft Excel",
                     "an EVA6 README: the eight gradients in plain text, lines ending in two spaces")
_AS = _STORED.format(18494411362, "# Assignment 4",
                     "an assignment README: each formula a backticked line, inputs x1, x2 and targets y1, y2, a "
                     "table of initial weights")
_SS = _STORED.format(41617869982, "# Session 6 - Backpropagatino and Advanced Architecture",
                     "a Session 6 README: plain-text formulas with Markdown's \\* escapes, en dashes for minus signs, "
                     "ƞ for the rate")
_HW = _STORED.format(1584166629, "# How Backpropagation Works ",
                     "a README tutorial: \\( ... \\) LaTeX in nested bullets with the underscore escaped, a\\_h_1")

_D0 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_D = (_D0, _D1)


def _ea(j: int) -> str:
    """dE/d(hidden output j) on a sigmoid-output 2-2-2 network under half the squared error."""
    return f"({_D0}*W2[0,{j}] + {_D1}*W2[1,{j}])"


def _dh(j: int) -> str:
    """dE/d(hidden sum j)."""
    return f"{_ea(j)}*a1[{j}]*(1 - a1[{j}])"


# the identity-output page (LN): dE/dz2[k] = o_k - t_k, dE/dz1[j]
_LD = ("(z2[0] - y[0])", "(z2[1] - y[1])")


def _ldh(j: int) -> str:
    return f"({_LD[0]}*W2[0,{j}] + {_LD[1]}*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"


# the wrong members as the bullets' precedence reads them: a_o1-t1 * a_o1*(1-a_o1)* w5 is a_o1 - (t1 a_o1 (1 - a_o1) w5)
_PREC = "a2[0] - y[0]*a2[0]*(1 - a2[0])*W2[0,0] + a2[1] - y[1]*a2[1]*(1 - a2[1])*W2[1,0]"

ENTRIES = [
    # ---- the Markdown notes: Mazur's example in $$ displays, each display over several lines (the equals signs
    # starting the lines), \cdot for the products, numbers to nine digits ------------------------------------------
    Public("q9-mz-net", _MZ, "b149_mz", "b149_mz", "$$\nnet_{h1} = w_1 i_1 + w_2 i_2 + b_1\n$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1",)),), batch=149,
           why="the first hidden sum, products by juxtaposition; b_1 the hidden layer's shared bias"),
    Public("q9-mz-netn", _MZ, "b149_mz", "b149_mz",
           "$$\nnet_{h1} = 0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35 = 0.3775\n$$", ((C, C),),
           (Twin("value", "z1[0]", ("=0.15*0.05 + 0.2*0.1 + 0.35", "=0.3775")),), batch=149),
    Public("q9-mz-out", _MZ, "b149_mz", "b149_mz",
           "$$\nout_{h1} = \\frac{1}{1 + e^{-net_{h1}}} = \\frac{1}{1 + e^{-0.3775}} = 0.593269992\n$$", ((C, C, C),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))", "=1/(1 + np.exp(-0.3775))", "=0.593269992")),), batch=149),
    Public("q9-mz-chain", _MZ, "b149_mz", "b149_mz",
           "$$\n\\frac{\\partial E_{total}}{\\partial w_5}\n= \\frac{\\partial E_{total}}{\\partial out_{o1}}\n\\cdot\n"
           "\\frac{\\partial out_{o1}}{\\partial net_{o1}}\n\\cdot\n\\frac{\\partial net_{o1}}{\\partial w_5}\n$$",
           ((C,),), (Twin("gradient", "W2[0,0]", (f"{_D0}*a1[0]",)),), batch=149,
           why="the chain rule, a \\cdot alone on its line between the factors"),
    Public("q9-mz-s1", _MZ, "b149_mz", "b149_mz",
           "$$\n\\frac{\\partial E_{total}}{\\partial out_{o1}}\n= -(target_{o1} - out_{o1})\n= -(0.01 - 0.75136507)\n"
           "= 0.74136507\n$$", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "=-(0.01 - 0.75136507)", "=0.74136507")),), batch=149,
           why="the derivative by the first output, a value (**Step 1:**)"),
    Public("q9-mz-s2", _MZ, "b149_mz", "b149_mz",
           "$$\n\\frac{\\partial out_{o1}}{\\partial net_{o1}}\n= out_{o1}(1 - out_{o1})\n= 0.75136507(1 - 0.75136507)\n"
           "= 0.186815602\n$$", ((C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])",
                 ("a2[0]*(1 - a2[0])", "=0.75136507*(1 - 0.75136507)", "=0.186815602")),), batch=149,
           why="the logistic's slope at the output, a value; a number before a parenthesis as a product"),
    Public("q9-mz-s3", _MZ, "b149_mz", "b149_mz",
           "$$\n\\frac{\\partial net_{o1}}{\\partial w_5}\n= out_{h1} = 0.593269992\n$$", ((C, C),),
           (Twin("value", "a1[0]", ("a1[0]", "=0.593269992")),), batch=149),
    Public("q9-mz-fin", _MZ, "b149_mz", "b149_mz",
           "$$\n\\frac{\\partial E_{total}}{\\partial w_5}\n= 0.74136507 \\cdot 0.186815602 \\cdot 0.593269992\n"
           "= 0.082167041\n$$", ((C, C),),
           (Twin("gradient", "W2[0,0]", ("=0.74136507*0.186815602*0.593269992", "=0.082167041")),), batch=149,
           why="**Final Gradient**"),
    # ---- the export of Mazur's post: each formula a Markdown image, ![LaTeX](https://s0.wp.com/latex.php?latex=
    # URL-encoded LaTeX&bg=...), the whole line taken as the page holds it -------------------------------------------
    Public("q9-wp-2h", _WP, "b149_wp", "b149_wp",
           r"![\frac{\partial E_{total}}{\partial out_{o1}} = 2 * \frac{1}{2}(target_{o1} - out_{o1})^{2 - 1} * -1 + 0]"
           r"(https://s0.wp.com/latex.php?latex=%5Cfrac%7B%5Cpartial+E_%7Btotal%7D%7D%7B%5Cpartial+out_%7Bo1%7D%7D+%3D"
           r"+2+%2A+%5Cfrac%7B1%7D%7B2%7D%28target_%7Bo1%7D+-+out_%7Bo1%7D%29%5E%7B2+-+1%7D+%2A+-1+%2B+0&bg=ffffff&"
           r"fg=404040&s=0)", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("2*(1/2)*(y[0] - a2[0])**(2 - 1)*(-1) + 0",)),), batch=149,
           why="the power rule written out, * -1 (a sign after *) and + 0 for the second output's half"),
    Public("q9-wp-dout", _WP, "b149_wp", "b149_wp",
           r"![\frac{\partial E_{total}}{\partial out_{o1}} = -(target_{o1} - out_{o1}) = -(0.01 - 0.75136507) = "
           r"0.74136507](https://s0.wp.com/latex.php?latex=%5Cfrac%7B%5Cpartial+E_%7Btotal%7D%7D%7B%5Cpartial+out_%7B"
           r"o1%7D%7D+%3D+-%28target_%7Bo1%7D+-+out_%7Bo1%7D%29+%3D+-%280.01+-+0.75136507%29+%3D+0.74136507&bg=ffffff&"
           r"fg=404040&s=0)", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "=-(0.01 - 0.75136507)", "=0.74136507")),), batch=149),
    Public("q9-wp-dnet", _WP, "b149_wp", "b149_wp",
           r"![\frac{\partial net_{o1}}{\partial w_{5}} = 1 * out_{h1} * w_5^{(1 - 1)} + 0 + 0 = out_{h1} = 0.593269992]"
           r"(https://s0.wp.com/latex.php?latex=%5Cfrac%7B%5Cpartial+net_%7Bo1%7D%7D%7B%5Cpartial+w_%7B5%7D%7D+%3D+1+"
           r"%2A+out_%7Bh1%7D+%2A+w_5%5E%7B%281+-+1%29%7D+%2B+0+%2B+0+%3D+out_%7Bh1%7D+%3D+0.593269992&bg=ffffff&"
           r"fg=404040&s=0)", ((C, C, C),),
           (Twin("value", "a1[0]", ("1*a1[0]*W2[0,0]**(1 - 1) + 0 + 0", "a1[0]", "=0.593269992")),), batch=149,
           why="w_5^{(1 - 1)}: the power rule written out, w_5 to the power 0"),
    Public("q9-wp-delta", _WP, "b149_wp", "b149_wp",
           r"![\delta_{o1} = -(target_{o1} - out_{o1}) * out_{o1}(1 - out_{o1})](https://s0.wp.com/latex.php?latex="
           r"%5Cdelta_%7Bo1%7D+%3D+-%28target_%7Bo1%7D+-+out_%7Bo1%7D%29+%2A+out_%7Bo1%7D%281+-+out_%7Bo1%7D%29&bg="
           r"D5E9F6&fg=404040&s=0)", ((C,),),
           (Twin("value", _D0, ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=149,
           why="the node delta dE_total/dnet_{o1} (the post's definition), a value"),
    Public("q9-wp-w5d", _WP, "b149_wp", "b149_wp",
           r"![\frac{\partial E_{total}}{\partial w_{5}} = \delta_{o1} out_{h1}](https://s0.wp.com/latex.php?latex="
           r"%5Cfrac%7B%5Cpartial+E_%7Btotal%7D%7D%7B%5Cpartial+w_%7B5%7D%7D+%3D+%5Cdelta_%7Bo1%7D+out_%7Bh1%7D&bg="
           r"D5E9F6&fg=404040&s=0)", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D0}*a1[0]",)),), batch=149, why="the delta times the hidden output, by "
                                                                               "juxtaposition"),
    Public("q9-wp-upd", _WP, "b149_wp", "b149_wp",
           r"![w_5^{+} = w_5 - \eta * \frac{\partial E_{total}}{\partial w_{5}} = 0.4 - 0.5 * 0.082167041 = 0.35891648]"
           r"(https://s0.wp.com/latex.php?latex=w_5%5E%7B%2B%7D+%3D+w_5+-+%5Ceta+%2A+%5Cfrac%7B%5Cpartial+E_%7Btotal"
           r"%7D%7D%7B%5Cpartial+w_%7B5%7D%7D+%3D+0.4+-+0.5+%2A+0.082167041+%3D+0.35891648&bg=ffffff&fg=404040&s=0)",
           ((C, C, C),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_D0}*a1[0]", "=0.4 - 0.5*0.082167041", "=0.35891648")),),
           batch=149, why="w_5^{+} the new w_5, eta = 0.5 (the post's)"),
    Public("q9-wp-eo1", _WP, "b149_wp", "b149_wp",
           r"![\frac{\partial E_{o1}}{\partial net_{o1}} = \frac{\partial E_{o1}}{\partial out_{o1}} * \frac{\partial "
           r"out_{o1}}{\partial net_{o1}} = 0.74136507 * 0.186815602 = 0.138498562](https://s0.wp.com/latex.php?latex="
           r"%5Cfrac%7B%5Cpartial+E_%7Bo1%7D%7D%7B%5Cpartial+net_%7Bo1%7D%7D+%3D+%5Cfrac%7B%5Cpartial+E_%7Bo1%7D%7D%7B"
           r"%5Cpartial+out_%7Bo1%7D%7D+%2A+%5Cfrac%7B%5Cpartial+out_%7Bo1%7D%7D%7B%5Cpartial+net_%7Bo1%7D%7D+%3D+"
           r"0.74136507+%2A+0.186815602+%3D+0.138498562&bg=ffffff&fg=404040&s=0)", ((C, C, C),),
           (Twin("value", _D0, (_D0, "=0.74136507*0.186815602", "=0.138498562")),), batch=149,
           why="the first output's half E_{o1} by its sum, a value (the hidden layer's section)"),
    # ---- the ERA assignment README: * bullets, ∂ and σ in plain text, the output's error written a_o1-t1 with no
    # parentheses before products (three lines mistaken by precedence) and one ∂ dropped ---------------------------
    Public("q9-db-ah1", _DB, "b149_db", "b149_db",
           "* ∂E_total/∂a_h1 = a_o1-t1 * a_o1*(1-a_o1)* w5 + a_o2-t2 * a_o2*(1-a_o2)  * w7", ((W,),),
           (Twin("value", _ea(0), (_PREC,)),), batch=149,
           why="a_o1-t1 * a_o1*(1-a_o1)* w5 with no parentheses around a_o1-t1: as written a_o1 - t1 a_o1 (1 - a_o1) "
               "w5 (the page's slip; (a_o1 - t1) a_o1 (1 - a_o1) w5 was meant)"),
    Public("q9-db-w5s", _DB, "b149_db", "b149_db",
           "* ∂E_Total/∂w5 = ∂(E1)/∂w5 =  ∂E1/a_o1 * ∂a_o1/∂o1 * ∂o1/∂w5", unreadable="∂E1/a_o1", batch=149,
           why="∂E1/a_o1: the ∂ of the denominator dropped (∂E1/∂a_o1 was meant, the page's typo: the next line "
               "writes it the same way)"),
    Public("q9-db-sig", _DB, "b149_db", "b149_db",
           "* ∂a_o1/∂o1 = ∂( σ(o1))/∂o1 = σ(o1) * (1 - σ(o1)) = a_o1 * ( 1 - a_o1)", ((C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])",
                 ("a2[0]*(1 - a2[0])", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))", "a2[0]*(1 - a2[0])")),), batch=149,
           why="the sigmoid's slope at the output, a value"),
    Public("q9-db-do1", _DB, "b149_db", "b149_db", "* ∂o1/∂w5 = ∂(a_h1*w5 + a_h2*w6)/∂w5 = a_h1", ((C, C),),
           (Twin("value", "a1[0]", ("a1[0]", "a1[0]")),), batch=149,
           why="the derivative of the written-out sum, a value"),
    Public("q9-db-w1c", _DB, "b149_db", "b149_db", "* ∂E_total/∂w1 =∂E_total/∂a_h1 * ∂a_h1/∂h1 * ∂h1/∂w1 ", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_dh(0)}*x[0]",)),), batch=149, why="the chain, a trailing space"),
    Public("q9-db-w1", _DB, "b149_db", "b149_db",
           "* ∂E_total/∂w1 =(a_o1-t1 * a_o1*(1-a_o1)* w5 + a_o2-t2 * a_o2*(1-a_o2)  * w7)* a_h1(1-a_h1) * i1", ((W,),),
           (Twin("gradient", "W1[0,0]", (f"({_PREC})*a1[0]*(1 - a1[0])*x[0]",)),), batch=149,
           why="the same slip inside the parentheses (a_o1-t1 * ...: a_o1 - t1 a_o1 (1 - a_o1) w5)"),
    Public("q9-db-w5", _DB, "b149_db", "b149_db", "* ∂E_Total/∂w5 = a_o1-t1 * a_o1*(1-a_o1) * a_h1", ((W,),),
           (Twin("gradient", "W2[0,0]", ("a2[0] - y[0]*a2[0]*(1 - a2[0])*a1[0]",)),), batch=149,
           why="as written a_o1 - t1 a_o1 (1 - a_o1) a_h1 (the parentheses around a_o1-t1 missing: the page's slip)"),
    # ---- the spreadsheet README: backticked formulas in nested bullets; its E1 = 1/2 (t1 - o1)^2 of the output sums
    # differentiated with the sign lost, (t1 - o1) for o1 - t1, in the four output gradients ------------------------
    Public("q9-ln-w5", _LN, "b149_ln", "b149_ln",
           "    - `∂E_total/∂w5 = ∂(E_total)/∂o1 * ∂o1/∂w5 = (t1 - o1) * a_h1`", ((C, W),),
           (Twin("gradient", "W2[0,0]", (f"{_LD[0]}*a1[0]", "(y[0] - z2[0])*a1[0]")),), batch=149,
           why="under E1 = 1/2 (t1 - o1)^2 (the page's Formulas) dE/do1 = o1 - t1: (t1 - o1) has the sign lost (the "
               "page's slip; the chain before it is right)"),
    Public("q9-ln-w7", _LN, "b149_ln", "b149_ln",
           "    - `∂E_total/∂w7 = ∂(E_total)/∂o2 * ∂o2/∂w7 = (t2 - o2) * a_h1`", ((C, W),),
           (Twin("gradient", "W2[1,0]", (f"{_LD[1]}*a1[0]", "(y[1] - z2[1])*a1[0]")),), batch=149,
           why="the sign lost again"),
    Public("q9-ln-w6", _LN, "b149_ln", "b149_ln",
           "    - `∂E_total/∂w6 = ∂(E_total)/∂o1 * ∂o1/∂w6 = (t1 - o1) * a_h2`", ((C, W),),
           (Twin("gradient", "W2[0,1]", (f"{_LD[0]}*a1[1]", "(y[0] - z2[0])*a1[1]")),), batch=149),
    Public("q9-ln-w8", _LN, "b149_ln", "b149_ln",
           "    - `∂E_total/∂w8 = ∂(E_total)/∂o2 * ∂o2/∂w8 = (t2 - o2) * a_h2`", ((C, W),),
           (Twin("gradient", "W2[1,1]", (f"{_LD[1]}*a1[1]", "(y[1] - z2[1])*a1[1]")),), batch=149),
    Public("q9-ln-w1", _LN, "b149_ln", "b149_ln",
           "    - `∂E_total/∂w1 = ∂(E_total)/∂h1 * ∂h1/∂w1 = [(∂E_total/∂o1 * ∂o1/∂a_h1 * ∂a_h1/∂h1) + (∂E_total/∂o2 * "
           "∂o2/∂a_h1 * ∂a_h1/∂h1)] * i1`", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_ldh(0)}*x[0]", f"{_ldh(0)}*x[0]")),), batch=149,
           why="the chain through both outputs in square brackets, every factor a derivative"),
    Public("q9-ln-w2", _LN, "b149_ln", "b149_ln",
           "    - `∂E_total/∂w2 = ∂(E_total)/∂h1 * ∂h1/∂w2 = [(∂E_total/∂o1 * ∂o1/∂a_h1 * ∂a_h1/∂h1) + (∂E_total/∂o2 * "
           "∂o2/∂a_h1 * ∂a_h1/∂h1)] * i2`", ((C, C),),
           (Twin("gradient", "W1[0,1]", (f"{_ldh(0)}*x[1]", f"{_ldh(0)}*x[1]")),), batch=149),
    # ---- the EVA6 README: the eight gradients in plain text, lines ending in two spaces (Markdown's line break) ----
    Public("q9-ev-w5", _EV, "b149_ev", "b149_ev", "∂E_total/∂w5 = (a_o1 - t1) * a_o1 * (1 - a_o1) * a_h1  ", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D0}*a1[0]",)),), batch=149),
    Public("q9-ev-w6", _EV, "b149_ev", "b149_ev", "∂E_total/∂w6 = (a_o1 - t1) * a_o1 * (1 - a_o1) * a_h2  ", ((C,),),
           (Twin("gradient", "W2[0,1]", (f"{_D0}*a1[1]",)),), batch=149),
    Public("q9-ev-w8", _EV, "b149_ev", "b149_ev", "∂E_total/∂w8 = (a_o2 - t2) * a_o2 * (1 - a_o2) * a_h2", ((C,),),
           (Twin("gradient", "W2[1,1]", (f"{_D1}*a1[1]",)),), batch=149),
    Public("q9-ev-w1", _EV, "b149_ev", "b149_ev",
           "∂E_total/∂w1 = ((a_o1 - t1)*a_o1*(1 - a_o1)*w5 + (a_o2 - t2)*a_o2*(1 - a_o2)*w7) * a_h1 * (1 - a_h1) * i1  ",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_dh(0)}*x[0]",)),), batch=149),
    Public("q9-ev-w3", _EV, "b149_ev", "b149_ev",
           "∂E_total/∂w3 = ((a_o1 - t1)*a_o1*(1 - a_o1)*w6 + (a_o2 - t2)*a_o2*(1 - a_o2)*w8) * a_h2 * (1 - a_h2) * i1  ",
           ((C,),), (Twin("gradient", "W1[1,0]", (f"{_dh(1)}*x[0]",)),), batch=149),
    Public("q9-ev-w4", _EV, "b149_ev", "b149_ev",
           "∂E_total/∂w4 = ((a_o1 - t1)*a_o1*(1 - a_o1)*w6 + (a_o2 - t2)*a_o2*(1 - a_o2)*w8) * a_h2 * (1 - a_h2) * i2",
           ((C,),), (Twin("gradient", "W1[1,1]", (f"{_dh(1)}*x[1]",)),), batch=149),
    # ---- the Assignment 4 README: each formula alone in backticks, x1, x2 the inputs and y1, y2 the targets, ² ------
    Public("q9-as-ah1", _AS, "b149_as", "b149_as", "`a_h1 = σ(h1) = 1/(1 + exp(-h1))`", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=149),
    Public("q9-as-e1", _AS, "b149_as", "b149_as", "`E1 = 0.5 * (y1 - a_o1)²`", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("0.5*(y[0] - a2[0])**2",)),), batch=149,
           why="the first output's half of the squared error (the page's \"MSE Loss\"), a value; ² for the square"),
    Public("q9-as-w8", _AS, "b149_as", "b149_as", "`∂E_Total/∂w8 = (a_o2 - y2) * a_o2 * (1 - a_o2) * a_h2`", ((C,),),
           (Twin("gradient", "W2[1,1]", (f"{_D1}*a1[1]",)),), batch=149),
    Public("q9-as-w6", _AS, "b149_as", "b149_as", "`∂E_Total/∂w6 = (a_o1 - y1) * a_o1 * (1 - a_o1) * a_h2`", ((C,),),
           (Twin("gradient", "W2[0,1]", (f"{_D0}*a1[1]",)),), batch=149),
    Public("q9-as-w4", _AS, "b149_as", "b149_as",
           "`∂E_Total/∂w4 = [(a_o1 - y1) * a_o1 * (1 - a_o1) * w6 + (a_o2 - y2) * a_o2 * (1 - a_o2) * w8] * a_h2 * "
           "(1 - a_h2) * x2`", ((C,),), (Twin("gradient", "W1[1,1]", (f"{_dh(1)}*x[1]",)),), batch=149,
           why="the sum over the outputs in square brackets"),
    Public("q9-as-w1", _AS, "b149_as", "b149_as",
           "`∂E_Total/∂w1 = [(a_o1 - y1) * a_o1 * (1 - a_o1) * w5 + (a_o2 - y2) * a_o2 * (1 - a_o2) * w7] * a_h1 * "
           "(1 - a_h1) * x1`", ((C,),), (Twin("gradient", "W1[0,0]", (f"{_dh(0)}*x[0]",)),), batch=149),
    # ---- the Session 6 README: Markdown's \* escapes for the products, en dashes (U+2013) for most minus signs, ƞ
    # (U+019E) for the rate, lines ending in two spaces; a superscript lost and a forward line mistyped -------------
    Public("q9-ss-de1", _SS, "b149_ss", "b149_ss",
           "∂E1/∂a_o1 = ∂((1/2) \\* (t1 \u2013 a_o1)2)/∂a_o1 = (a_o1 \u2013 t1)  ", unreadable="(t1 \u2013 a_o1)2",
           batch=149,
           why="(t1 \u2013 a_o1)2: the square's superscript lost (the E1 line above writes it <sup>2</sup>: the page's "
               "typo), a 2 after a parenthesis"),
    Public("q9-ss-sig", _SS, "b149_ss", "b149_ss", "∂a_o1/∂o1 = ∂(σ(o1))/∂o1 = a_o1\\*(1 \u2013 a_o1)  ", ((C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "a2[0]*(1 - a2[0])")),), batch=149,
           why="the sigmoid's slope at the output, a value"),
    Public("q9-ss-w5", _SS, "b149_ss", "b149_ss",
           "∂E_Total/∂w5 = ∂E1/∂w5 = ∂E1/∂a_o1\\*∂a_o1/∂o1\\*∂o1/∂w5  ", ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_D0}*a1[0]", f"{_D0}*a1[0]")),), batch=149,
           why="E1, the first output's half, by w5 (the second's does not hang on w5)"),
    Public("q9-ss-ah1", _SS, "b149_ss", "b149_ss",
           "∂E_total/∂a_h1 = (a_o1 \u2013 t1)\\*a_o1\\*(1-a_o1)\\*w5 +  (a_o2 \u2013 t2)\\*a_o2\\*(1-a_o2)\\*w7  ",
           ((C,),), (Twin("value", _ea(0), (_ea(0),)),), batch=149,
           why="the loss's derivative by the first hidden output, a value; en dashes and hyphens both as minus"),
    Public("q9-ss-w3c", _SS, "b149_ss", "b149_ss", "∂E_total/∂w3 = ∂E_total/∂a_h2 \\* ∂a_h2/∂h2 \\* ∂h2/∂w3  ",
           ((C,),), (Twin("gradient", "W1[1,0]", (f"{_dh(1)}*x[0]",)),), batch=149),
    Public("q9-ss-w4", _SS, "b149_ss", "b149_ss",
           "∂E_total/∂w4 = ((a_o1 \u2013 t1) \\* a_o1 \\* (1-a_o1) \\* w6 +  (a_o2 \u2013 t2) \\* a_o2 \\* (1-a_o2) "
           "\\* w8) \\* a_h2 \\* (1 - a_h2) \\* i2  ", ((C,),),
           (Twin("gradient", "W1[1,1]", (f"{_dh(1)}*x[1]",)),), batch=149),
    Public("q9-ss-nw5", _SS, "b149_ss", "b149_ss", "new_w5 = w5 - ƞ \\* ∂E_total/∂w5  ", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_D0}*a1[0]",)),), batch=149,
           why="ƞ (U+019E, \"where, ƞ is learning rate\") the rate"),
    Public("q9-ss-o2", _SS, "b149_ss", "b149_ss", "o2 = w7\\*a_h1 + w8\\*w_h2  ", unreadable="w_h2", batch=149,
           why="w_h2 for a_h2 (the page's typo: a name it never gives)"),
    # ---- "How Backpropagation Works": \( ... \) in nested bullets, the underscore of a_h1 escaped for Markdown
    # (a\_h_1), \cdot for the products; its prose names an identity output, its formulas a sigmoid one -------------
    Public("q9-hw-ah1", _HW, "b149_hw", "b149_hw",
           "     - \\(a\\_h_1 = \\sigma(h_1) = \\frac{1}{1 + \\exp(-h_1)}\\)", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=149),
    Public("q9-hw-o1", _HW, "b149_hw", "b149_hw", "     - \\(o_1 = w_5 \\cdot a\\_h_1 + w_6 \\cdot a\\_h_2\\)", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),), batch=149),
    Public("q9-hw-e1", _HW, "b149_hw", "b149_hw", "     - \\(E_1 = \\frac{1}{2} \\cdot (t_1 - a\\_o_1)^2\\)", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("1/2*(y[0] - a2[0])**2",)),), batch=149),
    Public("q9-hw-w5", _HW, "b149_hw", "b149_hw",
           "     - \\(\\frac{\\partial E_{total}}{\\partial w_5} = (a\\_o_1 - t_1) \\cdot a\\_o_1 \\cdot (1 - a\\_o_1) "
           "\\cdot a\\_h_1\\)", ((C,),), (Twin("gradient", "W2[0,0]", (f"{_D0}*a1[0]",)),), batch=149),
    Public("q9-hw-w1", _HW, "b149_hw", "b149_hw",
           "     - \\(\\frac{\\partial E_{total}}{\\partial w_1} = ((a\\_o_1 - t_1) \\cdot a\\_o_1 \\cdot (1 - a\\_o_1) "
           "\\cdot w_5 + (a\\_o_2 - t_2) \\cdot a\\_o_2 \\cdot (1 - a\\_o_2) \\cdot w_7) \\cdot a\\_h_1 \\cdot (1 - "
           "a\\_h_1) \\cdot i_1\\)", ((C,),), (Twin("gradient", "W1[0,0]", (f"{_dh(0)}*x[0]",)),), batch=149),
]
