"""An array built by a callback over another, as code writes a layer's values entry by entry: JavaScript's
``const dHidden = hidden.map((h, j) => W2[j] * dOut * h * (1 - h));`` (batch 81's dev48v page), Python's
``dHidden = [W2[j] * dOut * h * (1 - h) for j, h in enumerate(hidden)]``, ``[h * (1 - h) for h in hidden]`` and
``list(map(lambda h: h * (1 - h), hidden))``, Ruby's blocks ``d = hidden.map.with_index { |h, j| W2[j] * h }``
(``.each_with_index.map``, ``.map { |h| h * (1 - h) }``, ``collect``, ``do ... end``): the array's entry j is the body with h the other's entry j, the claim
``dHidden[j] = W2[j] * dOut * (hidden[j]) * (1 - (hidden[j]))``, a rule over j (the callback's index, or a letter the
line does not use). A callback with other statements (a body in braces) is refused in one line, saying to write the
entry's formula.

A map inside a formula, Rust's ``zs[-1].map(|x| sigmoid_prime(x))`` (``.mapv``), Scala's and JavaScript's
``(result - expected).map(x => x * x)``, Scala's placeholder ``diff.map(_ * 2)`` (the lambda ``x => x * 2``; ``_ * _``, a
function of two parameters, refused), or of a function named alone, ``.map(f)``: the body with its parameter
the whole array, ``sigmoid_prime((zs[-1]))``, ``((result - expected) * (result - expected))``, read only where the body
is entry by entry as written (its parameter, numbers, arithmetic and calls of functions other than a reduction: a
vector's function is its function of each entry; the object's own method with a flag,
``this.activation(v, true)``); a body with another name (a vector's, x * w, would give each entry a
vector), a method, an index or a reduction is refused in one line. A statement run for each of zipped arrays' entries,
Rust's ``.for_each(|(b, nb)| b -= eta * nb)``, is its body, the closure's parameters as the notation names them.

Python's comprehension over a range binds its letter as the entry index of the left side, as a loop's statement
does (batch 96's CNSASS2 notebook): ``errors = [t[0][i] - o[i] for i in range(n)]`` is ``errors[i] = t[0][i] - o[i]``
(``range(n)``, ``range(0, n)``, ``range(len(o))``; a range from elsewhere than 0 or with a step shifts the entries,
refused); over ``zip(outputs, targets)`` its names stand for the arrays' entries at a shared index, ``[o * (1 - o) *
(o - t) for o, t in zip(outputs, targets)]`` the rule ``d[j] = (outputs[j]) * (1 - (outputs[j])) * ((outputs[j]) -
(targets[j]))`` (batch 93's). A generator's sum inside, ``sum(g[k] * w[j][k] for k in range(m))``, is the sum over
k, ``\\sum_{k=0}^{m - 1} (g[k] * w[j][k])`` (over every k for ``range(len(g))``). A generator summed over zipped or enumerated arrays, and Rust's iterator chains
summed (``.map(|(&w, &x)| w * x).sum::<f64>()``, ``.fold``), are iterator_sums.py's. A comprehension or a generator
over anything else is refused in one line, saying what check reads.

Elixir's comprehension, ``d = for {h, j} <- Enum.with_index(hidden) do BODY end`` (``, do: BODY``; batch 120's
exmachina writes the pattern as a list, ``[h, j]``), is Python's ``d = [BODY for j, h in enumerate(hidden)]``,
``for {o, t} <- Enum.zip(outs, targets)`` Python's ``for o, t in zip(outs, targets)`` and ``for h <- hidden`` Python's
``for h in hidden``: read as they are, a comprehension over anything else refused so.

A pipeline, F#'s, OCaml's, Elm's and Elixir's (R's) ``z |> act`` (batch 120's F# module), is the call of its
stage on the value before it, ``act(z)`` (``z |> f()`` the same), stage after stage; a stage that maps a function
over the value, ``z |> Array.map act`` (``List.map``, ``map``, a helper ``mapMatrix``), is the map above,
``(z).map(act)``. Only a statement's whole value is a pipeline so read, each stage a function's name: a stage
with arguments is refused (F#'s ``x |> f y`` is ``f y x``, Elixir's ``x |> f(y)`` is ``f(x, y)``: which place the
value takes is the language's), as is a lambda's, but where the pipeline calls a module only Elixir has (``Nx.``,
``Enum.``, ``Stream.``, ``Axon.``): there each stage's call takes the value first, ``Nx.subtract(a, y) |> Nx.divide(m)``
is ``Nx.divide(Nx.subtract(a, y), m)``.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .brackets import balanced
from .code_callback_entries import CODE_NAME as _NAME
from .code_callback_entries import GENERATOR_TERM
from .code_callback_entries import (JS_MAP, arrow_callbacks, branch_indicator, call_end, entry_rule, map_entry_rule, receiver_start,
                                     reduced_sums, rust_chain_entries)
from .code_index_lambdas import index_lambda_entries
from .function_words import FLAG_VALUES
from .quantities import FormulaError, short
from .iterator_sums import iterator_sums

# Python's NAME = [BODY for j, h in enumerate(ARRAY)] or [BODY for h in ARRAY]
_PY_COMPREHENSION = lazy_pattern(rf"^(?P<lead>[ \t]*)(?P<name>{_NAME})[ \t]*=[ \t]*\[(?P<body>.*)[ \t]+for[ \t]+"
                                 rf"(?:(?P<index>{_NAME})[ \t]*,[ \t]*(?P<item>{_NAME})[ \t]+in[ \t]+enumerate\("
                                 rf"[ \t]*(?P<array>{_NAME})[ \t]*\)|(?P<bare>{_NAME})[ \t]+in[ \t]+(?P<plain>{_NAME}))"
                                 r"[ \t]*\][ \t]*;?[ \t]*$", re.S, needs=("for",))
# Elixir's comprehension NAME = for {h, j} <- Enum.with_index(ARRAY) do BODY end (a list's [h, j] for the tuple; ,
# do: BODY on one line), for {o, t} <- Enum.zip(A, B), or for h <- ARRAY: Python's comprehension over
# enumerate(ARRAY), zip(A, B) or ARRAY
_ELIXIR_FOR = lazy_pattern(rf"^(?P<lead>[ \t]*)(?P<name>{_NAME})[ \t]*=[ \t]*for[ \t]+(?:[\[{{][ \t]*(?P<item>{_NAME})[ \t]*,"
                           rf"[ \t]*(?P<index>{_NAME})[ \t]*[\]}}][ \t]*(?:<-|\\leftarrow)[ \t]*Enum\.with_index\([ \t]*"
                           rf"(?P<array>{_NAME})[ \t]*\)|[\[{{][ \t]*(?P<items>{_NAME}(?:[ \t]*,[ \t]*{_NAME})+)[ \t]*[\]}}][ \t]*"
                           rf"(?:<-|\\leftarrow)[ \t]*Enum\.zip\((?P<arrays>[ \t]*{_NAME}(?:[ \t]*,[ \t]*{_NAME})+)[ \t]*\)"
                           rf"|(?P<bare>{_NAME})[ \t]*(?:<-|\\leftarrow)[ \t]*(?P<plain>{_NAME}))"
                           r"[ \t]*(?:,[ \t]*do:(?P<line>[^\n]*?)|do(?!\w)(?P<block>.*?)(?<!\w)end)\s*$", re.S,
                           needs=("for",))
# any Elixir comprehension's generator, what it runs over
_ANY_ELIXIR_FOR = lazy_pattern(r"=[ \t]*for[ \t]+[^\n]*?(?:<-|\\leftarrow)[ \t]*(?P<iterable>[^\n]*?)(?:[ \t]*,[ \t]*do:|[ \t]+do(?!\w))",
                               needs=("for",))
# an Elixir comprehension as an argument, dot(deltas, for n <- last(nn), do: List.get(n, i)): a list made inside an
# expression, its generator and body
_INNER_ELIXIR_FOR = lazy_pattern(r"[(,][ \t]*(?P<comprehension>for[ \t]+[^\n]*?(?:<-|\\leftarrow)[^\n]*?,[ \t]*do:)",
                                 needs=("for",))
# Python's NAME = list(map(lambda h: BODY, ARRAY))
_PY_MAP = lazy_pattern(rf"^(?P<lead>[ \t]*)(?P<name>{_NAME})[ \t]*=[ \t]*list\([ \t]*map\([ \t]*lambda[ \t]+"
                       rf"(?P<bare>{_NAME})[ \t]*:(?P<body>.*),[ \t]*(?P<array>{_NAME})[ \t]*\)[ \t]*\)[ \t]*;?[ \t]*$",
                       re.S, needs=("lambda",))
# Ruby's NAME = ARRAY.map.with_index { |h, j| BODY } (each_with_index.map, collect for map, do ... end for the
# braces), or ARRAY.map { |h| BODY }: group "indexed" where the block is given the entry's index
_RUBY_BLOCK = lazy_pattern(rf"^(?P<lead>[ \t]*)(?P<name>{_NAME})[ \t]*=[ \t]*(?P<array>{_NAME})\.(?:(?:map|collect)"
                           r"(?P<indexed>\.with_index(?:\([ \t]*0?[ \t]*\))?)?|(?P<each>each_with_index)\.(?:map|collect))"
                           rf"[ \t]*(?:\{{|do(?!\w))[ \t]*\|[ \t]*(?P<item>{_NAME})[ \t]*(?:,[ \t]*(?P<index>{_NAME})[ \t]*)?\|"
                           r"(?P<body>.*?)[ \t]*(?:\}|(?<!\w)end)[ \t]*;?[ \t]*(?:#[^\n]*)?$", re.S,
                           needs=("collect", "each_with_index", "map"))
# any Ruby block left after a map, an each or an index's call: .map.with_index(1) { |x, i| ... } (its entries shifted)
_ANY_RUBY_BLOCK = lazy_pattern(rf"\.(?:map|collect|each|each_with_index|with_index)(?:\([^()]*\))?[ \t]*(?:\{{|do(?!\w))"
                               rf"[ \t]*\|[ \t]*{_NAME}",
                               needs=("collect", "each", "map", "with_index"))
# a map's call after its array (a name with its fields and indices, or a parenthesis: found by the caller), its one
# parameter and its arrow (Rust's |x|, |&x|, |x: f64|; Scala's and JavaScript's x =>, (x) =>, (x: Double) =>), or a
# function's name alone
_MAP_CALL = lazy_pattern(rf"\.map[v]?\([ \t]*(?:\|[ \t]*&?[ \t]*(?P<rust>{_NAME})[ \t]*(?::[ \t]*\w+[ \t]*)?\|"
                         rf"|\(?[ \t]*(?P<arrow>{_NAME})[ \t]*(?::[ \t]*\w+[ \t]*)?\)?[ \t]*(?:=>|\\Rightarrow)"
                         rf"|(?P<function>{_NAME}(?:(?:\.|::){_NAME})*)[ \t]*\))")
# Eigen's map entry by entry, v.unaryExpr(&f), v.unaryExpr(std::ptr_fun(f)) (ptr_fun(f), std::ref(f)), or a lambda
# returning one expression, v.unaryExpr([](double x) { return BODY; }) ([&], [=]; const double&, float, auto; -> double)
_UNARY_EXPR = lazy_pattern(rf"\.unaryExpr\([ \t]*(?:&[ \t]*(?P<address>{_NAME}(?:::{_NAME})*)|(?:std::)?(?:ptr_fun|ref)\("
                           rf"[ \t]*&?[ \t]*(?P<pointer>{_NAME}(?:::{_NAME})*)[ \t]*\)|\[[&=]?\][ \t]*\([ \t]*(?:const[ \t]+)?"
                           rf"\w+[ \t]*&?[ \t]*(?P<parameter>{_NAME})[ \t]*\)[ \t]*(?:->[ \t]*\w+[ \t]*)?\{{\s*return[ \t]+"
                           rf"(?P<body>[^;{{}}]*);\s*\}})[ \t]*\)", needs=("unaryExpr",))
# the modules of math's functions a map's body may call them from: Scala's and Python's math.exp, JavaScript's
# Math.exp, Rust's f64::exp, NumPy's np.exp
_MATH_MODULES = r"math|Math|f64|f32|np|numpy"
# a body's calls that reduce an array, or take more than an entry: never read as a function of each entry
_REDUCTIONS = frozenset(("sum", "mean", "max", "min", "len", "length", "size", "norm", "dot", "prod", "product",
                         "argmax", "argmin", "count", "fold", "reduce", "matmul", "transpose", "outer"))
# Rust's statement for each of zipped arrays' entries: a chain's .for_each(|(b, nb)| BODY) (the receiver before it
# on this line, or on the line above), a statement's ; after it
_FOR_EACH = lazy_pattern(rf"^(?P<lead>[ \t]*)[^|\n]*?\.for_each\([ \t]*\|[ \t]*\(?(?P<names>{_NAME}(?:[ \t]*,[ \t]*"
                         rf"{_NAME})*)\)?[ \t]*\|(?P<body>[^|{{}}\n]*)\)[ \t]*;?[ \t]*$")
# a Python comment after the statement
_COMMENT = r"(?:#[^\n]*)?"
# a range's bounds: range(n), range(0, n), range(len(a)) (n a name or a number)
_RANGE = rf"range\([ \t]*(?:0[ \t]*,[ \t]*)?(?P<bound>{_NAME}|\d+|len\([ \t]*{_NAME}[ \t]*\))[ \t]*\)"
# Python's NAME = [BODY for i in range(...)]
PY_RANGE = lazy_pattern(rf"^(?P<lead>[ \t]*)(?P<name>{_NAME})[ \t]*=[ \t]*\[(?P<body>.*)[ \t]+for[ \t]+"
                         rf"(?P<index>{_NAME})[ \t]+in[ \t]+{_RANGE}[ \t]*\][ \t]*;?[ \t]*{_COMMENT}$", re.S,
                         needs=("range(",))
# Python's NAME = [BODY for a, b in zip(A, B)]
_PY_ZIP = lazy_pattern(rf"^(?P<lead>[ \t]*)(?P<name>{_NAME})[ \t]*=[ \t]*\[(?P<body>.*)[ \t]+for[ \t]+"
                       rf"(?P<items>{_NAME}(?:[ \t]*,[ \t]*{_NAME})+)[ \t]+in[ \t]+zip[ \t]*\("
                       rf"(?P<arrays>[ \t]*{_NAME}(?:[ \t]*,[ \t]*{_NAME})+)[ \t]*\)[ \t]*\][ \t]*;?[ \t]*{_COMMENT}$",
                       re.S, needs=("for",))
# a generator's sum over a range inside a formula, sum(TERM for k in range(...)) (its term's brackets balanced)
_GENERATOR_SUM = lazy_pattern(rf"{GENERATOR_TERM}[ \t]+for[ \t]+(?P<index>{_NAME})[ \t]+in[ \t]+{_RANGE}[ \t]*\]?[ \t]*\)",
                              needs=("range(",))
# any comprehension or generator left: a value, then for NAME(, NAME) in ITERABLE, inside brackets
_ANY_COMPREHENSION = lazy_pattern(rf"[\[(][^\n]*?\S[ \t]+for[ \t]+{_NAME}(?:[ \t]*,[ \t]*{_NAME})*[ \t]+in[ \t]+"
                                  rf"(?P<iterable>{_NAME}(?:[ \t]*\([^()]*\))?(?:\[[^\]]*\])?)", needs=("for",))


# a pipeline's stage: a function's name (a module's, Array.sum), or a map of one (Array.map f, map f, mapMatrix f);
# groups the map's word and the function's name
_STAGE = lazy_pattern(rf"[ \t]*(?:((?:{_NAME}\.)?map(?:[A-Z]\w*)?)[ \t]+)?({_NAME}(?:\.{_NAME})*'*)[ \t]*(?:\([ \t]*\))?[ \t]*")
# a module only Elixir has (its standard library's Enum and Stream, Nx's tensors, Axon's layers), called in a
# pipeline: the pipeline is Elixir's, a stage with arguments taking the value first
_ELIXIR_MODULE = lazy_pattern(r"(?<![\w.])(?:Nx|Enum|Stream|Axon)\.[a-z_]\w*[ \t]*\(")
# a stage that calls a function with arguments, Nx.divide(m): groups the function's name and its arguments
# (its first non-blank taken at once: .*\S.* split each line two ways, quadratic in C)
_CALL_STAGE = lazy_pattern(rf"[ \t]*({_NAME}(?:\.{_NAME})*)\(([^\S\n]*+\S.*)\)[ \t]*")
# a statement whose value is a pipeline: what comes before the value (the name assigned, F#'s let), the pipeline
_PIPELINE = lazy_pattern(r"(?P<lead>[^=\n]*?(?<![<>!=:])=(?![=>])[ \t]*|[ \t]*)(?P<pipeline>[^\n]*\|>[^\n]*?)[ \t;]*")


def pipelines_read(text: str) -> str:
    """``text`` with each statement whose value is a pipeline written as its calls (see the module docstring);
    FormulaError for a stage that is no function's name nor a map of one."""
    lines = text.split("\n")
    for place, line in enumerate(lines):
        found = _PIPELINE.fullmatch(line) if "|>" in line else None
        if found is None:
            continue
        value, *stages = found.group("pipeline").split("|>")
        value = value.strip()
        if not value or not balanced(value):
            raise _unread_stage(text, found.group("pipeline"))
        elixir = _ELIXIR_MODULE.search(found.group("pipeline")) is not None
        for stage in stages:
            written = _STAGE.fullmatch(stage)
            called = _CALL_STAGE.fullmatch(stage) if written is None and elixir else None
            if called is not None and balanced(called.group(2)):  # Elixir's x |> f(y): f(x, y), the value first
                value = f"{called.group(1)}({value}, {called.group(2).strip()})"
                continue
            if written is None:
                raise _unread_stage(text, stage.strip())
            value = f"({value}).map({written.group(2)})" if written.group(1) else f"{written.group(2)}({value})"
        lines[place] = found.group("lead") + value
    return "\n".join(lines)


def _unread_stage(text: str, stage: str) -> FormulaError:
    return FormulaError(f"formula {short(text)}: the pipeline's stage |> {stage}, which check reads only as a function's"
                        " name (z |> act is act(z)) or a map of one (z |> Array.map act), after a"
                        " statement's value; a stage with arguments puts the value in a place of the language's"
                        " (F#'s last, Elixir's first): write the call, f(y, z)")


def callback_entries(text: str) -> str:
    """``text`` as the rule for one entry where it is an array built by a callback (see the module docstring); any
    other text as it is, but for its maps inside it and a statement for each of zipped arrays' entries (inline_maps,
    statement_for_each), and JavaScript's reduce adding a term per entry as its sum (code_callback_entries).
    FormulaError for a callback whose body holds other statements."""
    text = _callback_entries(text)
    return reduced_sums(text) if ".reduce(" in text else text


def _callback_entries(text: str) -> str:
    text = _generator_sums(pipelines_read(text) if "|>" in text else text)
    text = _UNARY_EXPR.sub(_eigen_map, text) if ".unaryExpr(" in text else text  # Eigen's: the map below
    if ".unaryExpr(" in text:
        raise FormulaError(f"formula {short(text)}: Eigen's unaryExpr of a function check reads only as"
                           " .unaryExpr(&f), .unaryExpr(std::ptr_fun(f)) or a lambda returning one expression,"
                           " [](double x) { return ...; }; write it so, or each entry's formula")
    text = iterator_sums(text)  # w.iter().zip(&x).map(...).sum::<f64>(), sum(w * x for w, x in zip(ws, xs))
    text = index_lambda_entries(text)  # Kotlin's DoubleArray(n) { i -> ... }, Scala's Array.tabulate(n)(i => ...)
    text = arrow_callbacks(text) if ".map(" in text else text  # function (w, i) { return ...; }: (w, i) => ...
    if (inner := _INNER_ELIXIR_FOR.search(text)) is not None:
        raise FormulaError(f"formula {short(text)}: an Elixir comprehension inside an expression, {' '.join(inner.group('comprehension').split())}"
                           " ..., which check reads only as a statement's whole value (name = for x <- xs, do: ...);"
                           " write the list it makes as a name of the notation, or its sum as a sum (\\sum_k ...)")
    if (elixir := _ELIXIR_FOR.match(text)) is not None:  # Elixir's for: Python's comprehension, read below
        body = " ".join((elixir.group("line") or elixir.group("block")).split())
        over = f"{elixir.group('index')}, {elixir.group('item')} in enumerate({elixir.group('array')})" \
            if elixir.group("array") else f"{elixir.group('items')} in zip({elixir.group('arrays')})" \
            if elixir.group("items") else f"{elixir.group('bare')} in {elixir.group('plain')}"
        text = f"{elixir.group('lead')}{elixir.group('name')} = [{body} for {over}]"
    elif (other := _ANY_ELIXIR_FOR.search(text)) is not None:
        raise FormulaError(f"formula {short(text)}: an Elixir comprehension over {other.group('iterable').strip()},"
                           " which check does not run; it reads one over Enum.with_index(a), Enum.zip(a, b) or a"
                           " name, or write the entry's formula, name[j] = ...")
    if (chain := rust_chain_entries(text)) is not None:  # Rust's .iter().zip(b).map(|(x, y)| ...).collect()
        return chain
    if (ranged := PY_RANGE.match(text)) is not None:
        body = " ".join(ranged.group("body").split())
        return f"{ranged.group('lead')}{ranged.group('name')}[{ranged.group('index')}] = {body}"
    if (zipped := _PY_ZIP.match(text)) is not None:
        return _zip_entries(zipped, text)
    match = JS_MAP.match(text) or _ruby_block(text) or _PY_COMPREHENSION.match(text) or _PY_MAP.match(text)
    if match is None:
        if _ANY_RUBY_BLOCK.search(text) is not None:
            if reason := _ruby_refusal(text):
                raise FormulaError(f"formula {short(text)}: a Ruby block check does not run: {reason}")
            raise FormulaError(f"formula {short(text)}: a Ruby block check does not run; it reads NAME = ARRAY.map {{"
                               " |x| ... }, .map.with_index { |x, i| ... } and .each_with_index.map { |x, i| ... },"
                               " the body the entry's value, or write the entry's formula, name[i] = ...")
        if (other := _ANY_COMPREHENSION.search(text)) is not None and "\\" not in text:
            raise FormulaError(f"formula {short(text)}: a comprehension or generator over {other.group('iterable')},"
                               " which check does not run; it reads one over range(n), zip(a, b), enumerate(a) or a"
                               " name, or write the entry's formula, name[j] = ...")
        return inline_maps(statement_for_each(text)) if ".map" in text or ".for_each" in text else text
    return map_entry_rule(match, text)


# a Ruby block's index counted from another number than 0, .with_index(1) (group "offset"), and a block's parameters
_RUBY_OFFSET = lazy_pattern(r"\.with_index\([ \t]*(?P<offset>-?\d+)[ \t]*\)")
_RUBY_PARAMETERS = lazy_pattern(rf"\|[ \t]*{_NAME}[ \t]*(?P<pair>,[ \t]*{_NAME}[ \t]*)?\|")


def _ruby_refusal(text: str) -> str:
    """Why the Ruby block in ``text`` is not read and what to write (its offset index, or parameters that do not fit
    the map), or "" where nothing more particular is known."""
    offset = _RUBY_OFFSET.search(text)
    if offset is not None and int(offset.group("offset")) != 0:
        count = offset.group("offset")
        return (f".with_index({count}) counts i from {count}, so its entry i would be the body at i + {count}"
                f" (write .with_index, from 0, or the entry's formula, name[i] = ...)")
    parameters = _RUBY_PARAMETERS.search(text)
    indexed = re.search(r"\.(?:with_index|each_with_index)\b", text) is not None
    if parameters is not None and parameters.group("pair") and not indexed and ".zip(" not in text:
        return ("a plain map's block takes one parameter, the entry (|x, i| would take each entry apart); write"
                " .map.with_index { |x, i| ... } for the entry and its index")
    if parameters is not None and not parameters.group("pair") and indexed:
        return ".with_index gives the block the entry and its index, |x, i| (or write .map { |x| ... })"
    return ""


def _ruby_block(text: str) -> re.Match | None:
    """The match of Ruby's map with a block (_RUBY_BLOCK) where its parameters are the entry and, for a map given the
    index (with_index, each_with_index), the index: |x, i| on a plain map would take each entry apart."""
    match = _RUBY_BLOCK.match(text)
    if match is None or (match.group("index") is None) == bool(match.group("indexed") or match.group("each")):
        return None
    return match


def statement_for_each(text: str) -> str:
    """``.for_each(|(b, nb)| b -= eta * nb);`` as ``b -= eta * nb``: a line whose statement is run for each of
    zipped arrays' entries is that statement, its names the closure's parameters (the notation names them); any
    other text as it is."""
    match = _FOR_EACH.match(text)
    if match is None or not balanced(match.group("body")) or not re.search(r"(?<![=<>!])=", match.group("body")):
        return text
    return match.group("lead") + match.group("body").strip()


# Scala's placeholder, the lambda's one parameter written as _ in its body (diff.map(_ * 2)): no name's part
_PLACEHOLDER = lazy_pattern(r"(?<![\w$.])_(?![\w$])")
_PLACEHOLDER_NAME = "_entry"


def _placeholder_maps(text: str) -> str:
    """``text`` with each map whose body writes Scala's placeholder ``_`` once, ``.map(_ * 2)``, as the lambda it
    stands for, ``.map(_entry => _entry * 2)``; FormulaError for a body writing it twice, ``_ * _``, which in Scala is
    a function of two parameters (never the square)."""
    for call in reversed(list(re.finditer(r"\.map[v]?\(", text))):
        end = call_end(text, call.start())
        body = text[call.end():end - 1] if end is not None else ""
        if "=>" in body or "|" in body or not _PLACEHOLDER.search(body):
            continue
        if len(_PLACEHOLDER.findall(body)) > 1:
            raise FormulaError(f"formula {short(text)}: the map's body {short(body)} writes Scala's placeholder _"
                               " more than once, a function of as many parameters; write the lambda, x => x * x")
        text = text[:call.end()] + f"{_PLACEHOLDER_NAME} => " + _PLACEHOLDER.sub(_PLACEHOLDER_NAME, body) + text[end - 1:]
    return text


def _eigen_map(match: re.Match) -> str:
    """Eigen's ``.unaryExpr(&f)`` (its lambda's) as the map that applies the same function, ``.map(f)`` (``.map(x =>
    BODY)``): a function of the entry alone applied to every entry, as Eigen's unaryExpr is."""
    if match.group("body") is not None:
        return f".map({match.group('parameter')} => {' '.join(match.group('body').split())})"
    return f".map({match.group('address') or match.group('pointer')})"


def inline_maps(text: str) -> str:
    """``text`` with each map inside it (see the module docstring) as its body of the whole array; FormulaError for
    a map whose body is not entry by entry. Scala's placeholder, ``.map(_ * 2)``, is the lambda ``x => x * 2``."""
    text = _placeholder_maps(text) if "_" in text else text
    for _ in range(text.count(".map")):
        match = _MAP_CALL.search(text)
        if match is None:
            return text
        start = receiver_start(text, match.start())
        end = call_end(text, match.start()) if match.group("function") is None else match.end()
        if start is None or end is None:
            return text
        array = text[start:match.start()]
        if match.group("function") is not None:
            if match.group("function").rsplit(".", 1)[-1].rsplit(":", 1)[-1] in _REDUCTIONS:
                raise _not_entrywise(text, match.group(0))
            mapped = f"{match.group('function')}({array})"
        else:
            parameter = match.group("rust") or match.group("arrow")
            # Rust's |x| if x > 0.0 { 1.0 } else { 0.0 }: the indicator (x > 0.0), any other branch refused
            body = branch_indicator(text[match.end():end - 1].strip(), parameter, text)
            _entrywise(body, parameter, text)
            mapped = "(" + re.sub(rf"(?<![\w$.]){re.escape(parameter)}(?![\w$])", f"({array})", body) + ")"
        text = text[:start] + mapped + text[end:]
    return text


# the object's own method called in a body, this.activation(v, true) (self.act(x)): a function of what it is given
_OWN_METHOD = lazy_pattern(rf"(?<![\w$.])(?:this|self)\.(?={_NAME}[ \t]*\()", needs=("this", "self"))


def _entrywise(body: str, parameter: str, text: str):
    """FormulaError unless the map's ``body`` is entry by entry as written: its parameter, numbers, flags (true,
    False: an activation's derivative flag), arithmetic and calls of functions that are no reduction (a math module's
    too, math.exp, f64::exp; the object's own method, this.activation(v, true))."""
    body = _OWN_METHOD.sub("", body)
    for name in re.finditer(rf"(?<![\w$.:])(?:(?P<module>{_MATH_MODULES})(?:\.|::))?(?P<name>{_NAME})"
                            r"(?P<call>[ \t]*\()?", body):
        if name.group("name") in (parameter, *FLAG_VALUES) and not name.group("module") and not name.group("call") \
                or name.group("call") and name.group("name") not in _REDUCTIONS:
            continue
        raise _not_entrywise(text, body)
    if re.search(r"[\[\]{};]|(?<=[\w)])(?:\.|::)(?=[A-Za-z_])", re.sub(rf"\b(?:{_MATH_MODULES})(?:\.|::)", "", body)):
        raise _not_entrywise(text, body)


def _not_entrywise(text: str, body: str) -> FormulaError:
    return FormulaError(f"formula {short(text)}: a map's body {short(body)} is not written entry by entry (another"
                        " name, a method, an index or a reduction), which check does not run; write each entry's"
                        " formula, or the map of a function of its entry alone (u.map(|x| f(x)))")


def _generator_sums(text: str) -> str:
    """``text`` with each generator's sum over a range, ``sum(g[k] * w[j][k] for k in range(m))``, as the sum over its
    letter from 0 to the range's last value (over every value for ``range(len(g))``)."""
    def written(match: re.Match) -> str:
        bound, index = match.group("bound"), match.group("index")
        if bound.startswith("len"):
            scripts = f"_{{{index}}}"
        else:
            last = str(int(bound) - 1) if bound.isdigit() else f"{bound} - 1"
            scripts = f"_{{{index}=0}}^{{{last}}}"
        return f"\\sum{scripts} ({' '.join(match.group('term').split())})"
    return _GENERATOR_SUM.sub(written, text)


def generator_sum_ranges(text: str) -> list[tuple[str, str, str]]:
    """(letter, bound, the range as written) of each generator's sum over a range in ``text``, ``sum(... for k in
    range(m))`` (code_loop_headers checks m's value as loop_bounds does)."""
    return [(found.group("index"), found.group("bound"), f"for {found.group('index')} in range({found.group('bound')})")
            for found in _GENERATOR_SUM.finditer(text)] if "range(" in text else []


def _zip_entries(match: re.Match, text: str) -> str:
    """The rule for entry j of a comprehension over ``zip(a, b)``: its names as the arrays' entries at j."""
    items = [item.strip() for item in match.group("items").split(",")]
    arrays = [array.strip() for array in match.group("arrays").split(",")]
    if len(items) != len(arrays) or len(set(items)) != len(items):
        raise FormulaError(f"formula {short(text)}: a comprehension over zip whose names do not pair with its arrays"
                           f" one by one; write the entry's formula, {match.group('name')}[j] = ...")
    return entry_rule(match.group("lead"), match.group("name"), list(zip(items, arrays)), None,
                      match.group("body").strip(), text)
