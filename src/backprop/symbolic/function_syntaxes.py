"""A function's definition as the languages other than Python, C and R write it, one table of their syntaxes (the
head, how a parameter names itself beside its type, the comments, how the body gives its value), each read into the
same parts a Python ``def`` has: the name, the parameters' names (their types set aside), the body's local
assignments, and the value returned (function_definitions.function_definition judges them as it judges a ``def``):

- Go's ``func act(x float64) float64 { s := f(x); return s * (1 - s) }`` (``:=`` or ``var s float64 =``);
- Rust's ``pub fn act(z: f64) -> f64 { 1.0 / (1.0 + f64::exp(-z)) }``, its value the last expression (no ``;``
  after it) or a ``return``, ``let`` (``let mut``, ``let s: f64 =``) before it;
- Zig's ``pub fn act(z: f64) f64 { const s = ...; return ...; }`` (the return type after the parameters, no arrow),
  its builtins ``@exp(z)``, ``@log``, ``@sqrt`` and ``std.math.exp`` math's;
- Scala's ``def act(z: Double): Double = ...`` (typed parameters, a type's capital: never Python's ``def
  f(x): s = ...``) on its line, or ``= { ... }`` over lines (``val`` locals, the
  last expression the value);
- JavaScript's ``function act(x) { var s = ...; return ...; }``, a function expression assigned to a name or a
  property (``NeuralNetwork.act = function(x) { ... }``, R's form too, function_definitions' own), and an arrow
  ``const act = x => ...`` (or ``(x) => { return ...; }``);
- Kotlin's ``fun act(x: Double): Double = ...`` (or ``{ val s = ...; return ... }``);
- Swift's ``static func act(x: Double) -> Double { let s = ...; return ... }`` (an argument label before a
  parameter's name, ``_ x: Double``, set aside; a body of one expression its value);
- Julia's ``function act(x::Float64)`` over lines to its ``end`` (the last expression the value, ``::`` types
  set aside; its one-line ``σ(x) = ...`` is the formula's own form);
- Elixir's ``def act(x) do`` over lines to its ``end`` (the last expression the value, ``e = ...`` a local before
  it), or ``def act(x), do: ...``, Erlang's ``:math.pow`` and ``:math.exp`` in it math's;
- Erlang's clause ``act(X) -> S = ..., S * (1 - S).`` (``math:exp(X)`` math's), read by erlang_definitions;
- Ruby's ``def act(x)`` over lines to its ``end`` (the last expression the value, ``return`` optional), or Ruby 3's
  ``def act(x) = ...`` on one line;
- MATLAB's (Octave's) function file, ``function y = f_sigmoid(x)`` then the body assigning the output ``y`` (``%``
  comments and commented-out lines aside, ``end`` closing it), the output's last assignment the value, each earlier
  one substituted into the next (``y = f_sigmoid(x); y = y .* (1 - y);``);
- Clojure's ``(defn act [z] (/ 1.0 (+ 1.0 (Math/exp (- z)))))``, its prefix forms read as infix (lisp_ml_definitions);
- Haskell's ``act x = ...`` below its type signature ``act :: Double -> Double`` (set aside: types, no formula), a
  ``where`` clause's bindings its locals, its body read as code by haskell_definitions (application by juxtaposition
  of the functions the notation or math names, ``fmap``, a lambda, a constructor pattern's fields).

Each language's spelling of math's functions in a body is read as math's: Go's ``math.Exp`` (``math.Tanh``,
``math.Log``, ``math.Pow``; ``math.Max(0, x)`` as max(0, x)), Rust's ``f64::exp`` (in a C-family body too);
JavaScript's ``Math.E``, Dart's and Python's ``math.e`` and NumPy's ``np.e``, Euler's number, are read in any formula
(code_names.EULER_CONSTANTS). A value that is one ``if`` expression, Rust's ``if c { a } else { b }``,
Scala's and Kotlin's ``if (c) a else b`` (Kotlin's ``return if ...``), is ``np.where(c, a, b)``; an ``else if``
chain, an ``if`` with no ``else`` or with a branch of statements is refused. A body of any other statement (a conditional, a loop, a call alone, a
value discarded by Rust's ``;``) has no value here: the caller refuses it. Julia's rule dispatched on a function's
type, Flux's ``back!(::typeof(σ), Δ, x) = ...`` (the gradient by x given Δ, the gradient by σ(x)), is refused
(DispatchedRule): it is a claim of every Δ and x, which no one quantity of the network judges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import lazy_pattern
from .brackets import closing_bracket
from .code_names import JAVASCRIPT_DECLARATION, LOCAL_DECLARATION, erlang_math_spelled
from .comment_marks import C_COMMENT, HASKELL_COMMENT, MATLAB_COMMENT, comments_of
from .haskell_definitions import NAME as _HASKELL_NAME, PARAMETER as _HASKELL_PARAMETER
from .haskell_definitions import SIGNED_NAME as _SIGNED_NAME, HaskellUnread, haskell_parts, signature_alone, signed
from .erlang_definitions import erlang_parts
from .lisp_ml_definitions import MLReader, defn_parts
from .quantities import FormulaError, short

#: the comments of Python, Julia and Ruby: # to the end of its line
_HASH_COMMENT = comments_of("Julia")
_NAME = r"[A-Za-z_$][\w$]*"


@dataclass(frozen=True)
class Syntax:
    """One language's definition: ``head`` fullmatches the whole text (groups name, parameters, body, and MATLAB's
    output), ``parameter`` one parameter (group 1 its name), ``comment`` what a comment is, ``last_value`` whether a
    body's last expression is its value (Rust's, Scala's) and ``discarding`` whether a ``;`` after it discards it."""

    language: str
    head: re.Pattern
    parameter: re.Pattern
    comment: re.Pattern
    last_value: bool = False
    discarding: bool = False


_BARE_PARAMETER = lazy_pattern(rf"[ \t]*({_NAME})[ \t]*")
# a parameter with its type after a colon (Rust's z: f64, mut z: f64, Scala's z: Double, TypeScript's x: number)
_COLON_PARAMETER = lazy_pattern(rf"[ \t]*(?:mut[ \t]+)?({_NAME})[ \t]*(?::[^,]*)?")
# a Swift parameter, its type after a colon and its argument label, if any, before its name (_ x: Double, of x: Double)
_SWIFT_PARAMETER = lazy_pattern(rf"[ \t]*(?:{_NAME}[ \t]+)?(?:inout[ \t]+)?({_NAME})[ \t]*:[^,]*")
# an ML parameter: a name, or a name typed in parentheses, (x : float)
_ML_PARAMETER = rf"(?:{_HASKELL_NAME}|\([ \t]*{_HASKELL_NAME}[ \t]*:[ \t]*[\w.]+[ \t]*\))"
# a Pascal body's statement: a name assigned with := (Pascal's = is a comparison, never an assignment)
_PASCAL_ASSIGNMENT = lazy_pattern(rf"[ \t]*({_NAME})[ \t]*:=[ \t]*(\S.*?)[ \t]*")

SYNTAXES = (
    Syntax("Go", lazy_pattern(rf"[ \t]*func[ \t]+({_NAME})[ \t]*\(([^()]*)\)[ \t]*(?:[\w.\[\]*]+|\([^()]*\))?\s*"
                              r"\{(.*)\}\s*", re.S, needs=("func",)),
           lazy_pattern(rf"[ \t]*({_NAME})(?:[ \t]+[\w.\[\]*]+)?[ \t]*"), C_COMMENT),
    Syntax("Rust", lazy_pattern(rf"[ \t]*(?:pub(?:\([^()]*\))?[ \t]+)?(?:const[ \t]+)?fn[ \t]+({_NAME})[ \t]*"
                                r"\(([^()]*)\)[ \t]*(?:->[ \t]*[\w:<>\[\]&]+[ \t]*)?\s*\{(.*)\}\s*", re.S,
                                needs=("fn",)),
           _COLON_PARAMETER, C_COMMENT, last_value=True, discarding=True),
    # Zig's fn act(x: f64) f64 { return ...; } (pub, inline, export before it): its return type after the parameters
    # with no arrow (Rust's after ->; an error union's !f64, an optional's ?f64), const and var locals, a return
    Syntax("Zig", lazy_pattern(rf"[ \t]*(?:pub[ \t]+)?(?:(?:inline|export|extern)[ \t]+)?fn[ \t]+({_NAME})[ \t]*"
                               r"\(([^()]*)\)[ \t]*[!?]?[A-Za-z_][\w.]*[ \t]*\{(.*)\}\s*", re.S, needs=("fn",)),
           _COLON_PARAMETER, C_COMMENT),
    Syntax("Scala", lazy_pattern(rf"[ \t]*(?:(?:private|protected|override|final)[ \t]+)*def[ \t]+({_NAME})[ \t]*"
                                 r"\(((?:[^():,]+:[^(),]+(?:,[^():,]+:[^(),]+)*)?)\)[ \t]*:[ \t]*[A-Z][\w.\[\]]*[ \t]*=\s*"
                                 r"(?:\{(.*)\}|([^{\n].*?))\s*", re.S, needs=("def",)),
           _COLON_PARAMETER, C_COMMENT, last_value=True),
    # Kotlin's fun act(x: Double): Double = ... (or { ...; return ... }), its parameters typed after a colon
    Syntax("Kotlin", lazy_pattern(rf"[ \t]*(?:(?:public|private|internal|protected|override|inline)[ \t]+)*fun[ \t]+"
                                  rf"({_NAME})[ \t]*\(([^()]*)\)[ \t]*(?::[ \t]*[\w.<>?]+[ \t]*)?\s*"
                                  r"(?:\{(.*)\}|=[ \t]*([^{\n].*?))\s*", re.S,
                                  needs=("fun",)), _COLON_PARAMETER, C_COMMENT),
    # Swift's func act(x: Double) -> Double { return ... } (static, a class's modifiers before it; a parameter's
    # argument label before its name, _ x: Double; the value returned, or a body of one expression, Swift 5.9's)
    Syntax("Swift", lazy_pattern(rf"[ \t]*(?:@\w+[ \t]+)?(?:(?:public|private|fileprivate|internal|open|static|class|final|"
                                 rf"override|mutating|nonisolated)[ \t]+)*func[ \t]+({_NAME})[ \t]*\(([^()]*)\)[ \t]*"
                                 r"(?:throws[ \t]*)?(?:->[ \t]*[\w.\[\]<>?]+[ \t]*)?\s*\{(.*)\}\s*", re.S,
                                 needs=("func",)),
           _SWIFT_PARAMETER, C_COMMENT, last_value=True),
    Syntax("JavaScript", lazy_pattern(rf"[ \t]*(?:export[ \t]+)?function[ \t]+({_NAME})[ \t]*\(([^()]*)\)\s*"
                                      r"\{(.*)\}[ \t;]*\s*", re.S, needs=("function",)), _COLON_PARAMETER, C_COMMENT),
    Syntax("JavaScript", lazy_pattern(rf"[ \t]*{JAVASCRIPT_DECLARATION}[ \t]+({_NAME})[ \t]*=[ \t]*function[ \t]*"
                                      r"\(([^()]*)\)\s*\{(.*)\}[ \t;]*\s*", re.S,
                                      needs=("function",)), _COLON_PARAMETER, C_COMMENT),
    # an arrow declared (const, let, var: never plain text's implication, dc = ds => c := ...): its parameters in
    # parentheses or one bare, its body in braces or one expression
    Syntax("JavaScript", lazy_pattern(rf"[ \t]*{JAVASCRIPT_DECLARATION}[ \t]+({_NAME})[ \t]*=[ \t]*"
                                      rf"(?:\(([^()]*)\)|({_NAME}))[ \t]*=>\s*(?:\{{(.*)\}}|([^{{\n].*?))[ \t;]*\s*",
                                      re.S, needs=("const", "let", "var")), _COLON_PARAMETER, C_COMMENT),
    Syntax("Julia", lazy_pattern(rf"[ \t]*function[ \t]+({_NAME})[ \t]*\(([^()]*)\)[ \t]*(?:::[ \t]*[\w.{{}}]+)?[ \t]*\n"
                                 r"(.*?)^[ \t]*end[ \t;]*\s*", re.S | re.M, needs=("function",)),
           lazy_pattern(rf"[ \t]*({_NAME})[ \t]*(?:::[ \t]*[\w.{{}}]+)?[ \t]*"), _HASH_COMMENT, last_value=True),
    # Ruby's def NAME(PARAMS) then the body and end, its last expression the value (return optional), or Ruby 3's
    # one-line def NAME(PARAMS) = EXPR (Python's def has its colon, Scala's its types)
    Syntax("Ruby", lazy_pattern(rf"[ \t]*def[ \t]+(?:self\.)?({_NAME})[ \t]*\(([^()]*)\)[ \t]*"
                                r"(?:\n(.*?)^[ \t]*end[ \t;]*|=(?!=)[ \t]*([^\n]*?))\s*", re.S | re.M, needs=("def",)),
           _BARE_PARAMETER, _HASH_COMMENT, last_value=True),
    # Elixir's def NAME(PARAMS) do then the body and end (defp a private one), or def NAME(PARAMS), do: EXPR on one
    # line: its last expression the value, a local bound by = before it
    Syntax("Elixir", lazy_pattern(rf"[ \t]*defp?[ \t]+({_NAME}[?!]?)[ \t]*\(([^()]*)\)[ \t]*"
                                  r"(?:do[ \t]*\n(.*?)^[ \t]*end[ \t]*|,[ \t]*do:[ \t]*([^\n]*?))\s*", re.S | re.M,
                                  needs=("def",)),
           _BARE_PARAMETER, _HASH_COMMENT, last_value=True),
    Syntax("MATLAB", lazy_pattern(rf"[ \t]*function[ \t]+({_NAME})[ \t]*=[ \t]*({_NAME})[ \t]*\(([^()]*)\)"
                                  r"(.*?)(?:^[ \t]*(?:end|endfunction)[ \t;]*)?\s*", re.S | re.M, needs=("function",)),
           _BARE_PARAMETER, MATLAB_COMMENT),
    # Haskell's f x y = ... below its type signature f :: Double -> Double -> Double (the signature what says the
    # text is Haskell's: without it, f x = ... is an equation of a product), its parameters after its name (a
    # constructor pattern among them), its body over lines (haskell_definitions reads it)
    Syntax("Haskell", lazy_pattern(rf"{_SIGNED_NAME}((?:[ \t]+{_HASKELL_PARAMETER})*)"
                                   r"[ \t]*=(?!=)(.*)", re.S, needs=("::",)),
           lazy_pattern(rf"[ \t]*({_HASKELL_NAME})[ \t]*"), HASKELL_COMMENT),
    # OCaml's and F#'s let f x = ... (let rec; a parameter typed in parentheses, (x : float), and the value's type
    # before the =), its body on the line or below it, OCaml's ;; ending the phrase (lisp_ml_definitions.MLReader reads the body);
    # at least one parameter: JavaScript's let s = ... and plain text's "let z = ..." are no function, nor is Rust's
    # let mut s = ... (mut no name)
    Syntax("ML", lazy_pattern(rf"[ \t]*let[ \t]+(?:rec[ \t]+)?(?!mut\b)({_HASKELL_NAME})((?:[ \t]+{_ML_PARAMETER})+)[ \t]*"
                              r"(?::[ \t]*[\w.]+[ \t]*)?=(?!=)(.*?)(?:;;[ \t]*)?\s*", re.S, needs=("let",)),
           lazy_pattern(rf"[ \t]*\(?[ \t]*({_HASKELL_NAME})[ \t]*(?::[ \t]*[\w.]+[ \t]*\))?[ \t]*"), comments_of("OCaml")),
    # Pascal's function f(x: real): real; (var locals: real;) begin ... Result := ...; end; (Result, or the function's
    # own name, assigned last: its value), its keywords in any case; parameters' groups separated by ;
    Syntax("Pascal", lazy_pattern(rf"[ \t]*(?i:function)[ \t]+({_NAME})[ \t]*\(([^()]*)\)[ \t]*:[ \t]*\w+[ \t]*;\s*"
                                  rf"(?:(?i:var)\s+(?:{_NAME}(?:[ \t]*,[ \t]*{_NAME})*[ \t]*:[ \t]*\w+[ \t]*;\s*)+)?"
                                  r"(?i:begin)\b(.*?)\b(?i:end)[ \t]*;?\s*", re.S, needs=(":",)),
           _COLON_PARAMETER, comments_of("Pascal")),
)

# a body's statement declaring a local (Go's s := ..., var s float64 = ..., Rust's let mut s: f64 = ..., Scala's
# val s = ..., JavaScript's var s = ...): the local and its expression
_DECLARED_LOCAL = lazy_pattern(rf"[ \t]*(?:var[ \t]+(?P<go>{_NAME})[ \t]+[\w.\[\]]+|(?:{LOCAL_DECLARATION}"
                               rf"[ \t]+)?(?P<name>{_NAME})(?:[ \t]*:[ \t]*[\w.<>\[\]]+)?)[ \t]*(?::=|=(?!=))[ \t]*"
                               r"(?P<expression>\S.*?)[ \t]*")
# a body's if expression (Rust's if c {, Scala's and Kotlin's if (c)), and a return before it (Kotlin's return if ...)
_IF = lazy_pattern(r"\s*if\b\s*")
_RETURN_IF = lazy_pattern(r"\s*return[ \t]+(?=if\b)")
_RETURN = lazy_pattern(r"[ \t]*return(?:[ \t]+(\S.*?)|[ \t]*(\(.*\)))[ \t]*")
# each language's spelling of a math function in a body, as math's (Go's exported names, Rust's f64::exp; a module's
# constant e, Math.E, is the parser's: code_names.EULER_CONSTANTS)
_SPELLINGS = ((lazy_pattern(r"\bmath\.(Exp|Log|Sqrt|Pow|Abs|Tanh|Sinh|Cosh)(?=[ \t]*\()"),
               lambda m: f"math.{m.group(1).lower()}"),
              # Go's math.Max(a, b), the larger of two numbers: max(a, b) (a module's max is an array's largest entry)
              (lazy_pattern(r"\bmath\.Max(?=[ \t]*\()"), lambda m: "max"),
              (lazy_pattern(r"(?<![\w:])f(?:64|32)::(exp|ln|sqrt|powf|abs|max)(?=[ \t]*\()"),
               lambda m: "math." + {"ln": "log", "powf": "pow"}.get(m.group(1), m.group(1))),
              # Zig's builtins of math, @exp(x), @log(x), @sqrt(x), and its std.math.exp(x): math's (another
              # builtin, @as(f64, x), stays as written, refused)
              (lazy_pattern(r"(?<![\w.@])(?:@(exp|log|sqrt|abs)|std\.math\.([a-z]\w*))(?=[ \t]*\()"),
               lambda m: f"math.{m.group(1) or m.group(2)}"))


@dataclass(frozen=True)
class Written:
    """A definition's parts as written: its name, its parameters' names joined by commas, the local statements
    ``s = expression`` before its value, and the value (None where the body gives none check reads)."""

    name: str
    parameters: str
    locals: tuple
    value: str | None
    fields: tuple = ()  # the parameters a constructor pattern binds, Haskell's (Layer w th): the record's fields


class DispatchedRule(FormulaError):
    """A derivative rule dispatched on a function's type, Julia's ``back!(::typeof(σ), Δ, x) = ...``."""


class TypeSignature(FormulaError):
    """A type signature alone, Haskell's ``act :: Double -> Double``: types, no formula."""


# a method's signature dispatched on a function's type (its first parameter ::typeof(F)), then its definition's =
_DISPATCHED = lazy_pattern(r"[ \t]*([A-Za-z_]\w*!?)[ \t]*\([ \t]*::[ \t]*typeof[ \t]*\(([^()]*)\)[^=\n]*\)[ \t]*=(?!=)",
                           needs=("typeof",))


def written_definition(text: str, functions: frozenset = frozenset()) -> Written | None:
    """The parts of the definition ``text`` is in one of SYNTAXES, or None where it is in none (DispatchedRule for
    Julia's rule of a function's type; TypeSignature for Haskell's signature alone). ``functions``: the names the
    notation gives functions (Haskell applies them by juxtaposition)."""
    if signature_alone(text):
        raise TypeSignature(f"formula {short(text)}: a type signature states the function's types, no formula; give"
                            " the definition below it, f x = ..., with it")
    if (rule := _DISPATCHED.match(text)) is not None:
        raise DispatchedRule(f"formula {short(text)}: {rule.group(1)}(::typeof({rule.group(2).strip()}), ...) is a"
                             " rule dispatched on a function's type, a claim of every argument that no one quantity"
                             " of the network judges; write the gradient it gives for the page's layer, e.g."
                             " \\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a} \\odot"
                             " \\sigma'(z), with the notation's names")
    # Clojure's (defn NAME [x] BODY), prefix forms read as infix; Erlang's clause NAME(X) -> BODY.
    if (parts := defn_parts(text)) is not None or (parts := erlang_parts(text)) is not None:
        name, parameters, local_statements, value = parts
        return Written(name, parameters, tuple(spelled(each) for each in local_statements), spelled(value))
    for syntax in SYNTAXES:
        found = syntax.head.fullmatch(text)
        if found is None:
            continue
        if syntax.language == "Haskell":
            name, parameters, body = found.groups()
            parts = haskell_parts(text, name, parameters, syntax.comment.sub(" ", body), functions)
            return Written(parts.name, parts.parameters, parts.locals, parts.value, parts.fields)
        if syntax.language == "ML":
            name, parameters, body = found.groups()
            names = " ".join(syntax.parameter.fullmatch(part).group(1) for part in re.findall(_ML_PARAMETER, parameters))
            parts = haskell_parts(text, name, names, spelled(syntax.comment.sub(" ", body)), functions, MLReader)
            return Written(parts.name, parts.parameters, parts.locals, parts.value)
        if syntax.language == "Pascal":
            name, parameters, body = found.groups()
            return _pascal(name, _parameter_names(syntax, parameters.replace(";", ",")), syntax.comment.sub(" ", body))
        if syntax.language == "MATLAB":
            output, name, parameters, body = found.groups()
            return _matlab(name, _parameter_names(syntax, parameters), output, syntax.comment.sub(" ", body))
        groups = [group for group in found.groups()]
        if syntax.language == "JavaScript" and len(groups) == 5:  # the arrow's bare parameter, bare expression
            groups = [groups[0], groups[1] if groups[1] is not None else groups[2], groups[3], groups[4]]
        name, parameters, body = groups[0], groups[1] or "", groups[2]
        if body is None:  # a body of one expression, no braces (Scala's def f(z: R): R = ..., an arrow's)
            value = _conditional(text, name, groups[3])
            return Written(name, _parameter_names(syntax, parameters), (), spelled(" ".join(value.split())))
        return _braced(text, syntax, name, _parameter_names(syntax, parameters), syntax.comment.sub(" ", body))
    if (name := signed(text)) is not None:
        raise HaskellUnread(f"formula {short(text)}: the definition of {name} below its type signature is not one"
                            f" equation {name} x y = ... of parameters' names (guards, a parameter's pattern of"
                            " numbers or lists, several equations), which check does not read; write its value as"
                            f" one expression, {name} x = ...")
    return None


def _parameter_names(syntax: Syntax, parameters: str) -> str:
    """The parameters' names, types set aside (a parameter no pattern reads stays as written, refused as no name)."""
    parts = [part for part in " ".join(parameters.split()).split(",") if part.strip()]
    return ", ".join(found.group(1) if (found := syntax.parameter.fullmatch(part)) else part for part in parts)


def _statements(body: str) -> list:
    return [part.strip() for line in body.split("\n") for part in line.split(";") if part.strip()]


def spelled(expression: str) -> str:
    """``expression`` with each language's spelling of a math function (_SPELLINGS) as math's."""
    for pattern, spelling in _SPELLINGS:
        expression = pattern.sub(spelling, expression)
    return erlang_math_spelled(expression)  # Erlang's math:exp(X), Elixir's :math.exp(x)


def _braced(text: str, syntax: Syntax, name: str, parameters: str, body: str) -> Written:
    """A body in braces: local declarations, then a ``return`` (or, where ``syntax.last_value``, the last expression,
    not discarded by a ``;`` after it where ``syntax.discarding``)."""
    if _IF.match(body) or _RETURN_IF.match(body):  # the body one if ... else, its value (or the value returned)
        value = _conditional(text, name, _RETURN_IF.sub("", body, count=1).strip().rstrip(";"))
        return Written(name, parameters, (), spelled(" ".join(value.split())))
    statements = _statements(body)
    if not statements:
        return Written(name, parameters, (), None)
    last = _RETURN.fullmatch(statements[-1])
    if last is not None:
        value = last.group(1) or last.group(2)
    elif syntax.last_value and not _DECLARED_LOCAL.fullmatch(statements[-1]) and not _IF.match(statements[-1]) \
            and not (syntax.discarding and body.rstrip().endswith(";")):  # an if after statements: no value read
        value = statements[-1]
    else:
        return Written(name, parameters, (), None)
    local_statements = []
    for statement in statements[:-1]:
        declared = _DECLARED_LOCAL.fullmatch(statement)
        if declared is None:
            return Written(name, parameters, (), None)
        local_statements.append(f"{_local(declared)} = {spelled(declared.group('expression'))}")
    return Written(name, parameters, tuple(local_statements), spelled(" ".join(value.split())))


def _conditional(text: str, name: str, expression: str) -> str:
    """``expression`` as written, or where it is one ``if`` expression, Rust's ``if c { a } else { b }`` or Scala's
    and Kotlin's ``if (c) a else b``, ``np.where(c, a, b)`` (the conditional the reader reads as NumPy's);
    FormulaError for an ``else if`` chain, an ``if`` with no ``else`` and a branch of statements."""
    found = _IF.match(expression)
    if found is None:
        return expression
    close = closing_bracket(expression, found.end()) if expression[found.end():found.end() + 1] == "(" else None
    if close is not None and not expression[close + 1:].lstrip().startswith("{"):
        # Scala's, Kotlin's if (c) a else b, a and b no braces
        branches = re.fullmatch(r"\s*(\S.*?)\s+else\s+(\S.*?)\s*", expression[close + 1:], re.S)
        if branches is None:
            raise _unread_conditional(text, name)
        condition, first, second = expression[found.end():close + 1], *branches.groups()
    else:  # Rust's if c { a } else { b }: the condition up to the first brace (no braces in a Rust condition)
        opening = expression.find("{", found.end())
        close = closing_bracket(expression, opening) if opening >= 0 else None
        branch = None if close is None else re.match(r"\s*else\s*\{", expression[close + 1:])
        last = None if branch is None else closing_bracket(expression, close + branch.end())
        if last is None or expression[last + 1:].strip():
            raise _unread_conditional(text, name)
        condition, first = expression[found.end():opening], expression[opening + 1:close]
        second = expression[close + branch.end() + 1:last]
    condition = condition.strip()
    if condition[:1] == "(" and closing_bracket(condition, 0) == len(condition) - 1:  # (c): its parentheses aside
        condition = condition[1:-1]
    if any(re.search(r"[;{}]|\b(?:if|else|let|val|var|return)\b", part) or not part.strip()
           for part in (condition, first, second)):
        raise _unread_conditional(text, name)
    return f"np.where({' '.join(condition.split())}, {' '.join(first.split())}, {' '.join(second.split())})"


def _unread_conditional(text: str, name: str) -> FormulaError:
    return FormulaError(f"formula {short(text)}: the value of {name} is an if with no one expression in each branch"
                        " (an else if chain, a branch of statements, no else); check reads one if c { a } else { b },"
                        " or if (c) a else b, as np.where(c, a, b): write the chain as nested np.where(c1, a,"
                        " np.where(c2, b, c))")


def _local(declared: re.Match) -> str:
    return declared.group("go") or declared.group("name")


def _pascal(name: str, parameters: str, body: str) -> Written:
    """Pascal's body: statements assigning with :=, the last assigning Result (or the function's name), its value, the
    earlier ones locals; Result assigned before the last, or any other statement, no value."""
    statements = _statements(body)
    assigned = [_PASCAL_ASSIGNMENT.fullmatch(statement) for statement in statements]
    if not statements or None in assigned:
        return Written(name, parameters, (), None)
    outputs = [found.group(1).lower() in ("result", name.lower()) for found in assigned]
    if not outputs[-1] or any(outputs[:-1]):
        return Written(name, parameters, (), None)
    local_statements = tuple(f"{found.group(1)} = {spelled(found.group(2))}" for found in assigned[:-1])
    return Written(name, parameters, local_statements, spelled(" ".join(assigned[-1].group(2).split())))


def _matlab(name: str, parameters: str, output: str, body: str) -> Written:
    """MATLAB's body: assignments, the output's last one the value; the output assigned before it a local of its own
    (y then y reassigned: the first y substituted into the second), any statement after it or other than an
    assignment no value."""
    statements = _statements(body)
    assigned = [_DECLARED_LOCAL.fullmatch(statement) for statement in statements]
    if not statements or None in assigned or _local(assigned[-1]) != output:
        return Written(name, parameters, (), None)
    local_statements, current = [], None
    for place, found in enumerate(assigned):
        expression = found.group("expression")
        if current is not None:  # the output's earlier value, under its own name
            expression = re.sub(rf"(?<![\w.]){re.escape(output)}(?!\w)", current, expression)
        if place == len(assigned) - 1:
            return Written(name, parameters, tuple(local_statements), spelled(" ".join(expression.split())))
        if _local(found) == output:
            current = f"{output}__{place}"
            local_statements.append(f"{current} = {spelled(expression)}")
        else:
            local_statements.append(f"{_local(found)} = {spelled(expression)}")
    return Written(name, parameters, tuple(local_statements), None)
