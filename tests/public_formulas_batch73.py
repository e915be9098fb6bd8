r"""Batch 73 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the pages corpus: two exam problems of AlfonsJ's machine-learning
course at Valencia, Jupyter notebooks in Spanish with $$\begin{align*} solutions; kretzschauer's German XOR lesson
notebook, decimals written with a comma; alainlebret's French notebook on one neuron's backpropagation; a
math.techqa.club question on Welch Labs' network; franciscojesusbelmontepintre's Spanish notes on the output layer's
error term; egtry's "Backward from the loss" lesson; deltaxis2's Portuguese worked example in a Markdown table;
penasta's Portuguese list of exercises in Prince's letters; a Russian quiz of testhelp.link on Nielsen's BP
equations; a Russian answer on pullrequest.ru in plain text), copied verbatim, typos and mistakes included, each with
the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents), a network of the kind the page describes (with the page's numbers where it works an example;
both in tests/public_formulas_batch73_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. The notebooks are the pages corpus's
repository pages; each is cited by its repository's address and the file. A delta the page defines as -dL/dz (the
generalised delta rule's (t - s) s (1 - s), Error[output], delta^{HO}_i), a step \Delta w, a local derivative (dz/dw_i,
dy/dz) and a derivative by an activation (dL/dyhat, dJ/dy, dL/dh_1) are twinned as values, as in batches 14 to 72.
Formulas keep their page's delimiters and what surrounds them on their line (an align block's row with its & and
\\%, a <span class="math"> or <math> tag around $$...$$, a $$ block's indentation in a list, the prose before a
formula, the Markdown table row around a plain-text formula, the text glued after a $$ block); where a page renders
its formula twice (a KaTeX or MathJax copy beside the LaTeX), the LaTeX alone is kept, as in batch 17.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 73

The batch: 50 formulas (52 claims: egtry's two lines of two claims each), 30 values (forward sums and outputs with
worked numbers, deltas -dL/dz of the generalised delta rule, steps \Delta w, local derivatives dy/dz and dz/dw_i,
sigma'(z), a loss, derivatives by an activation dL/dyhat and dJ/dy), 6 deltas dL/dz, 8 gradients, 4 updates, and
egtry's two lines (two gradients; two derivatives by a hidden activation). 47 are LaTeX (align rows with & and \\%,
~ for a space and \cdot -1.0696; \theta^{1}_{20} with its superscript first; \begin{pmatrix} rows of numbers with
decimal commas inside <span class="math"> and <math> tags; \delta for the partial sign and delta, der, IN as words;
a \Delta step ending in a dangling \cdot; \phi as a function, y_{\text{cible}}; \sum with neither index nor bounds
before a derivative; \left. ... \right\rvert_{...} evaluation bars across nine \[...\] displays on one line, each
ending in "= \\"; \; spacing and \quad between claims; a \text{ (...)} remark; \sum\limits_i, \delta _i with a
space before the script, \sigma ' and {{\partial C}} double braces), 3 plain text (two Markdown table rows with
0,25(0) for a product and decimal commas, a word index Error[output]).

The mistaken ones, as the oracle finds them:

- kretzschauer's FO = \sigma(FI) (0,2224 0,1674) = (0,5554 0,5418): the = between sigma(FI) and the vector of its
  argument left out, so the middle member is sigma(FI) times that vector;
- kretzschauer's \Delta w^{IH}_{ji} = \eta \cdot delta^{HO}_j \cdot IN_i^T: the page says its indices give "woher,
  wohin" (HI_1 = x_0 w^{IH}_{01} + ..., from input 0 to hidden node 1), so w^{IH}_{ji} joins input j to hidden node i,
  whose step is eta delta^{HO}_i IN_j (the page's matrix form, rows the hidden nodes, swaps the order);
- alainlebret's \frac{\partial J}{\partial y} = ... = -(y_{\text{cible}} - y) = -\delta, with delta = y - y_cible:
  -(y_cible - y) is delta itself, and the next step's \frac{\partial J}{\partial w_i} = -\delta \cdot \phi'(z) \cdot x_i
  carries the sign (the notebook's final line, delta phi'(z) x_i, is right again);
- AlfonsJ's 2023_01_30 \theta^2_{32} = -1+1\cdot -1.0696\cdot 0.119=-1.1273, worked with s^1_2 rounded to 0.119:
  the new weight is -1.1275 (the notebook's own code prints -1.1275).

Not mistaken, though they look it: kretzschauer's \Delta w^{HO}_{10} = ... \cdot HO_0 \cdot (a product sign left
dangling at the end, twinned without it) and its w^{HO}_{1i} (into the output from hidden node i, as the page's FI =
w^{HO}_{10} HO_0 + ... writes it: the page counts the weights into the output the other way from its "woher, wohin",
and the notation follows the derivation there); AlfonsJ's -0.0082 for delta^1_1 = -0.00827 and -0.222 for phi^2_2 =
-0.2215, within a unit of their last digits.

What was left out: the notebooks' matrix "Jacobians" u^t (one name reassigned on every row); kretzschauer's matrix
products of numbers without a left side and its \Delta w^{IH} matrix of an Excel sheet's numbers; franciscojesus's
vector of error terms with the typo \partial a_{1}{k}; penasta's paragraph of inline definitions (\epsilon_{1,i}
named in words); the quiz's question text around its formulas (a figure holds the weights).

Nothing was fixed from this batch.

Collected on 2026-12-05 from 15:15 to 15:23 by the machine's clock (the oracle's runs included), every notation
loaded with its network (backprop.symbolic.notation_loading.load_notation, no formula read) before the gate, and run
blind at main 8ea717a (/work/READY_FOR_BLIND24), rebased onto it with nothing under src/ changed. The first run
(/work/batch73_blind.txt): 23 of 50 read with every verdict right (46%), 27 refused, no misreading, no crash, NO
WRONG FORMULA CALLED CORRECT. No refusal is the collector's notation outside the spec's grammar (each names a
construct of the formula, none a pattern), so there was no second run. Of the 5 mistaken formulas, 3 read with every
verdict right (kr-step-IH, lebret-dJdy, lebret-minus-delta, each wrong member called wrong) and 2 were refused
(kr-fo-forward at its decimal comma, alfons30-theta232 at its \\%). By kind of claim: values 13 of 30, deltas 3 of 6,
gradients 3 of 8, updates 2 of 4, egtry's two lines of two claims 2 of 2. LaTeX against plain text: the 47 in LaTeX
read 22 (47%), the 3 in plain text 1. By page: AlfonsJ's 2023_01_16 2 of 9, its 2023_01_30 0 of 6, kretzschauer 5
of 11, alainlebret 9 of 9, math.techqa.club 0 of 2, franciscojesus 0 of 2, egtry 3 of 3, deltaxis2 0 of 2, penasta
1 of 2, testhelp.link 2 of 3, pullrequest.ru 1 of 1.

The refusals by construct (27), with the exact message, and what a rewrite showed (tried afterwards on the same
main, with the rewrite only):

- 13, a LaTeX comment after an align row's line break, AlfonsJ's "...=0.953\\%" (the seven 2023_01_16 rows that end
  so and five of 2023_01_30's): "formula '%': cannot read '%' at position 1; write the formula in LaTeX or plain text
  (+ - * / ^, \frac, \sum)"; the last row, "...=-0.5098%" (% without \\, alfons30-theta123): "formula '\\theta^1_{23}
  =\\theta^1_{23}+\\rho \\delta^1_2 x_3=-0.5+1\\c...': cannot read '%' at position 86; ...". The two 2023_01_16 rows
  that end in \\ alone read. Tried afterwards without the %: alfons16-s11 and alfons16-delta11 read correct,
  alfons30-theta123 correct, alfons30-theta232 correct, correct, wrong (as the oracle says: -1.1273);
- 5, a decimal comma, kretzschauer's "= 0,3", "\begin{pmatrix} 0,2 & 0,3 ...", deltaxis2's "0,25(0)+0,4(1)": "formula
  'HI_1 = x_0 \\cdot w^{IH}_{01} + x_1 \\cdot w^{IH}_{11} + x_...': unexpected at ',' (position 82); a comma after a
  member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)"
  (kr-hi1), "unexpected at ',' (position 42)" (kr-ho; kr-fo-forward at 33), and for deltaxis2's table rows "formula
  '25(0)+0,4(1)+1(1) =1,40': unexpected at ',' (position 8); a comma after a member is no product: ..." (the row cut
  at the comma of 0,25; deltaxis-s2 the same at position 7). Tried afterwards with decimal points: all five read with
  every verdict right (kr-fo-forward wrong, correct; the deltaxis2 row whole, pipes and words included);
- 2, \delta as the partial sign where the notation names delta (the page's own word for -dE/dFI), kretzschauer's
  \frac {\delta E}{\delta w^{HO}_{ij}}: "\delta E / \delta w_{ij}^{HO} reads two ways: a derivative written with
  delta, or the notation's \delta times each; write the derivative with \partial" (kr-dE-rule, kr-dE-10). Tried
  afterwards with \partial: both read correct;
- 1, a product sign left dangling at the end, "\cdot HO_0 \cdot $$" (kr-step-10): "expected a number, a symbol or a
  parenthesis at the end". Tried afterwards without it: reads correct;
- 2, \sum with neither index nor bounds before a matrix's derivative, Welch Labs' sum over the samples: "'\\sum
  \\frac {\\partial ( \\frac {1}{2}(y-\\hat y)^2 )} {\\partial W^{(2)}}' is a number where the left side is a vector or
  matrix (3 x 1); write a value for each entry, [..., ..., ...], or the claim of one entry (its left side with its
  indices)" (welch-sum; welch-minus the same of "- \\sum (y-\\hat y) ..."). Tried afterwards without \sum: both read
  correct;
- 2, a display ending in "= \\", the chain going on in the next display, franciscojesus's
  "\[\delta_{j}^{k} = \frac{\partial C}{\partial a_j^{k}} = \\\]": "formula '\\delta_{j}^{k} = \\frac{\\partial
  C}{\\partial a_j^{k}} = \\]': cannot read '\\' at position 56; ..." (francisco-delta; francisco-chain, nine displays on
  one line, "cannot read '\\' at position 93"). Tried afterwards: francisco-delta without "= \\" reads correct; the
  nine displays made one chain is refused at its evaluation bar, "a derivative evaluated at o_{j}^{k}=g(a_{j}^{k}) at
  '|' (position 339); check takes every derivative at the network's current values: write it without the bar, or at
  the current value (o_{j}^{k} = o_{j}^{k}_{old})" (the bar's subscript a substitution, o = g(a), not a point);
- 1, a parenthetical remark in \text after the last member, holding a function's dot argument h(.), penasta's
  "\epsilon_{1,i} \text{ (Visto que h(.) é função identidade)}": "formula '\\frac{\\partial J}{\\partial f_{1,i}} =
  \\frac{\\partial J}{\\...': unexpected at ')' (position 240)" (penasta-df1i). Tried afterwards without the remark:
  reads correct (its four members);
- 1, double braces around a fraction's parts, MathType's \frac{{\partial C}}{{\partial w_{ji}^l}} (testhelp-bp4):
  "expected '/' in ∂L/∂w at '}' (position 18)". Tried afterwards with single braces: reads correct.

Which look general (would appear in much homework): a LaTeX comment % after a row (every exported align block, and
Jupyter solutions keep them), the decimal comma (German, Portuguese, Spanish, French pages write 0,3), a chain
continued across displays ending in "= \\", a remark in \text after the last member, double braces {{...}} (Word's
and MathType's LaTeX), and \sum without an index for the sum over the samples before a vector or matrix (Welch Labs'
videos, much copied). Page-specific: kretzschauer's dangling \cdot and its clash of \delta (partial sign) with the
word delta it names; the evaluation bar whose subscript is a substitution (o = g(a)).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch73_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_ALFONS = "https://github.com/AlfonsJ/2024_02_29_APR2324 (T3 Redes neuronales/T3 Problemas sobre redes neuronales/{})"
_ALFONS16 = _ALFONS.format("2023_01_16_Problema 2.ipynb")
_ALFONS30 = _ALFONS.format("2023_01_30_Problema 2.ipynb")
_KR = ("https://github.com/kretzschauer/notebooks (meineNotebooks/maschinenlernen/UnterrichtNeuronaleNetze/"
       "03_Backpropagation.ipynb)")
_LEBRET = "https://github.com/alainlebret/python-et-ia-2 (complement_retropropagation_corr.ipynb)"
_WELCH = "https://math.techqa.club/how-come-this-frac-partial-hat-y-partial-w-2-in-derivative-2520421"
_FRANCISCO = "https://franciscojesusbelmontepintre.com/notes/backpropagation/error-term-output-layer"
_EGTRY = "https://www.egtry.com/backpropagation-exactly/backward-from-the-loss/"
_DELTAXIS = "https://deltaxis2.com/2024/06/14/treinamento-de-redes-neurais-artificiais-rna"
_PENASTA = "https://penasta.github.io/presentations/lista2rna1/lista2.html"
_TESTHELP = "https://testhelp.link/q/5364c27f19086fe1899c0b2922ed2b10/"
_PULLREQUEST = "http://pullrequest.ru/6247318/neironnye-seti-obratnoe-rasprostranenie"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))

# AlfonsJ's 2023_01_16: the generalised delta rule's -dL/dz at the sigmoid outputs, and at the hidden units
_A16_D2 = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_A16_D1 = ("a1[{j}]*(1 - a1[{j}])*(" + _A16_D2.format(k=0) + "*W2[0,{j}] + " + _A16_D2.format(k=1)
           + "*W2[1,{j}])")
# AlfonsJ's 2023_01_30: linear outputs, -dL/dz2 = t - s, and the hidden units' -dL/dz1
_A30_D1 = "a1[{j}]*(1 - a1[{j}])*(" + " + ".join(f"(y[{k}] - a2[{k}])*W2[{k},{{j}}]" for k in range(3)) + ")"
# kretzschauer's one output: -dE/dFI, and -dE/dHI_i
_KR_DO = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_KR_DH = f"{_KR_DO}*W2[0,{{i}}]*a1[{{i}}]*(1 - a1[{{i}}])"
_KR_IN = ("1", "x[0]", "x[1]")


def _kr_swapped() -> tuple:
    """kretzschauer's \\Delta w^{IH}_{ji} for every input j (0 the bias neuron) and hidden node i: the true step
    (eta delta^{HO}_i IN_j, w^{IH}_{ji} joining input j to node i) against the page's eta delta^{HO}_j IN_i."""
    return tuple({"t": f"eta*{_KR_DH.format(i=i)}*{_KR_IN[j]}", "m": f"eta*{_KR_DH.format(i=j)}*{_KR_IN[i]}"}
                 for j in range(3) for i in range(3))


# the quiz's dC/dz at the output layer 3 and the hidden layer 2 (Nielsen's counting: the input is layer 1)
_TH_D3 = "(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])"
_TH_D2 = "a1[{j}]*(1 - a1[{j}])*(" + " + ".join(f"W2[{i},{{j}}]*{_TH_D3.format(i=i)}" for i in range(2)) + ")"
_TH_W = tuple({"t": f"W1[{i},{j}]", "m": f"{_TH_D2.format(j=i)}*x[{j}]"} for i in range(2) for j in range(2)) \
    + tuple({"t": f"W2[{i},{j}]", "m": f"{_TH_D3.format(i=i)}*a1[{j}]"} for i in range(2) for j in range(2))
# the notes' dC/da_j^k at the output layer
_FR_D = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
# alainlebret's neuron: dJ/dw_i
_LB_G = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]"

ENTRIES: list[Public] = [
    # ---- AlfonsJ's exam problem 2023_01_16: rows of a $$\begin{align*} block, each with its & and the \\% that ends
    # it, \theta^{1}_{10} with the superscript first, products side by side, the generalised delta rule, rho --------
    Public("alfons16-phi11", _ALFONS16, "b73_alfons16", "b73_alfons",
           r"\phi^1_1&=\theta^{1}_{10}+\theta^{1}_{11}x_1+\theta^{1}_{12}x_2=3\\%", ((C, C),),
           (Twin("value", "z1[0]", ("b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1]", "=3")),), batch=73),
    Public("alfons16-s11", _ALFONS16, "b73_alfons16", "b73_alfons", r"s^1_1&=\sigma(\phi^1_1)=0.953\\%", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=0.953")),), batch=73),
    Public("alfons16-phi21", _ALFONS16, "b73_alfons16", "b73_alfons",
           r"\phi^2_1&=\theta^{2}_{10}+\theta^{2}_{11}s^1_1+\theta^{2}_{12}s^1_2=2.221\\%", ((C, C),),
           (Twin("value", "z2[0]", ("b2[0] + W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=2.221")),), batch=73),
    Public("alfons16-s22", _ALFONS16, "b73_alfons16", "b73_alfons", r"s^2_2&=\sigma(\phi^2_2)=0.445\\%", ((C, C),),
           (Twin("value", "a2[1]", ("sigmoid(z2[1])", "=0.445")),), batch=73),
    Public("alfons16-delta21", _ALFONS16, "b73_alfons16", "b73_alfons",
           r"\delta^2_1&=(t_1-s^2_1)s^2_1(1-s^2_1)=-0.0708\\%", ((C, C),),
           (Twin("value", _A16_D2.format(k=0), (_A16_D2.format(k=0), "=-0.0708")),), batch=73,
           why="delta the generalised delta rule's -dL/dz (the updates below add rho delta x)"),
    Public("alfons16-delta11", _ALFONS16, "b73_alfons16", "b73_alfons",
           r"\delta^1_1&=(\delta^2_1\theta^{2}_{11}+\delta^2_2\theta^{2}_{21})s^1_1(1-s^1_1)=-0.0082\\%", ((C, C),),
           (Twin("value", _A16_D1.format(j=0), (_A16_D1.format(j=0), "=-0.0082")),), batch=73,
           why="-0.00827 (the notebook's code prints 0.0083 for dL/dz): -0.0082 is within a unit of its last digit"),
    Public("alfons16-delta12", _ALFONS16, "b73_alfons16", "b73_alfons",
           r"\delta^1_2&=(\delta^2_1\theta^{2}_{12}+\delta^2_2\theta^{2}_{22})s^1_2(1-s^1_2)=-0.0360\\%", ((C, C),),
           (Twin("value", _A16_D1.format(j=1), (_A16_D1.format(j=1), "=-0.0360")),), batch=73),
    Public("alfons16-theta120", _ALFONS16, "b73_alfons16", "b73_alfons",
           r"\theta^{1}_{20}&=\theta^{1}_{20}+\rho\delta^1_2\cdot 1=0.964\\", ((C, C),),
           (Twin("update", "b1[1]", ("b1[1] - eta*grad", "=0.964")),), batch=73,
           why="the bias of hidden unit 2 (its input x_0 = 1), + rho delta: delta is -dL/dz"),
    Public("alfons16-theta121", _ALFONS16, "b73_alfons16", "b73_alfons",
           r"\theta^{1}_{21}&=\theta^{1}_{21}+\rho\delta^1_2~x_1=-1.036\\", ((C, C),),
           (Twin("update", "W1[1,0]", ("W1[1,0] - eta*grad", "=-1.036")),), batch=73),
    # ---- AlfonsJ's exam problem 2023_01_30: linear outputs (delta = t - s), ~ between factors, updates worked in
    # numbers with \cdot -1.0696, the last row ending in % without \\ --------------------------------------------------
    Public("alfons30-delta21", _ALFONS30, "b73_alfons30", "b73_alfons", r"\delta^2_1&=(t_1-s^2_1)=-0.6855\\%",
           ((C, C),), (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]", "=-0.6855")),), batch=73,
           why="a linear output: -dL/dz is t - s"),
    Public("alfons30-delta23", _ALFONS30, "b73_alfons30", "b73_alfons", r"\delta^2_3&=(t_3-s^2_3)=-1.0696\\%",
           ((C, C),), (Twin("value", "y[2] - a2[2]", ("y[2] - a2[2]", "=-1.0696")),), batch=73),
    Public("alfons30-delta11", _ALFONS30, "b73_alfons30", "b73_alfons",
           r"\delta^1_1&=(\delta^2_1~\theta^2_{11}+\delta^2_2~\theta^2_{21}+\delta^2_3~\theta^2_{31})~s^1_1~(1-s^1_1)"
           r"=0.3167\\%", ((C, C),),
           (Twin("value", _A30_D1.format(j=0), (_A30_D1.format(j=0), "=0.3167")),), batch=73),
    Public("alfons30-delta12", _ALFONS30, "b73_alfons30", "b73_alfons",
           r"\delta^1_2&=(\delta^2_1~\theta^2_{12}+\delta^2_2~\theta^2_{22}+\delta^2_3~\theta^2_{32})~s^1_2~(1-s^1_2)"
           r"=-0.0049\\%", ((C, C),),
           (Twin("value", _A30_D1.format(j=1), (_A30_D1.format(j=1), "=-0.0049")),), batch=73),
    Public("alfons30-theta232", _ALFONS30, "b73_alfons30", "b73_alfons",
           r"\theta^2_{32}&=\theta^2_{32}+\rho~\delta^2_3~s^1_2=-1+1\cdot -1.0696\cdot 0.119=-1.1273\\%", ((C, C, W),),
           (Twin("update", "W2[2,1]", ("W2[2,1] - eta*grad", "=-1 + 1*-1.0696*0.119", "=-1.1273")),), batch=73,
           why="s^1_2 = 0.1192 rounded to 0.119 and carried: the new weight is -1.12750 (the notebook's code prints"
               " -1.1275), so -1.1273 is off by two units of its last digit"),
    Public("alfons30-theta123", _ALFONS30, "b73_alfons30", "b73_alfons",
           r"\theta^1_{23}&=\theta^1_{23}+\rho~\delta^1_2~x_3=-0.5+1\cdot -0.0049\cdot 2.0=-0.5098%", ((C, C, C),),
           (Twin("update", "W1[1,2]", ("W1[1,2] - eta*grad", "=-0.5 + 1*-0.0049*2.0", "=-0.5098")),), batch=73),
    # ---- kretzschauer's German lesson: <span class="math"> and <math> around $$, decimal commas, pmatrix rows, the
    # partial sign written \delta, delta and der as words, a \Delta step ending in a dangling \cdot ---------------------
    Public("kr-hi1", _KR, "b73_kr_forward", "b73_kr",
           r'<span class="math">$$HI_1 =  x_0 \cdot w^{IH}_{01} + x_1 \cdot w^{IH}_{11} + x_2 \cdot w^{IH}_{21} = 0,3 $$'
           r'</span> ', ((C, C),),
           (Twin("value", "z1[1]", ("b1[1] + W1[1,0]*x[0] + W1[1,1]*x[1]", "=0.3")),), batch=73,
           why="the input (1, 0, 1): x_0 = 1 the bias neuron; the line ends with a space after </span>"),
    Public("kr-ho", _KR, "b73_kr_forward", "b73_kr",
           r"<math>$$ HO = \sigma(HI) = \sigma\begin{pmatrix}  0,2  & 0,3  & 0,2  \end{pmatrix} =  \begin{pmatrix}  0,5498"
           r" & 0,5744 &  0,5498 \end{pmatrix} $$</math>", ((C, C, C),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])", "=1/(1 + np.exp(-np.array([0.2, 0.3, 0.2])))",
                                      "=np.array([0.5498, 0.5744, 0.5498])"), _J3),), batch=73),
    Public("kr-fo-forward", _KR, "b73_kr_forward", "b73_kr",
           r"$$ FO = \sigma(FI) \begin{pmatrix}0,2224 & 0,1674 \end{pmatrix} = \begin{pmatrix}0,5554 & 0,5418 "
           r"\end{pmatrix}  $$", ((W, C),),
           (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])*np.array([0.2224, 0.1674])[{k}]",
                                      "=np.array([0.5554, 0.5418])"), ({"k": 0}, {"k": 1})),), batch=73,
           why="the = between sigma(FI) and the vector of FI's numbers left out: as written, sigma(FI) times FI"),
    Public("kr-fo", _KR, "b73_kr_single", "b73_kr", r"$$FO = \sigma(FI)= \sigma(HO \cdot W^{HO}) $$", ((C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "sigmoid(a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2])")),),
           batch=73, why="HO the row of the hidden outputs, W^{HO} the column of the weights into the one output"),
    Public("kr-dE-rule", _KR, "b73_kr_single", "b73_kr",
           r"$$\frac {\delta E}{\delta w^{HO}_{ij}}= \frac {\delta(\frac {1}{2} (t- FO)^2)}{\delta w^{HO}_{ij}} $$",
           ((C,),), (Twin("gradient", "W2[0,{j}]", (f"-{_KR_DO}*a1[{{j}}]",), _J3),), batch=73,
           why="\\delta the partial sign; the rule for i = 1, the one output, and every hidden node j"),
    Public("kr-dE-10", _KR, "b73_kr_single", "b73_kr",
           r"$$\frac {\delta E}{\delta w^{HO}_{10}}=-(t-FO) \cdot FO\cdot (1- FO)\cdot HO_0 $$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"-{_KR_DO}*a1[0]",)),), batch=73),
    Public("kr-step-10", _KR, "b73_kr_single", "b73_kr",
           r"$$\Delta w^{HO}_{10}= \eta \cdot (t-FO) \cdot FO\cdot (1- FO)\cdot HO_0 \cdot $$", ((C,),),
           (Twin("value", f"eta*{_KR_DO}*a1[0]", (f"eta*{_KR_DO}*a1[0]",)),), batch=73,
           why="the step -eta dE/dw; the \\cdot left dangling at the end is the page's typo, twinned without it"),
    Public("kr-delta-hidden", _KR, "b73_kr_single", "b73_kr",
           r"$$ delta^{HO}_i = der_i \cdot w^{HO}_{1i} \cdot delta^{FO}$$", ((C,),),
           (Twin("value", _KR_DH, (_KR_DH,), tuple({"i": i} for i in range(3))),), batch=73,
           why="delta^{HO}_i = -dE/dHI_i, der_i = HO_i (1 - HO_i), delta^{FO} = (t - FO) FO (1 - FO)"),
    Public("kr-step-IH", _KR, "b73_kr_single", "b73_kr",
           r"$$\Delta w^{IH}_{ji}= \eta \cdot delta^{HO}_j  \cdot  IN_i^T  $$", ((W,),),
           (Twin("value", "{t}", ("{m}",), _kr_swapped()),), batch=73,
           why="the page's \"woher, wohin\" (HI_1 = x_0 w^{IH}_{01} + ...): w^{IH}_{ji} joins input j to hidden node i, and"
               " its step is eta delta^{HO}_i IN_j; right only where i = j"),
    Public("kr-delta", _KR, "b73_kr_single", "b73_kr", r"$$delta = (t-FO)\cdot der$$", ((C,),),
           (Twin("value", _KR_DO, (_KR_DO,)),), batch=73),
    Public("kr-step-10-delta", _KR, "b73_kr_single", "b73_kr", r"$$\Delta w^{HO}_{10}= \eta \cdot delta \cdot HO_0$$",
           ((C,),), (Twin("value", f"eta*{_KR_DO}*a1[0]", (f"eta*{_KR_DO}*a1[0]",)),), batch=73),
    # ---- alainlebret's French notebook: $$ blocks on lines of their own (indented in a list), \phi the sigmoid,
    # y_{\text{cible}}, delta = y - y_cible, a sign lost in -(y_cible - y) = -delta -----------------------------------
    Public("lebret-phi-prime", _LEBRET, "b73_lebret", "b73_lebret", "$$\n\\phi'(z) = \\phi(z) \\cdot (1 - \\phi(z))\n$$",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=73),
    Public("lebret-J", _LEBRET, "b73_lebret", "b73_lebret", "$$\nJ = \\frac{1}{2}(y_{\\text{cible}} - y)^2\n$$",
           ((C,),), (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=73),
    Public("lebret-dJdw", _LEBRET, "b73_lebret", "b73_lebret",
           "   $$\n   \\frac{\\partial J}{\\partial w_i} = \\delta \\cdot \\phi'(z) \\cdot x_i\n   $$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (_LB_G,), _I2),), batch=73, why="the block indented in the numbered list"),
    Public("lebret-dJdy", _LEBRET, "b73_lebret", "b73_lebret",
           "$$\n\\frac{\\partial J}{\\partial y} = \\frac{\\partial}{\\partial y} \\left( \\frac{1}{2} (y_{\\text{cible}} -"
           " y)^2 \\right) = -(y_{\\text{cible}} - y) = -\\delta\n$$", ((C, C, W),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "-(y[0] - a1[0])", "-(a1[0] - y[0])")),), batch=73,
           why="-(y_cible - y) is y - y_cible = delta, not -delta"),
    Public("lebret-dydz", _LEBRET, "b73_lebret", "b73_lebret", "$$\n\\frac{\\partial y}{\\partial z} = \\phi'(z)\n$$",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=73),
    Public("lebret-dzdw", _LEBRET, "b73_lebret", "b73_lebret", "$$\n\\frac{\\partial z}{\\partial w_i} = x_i\n$$",
           ((C,),), (Twin("value", "x[{i}]", ("x[{i}]",), _I2),), batch=73),
    Public("lebret-chain", _LEBRET, "b73_lebret", "b73_lebret",
           "$$\n\\frac{\\partial J}{\\partial w_i} = \\frac{\\partial J}{\\partial y} \\cdot \\frac{\\partial y}{\\partial z}"
           " \\cdot \\frac{\\partial z}{\\partial w_i}\n$$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (_LB_G,), _I2),), batch=73),
    Public("lebret-minus-delta", _LEBRET, "b73_lebret", "b73_lebret",
           "$$\n\\frac{\\partial J}{\\partial w_i} = -\\delta \\cdot \\phi'(z) \\cdot x_i\n$$", ((W,),),
           (Twin("gradient", "W1[0,{i}]", ("-" + _LB_G,), _I2),), batch=73,
           why="the sign of dJ/dy = -delta carried on; the notebook's next line drops it again"),
    Public("lebret-z", _LEBRET, "b73_lebret", "b73_lebret", "$$\nz = \\sum_{i} w_i x_i + b\n$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=73),
    # ---- math.techqa.club 2520421: Welch Labs' dJ/dW^{(2)}, \sum with neither index nor bounds, \hat y, the prose
    # before the first formula ----------------------------------------------------------------------------------------
    Public("welch-sum", _WELCH, "b73_welch", "b73_welch",
           r"I have the following function: $$ \frac {\partial J}{\partial W^{(2)}} = \sum \frac {\partial \left( \frac"
           r" {1}{2}(y-\hat y)^2 \right)} {\partial W^{(2)}} $$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[{j}]",), _J3),), batch=73,
           why="the sum over the samples, one here; W^{(2)} the (3, 1) matrix Welch Labs multiplies a^{(2)} by"),
    Public("welch-minus", _WELCH, "b73_welch", "b73_welch",
           r"$$ \frac {\partial J}{\partial W^{(2)}} = - \sum (y-\hat y) \frac {\partial \hat y} {\partial W^{(2)}} $$",
           ((C,),), (Twin("gradient", "W2[0,{j}]", ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{j}]",), _J3),), batch=73),
    # ---- franciscojesusbelmontepintre's notes: \[...\] displays each ending in "= \\", nine of them on one line,
    # \left. ... \right\rvert_{...} evaluation bars, {g}' ---------------------------------------------------------------
    Public("francisco-delta", _FRANCISCO, "b73_francisco", "b73_francisco",
           r"\[\delta_{j}^{k} = \frac{\partial C}{\partial a_j^{k}} = \\\]", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_FR_D,), _J2),), batch=73,
           why="the display ends with \"= \\\\\" (the chain goes on in the paragraph's displays)"),
    Public("francisco-chain", _FRANCISCO, "b73_francisco", "b73_francisco",
           r"\[\left. \frac{\partial C}{\partial a_j^{k}} \right\rvert_{C_{j}^{k} = \frac{1}{2}(o_{j}^{k}-y_{j}^{k})^{2}}"
           r" = \\\] \[\frac{\partial (\frac{1}{2}(o_{j}^{k}-y_{j}^{k})^{2})}{\partial a_j^{k}} = \\\] \[\frac{1}{2}2"
           r"(o_{j}^{k}-y_{j}^{k})\frac{\partial (o_{j}^{k}-y_{j}^{k})}{\partial a_j^{k}} = \\\] \[\left. (o_{j}^{k}-y_{j}"
           r"^{k})\frac{\partial (o_{j}^{k}-y_{j}^{k})}{\partial a_j^{k}} \right\rvert_{o_{j}^{k} = g(a_{j}^{k})} = \\\]"
           r" \[(g(a_{j}^{k})-y_{j}^{k})\frac{\partial (g(a_{j}^{k})-y_{j}^{k})}{\partial a_j^{k}} = \\\] \[(g(a_{j}^{k})"
           r"-y_{j}^{k}) \left( \frac{\partial g(a_{j}^{k})}{\partial a_j^{k}} - \frac{\partial y_{j}^{k}}{\partial a_j"
           r"^{k}} \right) = \\\] \[(g(a_{j}^{k})-y_{j}^{k}) \left( \frac{\partial g(a_{j}^{k})}{\partial a_j^{k}} - 0"
           r" \right) = \\\] \[(g(a_{j}^{k})-y_{j}^{k}) \left( \frac{\partial g(a_{j}^{k})}{\partial a_j^{k}} \right) ="
           r" \\\] \[(g(a_{j}^{k})-y_{j}^{k}) {g}'(a_{j}^{k}) \\\]", ((C,) * 8,),
           (Twin("gradient_z", "z2[{j}]", (_FR_D,) * 8, _J2),), batch=73,
           why="one line of nine displays, each but the last ending in \"= \\\\\": a chain of eight members after dC/da"
               " evaluated at C_j^k = 1/2 (o - y)^2"),
    # ---- egtry's "Backward from the loss": the LaTeX beside the page's KaTeX copy, \; spacing, \quad between two
    # claims, whole numbers -------------------------------------------------------------------------------------------
    Public("egtry-dyhat", _EGTRY, "b73_egtry", "b73_egtry", r"\frac{dL}{d\hat y}=2(\hat y-y)=2(2\;-\;3)=-2",
           ((C, C, C),), (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])", "=2*(2 - 3)", "=-2")),), batch=73,
           why="yhat = 2 and y = 3 at the page's numbers"),
    Public("egtry-dv", _EGTRY, "b73_egtry", "b73_egtry",
           r"\frac{dL}{dv_1}=-2\cdot2=-4,\quad \frac{dL}{dv_2}=-2\cdot0=0", ((C, C), (C, C)),
           (Twin("gradient", "W2[0,0]", ("=-2*2", "=-4")), Twin("gradient", "W2[0,1]", ("=-2*0", "=0"))), batch=73,
           why="h_1 = 2 and h_2 = 0 (a ReLU of -1)"),
    Public("egtry-dh", _EGTRY, "b73_egtry", "b73_egtry", r"\frac{dL}{dh_1}=-2,\quad \frac{dL}{dh_2}=-2", ((C,), (C,)),
           (Twin("value", "2*(a2[0] - y[0])*W2[0,0]", ("=-2",)), Twin("value", "2*(a2[0] - y[0])*W2[0,1]", ("=-2",))),
           batch=73, why="derivatives by the hidden activations: v_1 = v_2 = 1"),
    # ---- deltaxis2's Portuguese worked example: a Markdown table row, 0,25(0) for a weight times an input, the bias
    # node's 1(1), decimal commas -------------------------------------------------------------------------------------
    Public("deltaxis-s1", _DELTAXIS, "b73_deltaxis", "b73_deltaxis",
           "| Nó 1, peso 0,25, entrada binária 0 | Nó 1, peso 0,7 | s1=0,25(0)+0,4(1)+1(1) =1,40 |", ((C, C),),
           (Twin("value", "z1[0]", ("=0.25*0 + 0.4*1 + 1*1", "=1.40")),), batch=73,
           why="the table row as it stands (the formula in its third cell): weights 0,25 and 0,4 of inputs 0 and 1, the"
               " bias node's weight 1 times 1"),
    Public("deltaxis-s2", _DELTAXIS, "b73_deltaxis", "b73_deltaxis",
           "| Nó 1, peso 0,3, entrada binária 0 | Nó 2, peso 0,3 | s2=0,3(0)+0,5(1)+1 =1,50 |", ((C, C),),
           (Twin("value", "z1[1]", ("=0.3*0 + 0.5*1 + 1", "=1.50")),), batch=73),
    # ---- penasta's list 2: \[ ... \] with * for the product, h' of the identity, a \text{ (...)} remark, \epsilon,
    # the sum over the m samples --------------------------------------------------------------------------------------
    Public("penasta-df1i", _PENASTA, "b73_penasta", "b73_penasta",
           "\\[\n\\frac{\\partial J}{\\partial f_{1,i}} = \\frac{\\partial J}{\\partial \\hat{y}_i} \\frac{\\partial \\hat{y}_i}"
           "{\\partial f_{1,i}} = \\epsilon_{1,i} * h'(f_{1,i}) = \\epsilon_{1,i} * 1 = \\epsilon_{1,i} \\text{ (Visto que"
           " h(.) é função identidade)}\n\\]", ((C, C, C, C),),
           (Twin("gradient_z", "z2[0]", ("2*(a2[0] - y[0])",) * 4),), batch=73,
           why="i the sample; epsilon_{1,i} = dJ/dyhat_i, as the list names it the paragraph before"),
    Public("penasta-df1", _PENASTA, "b73_penasta", "b73_penasta",
           "\\[\n\\frac{\\partial J}{\\partial f_{1}} = \\frac{1}{m}\\sum_{i=1}^m\\epsilon_{1,i} = \\epsilon_1.\n\\]",
           ((C, C),), (Twin("gradient_z", "z2[0]", ("2*(a2[0] - y[0])",) * 2),), batch=73,
           why="the mean over the m samples of one sample; epsilon_1 the mean, ending with a full stop"),
    # ---- testhelp.link's Russian quiz: the LaTeX of Nielsen's BP1', BP2, BP4 beside the page's MathML copy (\delta _i
    # with a space before the script, \sigma ', \sum\limits_i, {{\partial C}}) -------------------------------------------
    Public("testhelp-bp1", _TESTHELP, "b73_testhelp", "b73_testhelp", r"\delta _i^L = (a_i^L - y_i) \cdot \sigma '(z_i^L)",
           ((C,),), (Twin("gradient_z", "z2[{i}]", (_TH_D3,), _I2),), batch=73,
           why="L the output layer 3 (layer 2 of the network)"),
    Public("testhelp-bp2", _TESTHELP, "b73_testhelp", "b73_testhelp",
           r"\delta _j^l = \sigma '(z_j^l)\sum\limits_i {w_{ji}^{l + 1}\delta _i^{l + 1}}", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_TH_D2,), _J2),), batch=73,
           why="a rule over l, which holds at the hidden layer l = 2 (z^{l+1} names nothing at the output)"),
    Public("testhelp-bp4", _TESTHELP, "b73_testhelp", "b73_testhelp",
           r"\frac{{\partial C}}{{\partial w_{ji}^l}} = \delta _i^l \cdot a_j^{l - 1}", ((C,),),
           (Twin("gradient", "{t}", ("{m}",), _TH_W),), batch=73,
           why="w_{ji}^l from node j of layer l-1 to node i of layer l, at both layers of weights"),
    # ---- pullrequest.ru's answer: plain text with a word index in brackets and words for the target and output ------
    Public("pullrequest-error", _PULLREQUEST, "b73_pullrequest", "b73_pullrequest",
           "Error[output] = (Expected - Actual) * o(1 - o)", ((C,),),
           (Twin("value", "(y[0] - a2[0])*a2[0]*(1 - a2[0])", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=73,
           why="the output node's error times the derivative: -dE/dnet"),
]
