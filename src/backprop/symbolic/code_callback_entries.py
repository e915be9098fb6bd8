"""The rule for one entry of an array built by a callback over others (a part of code_callbacks, which reads the
languages' other forms): JavaScript's and TypeScript's map given the entry and its index, Rust's iterator chains.

JavaScript's ``NAME = ARRAY.map((w, i) => BODY)`` (``w => BODY``, ``(w: number, i: number) => BODY``, a body in
braces that only returns its value, ``(w, i) => { return BODY; }``, and ``function (w, i) { return BODY; }``), where
NAME and ARRAY are code's references, a name with its fields and indices (``this.weights.w2[0]``), is the rule
``NAME[i] = BODY`` with w the array's entry i, ``(ARRAY[i])``: the index counts from 0 as the array's entries do, and
a parameter the body does not use (``(_, i) =>``) stands for nothing. A map whose body maps the entry again,
``w1.map((row, i) => row.map((w, j) => BODY))``, makes a matrix: the rule for its entry ``[i][j]``. An index named by
a word (``(w, idx)``) is written as a letter the line does not use, as is the index of a map given none.

Rust's iterator chain collected into a vector, ``NAME = ARRAY.iter().zip(B).map(|(&o, &t)| BODY).collect()``
(``.into_iter()``, ``.zip(&B)``, ``.zip(B.iter())``, more zips, ``.enumerate()`` for the index,
``.collect::<Vec<f64>>()``, ``let d: Vec<f64> =``, ``*o`` dereferencing a parameter), is Python's comprehension over
``zip(ARRAY, B)`` (or ``enumerate``): the rule for entry j with the closure's names the arrays' entries j, its
pattern's tuples nested as the chain's zips nest them (``|((&w, &d), &h)|`` after two zips). Where the notation names
the closure's parameters (``"o" = "a2[k]"``) and NAME, and not every array, the statement is ``NAME = BODY`` in those
names, as Rust's ``.for_each`` closure is read. A pattern that nests otherwise, and a chain through ``.flat_map``
(which strings a matrix's rows into one sequence, so that its entry k is no unit's), are refused in one line saying
what to write.
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern
from .brackets import balanced, closing_bracket, opening_bracket
from .quantities import FormulaError, short

CODE_NAME = r"[A-Za-z_$][\w$]*"
# the letters an entry's index is written with where the code names none, or names it by a word: one the line does
# not use
INDEX_LETTERS = "jkinmpq"
# code's reference to an array: a name with its fields and indices, this.weights.w2[0]
CODE_REFERENCE = rf"{CODE_NAME}(?:\.{CODE_NAME})*(?:\[[^\[\]\n]*\])*"
# TypeScript's type after a parameter, (w: number, i: number)
_TYPE = r"(?:[ \t]*:[ \t]*[A-Za-z_$][\w$.]*(?:<[^<>()]*>)?(?:\[\])*)?"
# JavaScript's NAME = ARRAY.map((h, j) => BODY) or .map(h => BODY), a statement's ; after it
JS_MAP = lazy_pattern(rf"^(?P<lead>[ \t]*)(?P<name>{CODE_REFERENCE})[ \t]*=[ \t]*(?P<array>{CODE_REFERENCE})\.map\([ \t]*"
                      rf"(?:\([ \t]*(?P<item>{CODE_NAME}){_TYPE}[ \t]*(?:,[ \t]*(?P<index>{CODE_NAME}){_TYPE}[ \t]*)?\)"
                      rf"|(?P<bare>{CODE_NAME}))[ \t]*(?:=>|\\Rightarrow)\s*(?P<body>.*)\)[ \t]*;?[ \t]*$", re.S,
                      needs=(".map(",))
# a callback whose braces only return its value: function (w, i) { return BODY; } and (w, i) => { return BODY; }
_FUNCTION_CALLBACK = lazy_pattern(rf"(?<![\w$.])function[ \t]*(?:{CODE_NAME})?[ \t]*(?P<parameters>\([^()]*\))[ \t]*"
                                  r"\{\s*return\s+(?P<value>[^{};]*?)\s*;?\s*\}", needs=("function",))
_BLOCK_ARROW = lazy_pattern(rf"(?P<parameters>\([^()]*\)|{CODE_NAME})[ \t]*(?P<arrow>=>|\\Rightarrow)[ \t]*"
                            r"\{\s*return\s+(?P<value>[^{};]*?)\s*;?\s*\}", needs=("return",))


def arrow_callbacks(text: str) -> str:
    """``text`` with each callback whose braces only return its value written as an arrow with that value,
    ``function (w, i) { return w * 2; }`` and ``(w, i) => { return w * 2; }`` as ``(w, i) => w * 2``."""
    if "function" in text:
        text = _FUNCTION_CALLBACK.sub(lambda found: f"{found.group('parameters')} => {found.group('value')}", text)
    if "return" in text:
        text = _BLOCK_ARROW.sub(lambda found: f"{found.group('parameters')} {found.group('arrow')} {found.group('value')}",
                                text)
    return text


def unused_name(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", text) is None


def entry_rule(lead: str, name: str, items: list[tuple[str, str]], index: str | None, body: str, text: str) -> str:
    """The rule ``NAME[index] = BODY`` for the entry of an array built entry by entry, each of ``items`` (a parameter
    and the array it runs over) written as that array's entry, ``(ARRAY[index])``; an index the code names by a word
    or not at all written as a letter ``text`` does not use. A body that maps its one parameter again,
    ``row.map((w, j) => ...)``, is the rule for the entry of a matrix, ``NAME[i][j]``."""
    if index is None or len(index) > 1:
        letter = next((letter for letter in INDEX_LETTERS if unused_name(letter, text)), None)
        if letter is None:
            return text
        if index is not None:
            body = re.sub(rf"(?<![\w$.]){re.escape(index)}(?![\w$])", letter, body)
        index = letter
    if any(item == index for item, _ in items):
        return text
    inner = re.match(rf"(?P<item>{CODE_NAME})\.map\(", body)
    if inner is not None and len(items) == 1 and inner.group("item") == items[0][0] \
            and closing_bracket(body, inner.end() - 1) == len(body) - 1:
        nested = f"{lead}{name}[{index}] = {items[0][1]}[{index}]{body[inner.end() - 5:]}"
        if (match := JS_MAP.match(nested)) is not None:
            return map_entry_rule(match, nested)
    for item, array in items:
        body = re.sub(rf"(?<![\w$.]){re.escape(item)}(?![\w$])", f"({array}[{index}])", body)
    return f"{lead}{name}[{index}] = {' '.join(body.split())}"


def map_entry_rule(match: re.Match, text: str) -> str:
    """The entry's rule of a statement ``match`` found building an array by a callback (JavaScript's, Ruby's,
    Python's: groups lead, name, array or plain, item or bare, index, body); FormulaError for a callback whose body
    holds other statements."""
    body = match.group("body").strip()
    if body.startswith("{") or ";" in body or not balanced(body):
        raise FormulaError(f"formula {short(text)}: a callback with other statements than its value, which check"
                           f" does not run; write the entry's formula, {match.group('name')}[j] = ...")
    groups = match.groupdict()
    item = groups.get("item") or groups.get("bare")
    array = groups.get("array") or groups.get("plain")
    return entry_rule(match.group("lead"), match.group("name"), [(item, array)], groups.get("index"), body, text)


# Rust's NAME = ARRAY.iter().ADAPTORS.map(|PATTERN| BODY).collect(): its zips and enumerate, the closure
_RUST_CHAIN = lazy_pattern(rf"^(?P<lead>[ \t]*)(?:let[ \t]+(?:mut[ \t]+)?)?(?P<name>{CODE_REFERENCE})"
                           rf"(?:[ \t]*:[ \t]*[^=\n]+?)?[ \t]*=[ \t]*&?(?P<array>{CODE_REFERENCE})\s*\."
                           r"(?:iter|into_iter)\(\)(?P<adaptors>(?:\s*\.(?:zip\([^()]*(?:\(\))?[ \t]*\)|enumerate\(\)))*)"
                           r"\s*\.map\([ \t]*\|(?P<pattern>[^|]*)\|(?P<body>.*)\)\s*\.collect(?:::<[^()]*>)?\(\)"
                           r"[ \t]*;?[ \t]*$", re.S, needs=(".map(",))
# one adaptor of the chain: a zip with its array (&b, b, b.iter()), or enumerate
# Python's sum( or sum([ and the generator's term before its for (the term's brackets balanced, two deep)
GENERATOR_TERM = r"(?<![\w.])sum\(\[?[ \t]*(?P<term>[^()]*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)[^()]*)*?)"
RUST_ADAPTOR = lazy_pattern(rf"\.(?:zip\([ \t]*&?(?P<array>{CODE_REFERENCE})(?:\.(?:iter|into_iter)\(\))?[ \t]*\)|enumerate\(\))")
_FLAT_MAP = lazy_pattern(r"\.(?:iter|into_iter)\(\)[\s\S]*?\.flat_map\(", needs=("flat_map",))


def pattern_tree(pattern: str):
    """A closure's parameter pattern as nested tuples of its names (&, &mut and mut dropped); None where it is none."""
    tokens = re.findall(rf"[(),]|{CODE_NAME}", re.sub(r"&[ \t]*(?:mut[ \t]+)?|(?<![\w$])mut[ \t]+", "", pattern))
    if "".join(tokens) != re.sub(r"\s|&[ \t]*(?:mut[ \t]+)?|(?<![\w$])mut[ \t]+", "", pattern):
        return None

    def parse(position: int):
        if tokens[position] != "(":
            return tokens[position], position + 1
        parts, position = [], position + 1
        while True:
            part, position = parse(position)
            parts.append(part)
            if tokens[position] == ")":
                return tuple(parts), position + 1
            position += 1
    try:
        tree, end = parse(0)
    except IndexError:
        return None
    return tree if end == len(tokens) else None


def closure_pairs(array: str, adaptors: str, pattern: str) -> list | None:
    """Each name of a Rust closure's parameter ``pattern`` paired with what it runs over, the chain starting at
    ``array`` through its ``adaptors`` (``.zip(b)`` pairs, ``.enumerate()`` an index: None); None where the pattern
    does not pair with the chain, or an adaptor is none of these."""
    chain = array
    for adaptor in RUST_ADAPTOR.finditer(adaptors):
        chain = (chain, adaptor.group("array")) if adaptor.group("array") else (None, chain)
    pairs: list = []
    tree = pattern_tree(pattern)
    if tree is None or not paired_leaves(chain, tree, pairs) or RUST_ADAPTOR.sub("", adaptors).strip():
        return None
    return pairs


def paired_leaves(chain, pattern, pairs: list) -> bool:
    """Pairs each leaf of ``chain`` (the chain's tuples: an array's name, or None for enumerate's index) with the
    pattern's name at its place; False where the pattern nests otherwise."""
    if not isinstance(chain, tuple):
        if isinstance(pattern, tuple):
            return False
        pairs.append((pattern, chain))
        return True
    return isinstance(pattern, tuple) and len(pattern) == len(chain) and all(
        paired_leaves(part, written, pairs) for part, written in zip(chain, pattern))


def _rust_chain(text: str):
    """Rust's iterator chain collected into a vector: its match, the closure's parameters paired with the arrays they
    run over, its index's parameter (enumerate's, or None) and its body; None where ``text`` is no such chain;
    FormulaError for a chain through flat_map or a closure whose pattern does not pair with the chain's arrays."""
    if _FLAT_MAP.search(text) is not None:
        raise FormulaError(f"formula {short(text)}: Rust's .flat_map(...) strings the rows of an array of arrays into one"
                           " sequence, so that its entry k is no unit's, which check does not run; write the entry's"
                           " formula, name[j] = ..., or the sum over a matrix's row")
    match = _RUST_CHAIN.match(text) if "iter()" in text else None
    if match is None:
        return None
    pairs = closure_pairs(match.group("array"), match.group("adaptors"), match.group("pattern"))
    if pairs is None:
        raise FormulaError(f"formula {short(text)}: a closure whose pattern |{match.group('pattern').strip()}| does not"
                           " pair with the chain's arrays (after .zip(b), |(x, y)|; after .enumerate(), |(i, x)|);"
                           f" write the entry's formula, {match.group('name')}[j] = ...")
    body = match.group("body").strip()
    if not balanced(body) or ";" in body or body.startswith("{"):
        raise FormulaError(f"formula {short(text)}: a closure with other statements than its value, which check"
                           f" does not run; write the entry's formula, {match.group('name')}[j] = ...")
    index = next((name for name, array in pairs if array is None), None)
    for name, _ in pairs:
        body = dereferenced(body, name)
    return match, [(name, array) for name, array in pairs if array is not None and name != "_"], index, body


def dereferenced(body: str, name: str) -> str:
    """``body`` without Rust's dereference of the closure's parameter ``name``, ``*o`` (a ``*`` glued to it after
    the body's start, a bracket, a comma or an operator: never a product, which follows an operand)."""
    def dropped(found: re.Match) -> str:
        before = body[:found.start()].rstrip()
        return "" if not before or before[-1] in "([{,+-*/=" else found.group(0)
    return re.sub(rf"\*(?={re.escape(name)}(?![\w$]))", dropped, body)


def rust_chain_entries(text: str) -> str | None:
    """The entry's rule of Rust's iterator chain collected into a vector (see the module docstring), each closure's
    parameter the entry of its array; None where ``text`` is no such chain."""
    if (chain := _rust_chain(text)) is None:
        return None
    match, items, index, body = chain
    return entry_rule(match.group("lead"), match.group("name"), items, index, body, text)


def rust_chain_read(text: str, named: Callable[[str], bool]) -> str:
    """``text`` as its entry's rule where it is Rust's iterator chain collected into a vector (rust_chain_entries,
    before Rust's marks would make its ``*`` Octave's or C's), or as the statement ``NAME = BODY`` where its
    closure's parameters the notation names, each one ``named`` (``"o" = "a2[k]"``, ``"t" = "y[k]"``), with NAME
    (``"output_delta" = "delta2[k]"``), and one of whose arrays it does not: the body read in the notation's names,
    as a statement run for each of zipped arrays' entries is (code_callbacks.statement_for_each). Any other text, and
    a chain refused, as it is (refused where code_callbacks reads it)."""
    try:
        chain = _rust_chain(text) if "iter()" in text else None
    except FormulaError:
        return text
    if chain is None:
        return text
    match, items, index, body = chain
    used = [item for item, _ in items if not unused_name(item, body)]
    if not named(match.group("name")) or not used or not all(named(item) for item in used) \
            or all(named(array) for _, array in items) or index is not None and not unused_name(index, body):
        return entry_rule(match.group("lead"), match.group("name"), items, index, body, text)
    return f"{match.group('lead')}{match.group('name')} = {' '.join(body.split())}"


# an array before a map: a name with its fields and indices (zs[-1], self.h), or a parenthesis closed before it
_RECEIVER = lazy_pattern(rf"(?:{CODE_NAME}(?:\.{CODE_NAME})*(?:\[[^\[\]]*\])*|\))$")


def receiver_start(text: str, end: int) -> int | None:
    """Where the array before a map ending at ``end`` starts: a name's, or its parenthesis's opening."""
    found = _RECEIVER.search(text[:end])
    if found is None:
        return None
    if found.group(0) != ")":
        return found.start()
    position = opening_bracket(text, end - 1)  # the parenthesis that the one before the map closes
    if position is None or text[position] != "(":
        return None
    before = re.search(rf"{CODE_NAME}(?:\.{CODE_NAME})*$", text[:position])  # a call's name: f(u).map(...)
    return before.start() if before else position


def call_end(text: str, start: int) -> int | None:
    """The position after the parenthesis closing the map's call whose ``.map`` starts at ``start``."""
    closing = closing_bracket(text, text.index("(", start))
    return None if closing is None else closing + 1


# JavaScript's reduce of an array's entries, its callback (s, w, k) => BODY (or (s, w) =>) and what comes after it
_REDUCE = lazy_pattern(rf"\.reduce\([ \t]*\([ \t]*(?P<total>{CODE_NAME}){_TYPE}[ \t]*,[ \t]*(?P<item>{CODE_NAME}){_TYPE}"
                       rf"[ \t]*(?:,[ \t]*(?P<index>{CODE_NAME}){_TYPE}[ \t]*)?\)[ \t]*(?:=>|\\Rightarrow)", needs=(".reduce(",))
# a number a reduce starts from
_START = lazy_pattern(r"\s*,\s*(?P<start>-?\d+(?:\.\d*)?(?:[eE]-?\d+)?)\s*")


def added_term(body: str, total: str) -> str | None:
    """The term a reduce's (a fold's) callback adds to its running ``total``, ``s + w * x[k]`` (or ``w * x[k] + s``):
    ``w * x[k]``; None where ``body`` is no such sum."""
    term = re.fullmatch(rf"{re.escape(total)}[ \t]*\+(?P<term>.*)|(?P<first>.*)\+[ \t]*{re.escape(total)}", body, re.S)
    return None if term is None else (term.group("term") or term.group("first")).strip()


def reduced_sums(text: str) -> str:
    """``text`` with each reduce that adds a term per entry, ``w.reduce((s, v, k) => s + v * x[k], 0)``, as the sum of
    its term over the array's entries, ``np.sum((w) * (x))``: the entry the array, each code reference indexed by the
    callback's index the whole array it indexes (entry by entry, as NumPy's ``*``), a number it starts from added
    (``(0.5 + np.sum(...))``). FormulaError for a reduce whose callback does anything else: the total used otherwise,
    the index outside a bracket, a term with no start (its first entry would start it, unadded to)."""
    for _ in range(text.count(".reduce(")):
        match = _REDUCE.search(text)
        if match is None:
            return text
        start, end = receiver_start(text, match.start()), call_end(text, match.start())
        if start is None or end is None:
            return text
        array, inside = text[start:match.start()], text[match.end():end - 1]
        total, item, index = match.group("total"), match.group("item"), match.group("index")
        split = next((position for position in range(len(inside)) if inside[position] == ","
                      and balanced(inside[:position])), len(inside))
        body, begun = inside[:split].strip(), _START.fullmatch(inside[split:]) if split < len(inside) else None
        term = added_term(body, total)
        if index is not None and term is not None:
            term = re.sub(rf"(?<![\w$.])({CODE_NAME}(?:\.{CODE_NAME})*(?:\[[^\[\]]*\])*)\[[ \t]*{re.escape(index)}[ \t]*\]",
                          r"(\1)", term)
        if term is None or not balanced(term) or not unused_name(total, term) or index and not unused_name(index, term) \
                or split < len(inside) and begun is None or begun is None and term != item:
            why = ("has no number to start from, so its first entry starts the total without its term"
                   if begun is None and term is not None else "is not a total plus a term of the entry (s + w * x[k])")
            raise FormulaError(f"formula {short(text)}: a reduce whose callback {short(body)} {why}, which check reads"
                               " as the sum over the entries from a number (, 0); write the sum, \\sum_k w[k] x[k],"
                               " or np.sum(w * x)")
        summed = "np.sum(" + re.sub(rf"(?<![\w$.]){re.escape(item)}(?![\w$])", f"({array})", term) + ")"
        number = begun.group("start") if begun is not None else "0"
        summed = summed if float(number) == 0 else f"({number} + {summed})"
        text = text[:start] + summed + text[end:]
    return text


# a closure's body that is a branch, Rust's if x > 0.0 { 1.0 } else { 0.0 } (Scala's if (x > 0) 1.0 else 0.0): its
# condition and the two values
_BRANCH_BODY = lazy_pattern(r"if\s*(?:\((?P<paren>[^(){}]*)\)\s*(?:\{(?P<then>[^{}]*)\}|(?P<bare_then>[^{}]*?))"
                            r"|(?P<bare>[^(){}]*?)\s*\{(?P<braced_then>[^{}]*)\})\s*else\s*(?:\{(?P<other>[^{}]*)\}"
                            r"|(?P<bare_other>[^{}]*))", re.S, needs=("if",))
# a number as Rust writes it (0.0, 1., 1.0_f64, 0f32)
_NUMBER = r"-?\d+(?:\.\d*)?(?:_?f(?:32|64))?"
# a comparison's sign, and the one it is mirrored into (a number before the parameter) and its negation
_MIRRORED = {">": "<", "<": ">", ">=": "<=", "<=": ">="}
_NEGATED = {">": "<=", "<": ">=", ">=": "<", "<=": ">"}


def branch_indicator(body: str, parameter: str, text: str) -> str:
    """A closure's ``body`` that is a branch between 1 and 0 on a comparison of its parameter with a number, Rust's
    ``if x > 0.0 { 1.0 } else { 0.0 }`` (a rectifier's slope), as the indicator ``(x > 0.0)`` the reader takes a
    comparison in parentheses for (``[x <= 0.0]`` where the branches are 0 and 1; ``0.0 < x`` mirrored); any body
    that is no branch as it is. FormulaError for any other branch (other values, another condition), which would
    need a case distinction entry by entry."""
    if not re.match(r"if(?![\w$])", body):
        return body
    found = _BRANCH_BODY.fullmatch(body)
    parts = [_first(found, "paren", "bare"), _first(found, "then", "bare_then", "braced_then"),
             _first(found, "other", "bare_other")] if found is not None else [None]
    condition = re.fullmatch(rf"\s*(?:(?P<name>{CODE_NAME})\s*(?P<sign>[<>]=?)\s*(?P<number>{_NUMBER})|(?P<before>"
                             rf"{_NUMBER})\s*(?P<mirrored>[<>]=?)\s*(?P<after>{CODE_NAME}))\s*", parts[0]) \
        if None not in parts else None
    values = [_number_value(part) for part in parts[1:]] if condition is not None else []
    if condition is None or (condition.group("name") or condition.group("after")) != parameter \
            or None in values or sorted(values) != [0.0, 1.0]:
        raise FormulaError(f"formula {short(text)}: a closure's branch {short(body)} is read only as an indicator, 1"
                           " where its parameter compares with a number and 0 elsewhere (u.mapv(|x| if x > 0.0"
                           " { 1.0 } else { 0.0 })); write any other branch's formula entry by entry")
    sign = condition.group("sign") or _MIRRORED[condition.group("mirrored")]
    number = condition.group("number") or condition.group("before")
    sign = sign if values[0] == 1.0 else _NEGATED[sign]
    return f"({parameter} {sign} {re.sub(r'_?f(?:32|64)$', '', number)})"


def _first(found: re.Match, *groups: str) -> str | None:
    """The first of ``groups`` that ``found`` matched, None for none."""
    return next((found.group(group) for group in groups if found.group(group) is not None), None)


def _number_value(written: str) -> float | None:
    """The number a branch's value writes (``1.0``, ``0f64``); None for anything else."""
    found = re.fullmatch(rf"\s*({_NUMBER})\s*", written)
    return float(re.sub(r"_?f(?:32|64)$", "", found.group(1))) if found is not None else None
