"""The names a formula may write whole, as a notation gives them (a part of notation.Notation): its multi-letter
names (``SEE``, ``W1``, code's ``grad_y1_out``, ``w5new``, ``math.exp``, ``\\delta\\omega``), its macros (a course's
``\\fw``), Ng's gradient names its own patterns give (``dW`` for ``"db^{[3]}" = "grad(b3[0])"``), and its names of
words with a space (``learning rate``, joined as ``learning_rate``). The tokeniser keeps each as one name, never a
product of its letters."""

from __future__ import annotations

import re
from dataclasses import replace

from ..patterns import lazy_pattern
from .decorations import font_glued_names
from .function_words import NAMED_FUNCTIONS
from .syntax_tree import GREEK, Sym, _DECORATIONS, is_call_name
from .typography_unicode import ascii_spelled, greek_spelled

# a decorated letter, \hat{y} or \dot{y} (syntax_tree._DECORATIONS): d before it is its gradient too (gradient_names)
_DECORATED_LETTER = lazy_pattern("(?:" + "|".join(re.escape(command) for command in sorted(_DECORATIONS))
                                 + r")\{[A-Za-z]\}")
# a name of words with a space between, "learning rate": kept joined by _ (Notation.spaced_names)
SPACED_NAME = r"[A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*)+"
# a symbol named by a phrase of words of any script, "Nuovo Peso", "첫 번째 가중치 업데이트 공식" (a page's left side in
# words): one name, joined by _ in the notation and in a formula (Notation.spaced_names)
PHRASE_NAME = r"[^\W\d_][^\W_]*(?:[ \t]+[^\W_]+)+"
# a name with a word after its digits (scribd's "w5new", the new w5) or a letter (code's "g1d", a derivative): one
# name, never w5 times n, e, w (one letter that is an index placeholder, "w1j", is refused by the loader: w1_{j}?)
WORD_AFTER_DIGITS = r"[A-Za-z]+[0-9]+[A-Za-z]+"
# code's dotted name, self.w1 or math.exp, and R's field, nn$W
DOTTED_NAME = r"[A-Za-z]\w*(?:[.$]_*[A-Za-z]\w*)+"
# code's dotted name through an element of a list, self.layers[-1].activator.backward (a method of the last layer's
# object): its indices a number or a name in brackets, as the formula writes them (the parser's inputNodes[].weight
# with the subscript n; code_names.code_written gives the name back so)
ELEMENT_PATH = r"[A-Za-z]\w*(?:\[\s*-?\w+\s*\])*(?:\._*[A-Za-z]\w*(?:\[\s*-?\w+\s*\])*)+"
# a letter, primes and digits glued (quesba's "w'1", the output's weights w'): w' with the subscript 1
PRIMED_DIGITS = r"([A-Za-z])('+)([0-9]+)"
# the letters the defaults read as quantities, with or without a notation (docs/notation-defaults.md), Euler's e and
# the layer letters
_DEFAULT_QUANTITIES = frozenset("xytazbwWeLl")
_BRACES_SPACES = lazy_pattern(r"[{}\s]")
_BASE_END = lazy_pattern(r"[_^(\[]")  # where a name's base letters end: its subscript, superscript or index
# MATLAB's element of a struct array and its fields, net(j).neurons.weights(i) (Octave's struct of layers): the dotted
# name object-oriented code writes net[j].neurons.weights[i], its indices in the order written
STRUCT_PATH = lazy_pattern(r"(?<![\w.\\])([A-Za-z]\w*)\(([^()]*)\)((?:\.[A-Za-z]\w*)+)(?:\(([^()]*)\))?")
# C's field through a pointer, layer->output: the dotted name layer.output (code_pointers; a pattern written so too)
POINTER_FIELD = lazy_pattern(r"(?<=[A-Za-z0-9_\]])->(?=[A-Za-z_])")
# a static member's path, glued: PHP's and C++'s ActivationFunctions::derivative, Rust's Self::squash (the
# dotted name ActivationFunctions.derivative, in patterns, functions and formulas alike; code_pointers)
STATIC_PATH = lazy_pattern(r"(?<=[A-Za-z0-9_])::(?=[A-Za-z_])")


def code_path_dotted(name: str) -> str:
    """A code name through C's pointer (``layer->w``), Fortran's component (``this%output``) or a static path
    (``Activation::squash``) as the dotted name the notation keeps: ``layer.w``, ``this.output``, ``Activation.squash``."""
    return STATIC_PATH.sub(".", COMPONENT.sub(".", POINTER_FIELD.sub(".", name)))


# a tuple struct's field by its number, Rust's self.0 (self.0[i].weights): a dotted part of digits in a name
_TUPLE_FIELD = lazy_pattern(r"[A-Za-z_]\w*\.[0-9]+(?=\[\]|\.|$)")
# code's name ending in an underscore, Fortran's target_ (Python's lambda_, a keyword's name kept apart): one name,
# never a base before a missing subscript
TRAILING_UNDERSCORE = r"[A-Za-z]\w*(?:\.[A-Za-z]\w*)*_"
# a code name as languages whose identifiers take any letter write it (Python 3's, Julia's, Java's): a word of letters of
# any script, digits and underscores, a double underscore inside it (a notebook's d_L__d_o), its dotted fields, and in
# a field Julia's ∂ and ∇ as letters (nn.∇w, nn.∂C∂b). A bare ∂L or ∇w is none: TeX's and plain text's ∂ and ∇
_WRITTEN_CODE_NAME = lazy_pattern(r"[^\W\d_]\w*(?:\.[\w∂∇]+)*")
_INNER_UNDERSCORES = lazy_pattern(r"(?<=[^\W_])__+(?=[^\W_])")
# nabla_Who (Nielsen's nabla_w), else read as ∇ and its subscript: a name the notation gives, kept whole as nablaWho
_NABLA_NAME = lazy_pattern(r"^nabla_(?=[^\W_])")
# Fortran's component selector, this%output: the dotted name this.output (code_pointers; a pattern written so too)
COMPONENT = lazy_pattern(r"(?<=[A-Za-z0-9_\])])%(?=[A-Za-z_])")
# code's one subscript after a name's last underscore, delta_h: the spec writes it delta_{h} (one subscript either way)
#: index_names' value of a word that stands for NumPy's new axis, na of ``from numpy import newaxis as na``
NEW_AXIS = "np.newaxis"
# a dotted method called with one letter or name, node.getWeight(i), n.getWeight( nodeIndex ) (with_index_names_read)
_METHOD_LETTER = lazy_pattern(r"(?<![\w.])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\(\s*([A-Za-z]\w*)\s*\)")
# Julia's broadcast call of a function, act.(z), nn.act.(nn.z[i]) (a name, dotted or not, primed or not, before .( ):
# the function's name and its primes (with_method_calls_read)
BROADCAST_CALL = lazy_pattern(r"(?<![\w.\\])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)('*|′*)\.\(", needs=(".(",))
# an array section taking every index of a name (a dotted one, self.output): Fortran's and MATLAB's a(:) and W(:, :),
# NumPy's a[:] and W[:, :]; groups the name, the colons in parentheses, the colons in brackets
WHOLE_SECTION = lazy_pattern(r"(?<![\w.\\])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)[ \t]*(?:\(([ \t]*:[ \t]*(?:,[ \t]*:[ \t]*)?)\)"
                             r"|\[([ \t]*:[ \t]*(?:,[ \t]*:[ \t]*)?)\])")
# a column's or a row's section in parentheses of a name (a dotted one), Fortran's and MATLAB's W(:, j) and W(j, :):
# groups the name, a column's index, a row's index (a letter or a whole number)
MATRIX_SECTION = lazy_pattern(r"(?<![\w.\\])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)[ \t]*\([ \t]*(?::[ \t]*,[ \t]*"
                              r"([A-Za-z]|[0-9]+)|([A-Za-z]|[0-9]+)[ \t]*,[ \t]*:)[ \t]*\)", needs=(":",))
_NAME_PLUS_NUMBER = lazy_pattern(r"([A-Za-z]\w*)([+-]\d+)?")  # a layer as a count's name +- a number: n_l, n_l-1
# a function called as a method of a value, Nim's and D's zs[^l].sigmoid_prime (uniform call syntax), Python's
# z.sigmoid_prime(): the value (a name, dotted or not, its brackets after it), the function's name, empty parentheses
METHOD_CALL = lazy_pattern(r"(?<![\w.\\])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\[[^\[\]]*\])*)\.([A-Za-z_]\w*'*)"
                           r"(?:\([ \t]*\))?(?![\w'(.\[])")
# a meaning's bracket of indices (W2[:, :], W2[0, :]); and one every index of which is a colon, the whole of it
_MEANING_BRACKET = lazy_pattern(r"\[[^\[\]]*\]")
_ALL_COLONS = lazy_pattern(r"\[\s*:\s*(?:,\s*:\s*)*\]")
_BRACED_SUBSCRIPT = lazy_pattern(r"(?<=[A-Za-z])_([A-Za-z0-9]+)$")


def code_name_spelled(pattern: str) -> tuple[str, str, str] | None:
    """The code name a notation's pattern opens with, where the grammar's symbol cannot hold it as written, that name
    spelled as the reader keeps a name whole, and the pattern so spelled: a double underscore inside it as one
    (``d_L__d_o``: d_L_d_o), nabla_ opening it without its underscore (nabla_Who: nablaWho), a letter outside ASCII
    as ASCII spells it (``gradienten_för_denna_vikt``: gradienten_for_denna_vikt; ``nn.∇w[i]``: nn.nablaw[i];
    typography_unicode.ascii_spelled); None where the pattern opens with no such name, or where a letter has no ASCII
    spelling (another script's words are read as they are)."""
    match = _WRITTEN_CODE_NAME.match(pattern.strip())
    if match is None:
        return None
    written = match.group(0)
    spelled = _NABLA_NAME.sub("nabla", _INNER_UNDERSCORES.sub("_", ascii_spelled(written)))
    if spelled == written or not spelled.isascii():
        return None
    return written, spelled, spelled + pattern.strip()[match.end():]


class NotationNames:
    """Notation methods: the names a formula may write whole (see the module docstring)."""

    @property
    def macros(self) -> set[str]:
        """The commands the notation names, a course's or a page's macros: the bases of its symbols that are a command
        but no Greek letter (``\\fw``, ``\\fx^{(i)}``) and the functions, losses, learning rates and parameters it
        names by a command (a page's ``\\squash`` in ``functions``)."""
        named = [*self.bases, *self.functions, *self.loss, *self.learning_rate, *self.parameter]
        return {name for name in named if re.fullmatch(r"\\[A-Za-z]+", name) and name not in GREEK}

    @property
    def declared_functions(self) -> frozenset[str]:
        """The names the notation declares in its functions, the words it gives an activation's derivative and where
        it is taken included (derivative_words, ``ableitung_f = "f' at output"``): a call of one is that function as
        declared (syntax_code_calls.code_derivative), never the name as a quantity."""
        return frozenset({*self.functions, *self.derivative_words})

    def with_spaced_names_joined(self, text: str) -> str:
        """``text`` with each name the notation writes with a space (``learning rate``) joined as it is kept
        (``learning_rate``), so that it reads as that one name and not as a product of words."""
        for name in self.spaced_names:
            text = re.sub(r"(?<![\w\\])" + r"[ \t]+".join(name.split("_")) + r"(?!\w)", name, text)
        return text

    def with_font_names_read(self, text: str) -> str:
        """``text`` with each font around one letter glued to a name, ``\\mathbf{d}Z^{[2]}``, written as that name,
        ``dZ^{[2]}``, where the notation gives it (decorations.font_glued_names, as the loader reads a pattern written
        so); elsewhere as written."""
        return font_glued_names(text, self.names().__contains__) if "\\" in text or "{" in text else text

    def with_code_names_spelled(self, text: str) -> str:
        """``text`` with each code name the notation gives as written (``d_L__d_o``, ``gradienten_för_denna_vikt``,
        ``nn.∇w``) spelled as its pattern keeps it (code_name_spelled): the whole name, never inside another name, a
        field or a command; and glued to a plain-text derivative's d (or ∂), ``dC/dwL-1``, ``daL-1/dzL-1``, after the
        slash or opening the numerator before it, where the name is the derivative's variable or function (read
        whole there as beside any operator: dwL-1 is never (dwL) minus 1 where the notation names wL-1)."""
        for written, spelled in self.code_spellings.items():
            text = re.sub(r"(?<![\w.\\∂∇])" + re.escape(written) + r"(?![\w∂∇])", spelled, text)
            text = re.sub(r"(/[ \t]*[d∂])" + re.escape(written) + r"(?![\w∂∇])", lambda m: m.group(1) + spelled, text)
            text = re.sub(r"(?<![\w.\\∂∇])([d∂])" + re.escape(written) + r"(?=[ \t]*/[ \t]*[d∂])",
                          lambda m: m.group(1) + spelled, text)
        return text

    def with_greek_words_spelled(self, text: str) -> str:
        """``text`` with each derivative word of the notation's that holds a Greek letter (Julia's ``dσ``) written as
        its spelled name (``dsigma``, which the notation gives the same meaning): the whole word, never inside another
        name nor after a backslash, so that it reads as that one word and not as d times σ."""
        for name in self.derivative_places:
            if greek_spelled(name) != name and greek_spelled(name) in self.derivative_places:
                text = re.sub(r"(?<![\w\\])" + re.escape(name) + r"(?!\w)", greek_spelled(name), text)
        return text

    def with_index_names_read(self, text: str) -> str:
        """``text`` with each of code's loop variables the notation names (``index_names = { ineuron = "j" }``) as the
        index letter it stands for, ``deltas(ineuron)`` as ``deltas(j)``: the whole word, never inside another name,
        after a dot (a field) or a backslash (a command)."""
        for word, letter in self.index_names.items():
            if letter == NEW_AXIS:  # an alias of np.newaxis, x[:, na]: an index of its own in a bracket only
                text = re.sub(r"(?<=[\[,])(\s*)" + re.escape(word) + r"(?=\s*[,\]])", r"\1" + NEW_AXIS, text)
                continue
            text = re.sub(r"(?<![\w\\.])" + re.escape(word) + r"(?![\w])", letter, text)
        # a method's argument that is the loop's letter or name, node.getWeight(i), where a pattern gives the method
        # with an index (node.getWeight(k)) and the notation gives that letter (none of its indices) or name a number
        # ("i" = "0", "nodeIndex" = "0"): its number, node.getWeight(0) (a letter on a left side is otherwise each
        # of its values)
        return _METHOD_LETTER.sub(lambda match: match.group(0) if not self.gives_call(match.group(1)) or (
            number := self.index_number(match.group(2), letters=True)) is None
            else f"{match.group(1)}({number})", text)

    def with_struct_paths_read(self, text: str) -> str:
        """``text`` with each MATLAB struct path whose name the notation gives (``net(j).neurons.weights(i)`` beside
        the pattern ``"net(j).neurons.weights(i)"``) written as object-oriented code's dotted name with its indices,
        ``net[j].neurons.weights[i]``; any other call followed by a dot (``np.exp(z).T``) as it is."""
        if not any("[]." in base for base in self.bases):
            return text
        return STRUCT_PATH.sub(lambda match: bracketed_struct_path(match) if struct_path_base(match) in self.bases
                               else match.group(0), text)

    def with_whole_sections_read(self, text: str) -> str:
        """``text`` with each array section taking every index, Fortran's and MATLAB's ``a(:)`` and ``W(:, :)``
        (NumPy's ``a[:]``, ``W[:, :]``), of a name the notation gives whole, as that name: its meaning a whole vector
        or matrix of as many indices (``"self%output" = "a2[:]"``, ``"W" = "W2[:, :].T"``), the section the array
        itself. Any other section as written: a row's or a column's (``W(:, j)``), and MATLAB's ``W(:)`` of a
        matrix, its entries as one column."""
        if ":" not in text:
            return text
        return WHOLE_SECTION.sub(lambda match: match.group(1) if self._whole_indices(match.group(1)) == (
            match.group(2) or match.group(3)).count(":") else match.group(0), text)

    def with_matrix_sections_read(self, text: str) -> str:
        """``text`` with each column or row section in parentheses, Fortran's and MATLAB's ``W(:, j)`` and ``W(j, :)``,
        of a name the notation gives a whole matrix (``"W" = "W2[:, :]"``) as R's ``W[, j]`` and ``W[j, ]``, which
        count from 1 as they do: reading_sections reads it where the matrix is a weight matrix. A section of any
        other name as written (the parser refuses it, saying how to write it)."""
        if ":" not in text:
            return text
        return MATRIX_SECTION.sub(lambda match: (f"{match.group(1)}[, {match.group(2)}]" if match.group(2) else
                                                 f"{match.group(1)}[{match.group(3)}, ]")
                                  if self._whole_indices(match.group(1)) == 2 else match.group(0), text)

    def matrix_sections_written(self, text: str) -> dict[str, str]:
        """Each section with_matrix_sections_read rewrites in ``text``: R's form it is read in -> the section as
        written (``W[, j]`` -> ``W(:, j)``), for a refusal to quote the formula as the student wrote it."""
        if ":" not in text:
            return {}
        return {self.with_matrix_sections_read(match.group(0)): match.group(0) for match in MATRIX_SECTION.finditer(text)
                if self._whole_indices(match.group(1)) == 2}

    def with_method_calls_read(self, text: str) -> str:
        """``text`` with each function the notation declares called as a method of a value, Nim's uniform call syntax
        ``zs[^l].sigmoid_prime`` (``z.sigmoid_prime()`` in Python's and D's), as the call ``sigmoid_prime(zs[^l])``;
        a dotted name the notation gives whole (``"layer.sigmoid_prime"``), or a method of any other name, as
        written. Julia's broadcast call of a function the notation declares, ``nn.act.(nn.z[i])`` (``act.(z)``, its
        derivative ``act'.(z)``), is the call of each entry, ``nn.act(nn.z[i])``; of any other name, ``a.(1 - a)``,
        its dot is left to the reader (a product)."""
        if "." not in text:
            return text
        functions = self.declared_functions
        text = BROADCAST_CALL.sub(lambda match: f"{match.group(1)}{match.group(2)}(" if match.group(1) in functions
                                  else match.group(0), text)
        return METHOD_CALL.sub(lambda match: f"{match.group(2)}({match.group(1)})"
                               if match.group(2) in functions and not self.gives_name(match.group(0).split("(")[0])
                               and match.group(1) not in functions else match.group(0), text)

    def _whole_indices(self, name: str) -> int | None:
        """How many indices the whole vector or matrix the notation gives ``name`` takes (``"a2[:]"`` 1, ``"W2[:,
        :]"`` 2); None where it gives the name no such meaning, or meanings of two counts."""
        counts = set()
        for pattern in self.patterns:
            if COMPONENT.sub(".", pattern.text.strip()) != name:
                continue
            brackets = _MEANING_BRACKET.findall(pattern.meaning)
            if not brackets or not all(_ALL_COLONS.fullmatch(bracket) for bracket in brackets):
                return None
            counts.update(bracket.count(":") for bracket in brackets)
        return counts.pop() if len(counts) == 1 else None

    def gradient_names(self) -> dict[str, str]:
        """Ng's gradient names {dW: W} the notation's own convention gives: where a pattern names d before a letter
        as grad(...) (``"db^{[3]}" = "grad(b3[0])"``), d before each other letter of its patterns is its gradient,
        and before each decorated letter (``d\\hat{y}`` of ``"\\hat{y}_{n}"``) where no pattern names d."""
        key = ("gradient names",)
        if key not in self._cache:  # asked for every symbol read, at every index value of the sums around it
            convention = any(re.fullmatch(r"d[A-Za-z]", pattern.base) and pattern.meaning.lstrip("-").startswith("grad(")
                             for pattern in self.patterns)
            decorated = "d" not in self.bases
            self._cache[key] = {"d" + base: base for base in self.bases if re.fullmatch(r"[A-Za-z]", base) or decorated
                                and _DECORATED_LETTER.fullmatch(base)} if convention else {}
        return dict(self._cache[key])

    def names_gradient(self, node) -> bool:
        """Whether ``node`` is a name this notation gives a gradient, grad(...) (``"grad_{w}" = "grad(W1[0, :])"``;
        code's dW2 read whole beside "dW2_{ij}", as the reader reads it: "dW2", dW_{2})."""
        found = self.candidates_as_read(node) if isinstance(node, Sym) else []
        return bool(found) and found[0][0].meaning.strip().startswith("grad(")

    def gives_name(self, name: str) -> bool:
        """Whether code's ``name``, as a statement's left side writes it (``z1``, ``del11``), is the notation's: a
        pattern written so (its one subscript in braces or not, the spec's ``delta_{h}`` and code's ``delta_h``), or one
        of its names."""
        return any(pattern.text.strip() in (name, _BRACED_SUBSCRIPT.sub(r"_{\1}", name)) for pattern in self.patterns) \
            or name in self.names()

    def gives_call(self, name: str) -> bool:
        """Whether the notation gives a pattern of code's ``name`` with one index letter in parentheses, a getter's
        ``node.getWeightDelta(k)`` (code_declarations.method_statements: the target of
        ``node.setWeightDelta(i, ...)``)."""
        return any(re.fullmatch(re.escape(name) + r"\([A-Za-z]\)", _BRACES_SPACES.sub("", pattern.text))
                   for pattern in self.patterns)

    def index_number(self, written: str, letters: bool = False) -> str | None:
        """The whole number a name written as an index stands for, where the notation gives that name a number as its
        meaning (code's ``k_idx = 3`` on the lines before ``Ws[k_idx, j_idx]``: ``"k_idx" = "3"``); None for any other
        index (a placeholder letter, a number, a name the notation does not give a number)."""
        bare = _BRACES_SPACES.sub("", written)
        if not re.fullmatch(r"[A-Za-z]\w*(?:\.[A-Za-z_]\w*)*", bare) or re.fullmatch(r"[A-Za-z]", bare) and (
                not letters or bare in self.indices):
            # one letter is an index letter (i, or the loop's k), never a name of the notation's numbers; but for
            # ``letters``, a method's argument bound to a pattern's placeholder (node.getWeight(i)), a letter none of
            # the notation's indices that it gives a number, the loop's i at "i" = "0"
            return None
        found = [pattern.meaning.strip() for pattern in self.patterns if _BRACES_SPACES.sub("", pattern.text) == bare]
        return found[0] if len(found) == 1 and re.fullmatch(r"[0-9]+", found[0]) else None

    def numbered_letters(self) -> dict[str, int]:
        """{letter: its number} for each one-letter name the notation gives a whole number that is none of its
        ``indices`` (code's loop variable at the pass the teacher fixes, ``"i" = "1"``, ``"j" = "0"``): that letter
        is that number wherever it stands, in a subscript or code's brackets as elsewhere, never a rule's letter."""
        key = ("numbered letters",)
        if key not in self._cache:
            letters = {pattern.text.strip() for pattern in self.patterns if re.fullmatch(r"[A-Za-z]", pattern.text.strip())}
            self._cache[key] = {letter: int(number) for letter in sorted(letters)
                                if (number := self.index_number(letter, letters=True)) is not None}
        return dict(self._cache[key])

    def output_letter_default(self) -> bool:
        """Whether ``L`` in a layer position is the output layer, as the spec's default has it: the notation neither
        lists L among its indices (a rule's letter, ``indices = "Li"``) nor gives it a number (``"L" = "3"``, notes
        that count layers from 0 and write the output layer L-1). A notation's meaning wins over the default: a
        number given is that number wherever L stands (numbered_letters), a layer's script as elsewhere."""
        return "L" not in self.indices and "L" not in self.numbered_letters()

    def with_index_numbers(self, sym: Sym) -> Sym | None:
        """``sym`` with each index that is a name the notation gives a whole number written as that number (code's
        ``Ws[k_idx, j_idx]`` after ``k_idx = 3``: ``Ws[3, 1]``; a layer, ``\\delta_{i}^{n_l}``, ``a^{n_l-1}``, after
        "n_{l}" = "3", batch 168's), in the page's own counting; None where no index is such a name."""
        parts = sym.sub.split(",")
        numbers = [self.index_number(part) for part in parts]
        layer = _NAME_PLUS_NUMBER.fullmatch(_BRACES_SPACES.sub("", sym.sup))
        count = self.index_number(layer.group(1)) if layer else None
        if not any(numbers) and count is None:
            return None
        sup = str(int(count) + int(layer.group(2) or 0)) if count is not None else sym.sup
        return replace(sym, sub=",".join(number or part for number, part in zip(numbers, parts)), sup=sup)

    def loop_word(self, word: str) -> bool:
        """Whether ``word``, written as an index in parentheses (MATLAB's ``y(j)``, ``deltas(ilayer, ineuron)``), can be
        a loop's variable: an index letter of the notation, or a word it names nothing with and no default gives a
        meaning (never x, y, t, a, z, b, w, W, e, L nor l: an index of a vector's name is one number)."""
        if len(word) == 1 and word in self.indices:
            return True
        # a pattern's base names the word bare where its scripts are placeholders or none (a_{j}: a the vector);
        # h of "h_grid", a literal subscript, names nothing bare
        bare = any(pattern.base == word and not re.sub(r"[\s,{}()]", "", "".join(
            letter for letter in pattern.sub + pattern.sup if letter not in pattern.placeholders))
            for pattern in self.patterns)
        return word not in _DEFAULT_QUANTITIES and not bare and not any(
            word in (name, _BASE_END.split(name, maxsplit=1)[0])
            for name in [*self.loss, *self.functions, *self.learning_rate, *self.parameter])

    def names(self) -> set[str]:
        """Multi-letter names a formula may use: pattern bases, losses, functions, parameters, gradient names."""
        found = set(self.gradient_names())
        for name in [*self.bases, *self.loss, *self.functions, *self.learning_rate, *self.parameter]:
            if name in self.bases and is_call_name(name):
                continue  # a call pattern's name, List.get(outs, ·), V_out(n_out)[·]: its function below
            base = _BASE_END.split(name, maxsplit=1)[0]
            if name in self.bases and "_" in name and (re.fullmatch(r"[A-Za-z]\w*", name) or name in self.spaced_names) \
                    or (name in self.loss or name in self.functions) \
                    and re.fullmatch(r"[A-Za-z][A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", name):  # a loss named as code names it
                # code's grad_y1_out, a pattern's base (code_names.code_identifier); a function the table names as
                # code does, my_squash: that function, never my with the subscript squash
                found.add(name)
            elif re.fullmatch(TRAILING_UNDERSCORE, name):  # C++'s member learningRate_ a rate's or loss's name: whole
                found.add(name)
            elif re.fullmatch(r"[^\W\d_]+[0-9]*", base) and len(base) > 1:  # SEE, W1 of "W1_{ij}", 가중합, 오차y
                found.add(base)
            if name in self.bases and re.fullmatch(WORD_AFTER_DIGITS, name):  # w5new, as the pattern writes it
                found.add(name)
            if re.fullmatch(DOTTED_NAME, name) or name in self.bases and _TUPLE_FIELD.search(name):
                found.add(name)  # code's math.exp: the notation's, not the default; Rust's self.0[].weights
            if name in self.bases and re.fullmatch(r"\\[dD]elta (?:\\[A-Za-z]+|[A-Za-z])", name):
                # \delta\omega, one name; a letter's change, δW35 (syntax_changes.letter_change)
                found.add(name)
        # a call pattern's function, List.get of "List.get(outs, i)" (notation_indices.called_entry), one name, and
        # its arguments' names the table gives no pattern of their own (outs, hidden_outs: never h times i times d ...)
        calls = [base for base in self.bases if is_call_name(base)]
        found.update(base.split("(")[0] for base in calls)
        written = {pattern.text.strip() for pattern in self.patterns} | self.bases
        found.update(name for base in calls for name in re.findall(r"[A-Za-z_][\w.]*", base[base.index("(") + 1:])
                     if len(name) > 1 and name not in written and not re.fullmatch(r"[A-Za-z]+\d+", name))
        # a primed function's word of the page's own, "activation'" = "...' at output": activation'(output) that
        # derivative (never a function word the reader knows, an activation's own name primed, read as that function)
        found.update(name for name in self.primed_functions
                     if re.fullmatch(r"[A-Za-z]\w+", name) and name not in NAMED_FUNCTIONS)
        found.update(self.macros)  # a course's macro named as a symbol ("\\fw" = "W1[0, :]"), a command
        # ableitung_sigmoid: the word, never its letters; netOutputActivator[1], code's array of functions: its word
        found.update(re.sub(r"\[\d+\]$", "", word) for word in self.derivative_words)
        found.update(self.operations)  # matrixdot, Matrix.multiply: a code's helper for arithmetic, one name
        # quesba's "w'1": a primed name with its digits, as plain text glues them (syntax_symbols.primed_digits)
        found.update(pattern.text.strip() for pattern in self.patterns
                     if re.fullmatch(PRIMED_DIGITS, pattern.text.strip()))
        return found


def bracketed_struct_path(match: re.Match) -> str:
    """A STRUCT_PATH match as object-oriented code's dotted name with its indices: net[j].neurons.weights[i]."""
    name, inner, fields, last = match.groups()
    return f"{name}[{inner}]{fields}" + (f"[{last}]" if last is not None else "")


def struct_path_base(match: re.Match) -> str:
    """The base a STRUCT_PATH match names, its inner index kept as a mark: net[].neurons.weights."""
    return f"{match.group(1)}[]{match.group(3)}"
