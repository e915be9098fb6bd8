r"""Batch 43 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 16 web pages no earlier batch used (5 sites: six community.deeplearning.ai threads, 629012 "Back
propagation not working accurately", 656022 "Getting wrong output for dZ2", 223054/6 "dZ for sigmoid", 632256
"Derivative of dw and db", 1810 "W2_A1_Calculating gradient descent with variables Dw and db", 808488 "Vectorized
form for dw in week2"; heatonresearch's "Taking the Derivative of the Sigmoid Function"; mynote.show's sigmoid note;
Cross Validated 500902; and seven posts in Nemotron-CC-Math-v1's copies, named by their titles after the data set's
address as in the batches before: the copies of threads 629012 and 1810 in LaTeX, Hause Lin's sigmoid derivative, a
blog's "Neural Networks" category page, its April 2021 "Derivative of Sigmoid Function" by u = 1 + e^{-x}, Dasaradh
S K's introduction, the "Neural Network Mindset" notes), copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (both in tests/public_formulas_batch43_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts
written down, on its first run) and committed before check was. Every notation was loaded with its network
(backprop.symbolic.notation_loading.load_notation) before the run, without judging a formula: none raised. A local
derivative (s'(x), g'(Z), dz_i/dW_ij, dz/dw_1, dL/dA2 where the notation's A1 is an expression) is a value, as in the
batches before; a delta dL/dz (Ng's dZ, dz, delta^out) is twinned as the gradient by z. Formulas keep their page's
delimiters and what surrounds them on their line (a sentence's words, a Markdown list's indentation and dash, a code
comment); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 43

The batch: 55 formulas (63 claims: six lines hold two or three), 29 values (forward values, the cross-entropy as an
Excel formula "Cost = =-(...)", the sigmoid's derivative in five pages' derivations, one an eleven-member aligned
chain in a $ ... $ block, blocks that start with "=" continuing the block before, s' with a curly prime, u = 1 +
e^{-x} named in the notation, a left side that is an expression), 14 deltas (Ng's dZ2, dZ^{[l]} with g^{[l]'},
dZ^{[L]}, plain-text dL/dZ1 with "i.e.", dz = db, bold delta^out and delta^1), 11 gradients (dW = dl/dZ1 * X.T, dw1 =
x1dz run together, NumPy's np.dot(X, dZ.T), \nabla \mathbf{W}^2, \frac{\partial L}{\partial W_{ij}}), 1 update
(w_{new} = w_{old} - \eta \cdot \nabla J(w)); no entry marked unreadable. 31 are LaTeX (the mentor's undelimited
dZ^{[l]} = dA^{[l]} \cdot g^{[l]'}(Z^{[l]}) among them), 24 plain text or code (Excel's EXP, LOG, SECH; dL/A2 for
dL/dA2; ie. and i.e.; => before a claim; NumPy with trailing comments).

10 are mistaken somewhere (the oracle finds at least one member wrong):

- 629012's dL/dZ1 = dL/dA1 * SECH(A1) (1 - A1^2 meant, as the mentor answers), after a right dL/dZ1 = dL/dA1 *
  dA1/dZ1 joined by "i.e.", and the same in Nemotron's LaTeX copy (\text{sech}(A1));
- heatonresearch's = (1/(e^{-x}+1)) (-e^{-x}/(e^{-x}+1)) (a minus too many, between two right steps);
- 632256's dW = dZ / x (its "ie. dZ * x.T" right) and dz = dWx (the learner's differentials, wrong in the course's
  d-names);
- 1810's "=> dz = x1 dw1" (likewise), on the forum and in Nemotron's copy;
- 808488's dw= (1/m) * np.sum(np.dot(X,dz.T)) (one number for the vector dw);
- the April 2021 post's d/dx(u) = e^{-x} (the sign lost) and the product after it, -\frac{1}{(1 + e^{-x})^2} \cdot
  e^{-x}.

Not mistaken, though they look it: 629012's dL/A2 and dL/A1 (the d of the denominator dropped: dL/dA2, dL/dA1, as the
LaTeX copy writes them) and its dl for dL; "Cost = =-(...)" (an Excel formula's own =); the April 2021 post's
\sigma'(x) = \frac{e^{-x}}{(1 + e^{-x})^2} right again after its wrong step.

Collected on 2026-12-04 from 20:22 to 20:29 by the machine's clock.

Run blind once at main ba9b1bb (/work/READY_FOR_BLIND9, which appeared at 20:51), with nothing under src/ changed
(the output saved in /work/batch43_blind.txt): 32 of 55 read with every verdict right (58%); 22 refused; 1 misread;
no crash; NO WRONG FORMULA CALLED CORRECT. No refusal came from a notation outside the spec's grammar (every notation
had loaded before the run), so the run stays the only one. Of the 10 mistaken formulas, 2 read with every verdict
right (vec-question, sigu-product) and 8 were refused; no wrong member was called correct. By kind of claim: values
16 of 29 formulas, deltas 6 of 14, gradients 9 of 11, the update 1 of 1. LaTeX against plain text: the 31 in LaTeX
read 20 (65%), the 24 in plain text or code 12 (50%). By page: 629012 1 of 8, its Nemotron copy 1 of 4, 656022 3 of 4
(1 misread), 223054 2 of 2, heatonresearch 2 of 4, Hause Lin 2 of 2, mynote.show 2 of 2, Cross Validated 500902 1 of
3, 632256 1 of 4, 1810 2 of 4, its Nemotron copy 1 of 3, 808488 2 of 2, the "Neural Networks" category page 6 of 6,
the April 2021 post 4 of 5, Dasaradh 1 of 1, the "Neural Network Mindset" notes 1 of 1.

The misreading (1), a right rule judged wrong: dz656-rule, "dZ^{[l]} = dA^{[l]} \cdot g^{[l]'}(Z^{[l]})", got
(('wrong',),): judged at l = 1 with g^{[l]'} read as the bare g (the notation's g = "sigmoid", which the mentor's
g'(Z) at the output layer needs) instead of the notation's "g^{[1]}" = "relu", whose pattern is the longer one; its
counterexample puts sigmoid'(z1[0]) where the truth has Heaviside(z1[0]). Batch 41's same rule, without a bare g in
its notation, read. The wrong way round from the rule above all (a right formula called wrong), but a misreading of
the notation's precedence all the same.

The refusals by construct (22), with the exact message:

- 9: claims inside a line's prose, the words around them not set aside:
  "since"/"Since" before the claim (w2a1-z, w2a1copy-z, sigu-du): "formula 'since z = w1x1 + w2x2 + b': unknown symbol
  s; the notation knows W, X, Z, b, dW, dZ, db, dw; give it a meaning in the notation's [notation.symbols], e.g. "s" =
  "a1[0]"", and "formula 'Since \\frac{d}{dx}(u) = e^{-x}': unknown symbol Since; the notation knows u, x; ...";
  words and a slash before the claim, "partial derivative of w / Z is dz = dWx (b is dropped since it is a constant)"
  (dwdb-dz, dwdb-db): "formula 'partial derivative of w / Z is dz = dWx (b is dropped sin...': expected '/' in partial
  L / partial w at 'e' (position 10)";
  words after the claim, "=> dz = x1 dw1 and not the other way around." (w2a1-reverse, w2a1copy-reverse): "formula
  '\\Rightarrow dz = x1 dw1 and not the other way around': unknown symbol n; the notation knows W, X, Z, b, dW, dZ, db,
  dw; it bounds no sum over the samples here, so nothing says it counts them: if it is their number (the n of 1/n),
  give it in the notation's [notation.symbols]: "n" = "1", the one sample check reads" (a misleading message: the n is
  the word "and"'s);
  a sentence with inline $...$ before a $$...$$ claim (cv-chain, cv-local): "formula 'If we wanted to find the
  derivative of loss with respect ...': unexpected at ',' (position 69); a comma after a member is no product: write
  \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)" and "formula 'Here, z_i is
  the output of the i -th neuron, and is z_i=\\...': unexpected at ',' (position 5); ...".
  General: formulas in sentences, after "since", before "and not ...", are everyday writing (batch 41's largest group
  too).
- 7: "i.e." (or "ie.") joining two forms of one claim or two claims: plain text (dlai-a2, dlai-dl-da1, dlai-dl-dz1,
  dwdb-dw): "formula 'dL/A1 = dL/A2 * dA2/A1 i.e. dL/A2 * A2 * (1-A2)': unexpected at '.' (position 27)" (the same at
  position 21, 30 and, for "dW = dZ / x ie. dZ * x^T", 15); LaTeX's \text{ i.e. } (copy-a2, copy-dl-da1, copy-dl-dz1):
  "formula 'A2 = \\text{sigmoid}(A1) \\text{ i.e. } = \\frac{1}{1+\\exp(-...': unknown symbol i.e.; the notation knows
  A, W, X, Y, Z, a, b, dW; give it the quantity of symbols.md it stands for in the notation's [notation.symbols]
  ("i.e." = ...), or, where its dot is a product, write i*e*". General (i.e. between equal forms, and before a
  second claim with its own left side); three of the ten mistaken formulas (the two SECH/sech lines, dW = dZ / x) are
  among them, refused rather than judged.
- 2: a display block that starts with "=", continuing the block before it (heaton-eliminated, heaton-product):
  "formula '= \\frac{e^{-x}}{(e^{-x}+1)^2}': has no left side (it continues an earlier formula); give the whole
  equation, e.g. \frac{\partial L}{\partial w} = ...". General in step-by-step derivations (one block a step), but
  check judges one formula without the page's earlier blocks; heaton-product is mistaken and was refused.
- 1: a parenthetical remark holding a claim after the formula, "dL/dZ1 = dL/dA1 * (1 - A1^2) (Given that A1 =
  tanh(Z1))." (dlai-answer): "formula 'dL/dZ1 = dL/dA1 * (1 - A1^2) (Given that A1 = tanh(Z1))': expected ')' to close
  the parenthesis at '=' (position 45)". General (an aside in parentheses).
- 1: plain text's * between a row and a column for their product, "Z1 = (W*X) + b" (dlai-z1): "formula 'Z1 = (W*X) +
  b': adds a vector or matrix and a number in (W * X) + b". Ambiguous as written (Ng's * is entrywise); the learner's
  Excel.
- 1: an Excel formula's own =, "Cost = =-((Y*LOG(A2))+((1-Y)*LOG(1-A2)))" (dlai-cost): "formula 'Cost =
  =-((Y*LOG(A2))+((1-Y)*LOG(1-A2)))': unexpected at '=' (position 8)". A page's one-off.
- 1: dL/A2 for dL/dA2, the d of the denominator dropped (dlai-dl-da2): "formula 'dL/A2 = (-y/a2) + ((1-y)/(1-a2))':
  unknown symbol d; the notation knows A, W, X, Y, Z, a, b, dW; give it a meaning in the notation's [notation.symbols],
  e.g. "d" = "a1[0]"". A page's typo.

Nothing was fixed from this batch.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch43_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_DLAI629012 = "https://community.deeplearning.ai/t/back-propagation-not-working-accurately/629012"
_DESHPANDE_COPY = f"{_NEMOTRON} (Back Propagation Not Working Accurately, Harshawardhan Deshpande's question)"
_DLAI656022 = "https://community.deeplearning.ai/t/getting-wrong-output-for-dz2-using-the-backward-test-case/656022"
_DLAI223054 = "https://community.deeplearning.ai/t/dz-for-sigmoid-in-linear-activation-backward/223054/6"
_HEATON = "https://www.heatonresearch.com/aifh/vol3/deriv_sigmoid.html"
_HAUSE_LIN = f"{_NEMOTRON} (Neural Networks: Deriving the Sigmoid Derivative via Chain and Quotient Rules, Hause Lin)"
_MYNOTE = "https://mynote.show/sigmoid+function+derivative"
_CV500902 = "https://stats.stackexchange.com/questions/500902/clarification-needed-on-gradients-in-backpropagation"
_DLAI632256 = "https://community.deeplearning.ai/t/derivative-of-dw-and-db/632256"
_DLAI1810 = "https://community.deeplearning.ai/t/w2-a1-calculating-gradient-descent-with-variables-dw-and-db/1810"
_DLAI1810_COPY = f"{_NEMOTRON} (W2_A1_Calculating gradient descent with variables Dw and db)"
_DLAI808488 = "https://community.deeplearning.ai/t/vectorized-form-for-dw-in-week2/808488"
_NN_CATEGORY = (f"{_NEMOTRON} (Neural Networks: a category page listing \"Derivative of Sigmoid Function\" and \"A"
                " Step-by-Step Forward Pass and Backpropagation Example\", published April 2021)")
_SIGMOID_U = f"{_NEMOTRON} (Derivative of Sigmoid Function, published April 24, 2021, by u = 1 + e^{{-x}})"
_DASARADH = f"{_NEMOTRON} (Introduction To Maths Behind Neural Networks, Dasaradh S K, December 23rd, 2019)"
_MINDSET = f"{_NEMOTRON} (Logistic Regression with a Neural Network Mindset, its \"Derivative of Sigmoid Function\")"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_IJ23 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# one unit: z = w . x + b, then tanh, then sigmoid (the question's A1 and A2), the cross-entropy
_TANH = "np.tanh(z1[0])"
_DL_DA2 = "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))"
_DL_DZ1 = f"(a1[0] - y[0])*(1 - {_TANH}**2)"
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
# Ng's two layers, a sigmoid output with the cross-entropy: dL/dA^{[2]} g'(Z^{[2]})
_DA2_G = "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))*a2[0]*(1 - a2[0])"
_SIG_PRIME_OUT = "sigmoid(z2[0])*(1 - sigmoid(z2[0]))"
# one sigmoid unit of input x = z1[0]
_SIG_PRIME = "sigmoid(z1[0])*(1 - sigmoid(z1[0]))"
_E = "exp(-z1[0])"
# logistic regression, one sample
_DZ = "(a1[0] - y[0])"
# a hidden layer of sigmoid units, a sigmoid output, the cross-entropy
_DELTA1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"


ENTRIES: list[Public] = [
    # ---- community.deeplearning.ai 629012: a learner's plain text from Excel (=..., EXP, LOG, SECH), dL/A2 for
    # dL/dA2, "i.e." joining two forms, dl for dL; the mentor's correction in a sentence --------------------------
    Public("dlai-z1", _DLAI629012, "b43_tanh_then_sigmoid", "b43_deshpande", "Z1 = (W*X) + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=43),
    Public("dlai-a2", _DLAI629012, "b43_tanh_then_sigmoid", "b43_deshpande", "A2 = sigmoid(A1) i.e. =1/(1+EXP(-A1))",
           ((C, C),), (Twin("value", "a1[0]", (f"sigmoid({_TANH})", f"1/(1 + exp(-{_TANH}))")),), batch=43,
           why="the line before, A1 = tanh(Z1), left out; \"(I am skipping Z2 = W2X+b2, to keep it simple)\""),
    Public("dlai-cost", _DLAI629012, "b43_tanh_then_sigmoid", "b43_deshpande",
           "Cost = =-((Y*LOG(A2))+((1-Y)*LOG(1-A2)))", ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=43,
           why="an Excel formula after \"Cost = \", its own = kept; the next line, Loss = Cost/m, left out"),
    Public("dlai-dl-da2", _DLAI629012, "b43_tanh_then_sigmoid", "b43_deshpande", "dL/A2 = (-y/a2) + ((1-y)/(1-a2))",
           ((C,),), (Twin("value", _DL_DA2, ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",)),), batch=43,
           why="dL/A2 the question's name of dL/dA2 (its LaTeX copy writes \\frac{dL}{dA2})"),
    Public("dlai-dl-da1", _DLAI629012, "b43_tanh_then_sigmoid", "b43_deshpande",
           "dL/A1 = dL/A2 * dA2/A1 i.e. dL/A2 * A2 * (1-A2)", ((C, C),),
           (Twin("value", "a1[0] - y[0]", (f"{_DL_DA2}*a1[0]*(1 - a1[0])", f"{_DL_DA2}*a1[0]*(1 - a1[0])")),),
           batch=43, why="dL/dA1 through A2 = sigmoid(A1): dA2/dA1 = A2 (1 - A2)"),
    Public("dlai-dl-dz1", _DLAI629012, "b43_tanh_then_sigmoid", "b43_deshpande",
           "dL/dZ1 = dL/dA1 * dA1/dZ1 i.e. dL/dZ1 = dL/dA1 * SECH(A1)", ((C,), (W,)),
           (Twin("gradient_z", "z1[0]", (_DL_DZ1,)),
            Twin("gradient_z", "z1[0]", (f"(a1[0] - y[0])/np.cosh({_TANH})",))), batch=43,
           why="dA1/dZ1 is 1 - tanh^2(Z1) = sech^2(Z1), not sech(A1) (the mentor's answer says so)"),
    Public("dlai-dw", _DLAI629012, "b43_tanh_then_sigmoid", "b43_deshpande", "dW = dl/dZ1 * X.T", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"{_DL_DZ1}*x[{{i}}]",), _I2),), batch=43,
           why="dl for dL; the next line, db = sum(dl/dZ1) /3 (three samples), left out"),
    Public("dlai-answer", _DLAI629012, "b43_tanh_then_sigmoid", "b43_deshpande",
           "The correct formula should be dL/dZ1 = dL/dA1 * (1 - A1^2) (Given that A1 = tanh(Z1)).", ((C,), (C,)),
           (Twin("gradient_z", "z1[0]", (_DL_DZ1,)), Twin("value", _TANH, (_TANH,))), batch=43),
    # ---- Nemotron's copy of the same question in LaTeX: \[ ... \] with \text{ i.e. }, \text{sigmoid}, \text{sech},
    # names with digits (A1, dZ1) -----------------------------------------------------------------------------------
    Public("copy-a2", _DESHPANDE_COPY, "b43_tanh_then_sigmoid", "b43_deshpande",
           "\\[ A2 = \\text{sigmoid}(A1) \\text{ i.e. } = \\frac{1}{1+\\exp(-A1)} \\]", ((C, C),),
           (Twin("value", "a1[0]", (f"sigmoid({_TANH})", f"1/(1 + exp(-{_TANH}))")),), batch=43),
    Public("copy-dl-da1", _DESHPANDE_COPY, "b43_tanh_then_sigmoid", "b43_deshpande",
           "\\[ \\frac{dL}{dA1} = \\frac{dL}{dA2} \\cdot \\frac{dA2}{dA1} \\text{ i.e. } \\frac{dL}{dA2} \\cdot A2 \\cdot"
           " (1-A2) \\]", ((C, C),),
           (Twin("value", "a1[0] - y[0]", (f"{_DL_DA2}*a1[0]*(1 - a1[0])", f"{_DL_DA2}*a1[0]*(1 - a1[0])")),),
           batch=43),
    Public("copy-dl-dz1", _DESHPANDE_COPY, "b43_tanh_then_sigmoid", "b43_deshpande",
           "\\[ \\frac{dL}{dZ1} = \\frac{dL}{dA1} \\cdot \\frac{dA1}{dZ1} \\text{ i.e. } \\frac{dL}{dZ1} = \\frac{dL}"
           "{dA1} \\cdot \\text{sech}(A1) \\]", ((C,), (W,)),
           (Twin("gradient_z", "z1[0]", (_DL_DZ1,)),
            Twin("gradient_z", "z1[0]", (f"(a1[0] - y[0])/np.cosh({_TANH})",))), batch=43,
           why="sech(A1) for 1 - A1^2, as on the forum"),
    Public("copy-answer", _DESHPANDE_COPY, "b43_tanh_then_sigmoid", "b43_deshpande",
           "\\[ \\frac{dL}{dZ1} = \\frac{dL}{dA1} \\cdot (1 - A1^2) \\]", ((C,),),
           (Twin("gradient_z", "z1[0]", (_DL_DZ1,)),), batch=43),
    # ---- community.deeplearning.ai 656022: Ng's dZ2 = A2 - Y in plain text, the mentor's TeX without delimiters
    # (dZ^{[l]}, g^{[l]'}), and g'(Z) = g(Z) * (1 - g(Z)) = A * (1 - A) -------------------------------------------
    Public("dz656-plain", _DLAI656022, "b43_ng_relu_sigmoid", "b43_dlai656022", "dZ2 = A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=43,
           why="after \"by the equation given by Prof. Ng, which is\"; the question's A2 = [1.78862847, 0.43650985]"
               " (random test values, as the mentor finds) left out"),
    Public("dz656-rule", _DLAI656022, "b43_ng_relu_sigmoid", "b43_dlai656022",
           "dZ^{[l]} = dA^{[l]} \\cdot g^{[l]'}(Z^{[l]})", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DA2_G,)),), batch=43, why="the rule at l = L = 2 (it holds at l = 1 too)"),
    Public("dz656-bracket", _DLAI656022, "b43_ng_relu_sigmoid", "b43_dlai656022", "dZ^{[2]} = A^{[2]} - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=43),
    Public("dz656-gprime", _DLAI656022, "b43_ng_relu_sigmoid", "b43_dlai656022",
           "g'(Z) = g(Z) * (1 - g(Z)) = A * (1 - A)", ((C, C),),
           (Twin("value", _SIG_PRIME_OUT, (_SIG_PRIME_OUT, "a2[0]*(1 - a2[0])")),), batch=43,
           why="\"At the output layer, the derivative of the activation function is\""),
    # ---- community.deeplearning.ai 223054/6: a mentor's plain lines ------------------------------------------------
    Public("dz223-gprime", _DLAI223054, "b43_ng_relu_sigmoid", "b43_dlai223054", "g'(Z) = A * (1 - A)", ((C,),),
           (Twin("value", _SIG_PRIME_OUT, ("a2[0]*(1 - a2[0])",)),), batch=43),
    Public("dz223-dzl", _DLAI223054, "b43_ng_relu_sigmoid", "b43_dlai223054", "dZ^{[L]} = A^{[L]} - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=43),
    # ---- heatonresearch's "Taking the Derivative of the Sigmoid Function": $$ blocks, s’ with a curly prime, the
    # derivation's steps each in a block of its own starting with =; the step before the last has the wrong sign --
    Public("heaton-first", _HEATON, "b43_sigmoid_unit", "b43_heaton",
           "$$\ns’(x) = \\frac{d}{dx} \\left( \\frac{1}{e^{-x}+1} \\right) = \\frac{-\\frac{d}{dx}(e^{-x}+1)}{(e^{-x}+1)^2}"
           "\n$$", ((C, C),),
           (Twin("value", _SIG_PRIME, (_SIG_PRIME, f"{_E}/({_E} + 1)**2")),), batch=43),
    Public("heaton-eliminated", _HEATON, "b43_sigmoid_unit", "b43_heaton",
           "$$\n= \\frac{e^{-x}}{(e^{-x}+1)^2}\n$$", ((C,),),
           (Twin("value", _SIG_PRIME, (f"{_E}/({_E} + 1)**2",)),), batch=43,
           why="a block that continues s’(x) = ... of the blocks before (\"Eliminate the double negative.\")"),
    Public("heaton-product", _HEATON, "b43_sigmoid_unit", "b43_heaton",
           "$$\n= \\left( \\frac{1}{e^{-x}+1} \\right) \\left( \\frac{-e^{-x}}{e^{-x}+1} \\right)\n$$", ((W,),),
           (Twin("value", _SIG_PRIME, (f"(1/({_E} + 1))*(-{_E}/({_E} + 1))",)),), batch=43,
           why="the numerator's minus is wrong: e^{-x}/(e^{-x}+1)^2 is the product with +e^{-x}"),
    Public("heaton-final", _HEATON, "b43_sigmoid_unit", "b43_heaton", "$$\ns’(x)= s(x)(1-s(x))\n$$", ((C,),),
           (Twin("value", _SIG_PRIME, (_SIG_PRIME,)),), batch=43),
    # ---- Nemotron's copy of Hause Lin's post: \[ ... \] blocks, a left side that is an expression --------------------
    Public("hause-forms", _HAUSE_LIN, "b43_sigmoid_unit", "b43_sigma_x",
           "\\[\n\\frac{1}{1+e^{-x}}= \\frac{1}{1+e^{-x}} \\cdot \\frac{e^{x}}{e^{x}} =\\frac{e^{x}}{e^{x}+1}\n\\]",
           ((C, C),),
           (Twin("value", "1/(1 + exp(-z1[0]))", ("1/(1 + exp(-z1[0]))*exp(z1[0])/exp(z1[0])",
                                                   "exp(z1[0])/(exp(z1[0]) + 1)")),), batch=43),
    Public("hause-derivative", _HAUSE_LIN, "b43_sigmoid_unit", "b43_sigma_x",
           "\\[\n\\sigma'(x)=\\frac{d}{dx}\\sigma(x)=\\sigma(x)(1-\\sigma(x))\n\\]", ((C, C),),
           (Twin("value", _SIG_PRIME, (_SIG_PRIME, _SIG_PRIME)),), batch=43),
    # ---- mynote.show's note: inline $...$ in a sentence, and a $ ... $ block holding an aligned derivation of
    # eleven members (\left[ \right], -1*, a fraction over -(...)^{2}, products of fractions side by side) ---------
    Public("mynote-sigma", _MYNOTE, "b43_sigmoid_unit", "b43_sigma_x",
           "The sigmoid function $\\sigma(x)=\\frac{1}{1+e^{-x}}$ is frequently used in neural networks because its"
           " derivative is very simple and computationally fast to calculate, making it great for backpropagation.",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=43),
    Public("mynote-chain", _MYNOTE, "b43_sigmoid_unit", "b43_sigma_x",
           "$\n\\begin{aligned}\n\\frac{d}{dx} \\sigma(x) &= \\frac{d}{dx} \\left[ \\frac{1}{1+e^{-x}} \\right]"
           " =\\frac{d}{dx}(1+e^{-x})^{-1} \\\\\n&=-1*(1+e^{-x})^{-2}(-e^{-x}) \\\\\n&=\\frac{-e^{-x}}{-(1+e^{-x})^{2}}"
           " \\\\\n&=\\frac{e^{-x}}{(1+e^{-x})^{2}} \\\\\n&=\\frac{1}{1+e^{-x}} \\frac{e^{-x}}{1+e^{-x}} \\\\\n&=\\frac"
           "{1}{1+e^{-x}} \\frac{e^{-x} + (1 - 1)}{1+e^{-x}} \\\\\n&=\\frac{1}{1+e^{-x}} \\frac{(1 + e^{-x}) - 1}"
           "{1+e^{-x}} \\\\\n&=\\frac{1}{1+e^{-x}} \\left[ \\frac{(1 + e^{-x})}{1+e^{-x}} - \\frac{1}{1+e^{-x}} \\right]"
           " \\\\\n&=\\frac{1}{1+e^{-x}} \\left[ 1 - \\frac{1}{1+e^{-x}} \\right] \\\\\n&=\\sigma(x) (1-\\sigma(x))"
           " \\\\\n\\end{aligned}\n$", ((C,) * 11,),
           (Twin("value", _SIG_PRIME,
                 (_SIG_PRIME, _SIG_PRIME, f"-1*(1 + {_E})**(-2)*(-{_E})", f"-{_E}/(-(1 + {_E})**2)",
                  f"{_E}/(1 + {_E})**2", f"1/(1 + {_E})*{_E}/(1 + {_E})", f"1/(1 + {_E})*({_E} + (1 - 1))/(1 + {_E})",
                  f"1/(1 + {_E})*((1 + {_E}) - 1)/(1 + {_E})", f"1/(1 + {_E})*((1 + {_E})/(1 + {_E}) - 1/(1 + {_E}))",
                  f"1/(1 + {_E})*(1 - 1/(1 + {_E}))", _SIG_PRIME)),), batch=43,
           why="under \"## Derivative via chain rule\" (\"Line 2 of the sigmoid derivation below uses this rule.\")"),
    # ---- Cross Validated 500902: the question's NumPy with trailing comments, the answer's $$ chain rules after a
    # sentence, $z_i=\sigma(h_i)$ and a \sum in one line of prose -----------------------------------------------------
    Public("cv-forward", _CV500902, "b43_sigmoid_layer", "b43_cv500902",
           "z = 1/(1 + np.exp(-np.dot(W, x)))   # forward pass", ((C,),),
           (Twin("value", "a1[{i}]", ("1/(1 + exp(-(W1[{i},0]*x[0] + W1[{i},1]*x[1] + W1[{i},2]*x[2])))",), _I2),),
           batch=43, why="the next two lines, dx and dW, are the output's derivatives (\"local gradient\"), no loss's:"
                         " left out"),
    Public("cv-chain", _CV500902, "b43_sigmoid_layer", "b43_cv500902",
           "If we wanted to find the derivative of loss with respect to $W_{ij}$, we'll have the following chain rule:"
           " $$\\frac{\\partial L}{\\partial W_{ij}}=\\frac{\\partial L}{\\partial z_i}\\frac{\\partial z_i}{\\partial"
           " W_{ij}}$$", ((C,),),
           (Twin("gradient", "W1[{i},{j}]", ("(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])*x[{j}]",), _IJ23),), batch=43),
    Public("cv-local", _CV500902, "b43_sigmoid_layer", "b43_cv500902",
           "Here, $z_i$ is the output of the $i$-th neuron, and is $z_i=\\sigma(h_i)$ where $h_i=\\sum_{j=1}^n"
           " W_{ij}x_j$ So, $$\\frac{\\partial z_i}{\\partial W_{ij}}=\\frac{\\partial z_i}{\\partial h_i}\\frac{\\partial"
           " h_i}{\\partial W_{ij}}=z_i(1-z_i)x_j$$", ((C,), (C,), (C, C)),
           (Twin("value", "a1[{i}]", ("sigmoid(z1[{i}])",), _I2),
            Twin("value", "z1[{i}]", ("W1[{i},0]*x[0] + W1[{i},1]*x[1] + W1[{i},2]*x[2]",), _I2),
            Twin("value", "a1[{i}]*(1 - a1[{i}])*x[{j}]", ("a1[{i}]*(1 - a1[{i}])*x[{j}]",
                                                          "a1[{i}]*(1 - a1[{i}])*x[{j}]"), _IJ23)), batch=43,
           why="dz_i/dW_ij, the output's derivative, is a value"),
    # ---- community.deeplearning.ai 632256: a learner's plain text, "ie.", words around each claim; dW = dZ / x is
    # wrong (its ie. form right), and so is dz = dWx --------------------------------------------------------------
    Public("dwdb-dw", _DLAI632256, "b43_logistic", "b43_ng_logistic_plain", "so dW = dZ / x ie. dZ * x.T", ((W, C),),
           (Twin("gradient", "W1[0,{i}]", (f"{_DZ}/x[{{i}}]", f"{_DZ}*x[{{i}}]"), _I2),), batch=43,
           why="dividing by x is wrong; dZ x^T (its \"ie.\") is right"),
    Public("dwdb-dz", _DLAI632256, "b43_logistic", "b43_ng_logistic_plain",
           "partial derivative of w / Z is dz = dWx (b is dropped since it is a constant)", ((W,),),
           (Twin("gradient_z", "z1[0]", (f"{_DZ}*x[0]*x[0] + {_DZ}*x[1]*x[1]",)),), batch=43,
           why="dW x = dz (x . x), not dz (the learner means the differential dz = x dW)"),
    Public("dwdb-db", _DLAI632256, "b43_logistic", "b43_ng_logistic_plain",
           "partial derivative of b / Z is dz = db (dWx is dropped since it is a constant)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_DZ,)),), batch=43),
    Public("dwdb-screenshot", _DLAI632256, "b43_logistic", "b43_ng_logistic_plain",
           "which matches with the screenshot db = dZ.", ((C,),), (Twin("gradient", "b1[0]", (_DZ,)),), batch=43),
    # ---- community.deeplearning.ai 1810: three claims in a question's sentence (x1dz run together), a chain with
    # plain-text fractions, w1x1 run together, "=> dz = x1 dw1" (wrong) ----------------------------------------------
    Public("w2a1-question", _DLAI1810, "b43_logistic", "b43_ng_logistic_plain",
           "How did we come to the conclusion that dw1 = x1dz, dw2 = x2dz and db = dz. This is mentioned in Week 2"
           " content for gradient descent?", ((C,), (C,), (C,)),
           (Twin("gradient", "W1[0,0]", (f"x[0]*{_DZ}",)), Twin("gradient", "W1[0,1]", (f"x[1]*{_DZ}",)),
            Twin("gradient", "b1[0]", (_DZ,))), batch=43),
    Public("w2a1-chain", _DLAI1810, "b43_logistic", "b43_ng_logistic_plain", "dL/dw1 = dL/dz * dz/dw1 = dL/dz * x1",
           ((C, C),), (Twin("gradient", "W1[0,0]", (f"{_DZ}*x[0]", f"{_DZ}*x[0]")),), batch=43),
    Public("w2a1-z", _DLAI1810, "b43_logistic", "b43_ng_logistic_plain", "since z = w1x1 + w2x2 + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=43),
    Public("w2a1-reverse", _DLAI1810, "b43_logistic", "b43_ng_logistic_plain",
           "=> dz = x1 dw1 and not the other way around.", ((W,),),
           (Twin("gradient_z", "z1[0]", (f"x[0]*x[0]*{_DZ}",)),), batch=43,
           why="in the course's names (dz = dL/dz, dw1 = dL/dw1 = x1 dz) x1 dw1 is x1^2 dz; the learner means the"
               " differentials, and the next reply says \"In this course, dL/dw1 denotes as dw1\""),
    # ---- Nemotron's copy of the 1810 thread: \[ ... \] and \( ... \) with w_1, x_1 --------------------------------
    Public("w2a1copy-chain", _DLAI1810_COPY, "b43_logistic", "b43_ng_logistic_latex",
           "\\[ \\frac{dL}{dw_1} = \\frac{dL}{dz} \\cdot \\frac{dz}{dw_1} = \\frac{dL}{dz} \\cdot x_1 \\]", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_DZ}*x[0]", f"{_DZ}*x[0]")),), batch=43),
    Public("w2a1copy-z", _DLAI1810_COPY, "b43_logistic", "b43_ng_logistic_latex",
           "Since \\(z = w_1 x_1 + w_2 x_2 + b\\), then \\(\\frac{dz}{dw_1} = x_1\\).", ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)), Twin("value", "x[0]", ("x[0]",))),
           batch=43, why="dz/dw_1 the sum's derivative, a value"),
    Public("w2a1copy-reverse", _DLAI1810_COPY, "b43_logistic", "b43_ng_logistic_latex",
           "=> \\(dz = x_1 dw_1\\) and not the other way around.", ((W,),),
           (Twin("gradient_z", "z1[0]", (f"x[0]*x[0]*{_DZ}",)),), batch=43, why="as on the forum"),
    # ---- community.deeplearning.ai 808488: a learner's NumPy in a question (np.sum makes it a number: wrong), the
    # mentor's -----------------------------------------------------------------------------------------------------
    Public("vec-question", _DLAI808488, "b43_logistic", "b43_ng_logistic_plain",
           "when writing vectorized form for dw, can we rewrite this as dw= (1/m) * np.sum(np.dot(X,dz.T))???", ((W,),),
           (Twin("gradient", "W1[0,{i}]", (f"x[0]*{_DZ} + x[1]*{_DZ}",), _I2),), batch=43,
           why="the sum of dw's entries, one number, for the vector dw (the mentor: \"your formula will produce a"
               " scalar value\")"),
    Public("vec-mentor", _DLAI808488, "b43_logistic", "b43_ng_logistic_plain", "dw = 1./m * np.dot(X, dZ.T)", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"x[{{i}}]*{_DZ}",), _I2),), batch=43, why="m = 1"),
    # ---- Nemotron's "Neural Networks" category page: an indented Markdown list under "1. **Forward Pass:**" and
    # "2. **Backpropagation:**", each item a sentence with inline $...$ in bold vectors, \nabla \mathbf{W}^2 -------
    Public("nncat-z", _NN_CATEGORY, "b43_hidden_sigmoid", "b43_bold_layers",
           "   - Compute the weighted sum for the hidden layer: $\\mathbf{z} = \\mathbf{W}^1 \\mathbf{x} + \\mathbf{b}^1$.",
           ((C,),), (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=43),
    Public("nncat-zout", _NN_CATEGORY, "b43_hidden_sigmoid", "b43_bold_layers",
           "   - Compute the output: $\\mathbf{z}^{out} = \\mathbf{W}^2 \\mathbf{a}^1 + \\mathbf{b}^2$.", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=43),
    Public("nncat-delta-out", _NN_CATEGORY, "b43_hidden_sigmoid", "b43_bold_layers",
           "   - Compute the error at the output: $\\delta^{out} = \\mathbf{a}^{out} - \\mathbf{y}$.", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=43,
           why="the page names no loss; a sigmoid output whose error is a - y is the cross-entropy's"),
    Public("nncat-grad-w2", _NN_CATEGORY, "b43_hidden_sigmoid", "b43_bold_layers",
           "   - Compute the gradient for the output layer weights: $\\nabla \\mathbf{W}^2 = \\delta^{out}"
           " (\\mathbf{a}^1)^T$.", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J2),), batch=43),
    Public("nncat-delta1", _NN_CATEGORY, "b43_hidden_sigmoid", "b43_bold_layers",
           "   - Compute the error for the hidden layer: $\\delta^1 = (\\mathbf{W}^2)^T \\delta^{out} \\cdot"
           " \\sigma'(\\mathbf{z})$.", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DELTA1,), _J2),), batch=43,
           why="\\cdot the entrywise product of (W^2)^T delta^out and sigma'(z)"),
    Public("nncat-grad-w1", _NN_CATEGORY, "b43_hidden_sigmoid", "b43_bold_layers",
           "   - Compute the gradient for the hidden layer weights: $\\nabla \\mathbf{W}^1 = \\delta^1 \\mathbf{x}^T$.",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_DELTA1}*x[{{i}}]",), _JI22),), batch=43),
    # ---- Nemotron's April 2021 post on the sigmoid's derivative by u = 1 + e^{-x}: d/dx(u) given as e^{-x} (its
    # sign lost), and the product after it wrong the same way; the next step right again ---------------------------
    Public("sigu-chain", _SIGMOID_U, "b43_sigmoid_unit", "b43_sigma_u",
           "\\[\n\\sigma'(x) = -u^{-2} \\cdot \\frac{d}{dx}(u)\n\\]", ((C,),),
           (Twin("value", _SIG_PRIME, (f"-(1 + {_E})**(-2)*(-{_E})",)),), batch=43,
           why="after \"Let \\( u = 1 + e^{-x} \\), so \\( \\sigma(x) = u^{-1} \\). The derivative is:\""),
    Public("sigu-du", _SIGMOID_U, "b43_sigmoid_unit", "b43_sigma_u",
           "Since \\( \\frac{d}{dx}(u) = e^{-x} \\), we have:", ((W,),),
           (Twin("value", f"-{_E}", (_E,)),), batch=43, why="d/dx (1 + e^{-x}) = -e^{-x}"),
    Public("sigu-product", _SIGMOID_U, "b43_sigmoid_unit", "b43_sigma_u",
           "\\[\n\\sigma'(x) = -\\frac{1}{(1 + e^{-x})^2} \\cdot e^{-x}\n\\]", ((W,),),
           (Twin("value", _SIG_PRIME, (f"-1/(1 + {_E})**2*{_E}",)),), batch=43,
           why="the sign of the d/dx(u) before it carried on: the derivative is +e^{-x}/(1 + e^{-x})^2"),
    Public("sigu-simplified", _SIGMOID_U, "b43_sigmoid_unit", "b43_sigma_u",
           "\\[\n\\sigma'(x) = \\frac{e^{-x}}{(1 + e^{-x})^2}\n\\]", ((C,),),
           (Twin("value", _SIG_PRIME, (f"{_E}/(1 + {_E})**2",)),), batch=43,
           why="after \"This simplifies to:\" (the minus of the step before silently dropped)"),
    Public("sigu-one-minus", _SIGMOID_U, "b43_sigmoid_unit", "b43_sigma_u",
           "\\[\n1 - \\sigma(x) = \\frac{e^{-x}}{1 + e^{-x}}\n\\]", ((C,),),
           (Twin("value", "1 - sigmoid(z1[0])", (f"{_E}/(1 + {_E})",)),), batch=43),
    # ---- Nemotron's copy of Dasaradh S K's introduction: an update in a $$ block, w_{new} and w_{old} by their
    # subscripts' words, \nabla J(w) ----------------------------------------------------------------------------
    Public("dasaradh-update", _DASARADH, "b43_logistic", "b43_dasaradh",
           "$$\nw_{new} = w_{old} - \\eta \\cdot \\nabla J(w)\n$$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=43,
           why="\"The update rule for weights in a neural network using gradient descent is given by:\"; J the cost"
               " of a network the post leaves open: a logistic unit here"),
    # ---- Nemotron's copy of "Logistic Regression with a Neural Network Mindset": $$ f'(z) ... $$ with a braced
    # {(1 + e^{-z})}^{2}, and y = f(z) the output ---------------------------------------------------------------
    Public("mindset-chain", _MINDSET, "b43_sigmoid_unit", "b43_mindset",
           "$$ f'(z) = \\frac{1 + e^{-z} - 1}{{(1 + e^{-z})}^{2}} = \\frac{1}{1 + e^{-z}} - \\frac{1}{{(1 + e^{-z})}^{2}}"
           " = y(1 - y) $$", ((C, C, C),),
           (Twin("value", _SIG_PRIME, (f"(1 + {_E} - 1)/(1 + {_E})**2", f"1/(1 + {_E}) - 1/(1 + {_E})**2",
                                       "a1[0]*(1 - a1[0])")),), batch=43,
           why="\"where \\( y = f(z) \\)\" follows"),
]
