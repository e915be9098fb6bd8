"""C's pointers in a statement (check_homework's, before a formula is read; batch 96's backPropagation.c): what a
pointer points at, read through the notation's names.

- A dereference ``*output`` (the ``*`` unary: after an operator, an opening parenthesis, a comma, ``=`` or nothing,
  never glued to another ``*``, Python's power) of a name the notation gives is that name: the notation names what
  the pointer points at (``"output" = "a2[0]"``), ``activationDerivative(*output) * (t - *output)`` as
  ``activationDerivative(output) * (t - output)``.
- Pointer arithmetic ``*(a + i)`` is ``a[i]``, entry i of the array a points into; where i is 0 (written so, or a
  name the notation gives the number 0, ``"neuronCounter" = "0"``) and the notation gives a alone, ``*a`` itself,
  that name.
- A field through a pointer, ``layer->w[c]``, is the dotted name ``layer.w[c]``, as code's ``layer.w[c]`` is read:
  where the notation gives that dotted name (never a product of its parts, as a dot between names the notation
  gives may be), written so or as C writes it, ``"layer->w[c]"`` (notation_loading reads the pattern as dotted).
  Never the field alone (``"w[c]"``): two objects' fields of one name (a hidden and an output layer's) would read
  alike, a line mixing them up as the right one.

Each is refused in one line where the notation does not name what it reads, saying what to declare; so is a field
of what a call returns, ``getList(layer, 0)->element.b``, which no pattern names. Only a line of C's statements
(ending in ``;``, a comment after it aside) is rewritten: elsewhere ``*`` and ``->`` keep their readings.

Fortran's component selector, ``this%output`` (batch 108's neuron.f95), is the field as C's ``->`` is: the dotted
name ``this.output`` where the notation gives it (written so or as Fortran writes it, ``"this%output"``), on any line;
elsewhere the ``%`` is left as written (refused where it stays: a modulo, or MATLAB's comment glued to a name, is
never read as a field the notation does not name).

PHP's variables, ``$outputDelta``, ``$this->weights[$h]`` (a chapter's ```php blocks): on a line of PHP's statements
(ending in ``;``, writing ``$this->``, or holding two sigils or more) whose every ``$`` is a sigil (before a name, where an operand starts: never
glued after a name or a bracket, as TeX's closing ``$`` and R's ``nn$W`` are), each ``$`` is dropped, the names read
as the notation gives them (``"outputDelta"``, ``"this->weights[h]"``); any other line keeps its ``$`` for TeX. A
static member's path, ``ActivationFunctions::derivative(...)`` (PHP's and C++'s; Rust's ``Self::squash``), is
the dotted name the notation gives (written so or with its ``::``), and C++'s ``std::exp(u)`` (``std::log``, ...)
the standard library's function, exp(u); a path the notation does not name, before a call's parenthesis or where an
operand ends (``Activation::sigmoidPrime(z)``, ``Config::rate``), is refused saying how to name it (a math module's
function, Rust's ``f64::exp``, aside); a type's path (``std::vector<double>``, Julia's annotation ``v::Float64``: a
capitalised last name) is left as written.

Rust's forms that only get at a value, a dereference as C's beside them (method_values, a part of typography.py's
cleaning), in a line that shows it is Rust's (an ``.unwrap()``, a ``.last_mut()``, a ``.for_each(``, a closure as a method's argument ``.map(|x|``, a cast ``as f64``): ``x.unwrap()`` is x (the value an
Option holds), ``x.last()`` and ``x.last_mut()`` are ``x[-1]`` (the last of a list, as Python's ``[-1]`` is: the output
layer's of a list of layers' values, the last entry of a vector, as the notation names ``x[-1]``), ``*x`` a
dereference (x), ``&x`` and ``&mut x`` a borrow (x), ``n as f64`` a cast (n): lib.rs's ``*b -= &((learning_rate /
batch.len() as f64) * nb)``, ``acts.last().unwrap()``, ``*nabla_b.last_mut().unwrap() += &delta``. And Scala's
``.sum`` without parentheses, a parameterless method's call, as ``.sum()`` (``(result - expected).map(x => x *
x).sum * 0.5``).

TypeScript's type assertion after a value, ``subtract(target, output) as number[]`` (batch 134's mathjs network;
``as Matrix<number>``, ``(x as number)``, ``as unknown as number[]``), is the value: it changes no number. Read only
where its type can be no factor of a product, a type with ``[]`` or ``<...>`` after its name, or one of the
language's own words for a type (number, any, unknown, bigint) before the statement's end, a closing bracket or a
comma; ``a = b as c`` keeps its letters.

String rewriting: nothing is evaluated.
"""

from __future__ import annotations

import re

from ..activations import HIDDEN_DEFAULT
from ..patterns import lazy_pattern
from .code_names import code_function
from .notation import Notation
from .notation_names import COMPONENT, POINTER_FIELD, STATIC_PATH, code_path_dotted
from .quantities import FormulaError, short

# what shows a line is Rust's: a method only Rust's values have, a closure as a method's argument (.map(|x| ...:
# never a norm |x| of mathematics), a cast to a numeric type
_RUST_OWN = lazy_pattern(r"\.(?:unwrap|last_mut|iter_mut|for_each)\(|\.[A-Za-z_]\w*\([ \t]*\|[ \t]*[&(]?[ \t]*[A-Za-z_]"
                         r"|(?<=\w|\))[ \t]+as[ \t]+(?:f64|f32|usize|isize|i64|i32|u64|u32)(?!\w)")
_UNWRAP = lazy_pattern(r"(?<=[\w)\]])\.unwrap\(\)")
_LAST = lazy_pattern(r"(?<=[\w)\]])\.last(?:_mut)?\(\)")
_CAST = lazy_pattern(r"(?<=[\w)\]])[ \t]+as[ \t]+(?:f64|f32|usize|isize|i64|i32|u64|u32)(?!\w)")
# TypeScript's type assertion after a value: as a type with [] or <...> (number[], Matrix<number>, Array<number>[]),
# or as the language's own word for a type, where the statement, a bracket or an argument ends (its ; or // comment
# after it); one assertion or a chain, as unknown as number[]
_TS_TYPE = r"(?:[A-Za-z_]\w*(?:<[^<>\n]*>(?:\[\])*|(?:\[\])+)|(?:number|any|unknown|bigint)(?!\w))"
_TS_CAST = lazy_pattern(rf"(?<=[\w)\]])(?:[ \t]+as[ \t]+{_TS_TYPE})+(?=[ \t]*(?:[;,)\]]|//|$))", re.M, needs=("as",))
#: what an operand starts after (spaces aside), in C's code as in Rust's: an opening parenthesis, a comma, an
#: assignment, an arithmetic operator; a unary * (a dereference) stands only there or at a line's start, in both
#: languages' rules (_UNARY for Rust's, _unary for C's)
OPERAND_START = "(,=+-*/"
# a unary * or & (a dereference, a borrow; &mut) where an operand starts (OPERAND_START, a line's start), or after a
# closure's bars. One idea with C's dereference (_unary below), two rules on purpose: Rust's * is dropped
# before any operand, a name or a parenthesis (a reference's value is the value), and may be glued to another *
# (Rust's **x, a double dereference), where C's * is read only before a name the notation gives (*(a + i) is
# pointer arithmetic, a[i]) and never glued to another * (in a C line, Python's power); Rust's & and its closure's
# bars are its own. C's after % [ ? : and return are not taken here: no Rust line needed them, and taking them
# would read lines that are refused now
_UNARY = lazy_pattern(rf"(?:^|(?<=[{re.escape(OPERAND_START)}|]))([ \t]*)(?:\*|&(?:[ \t]*mut[ \t]+)?)"
                      r"(?=[ \t]*[A-Za-z_(])", re.M)
# Scala's sum of a collection, written without parentheses: never before one, a name's letter or a dot's field
_SCALA_SUM = lazy_pattern(r"(?<=[\w)\]])\.sum(?![\w(.])")
# Breeze's own (Scala's linear algebra): its types, its axes (Axis._0), its operators entry by entry (*:*, :+=, :-=)
# and its broadcast over rows or columns (*, ::)
_BREEZE_MARKS = (r"\bDense(?:Matrix|Vector)\b|\bAxis\._[01]\b|\*:\*|:[-+]="
                 r"|\([ \t]*(?:\*[ \t]*,[ \t]*::|::[ \t]*,[ \t]*\*)[ \t]*\)")
_BREEZE_OWN = lazy_pattern(_BREEZE_MARKS)
# Scala's own: a closure's arrow after its parameter, a def with a type after its parameters, Breeze's marks
_SCALA_OWN = lazy_pattern(r"(?<![\w$])[A-Za-z_]\w*[ \t]*=>|\bdef[ \t]+\w+\([^()]*:[^()]*\)[ \t]*:|" + _BREEZE_MARKS)
# Breeze's in-place sum and difference, b :+= g, b :-= g: b += g, b -= g
_BREEZE_COMPOUND = lazy_pattern(r"[ \t](?::\+=|:-=)(?!=)", needs=("+=", "-="))
# Breeze's transpose attribute, W(1).t, activationLayer.t: no call, no index, no name's letter after it
_BREEZE_TRANSPOSE = lazy_pattern(r"(?<=[\w)\]])\.t(?![\w(\[.])", needs=(".t",))
# Breeze's sum over a broadcast, sum(m(*, ::)) (each row's entries added: NumPy's axis 1), sum(m(::, *)) (each
# column's: axis 0), of a name (a field, an index in parentheses) or of its transpose m.t, the axes swapped; Breeze's
# sum(m, Axis._0) (Axis._1) is NumPy's axis 0 (1)
_BROADCAST_SUM = lazy_pattern(r"(?<![\w.])sum\([ \t]*(?P<array>[A-Za-z_]\w*(?:\.(?!t[ \t]*\()[A-Za-z_]\w*)*(?:\([ \t]*\w+[ \t]*\))?)"
                              r"(?P<transposed>\.t)?\([ \t]*(?P<axis>\*[ \t]*,[ \t]*::|::[ \t]*,[ \t]*\*)[ \t]*\)[ \t]*\)"
                              r"|(?<=,)[ \t]*Axis\._(?P<named>[01])(?=[ \t]*\))", needs=("sum(", "Axis."))

_NAME = r"[A-Za-z_]\w*"
# a line of C: a statement closed by ;, a // comment after it
_C_LINE = lazy_pattern(r".*;\s*(?://.*)?")
# pointer arithmetic *(a + i), a name or a number i
_ARITHMETIC = lazy_pattern(rf"\*\s*\(\s*({_NAME})\s*\+\s*({_NAME}|\d+)\s*\)")
# a dereference *name, the name glued to the star: not a call's, a field's nor an entry's (*p.f, *a[i], *p->f: the
# star then takes what follows the name, left as written)
_DEREFERENCE = lazy_pattern(rf"\*({_NAME})(?![\w(.\[]|->)")
# what may stand before a unary * (after spaces): where an operand starts in C as in Rust (OPERAND_START), and C's
# modulo, index bracket and conditional's ? and :
_BEFORE_UNARY = OPERAND_START + "%[?:"
# a field through a pointer, a dotted chain with at least one ->, its indices after it; and through a call's value
_FIELD = lazy_pattern(rf"(?<![\w.>)])({_NAME}(?:(?:->|\.){_NAME})*->{_NAME}(?:(?:->|\.){_NAME})*)")
_CALL_FIELD = lazy_pattern(rf"({_NAME}\([^()]*\))->({_NAME}(?:(?:->|\.){_NAME})*)")
# PHP's sigil: a $ before a name where an operand starts (never glued after a name, a bracket or a backslash: TeX's
# closing $, R's nn$W), and what shows a line is PHP's statement (its ; at the end, a comment aside, or $this->)
_PHP_SIGIL = lazy_pattern(r"(?<![\w$)\]}\\])\$(?=[A-Za-z_])")
_PHP_STATEMENT = lazy_pattern(r";[ \t]*(?://.*|#.*)?$|\$this->")
# a static member's path, ActivationFunctions::sigmoidDerivative (a chain of names with at least one ::)
_STATIC_CHAIN = lazy_pattern(rf"(?<![\w.:])({_NAME}(?:(?:::|\.){_NAME})*::{_NAME}(?:(?:::|\.){_NAME})*)")
# such a path left as written (the notation names it not) before a call's parenthesis or where an operand ends: a
# function or a value (a type's path, std::vector<double> h, stays: code_declarations')
_UNNAMED_STATIC = lazy_pattern(rf"(?<![\w.:])({_NAME}(?:(?:::|\.){_NAME})*::{_NAME})(?=[ \t]*(?:\(|[-+*/)\],;=]|$))",
                               re.M)
# a component through Fortran's %, a chain of names with at least one %
_COMPONENT_CHAIN = lazy_pattern(rf"(?<![\w.%])({_NAME}(?:[%.]{_NAME})*%{_NAME}(?:[%.]{_NAME})*)")

# a member of a With block's object, VB.NET's .Bias (inside With Layers(ii).Neurons(jj)): a dot and a name where an
# operand starts (a line's start, after an opening parenthesis, a comma, = or an arithmetic operator), never after a
# name, a number or a closing bracket (a field's dot, a decimal's point)
_WITH_MEMBER = lazy_pattern(rf"(?:^|(?<=[{re.escape(OPERAND_START)}]))([ \t]*)\.({_NAME})", re.M)
# a chain's method or field on the next line, Scala's (Kotlin's, Swift's, JavaScript's) val w = neuron\n  .weights(j):
# after a name or a closing bracket, the line break and the dot between them (a With block's member opens a statement)
_CHAIN_GOES_ON = lazy_pattern(rf"(?<=[\w)\]])[ \t]*\n[ \t]*\.(?={_NAME})", needs=("\n",))
# a With block's statement: a line assigning to a member, .Bias = ..., .Weights(kk) = ...
_WITH_ASSIGNMENT = lazy_pattern(rf"^[ \t]*\.{_NAME}[ \t]*(?:\([^()\n]*\))?[ \t]*=(?!=)", re.M)


def _unary(line: str, star: int) -> bool:
    """Whether the ``*`` at ``star`` is a dereference: nothing, or an operator, before it (spaces aside), and no
    other ``*`` glued to it (``**``, a power)."""
    # One idea with Rust's dereference (_UNARY), two rules on purpose: here ** is Python's power, never a
    # double dereference as Rust's **x, and only *name and *(a + i) are read, through the notation (the pointer's
    # target, an entry of an array), where Rust's * is dropped before any operand; C's | is no closure's bar, and
    # Rust's & (a borrow) has no reading in C
    if star > 0 and line[star - 1] == "*" or line[star + 1:star + 2] == "*":
        return False
    before = line[:star].rstrip()
    return not before or before[-1] in _BEFORE_UNARY or re.search(r"(?<!\w)return$", before) is not None


def _line_read(line: str, notation: Notation, text: str) -> str:
    where = f"formula {short(text.strip())}"
    call = _CALL_FIELD.search(line)
    if call is not None:
        raise FormulaError(f"{where}: {call.group(1)}->{call.group(2)} is a field of what a call returns (C's ->),"
                           " which no pattern of the notation names; write the quantity by a name the notation gives")

    def arithmetic(match: re.Match) -> str:
        if not _unary(match.string, match.start()):
            return match.group(0)
        array, index = match.groups()
        if array not in notation.bases:
            raise FormulaError(f"{where}: C's pointer arithmetic *({array} + {index}), entry {index} of the array"
                               f" {array} points into, which the notation does not name; give it in"
                               f' [notation.symbols], "{array}[i]" = "..."')
        zero = index == "0" or notation.index_number(index) == "0"
        return array if zero and notation.gives_name(array) else f"{array}[{index}]"

    def dereference(match: re.Match) -> str:
        if not _unary(match.string, match.start()):
            return match.group(0)
        if not notation.gives_name(match.group(1)):
            raise FormulaError(f"{where}: the dereference *{match.group(1)} of a pointer the notation does not name;"
                               f' give what it points at in [notation.symbols], "{match.group(1)}" = "..."')
        return match.group(1)

    def field(match: re.Match) -> str:
        dotted = POINTER_FIELD.sub(".", match.group(1))
        if dotted not in notation.bases and dotted not in notation.declared_functions \
                and dotted not in (*notation.learning_rate, *notation.loss, *notation.parameter):  # a field, a function
            called = match.string[match.end():match.end() + 1] == "("  # layer->act(s): a function, as the notation's
            raise FormulaError(f"{where}: C's field through a pointer {match.group(1)}, which the notation does not"
                               f" name (as {match.group(1)} or the dotted {dotted}); " + (
                                   f'declare the function it calls in the notation\'s functions, "{match.group(1)}" ='
                                   f' "{HIDDEN_DEFAULT}"' if called else
                                   f'give it in [notation.symbols], "{match.group(1)}" = "..." (with its index,'
                                   f' "{match.group(1)}[i]", where code writes one)'))
        return dotted
    line = _ARITHMETIC.sub(arithmetic, line)
    return _FIELD.sub(field, _DEREFERENCE.sub(dereference, line))


def php_variables_read(text: str) -> str:
    """``text`` with PHP's sigils dropped on each line of PHP's statements whose every ``$`` is one (see the module
    docstring); any other line as it is."""
    if "$" not in text:
        return text
    return "\n".join(_PHP_SIGIL.sub("", line) if (_PHP_STATEMENT.search(line) or line.count("$") > 1)
                     and len(_PHP_SIGIL.findall(line)) == line.count("$") else line for line in text.split("\n"))


def _static_paths_read(text: str, notation: Notation) -> str:
    """``text`` with each static member's path (``Activation::squash``) the notation names as its dotted name, and
    C++'s ``std::exp`` as exp (``std::ptr_fun`` as ptr_fun), Rust's ``ndarray::Axis`` as Axis; any other path as
    written (a type's, ``std::vector<double>``, code_declarations')."""
    def dotted(match: re.Match) -> str:
        name = code_path_dotted(match.group(1))
        module, _, function = name.partition(".")
        if module == "std" and (code_function(function) is not None or function in ("ptr_fun", "ref")):
            # C++'s std::exp(u), std::log(u): the standard library's function, exp and log; std::ptr_fun(f) handing
            # f to Eigen's unaryExpr (code_callbacks)
            return function
        if module == "ndarray" and function == "Axis":  # x.insert_axis(ndarray::Axis(1)): syntax_new_axes's Axis(1)
            return function
        named = name in notation.bases or name in notation.declared_functions or notation.gives_name(name)
        return name if named else match.group(0)
    return _STATIC_CHAIN.sub(dotted, text)


def _unnamed_static_path_refused(text: str) -> None:
    """FormulaError for a static member's path the notation does not name, ``Activation::sigmoidPrime(z)``,
    ``Config::rate``, saying how to name it (the parser would stop at its ``::``); a math module's function,
    ``f64::exp``, ``std::log``, is read elsewhere (code_callbacks, code_names)."""
    for match in _UNNAMED_STATIC.finditer(text):
        written, dotted = match.group(1), code_path_dotted(match.group(1))
        member = dotted.rpartition(".")[2]
        if code_function(member) is not None or member[0].isupper():
            continue  # f64::exp, read elsewhere; a type's name, Julia's annotation v::Float64, a C++ Vector::Iterator
        called = text[match.end():].lstrip().startswith("(")
        raise FormulaError(f"formula {short(text.strip())}: {written} is a static member's path (PHP's, C++'s, Rust's"
                           f" A::b), which the notation does not name (as {written} or the dotted {dotted}); " + (
                               f'declare the function it calls in the notation\'s functions, "{written}" ='
                               f' "{HIDDEN_DEFAULT}\' at output" (or an activation\'s name)' if called else
                               f'give its value in [notation.symbols], "{written}" = "..." (a learning rate in'
                               ' learning_rate)'))


def pointers_read(text: str, notation: Notation | None) -> str:
    """``text`` with C's pointers read (see the module docstring) on each line of C's statements; any other line as
    it is; Fortran's components the notation names read on every line, PHP's sigils dropped on its statements' lines
    and static paths (``A::b``) read where the notation names them. FormulaError for a pointer whose target the
    notation does not name."""
    text = php_variables_read(text)
    if notation is not None and STATIC_PATH.search(text):
        text = _static_paths_read(text, notation)
        _unnamed_static_path_refused(text)
    if notation is not None and "%" in text:
        text = _COMPONENT_CHAIN.sub(lambda match: dotted if (dotted := COMPONENT.sub(".", match.group(1)))
                                    in notation.bases else match.group(0), text)
        if (unnamed := _COMPONENT_CHAIN.search(text)) is not None:  # no other reading of a % between two names
            written, dotted = unnamed.group(1), COMPONENT.sub(".", unnamed.group(1))
            raise FormulaError(f"formula {short(text.strip())}: {written} is Fortran's component (the field {dotted} of"
                               f" a derived type), which the notation does not name (as {written} or {dotted}); give"
                               f' it in [notation.symbols], "{written}" = "..."')
    if notation is not None and "." in text:
        text = _with_members_read(text, notation)
    if notation is None or ("*" not in text and "->" not in text):
        return text
    # a Rust line's *x (a closure's |x| sigmoid_prime(*x)) is Rust's dereference, read as the value (rust_values)
    return "\n".join(_line_read(line, notation, text) if _C_LINE.fullmatch(line) and not shows_rust(line) else line
                     for line in text.split("\n"))


def _with_members_read(text: str, notation: Notation) -> str:
    """``text`` with each member of a With block's object, ``.Bias = .Bias + (Me.LearningRate * .Delta)``, as the name
    the notation gives the member (``"Bias"``, ``"Weights(k)"``), in a With block's statement: a line assigning to a
    member (``.Bias = ...``). FormulaError for a member the notation does not give there (which object's member the
    With line above says, which the formula does not show). Any other text as written, but for a line opening with a
    method or a field, ``.weights(j) + ...``, after a name or a bracket: it continues the chain of the line above
    (Scala's, Kotlin's, Rust's), joined to it, ``neuron.weights(j) + ...``."""
    if _WITH_ASSIGNMENT.search(text) is None:
        return _CHAIN_GOES_ON.sub(".", text)  # neuron\n .weights(j): one chain, neuron.weights(j)

    def member(match: re.Match) -> str:
        name = match.group(2)
        if not notation.gives_name(name) and name not in notation.bases:
            raise FormulaError(f"formula {short(text.strip())}: .{name} is a member of a With block's object (VB.NET's"
                               f" With ... End With), which the notation does not name; give the member in"
                               f' [notation.symbols], "{name}" = "..." (with its index, "{name}(k)", where code'
                               " writes one)")
        return match.group(1) + name
    return _WITH_MEMBER.sub(member, text)


def method_values(text: str) -> str:
    """``text`` with Rust's forms that only get at a value as the value, TypeScript's type assertions (``x as
    number[]``) as the value, Scala Breeze's forms as NumPy's (breeze_forms) and Scala's ``.sum`` as ``.sum()``."""
    return scala_sums(breeze_forms(rust_values(_TS_CAST.sub("", text))))


def shows_rust(text: str) -> bool:
    """Whether ``text`` shows Rust's own marks (see _RUST_OWN): its ``*x`` a dereference of Rust's, not C's."""
    return _RUST_OWN.search(text) is not None


def rust_values(text: str) -> str:
    """``text`` with Rust's forms that only get at a value written as the value (see the module docstring), where a
    line shows Rust's own marks; any other text as it is."""
    if not shows_rust(text):
        return text
    text = _LAST.sub("[-1]", _UNWRAP.sub("", text))
    text = _CAST.sub("", text)
    return _UNARY.sub(r"\1", text)


def scala_sums(text: str) -> str:
    """``(result - expected).map(x => x * x).sum`` as ``... .sum()``, where the text shows Scala's own marks."""
    return _SCALA_SUM.sub(".sum()", text) if ".sum" in text and _SCALA_OWN.search(text) else text


def breeze_forms(text: str) -> str:
    """Scala Breeze's forms, where the text shows Breeze's own marks (_BREEZE_OWN), as the forms the reader reads:
    ``b :+= g`` (``:-=``) as ``b += g``; ``m.t`` (``W(1).t``) as ``m.T``; ``sum(m(*, ::))`` as ``np.sum(m, axis=1)``,
    ``sum(m.t(*, ::))`` as ``np.sum(m, axis=0)`` (each row of the transpose is a column), ``sum(m(::, *))`` axis 0;
    ``sum(m, Axis._0)`` as ``sum(m, axis=0)``. Any other text as it is (``.t`` elsewhere may be a name's field, or a
    product with t)."""
    if _BREEZE_OWN.search(text) is None:
        return text  # (a lambda's arrow alone shows no Breeze: JavaScript's d => d.t is a field)

    def summed(match: re.Match) -> str:
        if match.group("named") is not None:
            return f" axis={match.group('named')}"
        rows = match.group("axis").startswith("*")
        return f"np.sum({match.group('array')}, axis={int(rows != bool(match.group('transposed')))})"
    text = _BROADCAST_SUM.sub(summed, _BREEZE_COMPOUND.sub(lambda found: " " + found.group(0).lstrip()[1:], text))
    return _BREEZE_TRANSPOSE.sub(".T", text)
