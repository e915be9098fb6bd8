"""Code's calls of functions no module names (a part of syntax.Parser, as CodeParsing, which reads module
functions such as ``np.exp(u)``, is): Python's ``pow(u, v)`` and ``len(v)``, ``dot(u, v)`` without a module, Fortran's
``DOT_PRODUCT(u, v)`` and ``REAL(n, dp)``, the
operations in words (``mul(u, v)``, ``add``, ``sub``; MATLAB's ``times(a, b)``, ``minus``, ``plus``, ``rdivide``,
``mtimes``), NumPy's ``np.clip(u, low, high)``, and an activation's or a loss's derivative by its code name
(``sigmoid_prime(z)``, ``mse_prime(y_true, y_pred)``; ``sigmoid_derivative(u)`` refused); a name the notation gives a
quantity called with nothing, Java's ``dSigmoid()``, that quantity; a code's own helper the notation gives an
operation's meaning (``functions = { matrixdot = "matrix product" }``), that operation of its arguments, and so called
as a method on an object (Go's ``input.Dot(w)`` with ``Dot = "matrix product"``): the operation of the object and its
one argument."""

from __future__ import annotations

import re

from ..activations import HIDDEN_DEFAULT
from ..patterns import lazy_pattern
from .function_words import DERIVATIVE_WORDS, EITHER_WORDS, LOSS_DERIVATIVE_WORDS, NAMED_FUNCTIONS, ONE_HOT_NAMES
from .quantities import FormulaError
from .receiver_methods import NO_BROADCAST
from .syntax_arrays import BARE_CASTS
from .syntax_conditionals import either
from .syntax_tree import Call, Cond, Indicator, Node, Num, Op, Token, Transpose, _PLAIN_WORDS

# the operations written as words without a module, mul(u, v) (Python's operator.mul): ENTRYWISE_OPERATORS' names
_OPERATION_WORDS = ("mul", "add", "sub")
#: a class's name before a static call, JavaScript's matrix libraries' Matrix.dot(a, b) (Shiffman's Toy-Neural-Network,
#: nn.js): a capitalised word, or words glued CamelCase
STATIC_CLASS = lazy_pattern(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]*)*")
# their static verbs that mean one thing across those libraries, read as NumPy's function of the same word
# (CODE_PRODUCTS' dot; ENTRYWISE_OPERATORS' add, subtract; transpose) or, map(a, f), f applied to each entry;
# multiply is the matrix product in some (Shiffman's Matrix.multiply(a, b)) and entry by entry in others
_STATIC_VERBS = ("dot", "matmul", "add", "subtract", "transpose", "map")
_AMBIGUOUS_STATIC = ("multiply", "mult", "mul")
#: math.js's functions on its math object (JavaScript's math.multiply(a, b); Python's math module and Go's have none of
#: these words): each read as the NumPy function it is (math.multiply, the matrix product, is mathjs_call's own)
MATHJS_FUNCTIONS = {"multiply": "dot", "dotMultiply": "multiply", "dotDivide": "divide", "add": "add",
                    "subtract": "subtract", "transpose": "transpose", "map": "map"}
# MATLAB's functional forms of its operators, times(a, b) for a .* b (Rodinia's delta = times(o, minus(1.0, o))): the
# entrywise operator each is (ENTRYWISE_OPERATORS' names); mtimes(A, B), A * B, is the matrix product; and the other
# languages' bare words for NumPy's functions: Julia's and R's ifelse(c, a, b), np.where(c, a, b), and subtract(a, b)
# (NumPy's imported bare, a Lua course's helper: a - b in every library; its multiply(a, b) is not, the matrix product
# in some and entry by entry in others)
# (matmul and transpose, Fortran's intrinsics too, are FORTRAN_INTRINSICS')
MATLAB_OPERATORS = {"times": "multiply", "minus": "subtract", "plus": "add", "rdivide": "divide", "mtimes": "dot",
                    "ifelse": "where", "subtract": "subtract"}

# Fortran's intrinsics, spelled in either case as Fortran allows (DOT_PRODUCT, dot_product, Matmul): the inner product
# of two vectors, the matrix product MATMUL(A, B) (NumPy's matmul imported bare alike), TRANSPOSE(A) (MATLAB's
# transpose(A) alike), and the conversions of a number to a real, REAL(n, dp) (its kind after the comma) and DBLE(n):
# the number's value
FORTRAN_INTRINSICS = {"dot_product": "inner product", "matmul": "matrix product", "transpose": "transpose",
                      "real": "real", "dble": "real"}
# a conversion's kind: a kind parameter's name or number, kind= before it if written (REAL(n, dp), REAL(n, kind=8))
_KIND = lazy_pattern(r"(?:kind\s*=\s*)?(?:[A-Za-z]\w*|\d+)", re.IGNORECASE)


class CodeCallParsing:
    """Parser methods for code's calls of functions no module names."""

    def operation_call(self, token: Token) -> Node | None:
        """A call of a code's helper the notation gives an operation (Notation.operations: ``matrixdot(l0, w)`` with
        matrixdot = "matrix product", ``subtract(y, l1)`` with "difference", ``Matrix.multiply(a, b)`` with "product"):
        the matrix product of its two arguments (their sizes must fit, never NumPy's inner product of two columns),
        their entrywise product, sum or difference, the transpose of its one argument, or the inner product of two
        vectors of one length (\"dot\"); a helper declared a loss's derivative (``d_mean_squared_error(d, y)``), the
        Call "declared_loss_derivative" of its arguments (reading_functions). None, the position kept, for any other
        name."""
        if not self.operations:
            return None
        run, end, found = "", self.position, None
        while end < len(self.tokens) and (end == self.position or not self.tokens[end].spaced) and (
                self.tokens[end].kind in ("letter", "number") or self.tokens[end].text in ("_", ".")):
            run += self.tokens[end].text
            end += 1
            if run in self.operations and end < len(self.tokens) and self.tokens[end].text == "(":
                found = (run, end)
        if found is None:
            return None
        name, self.position = found
        operation = self.operations[name]
        if not isinstance(operation, str):  # a loss's derivative (loss_helpers.LossHelper): d_mean_squared_error(d, y)
            return Call("declared_loss_derivative", tuple(self.arguments()), position=token.position, written=name)
        if operation == "transpose":
            return Transpose(self.one_argument(name, token))
        return self.declared_operation(name, *self.two_arguments(name, token), token)

    def declared_operation(self, name: str, left: Node, right: Node, token: Token) -> Node:
        """The operation the notation declares ``name`` (a binary one: "matrix product", "dot", "product", "sum",
        "difference", "quotient") of ``left`` and ``right``."""
        operation = self.operations[name]
        if operation == "matrix product":
            return Call("declared_matrix_product", (left, right), position=token.position, written=name)
        if operation == "dot":
            return Call("inner_product", (left, right), position=token.position, written=name)
        if operation == "outer product":  # Grokking's outer_prod(a, b): a_i b_j at [i][j], as np.outer(a, b)
            return Call("matrix_product", (Call("outer_factor", (left,)), Transpose(Call("outer_factor", (right,)))),
                        position=token.position, written=name)
        if operation == "difference":
            return Op("+", (left, Op("neg", (right,))))
        if operation == "quotient":  # Nx.divide(a, m), np.divide: the first argument over the second, entry by entry
            return Op("/", (left, right))
        if operation == "product":  # Gonum's MulElem never broadcasts (receiver_methods.NO_BROADCAST)
            return Op("odot", (left, right), entrywise=True, strict_sizes=name in NO_BROADCAST)
        return Op("+", (left, right))

    def declared_method(self, base: Node, name: str, dot: Token) -> Node:
        """``base.name(...)`` where the notation declares ``name`` an operation (Go's ``input.Dot(w)`` with Dot =
        "matrix product", ``err.Mul(slope)`` with Mul = "product"), the position at its parenthesis: a binary
        operation of base and the one argument, a transpose of base with none. Two arguments are refused: Gonum's ``c.Mul(a, b)``
        stores the product of a and b in c, which is no value of c's."""
        operation = self.operations[name]
        empty = [token.text for token in self.tokens[self.position:self.position + 2]] == ["(", ")"]
        self.position += 2 if empty else 0
        args = [] if empty else self.arguments()
        if not isinstance(operation, str):
            self.fail(f".{name}(...): a loss's derivative the notation declares, called as a method", dot,
                      f"write {name}(...) with its arguments")
        if operation == "transpose":
            if args:
                self.fail(f".{name}(...) with {len(args)} argument(s): the notation's transpose of the value before"
                          " it takes none", dot, f"write u.{name}()")
            return Transpose(base)
        if len(args) != 1:
            self.fail(f".{name}(...) with {len(args)} arguments: the notation's {operation} of the value before it"
                      " and one argument (a library's c.Mul(a, b) that stores a's and b's into c is no value of c's)",
                      dot, f"write u.{name}(v) for the {operation} of u and v")
        return self.declared_operation(name, base, args[0], dot)

    def clipped(self, name: str, token: Token) -> Node:
        """NumPy's ``np.clip(u, low, high)``: min(max(u, low), high), entry by entry, low below low and high above
        high (its derivative 1 between them), as np.where(u < low, low, np.where(u > high, high, u)) reads."""
        args = self.arguments()
        if len(args) != 3:
            self.fail(f"{name}(...) with {len(args)} argument(s): it takes three", token, f"write {name}(u, low, high)")
        value, low, high = args
        return either(Cond("<", value, low), low, either(Cond(">", value, high), high, value))

    def code_derivative(self, token: Token) -> Node | None:
        """Code's name of an activation's derivative before its parenthesis, ``sigmoid_prime(z)`` (Nielsen's
        network.py; DERIVATIVE_WORDS): the activation's derivative at z, as its name with a prime, where the notation
        gives the name no meaning of its own (a name it declares in its functions is that function: None); a
        loss's, ``mse_prime(y_true, y_pred)`` (LOSS_DERIVATIVE_WORDS), its derivative by the prediction.
        ``sigmoid_derivative(u)`` is refused: code writes that name for the derivative at the input and at the
        output (``x * (1 - x)``) alike. None, the position kept, for any other name."""
        end, run = self.position, ""
        while end < len(self.tokens) and (end == self.position or not self.tokens[end].spaced) and (
                self.tokens[end].kind in ("letter", "number") or self.tokens[end].text == "_"):
            run += self.tokens[end].text
            end += 1
        opening = self.tokens[end] if end < len(self.tokens) else None
        named = run in self.names
        closing = self.tokens[end + 1] if end + 1 < len(self.tokens) else None
        if named and opening is not None and opening.text == "(" and closing is not None and closing.text == ")":
            # Java's dSigmoid(): a method of no arguments over its object's own value, the quantity the notation
            # gives the name (no product with an empty parenthesis, no derivative at nothing)
            del self.tokens[end:end + 2]
            return None
        if opening is None or opening.text != "(" or named and run not in EITHER_WORDS and run not in DERIVATIVE_WORDS:
            return None
        if run in self.functions:
            # a function the notation declares, a derivative word with the place it is taken included (f_prime =
            # "f' at output"): its call is that function as declared, whatever the word means built in
            return None
        if named:  # the notation's own derivative name before a parenthesis, a quantity's: times (u), or f'(u)
            self.fail(f"{run}(u) reads as the notation's {run} times (u) or as a derivative at u", token,
                      f"write {run} * (u) for the product, or the derivative with a prime, f'(u)")
        if run in EITHER_WORDS:
            self.tokens[self.position:end] = [Token("symbol", "'", token.position, False)]
            return self.derivative_word(run, token)
        word, _, suffix = run.rpartition("_")
        if suffix == "derivative" and f"{word}_prime" in DERIVATIVE_WORDS:
            self.fail(f"{run}(u) may be the derivative at the input or at the output (x * (1 - x)), as code"
                      " writes either", token, f"write {word}'(u) for the derivative at u, or the product")
        if run not in DERIVATIVE_WORDS and run not in LOSS_DERIVATIVE_WORDS:
            before = self.tokens[self.position - 1] if self.position and not token.spaced else None
            if unnamed_word(run, self.names, before):  # ableitung_sigmoid(z): a word, never a product of letters
                indexed = self.indexed_call_text(token, end)
                self.fail(f"{run}(...) is a function the notation does not name", token, f"name it there: functions ="
                          f" {{ {run} = \"{HIDDEN_DEFAULT}\" }} for an activation, {{ {run} = \"{HIDDEN_DEFAULT}' at"
                          f" input\" }} (or at output) for its derivative, loss = [\"{run}\"] for the loss, or"
                          f" {{ {run} = \"matrix product\" }} for a helper's arithmetic (or \"product\", \"sum\","
                          " \"difference\", \"dot\", \"outer product\", \"transpose\")" + (
                              f"; or, a code's own function returning a layer's values, the call indexed as written"
                              f" in [notation.symbols], \"{indexed}\" = \"...\" (e.g. \"a2[i]\")" if indexed else ""))
            return None
        self.tokens[self.position:end] = [Token("symbol", "'", token.position, False)]
        return self.function(DERIVATIVE_WORDS.get(run) or LOSS_DERIVATIVE_WORDS[run], token, word)

    def indexed_call_text(self, token: Token, opening: int) -> str | None:
        """The text of a call whose parenthesis opens at token ``opening``, from ``token`` on, with code's index
        brackets glued after it (``out_vals(n_out)[k]``); None where no such bracket follows the parenthesis."""
        depth, index = 0, opening
        while index < len(self.tokens):
            depth += (self.tokens[index].text == "(") - (self.tokens[index].text == ")")
            if depth == 0:
                break
            index += 1
        after = index + 1
        if after >= len(self.tokens) or self.tokens[after].text != "[" or self.tokens[after].spaced:
            return None
        close = next((at for at in range(after, len(self.tokens)) if self.tokens[at].text == "]"), None)
        return None if close is None else self.row[token.position:self.tokens[close].position + 1]

    def builtin_call(self) -> Node | None:
        """Python's ``pow(u, v)`` and ``len(v)``, and ``dot(u, v)`` without a module (``from numpy import dot``, MATLAB's dot;
        reading_shapes.bare_dot_product), where the notation gives no name pow or dot; and the operations in words,
        ``mul(u, v)``, ``add(u, v)``, ``sub(u, v)`` (Python's operator module, a comment spelling out the code's
        arithmetic), as np.multiply, np.add and np.subtract are read (syntax_arrays.py); MATLAB's ``times(a, b)``,
        ``minus``, ``plus``, ``rdivide`` and ``mtimes`` (MATLAB_OPERATORS) the same way, where the notation names no
        such word."""
        if (r_sum := self.r_axis_sum() or self.r_product()) is not None:
            return r_sum
        if (operator := self.matlab_operator()) is not None:
            return operator
        if (cast := self.bare_cast()) is not None:
            return cast
        texts = [token.text if token is not None else None for token in (self.peek(k) for k in range(4))]
        word = "".join(text or "" for text in texts[:3])
        if word not in ("pow", "dot", "len", *_OPERATION_WORDS) or texts[3] != "(" \
                or any(self.peek(k).spaced for k in (1, 2)) or word in self.names:
            return None
        token = self.peek()
        self.position += 3
        if word == "pow":
            return self.two_argument_power("pow", token)
        if word in _OPERATION_WORDS:
            return self.array_function(word, word, token)
        if word == "len":  # the number of entries: of a vector over the samples, their count (reading_functions)
            return Call("samples_counted", (self.one_argument("len", token),), position=token.position, written="len")
        args = self.arguments()
        if len(args) != 2:
            self.fail(f"dot(...) with {len(args)} argument(s): it takes two", token, "write dot(u, v)")
        return Call("matrix_product", tuple(args), position=token.position, written="dot")

    def fortran_intrinsic(self, token: Token) -> Node | None:
        """Fortran's intrinsics (FORTRAN_INTRINSICS, any case): ``DOT_PRODUCT(u, v)``, the inner product of two vectors
        of one length, ``MATMUL(A, B)`` the matrix product (the sizes must fit), ``TRANSPOSE(A)``, and ``REAL(n,
        dp)``, ``DBLE(n)``, the value of n (its kind only the precision); the word glued to its parenthesis and not
        the notation's. None, the position kept, for any other word."""
        end, run = self.position, ""
        while end < len(self.tokens) and (end == self.position or not self.tokens[end].spaced) and (
                self.tokens[end].kind == "letter" or self.tokens[end].text == "_"):
            run += self.tokens[end].text
            end += 1
        meaning = FORTRAN_INTRINSICS.get(run.lower())
        if meaning is None or run in self.names or run in self.functions or run in (self.operations or ()) \
                or end >= len(self.tokens) or self.tokens[end].text != "(" or self.tokens[end].spaced:
            return None
        self.position = end
        if meaning == "inner product":
            return Call("inner_product", self.two_arguments(run, token), position=token.position, written=run)
        if meaning == "matrix product":
            return Call("matrix_product", self.two_arguments(run, token), position=token.position, written=run)
        if meaning == "transpose":
            return self.array_function(run, "transpose", token)
        self.expect("(", f"after {run}")
        value = self.expression()
        if self.accept(","):
            kind = self.raw_until(")")
            if not _KIND.fullmatch(kind.strip()):
                self.fail(f"{run}(n, {kind}) whose second argument is no kind", token, f"write {run}(n) or {run}(n, dp)")
            return value
        self.expect(")", f"to close {run}(...)")
        return value

    def matlab_operator(self) -> Node | None:
        """MATLAB's ``times(a, b)`` and the other functional forms of its operators (MATLAB_OPERATORS), the word glued
        to its parenthesis and not the notation's; None, the position kept, for any other word."""
        run, end = self.letter_run(self.position)
        if run == "mean" and run not in self.names and end < len(self.tokens) and self.tokens[end].text == "(" \
                and not self.tokens[end].spaced:  # MATLAB's mean(v): NumPy's np.mean (reading_functions.array_mean)
            token = self.peek()
            self.position = end
            if (averaged := self.axis_sum(token, run)) is not None:
                return averaged  # mean(dZ2, axis=0): NumPy's mean along an axis, as np.mean(dZ2, axis=0)
            return Call("samples_mean", (self.one_argument(run, token),), position=token.position, written=run)
        if run not in (*MATLAB_OPERATORS, "repmat") or run in self.names or end >= len(self.tokens) \
                or self.tokens[end].text != "(" or self.tokens[end].spaced:
            return None
        token = self.peek()
        self.position = end
        if run == "repmat":
            return self.tiling(token)
        if MATLAB_OPERATORS[run] == "dot":
            return Call("matrix_product", self.two_arguments(run, token), position=token.position, written=run)
        return self.array_function(run, MATLAB_OPERATORS[run], token)

    def tiling(self, token: Token) -> Node:
        """MATLAB's ``repmat(v, m, n)`` (``repmat(v, [m n])``) past its closing parenthesis, the counts numbers: v
        tiled m times down and n times across (the Call "tiled", reading_new_axes.tiled)."""
        self.expect("(", "after repmat")
        value = self.expression()
        self.expect(",", "after repmat's first argument")
        # the counts token by token, so that repmat(v, 11), one count (an 11 x 11 tiling), is never 1 and 1
        start, _ = self.position, self.raw_until(")")
        written = [token.text for token in self.tokens[start:self.position - 1] if token.text != ","]
        counts = re.fullmatch(r"(\[ )?(\d+) (\d+)(?(1) \])", " ".join(written))
        if counts is None:
            self.fail("repmat(v, ...) whose counts are no two numbers", token, "write repmat(v, m, n) or repmat(v, [m n])")
        return Call("tiled", (value, Num(counts.group(2)), Num(counts.group(3))), position=token.position,
                    written="repmat")

    def bare_cast(self) -> Node | None:
        """MATLAB's ``single(nn.a{n} > 0)`` (``double``, ``logical``; Python's ``float(z > 0)``, ``int``): a cast
        without a module (syntax_arrays.BARE_CASTS) of a comparison, its indicator, as NumPy's ``np.float32(u > 0)``
        is; the word glued to its parenthesis and not the notation's. None, the position kept, for any other word and
        for such a word of anything but a comparison (a cast of a number may round: refused as any unknown call is)."""
        run, end = self.letter_run(self.position)
        if run not in BARE_CASTS or run in self.names or run in self.functions or end >= len(self.tokens) \
                or self.tokens[end].text != "(" or self.tokens[end].spaced:
            return None
        start = self.position
        self.position = end + 1
        try:
            inner = self.comparison_or_expression()
        except FormulaError:
            inner = None
        if not isinstance(inner, Cond) or not self.accept(")"):
            self.position = start
            return None
        return Indicator((inner,))

    def two_argument_power(self, name: str, token: Token) -> Node:
        args, fused = self.arguments(), name.endswith(".fma")  # Java's and Kotlin's Math.fma(a, b, c): a*b + c
        if len(args) != 2 + fused:
            self.fail(f"{name}(...) with {len(args)} argument(s): a " + ("fused multiply-add takes three" if fused else
                      "power takes two, the base and the exponent"), token, f"write {name}" + ("(a, b, c)" if fused else "(u, 2)"))
        return Op("+", (Op("*", tuple(args[:2])), args[2])) if fused else Op("^", (args[0], args[1]))

    def static_call(self, name: str, module: str, attribute: str, token: Token, start: int) -> Node | None:
        """A matrix library's static call on a class the notation does not name (STATIC_CLASS), the position at its
        parenthesis: ``Matrix.dot(a, b)`` the product of a and b, ``Matrix.subtract(a, b)`` and ``add`` entry by
        entry, ``Matrix.transpose(a)``, ``Matrix.map(a, f)`` f applied to each entry of a (read as ``f(a)`` from
        the token ``start``, the class's); ``Matrix.multiply(a, b)`` refused; None for any other call."""
        if not STATIC_CLASS.fullmatch(module) or module in self.names:
            return None
        if attribute in _AMBIGUOUS_STATIC:
            self.fail(f"{name}(a, b): a matrix library's multiply, the matrix product in some libraries (Shiffman's"
                      " Matrix) and entry by entry in others", token,
                      "write Matrix.dot(a, b) for the product, or np.multiply(a, b) entry by entry")
        if attribute not in _STATIC_VERBS:
            return None
        if attribute in ("dot", "matmul"):
            return Call("matrix_product", self.two_arguments(name, token), position=token.position, written=name)
        if attribute != "map":
            return self.array_function(name, attribute, token)
        return self.mapped(name, token, start)

    def mathjs_call(self, name: str, attribute: str, token: Token, start: int) -> Node:
        """math.js's function (MATHJS_FUNCTIONS, JavaScript's ``math`` object: no function of Python's math module
        nor Go's), the position at its parenthesis, as math.js documents it: ``math.multiply(a, b)`` the matrix product
        (a number scales the other; sizes that do not fit refused, two vectors' inner product too),
        ``math.dotMultiply(a, b)`` and ``math.dotDivide`` entry by entry, ``math.add``, ``math.subtract`` and
        ``math.transpose`` as NumPy's, ``math.map(a, f)`` f applied to each entry of a (read from the token ``start``,
        the object's)."""
        if attribute == "multiply":
            return Call("declared_matrix_product", self.two_arguments(name, token), position=token.position,
                        written=name)
        if attribute == "map":
            return self.mapped(name, token, start)
        return self.array_function(name, MATHJS_FUNCTIONS[attribute], token)

    def mapped(self, name: str, token: Token, start: int) -> Node:
        """A library's ``map(a, f)`` (Matrix.map, math.map; ``name`` the call as written, its tokens from ``start``
        to the parenthesis, the position): f applied to each entry of a, read as ``f(a)``, f a function's name."""
        opening, depth, comma, closing = self.position, 0, None, None
        for index in range(opening, len(self.tokens)):
            text = self.tokens[index].text
            depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(text, 0)
            if text == "," and depth == 1:
                if comma is not None:
                    self.fail(f"{name}(...) with more than two arguments", token, f"write {name}(a, f)")
                comma = index
            if depth == 0:
                closing = index
                break
        function = self.tokens[comma + 1:closing] if comma is not None and closing is not None else []
        if not function or any(part.kind not in ("letter", "number") and part.text not in (".", "_")
                               for part in function):
            self.fail(f"{name}(a, f) whose f is no function's name", token,
                      f"write {name}(a, f) with f a name the notation's functions give, or f(a)")
        here = self.tokens[opening].position
        self.tokens[start:closing + 1] = [*function, Token("symbol", "(", here, False),
                                          *self.tokens[opening + 1:comma], Token("symbol", ")", here, False)]
        self.position = start
        return self.symbol()  # f(a): the function the notation names applied, as any call of it


def unnamed_word(run: str, names, before: Token | None) -> bool:
    """Whether ``run``, letters, digits and underscores glued before a parenthesis (``before`` the token glued
    before it, if any), is a word of words no one names: two or more parts of three letters or more joined by
    underscores, the first no name nor word check reads, and no word's tail (``ableitung_sigmoid``, ``abl_tanh2``;
    ``dL_da`` may be a quantity's name, times the parenthesis)."""
    if before is not None and (before.kind in ("letter", "number") or before.text == "_"):
        return False
    parts = run.split("_")
    words = [part for part in parts if re.fullmatch(r"[A-Za-z]{3,}\d*", part)]
    known = set(names) | set(NAMED_FUNCTIONS) | set(_PLAIN_WORDS) | set(ONE_HOT_NAMES)
    return len(words) > 1 and parts[0] in words and run not in known and parts[0] not in known
