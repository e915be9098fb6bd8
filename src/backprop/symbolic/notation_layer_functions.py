"""A notation's functions named by layer (``"g^{[1]}"`` in its functions table, Ng's ``"h[2]"``), written at a layer
letter or number in a formula (``g^{[L]}``, ``g^{[l-1]}``, ``\\sigma'^l``, ``\\sigma^{[2]}``): the table's own symbol
at that layer, the network's layer such a function names in the notation's counting of layers (notation_layers.py),
and the activation there."""

from __future__ import annotations

import re

from .notation import Notation
from .notation_indices import Unbound, index_value
from .notation_layers import _layer_at, _layer_placeholders, _output_function_layer, _plain_layer, layer_letters
from .quantities import FormulaError, NetworkSymbols, NoSuchLayer
from .syntax_tree import Sym


def _function_layers(notation: Notation, base: str, subscripted: bool = False) -> dict[int, tuple]:
    """Layer number -> the key of ``notation.scripted_functions`` for the functions the table names ``base``
    by layer: ``"g^{[1]}"``, ``"g^2"``, Ng's plain ``"h[2]"``; with ``subscripted``, by a layer's number in the
    subscript instead, ``"f_{1}"``, ``"f_{2}"`` (a page's f_l, each layer's activation)."""
    found = {}
    for key in notation.scripted_functions:
        named, sub, sup, bracket = key
        if named != base:
            continue
        if subscripted and sub.isdigit() and not sup and bracket is None:
            found[int(sub)] = key
        elif not subscripted and not sub and (sup.isdigit() and bracket is None
                                              or not sup and (bracket or "").isdigit()):
            found[int(sup or bracket)] = key
    return found


def layered_function_names(notation: Notation, base: str) -> list[str]:
    """The names the notation's functions table gives ``base`` by layer, as written there (``g^{[1]}``)."""
    keys = set(_function_layers(notation, base).values())
    return [name for name in notation.functions
            if re.sub(r"[{}\[\]()^\s]", "", name) in {base + (key[2] or key[3]) for key in keys}]


def layered_function(notation: Notation, sym: Sym, env: dict, symbols: NetworkSymbols, where: str,
                     known_bare: bool = False) -> Sym | None:
    """``g^{[L]}``, ``g^L'``, ``g^{[l-1]}``: a function the notation names by layer (``"g^{[2]}"`` in its functions),
    written at a layer letter, as the table's own symbol at that layer's number (``g^{[2]}``), the prime kept.
    L is the output layer in the notation's counting, as in A^{[L]}; l is the rule's letter. The table's name at
    that layer wins over its bare g (the spec's precedence: "g^{[1]}" has more literal characters than g), so
    callers ask here before reading the bare name. None where ``sym`` is no such function, or where the table names
    none at that layer but g reads bare (the table names it bare, or ``known_bare``: \\sigma, a function check knows,
    the layer's activation); FormulaError (after ``where``) where neither names it."""
    # f_{l}'(u): a layer letter in the subscript where the table names f_{1}, f_{2} so (a number there is the table's
    # own name, read as written); a superscript's layer otherwise
    subscripted = bool(sym.sub) and not sym.sup and sym.bracket is None and re.search("[A-Za-z]", sym.sub) is not None
    layers = _function_layers(notation, sym.base, subscripted)
    if not layers or sym.sub and not subscripted or sym.sup and sym.bracket is not None:
        return None
    letters = layer_letters(notation)
    written = _plain_layer(sym.sub if subscripted else sym.sup or sym.bracket or "", letters)
    if written is None or not re.search("[A-Za-z]", written) and not (sym.layered or sym.primes):
        return None  # g^2(z) with no bracket and no prime: g^2 is read as before (a power)
    values = {}
    for letter in set(re.findall("[A-Za-z]", written)):
        if letter == "L" and notation.output_letter_default():
            values["L"] = _output_function_layer(notation, symbols)
            if values["L"] is None:
                raise FormulaError(f"{where}: {sym.text()}: the output layer L is numbered differently by the notation's"
                                   f" patterns for a and z; write the layer's number, as in {sym.base}^{{[2]}}")
        elif letter in env:
            values[letter] = env[letter]
        else:
            raise Unbound(letter)
    layer = index_value(written, values)
    if layer not in layers and (known_bare or sym.base in notation.functions):
        return None
    if layer not in layers:
        output = _output_function_layer(notation, symbols)
        if output is not None and not output - symbols.depth < layer <= output:
            # the input layer (or one past the output) has no function: a rule over l does not reach there
            raise NoSuchLayer(f"{where}: {sym.text()}: {written} is layer {layer} in the notation's counting: there is"
                              f" no layer {layer} with a function (the network's are {output - symbols.depth + 1} to"
                              f" {output} there)", layer=layer)
        names = ", ".join(layered_function_names(notation, sym.base))
        number = "" if written.isdigit() else ", or write the layer's number"
        raise FormulaError(f"{where}: {sym.text()}: {written} is layer {layer} in the notation's counting, and its functions"
                           f" name {sym.base} at layer(s) {', '.join(map(str, sorted(layers)))} ({names}); name"
                           f" layer {layer}'s function in functions{number}")
    _, sub, sup, bracket = layers[layer]
    return Sym(sym.base, sub, sup, sym.primes, bracket, sym.position, layered=sym.layered)


def function_layer_number(notation: Notation, written: str, layer: str, env: dict, symbols: NetworkSymbols,
                          where: str) -> int:
    """The network's layer a function written with its layer names (``written`` the name as written, ``layer`` the l
    or 2 of ``\\sigma'^l``, ``\\sigma^{[2]}``, ``(f^{l-1})'``), counted as the notation's patterns for a and z count
    theirs (symbols.md's counting where none writes a layer), L the output layer; FormulaError (after ``where``)
    where it is no layer of the network."""
    letters = re.findall(r"\\ell|[A-Za-z]", layer)
    if letters and letters[0] == "L" and "L" not in env:
        network_layer = symbols.depth
    else:
        values = {letter: env[letter] for letter in letters if letter in env}
        if len(values) != len(letters):
            raise Unbound(letters[0])
        value = index_value(layer.replace(r"\ell", "l"), {key.replace(r"\ell", "l"): item
                                                         for key, item in values.items()})
        layers = {_layer_at(expression, placeholder, value) for pattern in notation.patterns
                  for quantity, placeholder, expression in _layer_placeholders(pattern) if quantity in ("a", "z")}
        if len(layers) > 1:
            raise FormulaError(f"{where}: {written}^{{{layer}}}: the notation's patterns for a and z count"
                               f" layers differently; write the function without its layer, or name it by layer in"
                               f" the notation's functions")
        network_layer = layers.pop() if layers else value
    if not 1 <= network_layer <= symbols.depth:
        # NoSuchLayer: a rule over l is judged at the layers that have a function (g^l(z^l) not at the input's l)
        raise NoSuchLayer(f"{where}: {written}^{{{layer}}}: layer {network_layer} is no layer of the network"
                          f" (1 to {symbols.depth}); write the layer whose activation it is", layer=network_layer)
    return network_layer


def activation_at_layer(notation: Notation, call, name: str, env: dict, symbols: NetworkSymbols, where: str) -> str:
    """The activation a function written with its layer names (``\\sigma'^l(z^l)``, ``\\sigma^{[2]}(z)``,
    ``call.layer`` the l or 2): the network's activation at that layer (function_layer_number).
    \\sigma (and any name the notation's functions do not fix) is the layer's activation whichever it is, as
    Nielsen's sigma stands for the activation; another activation's own command (a \\name^{[1]}) must be the
    layer's, and FormulaError (after ``where``) says so where it is not."""
    network_layer = function_layer_number(notation, call.written, call.layer, env, symbols, where)
    activations = [activation.name for activation in symbols.spec(network_layer).activations]
    fixed = call.written in notation.functions or call.written not in (r"\sigma", "")
    written = Sym(call.written, "", call.layer, call.primes, None, layered=True)
    if (at := layered_function(notation, written, env, symbols, where, known_bare=True)) is not None:
        name, fixed = notation.function_of(at)[0], True  # the table's "\sigma^{[1]}" before its bare \sigma
    if len(set(activations)) != 1 or fixed and activations[0] != name:
        raise FormulaError(f"{where}: {call.written}^{{{call.layer}}}: layer {network_layer}'s activation is"
                           f" {' and '.join(sorted(set(activations)))}, not {name}; write that activation's name, or"
                           f" \\sigma^{{[{call.layer}]}} for the layer's own")
    return activations[0]
