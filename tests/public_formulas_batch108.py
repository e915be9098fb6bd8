r"""Batch 108 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in:
five Markdown documents, README files of homework repositories, and five code files, Octave and four languages
earlier batches met once or twice): five students' submissions for the same assignment of TSAI's ERA V1 and EVA8
courses (backpropagation worked in a spreadsheet on a 2-2-2 sigmoid network, h1 = w1*i1 + w2*i2 ... E_total = E1 +
E2), each written its own way --
varun-senthilnathan's plain text in ``` blocks (dEtotal/dw5 quotients, names with an underscore, a_h1, a_o1, a chain
continued on the next line under its =, the generic w = w - (LR * dEtotal/dw)); deepanshudashora's $$ displays on
their own lines (\cdot, \exp, a_{h1}, E_{\text{total}}, w_5 and w5 both, W_{\text{t+1}}=W_{\text{t}}-LearningRate*
GRADIENTS); shrey131195's plain lines with ð (eth) for the partial sign, bold ** ** around quotients and up to ten
trailing tabs; sushant097's lines mixing plain text, $...$ with Unicode σ and ∂ inside LaTeX, \dfrac, \exp{-h1} and a
remark in brackets after the $, then plain ∂E_total/∂w1 quotients; ojhajayant's one-line $$ ... $$ with a trailing
tab, h_1 = w_1 i_1 + w_2 i_2 by juxtaposition, ½ and ² -- and DiegoGranadosLy's gradtarget.m (Octave: ' for the
transpose, .*, a # comment after the ;), m87's neuron.f95 (Fortran: a function's body indented eight spaces, real
literals 1.0, this%output, target_), asfarley's nnmin.rb (Ruby: 2.71** for e, a block { |x,i| ... }), hayago's
Math.swift (Swift: static func with typed arguments, a return with a ;) and r0fls's nn.lua (Lua: Trask's network with
the file's own helpers matrixdot, subtract, multiply and nonlin_array(l1, true)). Copied verbatim, typos and mistakes
included (the JSON-escaped text of the stored files decoded), each with the notation a teacher would write for the
page under shared/spec/notation.md (and docs/notation.md for what the product documents: the course's names as the
page writes them, a_h1 or a_{h1}, E1 and E_{1} the first output's half of the loss, the loss's name Etotal, E_t,
E_{\text{total}} or E_total, rows as transposes, "x[:].T", code deltas that are -dE/dz as -delta1[0], functions
declared "sigmoid' at input"), a network of the kind the page describes (with the page's numbers where it gives them:
the class's w1 = 0.15 ... w8 = 0.55, i1 = 0.05, i2 = 0.1 and t1 = 0.01, t2 = 0.99 for deepanshudashora's and
ojhajayant's pages, varun-senthilnathan's t1 = t2 = 0.5; the Octave X with its final column of 1s as a third input;
the Ruby and Lua files' first rows of data; all in tests/public_formulas_batch108_tables.py), and its true verdicts,
from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A
derivative by an output or a hidden output (dEtotal/da_o1, ∂E1/∂a_h1, ðE_t/ða_h1) or an output's slope
(da_o1/do1) is twinned as a value, as in batches 14 to 106; so is a forward value, a function's definition (judged at
a sum), a code's delta and a loss's definition (Etotal, E1). Formulas keep their page's delimiters and what surrounds
them on their line (a code line's indentation and comment, trailing tabs and spaces, a remark after the $, a function's
braces); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 108

The batch: 56 formulas from 10 addresses (varun-senthilnathan's README 11, deepanshudashora's 11, shrey131195's 8,
sushant097's 8, ojhajayant's 4, DiegoGranadosLy's gradtarget.m 4, m87's neuron.f95 3, asfarley's nnmin.rb 2, hayago's
Math.swift 2, r0fls's nn.lua 3). 24 are Markdown documents' plain text (varun-senthilnathan's 11, shrey131195's
8, sushant097's 4 plain ∂ lines and its a_h1 line whose last member is in $...$), 18 LaTeX (deepanshudashora's 11 $$
displays, ojhajayant's 4 one-line $$, sushant097's 3 $...$ lines), 14 code (Octave 4, Fortran 3, Ruby 2, Swift 2,
Lua 3).

3 are mistaken somewhere (the oracle finds at least one member wrong), and 6 are mistyped:

- varun-senthilnathan's va-dao1, dEtotal/da_o1 = 1/2 * 2 * (t1 - a_o1)^1 = a_o1 - t1: the first member drops the
  inner derivative's -1 (t1 - a_o1 for a_o1 - t1); the second, on the next line, is right;
- deepanshudashora's dd-ah2, a_{h2} = \sigma(h2) = \frac{1}{1 + \exp(-h1)}: the fraction keeps h1 from the line
  before (\sigma(h2) right);
- asfarley's as-out, output[i] = 1/(1+2.71**-neuron_input): 2.71 for e, so not the sigmoid;
- mistyped (unreadable): deepanshudashora's dd-dw5 and dd-dw1 (a_{01}, zero-one, for a_{o1} in every gradient of its
  PART-1 and PART-2, unreadable="a_{01}"); shrey131195's sh-dw5 (a_01 for a_o1, in all four output-weight gradients);
  sushant097's su-dEao1 (a_{01} in its third member); ojhajayant's oj-ah1 and oj-E1 (a__h_1 and a__o_1, a doubled
  underscore, a double subscript TeX refuses: every line of its page past h_1 and h_2 has one).

Not mistaken, though they look it: shrey131195's ðE_t/ðw5 = ... = (ðE1/ða_o1)*(ða_o1/ðw5) (da_o1/dw5 = a_o1(1 -
a_o1) a_h1, so the product is the gradient); deepanshudashora's and shrey131195's dE/dw5 = dE1/dw5 (E2 does not
depend on w5); DiegoGranadosLy's delta2=-(Y-y).*(y.*(1-y)) (dE/dz2, the minus inside); Lua's nonlin_array(l1, true)
(the file's derivative flag, x*(1 - x) taken at the output l1).

What was left out: varun-senthilnathan's h2, a_h2, o1, o2, a_o1, a_o2, the chain for dEtotal/da_h1 and dEtotal/dw1,
da_o1/do1, do1/dw5, do1/da_h1 and the w6, w7, w8, dEtotal/da_h2, w2, w3 gradients (the batch's size; the same rules at
other indices); deepanshudashora's h2, o1, o2, a_{o1}, a_{o2}, E_{total}, E2, the lone quotients of its three steps,
dE1/da_{h1}, dE2/da_{h1}, dE/da_{h1}, dE/da_{h2} and its w6, w7, w8, w2, w3, w4 gradients (a_{01}, a_{02} in all of
them: the batch's size, two kept as typos) and the w2, w3 chains; shrey131195's other forward lines, its
sigmoid(x)  = 1/(1+exp(-x)), ða_o1/ðo1 (a_01 in its last member), ðo1/ðw5 = a_h1, w6 to w8 (a_01, a_02; its second
"ðE_t/ðw7" line, for w8, a slip of the left side) and w2 to w4 (the batch's size); sushant097's other forward lines,
E2, E_{Total}, its $\frac{∂E_{total}}{∂w5}$ chain and w5 to w8 gradients (a_{01}), ∂E2/∂a_h1, ∂E_total/∂a_h2, w2, w3
and the step $( w1 - LR * \frac{∂E_{total}}{∂w1})$ (no left side); ojhajayant's a__h_2, o_1, o_2, a__o_1, a__o_2,
E__Total, E_2 (the same doubled underscore: the batch's size); DiegoGranadosLy's y1=[ones(rows(y1),1),y1], capa2=
y1*W2', gW2=(y1'*delta2)', delta1= (delta2*W2).*(y1.*(1-y1)), gW1=(X'*delta1)' (y1 with its bias column put in
front, a concatenation no notation can name); m87's newDeltaWeight with its momentum term (this%eta, this%alpha) and
this%gradient = delta * neuron_activeFuncD(output) (output an undeclared variable of the routine); asfarley's
weight_gradients block and update_weights (blocks over the weights' indices); r0fls's nonlin(x, deriv) (two returns
behind a flag, no left side) and w = add(w, matrixdot(l0, l1_delta)) (the file's update, with a row-by-vector
product that does not match its shapes). Where the spec has no way to say what a teacher would: m87's target_ (a
pattern ending in an underscore is refused by the loader: "a subscript or superscript is missing at the end; write a
symbol such as O_{k}^{1}"), left out of its notation; ojhajayant's a__h_1 (no pattern of a base with one subscript).

Collected on 2026-12-06 (14:59 to 15:06 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: 9 of the 10
pairs loaded; m87's was refused at "target_" = "y[0]" (as above), that line was taken out, and the notation was not
loaded again before the commit -- its "this%output" = "a2[0]" is refused too ("cannot read '%'"), which the first
run showed (below). The networks' [data] rows were first written as flat lists and fixed before the oracle ran. The
oracle's first run passed with every verdict as first transcribed.

Run blind at main aff2379 (/work/READY_FOR_BLIND42; src/ as at dbfc214, main's last change to it; the rebase a
no-op), with nothing under src/ changed. The first run (/work/batch108_blind.txt): 34 of 56 read with every verdict
right (61%), 16 refused, 6 typo refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. Three
of the refusals were the notation's slip, not the reader's: m87's three entries were refused before any formula was
read, at the notation's own pattern, "[notation] symbols.'this%output': cannot read '%' at position 5; write the
formula in LaTeX or plain text (+ - * / ^, \frac, \sum); write a symbol such as O_{k}^{1}" (a pattern outside the
spec, which names a base with a subscript and a superscript). The notation was fixed alone (this%output taken out,
as target_ was; the notation now names neither) and the batch run a second time (/work/batch108_blind_second.txt):
36 of 56 read (64%), 14 refused, 6 typo refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT; m8-f and
m8-fd read, m8-delta refused at the % in the formula itself. No other refusal was a slip of the notations (none
counts from the wrong number, none names a quantity the page does not mean).

Of the 3 mistaken formulas 2 were read, each with its wrong member called wrong (va-dao1's 1/2 * 2 * (t1 - a_o1)^1
on the line before its right a_o1 - t1, and dd-ah2's \frac{1}{1 + \exp(-h1)}); as-out was refused (below). By page
(second run): varun-senthilnathan's README 11 of 11, deepanshudashora's 9 of 11 (and its 2 typos refused),
shrey131195's 2 of 8 (1 typo refused), sushant097's 6 of 8 (1 typo refused), ojhajayant's 2 of 4 (2 typos refused),
DiegoGranadosLy's gradtarget.m 4 of 4, m87's neuron.f95 2 of 3 (0 of 3 in the first run), asfarley's nnmin.rb 0 of 2,
hayago's Math.swift 0 of 2, r0fls's nn.lua 0 of 3.

The refusals by construct (14 in the second run, and the 6 typos'), with the exact message:

- 5, ð (the Latin eth, shrey131195's page's character for ∂) before the quotients' letters, ðE_t/ðw5, ðE1/ða_h1
  (sh-chain, sh-dEao1, sh-dE1ah1, sh-dEah1, sh-dw1), read as a command \dh, e.g. sh-dEah1: "formula '\\dh E_t/\\dh
  a_h1 = ((a_o1-t1)*(a_o1*(1-a_o1))*w5) + ((a_o...': the command \dh is not part of a formula check can read at
  '\\dh' (position 1); write arithmetic, \frac, \sum, \sigma, \log, \exp and the homework's symbols" (the other four
  the same message at their own text);
- 3, a code's own helper functions for arithmetic, Lua's matrixdot(l0, w), subtract(y,l1), multiply(l1_error, ...)
  (lu-l1, lu-err, lu-delta), which no notation can declare (its functions are activations): lu-l1: "formula 'l1 =
  nonlin_array(matrixdot(l0, w))': unknown symbol matrixdot; the notation knows l, l1, w, y; a name of several
  letters is read whole only where the notation names it: give it the quantity it stands for in the notation's
  [notation.symbols], "matrixdot" = "..." (e.g. "a1[0]")" (lu-err the same at subtract, lu-delta at multiply);
- 2, a Swift function's signature with typed arguments and its body in braces, static func sigmoid(x: Double) ->
  Double { return ... } (hy-sig, hy-dsig): hy-sig: "formula 'static func sigmoid(x: Double) -> Double { return 1.0 /
  (...': unknown symbol Double; the notation knows x; give it a meaning in the notation's [notation.symbols], e.g.
  "Double" = "a1[0]"" (hy-dsig the same at its own text);
- 1, Ruby's ** with a unary minus before a name holding an underscore, 2.71**-neuron_input (as-out, a wrong formula
  refused): "formula 'output[i] = 1/(1+2.71**-neuron_input)': unknown symbol n; the notation knows e, neuron,
  output, target; it bounds no sum over the samples here, so nothing says it counts them: if it is their number (the
  n of 1/n), give it in the notation's [notation.symbols]: "n" = "1", the one sample check reads" (the notation's
  "neuron_input" is listed as neuron);
- 1, a Ruby block, output.map.with_index{ |x,i| output[i] - target[i] } (as-e): "formula 'e =
  output.map.with_index{ |x,i| output[i] - target[i] }': expected '|' to close the norm at ',' (position 30)";
- 1, a remark in brackets after the closing $ holding a formula of its own, $...$ [Since derivative of σ(x) =
  σ(x)*(1-σ(x))] (su-dao1): "formula '\\frac{\\partial a_{o1}}{\\partial o1} = \\frac{\\partial (\\si...': unknown
  symbol Since; the notation knows E, a, h, i, o, t, w; give it a meaning in the notation's [notation.symbols], e.g.
  "Since" = "a1[0]"";
- 1, Fortran's component selector %, this%output (m8-delta): "formula 'delta = target_ - this%output': cannot read
  '%' at position 23; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (its target_, which no
  pattern can name either, was not reached);
- the typos: dd-dw5 and dd-dw1, "formula '\\frac{\\partial E_{\\text{total}}}{\\partial w5} = (a_{01} -...': a_{01}
  matches none of the notation's patterns for a ('a_{h1}', 'a_{h2}', 'a_{o1}', 'a_{o2}')" (dd-dw1 the same at w1);
  oj-ah1, "formula 'a__h_1 = \\sigma (h_1) = {\\frac{1 }{ (1 + exp (-h_1)) }}': a_{_} needs its layer, e.g.
  a^{(1)}; or give it a meaning in the notation" (oj-E1 the same, at a__o_1); sh-dw5 refused at its ð before its
  a_01 (the \dh message above); su-dEao1 refused before its a_{01}, at a ∂ split across a \dfrac's numerator,
  \dfrac{\dfrac{1}{2} * ∂ (t1 - a_{o1})^2}{∂a_o1}: "formula '\\frac{\\partial E1}{\\partial a_{o1}} =
  \\frac{\\frac{1}{2} *...': ∂(...) with no /∂ after it: ∂ alone is no function at '\\partial' (position 59); write
  the derivative it means, \frac{\partial L}{\partial z} or \sigma'(x), or name the function in the notation".

Read, among the constructs these pages brought: plain-text quotients dEtotal/dw5 and ∂E_total/∂w1 with names holding
an underscore (a_h1, a_o1), a chain continued on the next line under its = (va-dao1, its slip called wrong), the
generic w = w - (LR * dEtotal/dw), e^-x without braces (all of varun-senthilnathan's page); $$ displays with \cdot,
\exp, a_{h1}, E_{\text{total}}, \left( \right) inside a \partial, w_5 and w5 both, W_{\text{t+1}}=W_{\text{t}}-
LearningRate*GRADIENTS (deepanshudashora's); trailing tabs (shrey131195's a_h1 and E1); a line of plain text whose
last member is in $...$ with \exp{-h1}, \dfrac, Unicode ∂ in plain quotients (sushant097's); one-line $$ ... $$ with a
trailing tab and products by juxtaposition (ojhajayant's h_1, h_2); Octave's ' transpose, .*, a ; and a # comment
after it, a row X against W1' (all of DiegoGranadosLy's file); Fortran's real literals and eight-space indentation
(m87's f and fd, in the second run).

Which look general (would appear in much homework): a code's own helper functions standing for arithmetic
(matrixdot, subtract, multiply: code written from scratch in languages without array operators, Lua, C, Java); typed
function signatures (Swift's func f(x: Double) -> Double { ... }, and Kotlin's and TypeScript's alike); a remark in
brackets after a formula holding one of its own; ** followed by a unary minus and a name with an underscore.
Page- or file-specific: ð for ∂ (a mis-encoded partial sign, five of one page's lines); a ∂ split across a \dfrac's
numerator (one line, also a typo); Fortran's % selector and target_ (which the notation cannot name either); a Ruby
block.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch108_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_VA = "https://github.com/varun-senthilnathan/erav1 (S6/PART-1/README.md, commit 2212d6c)"
_DD = "https://github.com/deepanshudashora/ERAV1 (session6/part1/README.md, commit 263e181)"
_SH = "https://github.com/shrey131195/ERAV1 (S6/README.md, commit a706a51)"
_SU = "https://github.com/sushant097/TSAI-ERAv1-Assignments (Session6/part1/README.md, commit 4273f70)"
_OJ = "https://github.com/ojhajayant/EVA8 (session_3/Readme.md, commit 016756c)"
_DG = "https://github.com/DiegoGranadosLy/Proyecto1_Patrones (code/gradtarget.m, commit 22d7bec)"
_M8 = "https://github.com/m87/neutran (neuron.f95, commit 100c4f6)"
_AS = "https://github.com/asfarley/nn (nnmin.rb, commit 6c45046)"
_HY = ("https://github.com/hayago/swift-neural-network (project/SwiftNeuralNetwork/Mathmatics/Math.swift, "
       "commit 43164ce)")
_LU = "https://github.com/r0fls/luann (nn.lua, commit 1598f4f)"

_J2 = tuple({"j": j} for j in range(2))

# the course's 2-2-2 network, half the squared error: dE/do1, dE/do2 (the outputs' deltas), dE/da_h1, dE/da_h2
_DO1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DO2 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_DAH1 = f"{_DO1}*W2[0,0] + {_DO2}*W2[1,0]"
_DAH2 = f"{_DO1}*W2[0,1] + {_DO2}*W2[1,1]"
_HALF1 = "0.5*(y[0] - a2[0])**2"

ENTRIES = [
    # ---- varun-senthilnathan's ERA V1 README (Markdown, formulas in ``` blocks of plain text): names with an
    # underscore (a_h1, a_o1), Etotal, dEtotal/dw5 quotients, a chain continued on the next line under its =,
    # the generic w = w - (LR * dEtotal/dw); its dEtotal/da_o1's first member has the sign of t1 - a_o1 --------
    Public("va-h1", _VA, "b108_va", "b108_va", "h1 = w1*i1 + w2*i2", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=108),
    Public("va-ah1", _VA, "b108_va", "b108_va", "a_h1 = sigmoid(h1)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=108),
    Public("va-sig", _VA, "b108_va", "b108_va", "sigmoid(x) = 1/(1 + e^-x)", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=108,
           why="the function's definition, judged at a hidden unit's sum x; e^-x without braces"),
    Public("va-E", _VA, "b108_va", "b108_va", "Etotal = 1/2 * (t1 - a_o1)^2 + 1/2 * (t2 - a_o2)^2", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2",
                 ("0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2",)),), batch=108, why="the loss's definition"),
    Public("va-w", _VA, "b108_va", "b108_va", "w = w - (LR * dEtotal/dw)", ((C,),),
           (Twin("update", "W2[0,1]", ("W2[0,1] - eta*grad",)),), param="W2[0,1]", batch=108,
           why="the generic rule, for the parameter named by --param"),
    Public("va-chain", _VA, "b108_va", "b108_va", "dEtotal/dw5 = dEtotal/da_o1 * da_o1/do1 * do1/dw5", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_DO1}*a1[0]",)),), batch=108, why="the chain rule's quotients"),
    Public("va-dao1", _VA, "b108_va", "b108_va",
           "dEtotal/da_o1 = 1/2 * 2 * (t1 - a_o1)^1\n              = a_o1 - t1", ((W, C),),
           (Twin("value", "a2[0] - y[0]", ("0.5*2*(y[0] - a2[0])", "a2[0] - y[0]")),), batch=108,
           why="the derivative by the output, a value; its first member drops the inner derivative's -1 (the "
               "page's slip), the second, on the next line under the =, is right"),
    Public("va-dw5", _VA, "b108_va", "b108_va", "dEtotal/dw5 = (a_o1 - t1) * a_o1 * (1 - a_o1) * a_h1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_DO1}*a1[0]",)),), batch=108),
    Public("va-dah1", _VA, "b108_va", "b108_va",
           "dEtotal/da_h1 = ((a_o1 - t1) * a_o1 * (1 - a_o1) * w5) + ((a_o2 - t2) * a_o2 * (1 - a_o2) * w7)",
           ((C,),), (Twin("value", _DAH1, (_DAH1,)),), batch=108,
           why="the derivative by a hidden output, a value"),
    Public("va-dw1", _VA, "b108_va", "b108_va",
           "dEtotal/dw1 = (((a_o1 - t1) * a_o1 * (1 - a_o1) * w5) + ((a_o2 - t2) * a_o2 * (1 - a_o2) * w7)) * a_h1 "
           "* (1 - a_h1) * i1", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"({_DAH1})*a1[0]*(1 - a1[0])*x[0]",)),), batch=108),
    Public("va-dw4", _VA, "b108_va", "b108_va",
           "dEtotal/dw4 = (((a_o1 - t1) * a_o1 * (1 - a_o1) * w6) + ((a_o2 - t2) * a_o2 * (1 - a_o2) * w8)) * a_h2 "
           "* (1 - a_h2) * i2", ((C,),),
           (Twin("gradient", "W1[1,1]", (f"({_DAH2})*a1[1]*(1 - a1[1])*x[1]",)),), batch=108),
    # ---- deepanshudashora's ERA V1 README (Markdown, $$ displays on their own lines): \cdot, \sigma, \exp,
    # a_{h1} in braces, E_{\text{total}}, w_5 and w5 both, a chain of three members, W_{\text{t+1}} and a
    # GRADIENTS word; a_{h2}'s fraction keeps h1, and its w5 ... w1 gradients write a_{01} for a_{o1} ---------------
    Public("dd-h1", _DD, "b108_dd", "b108_dd", "$$\nh1 = w1 \\cdot i1 + w2 \\cdot i2\n$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=108),
    Public("dd-ah1", _DD, "b108_dd", "b108_dd", "$$\na_{h1} = \\sigma(h1) = \\frac{1}{1 + \\exp(-h1)}\n$$",
           ((C, C),), (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=108),
    Public("dd-ah2", _DD, "b108_dd", "b108_dd", "$$\na_{h2} = \\sigma(h2) = \\frac{1}{1 + \\exp(-h1)}\n$$",
           ((C, W),), (Twin("value", "a1[1]", ("sigmoid(z1[1])", "1/(1 + exp(-z1[0]))")),), batch=108,
           why="the fraction keeps h1 from the line before (the page's slip): \\sigma(h2) is right, its "
               "1/(1 + \\exp(-h1)) is a_{h1}"),
    Public("dd-E1", _DD, "b108_dd", "b108_dd", "$$\nE1 = \\frac{1}{2} \\cdot (t1 - a_{o1})^2\n$$", ((C,),),
           (Twin("value", _HALF1, (_HALF1,)),), batch=108, why="the first output's half of the loss"),
    Public("dd-chain5", _DD, "b108_dd", "b108_dd",
           "$$\n\\frac{\\partial E_{\\text{total}}}{\\partial w_5} = \\frac{\\partial E_1}{\\partial w_5} = "
           "\\frac{\\partial E_1}{\\partial a_{o1}} \\cdot \\frac{\\partial a_{o1}}{\\partial o1} \\cdot "
           "\\frac{\\partial o1}{\\partial w_5}\n$$", ((C, C),),
           (Twin("gradient", "W2[0,0]", ("grad", f"{_DO1}*a1[0]")),), batch=108,
           why="E_2 does not depend on w_5, so dE_1/dw_5 is the gradient; then the chain rule's three quotients"),
    Public("dd-dEao1", _DD, "b108_dd", "b108_dd",
           "$$\n\\frac{\\partial E_1}{\\partial a_{o1}} = \\frac{\\partial \\left(\\frac{1}{2} \\cdot (t1 - "
           "a_{o1})^2\\right)}{\\partial a_{o1}} = (a_{o1} - t1)\n$$", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "a2[0] - y[0]")),), batch=108,
           why="the derivative by the output, a value; its first member a derivative of the written E_1"),
    Public("dd-dao1", _DD, "b108_dd", "b108_dd",
           "$$\n\\frac{\\partial a_{o1}}{\\partial o1} = \\frac{\\partial (\\sigma(o1))}{\\partial o1} = a_{o1} "
           "\\cdot (1 - a_{o1})\n$$", ((C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "a2[0]*(1 - a2[0])")),), batch=108,
           why="the output's slope, a value"),
    Public("dd-dw5", _DD, "b108_dd", "b108_dd",
           "$$\n\\frac{\\partial E_{\\text{total}}}{\\partial w5} = (a_{01} - t1) \\cdot a_{o1} \\cdot (1 - a_{o1}) "
           "\\cdot a_{h1}\n$$", unreadable="a_{01}", batch=108,
           why="a_{01} (zero, one) for a_{o1}: the page's typo, in every gradient of its PART-1 and PART-2"),
    Public("dd-chain1", _DD, "b108_dd", "b108_dd",
           "$$\n\\frac{\\partial E_{\\text{total}}}{\\partial w1} = \\frac{\\partial E_{\\text{total}}}{\\partial "
           "a_{h1}} \\cdot \\frac{\\partial a_{h1}}{\\partial h1} \\cdot \\frac{\\partial h1}{\\partial w1}\n$$",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"({_DAH1})*a1[0]*(1 - a1[0])*x[0]",)),), batch=108),
    Public("dd-dw1", _DD, "b108_dd", "b108_dd",
           "$$\n\\frac{\\partial E_{\\text{total}}}{\\partial w1} = \\left((a_{01} - t1) \\cdot a_{o1} \\cdot (1 - "
           "a_{o1}) \\cdot w5 + (a_{02} - t2) \\cdot a_{o2} \\cdot (1 - a_{o2}) \\cdot w7\\right) \\cdot a_{h1} "
           "\\cdot (1 - a_{h1}) \\cdot i1\n$$", unreadable="a_{01}", batch=108,
           why="a_{01} and a_{02} for a_{o1} and a_{o2} (the page's typo)"),
    Public("dd-upd", _DD, "b108_dd", "b108_dd", "$$\nW_{\\text{t+1}}=W_{\\text{t}}-LearningRate*GRADIENTS\n$$",
           ((C,),), (Twin("update", "W2[0,1]", ("W2[0,1] - eta*grad",)),), batch=108,
           why="the generic step, W_t named as one weight (W2[0, 1]) and GRADIENTS its gradient (the page: "
               "'Derivative of loss with respect to a particular weight')"),
    # ---- shrey131195's ERA V1 README (Markdown, plain lines): ð (eth) for the partial sign, names with an
    # underscore, trailing tabs (up to ten), bold ** ** around quotients inside a chain; a_01 for a_o1 in its
    # final gradients ------------------------------------------------------------------------------------------
    Public("sh-ah1", _SH, "b108_sh", "b108_sh", "a_h1 = sigmoid(h1)\t\t", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=108, why="two trailing tabs"),
    Public("sh-E1", _SH, "b108_sh", "b108_sh", "E1 = 1/2*(t1-a_o1)^2\t\t", ((C,),),
           (Twin("value", _HALF1, (_HALF1,)),), batch=108),
    Public("sh-chain", _SH, "b108_sh", "b108_sh",
           "ðE_t/ðw5 = ð(E1+E2)/ðw5 = ðE1/ðw5 = (ðE1/ða_o1)*(ða_o1/ðw5) = **(ðE1/ða_o1)** * **(ða_o1/ðo1)** * "
           "**(ðo1/ðw5)**" + "\t" * 10, ((C, C, C, C),),
           (Twin("gradient", "W2[0,0]", ("grad", "grad", f"{_DO1}*a1[0]", f"{_DO1}*a1[0]")),), batch=108,
           why="ð for the partial sign throughout; E2 does not depend on w5; da_o1/dw5 = a_o1(1 - a_o1) a_h1"),
    Public("sh-dEao1", _SH, "b108_sh", "b108_sh",
           "**ðE1/ða_o1** = ð(1/2*(t1-a_o1)^2)/ða_o1  = -1*(t1-a_o1) = a_o1-t1" + "\t" * 10, ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "-1*(y[0] - a2[0])", "a2[0] - y[0]")),), batch=108,
           why="the derivative by the output, a value; its left side in bold"),
    Public("sh-dw5", _SH, "b108_sh", "b108_sh", "ðE_t/ðw5 = (a_o1-t1) * (a_o1 *(1-a_01)) * a_h1\t\t",
           unreadable="a_01", batch=108, why="a_01 for a_o1 (the page's typo, in all four output-weight gradients)"),
    Public("sh-dE1ah1", _SH, "b108_sh", "b108_sh",
           "ðE1/ða_h1 = (ðE1/ða_o1) * (ða_o1/ðo1)*ðo1/ða_h1 = (a_o1-t1)*(a_o1*(1-a_o1))*w5\t", ((C, C),),
           (Twin("value", f"{_DO1}*W2[0,0]", (f"{_DO1}*W2[0,0]", f"{_DO1}*W2[0,0]")),), batch=108,
           why="the first output's half of the loss by a hidden output, a value"),
    Public("sh-dEah1", _SH, "b108_sh", "b108_sh",
           "ðE_t/ða_h1 = ((a_o1-t1)*(a_o1*(1-a_o1))*w5) + ((a_o2-t2)*(a_o2*(1-a_o2))*w7)\t\t", ((C,),),
           (Twin("value", _DAH1, (_DAH1,)),), batch=108),
    Public("sh-dw1", _SH, "b108_sh", "b108_sh",
           "ðE_t/ðw1 = (((a_o1-t1)*(a_o1*(1-a_o1))*w5) + ((a_o2-t2)*(a_o2*(1-a_o2))*w7)) * a_h1*(1-a_h1) * i1\t\t\t",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"({_DAH1})*a1[0]*(1 - a1[0])*x[0]",)),), batch=108),
    # ---- sushant097's ERA V1 README (Markdown): plain text with $...$ inside a line, Unicode σ and ∂ inside
    # LaTeX, \dfrac, \exp{-h1} with braces, a remark in brackets after the $; then lines of plain ∂ quotients --
    Public("su-ah1", _SU, "b108_su", "b108_su", "a_h1 = σ(h1) = $\\frac{1}{1 + \\exp{-h1}}$", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=108,
           why="plain text, then its last member in $...$; \\exp{-h1} the exponential of -h1"),
    Public("su-E1", _SU, "b108_su", "b108_su", "$E1 = \\dfrac{1}{2} * (t1 - a_{o1})^2$", ((C,),),
           (Twin("value", _HALF1, (_HALF1,)),), batch=108),
    Public("su-dEao1", _SU, "b108_su", "b108_su",
           "$ \\frac{∂E1}{∂a_{o1}} = \\dfrac{\\dfrac{1}{2} * ∂ (t1 - a_{o1})^2}{∂a_o1} = "
           "\\frac{1}{2}*2*(t1-a_{01}) * (-1) = - (t1 - a_{o1})=(a_{o1} - t1) $", unreadable="a_{01}", batch=108,
           why="a_{01} for a_{o1} (the page's typo)"),
    Public("su-dao1", _SU, "b108_su", "b108_su",
           "$\\dfrac{∂a_{o1}}{∂o1} = \\dfrac{∂(σ(o1))}{∂o1} = σ(o1)*(1 - σ(o1)) =a_{o1} * (1 - a_{o1}) $ [Since "
           "derivative of σ(x) = σ(x)*(1-σ(x))]", ((C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])",
                 ("a2[0]*(1 - a2[0])", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))", "a2[0]*(1 - a2[0])")),), batch=108,
           why="the output's slope, a value; a remark in brackets after the closing $"),
    Public("su-dE1ah1", _SU, "b108_su", "b108_su", "∂E1/∂a_h1 = (a_o1 - t1) * a_o1 * (1 - a_o1) * w5", ((C,),),
           (Twin("value", f"{_DO1}*W2[0,0]", (f"{_DO1}*W2[0,0]",)),), batch=108),
    Public("su-dEah1", _SU, "b108_su", "b108_su",
           "∂E_total/∂a_h1 = (a_o1 - t1) * a_o1 * (1 - a_o1) * w5 + (a_o2 - t2) * a_o2 * (1 - a_o2) * w7", ((C,),),
           (Twin("value", _DAH1, (_DAH1,)),), batch=108),
    Public("su-chain1", _SU, "b108_su", "b108_su", "∂E_total/∂w1 = ∂E_total/∂a_h1 * ∂a_h1/∂h1 * ∂h1/∂w1", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"({_DAH1})*a1[0]*(1 - a1[0])*x[0]",)),), batch=108),
    Public("su-dw4", _SU, "b108_su", "b108_su",
           "∂E_total/∂w4 = ((a_o1 - t1) * a_o1 * (1 - a_o1) * w6 + (a_o2 - t2) * a_o2 * (1 - a_o2) * w8) * ( a_h2 * "
           "(1 - a_h2) ) * i2", ((C,),),
           (Twin("gradient", "W1[1,1]", (f"({_DAH2})*a1[1]*(1 - a1[1])*x[1]",)),), batch=108),
    # ---- ojhajayant's EVA8 Readme (Markdown, $$ ... $$ on one line with a trailing tab): h_1 = w_1 i_1 + ...
    # by juxtaposition; its activations and errors write a__h_1, a__o_1 (a doubled underscore: TeX's double
    # subscript, an error) ----------------------------------------------------------------------------------------
    Public("oj-h1", _OJ, "b108_oj", "b108_oj", "$$ h_1 = w_1 i_1 + w_2 i_2 $$\t", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=108, why="a trailing tab"),
    Public("oj-h2", _OJ, "b108_oj", "b108_oj", "$$ h_2 = w_3 i_1 + w_4 i_2 $$\t", ((C,),),
           (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1]",)),), batch=108),
    Public("oj-ah1", _OJ, "b108_oj", "b108_oj", "$$ a__h_1 = σ (h_1) = {1 \\over (1 + exp (-h_1)) } $$",
           unreadable="a__h_1", batch=108,
           why="a__h_1, a doubled underscore (TeX refuses a double subscript): the page's typo for a_{h_1}"),
    Public("oj-E1", _OJ, "b108_oj", "b108_oj", "$$ E_1 = ½ * (t_1 - a__o_1)² $$\t", unreadable="a__o_1",
           batch=108, why="a__o_1, the same doubled underscore"),
    # ---- DiegoGranadosLy's gradtarget.m (Octave): two-space indentation, = without spaces, ' for the transpose,
    # .* , a ; and a # comment after the line -----------------------------------------------------------------
    Public("dg-capa1", _DG, "b108_dg", "b108_dg", "  capa1=X*W1'; #first neuron layer input", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J2),), batch=108,
           why="X a row (its final 1 the bias input), W1' the transpose"),
    Public("dg-y1", _DG, "b108_dg", "b108_dg", "  y1=sigmoid(capa1); #activation funtion", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=108),
    Public("dg-y", _DG, "b108_dg", "b108_dg", "  y=sigmoid(capa2); #activation funtion", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=108),
    Public("dg-d2", _DG, "b108_dg", "b108_dg", "  delta2=-(Y-y).*(y.*(1-y));", ((C,),),
           (Twin("gradient_z", "z2[0]", ("-(y[0] - a2[0])*(a2[0]*(1 - a2[0]))",)),), batch=108,
           why="dE/dz2 of half the squared error, with Octave's .*"),
    # ---- m87's neuron.f95 (Fortran): lines of a function's body indented eight spaces, = without spaces, real
    # literals 1.0, a component this%output and a name with a trailing underscore, target_ -----------------------
    Public("m8-f", _M8, "b108_m8", "b108_m8", "        f=1.0/(1.0+exp(-x))", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=108,
           why="neuron_activeFunc's body: f its result, x a neuron's sum"),
    Public("m8-fd", _M8, "b108_m8", "b108_m8", "        fd=(1.0-f)*f", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("(1 - a1[0])*a1[0]",)),), batch=108,
           why="neuron_activeFuncD's slope, written of f = neuron_activeFunc(x)"),
    Public("m8-delta", _M8, "b108_m8", "b108_m8", "        delta = target_ - this%output ", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=108,
           why="an output neuron's error (neuron_calcOutputGradients), a trailing space"),
    # ---- asfarley's nnmin.rb (Ruby): ** with a negative exponent, 2.71 for e; a block { |x,i| ... } --------------
    Public("as-out", _AS, "b108_as", "b108_as", "      output[i] = 1/(1+2.71**-neuron_input)", ((W,),),
           (Twin("value", "a1[0]", ("1/(1 + 2.71**(-z1[0]))",)),), batch=108,
           why="2.71 for e (the page's approximation): not the sigmoid the unit's gradient assumes"),
    Public("as-e", _AS, "b108_as", "b108_as", "\te = output.map.with_index{ |x,i| output[i] - target[i] }", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=108,
           why="the outputs' errors in a Ruby block (one output here), a tab before"),
    # ---- hayago's Math.swift (Swift): static funcs with typed arguments, a return with a ; ----------------------
    Public("hy-sig", _HY, "b108_hy", "b108_hy",
           "    static func sigmoid(x: Double) -> Double {\n        return 1.0 / (1.0 + exp(-x));\n    }", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=108,
           why="the function's definition, at a unit's sum x"),
    Public("hy-dsig", _HY, "b108_hy", "b108_hy",
           "    static func sigmoidDerivative(x: Double) -> Double {\n        return sigmoid(x) * (1.0 - sigmoid(x))\n"
           "    }", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=108, why="the slope at the sum x"),
    # ---- r0fls's nn.lua (Lua): the code's own helpers matrixdot, subtract, multiply, nonlin_array with a flag for
    # the derivative (taken at the output) -------------------------------------------------------------------------
    Public("lu-l1", _LU, "b108_lu", "b108_lu", "    l1 = nonlin_array(matrixdot(l0, w))", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2])",)),), batch=108,
           why="matrixdot, the file's row-by-vector product"),
    Public("lu-err", _LU, "b108_lu", "b108_lu", "    l1_error = subtract(y,l1)", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=108, why="subtract, the file's a - b"),
    Public("lu-delta", _LU, "b108_lu", "b108_lu", "    l1_delta = multiply(l1_error, nonlin_array(l1, true))",
           ((C,),), (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),),
           batch=108, why="the code's delta (-dE/dz), a value; nonlin(x, true) is x*(1 - x), taken at the output "
                          "l1; multiply, the file's entrywise product"),
]
