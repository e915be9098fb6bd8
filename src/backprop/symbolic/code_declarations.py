"""Code's statements read as claims: a typed declaration, a loop's number named as the notation's whole vector, and a
setter's call.

A typed declaration in code: the type (or a declaring keyword) before the name an assignment's left side is, C's,
C++'s, Java's and C#'s ``double gradW = 2 * err * x;`` (``float``, ``int``, ``long``, ``auto``; modifiers ``final``,
``const``, ``static`` before it), Go's ``var gradW float64 = ...``, Rust's ``let mut gradW = ...`` and ``let gradW:
f64 = ...;``, TypeScript's ``const gradW: number = ...``, Kotlin's and Scala's ``val gradW = ...`` (``val gradW:
Double = ...``), Lua's ``local gradW = ...``: the claim is ``gradW = ...``, the declaration code's, no factor of the
left side.

A library's type declares so too (LIBRARY_TYPE): C++'s Eigen, ``VectorXd y = W.transpose() * x + b;`` (``MatrixXd``,
``ArrayXd``, ``Vector3d``, ``Eigen::VectorXd``, a reference ``const VectorXd& d = ...;``), any type a namespace
qualifies or a template's arguments follow (``std::vector<double> g = ...;``, ``arma::mat W = ...;``,
``torch::Tensor t = ...;``), a matrix class of Java's libraries (``INDArray``, ``SimpleMatrix``, ``RealMatrix``,
``DoubleMatrix``), Java's arrays (``double[] g = ...;``), a class of the code's own (``Vec delta = ...;``, a C++ port's), and a type written after the name with its type arguments
(Scala's Breeze ``val h: DenseMatrix[Double] = x * w1``, TypeScript's ``const g: Array<number> = ...``, Rust's ``let g:
Vec<f64> = ...``). A name annotated with any type, Python's ``delta: np.ndarray = ...`` and Nim's var block's ``delta
: vec = ...`` (batch 120's nn.nim), declares so where the notation gives the name and not the type (a label's colon,
``Error: E = ...``, keeps its reading). Such a type shows nothing of the language's ``*``: it is a library's operator (Eigen's and Breeze's
matrix product between matrices), so it does not make the line C's (declares: code_language reads C's ``*`` only
where a number's type or a plain keyword declares).

Only where the line reads as code: a C-style type before the name needs the statement's ``;`` on its line (``int``,
``double`` could otherwise be a page's words; two words before an ``=`` in prose, ``hidden error = ...``, are no
type and name unless the first is one of the types above), the other forms are code by their shape (a keyword with a
type after the name, ``let mut``, ``val``); a line of LaTeX (a backslash command) is no code. A declaration some word
of which is a name the notation gives (a page's ``val`` or ``int``) is left as written. JavaScript's plain ``var``,
``let`` and ``const`` before a name are typography_code.without_declaration's.

A loop's number in code, named as the notation names the whole vector: inside C's (or Java's, NumPy's) loop over
i, ``error = expected_outputs[i] - act[i];`` and ``deltaOut[i] = error * dSigmoid(act[i]);`` write ``error`` for the
loop's one number, entry i of what the notation's ``"error"`` names (batch 88's vs-error, vs-deltaOut, vs-deltaL).

Where a statement's every index in code's brackets is one letter (``[i]``), one on its right side at least, and the
statement as written is refused for that letter (no value: the left side is bare) or for its shape (a vector where
the left side's entry is a number), each bare name the notation gives whole (a pattern without scripts) is read as
its entry i, ``error[i]``: the one reading left, since code assigns no vector to an entry, and a name holding one
number in a loop over i is that loop's. A statement read as written keeps that reading; an accumulation (``+=``)
keeps its own; where the entries' reading is refused too, the refusal as written stands.

A statement of object-oriented code that passes its formula to a method, no ``=`` of its own (method_statements,
check_homework's, before a formula is read): Java's setter ``node.setDelta( v );`` as ``delta = v`` where the notation
names the setter's target (its getter ``node.getDelta``, the field ``node.delta``, or ``delta``), ``node.setWeightDelta(
i, v )`` as ``node.getWeightDelta(i) = v`` (a pattern of the getter with an index); Scala's ``w.update(v)`` as ``w =
v``, where the notation names the object. A setter whose target the notation does not name is refused in one line, and
so is a matrix library's ``this.weights.add(change)`` alone (in place in Shiffman's Matrix, a new array in
TensorFlow.js), and a value put into a list, Julia's ``pushfirst!(δ, v)`` and ``push!``, Python's ``deltas.append(v)``
and ``deltas.insert(0, v)``: a new element no name of the notation says.

An object literal's property, JavaScript's and TypeScript's ``gw11: gz1 * x1,`` on a line of a returned ``{ ... }``
(or ``{ gw11: gz1 * x1, gb1: gz1 }`` on one line, each property a claim): the property names its value, read as
``gw11 = gz1 * x1`` where the notation names the key (object_properties). Only in code's shape: a property line ends
with its comma (a comment after it aside) or comes before the closing brace's line, or the line is the braces'
whole (the braces' own lines, ``return {`` and ``};``, are then left out); the key is a bare name; the value holds a name the notation gives
and no top-level ``=``, ``?``, ``:`` or comma. So a type annotation (``x: number,``, ``w: Array<number>``: a type no
name of the notation's), a ternary's ``a ? b : c``, a label (``Error: E = ...``), a slice (``a[1:2]``), Python's dict
literal (its keys quoted, ``"dW1": dW1``) and a line of prose (``Note: ...``, a key the notation does not name) keep
their readings; one property line of code whose key the notation does not name is refused saying to name it.
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern
from .brackets import top_level_parts
from .code_labels import labelled_arguments
from .code_names import JAVASCRIPT_DECLARATION, LOCAL_DECLARATION
from .code_pointers import breeze_forms
from .formula_remarks import notation_names
from .notation import Notation
from .quantities import FormulaError, short, unknown_name_alone
from .readings_compared import WrongShape
from .receiver_methods import call_result_methods, gonum_statements

# a name as code writes it, gradW1, d_W, $delta
_NAME = r"[A-Za-z_$][\w$]*"
# C's, C++'s, Java's and C#'s numeric types and C++'s auto, with their modifiers and C's size words before them
_C_MODIFIERS = r"(?:(?:final|const|static|constexpr|readonly|register)[ \t]+)*(?:(?:unsigned|signed|long|short)[ \t]+)*"
#: C's, C++'s, Java's and C#'s numeric type (C++'s auto) with its modifiers: a declaration's, a function's return type
C_TYPE = _C_MODIFIERS + r"(?:double|float|int|long|short|decimal|auto)"
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
# a class of the code's own before a C-style declaration's name, its ; on the line: a capital, then small letters (a
# C++ port of Nielsen's network.py, Vec delta = ...;); a library's class as LIBRARY_TYPE is, showing no language's *
_OWN_CLASS = r"[A-Z][a-z]+[A-Za-z0-9]*"
_DECLARATION = lazy_pattern(
    rf"^(?P<lead>[ \t]*`?)(?:(?:(?P<c>{C_TYPE})|(?P<library>{LIBRARY_TYPE})|(?P<own>{_OWN_CLASS}))[ \t]+(?P<c_name>{_NAME})"
    rf"(?=[ \t]*=(?!=)(?:[^\n;]*[-+*/%(,&|][ \t]*\n)*[^\n;]*;)"  # its ; on the line, or on a line its operator continues to
    rf"|(?P<keyword>{LOCAL_DECLARATION})[ \t]+(?P<name>{_NAME})"
    rf"(?:[ \t]*:[ \t]*(?:(?P<annotated>{_TYPE_AFTER})|(?P<library_after>{_LIBRARY_TYPE_AFTER}))"
    rf"|[ \t]+(?P<go>{_TYPE_AFTER}))?(?=[ \t]*=(?!=)))", re.M, needs=(";", "const", "final", "let", "local", "val", "var"))
# a name annotated with any type before its assignment, Python's delta: np.ndarray = ..., Nim's var block's
# delta : vec = ... (var, let, val before it, Swift's var d: Double too): read where the notation gives the name and
# not the type (a label's colon, "Error: E = ...", has a name of the notation's after it)
_ANNOTATED = lazy_pattern(rf"^(?P<lead>[ \t]*)(?:(?:var|let|val)[ \t]+)?(?P<name>{_NAME})[ \t]*:[ \t]*"
                          rf"(?P<type>[A-Za-z_][\w.]*(?:\[[^\[\]=\n]*\]|{TEMPLATE})?)(?=[ \t]*=(?!=))", re.M)
# the integer types among those (C's int, long, short and their modifiers, not long double; Go's, Rust's, Kotlin's)
INTEGER_TYPE = lazy_pattern(_C_MODIFIERS + r"(?:int|long|short)|int(?:64|32)?|i(?:64|32)|Int")
# a declaration of a number's type left where _DECLARATION wants its statement's ; (double g = 2 * e with none)
_UNCLOSED_DECLARATION = lazy_pattern(rf"^[ \t]*`?(?P<type>{C_TYPE})[ \t]+(?P<name>{_NAME})[ \t]*=(?!=)", re.M,
                                     needs=("auto", "decimal", "double", "float", "int", "long", "short"))
# what shows a line is LaTeX, not code: a command
_LATEX_COMMAND = lazy_pattern(r"\\[A-Za-z]")


# a typed language's number literal with its type's suffix: C's, C++'s, Java's and C#'s float 1.0f, 0.5F, 1e-3f, .5f
# and double 2.0d (a decimal point or an exponent before it), and the integer suffixes of a C or Java statement, 1L,
# 10UL, Kotlin's and C#'s 1f and Java's and C#'s double 1d (those where the line is a statement closed by ;: 2L
# elsewhere may be twice the loss);
# never glued to what follows (0.5f(x), 2.0dx: a product, a differential), nor where the notation gives the letter
_DECIMAL_SUFFIX = lazy_pattern(r"(?<![\w.])((?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+)([fFdD])(?![\w'(.^_\[])")
_INTEGER_SUFFIX = lazy_pattern(r"(?<![\w.])(\d+)([lL]{1,2}|[uU][lL]{0,2}|[fFdD])(?![\w'(.^_\[])")


def _without_literal_suffixes(text: str, known: set) -> str:
    """``text`` with each typed literal's suffix (_DECIMAL_SUFFIX, _INTEGER_SUFFIX) left out, 1.0f as 1.0, where the
    notation does not give the suffix's letter as a name."""
    def number(match: re.Match) -> str:
        return match.group(0) if match.group(2) in known else match.group(1)
    text = _DECIMAL_SUFFIX.sub(number, text)
    return "\n".join(_INTEGER_SUFFIX.sub(number, line) if line.rstrip().endswith(";") else line
                     for line in text.split("\n"))


def without_typed_declarations(text: str, notation: Notation | None) -> str:
    """``text`` with each line's typed declaration (_DECLARATION) written as its bare name: ``double gradW = ...;``
    as ``gradW = ...;``, where the line is code and no word of the declaration is a name of ``notation``; and each
    typed literal's suffix left out (``1.0f`` as ``1.0``, _without_literal_suffixes)."""
    known = notation_names(notation)[0]
    # Breeze's forms (m.t, :+=) read while its type (val h: DenseMatrix[Double]) still shows the line is Scala's
    text = _without_literal_suffixes(breeze_forms(text), known)

    def declared(match: re.Match) -> str:
        line = match.string[match.start():].split("\n", 1)[0]
        words = set(re.findall(r"[A-Za-z_]\w*", "".join(match.group(group) or "" for group in
                                                        ("c", "library", "own", "keyword", "annotated",
                                                         "library_after", "go"))))
        plain_keyword = re.fullmatch(JAVASCRIPT_DECLARATION, match.group("keyword") or "") and not (
            match.group("annotated") or match.group("go") or match.group("library_after"))
        # a phrase the notation names whole, "local error" (kept as local_error), is its name, no declaration
        phrase = f"{match.group('keyword')}_{match.group('name')}" in known if match.group("keyword") else (
            f"{match.group('own')}_{match.group('c_name')}" in known if match.group("own") else False)
        if plain_keyword or words & known or phrase or _LATEX_COMMAND.search(line):
            return match.group(0)  # JavaScript's plain let x = ... (typography's), a name of the notation, LaTeX
        if INTEGER_TYPE.fullmatch(match.group("c") or match.group("annotated") or match.group("go") or ""):
            # int g = 0.3 * x; keeps only the whole part of the value: read without its type, a wrong formula would
            # be judged as the real number it computes, never as the code does
            raise FormulaError(f"formula {short(line.strip())}: the declaration's type is an integer's, which keeps only"
                               " the whole part of the value the right side computes; declare it with a floating type"
                               " (double, float) or write the formula without its type")
        return match.group("lead") + (match.group("c_name") or match.group("name"))
    text = _DECLARATION.sub(declared, text)
    if notation is not None and ":" in text and not _LATEX_COMMAND.search(text):
        text = _ANNOTATED.sub(lambda match: match.group(0) if match.group("type") in known
                              or match.group("type").split(".")[0] in known
                              or not (match.group("name") in known or notation.gives_name(match.group("name")))
                              else match.group("lead") + match.group("name"), text)
    unclosed = _UNCLOSED_DECLARATION.search(text)
    if unclosed and not set(unclosed.group("type").split()) & known and not _LATEX_COMMAND.search(text):
        # C's double g = ... with no ; is read nowhere: say so, rather than "unknown symbol double"
        raise FormulaError(f"formula {short(text.strip())}: {unclosed.group('type')} {unclosed.group('name')} = ...: a"
                           " typed declaration of C, C++, Java or C# is read as code where its statement ends with ;"
                           f" (add it: {unclosed.group('type')} {unclosed.group('name')} = ...;), or write the"
                           " formula without its type")
    return text


def declares(text: str) -> bool:
    """Whether a line of ``text`` opens with a typed declaration (_DECLARATION) of a number's type or a plain keyword
    and is code (no LaTeX command); a library's type (VectorXd, DenseMatrix[Double]) shows no language's ``*``."""
    return any(not _LATEX_COMMAND.search(match.string[match.start():].split("\n", 1)[0])
               and not match.group("library") and not match.group("own") and not match.group("library_after")
               for match in _DECLARATION.finditer(text))


# a statement: its left side (a name, dotted or not, with a bracket or none), =, its right side
_STATEMENT = lazy_pattern(r"^(?P<indent>\s*)(?P<left>[A-Za-z_][\w.]*(?:\[[^\[\]]*\])?)\s*=(?!=)(?P<right>[^=]+)$")
_BRACKET = lazy_pattern(r"\[([^\[\]]*)\]")
# a bare name: no index, call, field or object after it, none before it
_BARE = lazy_pattern(r"(?<![\w.$\[])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?![\w.$\[(])")


def _whole_names(notation: Notation) -> set[str]:
    """The names the notation gives without scripts: a pattern that is the name alone (``"error" = ...``)."""
    return {pattern.base for pattern in notation.patterns if not pattern.sub and not pattern.sup
            and not pattern.placeholders and pattern.text.strip() == pattern.base}


def _entries_written(text: str, notation: Notation) -> tuple[str, str] | None:
    """``text`` with each bare name the notation gives whole as its entry at the statement's one bracket letter, and
    that letter; None where ``text`` is no such statement or no name changes."""
    statement = _STATEMENT.match(text.strip().rstrip(";").rstrip())
    if statement is None or "\n" in text.strip():
        return None
    indices = {index.strip() for index in _BRACKET.findall(text)}
    if len(indices) != 1 or not re.fullmatch(r"[A-Za-z]", next(iter(indices))) \
            or not _BRACKET.search(statement.group("right")):
        return None
    letter, whole = indices.pop(), _whole_names(notation)

    def entry(match: re.Match) -> str:
        return f"{match.group(1)}[{letter}]" if match.group(1) in whole else match.group(0)
    left, right = statement.group("left"), statement.group("right")
    written = f"{_BARE.sub(entry, left)} = {_BARE.sub(entry, right)}"
    return (written, letter) if written != f"{left} = {right}" else None


def loop_entries_read(text: str, judge: Callable, notation: Notation | None):
    """``judge(text)``; where it is refused for the statement's bracket letter or its shape and the statement names
    a whole vector bare in a loop over that letter (see the module's docstring), ``judge`` of the statement with
    those names as their entries, the one reading left (its refusal the written one's)."""
    try:
        return judge(text)
    except FormulaError as refusal:
        rewritten = _entries_written(text, notation) if notation is not None else None
        if rewritten is None:
            raise
        entries, letter = rewritten
        # refused for its shape, or for the letter: unknown, without a value, or no pattern counting it in an entry
        if not (isinstance(refusal, WrongShape) or unknown_name_alone(refusal) == letter
                or getattr(refusal, "letter", None) == letter or f": entry {letter} of the vector " in str(refusal)):
            raise
        try:
            return judge(entries)
        except FormulaError:
            raise refusal from None


# a whole statement that is one call of an object's method: the object (a dotted name, this.weights), the method, and
# what its parentheses hold (over lines, Java's setDelta( \n (...) * ... \n );), an optional ; after it
_METHOD_STATEMENT = lazy_pattern(r"\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.([A-Za-z_]\w*)\((.*)\)\s*;?\s*", re.S)
# the arithmetic methods of matrix libraries that a statement calls alone, the operator each is: in place in some
# (Shiffman's Matrix, nn.js's), a new array in others (TensorFlow.js's tensor.add): refused, named
_IN_PLACE = {"add": "+", "subtract": "-"}


# a statement putting a value into a list, no = of its own: Julia's push!(δ, v) and pushfirst!(δ, v) (append!,
# prepend!, insert!), Python's deltas.append(v) and deltas.insert(0, v) (appendleft, JavaScript's push, unshift)
_JULIA_PUSH = lazy_pattern(r"\s*((?:push|pushfirst|append|prepend|insert)!)\(\s*([^\W\d]\w*)\s*,(.*)\)\s*;?\s*", re.S,
                           needs=("append", "insert", "prepend", "push"))
_LIST_METHODS = ("append", "insert", "appendleft", "push", "unshift")
# Perl's push @deltas, v (unshift; push(@deltas, v)): the list named with its sigil @
_PERL_PUSH = lazy_pattern(r"\s*(push|unshift)[ \t]*(\(?)[ \t]*@([^\W\d]\w*)[ \t]*,(.*?)\2?[ \t]*;?\s*", re.S,
                          needs=("push", "unshift"))


def _pushed(text: str, call: str, listed: str) -> FormulaError:
    written = f"{call}..." if call.endswith(" ") else f"{call}(...)"  # Perl's push @deltas, ...: no parentheses
    # JavaScript's push in a loop from 0 over an empty list is read where the notation names its entry
    # (code_loop_headers): say how
    entry = (f", or name its entry by the one index letter the value uses, counted from 0, \"{listed}[i]\" = \"...\""
             if call.endswith(".push") else "")
    return FormulaError(f"formula {short(text.strip())}: {written} puts its value into the list {listed} as a new"
                        " element, which no name of the notation says (nor which element it becomes, its index"
                        " shifting the others'); write the quantity the value is as an assignment, e.g. delta_1 = ...,"
                        f" with that name in the notation's [notation.symbols]{entry}")


# an object literal's property: its key (a bare name) and its value; a line's properties inside braces, return before
_PROPERTY = lazy_pattern(rf"[ \t]*(?P<key>{_NAME})[ \t]*:(?![:=])[ \t]*(?P<value>.*?)[ \t]*", re.S)
_BRACED = lazy_pattern(r"[ \t]*(?:return[ \t]+)?\{(?P<inside>[^{}\n]*)\}[ \t]*[;,]?[ \t]*")
# a line of an object literal's braces alone: return {, const grads = {, }; (around its property lines)
_BRACE_LINE = lazy_pattern(rf"[ \t]*(?:(?:return[ \t]*|(?:(?:const|let|var)[ \t]+)?{_NAME}[ \t]*=[ \t]*)?\{{|\}}[ \t]*[;,)]*)[ \t]*")
# a property line's comment after its comma: gw11: gz1 * x1, // dL/dw11
_TRAILING_COMMENT = lazy_pattern(r"(?<=,)[ \t]*(?://|#)[^\n]*$")
# a type written as a property's value: a (dotted) name with its type's arguments or array brackets
_TYPE_VALUE = lazy_pattern(rf"[A-Za-z_][\w.]*(?:{TEMPLATE}|\[\])*")


def _property(part: str, named: Callable[[str], bool]) -> str | None:
    """``key = value`` for ``part``, one property ``key: value`` of an object literal whose key the notation names
    and whose value is a formula of its names (see the module docstring); None otherwise."""
    found = _PROPERTY.fullmatch(part)
    if found is None:
        return None
    key, value = found.group("key"), found.group("value")
    if not named(key) or not value or value == key or re.search(r"[=?]", value) \
            or top_level_parts(value, ",:", balanced=True) != [value]:
        return None
    if _TYPE_VALUE.fullmatch(value) and not named(value):
        return None  # x: number, w: Array<number>: a type, no value
    if not any(named(word) for word in re.findall(rf"{_NAME}(?:\.{_NAME})*", value)):
        return None
    return f"{key} = {value}"


def object_properties(text: str, named: Callable[[str], bool]) -> str:
    """``text`` with each line that is an object literal's properties (see the module docstring) written as their
    assignments, one a line, and the braces' own lines around them (``return {``, ``};``) left out; ``named`` says
    whether the notation gives a name. Any other line as it is."""
    if ":" not in text:
        return text
    lines, read_any = text.split("\n"), False
    written = []
    for number, line in enumerate(lines):
        braced = _BRACED.fullmatch(line)
        code = _TRAILING_COMMENT.sub("", line).rstrip()
        closing = number + 1 < len(lines) and _BRACE_LINE.fullmatch(lines[number + 1]) is not None
        parts = top_level_parts(braced.group("inside").strip().rstrip(","), balanced=True) if braced else (
            [code[:-1]] if code.endswith(",") else [code] if closing and "{" in text else None)
        read = [_property(part, named) for part in parts or ()]
        read_any |= bool(read) and None not in read
        written.extend(read if read and None not in read else [line])
    if not read_any:
        _unnamed_key_refused(text, named)
        return text
    return "\n".join(line for line in written if not _BRACE_LINE.fullmatch(line))


def _unnamed_key_refused(text: str, named: Callable[[str], bool]) -> None:
    """FormulaError where ``text`` is one property line of code (``gw11: gz1 * x1,``: a key with a digit, an
    underscore or an inner capital, a value of the notation's names) whose key the notation does not name: the
    refusal says to name it (a line of prose, ``Note: ...``, keeps the refusal of a text with no left side)."""
    code = _TRAILING_COMMENT.sub("", text.strip()).rstrip()
    found = _PROPERTY.fullmatch(code[:-1]) if code.endswith(",") and "\n" not in code else None
    if found is None or named(found.group("key")) or not re.search(r"[\d_]|.[A-Z]", found.group("key")) \
            or _property(code[:-1], lambda name: name == found.group("key") or named(name)) is None:
        return
    key = found.group("key")
    raise FormulaError(f"formula {short(text.strip())}: an object literal's property, {key}: value, is read as the"
                       f" assignment {key} = value where the notation names {key}, which it does not; give it its"
                       f" quantity in the notation's [notation.symbols], \"{key}\" = \"...\" (e.g. \"grad(W1[0, 0])\")")


def _setter_targets(owner: str, word: str) -> list[str]:
    """The names a setter's target goes by (node.setDelta's): its getter, node.getDelta; the field, node.delta;
    the quantity's name alone, delta."""
    field = word[0].lower() + word[1:]
    return [f"{owner}.get{word}", f"{owner}.{field}", field]


def method_statements(text: str, notation: Notation | None) -> str:
    """``text`` with a statement that calls a setter or Scala's update with its formula (see the
    module docstring), or Gonum's method storing into its receiver (receiver_methods), as the assignment it makes,
    and a declared operation's method on a call's value as its call; any other text as it is. The notation says
    which names it gives, and which patterns of a name with one index in parentheses (``node.getWeightDelta(k)``)."""
    text = call_result_methods(gonum_statements(text, notation), notation.operations if notation is not None else {})
    text = labelled_arguments(text, notation)  # Swift's predict(features: x): predict(x) where predict is named
    named = notation.gives_name if notation is not None else lambda name: False
    named_call = notation.gives_call if notation is not None else lambda name: False
    if (push := _JULIA_PUSH.fullmatch(text)) is not None and top_level_parts(push.group(3), balanced=True) is not None:
        raise _pushed(text, push.group(1), push.group(2))
    if (push := _PERL_PUSH.fullmatch(text)) is not None:
        raise _pushed(text, f"Perl's {push.group(1)} @{push.group(3)}, ", push.group(3))
    match = _METHOD_STATEMENT.fullmatch(text)
    if match is None:
        return text
    owner, method, inside = match.groups()
    # None where its brackets do not close in it (the statement is not one call: f(a) + g(b) matched whole)
    arguments = top_level_parts(inside, balanced=True)
    if method in _LIST_METHODS and not named(f"{owner}.{method}") and arguments is not None:
        raise _pushed(text, f"{owner}.{method}", owner)
    if arguments is None or any(not part.strip() for part in arguments):
        return text
    values = [" ".join(part.split()) for part in arguments]
    setter = re.fullmatch(r"set([A-Z]\w*)", method)
    if setter is not None and len(values) in (1, 2):
        targets = _setter_targets(owner, setter.group(1))
        if len(values) == 1:
            found = [target for target in targets if named(target)]
            if found:
                return f"{found[0]} = {values[0]}"
        elif re.fullmatch(r"[A-Za-z]\w*|[0-9]+", values[0]):
            found = [target for target in targets if named_call(target)]
            if found:
                return f"{found[0]}({values[0]}) = {values[1]}"
        raise FormulaError(f"formula {short(text.strip())}: {owner}.{method}(...) is a setter whose target the notation"
                           f" does not name; give its getter's quantity in the notation's [notation.symbols],"
                           f' "{targets[0]}{"(k)" if len(values) == 2 else ""}" = "..."')
    if method in _IN_PLACE and len(values) == 1 and named(owner):
        raise FormulaError(f"formula {short(text.strip())}: {owner}.{method}(...) alone changes the object in place in"
                           " some matrix libraries (Shiffman's Matrix) and returns a new array, the object unchanged, in"
                           " others"
                           f" (TensorFlow.js): write the update, {owner} = {owner} {_IN_PLACE[method]} ...")
    if method == "update" and len(values) == 1 and named(owner):
        return f"{owner} = {values[0]}"
    return text
