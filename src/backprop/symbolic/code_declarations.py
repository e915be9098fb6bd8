"""A typed declaration in code: the type (or a declaring keyword) before the name an assignment's left side is, C's,
C++'s, Java's and C#'s ``double gradW = 2 * err * x;`` (``float``, ``int``, ``long``, ``auto``; modifiers ``final``,
``const``, ``static`` before it), Go's ``var gradW float64 = ...``, Rust's ``let mut gradW = ...`` and ``let gradW:
f64 = ...;``, TypeScript's ``const gradW: number = ...``, Kotlin's and Scala's ``val gradW = ...`` (``val gradW:
Double = ...``), Lua's ``local gradW = ...``: the claim is ``gradW = ...``, the declaration code's, no factor of the
left side.

A library's type declares so too (LIBRARY_TYPE): C++'s Eigen, ``VectorXd y = W.transpose() * x + b;`` (``MatrixXd``,
``ArrayXd``, ``Vector3d``, ``Eigen::VectorXd``, a reference ``const VectorXd& d = ...;``), any type a namespace
qualifies or a template's arguments follow (``std::vector<double> g = ...;``, ``arma::mat W = ...;``,
``torch::Tensor t = ...;``), a matrix class of Java's libraries (``INDArray``, ``SimpleMatrix``, ``RealMatrix``,
``DoubleMatrix``), Java's arrays (``double[] g = ...;``), and a type written after the name with its type arguments
(Scala's Breeze ``val h: DenseMatrix[Double] = x * w1``, TypeScript's ``const g: Array<number> = ...``, Rust's ``let g:
Vec<f64> = ...``). Such a type shows nothing of the language's ``*``: it is a library's operator (Eigen's and Breeze's
matrix product between matrices), so it does not make the line C's (declares: code_language reads C's ``*`` only
where a number's type or a plain keyword declares).

Only where the line reads as code: a C-style type before the name needs the statement's ``;`` on its line (``int``,
``double`` could otherwise be a page's words; two words before an ``=`` in prose, ``hidden error = ...``, are no
type and name unless the first is one of the types above), the other forms are code by their shape (a keyword with a
type after the name, ``let mut``, ``val``); a line of LaTeX (a backslash command) is no code. A declaration some word
of which is a name the notation gives (a page's ``val`` or ``int``) is left as written. JavaScript's plain ``var``,
``let`` and ``const`` before a name are typography_code.without_declaration's.
"""

from __future__ import annotations

import re

from .formula_remarks import notation_names
from .notation import Notation

# a name as code writes it, gradW1, d_W, $delta
_NAME = r"[A-Za-z_$][\w$]*"
# C's, C++'s, Java's and C#'s numeric types and C++'s auto, with their modifiers and C's size words before them
_C_TYPE = (r"(?:(?:final|const|static|constexpr|readonly|register)[ \t]+)*(?:(?:unsigned|signed|long|short)[ \t]+)*"
           r"(?:double|float|int|long|short|decimal|auto)")
#: a template's arguments, one level of templates inside them: <double>, <double, Eigen::Dynamic, 1>, <std::vector<int>>
TEMPLATE = r"<[^<>;=\n]*(?:<[^<>;=\n]*>[^<>;=\n]*)*>"
#: a library's type before a declaration's name (see the module docstring): Eigen's matrix and array classes, a type a
#: namespace qualifies or a template's arguments follow, the matrix classes of Java's libraries, Java's arrays; const
#: before it, a reference's & after it
LIBRARY_TYPE = (rf"(?:const[ \t]+)?(?:(?:Eigen::)?(?:Matrix|Vector|RowVector|Array)(?:X|[2-4]){{1,2}}[dfi]"
                rf"|[A-Za-z_]\w*(?:::[A-Za-z_]\w*)+(?:{TEMPLATE})?|[A-Za-z_]\w*{TEMPLATE}"
                r"|INDArray|SimpleMatrix|RealMatrix|RealVector|DoubleMatrix|FloatMatrix"
                r"|(?:double|float|int)(?:\[\])+)(?:[ \t]*&(?!&))?")
# the numeric types a declaration names after its name: Go's (var x float64), Rust's, TypeScript's, Kotlin's, Swift's
_TYPE_AFTER = r"(?:float64|float32|f64|f32|i64|i32|int64|int32|int|number|Double|Float|Int|Float64|Float32|CGFloat)"
# a library's type after the name, a capital's class with its type arguments: Scala's DenseMatrix[Double], TypeScript's
# Array<number>, Rust's Vec<f64> (a keyword and the colon before it: code by their shape)
_LIBRARY_TYPE_AFTER = rf"(?:[A-Z]\w*(?:\[[^\[\]=\n]*\]|{TEMPLATE}))"
_DECLARATION = re.compile(
    rf"^(?P<lead>[ \t]*`?)(?:(?:(?P<c>{_C_TYPE})|(?P<library>{LIBRARY_TYPE}))[ \t]+(?P<c_name>{_NAME})"
    rf"(?=[ \t]*=(?!=)[^\n;]*;)"
    rf"|(?P<keyword>let[ \t]+mut|let|const|var|val|local)[ \t]+(?P<name>{_NAME})"
    rf"(?:[ \t]*:[ \t]*(?:(?P<annotated>{_TYPE_AFTER})|(?P<library_after>{_LIBRARY_TYPE_AFTER}))"
    rf"|[ \t]+(?P<go>{_TYPE_AFTER}))?(?=[ \t]*=(?!=)))", re.M)
# what shows a line is LaTeX, not code: a command
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]")


def without_typed_declarations(text: str, notation: Notation | None) -> str:
    """``text`` with each line's typed declaration (_DECLARATION) written as its bare name: ``double gradW = ...;``
    as ``gradW = ...;``, where the line is code and no word of the declaration is a name of ``notation``."""
    known = notation_names(notation)[0]

    def declared(match: re.Match) -> str:
        line = match.string[match.start():].split("\n", 1)[0]
        words = set(re.findall(r"[A-Za-z_]\w*", "".join(match.group(group) or "" for group in
                                                        ("c", "library", "keyword", "annotated", "library_after",
                                                         "go"))))
        plain_keyword = match.group("keyword") in ("let", "const", "var") and not (
            match.group("annotated") or match.group("go") or match.group("library_after"))
        # a phrase the notation names whole, "local error" (kept as local_error), is its name, no declaration
        phrase = f"{match.group('keyword')}_{match.group('name')}" in known if match.group("keyword") else False
        if plain_keyword or words & known or phrase or _LATEX_COMMAND.search(line):
            return match.group(0)  # JavaScript's plain let x = ... (typography's), a name of the notation, LaTeX
        return match.group("lead") + (match.group("c_name") or match.group("name"))
    return _DECLARATION.sub(declared, text)


def declares(text: str) -> bool:
    """Whether a line of ``text`` opens with a typed declaration (_DECLARATION) of a number's type or a plain keyword
    and is code (no LaTeX command); a library's type (VectorXd, DenseMatrix[Double]) shows no language's ``*``."""
    return any(not _LATEX_COMMAND.search(match.string[match.start():].split("\n", 1)[0])
               and not match.group("library") and not match.group("library_after")
               for match in _DECLARATION.finditer(text))
