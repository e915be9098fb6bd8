"""The symbols of docs/symbols.md and the defaults of docs/notation-defaults.md (a part of reading.Reader):
``W^{(2)}_{ji}``, ``a^{(l-1)}``, ``\\hat{y}``, ``x_1``, names such as ``W2[0,1]``, with their layers and indices (a
layer written as a function, ``n_2(u)``: reading_layer_functions.py)."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from ..activations import ACTIVATIONS
from .code_names import code_written
from .formula_functions import misspelt_function
from .function_words import AXIS_SUM_WORD
from .notation_indices import Unbound, index_value
from .notation_meanings import parse_meaning
from .parsing import parse_formula
from .quantities import FormulaError, NoSuchLayer, NoSuchUnit, UnknownSymbol
from .reading_base import SAMPLE_COUNTS, _is_matrix
from .reading_conditions import class_offset
from .reading_layer_functions import LayerFunctionReading
from .syntax_tree import Nabla, Sym, is_call_name


class DefaultSymbolReading(LayerFunctionReading):
    """Reader methods for the symbols of symbols.md: their layers, indices and quantities."""

    def _step_names_hint(self, sym: Sym) -> str:
        """For a bare δ where the notation names steps glued to it (``"δW35"``, base ``\\delta W``): that δ apart
        from a name (``δ W35``) is the error, and the step is written glued; "" otherwise."""
        if sym.base != r"\delta" or sym.sub or sym.sup:
            return ""
        steps = sorted({f"{pattern.base[len(sym.base):].strip()}{pattern.sub}" for pattern in self.notation.patterns
                        if pattern.base.startswith(sym.base + " ")})
        if not steps:
            return ""
        named = ", ".join(f"δ{step}" for step in steps[:4])
        return (f" (δ apart from a name, δ {steps[0]}, is the error δ times that name; the notation names steps glued"
                f" to δ, {named}: write such a step glued)")

    def delta_before_parameter(self, args: tuple) -> None:
        """Refuse a bare δ (no script, no meaning in the notation, no step the notation names glued to it) before a name
        of one weight or bias, δW35 (batch 109's studyx: ``δW35 = learning_rate * Error * dY * Y3``, ``W35 + δW35``):
        the error δ times W35, whose layer is missing, or W35's step, which only the notation can say; the refusal
        names both and the step's declaration (docs/notation.md). Nothing for any other product."""
        delta, name = args if len(args) == 2 else (None, None)
        if not (isinstance(delta, Sym) and delta.base == r"\delta" and not (delta.sub or delta.sup or delta.primes)
                and isinstance(name, Sym)) or self._step_names_hint(delta):
            return
        try:
            self.value(delta)
            return  # the notation gives δ a meaning: δ times the name
        except FormulaError:
            pass
        try:
            value = self.value(name)
        except FormulaError:
            return
        if isinstance(value, sp.MatrixBase) or self.context.calculus.parameter_of(value) is None:
            return
        written = name.text()
        self.fail(f"\\delta before {written}, a parameter: the error \\delta needs its layer (\\delta^{{(1)}} {written});"
                  f" if δ{written} is the step added to {written}, name it in the notation:"
                  f' "δ{written}" = "-eta*grad({value})" (docs/notation.md)')

    def _default_symbol(self, sym: Sym):
        symbols = self.symbols
        if sym.sub and sym.bracket is None and re.fullmatch(r"[A-Za-z]+\d+", sym.base):
            # w5_foo: a name with digits and a subscript no pattern names (W2 alone is the spec's matrix)
            self.fail(f"unknown symbol {sym.base}_{sym.sub}; give it a meaning in the notation's [notation.symbols],"
                      f' e.g. "{sym.base}_{sym.sub}" = "a1[0]"', UnknownSymbol, name=f"{sym.base}_{sym.sub}")
        if sym.bracket is not None or re.fullmatch(r"[A-Za-z]+\d+|eta", sym.base):
            value = self._sympy_name(sym)
            power = self._indexed_power(sym, value)
            return value if power is None else power
        base = sym.base
        if base in (r"\hat{y}", r"\hat{Y}"):
            return self._quantity("a", symbols.depth, sym, layer_given=True)
        if base in ("W", "w", "b", "z", "a", r"\delta"):
            if base == r"\delta" and not sym.sup and _index_count(sym.sub) == 2:
                return sp.KroneckerDelta(*self._label_in_letter_counting(sym, self._indices(sym, 2)))
            layer = self._layer(sym)
            if layer is None:
                if sym.sup:
                    power = self._as_power(sym)
                    if power is not None:
                        return power
                if symbols.depth == 1:
                    layer = 1
                elif _layer_name(sym, symbols.depth):  # plain text's z1, W2: symbols.md's own name, the whole layer's
                    return parse_meaning(f"{base}{sym.sub}[{':, :' if base == 'W' else ':'}]", symbols)
                else:
                    self._unknown_word(sym)  # target's a: the word is what names nothing
                    self.fail(f"{sym.text()} needs its layer, e.g. {base}^{{(1)}}; or give it a meaning in"
                              " the notation" + self._step_names_hint(sym))
            kind = {"w": "W", r"\delta": "delta"}.get(base, base)
            return self._quantity(kind, layer, sym, layer_given=True)
        if base in ("x", "y", "t"):
            if sym.sup:
                power = self._as_power(sym)
                if power is not None:
                    return power
                self.fail(f"{sym.text()}: {base} has no layer")
            if base == "x":
                return self._quantity("a", 0, sym, layer_given=True)
            return self._quantity("target", symbols.depth, sym, layer_given=True)
        if sym.sup:
            power = self._as_power(sym)
            if power is not None:
                return power
        if re.sub(r"[{}\s]|\\text|\\mathrm", "", sym.text()) in ("gradient", "Gradient"):
            return self.value(Nabla(None, Sym("L", position=sym.position)))  # \text{gradient}: as the plain word
        if sym.primes and self.notation.function_of(replace(sym, primes=0))[1]:
            # {{g^{[1]}}'} * {(z^{[1]})}: a function the table names with its scripts, primed, its argument not after it
            bare = re.sub(r"[^\w\\]", "", sym.base + sym.sub + sym.sup)
            name = next((name for name in self.notation.functions if re.sub(r"[^\w\\]", "", name) == bare),
                        replace(sym, primes=0).text())  # as the table writes it, g^{[1]}
            self.fail(f"{name}{chr(39) * sym.primes}: the notation's function {name} primed with no argument glued"
                      f" after the prime (a factor after * or in a group of its own is a product); write its argument"
                      f" after it, {name}{chr(39) * sym.primes}(...)")
        known = sorted({_as_spelled(pattern) for pattern in self.notation.patterns})[:8]
        extra = f"; the notation knows {', '.join(known)}" if known else ""
        self._unknown_word(sym, extra)
        if sym.text() in SAMPLE_COUNTS:  # the 1/m of code's batch mean: check reads one sample
            # outside a sum over the samples' index nothing says the letter counts them (2/N may be a mean's)
            self.fail(f"unknown symbol {sym.text()}{extra}; it bounds no sum over the samples here, so nothing says"
                      f" it counts them: if it is their number (the {sym.text()} of 1/{sym.text()}), give it in the"
                      f" notation's [notation.symbols]: \"{sym.text()}\" = \"1\", the one sample check reads",
                      UnknownSymbol, name=sym.text())
        if "." in sym.base or "$" in sym.base:  # code's attribute, R's field, the notation does not name (syntax_code)
            written = code_written(sym)  # inputNodes[n].weight[j] (an index inside: never a product)
            field = re.split(r"[.$]", sym.base)[-1]
            product = "" if "[]" in sym.base or "$" in sym.base or re.search(r"\.[0-9]", sym.base) else \
                f", or, where its dot is a product, write {written.replace('.', '*')}"  # layer.1.error: never one
            if field in self.notation.bases and not re.fullmatch(r"[0-9]+", field):
                # nn$e beside the notation's e, self.error beside its error: the object is never dropped (whose field
                # the notation's e is, it says by naming the dotted name whole)
                self.fail(f"unknown symbol {written}; the notation names {field} alone, not the field {written}: name"
                          f" it whole in the notation's [notation.symbols] (\"{written}\" = ...), or write {field} as the"
                          f" notation does{product}", UnknownSymbol, name=written)
            self.fail(f"unknown symbol {written}{extra}; give it the quantity of symbols.md it stands for in the"
                      f" notation's [notation.symbols] (\"{written}\" = ...){product}", UnknownSymbol, name=written)
        if re.fullmatch(AXIS_SUM_WORD, sym.text()):  # \text{rowsum}(\delta_2): which axis, the word does not say
            self.fail(f"unknown symbol {sym.text()}{extra}; {sym.text()} names a sum along an axis in words, which reads"
                      " two ways (the sum of each row, as R's rowSums; or the sum over the rows, a mini-batch's samples; so"
                      " for columns):"
                      " write it with its axis, np.sum(u, axis=0) for the sum over the rows, np.sum(u, axis=1) for each"
                      " row's", UnknownSymbol, name=sym.text())
        if len(sym.text()) == 1 and sym.text() in self.notation.indices:  # Wi Xi, or a sample's i: no a1[0] for it
            self.fail(f"unknown symbol {sym.text()}{extra}; {sym.text()} is an index letter of the notation: write it as"
                      f" a subscript or superscript of what it indexes (W_{sym.text()}, not W{sym.text()}), or give it a"
                      " meaning in the notation's [notation.symbols]", UnknownSymbol, name=sym.text())
        if sym.base.startswith((r"\dot{", r"\ddot{")):  # dZ \dot{A}^T: \dot typed where \cdot was meant
            self.fail(f"unknown symbol {sym.text()}{extra}; \\dot is an accent over a name (its time derivative),"
                      " not a product: write \\cdot for the product, or give the dotted name a meaning in the notation",
                      UnknownSymbol, name=sym.text())
        if hint := misspelt_function(self.where, sym.text()):  # sigmod'(Z): the page's typo
            self.fail(f"unknown symbol {sym.text()} {hint}", UnknownSymbol, name=sym.text(), misspelt=True)
        if not sym.text().strip("{}\\ "):
            self.fail("a name with nothing in it (\\text{} or braces around no letter): write a space as \\, or \\quad,"
                      " and leave out empty braces")
        if re.search(r"[A-Za-z]{2}", sym.base) and re.search(r"[(),]", sym.base):  # \text{Base on (10), (13)} as one name
            self.fail(f"unknown symbol {sym.text()}{extra}; no name holds parentheses or commas: these are words in"
                      " \\text{...} with their spaces lost, a sentence's prose; leave them out of the formula (a lead-in"
                      " before \\Rightarrow, a remark after \\quad, is set aside)", UnknownSymbol, name=sym.text())
        self.fail(f"unknown symbol {sym.text()}{extra}; give it a meaning in the notation's [notation.symbols], e.g."
                  f' "{sym.text()}" = "a1[0]"', UnknownSymbol, name=sym.text())

    def _unknown_word(self, sym: Sym, extra: str = ""):
        """Refuses a letter read from a word of several letters the notation does not name (new_weights' n, deltas'
        d: Sym.word) as that word, whole, where no function's name is one letter from it (sigmod keeps its hint)."""
        constants = ACTIVATIONS[sym.word].parameters if sym.word in ACTIVATIONS else ()
        if constants:  # an activation of the page's own slope: the registry's constant is no more than a default
            written = ", ".join(f"{constant.name} {constant.default:g}" for constant in constants)
            self.fail(f"unknown symbol {sym.word}{extra}; {sym.word} is an activation whose constant"
                      f" ({', '.join(constant.name for constant in constants)}) each page chooses, and the notation"
                      f" does not name it: to judge the page's {sym.word} as the registry's ({written}), name it in"
                      f' the notation\'s functions, {sym.word} = "{sym.word}"', UnknownSymbol, name=sym.word)
        if sym.word and not misspelt_function(self.where, sym.text()):
            # the letters of code's identifier are no product: naming one of them says nothing the writer wrote
            # (called with two arguments or more, matrixdot(l0, w), on the right: a code's helper, whose arithmetic the
            # notation may declare; target(j), an array's entry in MATLAB, no such hint)
            called = re.search(rf"(?<![\w.']){re.escape(sym.word)}\((?:[^()]|\([^()]*\))*,", self.where)
            helper = (f'; or, where it is a helper doing arithmetic on its arguments, declare it in the notation\'s'
                      f' functions: {sym.word} = "matrix product" (or "product" entry by entry, "sum", "difference",'
                      ' "transpose", "dot")') if called else ""
            self.fail(f"unknown symbol {sym.word}{extra}; a name of several letters is read whole only where the"
                      f" notation names it: give it the quantity it stands for in the notation's [notation.symbols],"
                      f' "{sym.word}" = "..." (e.g. "a1[0]"){helper}', UnknownSymbol, name=sym.word)

    def _indexed_power(self, sym: Sym, value):
        """``a1[0]**2``, ``a1[0]^{0.5}``, ``x[1]^{1/2}``, ``eta^2``: symbols.md's name (``value``) to the power its
        superscript writes, a number or a scalar expression; None where the superscript is no power (a sample's
        ``^{(i)}``, a transpose ``^T``, a letter with no value here) or the name a vector. Without it the superscript
        was dropped, and ``(a2[0] - y[0])*a1[0]**2`` was called correct for dL/dW2[0,0]."""
        written = sym.sup.strip()
        if not written or _is_matrix(value) or re.fullmatch(r"\(.*\)|\[.*\]|\{?(?:T|\\top|\\intercal|\*|')\}?",
                                                              written):
            return None
        try:
            exponent = self.value(self.context.parser(written, self.where).expression())
        except (FormulaError, Unbound):
            return None
        if _is_matrix(exponent):
            return None
        return self._power(value, exponent, sym)  # reading_powers' one rule for a power, its bounds included

    def _sympy_name(self, sym: Sym):
        text = sym.base + (f"[{sym.bracket}]" if sym.bracket is not None else "")
        text = re.sub(r"(?<![A-Za-z_])([a-z])(?![A-Za-z_0-9(\[])",
                      lambda m: str(index_value(m.group(1), self.env)) if m.group(1) in self.env
                      or m.group(1) in self.notation.indices else m.group(1), text)
        value = parse_formula(text, self.symbols)
        return value

    def _layer(self, sym: Sym) -> int | None:
        if not sym.sup:
            return None
        text = re.sub(r"\\ell(?![A-Za-z])\s*", "l", sym.sup)  # \ell is the letter l as typeset notes write it
        # L the output layer, or the number the notation gives it ("L" = "3"), checked as any layer written
        output = self.notation.numbered_letters().get("L")
        if text in ("L",) and output is None:
            return self.symbols.depth
        if re.fullmatch(r"\d+", text):
            value = int(text)
        elif re.fullmatch(r"[lL]([+-]\d+)?", text):
            if text[0] == "L":
                value = (self.symbols.depth if output is None else output) + int(text[1:] or 0)
            else:
                if "l" not in self.env:
                    if self.context.parameter is not None:
                        return self.context.parameter.layer + int(text[1:] or 0)
                    raise Unbound("l")
                value = self.env["l"] + int(text[1:] or 0)
        else:
            return None
        if not 0 <= value <= self.symbols.depth:
            self.fail(f"{sym.text()}: there is no layer {value} (the network has layers 1 to {self.symbols.depth})",
                      NoSuchLayer, layer=value)
        return value

    def _label_in_letter_counting(self, sym: Sym, values: list) -> list:
        """The values of Kronecker's ``\\delta_{iy}``, the label y beside an index letter i, in one counting: the
        label's value is the class's unit (from 0), i counts the classes as the notation's patterns in i do
        (class_offset: from 1 in ``"p_{i}" = "a1[i-1]"``), so the label is shifted into i's counting (batch 182's
        mc-grad); unchanged where the patterns do not fix i's counting."""
        label = self.notation.label
        parts = re.findall(r"\\[A-Za-z]+|[A-Za-z]|\d", sym.sub) if "," not in sym.sub else \
            [part.strip() for part in sym.sub.split(",")]
        if sorted(part == label for part in parts) != [False, True] or not all(
                re.fullmatch(r"[A-Za-z]", part) and dict.__contains__(self.env, part) for part in parts):
            return values
        letter = next(part for part in parts if part != label)
        offset = class_offset(self.notation, self.symbols, letter)
        if not offset:
            return values
        return [value + offset if part == label else value for part, value in zip(parts, values)]

    def _indices(self, sym: Sym, count: int) -> list[int]:
        text = sym.sub
        if "," in text:
            parts = text.split(",")
        elif count == 2 and _index_count(text) == 2:
            parts = re.findall(r"\\[A-Za-z]+|[A-Za-z]|\d", text)
        else:
            parts = [text]
        if len(parts) != count:
            self.fail(f"{sym.text()} has {len(parts)} index{'es' if len(parts) != 1 else ''}, {count} expected")
        return [index_value(part, self.env) for part in parts]

    def _quantity(self, kind: str, layer: int, sym: Sym, layer_given: bool):
        symbols = self.symbols
        if kind == "target":
            base, sizes = symbols.target, (symbols.units(symbols.depth),)
        elif kind == "a":
            base, sizes = symbols.a[layer], (symbols.units(layer),)
        elif kind == "W":
            if layer == 0:
                self.fail(f"{sym.text()}: weights belong to layers 1 to {symbols.depth}")
            base, sizes = symbols.W[layer], (symbols.units(layer), symbols.units(layer - 1))
        elif kind == "b":
            if layer == 0 or symbols.b[layer] is None:
                self.fail(f"{sym.text()}: layer {layer} has no bias")
            if isinstance(symbols.b[layer], sp.Symbol):
                if sym.sub:
                    self.fail(f"{sym.text()}: layer {layer} has one shared bias; write it without an index")
                return symbols.b[layer]
            base, sizes = symbols.b[layer], (symbols.units(layer),)
        elif kind in ("z", "delta"):
            if layer == 0:
                self.fail(f"{sym.text()}: layer 0 is the input; {kind} belongs to layers 1 to {symbols.depth}",
                          NoSuchLayer, layer=0)
            base = symbols.z[layer] if kind == "z" else symbols.delta[layer]
            sizes = (symbols.units(layer),)
        else:  # pragma: no cover
            raise AssertionError(kind)
        if not sym.sub:
            return self._whole(base, sizes, kind, layer)
        indices = self._indices(sym, len(sizes)) if len(sizes) == 2 and _index_count(sym.sub) >= 2 or "," in sym.sub \
            else self._indices(sym, 1)
        if len(indices) == 1 and len(sizes) == 2:
            j = indices[0]
            self._check_range(sym, j, sizes[0], "unit")
            return sp.ImmutableMatrix([symbols.weight(layer, j, i) for i in range(sizes[1])])
        for position, (value, size) in enumerate(zip(indices, sizes)):
            self._check_range(sym, value, size, ("unit", "input")[position] if len(sizes) == 2 else "unit")
        if kind == "W":
            return symbols.weight(layer, *indices)
        return base[tuple(indices)] if len(indices) > 1 else base[indices[0]]

    def _whole(self, base, sizes, kind, layer):
        symbols = self.symbols
        if len(sizes) == 2:
            return sp.ImmutableMatrix([[symbols.weight(layer, j, i) for i in range(sizes[1])] for j in range(sizes[0])])
        if sizes[0] == 1:
            return base[0]  # an index-free scalar: a layer of one unit
        return sp.ImmutableMatrix([base[j] for j in range(sizes[0])])

    def _check_range(self, sym: Sym, value: int, size: int, what: str) -> None:
        if not 0 <= value < size:
            self.fail(f"{sym.text()}: {what} index {value} is out of range (0..{size - 1}); indices of"
                      " symbols.md count from 0 (a notation can say otherwise)", NoSuchUnit, index=value)


def _index_count(text: str) -> int:
    if "," in text:
        return text.count(",") + 1
    return len(re.findall(r"\\[A-Za-z]+|[A-Za-z]|\d", text)) if re.fullmatch(r"(\\[A-Za-z]+|[A-Za-z]|\d)+", text) else 1


def _layer_name(sym: Sym, depth: int) -> bool:
    """Whether ``sym`` is a name of symbols.md typed in plain text, z1, W2, b1, a0 (the letter and its layer's
    digits glued, no underscore, no superscript) of a layer 1 to depth."""
    if not sym.glued or sym.sup or sym.primes or sym.base not in ("W", "b", "z", "a") or not sym.sub.isdigit():
        return False
    return 1 <= int(sym.sub) <= depth


def _as_spelled(pattern) -> str:
    """A pattern's name as the table spells it: a call pattern as written (List.get(outs, i)); the table's "xi"
    as xi, where the reader keeps \\xi (a page of code writes xi); code's name with an underscore, dl_dw1, whole."""
    if is_call_name(pattern.base):
        return pattern.text
    if len(pattern.base) > 1 and "_" in pattern.text and re.fullmatch(r"\w+", pattern.text):
        return pattern.text  # code's dl_dw1, the base dl with its subscript dw1: the name as code and formula write it
    if pattern.base.startswith("\\") and pattern.text.startswith(pattern.base[1:]):
        return pattern.base[1:]
    return pattern.base
