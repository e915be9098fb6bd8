r"""Batch 26 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

DOCSTRING TO BE WRITTEN AFTER THE BLIND RUN.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch26_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_KAI = "https://github.com/kaifeng/llm-learn (source/part_basics/training/backpropagation.md)"
_GFG = "https://github.com/GMyhf/2025spring-cs201 (LLM/0_xor_bp_neural_net_manual.md)"
_QUIZ = "https://github.com/wdmdev/02506-advanced-image-analysis (solutions/Week08/quiz_solution.py)"
_SMX = "https://github.com/1036225283/doc (ml/reinforcement-learning/softmax.md)"
_IMP = ("the code corpus's stored file 27488744757, \"# Important equations for backpropagation\" (its repository"
        " not named by the index)")
_INTU = ("the code corpus's stored file 11605088859, \"# Backpropagation intuition\" (notes on Ng's lesson; its"
         " repository not named by the index)")
_NIEL = "https://github.com/francoisbonnard/Design-Patterns (datascience/learning.md)"

_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_JK2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_C3 = tuple({"c": c} for c in range(3))

# kaifeng: dL/dz_2 and dL/dz_1 of L = 1/2 (yhat - y)^2 with sigmoid layers
_KD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_KD1 = f"{_KD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# GeeksforGeeks: its delta is -dE/dz of E = 1/2 (t - y)^2
_GD5 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_GD3 = f"a1[0]*(1 - a1[0])*W2[0,0]*{_GD5}"
_GD4 = f"a1[1]*(1 - a1[1])*W2[0,1]*{_GD5}"
# "Important equations": dC/dz of C = sum_j (a_j - y_j)^2 with sigmoid layers
_ID2 = "2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_ID2K = "2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_ID1 = ("(W2[0,{j}]*2*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*2*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
        "*a1[{j}]*(1 - a1[{j}])")
# "Backpropagation intuition": dl/da of the binary cross-entropy, and dl/dz
_UDA = "(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))"
_UD2 = "(a2[0] - y[0])"
_CE3 = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"

ENTRIES: list[Public] = [
    # ---- kaifeng's worked example (Chinese prose, $...$ inline math): rows [1, 2] and matrices in \begin{bmatrix},
    # W_1 written input-first (z_1 = X \cdot W_1 + b_1), \delta{_2} with its subscript in braces, \approx chains,
    # \leftarrow updates in a list; its slips: sigma(2.4) = 0.9168 written 0.9084, carried into z_2; sigma(1.1835) =
    # 0.7656 written 0.7692, carried into the whole backward pass; dL/dW_1 written in W1's layout (units x inputs)
    # while the page's W_1 is input-first, so its W_1 update subtracts the wrong entries ----------------------------
    Public("kai-z1", _KAI, "b26_kai", "b26_kai_w1",
           r"$z_1 = X \cdot W_1 + b_1 = [1, 2] \cdot \begin{bmatrix}0.5 & 0.6 \\ 0.7 & 0.8\end{bmatrix} + [0.1, 0.2] ="
           r" [1 \times 0.5 + 2 \times 0.7 + 0.1, \, 1 \times 0.6 + 2 \times 0.8 + 0.2] = [2.0, 2.4]$", ((C, C, C, C),),
           (Twin("value", "z1[{j}]", ("(W1 @ x + b1)[{j}]",
                                      "=np.array([1, 2]) @ np.array([[0.5, 0.6], [0.7, 0.8]]) + np.array([0.1, 0.2])",
                                      "=np.array([1*0.5 + 2*0.7 + 0.1, 1*0.6 + 2*0.8 + 0.2])",
                                      "=np.array([2.0, 2.4])"), _J2),), batch=26),
    Public("kai-a1", _KAI, "b26_kai", "b26_kai",
           r"$a_1 = \sigma(z_1) = \left[\frac{1}{1+e^{-2.0}}, \frac{1}{1+e^{-2.4}}\right] \approx [0.8808, 0.9084]$", ((C, C, W),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])", "=np.array([1/(1 + np.exp(-2.0)), 1/(1 + np.exp(-2.4))])",
                                      "=np.array([0.8808, 0.9084])"), _J2),), batch=26,
           why="the line after 隐藏层激活值："),
    Public("kai-z2", _KAI, "b26_kai", "b26_kai",
           r"$z_2 = a_1 \cdot W_2^T + b_2 = [0.8808, 0.9084] \cdot [0.9, 0.1]^T + 0.3 = 0.8808 \times 0.9 + 0.9084"
           r" \times 0.1 + 0.3 \approx 1.1835$", ((C, W, W, W),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]",
                                    "=np.array([0.8808, 0.9084]) @ np.array([0.9, 0.1]) + 0.3",
                                    "=0.8808*0.9 + 0.9084*0.1 + 0.3", "=1.1835")),), batch=26),
    Public("kai-yhat", _KAI, "b26_kai", "b26_kai", r"$\hat{y} = \sigma(z_2) = \frac{1}{1+e^{-1.1835}} \approx 0.7692$",
           ((C, W, W),), (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-1.1835))", "=0.7692")),), batch=26),
    Public("kai-loss", _KAI, "b26_kai", "b26_kai",
           r"$L = \frac{1}{2}(\hat{y} - y)^2 = \frac{1}{2}(0.7692 - 0.5)^2 \approx 0.035$", ((C, W, C),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2", "=0.5*(0.7692 - 0.5)**2", "=0.035")),),
           batch=26),
    Public("kai-dLdyhat", _KAI, "b26_kai", "b26_kai",
           r"$\frac{\partial L}{\partial \hat{y}} = (\hat{y} - y) = 0.7692 - 0.5 = 0.2692$", ((C, W, W),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=0.7692 - 0.5", "=0.2692")),), batch=26,
           why="dL/dyhat, a derivative by an output: a value claim"),
    Public("kai-dyhatdz2", _KAI, "b26_kai", "b26_kai",
           r"$\frac{\partial \hat{y}}{\partial z_2} = \sigma'(z_2) \approx 0.7692 \times (1 - 0.7692)\approx 0.1776$", ((C, W, W),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "=0.7692*(1 - 0.7692)", "=0.1776")),), batch=26),
    Public("kai-delta2", _KAI, "b26_kai", "b26_kai",
           r"$\delta{_2} = \frac{\partial L}{\partial z_2} = \frac{\partial L}{\partial \hat{y}} \cdot \frac{\partial"
           r" \hat{y}}{\partial z_2} \approx 0.2692 \times 0.1776 \approx 0.0478$", ((C, C, W, C),),
           (Twin("value", _KD2, (_KD2, _KD2, "=0.2692*0.1776", "=0.0478")),), batch=26,
           why="dL/dz_2 with numbers, twinned as a value"),
    Public("kai-dW2", _KAI, "b26_kai", "b26_kai",
           r"$\frac{\partial L}{\partial W_2} = \delta{_2} \cdot a_1 = 0.0478 \times [0.8808, 0.9084] \approx [0.0421,"
           r" 0.0434]$", ((C, W, W),),
           (Twin("gradient", "W2[0,{k}]", (f"{_KD2}*a1[{{k}}]", "=0.0478*np.array([0.8808, 0.9084])",
                                           "=np.array([0.0421, 0.0434])"), _K2),), batch=26,
           why="the line after 权重梯度：, without it"),
    Public("kai-dLda1", _KAI, "b26_kai", "b26_kai",
           r"$\frac{\partial L}{\partial a_1} = \delta{_2} \cdot W_2 = 0.0478 \times [0.9, 0.1] \approx [0.0430, 0.0048]$",
           ((C, C, C),), (Twin("value", "(W2.T @ ((a2 - y)*a2*(1 - a2)))[{j}]", (f"{_KD2}*W2[0,{{j}}]", "=0.0478*np.array([0.9, 0.1])",
                                                      "=np.array([0.0430, 0.0048])"), _J2),), batch=26,
           why="dL/da_1, a derivative by a hidden output: a value claim"),
    Public("kai-delta1", _KAI, "b26_kai", "b26_kai",
           r"$\delta{_1} = \frac{\partial L}{\partial z_1} = \frac{\partial L}{\partial a_1} \cdot \frac{\partial a_1}"
           r"{\partial z_1} \approx [0.0430 \times 0.1051, \, 0.0048 \times 0.0833] \approx [0.0045, 0.0004]$", ((C, C, W, C),),
           (Twin("value", "(W2.T @ ((a2 - y)*a2*(1 - a2))*a1*(1 - a1))[{j}]", (_KD1, _KD1, "=np.array([0.0430*0.1051, 0.0048*0.0833])", "=np.array([0.0045, 0.0004])"),
                 _J2),), batch=26, why="dL/dz_1 with numbers, twinned as a value; the product of two vectors entrywise"),
    Public("kai-dW1", _KAI, "b26_kai", "b26_kai_w1",
           r"$\frac{\partial L}{\partial W_1} = \delta{_1}^T \cdot X = \begin{bmatrix}0.0045 \\ 0.0004\end{bmatrix}"
           r" \cdot [1, 2] = \begin{bmatrix}0.0045 \times 1 & 0.0045 \times 2 \\ 0.0004 \times 1 & 0.0004 \times"
           r" 2\end{bmatrix} \approx \begin{bmatrix}0.0045 & 0.0090 \\ 0.0004 & 0.0008\end{bmatrix}$", ((W, W, W, W),),
           (Twin("gradient", "W1[{j},{k}]",
                 (f"({_KD2}*W2[0,{{k}}]*a1[{{k}}]*(1 - a1[{{k}}]))*x[{{j}}]",
                  "=(np.array([[0.0045], [0.0004]]) @ np.array([[1, 2]])).T",
                  "=np.array([[0.0045*1, 0.0045*2], [0.0004*1, 0.0004*2]]).T",
                  "=np.array([[0.0045, 0.0090], [0.0004, 0.0008]]).T"), _JK2),), batch=26,
           why="the page's W_1 is input-first (W_1[i, j] joins input i to hidden unit j, the transpose of W1), so its"
               " gradient is X^T delta_1; the page writes delta_1^T X, W1's layout: each member is the transpose of"
               " dL/dW_1 (the twins write the page's matrices transposed into W1's layout)"),
    Public("kai-W2-update", _KAI, "b26_kai", "b26_kai",
           r"- $W_2 \leftarrow W_2 - \eta \cdot \frac{\partial L}{\partial W_2} \approx [0.9-0.0042, 0.1-0.0043] = [0.8958,"
           r" 0.0957]$", ((C, W, C),),
           (Twin("update", "W2[0,{k}]", ("W2[0,{k}] - eta*grad", "=np.array([0.9 - 0.0042, 0.1 - 0.0043])",
                                         "=np.array([0.8958, 0.0957])"), _K2),), batch=26,
           why="a Markdown list item under 参数更新（假设学习率η=0.1）"),
    Public("kai-b2-update", _KAI, "b26_kai", "b26_kai",
           r"- $b_2 \leftarrow b_2 - \eta \cdot \frac{\partial L}{\partial b_2} \approx 0.3 - 0.0048 = 0.2952$", ((C, C, C),),
           (Twin("update", "b2[0]", ("b2[0] - eta*grad", "=0.3 - 0.0048", "=0.2952")),), batch=26),
    Public("kai-W1-update", _KAI, "b26_kai", "b26_kai_w1",
           r"- $W_1 \leftarrow W_1 - \eta \cdot \frac{\partial L}{\partial W_1} \approx \begin{bmatrix}0.5-0.0005 &"
           r" 0.6-0.0009 \\ 0.7-0.00004 & 0.8-0.00008\end{bmatrix} \approx \begin{bmatrix}0.4995 & 0.5991 \\ 0.6996 &"
           r" 0.7999\end{bmatrix}$", ((C, W, W),),
           (Twin("update", "W1[{j},{k}]", ("W1[{j},{k}] - eta*grad",
                                           "=np.array([[0.5 - 0.0005, 0.6 - 0.0009], [0.7 - 0.00004, 0.8 - 0.00008]]).T",
                                           "=np.array([[0.4995, 0.5991], [0.6996, 0.7999]]).T"), _JK2),), batch=26,
           why="the page's W_1 is input-first: the twins write its matrices transposed into W1's layout"),
    Public("kai-delta2-rule", _KAI, "b26_kai", "b26_kai", r"$\delta{_2} = (\hat{y}-y) \cdot \sigma'(z_2)$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=26,
           why="the summary's list item \"- 输出层误差：$...$\", its math only"),
    # ---- the GeeksforGeeks example as the course notes copy it: $$...$$ and "> $...$" quotes with Unicode δ, Δ, −
    # and ×, a chain continued on the next line after a blank one ("=0.67(1−0.67)(−0.17)=−0.0376"), F for the
    # sigmoid, w_{i,j} with a comma, w_{2,3}(new); its slips: a_3 = 0.3 x 0.56 + 0.9 x 0.58 written 0.702 (0.690),
    # y_4 = 0.578 carried as 0.59, delta_4 written -0.0819 (-0.0082), Delta w_{1,1} with its sign dropped and carried
    # into w_{1,1}(new), the listed w_{1,2}(new) -----------------------------------------------------------------------
    Public("gfg-a1", _GFG, "b26_gfg", "b26_gfg", "$$\na_1 = (0.2 \\times 0.35) + (0.2 \\times 0.7) = 0.21\n$$", ((C, C),),
           (Twin("value", "z1[0]", ("=(0.2*0.35) + (0.2*0.7)", "=0.21")),), batch=26),
    Public("gfg-y3", _GFG, "b26_gfg", "b26_gfg", "$$\ny_3 = F(0.21) = \\frac{1}{1 + e^{-0.21}} = 0.56\n$$", ((C, C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.21))", "=1/(1 + np.exp(-0.21))", "=0.56")),), batch=26),
    Public("gfg-a2", _GFG, "b26_gfg", "b26_gfg",
           "$$\na_2 = (w_{1,2} \\times x_1) + (w_{2,2} \\times x_2) = (0.3 \\times 0.35) + (0.3 \\times 0.7) = 0.315\n$$",
           ((C, C, C),), (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1]", "=(0.3*0.35) + (0.3*0.7)", "=0.315")),),
           batch=26),
    Public("gfg-a3", _GFG, "b26_gfg", "b26_gfg",
           "$$\na_3 = (w_{1,3} \\times y_3) + (w_{2,3} \\times y_4) = (0.3 \\times 0.56) + (0.9 \\times 0.58) = 0.702\n$$",
           ((C, W, W),), (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=(0.3*0.56) + (0.9*0.58)", "=0.702")),),
           batch=26),
    Public("gfg-y5", _GFG, "b26_gfg", "b26_gfg", "$$\ny_5 = F(0.702) = \\frac{1}{1 + e^{-0.702}} = 0.67\n$$", ((W, W, C),),
           (Twin("value", "a2[0]", ("=1/(1 + np.exp(-0.702))", "=1/(1 + np.exp(-0.702))", "=0.67")),), batch=26),
    Public("gfg-error", _GFG, "b26_gfg", "b26_gfg", "> $Error_j=y_{target}−y_5$ ", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=26,
           why="a quoted line, with the page's trailing space; its numbers follow as \"=> 0.5−0.67=−0.17\""),
    Public("gfg-delta5", _GFG, "b26_gfg", "b26_gfg", "> $δ_5=y_5(1−y_5)(y_{target}−y_5)$\n\n=0.67(1−0.67)(−0.17)=−0.0376",
           ((C, C, W),), (Twin("value", _GD5, (_GD5, "=0.67*(1 - 0.67)*(-0.17)", "=-0.0376")),), batch=26,
           why="-dE/dz with numbers, twinned as a value; the chain continues on the line after a blank one"),
    Public("gfg-delta3", _GFG, "b26_gfg", "b26_gfg",
           "> $δ_3=y_3(1−y_3)(w_{1,3}×δ_5)$\n\n=0.56(1−0.56)(0.3×−0.0376)=−0.0027", ((C, C, C),),
           (Twin("value", _GD3, (_GD3, "=0.56*(1 - 0.56)*(0.3*-0.0376)", "=-0.0027")),), batch=26),
    Public("gfg-delta4", _GFG, "b26_gfg", "b26_gfg",
           "> $δ_4=y_4(1−y_4)(w_{2,3}×δ_5)$\n\n=0.59(1−0.59)(0.9×−0.0376)=−0.0819", ((C, C, W),),
           (Twin("value", _GD4, (_GD4, "=0.59*(1 - 0.59)*(0.9*-0.0376)", "=-0.0819")),), batch=26),
    Public("gfg-dw23", _GFG, "b26_gfg", "b26_gfg", "> $Δw_{2,3}=1×(−0.0376)×0.59=−0.022184$", ((W, W),),
           (Twin("value", f"1.0*{_GD5}*a1[1]", ("=1*(-0.0376)*0.59", "=-0.022184")),), batch=26,
           why="the step eta delta_5 y_4, a value claim"),
    Public("gfg-w23-new", _GFG, "b26_gfg", "b26_gfg", "> $w_{2,3}(new)=−0.022184+0.9=0.877816$", ((W, W),),
           (Twin("update", "W2[0,1]", ("=-0.022184 + 0.9", "=0.877816")),), batch=26,
           why="w_{2,3}(new), the new weight, is no pattern the spec can write (a base with scripts)"),
    Public("gfg-dw11", _GFG, "b26_gfg", "b26_gfg", "> $Δw_{1,1}=1×(−0.0027)×0.35=0.000945$", ((C, W),),
           (Twin("value", f"1.0*{_GD3}*x[0]", ("=1*(-0.0027)*0.35", "=0.000945")),), batch=26),
    Public("gfg-w11-new", _GFG, "b26_gfg", "b26_gfg", "> $w_{1,1}(new)=0.000945+0.2=0.200945$", ((W, W),),
           (Twin("update", "W1[0,0]", ("=0.000945 + 0.2", "=0.200945")),), batch=26),
    Public("gfg-w12-new", _GFG, "b26_gfg", "b26_gfg", "- $w_{1,2}(new)=0.273225$", ((W,),),
           (Twin("update", "W1[1,0]", ("=0.273225",)),), batch=26, why="a list item under \"Similarly other weights\""),
    # ---- the quiz solution: Python lines, math.exp, math.log, a # comment; names y1_hat, dLdw22 ----------------------
    Public("quiz-y2", _QUIZ, "b26_quiz", "b26_quiz", "y2 = math.exp(y2_hat)/(math.exp(y1_hat)+math.exp(y2_hat))", ((C,),),
           (Twin("value", "a2[1]", ("exp(z2[1])/(exp(z2[0]) + exp(z2[1]))",)),), batch=26),
    Public("quiz-L", _QUIZ, "b26_quiz", "b26_quiz", "L = -math.log(y2) # since we know it belongs to class 2", ((C,),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]))", ("-log(a2[{c}])",), ({"c": 1},), classes="label"),), batch=26),
    Public("quiz-dLdw22", _QUIZ, "b26_quiz", "b26_quiz", "dLdw22 = h2 * (y2-1)", ((C,),),
           (Twin("gradient", "W2[1,1]", ("a1[1]*(a2[{c}] - 1)",), ({"c": 1},), classes="label"),), batch=26,
           why="the line after \"# partial derivative, we know that t2 = 1\""),
    # ---- the softmax note: $...$ with (e^z)^i for e^{z_i}, ln, * for the product, \sum_i^N; "loss=-y^i/s^i" where
    # the derivative is meant ------------------------------------------------------------------------------------------
    Public("smx-s1", _SMX, "b26_smx", "b26_smx", r"$s^1=\frac{(e^z)^1}{(e^z)^1+(e^z)^2+(e^z)^3}$", ((C,),),
           (Twin("value", "a1[0]", ("exp(z1[0])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",)),), batch=26,
           why="(e^z)^i, the note's e^{z_i}: no pattern the spec can write names it"),
    Public("smx-loss", _SMX, "b26_smx", "b26_smx", r"$loss={-\sum_i^Ny^i*ln(s^i)}$", ((C,),),
           (Twin("value", _CE3, (_CE3,)),), batch=26),
    Public("smx-loss-i", _SMX, "b26_smx", "b26_smx_label", r"$loss=-y^i*ln(s^i)$", ((C,),),
           (Twin("value", _CE3, ("-t[{c}]*log(a1[{c}])",), _C3, classes="label"),), batch=26,
           why="after \"通常只有一个期望是1\" (usually only one target is 1): i the class whose target is 1"),
    Public("smx-loss-deriv", _SMX, "b26_smx", "b26_smx_label", r"$loss=-\frac{y^i}{s^i}$", ((W,),),
           (Twin("value", _CE3, ("-t[{c}]/a1[{c}]",), _C3, classes="label"),), batch=26,
           why="the derivative of the loss by s^i written as the loss"),
    # ---- "Important equations for backpropagation": lines of a $$ block ending with \\ or joined by \quad, \part for
    # \partial, \sigma\prime, \space, \odot ------------------------------------------------------------------------
    Public("imp-deltaLj", _IMP, "b26_imp", "b26_imp",
           r"\delta^L_j = \frac{\part C}{\part z^L_j} = \frac{\part C}{\part a^L_j} \frac{\part a^L_j}{\part z^L_j} \\",
           ((C, C),), (Twin("gradient_z", "z2[{j}]", (_ID2, _ID2), _J2),), batch=26,
           why="a line of a $$ block, with its closing \\\\"),
    Public("imp-deltaL", _IMP, "b26_imp", "b26_imp", r"\delta^L = 2(a^L - y)\odot \sigma\prime(z^L)", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_ID2,), _J2),), batch=26, why="the $$ block's last line"),
    Public("imp-deltaL1", _IMP, "b26_imp", "b26_imp", r"\delta^{L-1} =((w^L)^T\space\delta^L) \odot\sigma\prime(z^{L-1})",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_ID1,), _J2),), batch=26),
    Public("imp-dwjk", _IMP, "b26_imp", "b26_imp", r"\frac{\part C}{\part w^L_{jk}} = a^{L-1}_k \space \delta^L_j", ((C,),),
           (Twin("gradient", "W2[{j},{k}]", (f"a1[{{k}}]*{_ID2}",), _JK2),), batch=26,
           why="the first of a line's three equations joined by \\quad"),
    Public("imp-db", _IMP, "b26_imp", "b26_imp", r"\frac{\part C}{\part b^L} = \delta^L", ((C,),),
           (Twin("gradient", "b2[{j}]", (_ID2,), _J2),), batch=26, why="the block's last line"),
    Public("imp-b-update", _IMP, "b26_imp", "b26_imp",
           r"b^L=b^L - \eta \frac{\part C}{\part b^L} =b^L - \eta \delta^L", ((C, C),),
           (Twin("update", "b2[{j}]", ("b2[{j}] - eta*grad", "b2[{j}] - eta*grad"), _J2),), batch=26),
    # ---- "Backpropagation intuition": plain text, d/da, dl/dz, g'(z), Ng's names da, dz, dw, db; a // comment; the
    # two layers' code block with W[2]' for the transpose, .* and layers in brackets; its slip: (1-y)/1-a for
    # (1-y)/(1-a) -----------------------------------------------------------------------------------------------------
    Public("intu-dda", _INTU, "b26_intu1", "b26_intu1", "d/da l(a,y) = -y/a + (1-y)/1-a = da", ((W, C),),
           (Twin("value", _UDA, ("-y[0]/a1[0] + (1 - y[0])/1 - a1[0]", _UDA)),), batch=26,
           why="dl/da, a value claim; (1-y)/1-a is (1 - y) - a as written"),
    Public("intu-dldz", _INTU, "b26_intu1", "b26_intu1", "dl/dz = dl/da * da/dz", ((C,),),
           (Twin("gradient_z", "z1[0]", (f"{_UDA}*a1[0]*(1 - a1[0])",)),), batch=26),
    Public("intu-dadz", _INTU, "b26_intu1", "b26_intu1", "da/dz = d/dz g(z) = g'(z)", ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "a1[0]*(1 - a1[0])")),), batch=26),
    Public("intu-dz", _INTU, "b26_intu1", "b26_intu1", "dz = da * g'(z)", ((C,),),
           (Twin("gradient_z", "z1[0]", (f"{_UDA}*a1[0]*(1 - a1[0])",)),), batch=26),
    Public("intu-dw", _INTU, "b26_intu1", "b26_intu1", "dw = dz x", ((C,),),
           (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K2),), batch=26),
    Public("intu-db", _INTU, "b26_intu1", "b26_intu1", "db = dz // For a single training example", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=26),
    Public("intu-dz2", _INTU, "b26_intu2", "b26_intu2", "dz[2] = a[2] - y", ((C,),),
           (Twin("gradient_z", "z2[0]", (_UD2,)),), batch=26, why="a line of a ``` block"),
    Public("intu-dw2", _INTU, "b26_intu2", "b26_intu2", "dw[2] = dz[2] a[1]'", ((C,),),
           (Twin("gradient", "W2[0,{k}]", (f"{_UD2}*a1[{{k}}]",), _K2),), batch=26),
    Public("intu-dz1", _INTU, "b26_intu2", "b26_intu2", "dz[1] = W[2]' * dz[2] .* g[1]'(z[1])", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*{_UD2}*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=26),
    Public("intu-dw1", _INTU, "b26_intu2", "b26_intu2", "dw[1] = dz[1] * x'", ((C,),),
           (Twin("gradient", "W1[{j},{k}]", (f"W2[0,{{j}}]*{_UD2}*a1[{{j}}]*(1 - a1[{{j}}])*x[{{k}}]",), _JK2),),
           batch=26),
    # ---- Nielsen's chapter 2 as the notes copy it: $...$ with trailing spaces, \sum _k with a space, ||...||^2 -------
    Public("niel-a-rule", _NIEL, "b26_niel", "b26_niel", r"$a_j^l = \sigma (\sum _k w^l_{jk}a^{l-1}_k + b^l_j)  $", ((C,),),
           (Twin("value", "a2[{j}]", ("sigmoid(W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}])",), _J2),), batch=26),
    Public("niel-Cx", _NIEL, "b26_niel", "b26_niel",
           r"$C_x = \frac{1}{2} ||y-a^L||^2 = \frac{1}{2n}\sum_j||y_j  - a^L_j||^2  $", ((C, C),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)")),),
           batch=26, why="n the training examples, one here: the 1/(2n) of C (not C_x) is then right"),
]
