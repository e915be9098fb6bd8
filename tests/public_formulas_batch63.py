r"""Batch 63 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 addresses no earlier batch used (the "pages" corpus: gusjrivas' Spanish exercise notebook working
a 2-3-1 sigmoid network in numbers (TP_FINAL_AMIA), an RPubs document of R code for a 2-2-1 network, methodart.fr's
French post in Ng's [l], gthvn1's French notes pasted from a chat answer (neurone), two of lucidar.me's French pages
on the perceptron's learning rule, magnusv30's German notebook (ABA), a chapter of markus-scherg.de's German book,
sotisai.com's French course page with coloured terms, bootmath.com's copy of math.stackexchange's "Derivative of
Softmax loss function", royml.dev's notebook and dilawar.ai's post), copied verbatim, typos and mistakes included,
each with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for
what the product documents), a network of the kind the page describes (with the page's numbers where it works an
example; both in tests/public_formulas_batch63_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down once a twin's
NumPy call, t.sum(), was rewritten) and committed before check was. Two repositories are cited with the file and
commit read (gusjrivas' notebook, and gthvn1's Readme at the commit the index holds: the pages corpus stores
another version of it); magnusv30's by the repository's page the corpus stores. A delta
the page names as dL/dz (\delta^{(2)}, \delta^{[1]}, dE_dz3, dz3) is twinned as the derivative by z; a local
derivative or a derivative by an activation (dC_da4, dC_da3, \frac{\partial L}{\partial a^{(L)}_i}) and the
exercise's numbers for a delta as values. Formulas keep their page's delimiters and what surrounds them on their
line ($$ on lines of their own with trailing spaces, ``` fences, the chat answer's lines "[" and "]" for the lost
\[ \], R's and Python's indentation and trailing comments, a Q&A copy's formulas without delimiters, prose
sentences around plain-text formulas).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 63

The batch: 56 formulas, 36 values (forward values and losses, the exercise's chains of numbers with \approx,
one of them a delta's, sotisai's coloured numbers, local derivatives dC_da4, dC_da3, dL/da), 9 gradients, 9 deltas
dL/dz, 2 updates, counted by their first claim: 2 entries hold two (royml's paragraph, the softmax answer's chain
with the sentence's sum_k y_k = 1); no entry is marked unreadable. 39 are LaTeX (\approx, \times and \cdot, (l) and
[l] layers, (w^{(2)})^T, \odot, \begin{equation} ... \label{...} \end{equation}, \sum\limits, "." for the
product, y' for the expected output and w_i' for the new weight, \frac12, \textcolor{#rrggbb}{...}, \mathbf,
eqnarray with &=& and the en dash for minus, \color{red} and \color{blue} around parts of members, \left[
\right], a^{(L)}_i with the subscript after the superscript, a ===== line for an equation's =), 17 plain text or
code (R's <- with dsigmoid and a # comment, Python's .dot, .T, np.sum(..., axis=1, keepdims=True) and the German
ableitung_sigmoid, σ with Unicode subscripts and "...", w1x1 glued, ∂ and × across lines, @ and -[...] inside
prose).

8 are mistaken somewhere (the oracle finds at least one member wrong), all but one in gusjrivas' worked numbers:

- sigma(1.98) \approx 0.8797 (it is 0.87868), and its copies: w^{(2)} \cdot y^{(1)} = (-0.4 \times 0.8797) + ... =
  -0.61005 (every member), z^{(2)} = -0.61005 + 0.7 = 0.08995 (it is 0.090368), \hat{y} = \sigma(0.08995);
- J(\theta) = ... = \frac{1}{2} \times 20.0431 = 10.02155: 4.4775^2 is 20.0480 (its first two members are right to
  their digits);
- \delta^{(2)} \approx -4.4775 \cdot 0.2495 \approx -1.1174 (the product is -1.11714);
- \sigma'(2.172) = 0.8977 \cdot (1 - 0.8977) \approx 0.0921 (it is 0.0918);
- the softmax question's derivation, whose three members are each p_c - y_i (c the true class) where dL/do_i =
  p_i - y_i: the sum's -p_k y_k where y_k (1/p_k)(-p_k p_i) belongs.

Not mistaken, though they look it (each number within 1.5 units of its last digit, the spec's allowance for three
or more significant digits): sigma(3.02) \approx 0.9534 (0.953470); 1/(1 + 0.137) (0.137 for e^{-1.98} = 0.13807);
J's \frac{1}{2} (0.5225 - 5)^2 and \frac{1}{2} (-4.4775)^2 (0.5225 for 0.522577, carried), and the delta's
(0.5225 - 5) \cdot 0.2495 and -4.4775 \cdot 0.2495.

Choices open to question: the exercise's J(\theta) is the loss J with an argument; royml's sentences hold for
each layer and are judged on a network of one layer; dilawar's y_i, a_i index the examples (one) while w_i, x_i
index the inputs; the ABA notebook's cost is 3Blue1Brown's sum (a4 - y)^2, averaged over n = 1 examples. What the
spec could not express, which a page needed: the German derivative word ableitung_sigmoid (the spec's functions
name a derivative word of code only among the English ones: loading { ableitung_sigmoid = "sigmoid' at input" }
is refused), left unnamed in the notation. lucidar's S(w_i,x_i) and y(S), a quantity written as a function of its
inputs, have no pattern either (a pattern is a base with scripts).

Collected on 2026-12-05 from 09:57 to 10:06 by the machine's clock (the oracle's runs included).
Run blind at main 4599eb4 (/work/READY_FOR_BLIND19), with nothing under src/ changed. Every notation loaded (each
was loaded with its network before the run, no formula judged), and no refusal is the collector's notation outside
the spec's grammar, so the first run is the only one (/work/batch63_blind.txt): 46 of 56 read with every verdict
right (82%), 10 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. All 8 mistaken formulas were
read and called wrong where the oracle does (the exercise's seven, the softmax question). By kind of claim: values 30
of 36, gradients 7 of 9, deltas 8 of 9, updates 1 of 2. LaTeX against plain text: the 39 in LaTeX read 32 (82%), the
17 in plain text or code 14 (82%). By page: gusjrivas 12 of 12, RPubs 5 of 6, methodart 6 of 6, gthvn1 4 of 7,
lucidar's perceptron 5 of 5, its learning rule 1 of 3, magnusv30 4 of 5, markus-scherg 2 of 2, sotisai 0 of 3,
bootmath 3 of 3, royml 2 of 2, dilawar 2 of 2.

The refusals by construct (10), with the exact message:

- 3, \textcolor{#rrggbb}{...} around terms and numbers (sotisai's every formula): "formula 'z = {w_1 \\cdot x_1} +
  {': expected a number, a symbol or a parenthesis at the end" (b63-sotisai-z; -z-num and -a alike, cut at the first
  # of a colour);
- 2, a quantity written as a function of its inputs, S(w_i,x_i) and y(S): "formula 'S(w_i,x_i)= \\sum _{i=1}^N
  w_i.x_i': S(...) with 2 arguments is not a function check knows" (b63-lucidar-rule-S; -yS the same message);
- 2, a line of ===== standing for an equation's = (a chat answer's equation broken over lines, which Markdown turned
  into a heading's underline): "formula '\\frac{\\partial E}{\\partial w_i} =========================...': unexpected
  at '=' (position 34)" (b63-neurone-chain, -result);
- 1, an ellipsis between the sum's terms and a last term of another form, σ(w₁x₁ + w₂x₂ + ... + b): "formula 'y =
  \\sigma (w_1x_1 + w_2x_2 + \\ldots + b)': has a sum with an ellipsis (\dots) check cannot read: the term before the
  ellipsis and the one after it are not one template; write \sum_{i=1}^{n} x_i w_i (its bounds numbers or the
  notation's letters)" (b63-neurone-unicode);
- 1, R's assignment arrow after a name with an underscore, w5_new <- ...: "formula 'w5_\\leftarrow^{new} w5 -
  alpha*dE_dw5': w5_{\leftarrow} matches none of the notation's patterns for w5 ('w5_new')" (b63-rpubs-w5-new: the
  arrow is taken into the name's subscript, "new" moved to a superscript);
- 1, a derivative word of code in German, ableitung_sigmoid(z3), which the notation cannot name (see above): "formula
  'dz3 = dC_da3 * ableitung_sigmoid(z3)': a matches none of the notation's patterns for a ('a2', 'a3', 'a4')"
  (b63-aba-dz3; the message names the letter a, not the word).

Read, among the constructs these pages brought: $$ lines with trailing spaces and \approx chains of numbers; R's <-
with dsigmoid(y) and a trailing # comment; Ng's [l] with (W^{[2]})^T \cdot \delta^{[2]} \odot \sigma'(z^{[1]});
``` fences with σ and w1x1 glued; the chat answer's "[" and "]" lines with \frac12; ∂E/∂w_i across lines joined by
×; \begin{equation} ... \label{...} with "." for the product, y' the expected output and w_i' the new weight;
.dot, .T and np.sum(..., axis=1, keepdims=True); a^{(L)}_i; eqnarray with &=& and the en dash; \color{red} inside
members and a second claim in the sentence after; plain-text formulas inside prose sentences.

Which look general (would appear in much homework): \textcolor with a hex colour (KaTeX and MathJax pages colour
terms so), a quantity written as a function of its inputs (S(w_i,x_i), y(S); batch 33's z^l(w^l) the same family),
"w_1x_1 + w_2x_2 + ... + b" (an ellipsis, then the bias), R's <- after a name with an underscore. Page-specific: the
===== line (a paste's Markdown artefact), the German derivative word (though its message names the wrong thing).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch63_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_AMIA = "https://github.com/gusjrivas/TP_FINAL_AMIA (Ejercicio_Teorico.ipynb, commit 1976358)"
_RPUBS = "https://rstudio-pubs-static.s3.amazonaws.com/1344557_e0bae6ddd933483f864e1abd273330a7.html"
_METHODART = "https://www.methodart.fr/static/blog/page_web/002_backpropagation/index.html"
_NEURONE = "https://github.com/gthvn1/neurone (Readme.md, commit 09660c3)"
_LUCIDAR = "https://lucidar.me/fr/neural-networks/simplest-perceptron/"
_LUCIDAR_RULE = "https://lucidar.me/fr/neural-networks/learning-rule-demonstration/"
_ABA = "https://github.com/magnusv30/ABA"
_SCHERG = "https://www.markus-scherg.de/chapters/back_propagation.html"
_SOTISAI = "https://www.sotisai.com/mlformation/neural-network-basics"
_BOOTMATH = "http://bootmath.com/derivative-of-softmax-loss-function.html"
_ROYML = "https://royml.dev/backpropagation-from-scratch"
_DILAWAR = "https://www.dilawar.ai/2018/11/20/Building%20Neural%20Networks%20From%20Scratch"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_JI32 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_KJ23 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))

# the exercise's output delta dJ/dz^{(2)} (sigmoid output, half squared error)
_AD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# the RPubs network's dE/dz3
_RD3 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# methodart's output delta, and its hidden delta into unit {j}
_MD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_MD1 = "W2[0,{j}]*" + _MD2 + "*a1[{j}]*(1 - a1[{j}])"
# the neuron's dE/dw_i (sigmoid, half squared error)
_NEU = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]"
# the ABA notebook's dC/dz4 at output {k} (C = sum (a4 - y)^2), and dC/da3 at hidden unit {j}
_BZ4 = "2*(a3[{k}] - y[{k}])*a3[{k}]*(1 - a3[{k}])"
_BA3 = ("(W3[0,{j}]*2*(a3[0] - y[0])*a3[0]*(1 - a3[0]) + W3[1,{j}]*2*(a3[1] - y[1])*a3[1]*(1 - a3[1]))")
# the softmax question's wrong dL/do_i (its first two members; its third is the same value)
_SUM_PY = "(a1[0]*t[0] + a1[1]*t[1] + a1[2]*t[2])"
# the one-hot label's sum, sum_k y_k (1), as the answer's members keep it
_T_SUM = "(t[0] + t[1] + t[2])"

ENTRIES: list[Public] = [
    # ---- gusjrivas' exercise (Spanish, a Jupyter notebook's Markdown): $$ on lines of their own with a space after the
    # opening $$ and before each line's end, (l) layers, \cdot for every product, \approx chains of numbers ----------
    Public("b63-amia-z1", _AMIA, "b63_amia", "b63_amia", "$$ \nz^{(1)} = w^{(1)} \\cdot x + b^{(1)} \n$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=63),
    Public("b63-amia-sig198", _AMIA, "b63_amia", "b63_amia",
           "$$ \n\\sigma(1.98) = \\frac{1}{1 + e^{-1.98}} \\approx \\frac{1}{1 + 0.137} \\approx 0.8797 \n$$",
           ((C, C, W),), (Twin("value", "a1[0]", ("=1/(1 + np.exp(-1.98))", "=1/(1 + 0.137)", "=0.8797")),),
           batch=63, why="sigma(1.98) = 0.87868 (1/(1 + 0.137) = 0.87951 is within 0.137's rounding of e^{-1.98} = "
                         "0.13807); 0.8797 is not"),
    Public("b63-amia-sig302", _AMIA, "b63_amia", "b63_amia",
           "$$ \n\\sigma(3.02) = \\frac{1}{1 + e^{-3.02}} \\approx \\frac{1}{1 + 0.049} \\approx 0.9534 \n$$",
           ((C, C, C),), (Twin("value", "a1[1]", ("=1/(1 + np.exp(-3.02))", "=1/(1 + 0.049)", "=0.9534")),),
           batch=63, why="sigma(3.02) = 0.953470"),
    Public("b63-amia-w2y1", _AMIA, "b63_amia", "b63_amia",
           "$$ \nw^{(2)} \\cdot y^{(1)} = (-0.4 \\times 0.8797) + (0.2 \\times 0.9534) + (-0.5 \\times 0.8977) = "
           "-0.35188 + 0.19068 - 0.44885 = -0.61005 \n$$", ((W, W, W),),
           (Twin("value", "W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2]",
                 ("=(-0.4*0.8797) + (0.2*0.9534) + (-0.5*0.8977)", "=-0.35188 + 0.19068 - 0.44885", "=-0.61005")),),
           batch=63, why="the page's 0.8797 for sigma(1.98) = 0.87868 carried: w^{(2)} y^{(1)} = -0.609632"),
    Public("b63-amia-z2", _AMIA, "b63_amia", "b63_amia", "$$ \nz^{(2)} = -0.61005 + 0.7 = 0.08995 \n$$", ((W, W),),
           (Twin("value", "z2[0]", ("=-0.61005 + 0.7", "=0.08995")),), batch=63, why="z^{(2)} = 0.090368"),
    Public("b63-amia-yhat", _AMIA, "b63_amia", "b63_amia",
           "$$ \n\\hat{y} = \\sigma(z^{(2)}) = \\sigma(0.08995) \n$$", ((C, W),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-0.08995))")),), batch=63,
           why="0.08995 for z^{(2)} = 0.090368"),
    Public("b63-amia-J", _AMIA, "b63_amia", "b63_amia",
           "$$ \nJ(\\theta) = \\frac{1}{2} (0.5225 - 5)^2 = \\frac{1}{2} (-4.4775)^2 = \\frac{1}{2} \\times 20.0431 = "
           "10.02155 \n$$", ((C, C, W, W),),
           (Twin("value", "(a2[0] - y[0])**2/2",
                 ("=1/2*(0.5225 - 5)**2", "=1/2*(-4.4775)**2", "=1/2*20.0431", "=10.02155")),), batch=63,
           why="J = 10.023660; 4.4775^2 is 20.0480, not 20.0431 (the squares of 4.4775 and 4.4769 differ so)"),
    Public("b63-amia-delta2", _AMIA, "b63_amia", "b63_amia",
           "$$ \n\\delta^{(2)} = \\frac{\\partial J}{\\partial z^{(2)}} = (\\hat{y} - y) \\cdot \\sigma'(z^{(2)}) \n$$",
           ((C, C),), (Twin("gradient_z", "z2[0]", (_AD2, _AD2)),), batch=63),
    Public("b63-amia-delta2-num", _AMIA, "b63_amia", "b63_amia",
           "$$ \n\\delta^{(2)} = (0.5225 - 5) \\cdot 0.2495 \\approx -4.4775 \\cdot 0.2495 \\approx -1.1174 \n$$",
           ((C, C, W),), (Twin("value", _AD2, ("=(0.5225 - 5)*0.2495", "=-4.4775*0.2495", "=-1.1174")),), batch=63,
           why="delta^{(2)} = -1.117074, and -4.4775 * 0.2495 = -1.117136: -1.1174 is the page's slip; judged as a "
               "value"),
    Public("b63-amia-dJ-dw2", _AMIA, "b63_amia", "b63_amia",
           "$$ \n\\frac{\\partial J}{\\partial w^{(2)}} = \\delta^{(2)} \\cdot (y^{(1)})^T \n$$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (_AD2 + "*a1[{j}]",), _J3),), batch=63),
    Public("b63-amia-delta1", _AMIA, "b63_amia", "b63_amia",
           "$$ \n\\delta^{(1)} = (w^{(2)})^T \\cdot \\delta^{(2)} \\cdot \\sigma'(z^{(1)}) \n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*" + _AD2 + "*a1[{j}]*(1 - a1[{j}])",), _J3),), batch=63,
           why="the second \\cdot the entrywise product, as the page's numbers below it work it"),
    Public("b63-amia-sigp2172", _AMIA, "b63_amia", "b63_amia",
           "$$ \n\\sigma'(2.172) = 0.8977 \\cdot (1 - 0.8977) \\approx 0.0921 \n$$", ((C, W),),
           (Twin("value", "a1[2]*(1 - a1[2])", ("=0.8977*(1 - 0.8977)", "=0.0921")),), batch=63,
           why="0.8977 * 0.1023 = 0.091835 (sigma'(2.172) = 0.091829): 0.0921 is not"),
    # ---- the RPubs document (R code of a 2-2-1 network in Spanish): <- assignments, code names with digits and
    # underscores, dsigmoid(fz) of the output, a trailing # comment -----------------------------------------------
    Public("b63-rpubs-z1", _RPUBS, "b63_rpubs", "b63_rpubs", "z1 <- w1*x1 + w3*x2 + b1", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=63,
           why="an R assignment, judged as the value it defines"),
    Public("b63-rpubs-Etotal", _RPUBS, "b63_rpubs", "b63_rpubs", "Etotal <- 0.5*(t1 - y)^2", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("0.5*(y[0] - a2[0])**2",)),), batch=63),
    Public("b63-rpubs-dE-dz3", _RPUBS, "b63_rpubs", "b63_rpubs",
           "dE_dz3 <- (y - t1) * dsigmoid(y) # usando f'(z)=f(z)(1-f(z))", ((C,),),
           (Twin("gradient_z", "z2[0]", (_RD3,)),), batch=63, why="dsigmoid(fz) = fz*(1-fz), defined above it"),
    Public("b63-rpubs-dE-dw5", _RPUBS, "b63_rpubs", "b63_rpubs", "dE_dw5 <- dE_dz3 * h1", ((C,),),
           (Twin("gradient", "W2[0,0]", (_RD3 + "*a1[0]",)),), batch=63),
    Public("b63-rpubs-w5-new", _RPUBS, "b63_rpubs", "b63_rpubs", "w5_new <- w5 - alpha*dE_dw5", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=63),
    Public("b63-rpubs-dE-dz1", _RPUBS, "b63_rpubs", "b63_rpubs", "dE_dz1 <- dE_dz3 * w5 * dsigmoid(h1)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_RD3 + "*W2[0,0]*a1[0]*(1 - a1[0])",)),), batch=63),
    # ---- methodart.fr (French): $$ ... $$ lines in Ng's [l], \cdot for the products, (W^{[2]})^T and \odot --------
    Public("b63-methodart-z1", _METHODART, "b63_methodart", "b63_methodart",
           "$$z^{[1]} = W^{[1]} \\cdot x + b^{[1]}$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=63),
    Public("b63-methodart-yhat", _METHODART, "b63_methodart", "b63_methodart",
           "$$\\hat{y} = a^{[2]} = \\sigma(z^{[2]})$$", ((C, C),),
           (Twin("value", "a2[0]", ("a2[0]", "sigmoid(z2[0])")),), batch=63),
    Public("b63-methodart-mse", _METHODART, "b63_methodart", "b63_methodart",
           "$$L = \\frac{1}{2}(y - \\hat{y})^2$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=63),
    Public("b63-methodart-bce", _METHODART, "b63_methodart_bce", "b63_methodart",
           "$$L = -[y \\log(\\hat{y}) + (1-y) \\log(1-\\hat{y})]$$", ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=63,
           why="the post's second loss, on the network of that loss"),
    Public("b63-methodart-dL-dz2", _METHODART, "b63_methodart", "b63_methodart",
           "$$\\frac{\\partial L}{\\partial z^{[2]}} = (a^{[2]} - y) \\cdot \\sigma'(z^{[2]})$$", ((C,),),
           (Twin("gradient_z", "z2[0]", (_MD2,)),), batch=63),
    Public("b63-methodart-delta1", _METHODART, "b63_methodart", "b63_methodart",
           "$$\\delta^{[1]} = (W^{[2]})^T \\cdot \\delta^{[2]} \\odot \\sigma'(z^{[1]})$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_MD1,), _J3),), batch=63),
    # ---- gthvn1's notes (French, copied from a chat answer): ``` fences around plain text with σ, Unicode subscripts
    # and "...", w1x1 glued; LaTeX between lines "[" and "]" (the lost \[ \]), \frac12, and a line of ===== where
    # Markdown turned the = of a broken-up equation into a heading's underline -------------------------------------
    Public("b63-neurone-unicode", _NEURONE, "b63_neurone", "b63_neurone", "```\ny = σ(w₁x₁ + w₂x₂ + ... + b)\n```",
           ((C,),), (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=63,
           why="two inputs: the ellipsis adds none"),
    Public("b63-neurone-L", _NEURONE, "b63_neurone1", "b63_neurone1", "```\nL = (y - target)^2\n```", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=63,
           why="step 5's neuron y = sigma(wx + b)"),
    Public("b63-neurone-glued", _NEURONE, "b63_neurone", "b63_neurone", "```\ny = σ(w1x1 + w2x2 + b)\n```", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=63),
    Public("b63-neurone-E", _NEURONE, "b63_neurone", "b63_neurone",
           "   [\n   E = \\frac12 (y - y_{\\text{vrai}})^2\n   ]", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)),), batch=63),
    Public("b63-neurone-chain", _NEURONE, "b63_neurone", "b63_neurone",
           "[\n\\frac{\\partial E}{\\partial w_i}\n===============================\n\n\\frac{\\partial E}{\\partial y}\n"
           "\\cdot\n\\frac{\\partial y}{\\partial z}\n\\cdot\n\\frac{\\partial z}{\\partial w_i}\n]", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (_NEU,), _I2),), batch=63,
           why="the equation's = became a heading's underline of ====="),
    Public("b63-neurone-result", _NEURONE, "b63_neurone", "b63_neurone",
           "[\n\\frac{\\partial E}{\\partial w_i}\n===============================\n\n(y - y_{\\text{vrai}})\n\\cdot\n"
           "y(1-y)\n\\cdot\nx_i\n]", ((C,),), (Twin("gradient", "W1[0,{i}]", (_NEU,), _I2),), batch=63),
    Public("b63-neurone-plain-chain", _NEURONE, "b63_neurone", "b63_neurone",
           "```\n∂E/∂w_i =\n(∂E/∂y)\n× (∂y/∂z)\n× (∂z/∂w_i)\n```", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (_NEU,), _I2),), batch=63),
    # ---- lucidar.me's simplest perceptron (French): $$ \begin{equation} ... \label{...} \end{equation} $$, "." for
    # the product (w_1.x_1, \eta.\frac), ..., \sum\limits, y' the expected output, w_i' the new weight --------------
    Public("b63-lucidar-y", _LUCIDAR, "b63_lucidar", "b63_lucidar",
           "$$ \\begin{equation} y= w_1.x_1 + w_2.x_2 + ... + w_N.x_N = \\sum\\limits_{i=1}^N w_i.x_i "
           "\\label{eq:transfert-function} \\end{equation} $$", ((C, C),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",) * 2),), batch=63),
    Public("b63-lucidar-E-sq", _LUCIDAR, "b63_lucidar_sq", "b63_lucidar",
           "$$ \\begin{equation} E=(y'-y)^2 \\label{eq:error} \\end{equation} $$", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)),), batch=63,
           why="the error before the page halves it, on a network of that loss"),
    Public("b63-lucidar-dE-chain", _LUCIDAR, "b63_lucidar", "b63_lucidar",
           "$$ \\frac{dE}{dw_i} = \\frac{2}{2}(y'-y)\\frac{d}{dw_i} (y'-y) = -(y'-y)\\frac{dy}{dw_i} $$", ((C, C),),
           (Twin("gradient", "W1[0,{i}]", ("2/2*(y[0] - a1[0])*(-x[{i}])", "-(y[0] - a1[0])*x[{i}]"), _I3),),
           batch=63, why="d/dw_i (y' - y) = -x_i and dy/dw_i = x_i, the members' values"),
    Public("b63-lucidar-dE", _LUCIDAR, "b63_lucidar", "b63_lucidar",
           "$$ \\frac{dE}{dw_i} = -(y'-y)\\frac{d}{dw_i}(w_1.x_1 + w_2.x_2 + ... + w_N.x_N) = -(y'-y)x_i $$",
           ((C, C),), (Twin("gradient", "W1[0,{i}]", ("-(y[0] - a1[0])*x[{i}]",) * 2, _I3),), batch=63),
    Public("b63-lucidar-update", _LUCIDAR, "b63_lucidar", "b63_lucidar",
           "$$ w_i'=w_i-\\eta.\\frac{dE}{dw_i} = w_i+\\eta(y'-y)x_i $$", ((C, C),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad", "W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]"), _I3),),
           batch=63),
    # ---- lucidar.me's learning-rule demonstration (French): f(...) the transfer function, S(w_i,x_i) and y(S)
    # written as functions --------------------------------------------------------------------------------------
    Public("b63-lucidar-rule-y", _LUCIDAR_RULE, "b63_lucidar_f", "b63_lucidar_f",
           "$$ \\begin{equation} y= f(w_1.x_1 + w_2.x_2 + ... + w_N.x_N) = f(\\sum\\limits_{i=1}^N w_i.x_i) "
           "\\label{eq:transfert-function} \\end{equation} $$", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2])",) * 2),), batch=63),
    Public("b63-lucidar-rule-S", _LUCIDAR_RULE, "b63_lucidar_f", "b63_lucidar_f",
           "$$ \\begin{equation} S(w_i,x_i)= \\sum\\limits_{i=1}^N w_i.x_i \\label{eq:sum} \\end{equation} $$",
           ((C,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=63,
           why="S written as a function of the weights and inputs"),
    Public("b63-lucidar-rule-yS", _LUCIDAR_RULE, "b63_lucidar_f", "b63_lucidar_f",
           "$$ y(S)= f(\\sum\\limits_{i=1}^N w_i.x_i)=f(S(w_i,x_i)) $$", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "sigmoid(z1[0])")),), batch=63),
    # ---- magnusv30's notebook (Python in German): indented code lines, .dot and .T, (1/n), np.sum(..., axis=1,
    # keepdims=True), the German derivative word ableitung_sigmoid --------------------------------------------------
    Public("b63-aba-dC-da4", _ABA, "b63_aba", "b63_aba", "    dC_da4 = 2 * (a4 - y)", ((C,),),
           (Twin("value", "2*(a3[{k}] - y[{k}])", ("2*(a3[{k}] - y[{k}])",), _K2),), batch=63,
           why="dC/da4, a value"),
    Public("b63-aba-dw4", _ABA, "b63_aba", "b63_aba", "    dw4 = (1/n) * dz4.dot(a3.T)", ((C,),),
           (Twin("gradient", "W3[{k},{j}]", (_BZ4 + "*a2[{j}]",), _KJ23),), batch=63, why="n = 1 example"),
    Public("b63-aba-db4", _ABA, "b63_aba", "b63_aba", "    db4 = (1/n) * np.sum(dz4, axis=1, keepdims=True)",
           ((C,),), (Twin("gradient", "b3[{k}]", (_BZ4,), _K2),), batch=63,
           why="the sum over the examples' columns, one here"),
    Public("b63-aba-dC-da3", _ABA, "b63_aba", "b63_aba", "    dC_da3 = w4.T.dot(dz4)", ((C,),),
           (Twin("value", _BA3, (_BA3,), _J3),), batch=63, why="dC/da3, a value"),
    Public("b63-aba-dz3", _ABA, "b63_aba", "b63_aba", "    dz3 = dC_da3 * ableitung_sigmoid(z3)", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_BA3 + "*a2[{j}]*(1 - a2[{j}])",), _J3),), batch=63,
           why="ableitung_sigmoid(z) the sigmoid's derivative at z (the notebook's function)"),
    # ---- markus-scherg.de's chapter (German): \[ ... \] with a^{(L)}_i, the subscript after the superscript -------
    Public("b63-scherg-L", _SCHERG, "b63_scherg", "b63_scherg",
           "\\[L = \\frac{1}{2} \\sum_{i} (y_i - a^{(L)}_i)^2\\]", ((C,),),
           (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),),
           batch=63),
    Public("b63-scherg-dL-da", _SCHERG, "b63_scherg", "b63_scherg",
           "\\[\\frac{\\partial L}{\\partial a^{(L)}_i} = a^{(L)}_i - y_i\\]", ((C,),),
           (Twin("value", "a2[{i}] - y[{i}]", ("a2[{i}] - y[{i}]",), _I2),), batch=63, why="dL/da, a value"),
    # ---- sotisai.com's neuron (French): $...$ with \textcolor{#rrggbb}{...} around terms and numbers, \mathbf --------
    Public("b63-sotisai-z", _SOTISAI, "b63_sotisai", "b63_sotisai",
           "$z = \\textcolor{#3498db}{w_1 \\cdot x_1} + \\textcolor{#e67e22}{w_2 \\cdot x_2} + \\textcolor{#27ae60}"
           "{w_3 \\cdot x_3} + \\textcolor{#9B7AC4}{b}$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + b1[0]",)),), batch=63),
    Public("b63-sotisai-z-num", _SOTISAI, "b63_sotisai", "b63_sotisai",
           "$z = \\textcolor{#3498db}{0.20} + \\textcolor{#e67e22}{0.24} + \\textcolor{#27ae60}{0.18} + "
           "\\textcolor{#9B7AC4}{0.10} = \\textcolor{#F7E64D}{\\mathbf{0.72}}$", ((C, C),),
           (Twin("value", "z1[0]", ("=0.20 + 0.24 + 0.18 + 0.10", "=0.72")),), batch=63),
    Public("b63-sotisai-a", _SOTISAI, "b63_sotisai", "b63_sotisai",
           "$a = \\sigma(\\textcolor{#F7E64D}{0.72}) = \\frac{1}{1 + e^{-\\textcolor{#F7E64D}{0.72}}} = "
           "\\textcolor{#e74c3c}{\\mathbf{0.67}}$", ((C, C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.72))", "=1/(1 + np.exp(-0.72))", "=0.67")),), batch=63,
           why="sigma(0.72) = 0.6726"),
    # ---- bootmath.com's copy of math.stackexchange's "Derivative of Softmax loss function": $$ ... $$ and formulas
    # without delimiters, eqnarray with &=& and the en dash – for minus, the answer's \color{red} and \color{blue}
    # around parts of its members ----------------------------------------------------------------------------------
    Public("b63-softmax-L", _BOOTMATH, "b63_softmax", "b63_softmax", "$$L = -\\sum_j y_j \\log p_j,$$", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",)),), batch=63),
    Public("b63-softmax-question", _BOOTMATH, "b63_softmax", "b63_softmax",
           "\\begin{eqnarray}\n\\frac{\\partial L}{\\partial o_i} &=& \u2013 \\left (y_i (1 \u2013 p_i) + "
           "\\sum_{k\\neq i}-p_k y_k \\right )\\\\\n&=&p_i y_i \u2013 y_i + \\sum_{k\\neq i} p_k y_k\\\\\n&=& "
           "\\left (\\sum_i p_i y_i \\right ) \u2013 y_i\n\\end{eqnarray}", ((W, W, W),),
           (Twin("gradient_z", "z1[{i}]",
                 (f"-(t[{{i}}]*(1 - a1[{{i}}]) - ({_SUM_PY} - a1[{{i}}]*t[{{i}}]))",
                  f"a1[{{i}}]*t[{{i}}] - t[{{i}}] + ({_SUM_PY} - a1[{{i}}]*t[{{i}}])",
                  f"{_SUM_PY} - t[{{i}}]"), _I3),), batch=63,
           why="the question's derivation: the sum's -p_k y_k for y_k (1/p_k)(-p_k p_i), so that every member is "
               "p_c - y_i (c the true class) where dL/do_i = p_i - y_i"),
    Public("b63-softmax-answer", _BOOTMATH, "b63_softmax", "b63_softmax",
           "$$\\frac{\\partial L}{\\partial o_i}=-\\sum_ky_k\\frac{\\partial \\log p_k}{\\partial o_i}=-\\sum_ky_k"
           "\\frac{1}{p_k}\\frac{\\partial p_k}{\\partial o_i}\\\\=-y_i(1-p_i)-\\sum_{k\\neq i}y_k\\frac{1}{p_k}"
           "({\\color{red}{-p_kp_i}})\\\\=-y_i(1-p_i)+\\sum_{k\\neq i}y_k({\\color{red}{p_i}})\\\\=-y_i+\\color{blue}"
           "{y_ip_i+\\sum_{k\\neq i}y_k({p_i})}\\\\=\\color{blue}{p_i\\left(\\sum_ky_k\\right)}-y_i=p_i-y_i$$ given "
           "that $\\sum_ky_k=1$ from the slides (as $y$ is a vector with only one non-zero element, which is $1$).",
           ((C, C, C, C, C, C, C), (C,)),
           (Twin("gradient_z", "z1[{i}]",
                 (f"-(t[{{i}}] - a1[{{i}}]*{_T_SUM})", f"-(t[{{i}}] - a1[{{i}}]*{_T_SUM})",
                  f"-t[{{i}}]*(1 - a1[{{i}}]) - ({_T_SUM}*(-a1[{{i}}]) - t[{{i}}]*(-a1[{{i}}]))",
                  f"-t[{{i}}]*(1 - a1[{{i}}]) + ({_T_SUM}*a1[{{i}}] - t[{{i}}]*a1[{{i}}])",
                  f"-t[{{i}}] + t[{{i}}]*a1[{{i}}] + ({_T_SUM}*a1[{{i}}] - t[{{i}}]*a1[{{i}}])",
                  f"a1[{{i}}]*{_T_SUM} - t[{{i}}]", "a1[{i}] - t[{i}]"), _I3),
            Twin("value", _T_SUM, ("1",))), batch=63,
           why="the answer's chain; the sentence after it holds a second claim, sum_k y_k = 1 (a one-hot y)"),
    # ---- royml.dev's notebook: plain-text formulas inside prose sentences, @ for the product, -[...] --------------
    Public("b63-royml-forward", _ROYML, "b63_royml", "b63_royml",
           "Forward pass: For each layer, compute a linear combination of the inputs and weights: Z = W @ X + b, then "
           "apply an activation function to get the output A = activation(Z). The output of one layer feeds into the "
           "next. The final layer uses sigmoid to produce a probability between 0 and 1.", ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "a1[0]", ("sigmoid(z1[0])",))), batch=63, why="two claims in one paragraph"),
    Public("b63-royml-loss", _ROYML, "b63_royml", "b63_royml",
           "Loss: Binary cross-entropy measures how far the predicted probabilities are from the true labels: L = -[y * "
           "log(a) + (1-y) * log(1-a)]. This loss is close to zero when the prediction is confident and correct, and "
           "blows up when the prediction is confident and wrong.", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=63),
    # ---- dilawar.ai's post: $$ ... $$ with w_ix_i glued, \frac{1}{m}\sum, \left[ \right] ------------------------------
    Public("b63-dilawar-z", _DILAWAR, "b63_dilawar", "b63_dilawar", "$$z=\\sum_{i=1}^{n}w_ix_i+b$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=63),
    Public("b63-dilawar-E", _DILAWAR, "b63_dilawar", "b63_dilawar",
           "$$E = -\\frac{1}{m}\\sum_{i=1}^m\\left[y_i\\log(a_i) + (1-y_i)\\log(1-a_i)\\right]$$", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=63, why="m = 1 example"),
]
