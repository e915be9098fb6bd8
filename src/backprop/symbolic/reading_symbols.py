"""Symbols of a formula (a part of reading.Reader): the learning rate, the loss, the parameter and
the notation's patterns; the symbols of symbols.md and the defaults of docs/notation-defaults.md are
reading_defaults.py's."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from ..limits import LIMITS
from .decorations import font_letter
from .notation import Unbound
from .notation_lookups import (class_word_hint, letter_of_no_layer, numbered_entry_hint, own_letters_first,
                               stray_index_hint)
from .notation_layers import (bracketed_layer, layer_letters, listed_layer_unit, output_layer_name,
                              output_letter_names_output, parameter_layer_letter, writes_layer_superscript)
from .notation_meanings import with_gradients
from .quantities import FormulaError, GenericParameter, NewValue
from .reading_base import (LAYER_THEN_GROUP, _is_matrix, _marker, current_spelling, same_quantity, script_word,
                           step_as_written)
from .reading_defaults import DefaultSymbolReading
from .reading_entries import EntryReading
from .reading_slices import _ROW_SECTION, SliceReading
from .reading_left_names import LeftNameReading
from .reading_listed import ListedNameReading
from .reading_loss_arguments import LossArgumentReading
from .reading_names import NameReading, _plain, output_layer_hint, zero_index_hint
from .reading_unit_vectors import UnitVectorReading
from .reading_sections import SectionReading
from .syntax_tree import Apply, Sym

#: how the refusal (GenericParameter) says the notation's generic parameter (w, \theta_j) was met without --param
GENERIC_PARAMETER = "stands for the parameter being checked"


class SymbolReading(NameReading, LossArgumentReading, ListedNameReading, LeftNameReading, DefaultSymbolReading,
                    EntryReading, SliceReading, UnitVectorReading, SectionReading):
    """Reader methods for symbols: learning rate, loss, parameter, patterns; names read whole are
    NameReading's (reading_names.py), the defaults DefaultSymbolReading's (reading_defaults.py), NumPy's one-sample
    slice SliceReading's (reading_slices.py)."""

    # -- symbols -------------------------------------------------------------------------------------------

    def _is_loss(self, node) -> bool:
        if isinstance(node, Apply):
            node = node.symbol
        if not isinstance(node, Sym) or node.primes or node.sub and node.base in self.context.losses \
                and self._names_as_written(node):  # "E_{1}" = "(y[0] - a2[0])**2/2": the notation's, no sample's loss
            return False
        if node.base not in self.context.losses or (node.sub or node.sup) and _plain(node.text()) in {
                _plain(name) for name in self.context.losses}:  # L_{CE} in loss = ["L_{CE}"], beside the default L
            return _plain(node.text()) in {_plain(name) for name in self.context.losses}
        if node.sup:
            # L^{(i)} inside \sum_{i=1}^{m}, or i the notation's sample letter (y^{(i)} = y[0]): the loss of sample i
            letter = re.sub(r"[(){}\s]", "", node.sup)
            if not node.sub and (letter in self.count_sums or self._is_sample_letter(letter)):
                self.sample_letters.add(letter)
                return True
            return False
        if node.sub in self.count_sums or self._is_sample_letter(node.sub):
            # C_k inside \sum_{k=0}^{n-1}, or \mathcal{J}_i with i the notation's sample letter: the loss of sample k
            self.sample_letters.add(node.sub)
            return True
        return not node.sub or node.sub.isdigit()

    def _note_loss(self, node) -> None:
        if isinstance(node, Apply):
            node = node.symbol
        if node.sub.isdigit():
            chosen = self.context.sample_subscript
            if chosen is not None and chosen != int(node.sub):
                # L_1 + L_2 would be read as twice the loss of one sample: a sum over samples is not
                # something one formula of check can say
                self.fail(f"{node.text()} after {node.base}_{chosen}: the losses of different samples in one"
                          f" formula; check each sample's loss on its own (\\nabla_W {node.base}_{chosen} = ...)")
            self.context.sample_subscript = int(node.sub)

    def _sym(self, sym: Sym):
        if self._is_loss(sym):
            self._note_loss(sym)
            return self.symbols.L
        if self.is_rate(sym):
            return self.symbols.eta
        if sym.bracket is not None and (entry := self._code_entry(sym)) is not None:  # W2[j], dHidden[j]
            return entry
        if sym.bracket is not None and sym.sub and _ROW_SECTION.fullmatch(sym.bracket):
            return self._glued_data_row(sym)  # MATLAB's delta3(i, :): the sample i's row of what delta3 names
        if sym.bracket is not None and sym.sub:  # A_i[r, 0]: code's entry of what A_i names, whatever names it
            return self._bracketed_entry(sym)
        sym = step_as_written(sym, self.notation.patterns)  # v11^{[i+1]} with "v11[i+1]": the notation's name
        if sym.primes and (primed := self._primed_whole(sym)) is not None:
            return primed
        if sym.primes and (new := self._primed_name(sym)) is not None:
            return new
        marker = _marker(sym)
        if marker is None and sym.sub == "t" and not sym.sup and "t" not in self.notation.indices \
                and not dict.__contains__(self.env, "t") and not self.notation.candidates(sym) \
                and self._is_parameter_name(rest := replace(sym, sub="")):
            marker = "old", rest  # \theta_t beside \theta_{t+1}: the parameter's current value, t no index of its own
        if marker is not None and any(pattern.base == sym.base and pattern.reads_superscript(sym.sup) and (
                sym.sup.startswith("[") or pattern.writes_layer_letter(sym.sup)) for pattern in self.notation.patterns):
            marker = None  # A^{[i]} with "A_{j}^{[i]}", z^{(k+1)} with "z_{i}^{(k)}": a layer, not an update's step
        if marker is not None and sym.sub and not marker[1].sub and set(re.findall("[A-Za-z]", sym.sub)) \
                <= layer_letters(self.notation) and any(pattern.match(sym) for pattern in self.notation.patterns):
            marker = None  # \delta_{k+1} with "\\delta_{k}" = "grad(z{k-1}[:])": layer k+1, as z^{(k+1)} is
        if marker is not None and self._names_as_written(sym):
            marker = None  # "w1_new" = "new(W1[0, 0])": the notation's own name for it, read through its pattern
        if marker is not None and marker[0] == "step" and (sym.base in self.notation.bases or r"\Delta" in
                                                           self.notation.bases or not self._names_a_parameter(marker[1])):
            marker = None  # "\Delta w" or \Delta named by the notation, or \Delta before what names no parameter
        if marker is not None:
            kind, rest = marker
            if kind == "new" and not self.notation.candidates(rest) \
                    and self._names_as_written(current := current_spelling(sym, rest)):
                rest = current  # "w_{old}" = "W2[0, 0]": the w_{new} beside it is that weight's new value
            if self._is_parameter_name(sym) and not self._is_parameter_name(rest):
                # parameter = ["Weight_new", "Weight_old"]: the whole name is the parameter's, its marker its step
                if self.context.parameter is None:
                    self.fail(f"{sym.text()} {GENERIC_PARAMETER}: name it with --param", GenericParameter,
                              name=sym.text())
                value = self.context.parameter.symbol
                return NewValue(value) if kind == "new" else value
            value = self.value(rest)
            if kind == "step":  # w^{new} - w: -\eta dL/dw
                return value.applyfunc(lambda entry: self.context.calculus.stepped(entry) - entry) \
                    if _is_matrix(value) else self.context.calculus.stepped(value) - value
            parameter = self.context.calculus.parameter_of(value) if isinstance(value, sp.Expr) else None
            if _is_matrix(value) and (kind != "new" or all(self.context.calculus.parameter_of(entry) is not None
                                                           for entry in value)):
                return value.applyfunc(lambda entry: NewValue(entry)) if kind == "new" else value
            if parameter is None and not self._is_parameter_name(rest):
                self.fail(f"{sym.text()}: {rest.text()} is not a parameter, so it has no new or old value"
                          + (f"; if (t) is a sample's or a layer's index, give {sym.base}^{{(t)}} its meaning in the"
                             " notation" if sym.layered and sym.sup == "t" else ""))
            return NewValue(value) if kind == "new" else value
        if self._is_parameter_name(sym):
            if self.context.parameter is None:
                self.fail(f"{sym.text()} {GENERIC_PARAMETER}: name it with --param", GenericParameter, name=sym.text())
            return self.context.parameter.symbol
        if sym.base in self.context.count_names and not sym.sub and not sym.sup:
            self.counts_used.add(sym.base)
            return self.context.sample_count
        if (split := self._name_with_digits_split(sym)) is not None:
            return self.value(split)
        if sym.base in self.notation.bases:
            if sym.bracket is not None and not sym.sub:  # w[i,j] in plain text: the subscript w_{i,j}, or dZ[2] a layer
                sym = bracketed_layer(self.notation, sym) or listed_layer_unit(self.notation, sym) \
                    or Sym(sym.base, sym.bracket, sym.sup, sym.primes, None, sym.position)
            return with_gradients(self._notation_symbol(sym), self.context.calculus.loss_derivative)
        if sym.sub and sym.base in self.notation.functions:
            # t_l[...] with the notation's functions naming t: the default t_l (the target) would be a silent
            # other meaning, and the subscript may pick an entry (s_n of a vector's function) or a layer's (f_2)
            self.fail(f"{sym.text()}: {sym.base} is the function {self.notation.functions[sym.base]} in the"
                      f" notation's functions, and a function with a subscript is not one check reads; write"
                      f" {sym.base}{chr(39) * sym.primes}(...) at the unit, or name {sym.text()} in [notation.symbols]")
        if sym.base == r"\sum":  # \sum_{i,k}^{(2)} > 0: a sum sign with no term, a name only the notation gives
            toml = sym.text().replace("\\", "\\\\")
            self.fail(f"{sym.text()} is a sum sign with no term, used as a name, which the notation does not"
                      f" name; give it a meaning in [notation.symbols] (e.g. \"{toml}\" = \"z2[i]\"), or"
                      " write the sum's term")
        if (letter := font_letter(sym.base)) is not None and letter in self.notation.bases:
            # \mathcal{y} where the notation names y and no \mathcal{y}: a font on the letter, the letter itself
            return self.value(replace(sym, base=letter))
        return self._default_symbol(sym)

    def _one_meaning(self, sym: Sym, candidates: list, value):
        """``value``, the first pattern's meaning of ``sym``; FormulaError where another pattern as literal as the
        first matches ``sym`` and means something else there ("o_{l}" = "x[l-1]" and "o_{i}" = "a1[i-1]", their
        letters both placeholders, for o_1): precedence cannot choose between them, and picking one would be a
        guess. Where the symbol writes the placeholder letters of exactly one of them (o_i, o_\\ell), that one's."""
        first = candidates[0][0]
        tied = [(first, candidates[0][1], value)]
        unnamed = []  # the tied patterns that name nothing at these values
        for pattern, bindings in candidates[1:]:
            if pattern.literal != first.literal:
                break
            if pattern.shape() != first.shape():  # x_{i} beside x_{ij}: precedence's, as ever
                continue
            try:
                other = self.notation.meaning(pattern, self._label_bindings(pattern, bindings), self.env, self.symbols,
                                              self._letters(), self._layer_letter())
            except FormulaError:  # it names nothing here: the first is the one reading
                unnamed.append((pattern, bindings))
                continue
            tied.append((pattern, bindings, other))
        self._letter_of_no_layer(sym, first, candidates[0][1], unnamed)
        for pattern, bindings, other in tied[1:]:
            if not same_quantity(value, other):
                own = [meaning for written, bound, meaning in tied if written.writes_own_letters(bound)]
                if len(own) == 1:
                    return own[0]
                literal = not first.placeholders and not pattern.placeholders  # 'z1' and 'z(1)': both write 1
                if literal and not first.sub and first.text.strip().endswith(")"):  # "f(a)" and "f(b)", f written bare
                    self.fail(f"{sym.text()} matches two calls of the notation, {first.text!r} and {pattern.text!r},"
                              " with different meanings, and is written without their arguments; write the call as"
                              " the notation does")
                why = (f"both write the index {first.sub}" if literal else "their index letters both placeholders,"
                       " standing for any number")
                self.fail(f"{sym.text()} matches two patterns of the notation alike, {first.text!r} and {pattern.text!r}"
                          f" ({why}), with different meanings; give them different names, " + (
                              "or write the name as one of them spells it (z1 glued, z(1) in parentheses)" if literal
                              else "or a letter that names the layer literally (one not among the notation's indices)"))
        return value

    def _notation_symbol(self, sym: Sym):
        notation = self.notation
        candidates, scripts, listed = notation.candidates_at(sym, self.env)
        if listed:  # \theta_j at j = 0 where the notation lists \theta_{0}, \theta_{1}
            self._listed_alike(sym, candidates)
        if scripts is not None:  # the letters the form wrote as values are read (not a kept superscript: x_0^{(i)}'s)
            self.env.read.update(letter for letter in re.findall(r"\\[A-Za-z]+|[A-Za-z]", scripts)
                                 if dict.__contains__(self.env, letter))
        errors = []
        candidates = own_letters_first(candidates)
        for pattern, bindings in candidates:
            bindings = self._label_bindings(pattern, bindings)
            unused = pattern.unused_placeholders()
            for placeholder in unused:
                if placeholder in bindings and re.fullmatch(r"[A-Za-z]|\\[A-Za-z]+", bindings[placeholder]):
                    self.sample_letters.add(bindings[placeholder])
            self.sample_letters.update(pattern.unused_literals())  # y_j^\mu = y[j]: mu a data point
            try:
                value = notation.meaning(pattern, bindings, self.env, self.symbols, self._letters(),
                                         self._layer_letter())
            except FormulaError as error:
                errors.append(error)
                break  # the highest-precedence pattern decides; its failure is the reason
            return self._one_meaning(sym, candidates, value)
        if not candidates:
            if (letter := notation.listed_letter(sym, self.env, self.context.count_names)) is not None \
                    and notation.listed_values(sym, letter, self.env, notation.numbered_limit(self.symbols)):
                if (family := notation.family_listing(sym, letter, self.env, notation.numbered_limit(self.symbols))):
                    self.fail(f"{sym.text()} names an entry of the notation's {family.text!r} only where {letter} is"
                              f" the number the pattern writes in its place (its indices in the other order), not at"
                              f" {letter}'s other values; write the indices in the pattern's order")
                raise Unbound(letter)  # the rule's letter, each of its listed values judged (claims.rule_assignments)
            if (past := self.past_listing(sym)) is not None:
                raise past
            if (flat := self.flattened_entry(sym)) is not None:
                return self.value(flat)  # code's weights_ih[i * HIDDEN_SIZE + j], a flat array's entry (reading_listed)
            if (valued := notation.with_index_numbers(sym)) is not None:
                return self.value(valued)
            trailing = self._trailing_script(sym)
            if trailing is not None:
                return trailing
            power = self._as_power(sym)
            if power is not None:
                return power
            vector = self._notation_vector(sym)
            if vector is not None:
                return vector
            if (indexed := self._index_from_left_side(sym)) is not None:
                return self.value(indexed)
            if (default := self._default_named_alike(sym)) is not None:
                return default
            if (section := self._weight_section(sym)) is not None:
                return section  # W[:, j], Fortran's W(:, j): a column of the weight matrix the notation names
            if (column := self._whole_column(sym)) is not None:
                return column  # R's y[,1], NumPy's y[:, 0]: the column vector the notation names, itself
            if (axis := self._new_axis(sym)) is not None:
                return axis  # NumPy's x[np.newaxis]: the row of the column vector the notation names
            if (picked := self._positions_vector(sym)) is not None:
                return picked  # R's theta[c(6, 7)]: the entries the notation names one by one, as a vector
            if ":" in sym.sub:
                return self._one_sample_slice(sym)
            try:
                if (entry := self._subscripted_vector_entry(sym)) is not None:
                    return entry  # x_j^{(i)} where "x^{(i)}" = "x[:]": the vector's entry j
            except FormulaError:  # (no pattern counting j: the left side's brackets may give its values)
                if (entry := self._code_name_entry(sym)) is None:
                    raise
                return entry
            if (entry := self._code_name_entry(sym)) is not None:
                return entry  # C++'s weights_[j][k], the notation naming weights_ whole: its entry j, k
            # net_j with "net_{j}^{(l)}": the output layer's, as if net_j^L, where L names it
            if output_letter_names_output(notation, self.symbols) and (output := output_layer_name(
                    notation, sym, self.env, self.context.left_node, self.context.parameter, self.symbols.depth)):
                return self.value(output)
            patterns = [pattern.text for pattern in notation.patterns if pattern.base == sym.base]
            shown = ", ".join(repr(text) for text in patterns)[:200]
            self.fail(f"{sym.text()} matches none of the notation's patterns for {sym.base}"
                      + (stray_index_hint(sym, notation) or numbered_entry_hint(sym, notation)) + f" ({shown})"
                      + (notation.literal_letters_hint(sym.base) if sym.sub or sym.sup else "")
                      + class_word_hint(sym, patterns, notation.label))
        letters = [letter for letter in re.findall(r"\\[A-Za-z]+|[A-Za-z]", sym.sub + sym.sup)
                   if dict.__contains__(self.env, letter)]
        at = f" at {', '.join(f'{letter} = {dict.__getitem__(self.env, letter)}' for letter in dict.fromkeys(letters))}" \
            if letters else ""
        raise errors[0].reworded(f"{self.where}: {sym.text()}{at}: {errors[0]}"  # the meaning's refusal, typed
                                 f"{zero_index_hint(sym, letters, self.env, errors[0])}"
                                 f"{output_layer_hint(letters, notation.output_letter_default(), errors[0])}")

    def _letter_of_no_layer(self, sym: Sym, first, bindings: dict, unnamed: list) -> None:
        """Refuses ``sym`` where it writes a letter none of the tied patterns that give each index letter its own
        layer has (notation_lookups.letter_of_no_layer: y_a at a = 3 beside "y_{j}" and "y_{k}")."""
        if (refusal := letter_of_no_layer(sym, first, bindings, unnamed)) is not None:
            letters = [letter for letter in re.findall(r"\\[A-Za-z]+|[A-Za-z]", sym.sub + sym.sup)
                       if dict.__contains__(self.env, letter)]
            at = ", ".join(f"{letter} = {dict.__getitem__(self.env, letter)}" for letter in dict.fromkeys(letters))
            self.fail(f"{sym.text()}{' at ' + at if at else ''}: {refusal}")

    def _label_bindings(self, pattern, bindings: dict) -> dict:
        """A placeholder bound to the label letter (``z_y``): the value that makes the meaning name
        the unit of the sample's class, in the notation's own counting (from 1 in ``z1[j-1]``)."""
        label = self.notation.label
        if label not in bindings.values() or not dict.__contains__(self.env, label):
            return bindings
        target = dict.__getitem__(self.env, label)
        self.env.read.add(label)
        for number in range(self.symbols.index_limit):
            trial = {key: (str(number) if value == label else value) for key, value in bindings.items()}
            try:
                meaning = self.notation.meaning(pattern, trial, self.env, self.symbols, self._letters(),
                                                self._layer_letter())
            except (FormulaError, Unbound):
                continue
            atoms = [meaning] if not _is_matrix(meaning) else list(meaning)
            if isinstance(atoms[0], sp.Indexed) and atoms[0].indices[0] == target:
                return trial
        return bindings

    def _layer_letter(self) -> int | None:
        """l in the notation's counting of layers: the layer of the parameter being checked
        (notation_layers.py); None without a parameter (l is then a letter of the rule)."""
        parameter = self.context.parameter
        if parameter is None:
            return None
        return parameter_layer_letter(self.notation, parameter, self.symbols.depth)

    def _letters(self) -> str:
        return "".join(letter for letter in self.env if len(letter) == 1 and letter not in self.notation.indices)

    def _as_power(self, sym: Sym):
        """``x^2`` where nothing reads 2 as part of the name: a power."""
        if not sym.sup or sym.bracket is not None or any(
                pattern.base == sym.base and pattern.placeholders and pattern.reads_superscript(sym.sup)
                for pattern in self.notation.patterns):
            return None  # a^{l-1}, A^{[i]}: the superscript is a layer a pattern reads, not a power
        if (layered := LAYER_THEN_GROUP.fullmatch(script_word(sym.sup))) is not None:  # w_{11}^{(2)(1)}: never 2*1
            self.fail(f"{sym.text()} writes a layer then a second script in one superscript, read only as a time step"
                      f" of an update's parameter, (t) its value and (t+1) its new value; write"
                      f" {sym.base}_{{{sym.sub}}}^{{({layered.group('layer')})(t+1)}} so, or parentheses around"
                      f" {sym.base}_{{{sym.sub}}}^{{({layered.group('layer')})}} before a power")
        if sym.layered and writes_layer_superscript(self.notation, sym.base):
            # z^{(1)} where the table writes z^{(2)}: a layer it does not name, never z to the power 1 (a chain's
            # \partial \hat{y} / \partial z^{(1)} for z^{(2)} was called correct); the name's own refusal says why
            return None
        bare = Sym(sym.base, sym.sub, "", sym.primes, None, sym.position)
        try:
            base = self.value(bare)
        except FormulaError:
            return None
        exponent = self.value(self.context.parser(sym.sup, self.where).expression())
        if sym.starred and _is_matrix(base) and not _is_matrix(exponent) and exponent.is_Number \
                and abs(exponent) <= LIMITS["exponent"]:
            return base.applyfunc(lambda entry: entry ** exponent)  # NumPy's P**2: each entry's power
        if _is_matrix(base) and (sym.sub.isdigit() or not sym.sub and not _is_matrix(exponent)
                                 and exponent.is_Number) and any(pattern.text == sym.base + sym.sub
                                                                 for pattern in self.notation.patterns):
            # A1^2 where the notation names the code name A1 whole, y^2 where it names y a whole layer: that name's
            # power, as any vector's (entry by entry where the claim reads so, else refused)
            return self._power(base, exponent, sym)
        if _is_matrix(base) or _is_matrix(exponent):  # w_{ij}^{t}, t the targets: no power of a vector
            return None
        if isinstance(exponent, sp.Expr) and exponent.is_Number and abs(exponent) > LIMITS["exponent"]:
            self.fail(f"has the power {exponent}")
        return base ** exponent
