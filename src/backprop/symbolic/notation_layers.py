"""The layer letter ``l`` of a formula in a notation's own counting of layers (docs/notation.md).

In a layer position, ``l`` is the layer of the parameter being checked. symbols.md counts layers from
1 at the first layer of weights; a notation may count them its own way: Nielsen's
``"w_{jk}^{l}" = "W{l-1}[j, k]"`` counts the input layer as 1, so the weights W2 are his w^3. A
formula in that notation means l in that counting: ``\\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k
\\delta^l_j`` checked for W2 has l = 3, and a^{l-1} is a^2, the hidden layer (with l = 2 it would be
the input, and the left side W1's derivative: another layer's rule).

So l is the value at which the notation's pattern for the parameter's kind (its weights, or its
biases) names the parameter's layer. l is one number in a formula, and the other patterns take that
value as they are: Ng's ``"\\Theta_{ij}^{(l)}" = "W{l}[i-1, j-1]"`` beside ``"a^{(l)}" = "a{l-1}[:]"``
has l = 2 for W2, and a^{(l)} is then a1, the input of W2, as his notation means. The symbols of
symbols.md (``W^{(l)}``, ``a^{(l-1)}``) keep their own counting: there l is the parameter's layer
as symbols.md numbers it (reading_defaults.py).

A rule over l (a left side that names a layer with l, no parameter given) holds for every l at
which it names a quantity of the network: in a notation's counting that may be past the network's
depth (Nielsen's output layer is l = depth + 1), so ``layer_letter_values`` spans every value at
which some pattern names a layer of the network.
"""

from __future__ import annotations

import re

from .notation import Notation
from .notation_indices import (called_entry, matlab_index_group, matlab_index_text, named_argument, named_letters,
                               substitute)
from .quantities import FormulaError, NetworkSymbols, Parameter
from .syntax_tree import Num, Op, Sym, symbols_of

# how far a notation's counting may be from symbols.md's (l-1, l+1, l+2 are the ones met)
_FURTHEST_OFFSET = 4


def _layer_placeholders(pattern) -> list[tuple[str, str, str]]:
    """(quantity, placeholder, layer expression) for every layer of ``pattern``'s meaning written
    with one of its placeholders."""
    found = []
    for quantity in pattern.quantities:
        for placeholder in pattern.placeholders:
            if quantity.layer_written_with(placeholder):
                found.append((quantity.name, placeholder, quantity.layer_expression))
    return found


def _layer_at(expression: str, placeholder: str, value: int) -> int:
    """The layer ``expression`` (``l-1``) names at ``placeholder`` = ``value``."""
    return int(substitute("x{" + expression + "}", {placeholder: value})[1:])


def _candidates(depth: int) -> range:
    return range(-_FURTHEST_OFFSET, depth + _FURTHEST_OFFSET + 1)


def parameter_layer_letter(notation: Notation, parameter: Parameter, depth: int) -> int | None:
    """The value of ``l`` at which the notation's patterns for ``parameter``'s kind name its layer; None
    where no pattern of that kind writes its layer with a placeholder, or where two such patterns
    disagree (then l stays a letter of the rule, read at every layer)."""
    key = ("parameter layer letter", parameter.kind, parameter.layer, depth)
    if key not in notation._cache:
        values = set()
        for pattern in notation.patterns:
            for quantity, placeholder, expression in _layer_placeholders(pattern):
                if quantity == parameter.kind:
                    values.update(value for value in _candidates(depth)
                                  if _layer_at(expression, placeholder, value) == parameter.layer)
        notation._cache[key] = values.pop() if len(values) == 1 else None
    return notation._cache[key]


def layer_letter_values(notation: Notation, symbols: NetworkSymbols) -> range:
    """Every value a rule's ``l`` may take: the layers of symbols.md (0 to depth) and every value at
    which a pattern of the notation names a layer of the network."""
    depth = symbols.depth
    values = set(range(depth + 1))
    for pattern in notation.patterns:
        for _, placeholder, expression in _layer_placeholders(pattern):
            values.update(value for value in _candidates(depth)
                          if 0 <= _layer_at(expression, placeholder, value) <= depth)
    return range(min(values), max(values) + 1)


def output_layer_value(notation: Notation, letter: str, symbols: NetworkSymbols) -> int | None:
    """The value of the layer letter ``letter`` at which the notation's patterns name the network's output layer (L
    in a range written with it, ``l = L-1, \\ldots, 2``); None where none writes a layer with it, or they disagree."""
    values = {value for pattern in notation.patterns for _, placeholder, expression in _layer_placeholders(pattern)
              if placeholder == letter for value in _candidates(symbols.depth)
              if _layer_at(expression, placeholder, value) == symbols.depth}
    return values.pop() if len(values) == 1 else None


# The layer letter as formulas write it: l, or \ell as typeset notes do (a pattern's placeholder l matches both).
LAYER_LETTERS = ("l", r"\ell")


def layer_letters(notation: Notation) -> set[str]:
    """The placeholders some pattern writes a layer with (the l of ``"a_{j}^{l}" = "a{l-1}[j]"``, the i of
    ``"A_{j}^{[i]}" = "a{i}[j]"``), beside l itself: a rule over one holds where its members name layers."""
    found = set(LAYER_LETTERS)
    for pattern in notation.patterns:
        for quantity in pattern.quantities:
            found.update(letter for letter in pattern.placeholders if quantity.layer_written_with(letter))
    return found


def writes_layer_only(notation: Notation, base: str) -> bool:
    """Whether some pattern of ``base`` writes its superscript as one layer placeholder alone (``"a_{j}^{l}"``,
    ``"net_{j}^{(l)}"``, ``"A_{j}^{[i]}"``): the name written without that superscript is the output layer's,
    as if ``^L`` were written (docs/notation.md)."""
    letters = layer_letters(notation)
    return any(pattern.base == base and (layer := re.sub(r"[\s(){}\[\]]", "", pattern.sup)) in letters
               and layer in pattern.placeholders for pattern in notation.patterns)


def layer_written(notation: Notation, node) -> bool:
    """Whether a superscript in ``node`` (a claim's left side) writes a layer letter of a rule (``\\delta_j^{(l)}``):
    the layer of a name written without one is then the rule's, not decided."""
    letters = layer_letters(notation)
    return any(set(re.findall(r"\\[A-Za-z]+|[A-Za-z]", sym.sup)) & letters for sym in symbols_of(node))


def output_layer_name(notation: Notation, sym: Sym, env: dict, left_node, parameter: Parameter | None,
                      depth: int) -> Sym | None:
    """``net_j`` where the patterns write ``"net_{j}^{(l)}"``: written without its layer, the output layer's unit, as
    if ``net_j^L`` were written; None where the layer is not decided: a rule's layer letter bound (``env``) or written
    on the claim's left side, or the parameter being checked another layer's."""
    if sym.sup or not sym.sub or not writes_layer_only(notation, sym.base) \
            or any(dict.__contains__(env, letter) for letter in layer_letters(notation)) \
            or layer_written(notation, left_node) or parameter is not None and parameter.layer != depth:
        return None
    return Sym(sym.base, sym.sub, "L", sym.primes, None, sym.position)


def lowercase_transposed(notation: Notation) -> frozenset[str]:
    """The names on which a superscript lower-case t is the transpose, as ``T`` is (``\\mathbf{a_1}^t``,
    ``W_2^{t}``): every base of the notation's patterns where t means nothing else there (no index, layer, label,
    name or function of the notation is t, and no pattern writes t in a script); else none, and ``a^t`` is read
    through the patterns as ever (a layer, a time step, an index)."""
    scripts = " ".join(re.sub(r"\\[A-Za-z]+", " ", pattern.sub + " " + pattern.sup) for pattern in notation.patterns)
    named = {*notation.bases, *notation.loss, *notation.learning_rate, *notation.functions, *notation.parameter,
             notation.label}
    if "t" in notation.indices or "t" in layer_letters(notation) or "t" in named \
            or re.search(r"(?<![A-Za-z])t(?![A-Za-z])", scripts):
        return frozenset()
    return frozenset(notation.bases)


def output_letter_names_output(notation: Notation, symbols: NetworkSymbols) -> bool:
    """Whether ``L`` in a layer position names the output layer, so that a name written without its layer may be
    read as if ``^L`` were written: L is the default's, or the number the notation gives it (``"L" = "2"``) is the
    output layer in the notation's counting of a and z (not where it counts from 0 and L is the number of layers)."""
    number = notation.numbered_letters().get("L")
    return number is None or number == _output_function_layer(notation, symbols)


def output_letter_is_placeholder(notation: Notation) -> bool:
    """Whether the notation makes L a layer placeholder (``indices = "Li"`` with ``"Z^{(L)}" = "z{L}[:]"``):
    its L is then a rule's letter, judged at the layers where the rule's names exist (Z^{(L+1)} =
    W^{(L+1)}A^{(L)} + B^{(L+1)}), not the output layer of the default."""
    return "L" in notation.indices and "L" in layer_letters(notation)


def _layer_text(node, letters: set[str]) -> str | None:
    """``node`` as a layer written in a superscript (``2``, ``l``, ``l-1``, ``L``), or None where it is
    anything else (``z``, ``t+1``, ``2.5``): a number, a layer letter, and sums of them."""
    if isinstance(node, Num):
        return node.text if node.text.isdigit() else None
    if isinstance(node, Sym):
        plain = not (node.sub or node.sup or node.primes or node.bracket is not None)
        return node.base if plain and node.base in letters | {"L"} else None
    if isinstance(node, Op) and node.kind == "neg" and len(node.args) == 1:
        inner = _layer_text(node.args[0], letters)
        return None if inner is None else f"-{inner}"
    if isinstance(node, Op) and node.kind == "+":
        parts = [_layer_text(arg, letters) for arg in node.args]
        if None in parts:
            return None
        return parts[0] + "".join(part if part.startswith("-") else f"+{part}" for part in parts[1:])
    return None


def _plain_layer(text: str, letters: set[str]) -> str | None:
    """A bracket's inside as a layer (``2``, ``l``, ``l-1``), or None."""
    match = re.fullmatch(r"\s*(\d+|[A-Za-z](?:\s*[-+]\s*\d+)?)\s*", text)
    if match is None or match.group(1)[0].isalpha() and match.group(1)[0] not in letters | {"L"}:
        return None
    return re.sub(r"\s+", "", match.group(1))


def _lone_letter(argument) -> str | None:
    """``argument`` as one letter alone (``t``), or None."""
    if isinstance(argument, str):
        match = re.fullmatch(r"\s*([A-Za-z])\s*", argument)
        return match.group(1) if match else None
    plain = isinstance(argument, Sym) and not (argument.sub or argument.sup or argument.primes
                                               or argument.bracket is not None)
    return argument.base if plain and len(argument.base) == 1 else None


def writes_layer_superscript(notation: Notation, base: str) -> bool:
    """Whether a pattern of the notation writes ``base`` with a superscript in parentheses or brackets (``z^{(2)}``,
    ``A^{[l]}``): a layer's, so that such a superscript on ``base`` is a layer, never a power."""
    return any(pattern.base == base and re.search(r"\^\{?\s*[(\[]", pattern.text) for pattern in notation.patterns)


def written_layer(notation: Notation, base: str, argument, opening: str) -> str | None:
    """The superscript ``B(1)`` or ``B[1]`` stands for where the notation writes B's layer alone in a
    superscript with that bracket (basaga's plain ``z(1)`` for ``"z_{j}^{(l)}"``, Ng's plain ``dZ[2]`` for
    ``"dZ_{j}^{[l]}"``), or lists that layer by its number or as L (``\\delta(3)`` for ``"\\delta^{(3)}"``), or lists
    that one letter in parentheses (Ng's sample, ``y(t)`` for ``"y^{(t)}"``): ``(1)`` or
    ``[1]``; None where no pattern of B does, or where ``argument`` is not a
    layer (``a(z)``, ``w(t+1)``: a function's input, a step, a product)."""
    closing = {"(": ")", "[": "]"}[opening]
    letters = layer_letters(notation)
    # a layer letter (``^{[l]}``), or for square brackets a layer given as a number (``"dz^{[2]}"``, the
    # notation listing each layer): ``(2)`` after a name stays a product or a call
    inside = r"(?:[A-Za-z]|\d+)" if opening == "[" else r"[A-Za-z]"
    layered = [pattern for pattern in notation.patterns if pattern.base == base and
               re.search(r"\^\{?\s*" + re.escape(opening) + r"\s*" + inside + r"\s*" + re.escape(closing)
                         + r"\s*\}?$", pattern.text)
               and (pattern.sup in letters or pattern.sup.isdigit() and opening == "[")]
    layer = _plain_layer(argument, letters) if isinstance(argument, str) else _layer_text(argument, letters)
    if not layered and opening == "(" and layer is None and not notation.candidates(Sym(base, "", "", 0, None)):
        # another letter the notation lists in that superscript, Ng's sample y^{(t)}: "y (t)" on a plain-text page,
        # where the bare letter names nothing (x(i) beside a bare x is read as before: a sample's value)
        layer = _lone_letter(argument)
    if not layered and opening == "(" and layer is not None:
        # a notation that lists the layers it names (\delta^{(3)}, \delta^{(L)}): \delta(3) is the one it lists
        layered = [pattern for pattern in notation.patterns if pattern.base == base and pattern.sup == layer
                   and re.search(r"\^\{?\s*\(\s*" + re.escape(layer) + r"\s*\)\s*\}?$", pattern.text)]
    if not layered or layer is None:
        return None
    return f"{opening}{layer}{closing}"


def parenthesised_entry(notation: Notation, sym: Sym, arguments, fail) -> Sym | None:
    """MATLAB's ``w(1)``, ``W(2, 1)``, ``W(1,k)``: the entry ``w_{1}``, ``W_{2,1}``, ``W_{1,k}`` with the indices as
    the page writes them (the notation says what its 1 means), where a pattern of the notation names that entry and
    the arguments are MATLAB's index group (whole numbers, the notation's index letters); None elsewhere (a function's input, a product, a name with scripts). ``fail(message)`` refuses where
    a pattern names the bare letter too: w times 1 is then as much the notation's as its entry w_{1}."""
    if sym.sub or sym.sup or sym.primes or sym.bracket is not None:
        return None
    if (called := called_entry(sym.base, arguments, notation.indices)) is not None and called[0] in notation.bases:
        return Sym(called[0], called[1], "", 0, None, sym.position, parenthesised=True)  # List.get(outs, 0)
    named = named_argument(arguments, named_letters((pattern.text for pattern in notation.patterns), notation.indices))
    if named is not None:  # d(a) where the notation names a and writes "d(a)": that name, as written
        entry = Sym(sym.base, named, "", 0, None, sym.position, parenthesised=True)
        return entry if any(pattern.text.strip().endswith(")") and pattern.match(entry) is not None
                            for pattern in notation.patterns) else None
    if called is not None and (calls := [pattern.text for pattern in notation.patterns
                                         if pattern.base.startswith(sym.base + "(") and pattern.base.endswith(")")]):
        written = Sym(called[0], called[1], parenthesised=True).text()
        fail(f"{written}: the notation names {sym.base} only in the calls {', '.join(calls)} (each one name), not with"
             f" these arguments; name this call in [notation.symbols] as written (\"{written}\" = ..., an index"
             f" argument a letter of indices)")
    if not matlab_index_group(arguments, notation.indices):
        return None
    indices = matlab_index_text(arguments, notation.indices)
    entry = Sym(sym.base, indices, "", 0, None, sym.position, parenthesised=True)
    if not any(pattern.match(entry) is not None for pattern in notation.patterns):
        return None
    if any(pattern.match(Sym(sym.base, position=sym.position)) is not None for pattern in notation.patterns):
        fail(f"{sym.base}({indices}): the entry {sym.base}_{{{indices}}}, as MATLAB indexes, or {sym.base} times"
             f" ({indices}): both are the notation's; write {sym.base}_{{{indices}}} or {sym.base} \\cdot {indices}")
    return entry


def bracketed_layer(notation: Notation, sym: Sym) -> Sym | None:
    """Plain text's ``dZ[2]``, ``A[l-1]`` as ``dZ^{[2]}`` where the notation writes the letter's layer
    ``^{[l]}`` and no pattern reads the bracket as a subscript (``"W_{j}"`` would read W[2] as W_{2}: both
    is ambiguous, refused); None where the bracket is no layer."""
    layer = written_layer(notation, sym.base, sym.bracket, "[") if not sym.sup else None
    if layer is None:
        return None
    as_subscript = Sym(sym.base, sym.bracket, "", sym.primes, None, sym.position)
    if notation.candidates(as_subscript):
        raise FormulaError(f"{sym.text()}: the layer of {sym.base} or its index, as the notation names both; write"
                           f" {sym.base}^{{{layer}}} or {sym.base}_{{{sym.bracket}}}")
    return Sym(sym.base, "", layer, sym.primes, None, sym.position)


def listed_layer_unit(notation: Notation, sym: Sym) -> Sym | None:
    """Nielsen's ``delta{l,j}`` typed flat (code's ``delta[l,j]``, typography_indices.listed_indices) as
    ``\\delta^{l}_{j}`` where the notation writes the name with a superscript and a subscript, layer then unit as the
    list has them: every pattern of the name with both scripts has a layer alone as its superscript (a placeholder its
    meaning writes a layer with, or L or a number) and a unit's letter alone as its subscript, one of them a
    placeholder layer, none reads the list as a subscript, and the list's first entry is written with layer letters
    only (l, l-1, L, or a number) and its second with none (j, or a number), one of them with a letter. None
    otherwise (``delta{2,1}``: which number is the layer the list does not say), refused as before."""
    parts = sym.bracket.split(",") if sym.bracket is not None and not (sym.sub or sym.sup) else []
    if len(parts) != 2 or notation.candidates(Sym(sym.base, sym.bracket, "", sym.primes, None, sym.position)):
        return None
    letters = layer_letters(notation) | {"L"}
    first, second = (set(re.findall(r"\\[A-Za-z]+|[A-Za-z]", part)) for part in parts)
    if not first <= letters or second & letters or not (first or second):
        return None
    scripted = [pattern for pattern in notation.patterns if pattern.base == sym.base and pattern.sub and pattern.sup]
    placed = False
    for pattern in scripted:
        layer_placeholder = pattern.sup in pattern.placeholders and any(
            quantity.layer_written_with(pattern.sup) for quantity in pattern.quantities)
        if re.search(r"\^\s*\{?\s*[(\[]", pattern.text) or pattern.sub not in pattern.placeholders \
                or pattern.sub in letters or not (layer_placeholder or pattern.sup == "L" or pattern.sup.isdigit()):
            return None
        placed = placed or layer_placeholder
    if not placed:
        return None
    return Sym(sym.base, parts[1].strip(), parts[0].strip(), sym.primes, None, sym.position)


def _output_function_layer(notation: Notation, symbols: NetworkSymbols) -> int | None:
    """L, the output layer, in the notation's counting of its units' layers: the value at which its patterns
    for a and z name the output layer (symbols.md's depth where none writes a layer with a letter); None
    where two disagree."""
    values, depth = set(), symbols.depth
    for pattern in notation.patterns:
        for quantity, placeholder, expression in _layer_placeholders(pattern):
            if quantity in ("a", "z"):
                values.update(value for value in _candidates(depth) if _layer_at(expression, placeholder, value) == depth)
    return depth if not values else values.pop() if len(values) == 1 else None
