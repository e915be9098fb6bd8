"""Reader methods for a name before a parenthesis, ``Q(u)`` (a function's value, a loss, a quantity written with its
input or its sample, a layer in parentheses, or Q times u), and for functions applied (an activation, its derivative, a
loss's derivative, log, exp, max, min, diag of one number, NumPy's array functions); the model named with its scripts
(``h_{\\theta}(x)``) is reading_model.py's, a function of the notation with a unit's subscript (``s_n[u]``,
``g'_j \\sum_k ...``) reading_unit_functions.py's."""

from __future__ import annotations

import dataclasses
import re

import sympy as sp

from ..activations import ACTIVATIONS
from ..expression import Z, maximum, spell
from ..losses import LOSSES
from .call_refusals import arguments_unsaid, method_of_arguments, unnamed_array_element
from .definitions import chain_outputs
from .derivative_words import declared_derivative, derivative_by_word
from .function_words import SIGMA
from .functions import heaviside, sympy_activation
from .loss_helpers import helper_derivative
from .notation import Unbound
from .notation_layers import (activation_at_layer, layer_letters, layered_function, layered_function_names,
                              parenthesised_entry)
from .quantities import FormulaError, UnknownSymbol
from .reading_base import _is_matrix, _show
from .reading_layer_functions import LAYER_FUNCTION
from .reading_names import _plain
from .reading_sample_means import SampleMeanReading
from .reading_shapes import ARRAY_CALLS, array_call, axis_sum, product_factors
from .sample_calls import is_sample_quantity
from .syntax_tree import ONE_HOT_NAMES, Apply, Call, Node, Num, Sym


#: The activation that max(0, u) is (homework writes it so).
_RECTIFIER = next((name for name, entry in ACTIVATIONS.items() if entry.formula == maximum(0, Z)), None)


class FunctionReading(SampleMeanReading):
    """Reader methods: functions applied (see the module docstring)."""

    def pre_activations(self, args: tuple) -> bool:
        """Whether ``args`` is one argument whose entries are all units' pre-activations (z)."""
        if len(args) != 1:
            return False
        try:
            value = self.value(args[0])
        except (FormulaError, Unbound):
            return False
        nodes = self.context.calculus.entry_nodes(value)
        return all(found is not None and found[0] == "z" for found in nodes)

    def _call(self, node: Call):
        if node.written == "e^" and (named := self._notation_e(node.args[0])) is not None:
            return self.value(named)
        if node.name == "primed_parenthesis":
            return self.primed_parenthesis(node)
        node = declared_derivative(self.notation, node) or node  # \sigma'(y) where the notation gives "\\sigma'"
        args = [self.value(arg) for arg in self.listed_arguments(product_factors(node))]
        # the notation's meaning of a name wins: functions may give \sigma another activation
        name = self.notation.functions.get(node.written, node.name) if node.written else node.name
        if node.layer:  # \sigma'^l(z^l): layer l's activation, as the network has it
            name = activation_at_layer(self.notation, node, name, self.env, self.symbols, self.where)
        return self.function(name, args, node.primes, node)

    def _notation_e(self, script: Node) -> Sym | None:
        """``e^k`` as the notation's e where one of its patterns names e with that superscript (the
        output's error e^k of training pair k, ``"e_{p}^{k}"``), written as a literal or as an index
        letter or number in a placeholder's place; else None, Euler's e (e^{-z}, e^{z_j})."""
        if isinstance(script, Sym) and not (script.sub or script.sup or script.primes or script.bracket is not None):
            sup = script.base
        elif isinstance(script, Num):
            sup = script.text
        else:
            return None
        for pattern in self.notation.patterns:
            if pattern.base != "e" or not pattern.reads_superscript(sup):
                continue
            if pattern.sup == sup or sup.isdigit() or sup in self.notation.indices or sup == "L":
                return Sym("e", "", sup, position=script.position if isinstance(script, Sym) else 0)
        return None

    def smaller(self, first, second):
        """min(u, v): the smaller of the two, entry by entry where either is a vector or matrix (a number beside
        one is each entry's other value, as NumPy's np.minimum(1, h) has it)."""
        if _is_matrix(first) or _is_matrix(second):
            shape = first.shape if _is_matrix(first) else second.shape
            if _is_matrix(first) and _is_matrix(second) and first.shape != second.shape:
                self.fail(f"min of a {first.rows} x {first.cols} and a {second.rows} x {second.cols}; write two of"
                          " one shape, or a number and a vector")
            return sp.ImmutableMatrix(*shape, lambda i, j: sp.Min(first[i, j] if _is_matrix(first) else first,
                                                                  second[i, j] if _is_matrix(second) else second))
        return sp.Min(first, second)

    def function(self, name: str, args: list, primes: int, node) -> sp.Expr:
        if name in ("axis_sum", "axis_mean"):  # NumPy's sum(u, 1), u.mean(axis=1)
            self.context.axis_summed = True
            return axis_sum(args[0], int(args[1]), name == "axis_mean", self.notation.samples_as_rows)
        if name in ARRAY_CALLS:  # np.dot(u, v), u @ v, x[:, None], np.sum(u), u.flatten()
            return array_call(name, args, node, self.where)
        if name == "samples_counted":  # code's len(y)
            return self.samples_counted(args[0], node)
        if name in ("samples_mean", "entries_mean"):  # code's np.mean(u), u.mean(): one rule
            return self.array_mean(args[0], node)
        if name == "sample_rows_mean":  # R's colMeans(u): each column's sum over the samples, by their count
            summed = axis_sum(args[0], int(args[1]), args[1] == 1, samples_as_rows=True)
            return summed if args[1] == 1 else summed / self.samples_in_step(
                f"{node.written}({_show(node.args[0])}) averages over the samples")
        if name == "entrywise_power":  # Octave's A1.^2
            base, exponent = args
            if _is_matrix(exponent):
                self.fail(f"{_show(node.args[0])}.^(...) with a vector or matrix exponent; write a number after .^")
            return base.applyfunc(lambda entry: self._power(entry, exponent, node)) if _is_matrix(base) \
                else self._power(base, exponent, node)
        if name == "declared_loss_derivative":  # a course library's helper, d_mean_squared_error(d, y)
            return helper_derivative(self.notation.operations[node.written], node.written, args, self.symbols,
                                     self.where)
        if name in LOSSES:
            return self.loss_derivative_at(LOSSES[name], args, primes, node)
        activation = ACTIVATIONS.get(name)
        if activation is not None and not activation.elementwise:
            return self.row_wise(activation, args, node)
        if name == "max":
            if len(args) == 2 and (args[0] == 0 or args[1] == 0) and _RECTIFIER is not None:
                inner = args[1] if args[0] == 0 else args[0]
                return self.function(_RECTIFIER, [inner], primes, node)
            if len(args) == 1 and _is_matrix(args[0]) and getattr(node, "written", "") == "max":
                self.fail("max(v) of a vector in plain text may be code's max, its largest entry; write \\max(v) for"
                          f" each entry's own value, or max(0, v) for the {_RECTIFIER}")
            if len(args) == 1 and not primes:
                # the maximum of one value is that value (a rectifier written max(u), its 0 left out, is u); of a
                # vector in LaTeX, entry by entry as every function of one argument here (code's largest entry,
                # np.max(v) and plain max(v), is refused)
                if any(activation.name == _RECTIFIER for spec in self.symbols.specs for activation in spec.activations):
                    self.context.notes.append(f"max(u) of one value is u; the {_RECTIFIER} is max(0, u)")
                return args[0]
            self.fail(f"max is read only as max(0, u), the {_RECTIFIER}, or as max(u), u itself")
        if name == "min":
            if len(args) != 2 or primes:
                self.fail("min is read only as min(u, v), the smaller of two values entry by entry")
            return self.smaller(*args)
        if name == "diag" and len(args) == 1 and _is_matrix(args[0]) and len(args[0]) > 1:
            # a diagonal matrix is no vector: read as its diagonal it would be right only as a whole Jacobian
            self.fail(f"diag({_show(node.args[0])}) of a vector, a diagonal matrix: a Jacobian of an element-wise"
                      " map is read as the vector of its diagonal; write that vector itself, \\frac{\\partial a}"
                      "{\\partial z} = f'(z), entry by entry")
        if name == "diag" and len(args) == 1 and not primes:
            return args[0][0] if _is_matrix(args[0]) else args[0]  # diag(u) of one number: the 1 x 1 matrix u
        if name == "trace":
            return self.trace(args, primes, node)
        if len(args) != 1 and not (name == "log" and len(args) == 2):
            self.fail(f"{name} takes one argument, not {len(args)}")
        u = args[0]
        if _is_matrix(u):
            self.context.note_elementwise_left(node, u)
            return u.applyfunc(lambda entry: self.function(name, [entry], primes, node))
        if name == "log":
            base = getattr(node, "base", None)
            base_value = self.scalar(base) if base is not None else (args[1] if len(args) == 2 else None)
            if primes:
                return 1 / u if base_value is None else 1 / (u * sp.log(base_value))
            if isinstance(u, sp.Expr) and u.is_number and u.is_nonpositive:
                self.fail("takes the log of a number that is not positive")
            return sp.log(u) if base_value is None else sp.log(u) / sp.log(base_value)
        if name == "sqrt":
            return sp.sqrt(u)
        if name == "square":
            if primes:
                self.fail("square'(u) is 2u, a derivative of the square; write 2 u (or the derivative it is part of)")
            return u ** 2
        if name == "abs":
            if primes:
                self.fail("has the derivative of abs, a function with a kink at 0; write its sign, u/|u|, or the"
                          " derivative without abs")
            return sp.Abs(u)
        if name == "exp":
            return sp.exp(u)
        if name == "heaviside":
            return heaviside(u)
        if name in ("sech", "cosh", "sinh"):  # written with exp, so that proofs and numbers need nothing new
            plus, minus = sp.exp(u), sp.exp(-u)
            value = {"sech": 2 / (plus + minus), "cosh": (plus + minus) / 2, "sinh": (plus - minus) / 2}[name]
            if primes:
                return sp.diff(value, u) if not u.free_symbols - {u} else value.diff(u)
            return value
        if activation is None:
            self.fail(f"unknown function {name!r}")
        entry = sympy_activation(activation)
        if primes == 0:
            return entry.value(u)
        if primes > 1:
            self.fail("has a second derivative of an activation; check first derivatives")
        if getattr(node, "at", ""):  # sigmoid_derivative(u): at u as the input or as the output; f'(y) at its place
            return derivative_by_word(self.context.argument_reading, activation, entry, u, node.written, self.fail,
                                      self.context.notation.derivative_places.get(node.written, "")
                                      if node.at == "either" else node.at)
        return entry.derivative(u, entry.value(u))

    def trace(self, args: list, primes: int, node) -> sp.Expr:
        """tr(A), the sum of the diagonal of a square matrix (of a number, 1 x 1, that number); refused of a matrix that
        is not square, a vector among them."""
        if len(args) != 1 or primes:
            self.fail("tr is read only as tr(A), the trace of one square matrix")
        if not _is_matrix(args[0]):
            return args[0]
        if args[0].rows != args[0].cols:
            self.fail(f"tr({_show(node.args[0])}) of a {args[0].rows} x {args[0].cols} matrix: the trace is of a square"
                      " matrix; write the product whose trace is meant so that it is square (u^T v of two columns)")
        return sum(args[0][k, k] for k in range(args[0].rows))

    def row_wise(self, activation, args: list, node) -> sp.Expr:
        """f(z_j) of a row-wise activation f at the pre-activation of a layer it ends: that
        layer's output a_j; f(z) of a vector: all of them."""
        entry, name = sympy_activation(activation), activation.name
        target = args[0]
        if _is_matrix(target):  # f(hU + b) of a row (vectors as rows) is a row
            return sp.ImmutableMatrix([entry.values(list(target))] if target.rows == 1 else entry.values(list(target)))
        node_info = self.context.calculus.node(target)
        if node_info is None or node_info[0] != "z":
            self.fail(f"{name}(u) is read for the pre-activation u of a {name} layer's unit ({name}(z_j) ="
                      f" its output a_j); write {spell(activation.formula).latex}")
        layer, j = node_info[1], int(node_info[2][0])
        symbols = self.symbols
        chain = symbols.spec(layer).activations
        if chain[-1].name != name:
            self.fail(f"{name} of z of layer {layer}, which has no {name}")
        zs = [symbols.z[layer][k] for k in range(symbols.units(layer))]
        return entry.values(chain_outputs(chain[:-1], zs))[j]

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
        and to the parenthesis alone in a product (x (a)^T is x times a^T, not (x a)^T)."""
        whole = script or (lambda value: value)
        if (derivative := declared_derivative(self.notation, node)) is not None:
            return whole(self.value(derivative))  # ableitung_sigmoid(z): the notation's word for a derivative
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
                and symbol.sup in layer_letters(self.notation) | {"L"}
            if lettered and not symbol.primes or lettered and symbol.sup == "L":
                # g^l(z^l), g^L'(z^L) (userz's gˡ, gᴸ'): a layer letter on the function the table names once for
                # every layer, that layer's activation only where the network's is that function (else refused)
                activation_at_layer(self.notation, Call(function, (), symbol.primes, position=symbol.position,
                                                        written=symbol.base, layer=symbol.sup),
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
        if "." in symbol.base and not node.spaced and not symbol.base.startswith("\\") \
                and symbol.base not in self.notation.names():
            # activationFunction.derivative(s): an object's method, which says nothing by itself
            if (many := method_of_arguments(node)) is not None:
                self.fail(many, UnknownSymbol, name=symbol.base)  # learningMethod.getWeightDelta(error, x, id, i)
            self.fail(f"{symbol.base}(...): a method called on an object, which the notation does not name; name it"
                      f' in the notation\'s functions ("{symbol.base}" = "{SIGMA}" or a derivative word\'s'
                      f' "{SIGMA}\' at input"), or its value in [notation.symbols]', UnknownSymbol, name=symbol.base)
        if _plain(symbol.text()).replace("\\_", "_") in ONE_HOT_NAMES and symbol.base not in self.notation.bases:
            return whole(self._one_hot_of(symbol, node))
        if (derivative := self._primed_loss_applied(node)) is not None:
            return whole(derivative)
        if self._is_loss(symbol):
            self._note_loss(symbol)
            self._sample_of_arguments(node.args)
            return whole(self.symbols.L)
        if self.is_rate(symbol) and len(node.args) == 1 and isinstance(node.args[0], Sym) and self.is_rate(node.args[0]) \
                and node.args[0].text() != symbol.text():  # learning_rate(\alpha): the rate, glossed by its other name
            return whole(self.value(node.args[0]))
        if (layered := self._layer_in_parentheses(node)) is not None:
            return whole(self.value(layered))
        if (entry := parenthesised_entry(self.notation, symbol, node.args, self.fail)) is not None:
            return whole(self.value(entry))
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

    def _number_at_loop_letters(self, symbol, value, arguments) -> bool:
        """Whether ``who(j, k)`` is MATLAB's indexing, inside a loop over j and k, of a name the notation gives one
        number (``"who" = "W2[0, 0]"``): that number, where its arguments are bare index letters of the notation no rule
        gives a value (a letter with one, who(j, k) at j = 1, would be another entry than the notation's; other letters,
        dot(Q, g), are no loop's)."""
        return symbol.base in self.notation.bases and not isinstance(value, sp.MatrixBase) and all(
            isinstance(arg, Sym) and len(arg.base) == 1 and arg.base in self.notation.indices and not (
                arg.sub or arg.sup or arg.primes)
            and arg.bracket is None and not dict.__contains__(self.env, arg.base) for arg in arguments)
