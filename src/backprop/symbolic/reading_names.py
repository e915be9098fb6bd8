"""Names of a formula that stand for something as a whole (a part of reading.Reader): the learning rate as the
notation lists it (``learning_rate``), the parameter's names (``Weight_new``, ``w_i'``), a name the notation writes
with its update's marker (``"w1_new"``), and a name with digits read as the letters with the digits as subscript
(``w1`` as ``w_{1}``); whether a name is a parameter's (the w of ``\\Delta w``); the one-hot vector of the label
(``\\text{onehot}(y)``), the sample a loss's script names (``\\mathcal{J}_i``; a loss's arguments are
reading_loss_arguments.py's), and a name whose superscript ends in a transpose or a square (``a^{[1](i)T}``)."""

from __future__ import annotations

import re
from functools import lru_cache

import sympy as sp

from .notation import GLUED_DIGITS, Unbound
from .notation_indices import superscript_forms
from .notation_meanings import names_only
from .quantities import FormulaError, NewValue, NoSuchLayer, NoSuchUnit, outside_network
from .reading_base import SAMPLE_COUNTS, _is_matrix, _show, same_quantity
from .sample_calls import SAMPLE_CALL_READINGS, product_may_be_meant
from .syntax_tree import Apply, Num, Op, Sym, Transpose


class NameReading:
    """Reader methods for names read whole (see the module docstring)."""

    def is_rate(self, sym: Sym) -> bool:
        """eta, or a name of it the notation lists, written as listed: ``learning_rate`` (read as the word learning
        with the subscript rate) is the learning rate where ``learning_rate = ["learning_rate"]`` says so, and
        ``\\text{learningRate}`` or ``\\text{learning rate}`` where the list writes it so (its spaces dropped)."""
        rates = self.context.rates
        if sym.base in rates and not sym.sub and not sym.sup:
            return True
        if not sym.sub and not sym.sup and not sym.primes and _plain(sym.base) in {
                _plain(name) for name in rates if name.startswith(("\\text", "\\mathrm"))}:
            return True  # \text{learning rate} as listed (the word's spaces dropped, as \text{Loss} for the loss)
        return bool(sym.sub) and not sym.sup and not sym.primes and sym.bracket is None and _plain(sym.text()) in {
            _plain(name) for name in rates}

    def _names_as_written(self, sym: Sym) -> bool:
        """Whether a pattern of the notation writes ``sym``'s scripts literally as the formula does (``"w1_new"`` for
        w1_new): the notation's name wins over reading new or old as an update's marker."""
        return any(pattern.sub == sym.sub and pattern.sup in superscript_forms(sym.sup)
                   for pattern, _ in self.notation.candidates(sym))

    def _name_with_digits_split(self, sym: Sym) -> Sym | None:
        """``w1`` read as a name (the notation has ``"w1_new"``) that no pattern of that name reads bare: the
        letters with the digits as their subscript, ``w_{1}``, where the notation names that (``"w1"``), as
        plain text reads w1 where no name w1 is known. None where the name reads bare, or the split names
        nothing (the name is then refused as the notation's patterns for it); refused where the name is also the
        vector of its own patterns and that is another quantity than the split's."""
        match = GLUED_DIGITS.fullmatch(sym.base)
        if match is None or sym.sub or sym.bracket is not None or self.notation.candidates(sym):
            return None
        split = Sym(match.group(1), match.group(2), sym.sup, sym.primes, None, sym.position)
        if not self.notation.candidates(split):
            return None
        if sym.base in self.notation.bases and (vector := self._notation_vector(sym)) is not None \
                and not same_quantity(vector, self.value(split)):  # "W1" beside "W1_{ij}", one matrix: either
            self.fail(f"{sym.base}: the vector the notation's {sym.base} patterns name, or"
                      f" {match.group(1)}_{{{match.group(2)}}}; write {sym.base} with its index, or"
                      f" {match.group(1)}_{{{match.group(2)}}}")
        return split

    def _primed_whole(self, sym: Sym):
        """A prime on a name written without its argument: the notation's function (``\\phi'``, functions = {
        "\\phi" = <an activation> }) is its derivative at the pre-activation of the one layer whose activation it
        is; the loss (``J'``) is its derivative by the network's one weight. None for any other name; refused where
        several layers or weights would fit, since choosing one would be a guess."""
        if sym.sub or sym.sup or sym.bracket is not None or self.notation.candidates(sym):
            return None
        symbols = self.symbols
        function, _ = self.notation.function_of(sym)
        if function is not None:
            layers = [layer for layer in range(1, symbols.depth + 1)
                      if [activation.name for activation in symbols.spec(layer).activations] == [function]]
            if len(layers) != 1:
                self.fail(f"{sym.text()} without its argument: {len(layers) or 'no'} layers of the network have"
                          f" {sym.base}'s activation ({function}), so which z it is taken at is not said; write"
                          f" {sym.base}'(z) with the layer's z")
            z = [symbols.pre_activation(layers[0], j) for j in range(symbols.units(layers[0]))]
            argument = z[0] if len(z) == 1 else sp.Matrix(z)
            return self.function(function, [argument], sym.primes, sym)
        if sym.primes != 1 or not self._is_loss(Sym(sym.base, position=sym.position)):
            return None
        return self.context.calculus.loss_derivative(self.lone_weight(sym))

    def _primed_loss_applied(self, node: Apply):
        """``c'(a, y)``: the loss with a prime, written with its arguments, is its derivative by the one argument
        that is the network's prediction (the output layer's units), the other being the target, whichever order
        they are written in; written with one argument that is a weight, bias, unit or input of the network
        (``C'(W_o)``, ``C'(Z_h)``, the ML Glossary's Lagrange-style prime), its derivative by that argument, as
        ``C'(\\hat{y})`` is by the prediction; None where the name is no primed loss (the notation's own c', a
        function's f')."""
        symbol = node.symbol
        unprimed = Sym(symbol.base, position=symbol.position)
        if symbol.primes != 1 or symbol.sub or symbol.sup or symbol.bracket is not None \
                or self.notation.candidates(symbol) or not self._is_loss(unprimed):
            return None
        arguments = self.listed_arguments(node.args)
        values = [self.value(argument) for argument in arguments]
        calculus, depth = self.context.calculus, self.symbols.depth

        def is_prediction(value) -> bool:
            return all(item is not None and item[:2] == ("a", depth) for item in calculus.entry_nodes(value))
        predictions = [value for value in values if is_prediction(value)]
        if len(predictions) != 1 and len(values) == 1 and (by := self._loss_input(arguments[0])) is not None:
            self._note_loss(unprimed)  # C'(W_o): one argument, no prediction, the quantity it is taken by
            return self.differentiate(self.symbols.L, by, node)
        if len(predictions) != 1:
            self.fail(f"{symbol.text()}(...): the loss with a prime is read as its derivative by the prediction among"
                      f" its arguments, or by its one argument where that is a weight, bias, unit or input of the"
                      f" network, and {len(predictions) or 'none'} of its {len(values)} argument(s) are the prediction;"
                      f" write the derivative with its variable, d{symbol.base}/da")
        self._note_loss(unprimed)
        return self.differentiate(self.symbols.L, predictions[0], node)

    def _default_named_alike(self, sym: Sym):
        """A bare ``y`` (x, t, \\hat{y}) where every pattern of its letter names the quantity the letter names by
        default (``"y_true" = "y[:]"`` beside the target y): that default, which no pattern contradicts; None
        otherwise."""
        if sym.sub or sym.sup or sym.primes or sym.base not in ("x", "y", "t", r"\hat{y}"):
            return None
        default = self._default_symbol(sym)
        meanings = [pattern.meaning for pattern in self.notation.patterns if pattern.base == sym.base]
        return default if names_only(meanings, default, self.symbols) else None

    def one_sample_named(self) -> bool:
        """Whether the notation says the step has one sample, giving a letter that counts samples the number 1
        (``"N" = "1"``, as the refusal of a bare N asks), on a problem of at most one sample per step: a sum
        over the samples then has one term, not the step's K."""
        return self.symbols.problem.batch <= 1 and any(
            pattern.base in SAMPLE_COUNTS and not pattern.sub and not pattern.sup and pattern.meaning.strip() == "1"
            for pattern in self.notation.patterns)

    def _over_samples_column(self, big, body) -> bool:
        """Whether a bare \\sum (no letter, no bounds, not code's sum(u)) of a column ``body`` runs over the samples:
        the notation counts them with 1 and lays a sample out as a column (its weights as symbols.md's, Ng's Z = W A),
        and the claim's left side is a column of that shape (db^{[l]} = \\frac{1}{m} \\sum dZ^{[l]}), which the sum of
        the column's entries, a number, could not be: the one sample's column itself, as np.sum(dZ, axis=1) reads."""
        return not big.called and big.lower is None and big.upper is None and isinstance(body, sp.MatrixBase) \
            and body.cols == 1 and body.rows > 1 and self.context.left_shape == body.shape \
            and self.one_sample_named() and not self.notation.samples_as_rows

    def lone_weight(self, sym: Sym):
        """The network's one weight, by which ``sym`` (the loss with a prime, J') is differentiated; refused where
        the network has more than one, saying to write the derivative with its variable."""
        symbols = self.symbols
        if symbols.depth != 1 or symbols.units(0) != 1 or symbols.units(1) != 1:
            self.fail(f"{sym.text()}: the loss with a prime is read as its derivative by the network's one weight, and"
                      f" this network has more than one; write the derivative with its variable, d{sym.base}/dw")
        return symbols.weight(1, 0, 0)

    def _primed_parameter(self, sym: Sym):
        """``w_i'`` (Winston's ``w_i' = w_i + r ...``): a parameter's name with a prime is its new value,
        where the notation names no primed symbol so and the name without the prime is a parameter; None
        otherwise (a^{\\prime}, f', a primed pattern of the notation keep their readings)."""
        if self.notation.candidates(sym) or sym.base in self.notation.functions:
            return None
        try:
            value = self.value(Sym(sym.base, sym.sub, sym.sup, sym.primes - 1, sym.bracket, sym.position))
        except FormulaError:
            return None
        parameter_of = self.context.calculus.parameter_of
        if _is_matrix(value) and all(parameter_of(entry) is not None for entry in value):
            return value.applyfunc(NewValue)
        if isinstance(value, sp.Expr) and parameter_of(value) is not None:
            return NewValue(value)
        return None

    def _primed_name(self, sym: Sym):
        """A primed name the notation gives no meaning: a parameter's new value, else a unit's slope f'(z)."""
        new = self._primed_parameter(sym)
        return new if new is not None else self._primed_unit(sym, sym)

    def _primed_unit(self, sym: Sym, node):
        """``a'`` where the notation names a (``"a" = "a1[0]"``, a vector too) a unit's output a = f(z) and gives a'
        no meaning of its own: the derivative of a by its own pre-activation, f'(z), as ``\\sigma'(z)`` is read (only
        for a layer whose activation acts entry by entry: a unit whose output depends on its whole layer's z has no
        one slope f'(z)). None
        for any other primed name (a parameter's w' its new value, the notation's own primed patterns first)."""
        if sym.primes != 1 or self.notation.candidates(sym) or sym.base in self.notation.functions:
            return None
        try:
            value = self.value(Sym(sym.base, sym.sub, sym.sup, 0, sym.bracket, sym.position))
        except FormulaError:
            return None
        found = self.context.calculus.entry_nodes(value)
        if not found or any(item is None or item[0] != "a" or item[1] < 1 or not all(
                activation.elementwise for activation in self.symbols.spec(item[1]).activations) for item in found):
            return None
        entries = list(value) if _is_matrix(value) else [value]
        slopes = [self.differentiate(entry, self.symbols.pre_activation(item[1], item[2][0]), node)
                  for entry, item in zip(entries, found)]
        return sp.ImmutableMatrix(value.rows, value.cols, slopes) if _is_matrix(value) else slopes[0]

    def annotated_on_left(self, value, argument) -> bool:
        """``z^l(w^l) = ...``: on a claim's left side, a unit's sum or output written with what it is computed from
        in parentheses (a weight or bias of its own row, an input of its layer) is that quantity, the dependency
        annotated, as ``a^l(z^l)`` is; inside a member Q(u) stays Q times u (a product may be meant there)."""
        calculus = self.context.calculus
        quantity = calculus.node(value) if self.context.reading_left and isinstance(value, sp.Expr) else None
        if quantity is None or quantity[0] not in ("z", "a") or quantity[1] < 1 or len(quantity[2]) != 1:
            return False
        layer, unit = quantity[1], quantity[2][0]
        found = calculus.entry_nodes(argument)
        return all(item is not None and (
            item[0] in ("W", "b") and item[1] == layer and (not item[2] or item[2][0] == unit)
            or item[0] == "a" and item[1] == layer - 1) for item in found)

    def written_with_inputs(self, value, arguments) -> bool:
        """``S_{l,n}(a_{l-1}, \\omega_{l})``, ``a_{l,n}(a_{l-1}, \\omega_{l})``: a unit's sum or output (or a layer of them)
        written with what it is computed from as its arguments, in mathematics' way, which names the quantity itself:
        two arguments or more (a comma's list, no product), each a name of the notation's for a whole layer or matrix
        of network quantities the value is computed from (calculus.computed_from_each); False for any other."""
        if len(arguments) < 2 or not all(isinstance(arg, Sym) and not arg.primes and self.notation.candidates(arg)
                                         for arg in arguments):
            return False
        try:
            read = [self.value(arg) for arg in arguments]
        except (FormulaError, Unbound) as error:
            if outside_network(error):
                raise  # a_{l-1} at l = 0: a rule's value past the network, left out as anywhere else
            return False
        # whole layers and matrices only: of entries (s(v_1, u_1)) the call may be a function of those alone
        return all(_is_matrix(item) for item in read) and self.context.calculus.computed_from_each(value, read)

    def _is_sample_letter(self, letter: str) -> bool:
        """Whether the notation's patterns write ``letter`` as a sample's: a literal letter or a placeholder the
        meaning does not use (the i of "y^{(i)}" = "y[0]")."""
        return any(letter in pattern.unused_literals() | pattern.unused_placeholders()
                   for pattern in self.notation.patterns)

    def at_sample(self, symbol: Sym, argument):
        """``p(x_i)``, where ``x_i`` names nothing but the notation writes i as x's sample letter (``"x_{i}^{j}"``,
        i unused by its meaning) and ``p_i`` is a unit's output (``"p_{i}" = "a1[0]"``, i a sample letter too): the
        output at sample i's input, p_i. None for any other p(u) (it stays a product, or refused)."""
        if not isinstance(argument, Sym) or symbol.sub or symbol.sup or symbol.primes or argument.sup \
                or argument.primes or argument.bracket is not None or not re.fullmatch(r"[A-Za-z]", argument.sub):
            return None

        def sample_placeholder(pattern, base):
            return pattern.base == base and pattern.sub in pattern.unused_placeholders()

        patterns = self.notation.patterns
        if not any(sample_placeholder(pattern, argument.base) and pattern.meaning.strip().startswith("x[")
                   for pattern in patterns) \
                or not any(sample_placeholder(pattern, symbol.base) and not pattern.sup for pattern in patterns):
            return None
        value = self.value(Sym(symbol.base, argument.sub, "", 0, None, symbol.position))
        node = self.context.calculus.node(value) if isinstance(value, sp.Expr) else None
        return value if node is not None and node[0] == "a" and node[1] >= 1 else None

    def is_own_input(self, value, argument_value) -> bool:
        """Whether Q(u) is the quantity Q written as a function of its input: a_k(z_k), or a unit's output at the
        network's whole input, f(x) where the notation names f the prediction ("f" = "a1[0]")."""
        calculus = self.context.calculus
        node_value = calculus.node(value) if isinstance(value, sp.Expr) else None
        if node_value is not None and node_value[0] == "a" and node_value[1] >= 1:
            if calculus.is_whole_input(argument_value):
                return True
        node_argument = calculus.node(argument_value) if isinstance(argument_value, sp.Expr) else None
        if node_value is None or node_argument is None:
            return False
        return node_value[0] == "a" and node_argument[0] == "z" and node_value[1:] == node_argument[1:]

    def at_sample_or_product(self, value, argument_value, node: Apply):
        """Q(x), Q a quantity of the sample and x its input: Q at the sample, or, where the product may be meant and
        reads, Q times x as the judging's SampleCallReading says (sample_calls.py)."""
        if not product_may_be_meant(value, argument_value):
            return value
        try:
            product = self._product(value, argument_value, node, dot=False)
        except FormulaError:
            return value  # no product of the two fits: the quantity at the sample only
        reading = self.context.sample_calls
        reading.met.append((_show(node), *SAMPLE_CALL_READINGS))
        if reading.as_product is None:
            self.fail(f"{_show(node)} may be the quantity at the sample's input or the quantity times the input; write"
                      " the quantity alone for its value at the sample, or \\cdot for the product")
        return product if reading.as_product else value

    def _trailing_script(self, sym: Sym):
        """``a^{[1](i)T}`` and ``a^{[1](i)2}`` where the notation has "a^{[1](i)}": a transpose or a square written
        inside the superscript after a complete, closed layer or sample script, read as (a^{[1](i)})^T and
        (a^{[1](i)})^2. None where the superscript does not end so, or what is before its T or digit names nothing."""
        written = re.fullmatch(r"(.*[)\]])\s*(?:\^\s*)?(T|\\top|\d)", sym.sup)
        if written is None or sym.primes:
            return None
        inner = Sym(sym.base, sym.sub, written.group(1), 0, sym.bracket, sym.position, sym.layered)
        if not self.notation.candidates(inner):
            return None
        if written.group(2).isdigit():
            return self.value(Op("^", (inner, Num(written.group(2)))))
        return self.value(Transpose(inner))

    def _is_parameter_name(self, sym: Sym) -> bool:
        for name in self.notation.parameter:
            if sym.text().replace("{", "").replace("}", "") == name.replace("{", "").replace("}", "") or (
                    sym.base == name and not sym.sub):
                return True
        return False

    def _names_a_parameter(self, sym: Sym) -> bool:
        """Whether ``sym`` names a parameter, or a vector or matrix of them (the w of \\Delta w): the parameter's own
        name, or a name the notation gives one. An index letter without a value still raises Unbound."""
        if self._is_parameter_name(sym):
            return True
        if sym.base not in self.notation.bases:
            return False
        try:
            value = self.value(sym)
        except FormulaError:
            return False
        entries = list(value) if _is_matrix(value) else [value]
        return all(isinstance(entry, sp.Expr) and self.context.calculus.parameter_of(entry) is not None
                   for entry in entries)

    def _one_hot_of(self, symbol: Sym, node: Apply):
        """``\\text{onehot}(y)``: the one-hot vector of the sample's label, which is the target the file gives
        where its targets are one-hot (a classification loss) and the argument is the notation's label letter
        (y, where nothing else gives it a value) or reads as that whole target.
        Refused elsewhere: of another argument, or with targets that are not one-hot, it has no value here."""
        argument = None
        target = [self.symbols.target[k] for k in range(self.symbols.units(self.symbols.depth))]
        if len(node.args) == 1 and self.symbols.one_hot:
            written = node.args[0]
            try:
                argument = self.value(written)
            except (FormulaError, Unbound):
                # the notation's label letter (y) alone, which names no quantity here: the sample's class
                label = isinstance(written, Sym) and written == Sym(self.notation.label, position=written.position)
                argument = sp.ImmutableMatrix(target) if label and len(target) > 1 else None
        entries = list(argument) if isinstance(argument, sp.MatrixBase) else [argument]
        if argument is None or entries != target:
            why = "its targets are not one-hot" if not self.symbols.one_hot else "its argument is not the label"
            self.fail(f"{symbol.text()}(...): the one-hot vector of a sample's label is read of the label"
                      f" {self.notation.label} of a file"
                      f" with one-hot targets (a classification loss), and here {why}; write the target t for it")
        return argument


def zero_index_hint(sym: Sym, letters: list, env, error) -> str:
    """What to write where a 1-based pattern is read at index 0 (index -1): the rule's range holds 0 where its
    left side names something there (a bias w_0 beside the weights w_j), or a sum starts at 0."""
    zero = [letter for letter in letters if dict.__getitem__(env, letter) == 0 and letter in sym.sub]
    if not zero or not (isinstance(error, NoSuchUnit) and error.index == -1):
        return ""
    letter = zero[0]
    if letter not in [part.strip() for part in sym.sub.split(",")]:
        # camada_oculta[j-1] beside a left side naming the bias at j = 0: the code's loop from 1 is not on the line
        return (f"; {letter} = 0 is among the values read (the left side names a bias there, or a sum runs from 0),"
                f" where the index {sym.sub} is no unit, and the line does not say its loop starts at 1: list the"
                f" rule's values after it (\", {letter} = 1, 2, 3\" for three units)")
    named = re.sub(rf"(?<![A-Za-z\\]){re.escape(letter)}(?![A-Za-z])", "0", f"{sym.base}_{{{sym.sub}}}") + (
        f"^{{{sym.sup}}}" if sym.sup else "")
    return (f"; {letter} = 0 is among the values read (a rule whose left side names something there, as a bias's"
            f" w_0 does, or a sum from 0): give {named} a meaning in the notation (\"{named}\" = \"1\" for a bias's"
            " constant input), or write that case apart")


def output_layer_hint(letters: list, output_default: bool, error) -> str:
    """Why a symbol past the network at L fails where L is the default's output layer (Z^{(L+1)}): L + 1 names
    no layer there, and a rule over layers writes l or lists L among the notation's indices. ``output_default``:
    whether L is the default's (Notation.output_letter_default), not the notation's letter or number."""
    if "L" not in letters or not output_default or not isinstance(error, NoSuchLayer):
        return ""
    return ("; L is the output layer (the notation does not list L among its indices), so a layer past it is no"
            " layer of the network: a rule over every layer writes l, or lists L in the notation's indices")


# Remembered: a loss's names are compared again for each symbol read, at every index value of the sums around it
@lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    """A loss's name as written, to compare: J^{(i)} and J^{i} alike (a superscript's parentheses dropped)."""
    plain = re.sub(r"[{}\s]|\\text|\\mathrm", "", text)
    return re.sub(r"\^\((.*)\)$", r"^\1", plain)
