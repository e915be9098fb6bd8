"""Names as code writes them (a part of syntax.Parser): ``self.w1``, ``self.learning_rate``, ``inputs[0]``,
``self.W1[0][1]``, and code's functions ``math.exp(u)``, ``np.log(u)``, ``math.pow(u, 2)``, ``pow(u, 2)``.

A dotted name (identifiers joined by dots, glued: letters, digits and underscores, starting with a letter) is one
symbol whose base is the whole name: its underscores are the identifier's, never a subscript. Code's indices
after a name, ``[0]``, ``[0][1]`` or ``[0, 1]``, are its subscript ``0`` or ``0,1``, for a pattern and a formula
alike. A dotted name means nothing by itself: the notation names it (``"self.w1" = "W1[0, 0]"``). A module's
function (``math``, ``np``, ``numpy``, ``torch``, ``tf``, ``tensorflow``; their names of NumPy's functions,
``tf.reduce_sum``, ``torch.mm``, ``torch.t``, as NumPy's) is the plain-text function of that name (exp, log, sqrt, an
activation by its name; ``maximum`` is max(0, u), but ``max`` is not) where the notation does not name the dotted
name itself; a power of two arguments (``math.pow``, Python's ``pow``) is its first argument to the power of its
second, NumPy's and torch's (``np.power``, ``torch.pow``) each entry's (syntax_arrays.py: np.multiply and the
other entrywise functions, casts); ``gradient(loss, w)`` is dloss/dw. Derivatives written as quotients, code's
``d_loss/dW`` among them, are syntax_quotients.py's; Python's ``pow(u, 2)``, ``np.clip`` and code's derivative names
(``sigmoid_prime(z)``) syntax_code_calls.py's.

A name of letters, digits and underscores without a dot is code's too where the notation writes it so: a pattern
whose name has two underscores or more (``"grad_y1_out"``), a subscript of its own after one (``"der_cost_W1_{jk}"``),
or a function word, an underscore and a word (an activation's name and _derivative: its call stays the function)
(``code_identifier``), and so is the same run in a formula; so is a name opening with prod, sum, exp or log, an
underscore and a word (``prod_escalar``), named by the notation or not. A name with one underscore and no script
after it (``"h1_in"``, ``"a_h1"``) stays a base with its subscript, which reads the same in a formula either way;
one written with TeX's escaped underscore (``"out\\_delta"``) is one name, and ``out_delta_1`` its subscript 1.
A pattern of letters, digits and a word glued (``"w5new"``, the new w5) is one name too, as in a formula.

R's ``$`` between a list and its field, glued (``nn$W[[i]]``, ``nn$post[[n]]``), joins them as a dot does: one
name, which the notation names as written (``"nn$W[[i]]" = "W{i}[:, :]"``), never a product (``nn`` is not n n).

Scala Breeze's transpose attribute ``next.weight.t`` is the transpose of the name before ``.t`` where the notation
gives that name and not the whole (attribute_transpose).

A dot between names is the product (``W1.x``, ``learning_rate.d_loss/dW``) where the notation names no dotted name
(no code attribute such as ``self.x``), the name before it is no module (``math``) nor an object (``self``) and no
part is digits; elsewhere a dotted name the notation does not name is refused as an unknown symbol.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .code_names import (CODE_MODULES, CODE_OWNERS, CODE_POWERS, CODE_PRODUCTS, EULER_CONSTANTS, FRAMEWORK_SYNONYMS,
                         FRAMEWORKS, FUNCTION_PREFIXED, NUMBER_MODULES, code_function, peeled_code_name)
from .quantities import FormulaError
from .syntax_code_calls import MATHJS_FUNCTIONS, STATIC_CLASS
from .syntax_tree import GREEK, Call, Node, Num, Token

# a TeX command other than \odot (Octave's .* as typography writes it): a row holding one is TeX, not code
_TEX_COMMAND = lazy_pattern(r"\\(?!odot(?![A-Za-z]))[A-Za-z]", needs=("\\",))
# what may follow Octave's transpose A1' (an operator, a closing bracket, the end of a statement)
_AFTER_TRANSPOSE = ("*", ")", "]", ",", ";", "+", "-", "/", "@", r"\odot", r"\cdot", r"\times", r"\circ")


class CodeParsing:
    """Parser methods for code's names, indices and functions."""

    def code_name(self) -> tuple[str, int, list[str]] | None:
        """The dotted name that starts at the current token, the position after it and the indices inside it
        (``inputNodes[n].weight``: the name ``inputNodes[].weight``, its index n), or a name with
        underscores the notation gives as code's (``grad_y1_out``); None where there is none (any other name
        without a dot is not code's: ``out_h1`` stays out with the subscript h1)."""
        index, parts, dots, inner_indices = self.position, [], 0, []
        while index < len(self.tokens):
            token = self.tokens[index]
            if index > self.position and token.spaced:
                break
            expects_start = not parts or parts[-1] == "."
            if not expects_start and (inner := self.inner_index(index)) is not None:
                # inputNodes[n].weight[j]: an index inside the dotted name, kept as a mark, its value a subscript
                inner_indices.append(inner[0])
                parts.append("[]")
                index = inner[1]
                continue
            following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            # an underscore inside an identifier is the identifier's (W_out); one before a brace or a space is a
            # subscript (self.W_out_{0,1}, as derive --notation writes a pattern's value back)
            inner_underscore = token.text == "_" and following is not None and not following.spaced and (
                following.kind == "letter" or following.kind == "number" and following.text.isdigit())
            # self.__sigmoid_derivative, self._cache: a private name's leading underscores after the dot are its own
            # (and at the name's start, Scala's _activation, Python's _cache: an atom never starts with a subscript)
            private = expects_start and (bool(parts) or index == self.position) and token.text == "_" \
                and self._private_start(index)
            if token.kind == "letter" or private or (not expects_start and (inner_underscore or (
                    token.kind == "number" and token.text.isdigit()))):
                parts.append(token.text)
            elif token.text == "." and not expects_start and not (
                    (method := self.method_at(index)) and "".join(parts) not in CODE_MODULES and not (
                        STATIC_CLASS.fullmatch("".join(parts)) and "".join(parts) not in self.names)
                    and not self.owned_method("".join(parts), method)):
                # x.sum(): x, then its method; a class's Matrix.transpose(a) a static call (syntax_code_calls)
                parts.append(".")
                dots += 1
            elif token.text == "$" and not expects_start:  # R's nn$W: the list's field, joined as a dot joins
                parts.append("$")
                dots += 1
            elif not expects_start and token.kind == "number" and re.fullmatch(r"\.[0-9]+", token.text) \
                    and not token.spaced and (dots or "".join(parts) in self.names and re.fullmatch(
                        r"[A-Za-z][A-Za-z_]*[A-Za-z]", "".join(parts)) or any(
                        name.startswith("".join(parts) + token.text + "[]") for name in self.names)):
                # R's layer.1, layer.1.error: a dotted part of digits (the tokens' number .1), where the word before it
                # is the notation's or dotted already; never x.5 of a letter nor W1.5 (a product with .5 as before);
                # Rust's tuple field self.0[i].weights, where the notation names self.0[].weights
                parts.extend([".", token.text[1:]])
                dots += 1
            else:
                break
            index += 1
        if parts and parts[-1] == ".":  # a sentence's full stop after a name
            parts.pop()
            index -= 1
            dots -= 1
        name = "".join(parts)
        if (f"{name}_" in self.names or dots) and self.trailing_underscore(index):
            # scikit-learn's self.w_ and coef_: one name, the notation's (a dotted one's underscore is never a script's
            # before a space, an operator or the end: unknown where the notation does not name it)
            parts, name, index = [*parts, "_"], f"{name}_", index + 1
        # out_delta_1, the notation naming the code name out_delta (TeX's out\_delta): that name, its subscript 1 after;
        # so R's dotted delC.dela_2 where the notation names delC.dela with a subscript ("delC.dela_{2}")
        # (and delC_deltheta_2_11, the notation's "delC_deltheta_{2,11}": the parts after the name its subscripts)
        if not inner_indices and name not in self.names and (peeled := peeled_code_name(parts, self.names)) is not None:
            prefix, subscripts = peeled
            if len(subscripts) == 1:  # out_delta_1: the subscript read after the name, as any name's
                index -= 2
            else:
                inner_indices = subscripts
            parts, name = prefix, "".join(prefix)
        # R's layer.1 where the notation writes layer with a subscript (layer_{1}) and not the dotted name: that
        # subscript, as a dotted digit suffix is the name's index
        if (dotted_digits := re.fullmatch(r"([A-Za-z]\w*)\.([0-9]+)", name)) is not None and name not in self.names \
                and not inner_indices:
            return dotted_digits.group(1), index, [dotted_digits.group(2)]
        if (transposed := self.attribute_transpose(name, index, inner_indices)) is not None:
            name, index = transposed  # Breeze's next.weight.t: next.weight^T
        # grad_y1_out where the notation names it; prod_escalar whether or not it does (never \prod_e times scalar)
        if dots == 0 and not ("_" in name and name in self.names or FUNCTION_PREFIXED.fullmatch(name)
                              or name.startswith("_")):
            return None
        following = self.tokens[index] if index < len(self.tokens) else None
        # activationFunction.derivative(s): an object's method called, a word glued to its parenthesis, never a product
        called = following is not None and following.text == "(" and not following.spaced \
            and re.search(r"\._*[A-Za-z]{2}\w*$", name) is not None
        if dots and "[]" not in name and not called and self.dot_is_product(name):
            for dot in range(self.position, index):  # W1.x: W1 times x, read on as a product
                if self.tokens[dot].text == ".":
                    self.tokens[dot] = Token("symbol", "*", self.tokens[dot].position, False)
            return None
        return name, index, inner_indices

    def attribute_transpose(self, name: str, index: int, inner: list[str]) -> tuple[str, int] | None:
        """Scala Breeze's transpose attribute, ``next.weight.t`` (no parentheses after it), where the notation names
        the name before ``.t`` and not the whole: that name and the position of its ``.t``, whose two tokens become
        ``^T``; None for any other name (``self.t`` of a notation that names no self, ``layer.t`` it names), and where
        the notation names no dotted name (``W1.t`` is then W1 times t, dot_is_product)."""
        following = self.tokens[index] if index < len(self.tokens) else None
        if not name.endswith(".t") or name in self.names or name[:-2] not in self.names or inner \
                or not any("." in known for known in self.names) \
                or following is not None and following.text in ("(", "[") and not following.spaced:
            return None
        dot, letter = self.tokens[index - 2], self.tokens[index - 1]
        self.tokens[index - 2:index] = [Token("symbol", "^", dot.position, False),
                                        Token("letter", "T", letter.position, False)]
        return name[:-2], index - 2

    def _private_start(self, start: int) -> bool:
        """Whether the tokens from ``start`` are underscores glued together, then a letter glued to them: the start of
        Python's private name after a dot (``__sigmoid_derivative``, ``_cache``)."""
        end = start
        while end < len(self.tokens) and self.tokens[end].text == "_" and (end == start or not self.tokens[end].spaced):
            end += 1
        return end < len(self.tokens) and self.tokens[end].kind == "letter" and not self.tokens[end].spaced

    def inner_index(self, start: int) -> tuple[str, int] | None:
        """Code's index glued inside a dotted name, ``[n]`` of ``inputNodes[n].weight``, ``[l]`` of
        ``self.layers[l].W``: its text and the position of the dot after it; None where the token at ``start``
        opens no such index (an index at the name's end is code_indices')."""
        if self.tokens[start].text != "[" or self.tokens[start].spaced:
            return None
        end = start + 1
        while end < len(self.tokens) and self.tokens[end].text not in ("[", "]"):
            end += 1
        after = self.tokens[end + 1] if end + 1 < len(self.tokens) else None
        following = self.tokens[end + 2] if end + 2 < len(self.tokens) else None
        if end >= len(self.tokens) or self.tokens[end].text != "]" or end == start + 1 or after is None \
                or after.text != "." or after.spaced or following is None or following.kind != "letter" \
                or following.spaced:
            return None
        return "".join(token.text for token in self.tokens[start + 1:end]), end + 1

    def dot_is_product(self, name: str) -> bool:
        """Whether the dots of a dotted name are products (selimslab's ``W1.x``, ``learning_rate.d_loss``): where
        the notation names no dotted name at all (no code attribute such as ``self.x``), this one is no module's
        function nor ``self``'s attribute, no part is an R field (``nn$W``: never a product), and every part is a
        name or a letter, never digits alone (``0.5`` is a number and ``W.T``, a transpose, typography's). Where the notation names dotted names, an unnamed one
        stays code's, and is refused as an unknown symbol."""
        parts = name.split(".")
        return "$" not in name and name not in self.names and parts[0] not in (*CODE_MODULES, *CODE_OWNERS) \
            and not any("." in known for known in self.names) and all(re.match(r"[A-Za-z]", part) for part in parts)

    def word_after_digits(self, run: str, index: int) -> str | None:
        """A name of letters, digits and a word glued (``w5new``) that the notation names, ending at the
        tokens from ``index`` (the digits after ``run``); None, the position kept, where there is none."""
        digits = self.tokens[index] if index < len(self.tokens) else None
        if digits is None or digits.kind != "number" or digits.spaced or not digits.text.isdigit():
            return None
        end, word = index + 1, ""
        while end < len(self.tokens) and self.tokens[end].kind == "letter" and not self.tokens[end].spaced:
            word += self.tokens[end].text
            end += 1
        name = f"{run}{digits.text}{word}"
        if not word or name not in self.names:
            return None
        self.position = end
        return name

    def letter_run(self, start: int) -> tuple[str, int]:
        """The letters glued from token ``start`` on (``weight``), and the position after them."""
        end, run = start, ""
        while end < len(self.tokens) and self.tokens[end].kind == "letter" and (not run or not self.tokens[end].spaced):
            run += self.tokens[end].text
            end += 1
        return run, end

    def code_symbol(self, token: Token) -> Node | None:
        """A dotted name with its code indices, or code's function; None where the current token starts none
        (then also for ``pow`` written without a module: Python's pow(u, v))."""
        if (intrinsic := self.fortran_intrinsic(token)) is not None:
            return intrinsic  # DOT_PRODUCT(u, v), REAL(n, dp) (syntax_code_calls)
        if (derivative := self.code_derivative(token)) is not None:
            return derivative
        if (operation := self.operation_call(token)) is not None:
            return operation  # matrixdot(l0, w): a code's helper the notation gives an operation (syntax_code_calls)
        if (one_hot := self.code_one_hot(token)) is not None:
            return one_hot
        start, found = self.position, self.code_name()
        if found is None:
            return self.builtin_call()
        name, end, inner = found
        self.position = end
        if (name in self.names or "." in name and name.split(".")[0] not in CODE_MODULES) \
                and [token.text for token in self.tokens[end:end + 2]] == ["(", ")"]:
            # Java's node.output(), C++'s layers[i].getActivations(): a method of no arguments, the quantity the
            # notation gives its dotted name (as code_derivative reads dSigmoid()), an unknown symbol where it gives none
            del self.tokens[end:end + 2]
        module, _, attribute = name.rpartition(".")
        if module == "math" and attribute in MATHJS_FUNCTIONS and name not in self.names and not inner \
                and self.peek() is not None and self.peek().text == "(":
            return self.mathjs_call(name, attribute, token, start)  # math.js's math.multiply(a, b)
        if name in EULER_CONSTANTS and name not in self.names and not inner and (
                self.peek() is None or self.peek().text not in ("(", "[", ".")):
            return Call("exp", (Num("1"),), position=token.position, written=name)  # Math.E: Euler's number
        if module in FRAMEWORKS:  # tf.reduce_sum(u), torch.mm(A, B): NumPy's np.sum(u), np.matmul(A, B)
            attribute = FRAMEWORK_SYNONYMS.get(attribute, attribute)
        if module in NUMBER_MODULES and attribute[:1].isupper():  # Go's math.Exp(u), C#'s Math.Exp(u): math's exp
            attribute = attribute.lower()
        if name not in self.names and module in CODE_MODULES and self.peek() is not None and self.peek().text == "(":
            arrays = module not in NUMBER_MODULES
            if attribute in CODE_POWERS and arrays:  # np.power(A1, 2): each entry's power
                return Call("entrywise_power", self.two_arguments(name, token), position=token.position)
            if attribute in CODE_POWERS or attribute == "fma":  # Math.pow(u, 2); Math.fma(a, b, c), a*b + c
                return self.two_argument_power(name, token)
            if attribute == "clip" and arrays:
                return self.clipped(name, token)
            if arrays and (array := self.array_function(name, attribute, token)) is not None:
                return array  # np.multiply(u, v), np.square(u), np.int64(u > 0) (syntax_arrays.py)
            if attribute in CODE_PRODUCTS:
                args = self.arguments()
                if len(args) != 2:
                    self.fail(f"{name}(...) with {len(args)} argument(s): a product takes two", token,
                              f"write {name}(u, v)")
                return Call("matrix_product", tuple(args), position=token.position)
            if attribute in ("sum", "mean") and (summed := self.axis_sum(token, name)) is not None:
                return summed  # np.sum(u, axis=0), np.mean(u, axis=0): along the axis the shapes give
            if attribute == "sum" and arrays:  # np.sum(u), torch.sum(u): every entry of u
                args = self.arguments()
                if len(args) != 1:
                    self.fail(f"{name}(...) with {len(args)} arguments", token, f"write {name}(u) or {name}(u, axis=1)")
                return Call("entries_sum", (args[0],), position=token.position)
            if attribute == "mean" and arrays:  # np.mean(u): the mean over the samples (reading_functions)
                self.expect("(", f"after {name}")
                averaged = self.expression()
                if self.accept(","):  # np.mean(u, axis=0): along an axis, over the sample's entries or the samples
                    self.fail(f"{name}(u, ...) with an axis: what it averages over (the sample's entries, or the"
                              " samples) is unknown here", token, f"write {name}(u) of one number per sample, or the"
                              " sum over what it averages and its count")
                self.expect(")", f"to close {name}(...)")
                return Call("samples_mean", (averaged,), position=token.position, written=name)
            if (function := code_function(attribute)) is not None:
                return self.function(function, token, name)
            self.fail(f"{name} is not a function check reads", token,
                      f"write {module}.exp, {module}.log, {module}.sqrt, {module}.maximum(0, u), {module}.pow(u, 2) or"
                      " an activation by its name, or name it in the notation's functions")
        if name not in self.names and not inner and self.peek() is not None and self.peek().text == "(" and (
                static := self.static_call(name, module, attribute, token, start)) is not None:
            return static  # Matrix.dot(a, b): a matrix library's static call (syntax_code_calls)
        if (column := self.new_axis(lambda: self.symbol_rest(name, token, sub=",".join(inner)))) is not None:
            return column  # hidden_layer_output[:, None]: NumPy's column, as of a name without underscores
        # its scripts as any symbol's: self.hidden_{1} is self.hidden[1], self.w1^{new} the new value
        trailing = self.code_indices()
        return self.symbol_rest(name, token, sub=",".join([*inner, trailing] if trailing else inner))

    def private_name_starts(self) -> bool:
        """Whether the underscore at the current token opens a name (``_activation``): underscores glued to a letter,
        at the row's start or after an operator, a parenthesis or a bracket opened, never after a name, a command, a
        brace or a closing bracket, whose subscript it may be (``d_partial``, ``\\sum _k``, TeX's ``\\sum{_k}``)."""
        before = self.tokens[self.position - 1] if self.position else None
        return self._private_start(self.position) and (
            before is None or before.kind == "symbol" and before.text not in (")", "]", "{", "}", "'", "|", "!"))

    def private_name(self, token: Token) -> Node:
        """Scala's ``_activation`` (Python's ``_cache``), a name opening with underscores glued to a letter, at the
        current token: its symbol with its scripts, which the notation names (an unknown symbol where it does not; an
        atom never opens with a subscript, so the underscores are the name's)."""
        found = self.code_name()
        if found is None:
            self.fail("an underscore opening a name", token, "write the name the notation gives")
        name, end, inner = found
        self.position = end
        trailing = self.code_indices()
        return self.symbol_rest(name, token, sub=",".join([*inner, trailing] if trailing else inner))

    def axis_sum(self, token: Token, written: str) -> Node | None:
        """NumPy's sum with its axis after the parenthesis: ``sum(dZ2, 1)``, ``np.sum(dZ2, axis=1)`` (axis 0 or
        1, another number refused); None, the position kept, where no axis is written (``sum (y - yhat)^2`` is
        the sum sign's, ``sum(u, v)`` a list); of a mean (``np.mean``, ``mean``), the "axis_mean" of ``u.mean(axis=0)``."""
        save = self.position
        try:
            self.expect("(", "after sum")
            summed = self.expression()
            if not self.accept(","):
                raise FormulaError("no axis")
        except FormulaError:
            self.position = save
            return None
        texts = "".join(self.peek(k).text if self.peek(k) is not None else " " for k in range(9))
        if not texts.startswith(("axis=", "keepdims=", "dim=", "keepdim=", "dims=")) and (self.peek() is None or self.peek().kind != "number"):
            self.position = save  # sum(u, v, w): no axis, the list's refusal
            return None
        axis = self.numpy_axis(written)  # np.sum(dZ, axis=1, keepdims=True): the column check reads either way
        mean = written.rpartition(".")[2] == "mean"  # np.mean(u, axis=0), mean(u, axis=0): as u.mean(axis=0)
        if axis is None:  # np.sum(u, keepdims=True): every entry, as np.sum(u)
            return Call("samples_mean", (summed,), position=token.position, written=written) if mean \
                else Call("entries_sum", (summed,), position=token.position)
        if axis.text not in ("0", "1"):
            self.fail(f"{written}(u, axis) with an axis that is not 0 or 1", axis,
                      f"write {written}(u, 1) (NumPy's axes; Octave's sum(u, 2) is read where the formula shows it is"
                      " Octave's: .*, .^, a transpose ' or a ; at a line's end)")
        return Call(("axis_sum", "axis_mean")[mean], (summed, Num(axis.text)), position=token.position, written=written)

    def octave_transpose_follows(self, braced: bool = False) -> bool:
        """Whether the current token is Octave's transpose, a prime glued after a name or a parenthesis in plain
        text with an operator, a closing parenthesis, a name (a Greek letter's command too) or the end after it
        (``W2'* dZ2``, ``(dZ2*(A1)')``, ``dZ * X'``, ``w'x``, ``(theta^3)'\\delta^4``): never before a parenthesis
        (``f'(z)``), a digit (quesba's ``w'1``), another prime or a relation (``w' = w - ...``, a new value). The
        reader takes it for the transpose only where the name is a vector or matrix (Transpose.primed). With
        ``braced``, a row with braces counts too where it is written as code all the same (written_as_code)."""
        prime, following = self.peek(), self.peek(1)
        if not (self.plain or braced and self.written_as_code()) or prime is None or prime.text != "'" \
                or prime.spaced:
            return False
        # a name after it too: Octave's w'x, w' x (a product with the transpose; the reader keeps a prime on a number),
        # a Greek letter's among them, (theta^3)'\delta^4 as a page typesets Octave's (Theta3)'*delta4
        return following is None or following.text in _AFTER_TRANSPOSE or following.kind == "letter" \
            or following.text in GREEK

    def written_as_code(self) -> bool:
        """Whether the row, braces and all, is written as code rather than TeX: no TeX command but the \\odot that
        Octave's and Julia's .* becomes (Markdown's `delta^l = ((W^{l+1})' * delta^{l+1}) .* sigma'(z^l)`, its
        Greek letters spelled out), no \\frac."""
        return "\\frac" not in self.row and not _TEX_COMMAND.search(self.row)

    def entrywise_power(self, base: Node) -> Node | None:
        """Octave's ``A1.^2`` (``A1 .^ 2`` too): the power of each entry, a Call the reader knows; None, the
        position kept, where no ``.^`` follows."""
        dot, caret = self.peek(), self.peek(1)
        if dot is None or caret is None or dot.text != "." or caret.text != "^" or caret.spaced:
            return None
        self.position += 2
        # a name whole (A1.^k), never TeX's one letter of a script
        exponent = self.atom() if self.peek() is not None and self.peek().kind == "letter" else self.script()
        return Call("entrywise_power", (base, exponent), position=dot.position)

    def glued_letters(self) -> str:
        """The letters from the current token on, glued to each other (a keyword such as keepdims, True)."""
        word = ""
        while self.peek() is not None and self.peek().kind == "letter" and (not word or not self.peek().spaced):
            word += self.next().text
        return word

    def code_indices(self) -> str:
        """Code's indices glued after a name, ``[0][1]`` or ``[0, 1]``, as a subscript ``0,1``; "" for none (NumPy's
        new axis after them, ``self.x[i][:, None]``, left to symbol_rest: the column of what they name)."""
        indices = []
        while self.peek() is not None and self.peek().text == "[" and not self.peek().spaced \
                and not self.new_axis_follows():
            self.next()
            inside = self.raw_until("]")
            if not inside:
                self.fail("an empty index []", self.peek(), "write the index, e.g. [0]")
            indices.append(inside)
        return ",".join(indices)
