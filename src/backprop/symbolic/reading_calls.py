"""Reader methods for a name before a parenthesis, ``Q(u)``: a function's value, a loss, a quantity written with its
input or its sample, a layer in parentheses, MATLAB's entry in a loop, or Q times u (CallReading, a part of
reading.Reader); the functions it applies are reading_functions.py's.

Refusals of calls of code's functions the notation leaves unread, each saying what to write: an element of code's
array of functions the notation does not name beside one it does (``act[2](u)`` beside ``"act[1]"``), a function
the notation gives a value but no parameters called with several arguments (C's ``derrivative_Error_output(target,
output)``), and an object's method of several arguments it does not name (``learningMethod.getWeightDelta(error, x,
id, i)``).
"""

from __future__ import annotations

import dataclasses
import re

import sympy as sp

from ..activations import HIDDEN_DEFAULT
from .code_names import R_CASTS, code_written
from .derivative_words import declared_derivative, declared_word
from .function_words import FLAG_VALUES, ONE_HOT_NAMES, SIGMA
from .notation import Notation, Unbound
from .notation_layer_functions import activation_at_layer, layered_function, layered_function_names
from .notation_indices import indexed_call_symbol
from .notation_layers import parenthesised_entry
from .quantities import FormulaError, UnknownSymbol
from .reading_base import _is_matrix, _show
from .reading_call_words import CallWordReading, written_layer_letter
from .reading_layer_functions import LAYER_FUNCTION
from .reading_names import _plain
from .sample_calls import is_sample_quantity
from .syntax_arguments import derivative_flag, flag_text
from .syntax_sums import letter_applied, summed_hint
from .syntax_tree import Apply, Call, Entry, Sym


class CallReading(CallWordReading):
    """Reader methods: a name before a parenthesis (see the module docstring)."""

    def _power_of_scripted_function(self, node: Apply):
        """``h_{\\theta}^2(x)``: the power of the value of a function the notation names with its subscript (the
        square of h_theta(x), as ``\\sin^2(x)`` is sin(x) squared), the superscript a number no name of the notation
        holds; None for any other symbol (a bare function's power, g^2(z), is read with the function)."""
        symbol = node.symbol
        if symbol.primes or not symbol.sub or symbol.bracket is not None or not re.fullmatch(r"\d+", symbol.sup) \
                or self.notation.function_of(symbol)[1] or self.notation.candidates(symbol):
            return None
        bare = dataclasses.replace(symbol, sup="")
        if not self.notation.function_of(bare)[1]:
            return None
        value = self._apply(dataclasses.replace(node, symbol=bare))
        if isinstance(value, sp.MatrixBase):
            self.fail(f"{symbol.text()}(...): a superscript {symbol.sup} on a function is read as a power of its value,"
                      " and this value is not a number; write the function without it")
        return value ** int(symbol.sup)

    def _apply(self, node: Apply, script=None):
        """Q(u): a function's value, a loss, a quantity written with its input, or Q times u. ``script``
        is a power or transpose written after the parenthesis: it applies to the value of a function,
        and to the parenthesis alone in a product (x (a)^T is x times a^T, not (x a)^T). A capital letter the notation
        does not name applied to one of its index letters, ``E(j)``, refused naming it (a sum typed as a letter?)."""
        try:
            return self._applied(node, script)
        except UnknownSymbol as unknown:
            letter = node.args[0].text() if len(node.args) == 1 and isinstance(node.args[0], Sym) else ""
            if unknown.name != node.symbol.base or len(letter) != 1 or letter not in self.notation.indices \
                    or not (applied := letter_applied(node, letter)):
                raise
            raise UnknownSymbol(f"{unknown}; or, {summed_hint(applied, letter)}", name=unknown.name) from None

    def _applied(self, node: Apply, script=None):
        """_apply's reading."""
        whole = script or (lambda value: value)
        if (derivative := declared_derivative(self.notation, node) or self._layered_word(node)) is not None:
            return whole(self.value(derivative))  # ableitung_sigmoid(z): the notation's word for a derivative
        if (declared := declared_word(self.notation, node)) is not None:
            return whole(self.value(self.derivative_word_arguments(node, *declared)))
        if (unnamed := unnamed_array_element(self.notation, node)) is not None:
            self.fail(unnamed)  # act[2](u) beside the notation's act[1]: an element it does not name
        if (power := self._power_of_scripted_function(node)) is not None:
            return whole(power)
        if (net_input := self.net_input_label(node)) is not None:
            return whole(net_input)  # Z_1(in): the unit's net input
        symbol = node.symbol
        function, scripted = self.notation.function_of(symbol)
        if function is not None and not scripted and symbol.sub and self.notation.candidates(symbol):
            function = None  # "g'_{j}" = "1 - a1[j]**2" beside g in the notation's functions: the name, times (u)
        if node.spaced and (symbol.primes or symbol.sup.endswith("'")) and (symbol.sub or symbol.sup) and (
                function is not None or layered_function(self.notation, symbol, self.env, self.symbols, self.where)) \
                and not self.pre_activations(node.args):
            # g'_{o} (y - t), g^{[2]'} (u): a layer's slope times the parenthesis as often as g' applied to it; at
            # a layer's input, g^L' (Z^L), only applied (the slope times its own input is no chain rule's factor)
            self.slope_before_operand(symbol, function or symbol.base)
        if not scripted and (at_layer := layered_function(self.notation, symbol, self.env, self.symbols, self.where)):
            return self._apply(Apply(at_layer, node.args), script)  # g^{[L]}'(Z): the table's g^{[2]}, not its bare g
        if function == LAYER_FUNCTION:
            return whole(self.layer_map(symbol, node))
        if function is None and (transposed := self.primed_layer_matrix(node)) is not None:
            return whole(transposed)  # Octave's Theta(l)': the layer's matrix, transposed
        if (node.prime_after or node.name_primed) and function is None:  # f(x)', and (g)'(x) (syntax_arguments)
            self.fail(f"{f'({symbol.base})' if node.name_primed else symbol.base}(...)': a prime after a parenthesis is"
                      f" read as the derivative of the function in or before it, and {symbol.base} is no function of"
                      f" the notation; write {symbol.base}'(...) with"
                      f' {symbol.base} in the notation\'s functions ({symbol.base} = "{SIGMA}"), or \\frac{{d}}{{dx}}(...)')
        if function is not None and not (scripted or symbol.primes or symbol.sub or symbol.sup) \
                and (flag := derivative_flag(function, list(node.args), 0, None)) is not None:
            # this.activation(v, true), "this.activation" declared an activation: code's flag call, as an activation's
            # f(v, True) is read (its derivative at the input or at the output: both judged)
            call = Call(function, node.args[:1], int(flag), None, symbol.position,
                        f"{symbol.base}(u, {flag_text(node.args[1])})")
            return whole(self.value(dataclasses.replace(call, at="either") if flag else call))
        if function is not None and symbol.sub and not scripted and symbol.primes:
            if (at_layer := self.function_at_argument_layer(function, symbol, node)) is not None:
                return whole(at_layer)  # f_n'(l_n): the slope of layer n's activation at its own sums, applied
            self.slope_before_operand(symbol, function)
        if function is not None and symbol.sub and not scripted:
            # s_n[u]: the function at unit n, entry n of its value at the vector of u over n
            return whole(self.function_at_unit(function, symbol, node))
        if function is not None:
            # g^{[1]}(Z), g^{[1]'}(Z), g^{(2)}(Z): a layer in brackets or parentheses on a function the
            # table names bare, never a power (the parser keeps [2] as 2, and says it was a layer)
            lettered = not scripted and not symbol.layered and symbol.bracket is None \
                and written_layer_letter(symbol.sup, self.notation)  # g^l, g^{l-1}: the letter's arithmetic too
            if lettered:
                # g^l(z^l), g^L'(z^L) (userz's gˡ, gᴸ'), g^l'(z^{l-1}): a layer letter on the function the table
                # names once for every layer, primed or not, that layer's activation only where the network's is
                # that function (else refused: g^l' at the sums of layer l - 1 is never the bare g')
                activation_at_layer(self.notation, Call(function, (), symbol.primes, position=symbol.position,
                                                        written=symbol.base, layer=symbol.sup),
                                    function, self.env, self.symbols, self.where)
            numbered = symbol.sup if symbol.layered else symbol.bracket if not symbol.sup else None
            if not scripted and not lettered and numbered is not None \
                    and (numbered.isdigit() or written_layer_letter(numbered, self.notation)):
                # g^{[2]}'(Z), code's g[2]'(z): the layer's number on the function the table names once for every
                # layer, that layer's activation only where the network's is that function (g[2]' where the table's
                # g is another layer's activation, or g[0]', refused: never read as the bare g, the layer dropped)
                activation_at_layer(self.notation, Call(function, (), symbol.primes, position=symbol.position,
                                                        written=symbol.base, layer=numbered),
                                    function, self.env, self.symbols, self.where)
            layer = not scripted and (symbol.layered or re.fullmatch(r"\[[^\[\]]*\]'*", symbol.sup) is not None
                                      or lettered)  # f'^l, g^l, g^L'
            value = self.function(function, [self.argument_value(arg) for arg in self.listed_arguments(node.args)],
                                  symbol.primes + (symbol.sup.count("'") if layer else 0), node)
            if symbol.sup and not scripted and not layer:  # Tanh^2(x): the square of the value
                exponent = self.value(self.context.parser(symbol.sup, self.where).expression())
                if isinstance(exponent, sp.MatrixBase) or (isinstance(value, sp.MatrixBase) and not value.is_square):
                    self.fail(f"{symbol.text()}(...): a superscript {symbol.sup} on a function is read as a power"
                              f" of its value, and this is not a number's power; write the function without it,"
                              f" or its layer in the notation's functions (g^{{[1]}})")
                return whole(value ** exponent)
            return whole(value)
        if symbol.primes and not (symbol.sub or symbol.sup or symbol.bracket) and symbol.base not in self.notation.bases \
                and (names := layered_function_names(self.notation, symbol.base)):
            self.fail(f"{symbol.text()}(...): the notation names {symbol.base} by layer ({', '.join(names)}); write"
                      f" its layer, {names[-1]}'(...), or L for the output layer's")
        if symbol.base in ("f", "g", r"\phi", r"\varphi", r"\sigma") and symbol.primes and symbol.base not in self.notation.bases:
            self.fail(f"{symbol.base}'(...) : name the activation {symbol.base} stands for in the notation,"
                      f' functions = {{ {symbol.base.strip(chr(92))} = "{SIGMA}" }}')
        if symbol.base in R_CASTS and not (symbol.sub or symbol.sup or symbol.primes) and len(node.args) == 1 \
                and symbol.base not in self.notation.names():
            return whole(self._r_cast(symbol.base, self.value(node.args[0])))
        if "." in symbol.base and not node.spaced and not symbol.base.startswith("\\") \
                and symbol.base not in self.notation.names():
            # activationFunction.derivative(s): an object's method, which says nothing by itself
            if (many := method_of_arguments(node)) is not None:
                self.fail(many, UnknownSymbol, name=symbol.base)  # learningMethod.getWeightDelta(error, x, id, i)
            owner, _, method = symbol.base.rpartition(".")
            # (of a quantity the notation names, Go's outputError.Mul(slope): an operation of the two, maybe)
            operation = (f' the method as an operation of the object and its argument ({method} = "matrix product",'
                         ' "product", "sum", "difference" or "dot"),') if owner in self.notation.names() \
                and (method[:1].isupper() or len(method) <= 5) else ""  # (Dot, Mul, mult; never vectorize)
            written = code_written(symbol) if "[]" in symbol.base else symbol.base  # self.layers[-1].act.backward
            self.fail(f"{written}(...): a method called on an object, which the notation does not name; name it"
                      f' in the notation\'s functions ("{written}" = "{SIGMA}" or a derivative word\'s'
                      f' "{SIGMA}\' at input"),{operation} or its value in [notation.symbols]', UnknownSymbol,
                      name=written)
        if _plain(symbol.text()).replace("\\_", "_") in ONE_HOT_NAMES and symbol.base not in self.notation.bases:
            return whole(self._one_hot_of(symbol, node))
        if (derivative := self._primed_loss_applied(node)) is not None:
            return whole(derivative)
        if (derivative := self._primed_by_argument(node)) is not None:
            return whole(derivative)
        if self._is_loss(symbol):
            self._note_loss(symbol)
            at_number = self.loss_arguments(symbol, node.args, as_value=True)
            return whole(self.symbols.L if at_number is None else at_number)
        if self.is_rate(symbol) and len(node.args) == 1 and isinstance(node.args[0], Sym) and self.is_rate(node.args[0]) \
                and node.args[0].text() != symbol.text():  # learning_rate(\alpha): the rate, glossed by its other name
            return whole(self.value(node.args[0]))
        if (layered := self._layer_in_parentheses(node)) is not None:
            return whole(self.value(layered))
        if (entry := parenthesised_entry(self.notation, symbol, node.args, self.fail)) is not None:
            return whole(self.value(entry))
        if (combined := self._r_combined(node)) is not None:
            return whole(combined)  # R's c(a, b): the column vector of its entries
        try:
            value = self.value(symbol)
        except FormulaError as error:
            if isinstance(error, UnknownSymbol):
                if (model := self.model_of_parameters(symbol, node)) is not None:
                    return whole(model)
                self.unnamed_layer_function(symbol, len(node.args))
                self.unnamed_model(symbol, node)
                self.operator_on_quantity(symbol, node)
            raise
        if len(node.args) > 1 and (re.fullmatch(r"[A-Za-z]|\\[A-Za-z]+", symbol.base)
                                   or self._number_at_loop_letters(symbol, value, node.args)) and not (
                isinstance(value, sp.Expr) and value.is_Number) and all(
                isinstance(arg, Sym) and not (arg.sup or arg.primes) and arg.bracket is None
                and set(arg.sub) <= set(self.notation.indices) for arg in node.args):
            # a_l(x, w, b), S(w_i, x_i): a quantity (no number) of the families it depends on (x_1 none), no factor;
            # MATLAB's who(j, k) of a name the notation gives one number, inside a loop over j and k: that number
            return whole(value)
        if len(node.args) > 1 and _is_matrix(value) and all(  # MATLAB's prob.ho_w(h, j) in a loop over h and j
                isinstance(arg, Sym) and self.notation.loop_word(arg.text()) for arg in node.args):
            letters = ", ".join(arg.text() for arg in node.args)
            self.fail(f"{symbol.text()}(...) at {letters}: MATLAB's entry ({letters}), in a loop over those letters, of"
                      f" the matrix the notation names {symbol.text()}, which check does not read entry by entry; write"
                      f" the statement of the whole matrix ({symbol.text()} = ...), as vectorised code does")
        if not symbol.primes and self.written_with_inputs(value, node.args):
            return whole(value)  # S_{l,n}(a_{l-1}, \omega_{l}): the quantity, with what it is computed from
        if self._named_as_called(node):
            return whole(value)  # "drelu_dZ(NN, l)" = "...": the call the notation names, its arguments as written
        if (unsaid := arguments_unsaid(self.notation, node)) is not None:
            self.fail(unsaid)  # C's derrivative_Error_output(target, output): its value named, not its parameters
        if len(node.args) != 1:
            self.fail(f"{symbol.text()}(...) with {len(node.args)} arguments is not a function check knows")
        argument = node.args[0]
        try:  # read once: reading it again for the product doubled the work at each level of nesting
            argument_value = self.value(argument)
        except (FormulaError, Unbound):
            if isinstance(argument, Sym) and not argument.sub:
                return whole(value)  # a(z), z not a quantity: the quantity written as a function of its input
            if (at_sample := self.at_sample(symbol, argument)) is not None:
                return whole(at_sample)  # p(x_i): p at sample i's input, p_i
            raise
        if self.is_own_input(value, argument_value) or self.annotated_on_left(value, argument_value):
            return whole(value)  # a_k(z_k), f(x), z^l(w^l) on the left: the quantity written as a function
        gradient = any(re.match(r"-?\s*grad\(", pattern.meaning) for pattern, _ in self.notation.candidates(symbol)[:1])
        if script is None and is_sample_quantity(self.context.calculus, value, argument_value, gradient):
            # y(x), \delta_k(x_m); with a transpose or power after the parenthesis, \delta (x)^T, the parenthesis is a
            # factor of its own, the product as before
            return self.at_sample_or_product(value, argument_value, node)
        return self._product(value, whole(argument_value), node, dot=False)

    def indexed_call(self, node: Entry):
        """Code's index after a call, ``V_out(n_out)[i]`` (a code's own function returning a layer's values, called
        with its sizes or a selector and indexed): the quantity the notation names by that call as written
        (``"V_out(n_out)[i]" = "a2[i]"``, notation_indices.indexed_call_symbol); else a declared function's entry,
        ``squash(z)[i]``, as ``squash(z)_i`` reads; refused in one line for any other."""
        called = indexed_call_symbol(node, self.notation.indices)
        if called is not None and self.notation.candidates(called):
            return self.value(called)
        try:
            return self.function_entry(node)
        except FormulaError:
            pass  # (no function's entry either: the call's own name is what the notation lacks)
        written = called.text() if called is not None else f"{_show(node.of)}[{node.index}]"
        function = written.split("(")[0]
        calls = [pattern.text.strip() for pattern in self.notation.patterns if pattern.base.startswith(function + "(")]
        named = f"names {function} only in the calls {', '.join(calls)}, not so" if calls else "names nowhere"
        self.fail(f"{written}: a call's value indexed (a code's own function returning a layer's values), which the"
                  f" notation {named}; name the call as written in [notation.symbols], \"{written}\" = \"...\" (e.g."
                  " \"a2[i]\", i a letter of its indices), or write the entry's own symbol")

    def _r_cast(self, written: str, value):
        """R's ``as.numeric(u)`` (R_CASTS): a number itself, a row's or a column's entries (the reader's vectors are
        columns); a matrix's entries, which R lines up column by column, refused."""
        if not _is_matrix(value):
            return value
        if 1 not in value.shape:
            self.fail(f"{written}(...) of a {value.rows} x {value.cols} matrix, whose entries R lines up column by"
                      f" column; check reads {written} of a number or a vector: write the matrix's entries")
        return value if value.cols == 1 else value.T

    def _r_combined(self, node: Apply):
        """R's ``c(h_deriv(z1), h_deriv(z2))``, two numbers or more combined into a vector, where the notation names
        no c: the column vector of the arguments' values; None for anything else. An argument that is itself a
        vector or matrix is refused (R would flatten it, in an order the page does not show)."""
        symbol = node.symbol
        if symbol.base != "c" or symbol.sub or symbol.sup or symbol.primes or symbol.bracket is not None \
                or node.spaced or len(node.args) < 2 or "c" in self.notation.bases or "c" in self.notation.names():
            return None
        values = [self.value(arg) for arg in node.args]
        if any(_is_matrix(value) for value in values):
            self.fail("c(...) with a vector or matrix among its arguments: R's c is read only as a vector of"
                      " numbers, one an argument; write each entry as an argument, c(a[1], a[2], ...)")
        return sp.ImmutableMatrix(len(values), 1, values)

    def _number_at_loop_letters(self, symbol, value, arguments) -> bool:
        """Whether ``who(j, k)`` is MATLAB's indexing, inside a loop over j and k, of a name the notation gives one
        number (``"who" = "W2[0, 0]"``): that number, where its arguments are bare index letters of the notation no rule
        gives a value (a letter with one, who(j, k) at j = 1, would be another entry than the notation's; other letters,
        dot(Q, g), are no loop's)."""
        return symbol.base in self.notation.bases and not isinstance(value, sp.MatrixBase) and all(
            isinstance(arg, Sym) and len(arg.base) == 1 and arg.base in self.notation.indices and not (
                arg.sub or arg.sup or arg.primes)
            and arg.bracket is None and not dict.__contains__(self.env, arg.base) for arg in arguments)


def unnamed_array_element(notation: Notation, node: Apply) -> str | None:
    """The refusal's text for ``act[2](u)`` where the notation names other elements of code's array of functions
    act, one a derivative by its index (``{ "act[1]" = "f' at input" }``), and not this one; None for any other call
    (a layer's function by its number, Ng's plain g[1], is notation_layers' to read)."""
    symbol = node.symbol
    if symbol.bracket is None or not symbol.bracket.strip().isdigit() or symbol.sub or symbol.sup \
            or notation.function_of(symbol)[0] is not None:
        return None  # g[l](z), g[3](z) beside Ng's plain g[1], g[2]: a layer, read (or refused) as one
    words = [word for word in notation.derivative_words if word.startswith(f"{symbol.base}[")]
    named = words + [f"{base}[{bracket}]" for base, sub, sup, bracket in notation.scripted_functions
                     if base == symbol.base and bracket is not None]
    if not words or f"{symbol.base}[{symbol.bracket.strip()}]" in named:
        return None
    element = f"{symbol.base}[{symbol.bracket.strip()}]"
    return (f"{element}(...): the notation names {', '.join(sorted(named))} of code's array of functions"
            f" {symbol.base}, not this element; name it in the notation's functions, \"{element}\" ="
            f" \"{HIDDEN_DEFAULT}\" or a derivative's \"{HIDDEN_DEFAULT}' at input\"")


def arguments_unsaid(notation: Notation, node: Apply) -> str | None:
    """The refusal's text for a call of several arguments of a name the notation gives a value (its pattern of no
    script), where they are not what the value is computed from (reading_names.written_with_inputs): nothing says
    these arguments, in this order, make that value (swapped, they may make another); None for any other call."""
    symbol = node.symbol
    if len(node.args) < 2 or symbol.primes or symbol.bracket is not None \
            or not (named := notation.candidates(symbol)):
        return None
    name = named[0][0].text  # err_out, as the table writes it (the formula's err_{out})
    return (f"{name}(...) with {len(node.args)} arguments: the notation gives {name} the value {named[0][0].meaning}"
            f" but no parameters, and these arguments are not each a name of the notation's for a whole layer or"
            f" matrix that this value is computed from (as a_{{l-1}} and W_{{l}} are for a unit's sum, read as the value itself), so nothing says"
            f" what they make of it; write {name} alone (no arguments) for that value, or the formula the function"
            " returns, in the notation's names")


def method_of_arguments(node: Apply) -> str | None:
    """The refusal's text for an object's method the notation does not name called with several arguments
    (``learningMethod.getWeightDelta(error, x, id, i)``: no activation of one input); None for one argument."""
    if len(node.args) < 2:
        return None
    if len(node.args) == 2 and (flag := flag_text(node.args[1])) in FLAG_VALUES:
        # this.activation(v, true): an activation's derivative flag, as code's f(v, True) (TypeScript's helper)
        return (f"{node.symbol.base}(...): a method called on an object with a flag, {node.symbol.base}(u, {flag}),"
                " which the notation does not name; where it is an activation with its derivative's flag, name the"
                f' activation in the notation\'s functions, "{node.symbol.base}" = "{SIGMA}" (its flag true the'
                " derivative, judged at its argument as the input and as the output), or write the formula it returns")
    # of two, the notation may declare the arithmetic it does (Nielsen's cost_derivative(output_activations, y), a
    # course's own method whose body the formula does not show: "difference" where it returns a - y)
    declared = (f'; or, where it returns an operation of its two arguments, declare it in the notation\'s functions:'
                f' "{node.symbol.base}" = "difference" (its first argument minus its second), "quotient" (over its'
                ' second), "sum", "product" (entry by entry), "matrix product" or "dot"') if len(node.args) == 2 else ""
    return (f"{node.symbol.base}(...): a method called on an object with {len(node.args)} arguments, which the notation"
            " does not name; write the formula it returns in the notation's names (check reads no method's definition"
            f" it does not see){declared}")
