"""Reader methods for a function of the notation written with a unit's subscript: ``s_n[u]`` (thedecisionblog's s_n
and t_l) is the function at unit n, entry n of its value at the vector of u over n; a primed one before an operand,
``g'_j \\sum_k ...`` (or one named with its layer's subscript, ``g'_{out} u``), reads two ways and is refused. A unit's
name with its net input's label in parentheses, ``Z_1(in)`` (Fausett's z_in, "in" the unit's net input), is the
unit's pre-activation. A function of the notation whose subscript is its argument's layer, written as that argument
writes it, ``f_{i-1}(l_{i-1})`` and ``f_n'(l_n)`` (frnsys' notes: f_i layer i's activation, l_i its sums), is that
layer's activation at it, where the network's layer is the function the notation names (the layer's f in either
reading, a label or the layer's own); the input's ``f_0(l_0)`` is no layer's, and l_0 means nothing unless the
notation names it."""

from __future__ import annotations

import re

import sympy as sp

from .notation_indices import Unbound, index_value
from .quantities import FormulaError
from .reading_base import _is_matrix
from .syntax_tree import Apply, Big, Op, Sym

# the label of a unit's net input written in parentheses after its name, Z_1(in) (never net: O(net) is as often the
# output written with its argument, O = f(net))
NET_INPUT_LABELS = ("in",)


def _label_word(node) -> str:
    """The word a parenthesis holds, ``in`` (parsed as i times n, its letters glued), or "" where it holds anything
    else."""
    letters = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Op) and item.kind == "*" and not item.entrywise:
            stack.extend(reversed(item.args))
        elif isinstance(item, Sym) and len(item.base) >= 1 and item.base.isalpha() and not (
                item.sub or item.sup or item.primes or item.bracket is not None):
            letters.append(item)
        else:
            return ""
    glued = all(later.position == earlier.position + len(earlier.base) for earlier, later in zip(letters, letters[1:]))
    return "".join(letter.base for letter in letters) if glued else ""


class UnitFunctionReading:
    """Reader methods: a function of the notation with a unit's subscript (see the module docstring)."""

    def slope_before_operand(self, symbol: Sym, function: str):
        """Refuse ``g'_j \\sum_k v_{kj} e_k``, ``g'_j (u)``, ``g'_{out} u``: a primed function of the notation with a
        unit's subscript, or one named with its layer's subscript written without a parenthesis, before an operand
        reads as g' applied to it or (Reed and Marks, Bishop) as the slope at the unit's or layer's input times it;
        the first is wrong where the second is meant, and which is not written."""
        scripted = self.notation.function_of(symbol)[1]
        primed = symbol.text() if scripted else symbol.base + "'" * symbol.primes
        place = "layer" if scripted or symbol.sup else "unit"  # g^{[2]'} (u): the layer's
        self.fail(f"{symbol.text()}: {symbol.base} is the function {function} in the notation's functions, and"
                  f" {symbol.text()} before an operand reads two ways, {primed} applied to it or at the {place}'s"
                  f" input times it; write {primed}(...) of the {place}'s input, then the operand, or name"
                  f" {symbol.text()} in [notation.symbols]")

    def function_at_unit(self, function: str, symbol: Sym, node):
        """``s_n[u]`` with s a function of the notation (thedecisionblog's s_n and t_l): the
        function at unit n, entry n of its value at the vector of u over every value of n (for a function
        of each entry alone, the function of u). Refused where n is no letter u runs over: f_2(u) (a
        layer's function, or a label), t_l[u] with l not in u, or u of more than one argument."""
        letter = symbol.sub
        where = (f"{symbol.text()}: {symbol.base} is the function {function} in the notation's functions, and")
        if not re.fullmatch(r"[A-Za-z]", letter) or len(node.args) != 1 or not dict.__contains__(self.env, letter) \
                or not isinstance(self.env[letter], int):
            if (at_layer := self.function_at_argument_layer(function, symbol, node)) is not None:
                return at_layer  # f_{i-1}(l_{i-1}): layer i-1's activation
            self.fail(f"{where} a function with a subscript is read only at a unit, {symbol.base}_n(u) with n a"
                      f" letter u runs over, or at its argument's layer, {symbol.base}_{{l}}(z_{{l}}) with the"
                      f" subscript written as the argument's and the layer's activation {function}; write"
                      f" {symbol.base}(...) at the unit, or give {symbol.text()} a meaning in [notation.symbols]")
        unit = self.env[letter]
        over = Big("sum", (letter,), None, None, None, node.args[0], getattr(node, "position", 0))
        try:
            values, kind = self._range(letter, None, None, over)
        except FormulaError:
            values, kind = [], True
        if kind is not False or unit not in values:
            dict.__setitem__(self.env, letter, unit)
            if (at_layer := self.function_at_argument_layer(function, symbol, node)) is not None:
                return at_layer  # f_n(l_n) with "n" = "2": layer 2's activation
            self.fail(f"{where} {letter} is no index of its argument: {symbol.base}_{letter}(u) is entry {letter} of"
                      f" {symbol.base} at the vector of u over {letter}, or at its argument's layer, {symbol.base}_{{l}}"
                      f"(z_{{l}}) with the subscript written as the argument's and the layer's activation {function};"
                      f" write {symbol.base}(...) at the unit")
        entries = [self._body_at(letter, number, over) for number in values]
        dict.__setitem__(self.env, letter, unit)
        if any(_is_matrix(entry) for entry in entries):
            self.fail(f"{where} its argument is a vector at each {letter}; write {symbol.base}(...) of one unit's"
                      " input")
        value = self.function(function, [sp.ImmutableMatrix(entries)], symbol.primes, node)
        return value[values.index(self.env[letter])]

    def function_at_argument_layer(self, function: str, symbol: Sym, node):
        """``f_{i-1}(l_{i-1})``, ``f_n'(l_n)``: the function at its argument, primes kept, where the subscript is the
        argument's own script as written (its subscript, or its superscript's layer), its value (the rule's letters,
        or a letter the notation gives a number, "n" = "2") is the layer of the sums the argument is (z of one layer,
        entry by entry), and the network's layer there is the notation's function alone (so f_2 is f whether the
        subscript labels the layer or names its own activation); None where any of that does not hold."""
        argument = node.args[0] if len(node.args) == 1 else None
        written = _script(symbol.sub)
        if not isinstance(argument, Sym) or argument.primes or written not in (_script(argument.sub),
                                                                              _script(argument.sup)):
            return None
        values = {}
        for letter in set(re.findall("[A-Za-z]", written)):
            if dict.__contains__(self.env, letter) and isinstance(self.env[letter], int):
                values[letter] = self.env[letter]
            elif (number := self.notation.number_of(Sym(letter))) is not None and number.isdigit():
                values[letter] = int(number)  # "n" = "2": the notation's number for the letter
        try:
            layer = index_value(written, values)
        except (FormulaError, Unbound):
            return None
        value = self.value(argument)
        nodes = self.context.calculus.entry_nodes(value)
        if not nodes or any(found is None or found[:2] != ("z", layer) for found in nodes):
            return None
        chain = self.symbols.spec(layer).activations
        if len(chain) != 1 or chain[0].name != function or not chain[0].elementwise:
            self.fail(f"{symbol.text()}: {symbol.base} is the function {function} in the notation's functions, and its"
                      f" subscript is its argument's layer {layer}, whose activation is"
                      f" {' then '.join(activation.name for activation in chain)}: write that layer's function, or"
                      f" name {symbol.base} by layer in the notation's functions")
        return self.function(function, [value], symbol.primes, node)

    def net_input_label(self, node: Apply):
        """``Z_1(in)``: the pre-activation of the unit (or units) the name gives, where the parenthesis holds one of
        NET_INPUT_LABELS glued after the name, the notation gives the name a layer's output (not the input's) and
        none of the label's letters a meaning of its own; else None (the name times the parenthesis, or a function,
        as ever)."""
        if node.spaced or len(node.args) != 1 or (word := _label_word(node.args[0])) not in NET_INPUT_LABELS:
            return None
        symbol = node.symbol
        if self.notation.function_of(symbol)[0] is not None or not self.notation.candidates(symbol) \
                or (set(word) | {word}) & set(self.notation.bases):
            return None
        value = self.value(symbol)
        nodes = self.context.calculus.entry_nodes(value)
        if not nodes or any(found is None or found[0] != "a" or found[1] == 0 or len(found[2]) != 1
                            for found in nodes):
            return None
        inputs = [self.symbols.pre_activation(layer, index[0]) for _, layer, index in nodes]
        return sp.Matrix(inputs).reshape(*value.shape) if _is_matrix(value) else inputs[0]


def _script(text: str) -> str:
    """A script as written, to compare: i-1, (i-1) and [i-1] alike, spaces and braces dropped."""
    return re.sub(r"[{}\s]", "", text).strip("()[]")
