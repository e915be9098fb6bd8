"""Derivatives in a formula (a part of reading.Reader): a quotient or operator d/dv read as the derivative in the
network's graph (dL/da through every later unit, da/dz the activation's slope, dz/dw the input, 0 where the
quantity does not depend on the variable) and a derivative by a function's input inside a layer's chain.
\\nabla L and a lone \\partial w are reading_gradients.py's; a derivative of a vector by a vector is
reading_jacobians.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from ..activations import ACTIVATIONS
from .formula_functions import LATEX_COMMANDS, LATEX_WORDS
from .functions import loss_gradient, sympy_activation
from .quantities import FormulaError, NewValue
from .reading_base import _is_matrix, _show
from .notation_layer_functions import activation_at_layer, function_layer_number, layered_function
from .syntax_tree import Apply, Call, Deriv, Sym

# a layer written as a function's superscript: the rule's letter (l, L, \ell), plus or minus a number (a number
# only in brackets, f^{[2]}: f^2 is a power)
_LAYER = r"(?:l|L|\\ell)(?:[+-]\d+)?"


class DerivativeReading:
    """Reader methods for derivatives and gradients."""

    # -- derivatives ---------------------------------------------------------------------------------

    def _deriv(self, node: Deriv):
        if node.at is not None:
            self._evaluation_point(node)
            node = replace(node, at=None)
        if node.of is None and node.sign == "lone":
            return self.differentiate(self.symbols.L, self._lone_partial_variable(node.wrt), node)
        if node.of is None:  # the operator alone as the whole left side (the parser's): the loss's derivative
            return self.differentiate(self.symbols.L, self.value(node.wrt), node)
        if node.sign == "delta" and self.notation.candidates(Sym(r"\delta")):
            # the notation's delta is a quantity: \delta E / \delta w is then also that quantity times E over it times w
            self.fail(f"\\delta {_show(node.of)} / \\delta {_show(node.wrt)} reads two ways: a derivative written with"
                      " delta, or the notation's \\delta times each; write the derivative with \\partial")
        if node.sign == "subscript" and not self._is_loss(node.of):
            # \partial_w x: read only as the loss's derivative, \partial_w L; any other reading would be a guess
            names = ", ".join(dict.fromkeys(self.context.losses))
            self.fail(f"\\partial_{{{_show(node.wrt)}}} {_show(node.of)}: {_show(node.of)} is not the loss (its names:"
                      f" {names}), and \\partial with a subscript is read for the loss's derivative: write"
                      f" \\frac{{\\partial {_show(node.of)}}}{{\\partial {_show(node.wrt)}}}")
        of_name, glued, function = self.differentiated_function(node)
        if function is None and not self._is_loss(node.of):
            # what is differentiated first: its error (E^{P}, no name) holds at every index value,
            # where one of the variable (w_{jk} at j = 0) would only name the first value tried
            of = self.value(node.of)
            return self.differentiate(of, self.value(node.wrt), node)
        wrt = self.value(node.wrt)
        if function is not None:  # d Sig / d x: the function at the variable
            variable = self.context.calculus.node(wrt) if isinstance(wrt, sp.Expr) else None
            if variable is None or variable[0] != "z":
                # d f / d w_{11} (f(net) meant): f at w_{11} would be a misreading, not a derivative
                self.fail(f"d {of_name} / d {_show(node.wrt)}: {of_name} is a function, read at a pre-activation"
                          f" (d {of_name}/d z); write the derivative of its value, d {of_name}(u)/d"
                          f" {_show(node.wrt)}, or {of_name}'(u) times d u/d {_show(node.wrt)}")
            if node.sign == "partial" and glued and function == glued and [
                    activation.name for activation in self.symbols.spec(variable[1]).activations] != [glued]:
                # \partial \sigma / \partial z where z's layer applies another function: \sigma may be that layer's
                # output (its derivative by z the layer's), or the function named (its derivative at z); they differ
                self.fail(f"\\partial {of_name} / \\partial {_show(node.wrt)} reads two ways: the derivative of"
                          f" {glued} at {_show(node.wrt)}, or of the output of {_show(node.wrt)}'s layer, whose"
                          f" activation is not {glued}; write {of_name}'({_show(node.wrt)}) or the output's name")
            return self.differentiate(self.function(function, [wrt], 0, node), wrt, node)
        if self._is_loss(node.of):
            self._note_loss(node.of)
            if isinstance(node.of, Apply):  # \partial L(y, \hat{y}) / \partial w: the loss by its arguments
                self.loss_arguments(node.of.symbol, node.of.args)
            of = self.symbols.L
        else:
            of = self.value(node.of)
        return self.differentiate(of, wrt, node)

    def differentiated_function(self, node: Deriv) -> tuple:
        """(name, activation, function) of d f / d v where f is a function, not a quantity: the notation's function
        (d Sig / d x), or plain dtanh/dn, an activation's name (a word, not one letter such as H) the notation gives
        no meaning, read as the activation's derivative at the pre-activation; function None where f is none."""
        of_name = node.of.base if isinstance(node.of, Sym) and not node.of.sub and not node.of.sup else None
        glued = (LATEX_WORDS.get(of_name) or LATEX_COMMANDS.get(of_name)) if of_name and len(of_name) > 2 \
            and not node.of.primes else None  # (\frac{d\sigma}{dz}, syntax_bare_functions.py: \sigma's command)
        function = self.notation.functions.get(of_name) or (
            glued if glued in ACTIVATIONS and not self.notation.candidates(node.of) else None)
        return of_name, glued, function

    def _evaluation_point(self, node: Deriv) -> None:
        """``\\frac{\\partial L}{\\partial w_3}(w_3^{t-1})``: the derivative taken at a point the parenthesis names, its
        variable with a time's or a step's script (syntax_operators.evaluation_point). check takes every derivative at
        the network's current values, so it reads the derivative where the point means the variable's current value
        (the notation's w_3^{t-1} = W3[0, 0] before the step, w^{old}); refused where it means anything else (the value
        after the step, a power) or nothing: never read as a product, which the point is not."""
        written = f"d{_show(node.of) if node.of is not None else ''}/d{_show(node.wrt)}({_show(node.at)})"
        try:
            point = self.value(node.at)
        except FormulaError:
            point = None
        if point is None:
            self.fail(f"{written}: the derivative taken at {_show(node.at)}, a point the notation does not name; name it"
                      f" in its [notation.symbols] as {_show(node.wrt)}'s value before the step, or write the derivative"
                      " without the point (check takes every derivative at the network's current values)")
        if point != self.value(node.wrt):
            what = "the value after the step" if isinstance(point, sp.Basic) and point.has(NewValue) else "a point"
            self.fail(f"{written}: the derivative taken at {_show(node.at)}, {what}, not {_show(node.wrt)}'s current"
                      " value (check takes every derivative at the network's current values): write it without the"
                      " point, or at the value before the step")

    def primed_parenthesis(self, node: Call):
        """``(\\frac{1}{1+e^{-x}})'``: the derivative of the parenthesis by its one variable, the variable named by
        its argument, ``(...)'(x)``, or by the claim's left side f'(x), else the one variable the parenthesis holds (a
        prime in LaTeX is no transpose); refused otherwise (two variables or more), which variable being unclear; 0
        where it holds none (``1'``). A function the
        notation names, with its layer (``(f^{l-1})'``, Wikipedia's), is its derivative at that layer's z."""
        if (at_layer := self._primed_layer_function(node.args[0], node)) is not None:
            return at_layer
        inside = self.value(node.args[0])
        if not _is_matrix(inside) and not _variables(inside):
            return sp.Integer(0)  # 1', (2)': a constant's derivative is 0 by whichever variable
        named = node.args[1] if len(node.args) > 1 else self.context.primed_by  # (...)'(y), or f'(x) = (...)'
        if named is None and _is_matrix(inside) and (node.coded or self._transposed_only(node.args[0])):
            return inside.T  # Octave's and Julia's transpose, (W^{l+1})' * delta^{l+1}: no variable to differentiate by
        variable = None if named is None else _one_entry(self.value(named))
        if variable is None and not _is_matrix(inside) and len(variables := _variables(inside)) == 1:
            variable = next(iter(variables))  # \left( \frac{1}{1 + e^{-z}} \right)' in a chain for dL/dz
        point = sp.Dummy("x")
        if not isinstance(variable, (sp.Symbol, sp.Indexed)) or _is_matrix(inside) \
                or not inside.has(variable) or inside.subs(variable, point).free_symbols != {point}:
            self.fail(f"({_show(node.args[0])})': a prime on a parenthesis is read as the derivative by its one"
                      f" variable, the x of (...)'(x) or of a left side f'(x), and here which variable is meant is"
                      f" unclear; write \\frac{{d}}{{dx}}({_show(node.args[0])}) with the variable you differentiate by"
                      f" in place of x" + (f", or ({_show(node.args[0])})^T for its transpose" if _is_matrix(inside)
                                           else ""))
        return sp.diff(inside, variable)

    def _transposed_only(self, inner) -> bool:
        """Whether ``(inner)'``, no variable named, can only be Octave's transpose: inner a name of a vector or matrix
        that the notation gives no primed meaning nor a function, and whose entries are no unit outputs (whose
        slope f'(z) a prime may mean, as a' reads: both readings fit there and the prime is refused)."""
        if not isinstance(inner, Sym) or inner.primes or inner.base in self.notation.functions:
            return False
        primed = replace(inner, primes=1)
        return not self.notation.candidates(primed) and self._primed_unit(primed, primed) is None

    def _primed_layer_function(self, inside, node: Call):
        """``(f^{l-1})'``, ``(f^L)'``, ``(g^{[2]})'``: a function of the notation's table written with a layer as its
        superscript (the table's own scripted name, ``"f^{L}"``, or its bare name with the rule's layer letter, l, L,
        either plus or minus a number, or a number in brackets), primed outside the parenthesis and written without
        its argument: the activation's derivative at that layer's pre-activation, f'(z^{l-1}), as \\sigma'^l reads
        without its argument; None for anything else."""
        if not isinstance(inside, Sym) or inside.sub or inside.primes or inside.bracket is not None or not inside.sup \
                or self.notation.candidates(inside):  # a symbol the notation names so keeps its meaning
            return None
        layer = re.fullmatch(rf"\[\s*({_LAYER}|\d+)\s*\]|({_LAYER})", inside.sup)
        if layer is None:  # (f^2)' with no bracket: a power, as before
            return None
        name, scripted = self.notation.function_of(inside)
        if not scripted and (at := layered_function(self.notation, inside, self.env, self.symbols, self.where)):
            name, scripted = self.notation.function_of(at)  # the table's g^{[2]} before its bare g
        if name is None:
            return None
        written = inside.text() if scripted else inside.base
        layer = next(group for group in layer.groups() if group)
        call = Call(name, (), 1, position=node.position, written=written, layer=layer)
        name = activation_at_layer(self.notation, call, name, self.env, self.symbols, self.where)
        number = function_layer_number(self.notation, written, layer, self.env, self.symbols, self.where)
        z = [self.symbols.pre_activation(number, j) for j in range(self.symbols.units(number))]
        return self.function(name, [z[0] if len(z) == 1 else sp.Matrix(z)], node.primes, node)

    def differentiate(self, of, wrt, node):
        calculus = self.context.calculus
        # a vector of one entry (a^{(L)} of a one-unit layer) is that entry: d a / d z is a number
        of = of[0, 0] if _is_matrix(of) and of.shape == (1, 1) else of
        wrt = wrt[0, 0] if _is_matrix(wrt) and wrt.shape == (1, 1) else wrt
        if _is_matrix(wrt):
            if _is_matrix(of):
                return self.jacobian(of, wrt, node)
            return wrt.applyfunc(lambda entry: self.differentiate(of, entry, node))
        if _is_matrix(of):
            return of.applyfunc(lambda entry: self.differentiate(entry, wrt, node))
        inner = self._inside_chain(wrt)
        if inner is not None:  # d E / d u_i, u_i = f(z_i) inside the layer's chain: d E/d z_i over f'(z_i)
            unit, slope = inner
            return self.differentiate(of, unit, node) / slope
        through = self._named_intermediate(wrt, node)
        if through is not None:  # d E / d u, u = f(q) of one quantity q: d E/d q over d u/d q
            quantity, slope = through
            return self.differentiate(of, quantity, node) / slope
        atom = self._variable(wrt, node)
        if atom is not wrt and not isinstance(wrt, sp.Indexed):
            of = self._in_terms_of(of, wrt, atom, node)
        expanded = calculus.expand_deltas(of) if isinstance(of, sp.Expr) else of
        if isinstance(expanded, sp.Expr) and calculus.computed_from(atom, expanded):
            # db/dz for dz/db (a course inverting its own chain rule), or a slip: 0 in the graph, 1 meant; a
            # quantity inside an expression (d/ds (sigma(s) x)) is held, 0 as the product rule has it
            self.fail(f"d {_show(node.of)} / d {_show(node.wrt)} differentiates {expanded} by {atom}, which is"
                      f" computed from it: no derivative of the network's graph (0, or its inverse d {atom} / d"
                      f" {expanded} meant?); write d {_show(node.wrt)} / d {_show(node.of)}")
        return calculus.derivative(expanded, atom)

    def _inside_chain(self, wrt):
        """(z_i, f'(z_i)) where ``wrt`` is f(z_i), f the first (element-wise) of two or more
        activations of z_i's layer (z = sigma(x W) before a row-wise one): every path from z_i runs
        through it, so a derivative by it is one by z_i over f'(z_i). None otherwise."""
        if not isinstance(wrt, sp.Expr) or self.context.calculus.node(wrt) is not None:
            return None
        units = [atom for atom in wrt.atoms(sp.Indexed) if self.context.calculus.node(atom) is not None]
        if len(units) != 1 or self.context.calculus.node(units[0])[0] != "z":
            return None
        unit = units[0]
        chain = self.symbols.spec(self.context.calculus.node(unit)[1]).activations
        first = sympy_activation(chain[0])
        if len(chain) < 2 or first.value is None or sp.simplify(wrt - first.value(unit)) != 0:
            return None
        return unit, first.derivative(unit, first.value(unit))

    def _named_intermediate(self, wrt, node):
        """(q, d u/d q) where ``wrt`` is an expression u (the notation's "u" = "a1[0] - y[0]") of one quantity q of
        the network (a weight, a bias, a unit's z or activation) besides data and constants: every quantity is then a
        function of u where u changes with q, and its derivative by u is the one by q over d u/d q. None where
        ``wrt`` is a quantity or reads otherwise; refused where u depends on several quantities (what is held is not
        said) or does not change with its one."""
        calculus = self.context.calculus
        if not isinstance(wrt, sp.Expr) or calculus.node(wrt) is not None or wrt == self.symbols.eta \
                or wrt.has(sp.Sum) or self._pre_activation_written_out(wrt) is not None:
            return None
        indexed = wrt.atoms(sp.Indexed)
        inside = set().union(*(atom.base.free_symbols | set().union(*(i.free_symbols for i in atom.indices))
                               for atom in indexed)) if indexed else set()
        kinds = {atom: calculus.node(atom) for atom in indexed | (wrt.atoms(sp.Symbol) - inside)}
        data = {atom for atom, kind in kinds.items()
                if kind is not None and (kind[0] == "target" or kind[:2] == ("a", 0)) or atom == self.symbols.eta}
        quantities = sorted((atom for atom in kinds if atom not in data), key=str)
        if any(atom.is_Symbol and calculus.node(atom) is None for atom in quantities) \
                or any(not atom.is_Symbol and not isinstance(atom, sp.Indexed) for atom in quantities):
            return None
        held = self._bias_held(wrt, quantities)
        if held is not None:  # Zhou's beta_j = z_j - b_j: d/d beta_j with the bias held is d/d z_j
            return held
        shown = f"{_show(node.wrt)} (= {wrt})"
        if len(quantities) != 1 or calculus.node(quantities[0])[0] not in ("W", "b", "z", "a"):
            if len(quantities) > 1:
                self.fail(f"{shown} is not one quantity of the network to differentiate by: it depends on"
                          f" {len(quantities)} ({', '.join(map(str, quantities))}), and which are held is not said;"
                          f" write the derivative by one of them, or name {_show(node.wrt)} as a function of one")
            return None
        quantity = quantities[0]
        if not all(index.is_Integer for index in getattr(quantity, "indices", ())):
            return None  # one entry of a rule's vector: its index is not one number
        slope = sp.diff(wrt, quantity)
        if slope.has(sp.Heaviside, sp.Piecewise, sp.Derivative, sp.Subs, sp.DiracDelta, sp.sign, sp.Abs):
            # a kink or a step: u is flat where the step is 0, and nothing there is a function of u
            self.fail(f"{shown} changes with {quantity} only in places (its slope {slope} is 0 elsewhere), so a"
                      f" derivative by it is not determined everywhere; write the derivative by {quantity}")
        if sp.simplify(slope) == 0:
            self.fail(f"{shown} does not change with {quantity}, so nothing is a function of it; write the derivative"
                      " by one of the network's quantities")
        return quantity, slope

    def _bias_held(self, wrt, quantities):
        """(z, c) where ``wrt`` is c z plus a multiple of z's own bias and nothing else (a number at most): Zhou
        Zhihua's beta_j = sum_h w_hj b_h, the weighted sum without the threshold theta_j = -b_j (y_j = f(beta_j -
        theta_j)). In a chain rule the parameters outside the chain are held, and a bias is a leaf that reaches every
        quantity only through its unit's z, so with it held a derivative by wrt is the one by z over c. None for any
        other expression (several units, a weight, another layer's bias: what is held stays unsaid)."""
        calculus = self.context.calculus
        units = [atom for atom in quantities if calculus.node(atom)[0] == "z"]
        if len(quantities) != 2 or len(units) != 1:
            return None
        unit = units[0]
        _kind, layer, index = calculus.node(unit)
        if len(index) != 1 or not index[0].is_Integer:
            return None
        bias = self.symbols.bias(layer, index[0])
        if bias == 0 or [atom for atom in quantities if atom != unit] != [bias]:
            return None
        slope, held = sp.diff(wrt, unit), sp.diff(wrt, bias)
        if not slope.is_number or slope == 0 or not held.is_number \
                or not sp.expand(wrt - slope * unit - held * bias).is_number:
            return None
        return unit, slope

    def _variable(self, wrt, node):
        calculus = self.context.calculus
        if isinstance(wrt, sp.Expr) and (calculus.node(wrt) is not None or wrt == self.symbols.eta):
            return wrt
        written_out = self._pre_activation_written_out(wrt)
        if written_out is not None:
            return written_out
        if isinstance(wrt, NewValue):
            self.fail("differentiates with respect to an updated parameter")
        self.fail(f"{_show(node.wrt)} (= {wrt}) is not one quantity of the network to differentiate by; write the"
                  " derivative by one of the network's quantities (a weight, a bias, a unit's z or activation)")

    def _pre_activation_written_out(self, wrt):
        """z_l[j] where ``wrt`` is its definition written out, \\partial (Xw + b) for \\partial z (the weighted
        sum of the layer's inputs plus its bias, in any order); None for any other expression."""
        if not isinstance(wrt, sp.Add) or wrt.has(sp.Sum):
            return None
        calculus, symbols = self.context.calculus, self.symbols
        units = {(node[1], int(node[2][0])) for atom in wrt.atoms(sp.Indexed)
                 if (node := calculus.node(atom)) is not None and node[0] == "W" and node[2][0].is_Integer}
        for layer, j in units:
            definition = sp.Add(*[symbols.weight(layer, j, i) * symbols.a[layer - 1][i]
                                  for i in range(symbols.units(layer - 1))]) + symbols.bias(layer, j)
            if sp.expand(wrt - definition) == 0:
                return symbols.z[layer][j]
        return None

    def _in_terms_of(self, of, written, unit, node):
        """``of`` with the pre-activation ``written`` out replaced by ``unit``, for its derivative by it: a function
        of Xw + b is one of z. What still depends on its terms but not through it (\\partial (1 + e^{-Xw})^{-1}
        / \\partial (Xw + b)) has no derivative by it that the formula says (b held, or Xw?): refused."""
        if not isinstance(of, sp.Expr):
            return of
        replaced = of.subs(written, unit)
        left = replaced.free_symbols & written.free_symbols
        if left or any(atom in written.atoms(sp.Indexed) for atom in replaced.atoms(sp.Indexed)):
            self.fail(f"{_show(node.of)} depends on the terms of {_show(node.wrt)} (= {unit}) other than through"
                      f" their sum, so its derivative by {_show(node.wrt)} depends on what is held fixed; write it"
                      f" as a function of ({_show(node.wrt)}), or differentiate by one quantity of the network")
        return replaced

    def loss_derivative_at(self, loss, args: list, primes: int, node):
        """Code's ``mse_prime(y_true, y_pred)``: the registry's derivative of the loss by each entry of the prediction,
        at the target and prediction given (two numbers, or two vectors of one size), as code's argument order has
        them; the loss's value written as a function (no prime) or a second derivative is refused."""
        written = getattr(node, "written", loss.name)
        if primes != 1 or len(args) != 2:
            self.fail(f"{written}_prime{chr(39) * (primes - 1)}(...) with {len(args)} argument(s): a loss's derivative"
                      f" is read once, by the prediction, with the target and the prediction: {written}_prime(y_true,"
                      " y_pred)")
        target, prediction = args
        if _is_matrix(target) != _is_matrix(prediction) or _is_matrix(target) and target.shape != prediction.shape:
            self.fail(f"{written}_prime(y_true, y_pred) of a target and a prediction of different sizes")
        if not _is_matrix(prediction):
            return loss_gradient(loss, prediction, target, 1)
        units = len(prediction)
        return sp.ImmutableMatrix(*prediction.shape,
                                  [loss_gradient(loss, a, y, units) for a, y in zip(prediction, target)])


def _one_entry(value):
    """A vector or matrix of one entry as that entry (a^{(L)} of a one-unit layer); anything else as it is."""
    return value[0, 0] if _is_matrix(value) and value.shape == (1, 1) else value


def primed_argument(node):
    """x of a left side ``f'(x)`` (``\\sigma'(x)``, a function with one prime and one argument), else None."""
    if isinstance(node, Call) and node.primes == 1 and len(node.args) == 1:
        return node.args[0]
    if isinstance(node, Apply) and node.symbol.primes == 1 and len(node.args) == 1:
        return node.args[0]
    return None


def _variables(value) -> set:
    """The variables ``value`` depends on: its indexed entries (z1[0]) and symbols outside them (not their labels
    nor indices)."""
    entries = value.atoms(sp.Indexed) if isinstance(value, sp.Basic) else set()
    return entries | {symbol for symbol in getattr(value, "free_symbols", set()) if isinstance(symbol, sp.Symbol)
                      and not any(symbol in entry.free_symbols for entry in entries)}
