"""A function's definition in code, ``def dsigmoid(y): return y * (1 - y)`` (or its ``return`` on a line of its own
below the ``def`` line, a docstring and comments around it), or C's, C++'s or Java's, ``double dsigmoid(double y) {
return y * (1 - y); }`` (a return type after any qualifiers, a number's or a library's, C++'s ``inline MatrixXd
act(const MatrixXd& v)``; typed parameters, C++'s by reference; braces around a body of one ``return ...;`` on
one line or several, locals of a real type or a library's before it, ``double s = f(x);``, ``//`` and ``/* */``
comments around it): the claim ``NAME(ARGS) = EXPR``. A Python
body of local assignments before its return, ``s = f(x)`` then ``return s * (1 - s)``, is that claim with the
locals substituted, after the claim ``s = f(x)`` of each local the notation names; so is R's, ``sigmoidGrad =
function(x){ s = f(x); s * (1 - s) }`` (or ``<- function``), its value last, bare or in ``return(...)``.

Where NAME is code's word for an activation's derivative (syntax_tree.EITHER_WORDS, ``dsigmoid``, ``tanh_deriv``; or
Nielsen's ``sigmoid_prime``, DERIVATIVE_WORDS) and it takes one argument, the claim holds at every value of that
argument, a local name whatever the notation calls it: the argument is read as a quantity of every value, the first
unit's pre-activation z1[0], judged at check's random points. A word of EITHER_WORDS is code's derivative of the
unit's input or of its output: where the notation decides which (its functions, notation.DERIVATIVE_PLACE) that
reading alone; else both, and the definition is right where it is right in one, its verdict saying which
(derivative_word_definitions.judged_as_definition), wrong where it is right in neither. A loss's word
(``mse_prime(y_true, y_pred)``, LOSS_DERIVATIVE_WORDS) is that claim, its arguments read through the notation (the
page's label and prediction); so is a derivative's suffix after a loss's word the notation lists, or a d before it
(crossEntropyGrad, C++'s dMSE). An activation's own word (``def NAME(x)``, ACTIVATION_WORDS) is that activation's
definition, an equality of its argument as a function the notation names is. A definition of no arguments whose name
the notation gives a quantity, Java's ``private double dSigmoid() { return val * (1 - val); }`` (a method over its
object's own values), is the claim ``NAME() = EXPR``, that quantity equal to its body (its call ``NAME()`` elsewhere
the quantity). A definition of any other name whose value is one of its parameters, a weight the notation names, plus
or minus a step of the learning rate, ``def update(w, delta, x): return w - eta * delta * x``, is the update of that
parameter, the assignment ``w = w - eta * delta * x`` (homework_parameters.updated_parameter). A definition of any
other name is refused naming the function; so is one whose return does not use its argument (a number alone is judged
at the file's numbers, where the argument has one value), and a ``return`` with no ``def`` above it: what it returns
is said by the function's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from ..patterns import lazy_pattern
from .code_declarations import C_TYPE, INTEGER_TYPE, LIBRARY_TYPE, TEMPLATE
from .code_names import JAVASCRIPT_DECLARATION
from .comment_marks import C_COMMENT
from .conditional_returns import conditional_return
from .function_syntaxes import spelled, written_definition
from .haskell_definitions import NAME as HASKELL_NAME
from .haskell_lines import haskell_line
from .function_words import ACTIVATION_WORDS, DERIVATIVE_WORDS, EITHER_WORDS, LOSS_DERIVATIVE_WORDS
from .homework_parameters import StepReading, updated_parameter
from .notation import Notation
from .notation_loading import notation_from_table
from .quantities import FormulaError, short

# NAME = lambda ARGS: EXPR, Python's one-line function, its arguments names: the claim def NAME(ARGS): return EXPR
# makes (a text where lambda is a letter, L = lambda * w^2, stays the formula it is)
_LAMBDA = lazy_pattern(r"[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*lambda((?:[ \t]+[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*)?)"
                       r"[ \t]*:[ \t]*(\S.*?)[ \t;]*", needs=("lambda",))
# def NAME(ARGS) (-> a type): then the one-line body, or nothing on the line
_DEF_LINE = lazy_pattern(r"[ \t]*def[ \t]+([A-Za-z_]\w*)[ \t]*\(([^()]*)\)[ \t]*(?:->[^:\n]*)?:[ \t]*(.*)",
                         needs=("def",))
_RETURN = lazy_pattern(r"[ \t]*return[ \t]+(\S.*?)[ \t;]*")
# a body's line opening a case distinction, if x > 0: (or if(x > 0):), read by conditional_returns
_IF = lazy_pattern(r"[ \t]*if\b")
# a body's line before its return: one local name assigned an expression (s = f(x)), no keyword's statement
_LOCAL = lazy_pattern(r"[ \t]*([A-Za-z_]\w*)[ \t]*=(?!=)[ \t]*(\S.*?)[ \t;]*")
_KEYWORDS = frozenset({"if", "elif", "else", "for", "while", "with", "try", "return", "global", "nonlocal"})
# an expression holding no relation: "return y = ..." is prose, no Python
_NO_RELATION = lazy_pattern(r"[^=]*(?:(?:==|[<>!]=)[^=]*)*")
# lines a body may hold besides its return: blank lines, comments, a docstring on one line
_ASIDE = lazy_pattern(r"[ \t]*(?:#.*|(\"\"\"|''')[^\n]*?\1|(\"|')[^\n]*?\2)?[ \t]*")
# a docstring over several lines, from the line its quotes open to the line they close (batch 176's backward(self,
# grad: np.ndarray) with in: and out: between them): a string, no statement of the body
_LONG_DOCSTRING = lazy_pattern(r"^[ \t]*[rRuU]?(\"\"\"|''')[\s\S]*?\1[ \t]*$", re.M, needs=('"""', "'''"))
_ARGUMENT = lazy_pattern(r"[A-Za-z_]\w*")
# C's, C++'s or Java's head: qualifiers, a number's return type or a library's (C++'s Eigen, inline MatrixXd
# act(const MatrixXd& v): code_declarations.LIBRARY_TYPE), the name and its parameters in parentheses (a const
# method's const, C++'s noexcept after them), then the body in braces, on the line or below it
_C_HEAD = lazy_pattern(r"[ \t]*(?:(?:public|private|protected|static|inline|constexpr|const|final|virtual|extern)[ \t]+)*"
                       rf"(?P<returns>{C_TYPE}|{LIBRARY_TYPE})"
                       r"[ \t]*(?<=[\s&])([A-Za-z_]\w*)[ \t]*\(([^()]*)\)[ \t]*(?:const[ \t]*)?(?:noexcept[ \t]*)?\s*"
                       r"\{(.*)\}\s*", re.S)
# C's (void)input; before the return: a statement that does nothing (it silences an unused parameter's warning)
_C_VOID = lazy_pattern(r"^\s*\(\s*void\s*\)\s*[A-Za-z_]\w*\s*;", re.M)
_C_RETURN = lazy_pattern(r"\s*return\s+([^;{}]*?)\s*;\s*")
# a C-family local of a real type before the return, double s = f(x) (float, C++'s auto, const before it; a library's
# type, C++'s VectorXd s = f(v)), read as a Python body's local (_local_assignments); an integer's (int s = ...)
# truncates its value, which the formula does not show: no local read here
_C_LOCAL = lazy_pattern(rf"[ \t]*(?:(?:const[ \t]+)?(?:long[ \t]+)?(?:double|float|auto)|{LIBRARY_TYPE})[ \t]*(?<=[\s&])"
                        r"([A-Za-z_]\w*)[ \t]*=(?!=)[ \t]*([^;{}]*?)[ \t]*")
# a typed parameter, its type's words before its name: const double x, C++'s reference const VectorXd& v (or &v), a
# namespace's and a template's type, const std::vector<double>& v (a pointer's *, double *x, is no such parameter)
_C_PARAMETER = lazy_pattern(rf"[ \t]*(?:[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*(?:{TEMPLATE})?(?:[ \t]*&[ \t]*|[ \t]+))+"
                            r"([A-Za-z_]\w*)[ \t]*")
# R's definition, NAME = function(ARGS) { BODY } (or NAME <- function...), its body in braces on the line or below it
_R_HEAD = lazy_pattern(r"[ \t]*([A-Za-z][\w.]*)[ \t]*(?:=|<-)[ \t]*function[ \t]*\(([^()]*)\)\s*\{(.*)\}[ \t;]*\s*", re.S,
                       needs=("function",))
# a statement of an R body before its value: a local name assigned, s = f(x) (or s <- f(x)), read by
# _local_assignments as Python's body line (_LOCAL) is
_R_LOCAL = lazy_pattern(rf"[ \t]*(?:{JAVASCRIPT_DECLARATION}[ \t]+)?([A-Za-z][\w.]*)[ \t]*(?:=(?!=)|<-)[ \t]*(\S.*?)[ \t;]*")
# R's return(...) around a body's value, or JavaScript's return before it (a function expression assigned to a
# property, NeuralNetwork.act = function(x) { var s = ...; return ...; }): what follows the word
_R_RETURN = lazy_pattern(r"return(?:[ \t]*(\(.*\))|[ \t]+(\S.*))")
# code's names of a derivative of a loss's word the notation lists: its suffixes after it (crossEntropyGrad,
# mse_prime) and its d before it (C++'s dMSE, as dsigmoid is an activation's)
_LOSS_DERIVATIVE_NAMES = (lazy_pattern(r"(.+?)_?(?:[Gg]rad(?:ient)?|[Dd]eriv(?:ative)?|[Pp]rime)"), lazy_pattern(r"d_?(.+)"))
# a functional language's equation with no type signature above it, Haskell's (Elm's) f a b = body: the function's
# name, its parameters' names after it (primed ones, error'), and its body, on the line or below it
_APPLIED_HEAD = lazy_pattern(rf"[ \t]*({HASKELL_NAME})((?:[ \t]+{HASKELL_NAME})+)[ \t]*=(?![=>])(.*)", re.S)
#: what a definition's one argument is read as: a quantity of every network that takes every value
BOUND_ARGUMENT = "z1[0]"


@dataclass(frozen=True)
class Definition:
    """``def name(arguments): return expression``, as written."""

    name: str
    arguments: tuple
    expression: str     # the return's, the locals above it substituted
    assignments: tuple = ()  # ((local, its expression), ...) the body assigns before its return
    quantity: bool = False  # its parameters bound to the notation's names: the claim of the quantity NAME alone
    fields: tuple = ()  # the arguments a constructor pattern binds (Haskell's (Layer w th)), the record's fields

    @property
    def claim(self) -> str:
        if self.quantity:
            return f"{self.name} = {self.expression}"
        return f"{self.name}({', '.join(self.arguments)}) = {self.expression}"


def function_definition(text: str, functions: frozenset = frozenset()) -> Definition | None:
    """The definition ``text`` is whole (FormulaError for a ``return`` without its ``def``, and for a definition check
    cannot read), or None where it is none; ``functions`` the names the notation gives functions."""
    # Go's, Rust's, Scala's, JavaScript's, MATLAB's, Haskell's (function_syntaxes)
    written = written_definition(text, functions)
    if written is not None:
        if written.value is None:
            raise _more_than_a_return(text, written.name)
        assigned = _local_assignments(text, written.name, written.parameters, list(written.locals))
        definition = _definition(text, written.name, written.parameters, _substituted(written.value, assigned))
        return replace(definition, assignments=tuple(assigned), fields=written.fields)
    c_family = _C_HEAD.fullmatch(text)
    if c_family is not None:
        returns, *parts = c_family.groups()
        if INTEGER_TYPE.fullmatch(" ".join(returns.split())):
            # int dsig(double a) { return a * (1 - a); } keeps only the whole part of its value, as an integer's
            # declaration does (code_declarations): read as the real number, a wrong function would pass
            raise FormulaError(f"formula {short(text)}: {parts[0]} returns an integer ({' '.join(returns.split())}),"
                               " which keeps only the whole part of the value its return computes; declare it to"
                               " return a floating type (double, float)")
        return _c_definition(text, *parts)
    r_function = _R_HEAD.fullmatch(text)
    if r_function is not None:
        return _r_definition(text, *r_function.groups())
    lines = [line for line in _LONG_DOCSTRING.sub("", text).split("\n") if not _ASIDE.fullmatch(line)]
    if not lines:
        return None
    if len(lines) == 1 and (anonymous := _LAMBDA.fullmatch(lines[0])) is not None:
        return _definition(text, *anonymous.groups())
    head = _DEF_LINE.fullmatch(lines[0])
    if head is None:
        bare = _RETURN.fullmatch(lines[0]) if len(lines) == 1 else None
        if bare is not None and _NO_RELATION.fullmatch(bare.group(1)):
            raise FormulaError(f"formula {short(text)}: a return line alone has no left side; give the def line above"
                               " it, def dsigmoid(a): return a * (1 - a), whose name says what it returns")
        return None
    body = [head.group(3)] if head.group(3).strip() else lines[1:]
    cases = next((index for index, line in enumerate(body) if _IF.match(line)), None)
    if not head.group(3).strip() and cases is not None \
            and (value := conditional_return(text, head.group(1), body[cases:])) is not None:
        # if x > 0: return x, else: return 0 (after locals): Python's conditional expression of the returns
        assigned = _local_assignments(text, head.group(1), head.group(2), body[:cases])
        definition = _definition(text, head.group(1), head.group(2), _substituted(value, assigned))
        return replace(definition, assignments=tuple(assigned))
    if head.group(3).strip() and len(lines) != 1 or not body or not _RETURN.fullmatch(body[-1]):
        raise _more_than_a_return(text, head.group(1))
    assigned = _local_assignments(text, head.group(1), head.group(2), body[:-1])
    definition = _definition(text, head.group(1), head.group(2),
                             _substituted(_RETURN.fullmatch(body[-1]).group(1), assigned))
    return replace(definition, assignments=tuple(assigned))


def _local_assignments(text: str, name: str, arguments: str, lines: list, local: re.Pattern = _LOCAL) -> list:
    """[(local, its expression with the locals above it substituted)] of a body's lines before its return (Python's
    def, R's function), each ``local = expression`` as ``local`` matches it; FormulaError for any other statement
    (a conditional, a loop, an augmented or a tuple's assignment) and for a name assigned twice or an argument
    reassigned, whose value the return would not say."""
    taken = {part.split("=")[0].split(":")[0].strip() for part in arguments.split(",")}
    assigned: list = []
    for line in lines:
        found = local.fullmatch(line)
        if (found is None or found.group(1) in _KEYWORDS or not _NO_RELATION.fullmatch(found.group(2))
                or re.search(r"\b(?:if|for|lambda)\b", found.group(2))):  # a conditional's value: no one expression
            raise _more_than_a_return(text, name)
        if found.group(1) in taken:
            raise FormulaError(f"formula {short(text)}: def {name} assigns {found.group(1)} twice (or its argument);"
                               " check reads locals each assigned once, then the return")
        taken.add(found.group(1))
        assigned.append((found.group(1), _substituted(found.group(2), assigned)))
    return assigned


def _substituted(expression: str, assigned: list) -> str:
    """``expression`` with each local of ``assigned`` replaced by its expression in parentheses (not an attribute
    of the same name, x.s)."""
    for local, value in reversed(assigned):
        expression = re.sub(rf"(?<![\w.]){re.escape(local)}(?!\w)", lambda _: f"({value})", expression)
    return expression


def _more_than_a_return(text: str, name: str) -> FormulaError:
    return FormulaError(f"formula {short(text)}: the definition of {name} is more than one return line after"
                        " locals (a conditional, a loop, an augmented assignment, a call alone); check reads local"
                        f" names assigned once, then the value: def {name}(x): s = ... then return ..., or R's"
                        f" {name} = function(x) {{ s = ...; s * (1 - s) }} (a docstring and comments aside)")


def _c_definition(text: str, name: str, parameters: str, body: str) -> Definition:
    """The Definition a C-family function's parts make: each typed parameter's name, the body's ``return`` statement
    after locals of a real type assigned once (``double s = f(x);``, substituted into it; comments aside; FormulaError
    where the body holds anything else)."""
    body = spelled(_C_VOID.sub(" ", C_COMMENT.sub(" ", body)))  # Go's math.Exp, Rust's f64::exp: math's exp
    if ";" not in body:
        raise _more_than_a_return(text, name)
    *locals_written, last, after = body.split(";")  # the return's statement, and what follows its ;
    statement = _C_RETURN.fullmatch(f"{last};{after}")
    if statement is None:
        raise _more_than_a_return(text, name)
    parameters = " ".join(parameters.split())  # parameters over several lines: one list
    # the commas between parameters, never a template's (const Matrix<double, 2, 1>& v)
    parts = re.split(r",(?![^<>]*>)", parameters) if parameters.strip() else []
    names = [_C_PARAMETER.fullmatch(part) for part in parts]
    # a parameter that is no type and name (double *x, double x[]) stays as written, refused as no name
    written = ", ".join(found.group(1) if found else part for found, part in zip(names, parts))
    # double s = f(x); before the return: a local assigned once, as Python's s = f(x)
    assigned = _local_assignments(text, name, written, [" ".join(local.split()) for local in locals_written], _C_LOCAL)
    definition = _definition(text, name, written, _substituted(" ".join(statement.group(1).split()), assigned))
    return replace(definition, assignments=tuple(assigned))


def _r_definition(text: str, name: str, parameters: str, body: str) -> Definition:
    """The Definition an R function's parts make: its body's statements (lines or ``;``, comments aside), the last
    its value (in ``return(...)`` or bare), those before it local assignments read as a Python body's are
    (_local_assignments, substituted into the value; FormulaError for any other statement)."""
    statements = [spelled(part.strip()) for line in body.split("\n") for part in line.split("#")[0].split(";")
                  if part.strip()]
    if not statements:
        raise _more_than_a_return(text, name)
    value = _R_RETURN.fullmatch(statements[-1])
    if value is None and _R_LOCAL.fullmatch(statements[-1]):  # an assignment last: no value returned
        raise _more_than_a_return(text, name)
    assigned = _local_assignments(text, name, parameters, statements[:-1], _R_LOCAL)
    value_written = " ".join((value.group(1) or value.group(2) if value else statements[-1]).split())
    definition = _definition(text, name, parameters, _substituted(value_written, assigned))
    return replace(definition, assignments=tuple(assigned))


def _definition(text: str, name: str, written_arguments: str, expression: str) -> Definition:
    """The Definition of ``name`` with the arguments as ``def`` or ``lambda`` lists them (defaults and types
    dropped, a method's self), returning ``expression``; FormulaError for an argument that is no name."""
    arguments = tuple(part.split("=")[0].split(":")[0].strip() for part in written_arguments.split(",") if part.strip())
    if arguments[:1] in (("self",), ("cls",)):  # a method's own object: no argument of the formula
        arguments = arguments[1:]
    if not all(_ARGUMENT.fullmatch(argument) for argument in arguments):
        raise FormulaError(f"formula {short(text)}: def {name}({written_arguments}): check reads arguments that"
                           " are names only")
    return Definition(name, arguments, expression)


def definition_reading(text: str, notation: Notation | None,
                       reading: Callable[[str, str], StepReading | None] = lambda name, value: None,
                       ) -> tuple[str, Notation | None, Definition | None]:
    """(the text to judge, its notation, the definition) for ``text``: a definition's claim, an activation derivative's
    one argument bound to BOUND_ARGUMENT in the notation, a function's value that is its parameter stepped the update
    of that parameter (homework_parameters.updated_parameter; ``reading(name, value)`` how the assignment ``name =
    value`` reads); ``text`` and ``notation`` as they are where it is none."""
    if (applied := applied_function_equation(text, notation)) is not None:
        return applied, notation, None
    functions = frozenset() if notation is None else frozenset({*notation.functions, *notation.derivative_places})
    declared = frozenset() if notation is None else frozenset({*notation.operations, *notation.primed_functions})
    if (line := haskell_line(text, functions | declared)) is not None:
        return line, notation, None  # Haskell's where g = e <> tr x: the assignment, its value as code's
    definition = function_definition(text, functions)
    if definition is None:
        return text, notation, None
    name, arguments = definition.name, definition.arguments
    unnamed_fields = [field for field in definition.fields
                      if notation is None or field not in _quantity_names(notation)]
    if unnamed_fields:
        # (Layer w th): w and th are the record's fields, which only the notation says are which quantities
        raise FormulaError(f"formula {short(text)}: the constructor pattern of {name}'s arguments binds"
                           f" {unnamed_fields[0]} to a field of its record, which check reads only as the notation"
                           f" names it: give {unnamed_fields[0]} a meaning in the notation's [notation.symbols]")
    if name in LOSS_DERIVATIVE_WORDS or notation is not None and name in notation.loss:
        return definition.claim, notation, definition  # the loss (or its derivative) at the notation's quantities
    loss_word = next((found.group(1) for pattern in _LOSS_DERIVATIVE_NAMES if (found := pattern.fullmatch(name))
                      and notation is not None and found.group(1) in notation.loss), None)
    if loss_word is not None:
        # crossEntropyGrad (dMSE) beside the notation's loss crossEntropy (MSE): the loss's derivative by its prediction
        definition = replace(definition, name=loss_word + "'")
        return definition.claim, notation, definition
    if not arguments and notation is not None and name in _quantity_names(notation):
        # Java's dSigmoid() { return val * (1 - val); }: a method over its object's own values, the quantity the
        # notation gives its name (its call NAME() that quantity, syntax_code_calls.code_derivative)
        return _with_assignments(definition, notation), notation, definition
    if arguments and notation is not None and name in _quantity_names(notation) and name not in notation.functions \
            and not {name} & {*EITHER_WORDS, *DERIVATIVE_WORDS, *ACTIVATION_WORDS}:
        # C's double delta(double target, double output) { return output - target; }: the quantity the notation
        # gives the name, its parameters the notation's names of the same spelling (each one the body uses)
        unnamed = [argument for argument in arguments if argument not in _quantity_names(notation)
                   and re.search(rf"(?<![\w.]){argument}(?!\w)", definition.expression)]
        if unnamed:
            raise FormulaError(f"formula {short(text)}: def {name}: its parameter {unnamed[0]} is no name of the"
                               f" notation; check reads {name}'s parameters as the notation's names of the same"
                               f" spelling: give {unnamed[0]} a meaning in [notation.symbols]")
        definition = replace(definition, arguments=(), quantity=True)
        return _with_assignments(definition, notation), notation, definition
    # sig in functions, or the activation's own word (def NAME(x)): its activation's definition, an equality
    named_function = notation is not None and (name in notation.functions or name in notation.derivative_places) \
        or name in ACTIVATION_WORDS
    if name not in EITHER_WORDS and name not in DERIVATIVE_WORDS and not named_function:
        # def update(w, delta, x): return w - eta * delta * x: the assignment w = w - eta * delta * x, an update
        updated = None if notation is None else updated_parameter(
            text, name, arguments, definition.expression, _quantity_names(notation), notation, reading)
        if updated is not None:
            definition = replace(definition, name=updated, arguments=(), quantity=True)
            return _with_assignments(definition, notation), notation, definition
        raise FormulaError(f"formula {short(text)}: def {name}: check reads the definition of code's word for an"
                           " activation's derivative (dsigmoid, tanh_deriv, sigmoid_prime) or a loss's (mse_prime),"
                           " of an activation by its name as problem files write it, and of a loss or function the"
                           " notation names; write the formula"
                           f" {name} stands for, e.g. \\frac{{\\partial L}}{{\\partial z}} = ...")
    if len(arguments) != 1:
        raise FormulaError(f"formula {short(text)}: def {name}: an activation (or its derivative) takes one argument;"
                           f" write def {name}(x): return ...")
    if not re.search(rf"(?<![\w.]){arguments[0]}(?!\w)", definition.expression):
        # a member of numbers alone is judged at the file's numbers, where the argument takes one value only
        raise FormulaError(f"formula {short(text)}: def {name}({arguments[0]}) returns no formula of {arguments[0]};"
                           f" check reads a definition whose return is written with its argument")
    notation = bound_notation(notation, arguments[0])
    return _with_assignments(definition, notation), notation, definition


def applied_function_equation(text: str, notation: Notation | None) -> str | None:
    """``text`` with its left side the function's name alone, where it is a functional language's equation without
    its type signature whose left side is the function applied to its parameters, ``calculateOutputDelta err slope =
    err * slope`` (Haskell's, Elm's): the function's name a word of several letters the notation gives a quantity (no
    function, no activation's or derivative's word), the whole left side no phrase the notation names, each parameter
    a name of several letters (a letter beside a word may be an index or a factor) its body uses, and the body one
    expression (no second =) not using the function's name; its value is then the quantity's. None for any other
    text (a product on an equation's left side stays one)."""
    found = _APPLIED_HEAD.fullmatch(text)
    if notation is None or found is None:
        return None
    name, parameters, body = found.group(1), found.group(2).split(), found.group(3)
    uses = lambda word: re.search(rf"(?<![\w'.]){re.escape(word)}(?![\w'])", body) is not None  # noqa: E731
    if len(name) < 2 or not notation.gives_name(name) or name in notation.functions \
            or {name} & {*EITHER_WORDS, *DERIVATIVE_WORDS, *ACTIVATION_WORDS} \
            or notation.gives_name(" ".join([name, *parameters])) or uses(name) \
            or len(set(parameters)) != len(parameters) \
            or not all(len(parameter.rstrip("'")) > 1 and uses(parameter) for parameter in parameters) \
            or re.search(r"(?<![=<>!:/*+-])=(?![=>])", body):
        return None
    return text[:found.start(2)] + text[found.end(2):]


def bound_notation(notation: Notation | None, argument: str) -> Notation:
    """``notation`` with ``argument``, a definition's one argument, read as BOUND_ARGUMENT (a quantity of every value)
    in place of whatever the notation calls it."""
    bound = notation_from_table({"symbols": {argument: BOUND_ARGUMENT}}, "the definition's argument")
    base = notation or Notation()
    return replace(base, patterns=[*bound.patterns, *(pattern for pattern in base.patterns if pattern.base != argument)],
                   functions={key: value for key, value in base.functions.items() if key != argument}, _cache={})


def _quantity_names(notation: Notation) -> set:
    """The names the notation gives a quantity as written, no index nor script (s, dSigmoid), and code's names as the
    table spells them (delta, whose base is the letter \\delta; error_hidden, error with the subscript hidden)."""
    return {pattern.base for pattern in notation.patterns if not pattern.sub and not pattern.sup} | {
        pattern.text.strip() for pattern in notation.patterns if _ARGUMENT.fullmatch(pattern.text.strip())}


def _with_assignments(definition: Definition, notation: Notation) -> str:
    """The definition's claim, after the claim ``local = expression`` of each local the notation names (s = f(x)
    where the page's s is the activation); the other locals only substituted into the return."""
    named = _quantity_names(notation)
    return "\n".join([*(f"{local} = {value}" for local, value in definition.assignments if local in named),
                       definition.claim])
