"""Arrays and conditions (a part of syntax.Parser): NumPy's entrywise functions and an array's methods, and a
comparison used as a number (LaTeX's matrix and cases environments are syntax_environments.py's).

- ``np.multiply(u, v)`` is u \\odot v, ``np.add``, ``np.subtract`` and ``np.divide`` entry by entry too,
  ``np.square(u)`` and ``np.power(u, 2)`` (``torch.pow``) each entry's power, ``np.transpose(u)`` u^T,
  ``np.outer(u, v)`` the matrix of u_i v_j (the module's other functions: syntax_code.py).
- A comparison in parentheses used as a factor, ``(Z1 > 0)``, is its indicator, as ``[Z1 > 0]`` and
  ``1\\{Z1 > 0\\}`` are; so is a comparison cast to numbers, ``np.int64(A2 > 0)``, ``np.float32(u > 0)``,
  ``(A1 > 0).astype(float)``, ``(u > 0).float()``. A cast of anything but a comparison is refused (an integer
  cast truncates). A comparison as the whole claim stays a refusal, and one closing a chain of equalities is a remark
  (closing_inequality).
- ``np.ones((m, 1))`` (``torch.ones(m, 1)``, ``np.ones(m)``) is the array of ones of that shape (its sizes numbers:
  the notation's count of samples, "m" = "1"), the column whose product with a matrix of samples sums them.
- NumPy's ``np.where(c, a, b)`` is a where c holds, else b, as C's conditional is (syntax_conditionals.py).
- ``x[:, None]`` (syntax_new_axes.py) is x as a column, which a vector of another size times it broadcasts against
  (reading_shapes.column_product); ``x[None, :]`` x^T.
- An array's methods after a name, a transpose or a call: ``W.T.dot(d)`` (np.dot), ``.reshape(-1)``,
  ``.reshape((n,))``, ``.reshape(n, 1)``, ``.flatten()``, ``.ravel()`` and ``.squeeze()`` keep a vector's entries
  (the Call "flattened"; of a matrix, or to a matrix, refused); PyTorch's ``.unsqueeze(1)`` is ``x[:, None]`` and
  ``.unsqueeze(0)`` ``x[None, :]``, ``.squeeze(0)`` (``dim=0``, ``1``, ``-1``) the vector's entries where that axis
  has one entry; ``.reshape(1, n)`` is the vector's row (the Call
  "row", read as a factor of a matrix product only, np.dot(u.reshape(-1, 1), v.reshape(1, -1)), where NumPy's
  product of a column and a row is their outer product whatever the operator); ``.sum()`` and ``.mean()`` of every entry,
  ``.sum(axis=1)`` and ``.mean(1)`` (``keepdims=True`` either way) along an axis, as np.sum and np.mean;
  ``.transpose()`` the transpose. Other libraries' names of them (code_names.METHOD_SYNONYMS): PyTorch's ``g.mm(w)``
  (ND4J's ``.mmul``) a matrix product of two matrices whose sizes fit (the Call "declared_matrix_product", never an
  inner product), ``.t()`` and Gonum's ``.T()`` the transpose (typography's x^T), PyTorch's ``x.view(-1, 1)`` its
  ``.reshape``; PyTorch's ``u.mul(v)``, ``.add``, ``.sub``, ``.div`` (ENTRYWISE_METHODS) the operator entry by entry, ``z.clamp(min=0)`` max(z, 0); a method the
  notation declares an operation (Go's ``input.Dot(w)``), that operation (syntax_code_calls.declared_method).
- R's ``colSums(u)`` and ``rowSums(u)`` (R's samples are rows) as NumPy's sums along axis 0 and 1 of such a matrix
  (reading_shapes.axis_sum with the samples as rows): of the one sample's vector, colSums is the vector itself;
  ``colMeans(u)`` and ``rowMeans(u)`` their means (the Call "sample_rows_mean"), colMeans over the samples.
- R's products (R_PRODUCTS): ``crossprod(A, B)`` as ``t(A) %*% B``, ``tcrossprod(A, B)`` as ``A %*% t(B)`` (one
  argument: A with itself), ``outer(u, v)`` as np.outer(u, v) (``as.numeric(x)``, a vector's entries,
  is reading_calls').
"""

from __future__ import annotations

from .code_names import CLAMP, ENTRYWISE_METHODS, MATRIX_ONLY_PRODUCTS, METHOD_SYNONYMS
from .quantities import FormulaError
from .syntax_conditionals import COMPARISONS, either
from .syntax_new_axes import NewAxisParsing
from .syntax_tree import Call, Cond, Indicator, Node, Num, Op, Relation, Token, Transpose

#: NumPy's (and torch's) functions of two arrays taken entry by entry: the operator each is
ENTRYWISE_OPERATORS = {"multiply": "odot", "mul": "odot", "add": "+", "subtract": "-", "sub": "-", "divide": "/",
                       "true_divide": "/", "div": "/"}
#: casts of a boolean array to numbers: np.int64(A2 > 0), np.float32(...), torch's .float()
CASTS = ("int", "int8", "int16", "int32", "int64", "float", "float16", "float32", "float64", "double", "uint8")
#: and without a module, of a comparison only: MATLAB's double(z > 0), single(...) and logical(...), Python's
#: float(z > 0) and int(z > 0) (syntax_code_calls.bare_cast)
BARE_CASTS = ("double", "single", "logical", "float", "int")
#: the inequalities, the comparisons and \ll, \gg; one closing a chain of equalities is a remark (closing_inequality)
INEQUALITIES = frozenset(COMPARISONS) | {r"\ll", r"\gg"}
#: NumPy's methods that keep a vector's entries, whatever 1-D or column shape they give it
SHAPE_METHODS = ("reshape", "flatten", "ravel", "squeeze")
#: the array methods read after a name or a call (x.T is typography's x^T, and x.dot(w) of a name np.dot(x, w))
ARRAY_METHODS = SHAPE_METHODS + ("sum", "mean", "transpose", "dot", "matmul", "unsqueeze", "insert_axis")
#: the written name of ``u.reshape(-1, 1)``'s Call "flattened": a column written so, which code's * with a row
#: ``v.reshape(1, -1)`` makes their outer product (ArrayParsing.broadcast_outer)
COLUMN_RESHAPE = "reshape(-1, 1)"
#: R's sums along an axis of a matrix whose rows are the samples, and NumPy's axis each is: colSums(u) adds each
#: column (over the samples), rowSums(u) each row
R_AXIS_SUMS = {"colSums": "0", "rowSums": "1"}
#: and R's means so: colMeans(u) the mean of each column (over the samples), rowMeans(u) of each row (over a
#: sample's entries)
R_AXIS_MEANS = {"colMeans": "0", "rowMeans": "1"}
#: base R's products: crossprod(A, B) is t(A) %*% B, tcrossprod(A, B) A %*% t(B) (of one argument, A's with itself),
#: outer(u, v) the matrix of u_i v_j (np.outer's)
R_PRODUCTS = ("crossprod", "tcrossprod", "outer")


class ArrayParsing(NewAxisParsing):
    """Parser methods for NumPy's entrywise functions, casts of comparisons, an inequality closing a chain, C's
    conditional and LaTeX's matrix and cases environments."""

    def array_function(self, name: str, attribute: str, token: Token) -> Node | None:
        """``np.multiply(u, v)`` and the other entrywise functions, ``np.square(u)``, ``np.transpose(u)``, a
        cast ``np.int64(u > 0)``, the arguments read; None, the position kept, for any other attribute."""
        if attribute in ENTRYWISE_OPERATORS:
            return self.entrywise(attribute, *self.two_arguments(name, token))
        if attribute == "square":
            return Call("entrywise_power", (self.one_argument(name, token), Num("2")), position=token.position)
        if attribute == "transpose":
            return Transpose(self.one_argument(name, token))
        if attribute == "outer":  # np.outer(u, v): u flattened as a column times v as a row, u_i v_j
            left, right = self.two_arguments(name, token)
            return Call("matrix_product", (Call("outer_factor", (left,)), Transpose(Call("outer_factor", (right,)))),
                        position=token.position)
        if attribute in CASTS:
            self.expect("(", f"after {name}")
            return self.cast_rest(name, token)
        if attribute in ("ones", "zeros"):  # np.ones((m, 1)), torch.ones(m, 1): the array of ones of that shape
            return Call(f"array_of_{attribute}", self.array_shape(name, token), position=token.position,
                        written=name)
        if attribute == "where":  # np.where(Z1 > 0, 1, 0): a where the comparison holds, else b, entry by entry
            self.expect("(", f"after {name}")
            condition = self.comparison_or_expression()
            if not isinstance(condition, Cond):
                self.fail(f"{name}(c, a, b) whose first argument is no comparison", token,
                          f"write {name}(u > 0, a, b)")
            self.expect(",", f"after the condition of {name}(c, a, b)")
            chosen = self.expression()
            self.expect(",", f"in {name}(c, a, b)")
            otherwise = self.expression()
            self.expect(")", f"to close {name}(...)")
            return either(condition, chosen, otherwise)
        return None

    def array_shape(self, name: str, token: Token) -> tuple[Node, ...]:
        """The shape of ``np.ones((m, 1))`` (a tuple or list, NumPy's), ``torch.ones(m, 1)`` (the sizes as
        arguments) or ``np.ones(m)`` (``np.zeros`` alike), its parentheses read: one or two sizes (a third, or a
        keyword such as dtype, refused)."""
        self.expect("(", f"after {name}")
        grouped = self.peek() is not None and self.peek().text in ("(", "[")
        closing = {"(": ")", "[": "]"}[self.peek().text] if grouped else ")"
        if grouped:
            self.position += 1
        sizes = [self.expression()]
        while self.accept(",") and self.peek() is not None and self.peek().text != closing:
            sizes.append(self.expression())
        self.expect(closing, f"to close the shape of {name}(...)")
        if grouped:
            self.expect(")", f"to close {name}(...)")
        if len(sizes) > 2:
            self.fail(f"{name}(...) of {len(sizes)} sizes: check reads an array of {name.rpartition('.')[2]} of one"
                      " or two", token,
                      f"write {name}((m, 1)), its count of rows and of columns")
        return tuple(sizes)

    def r_axis_sum(self) -> Node | None:
        """R's ``colSums(u)`` and ``rowSums(u)`` (R_AXIS_SUMS), ``colMeans(u)`` and ``rowMeans(u)`` (R_AXIS_MEANS),
        where the notation names no such word: the Call "sample_rows_sum" (or "sample_rows_mean") of u and NumPy's
        axis (reading_shapes, reading_functions); None, the position kept, for any other word."""
        run, end = self.letter_run(self.position)
        if run not in (*R_AXIS_SUMS, *R_AXIS_MEANS) or run in self.names or end >= len(self.tokens) \
                or self.tokens[end].text != "(" or self.tokens[end].spaced:
            return None
        token = self.peek()
        self.position = end
        if run in R_AXIS_MEANS:  # the reader divides by the samples' count (colMeans) or the row's entries (rowMeans)
            return Call("sample_rows_mean", (self.one_argument(run, token), Num(R_AXIS_MEANS[run])),
                        position=token.position, written=run)
        return Call("sample_rows_sum", (self.one_argument(run, token), Num(R_AXIS_SUMS[run])),
                    position=token.position, written=run)

    def r_product(self) -> Node | None:
        """R's ``crossprod(A, B)``, ``tcrossprod(A, B)`` and ``outer(u, v)`` (R_PRODUCTS), each glued to its
        parenthesis where the notation names no such word: the product R defines, of the arguments read; None,
        the position kept, for any other word."""
        run, end = self.letter_run(self.position)
        token = self.peek()
        if run not in R_PRODUCTS or run in self.names or end >= len(self.tokens) \
                or self.tokens[end].text != "(" or self.tokens[end].spaced:
            return None
        self.position = end
        if run == "outer":  # u_i v_j, as np.outer(u, v) reads
            return self.array_function(run, run, token)
        args = self.arguments()
        if len(args) not in (1, 2):
            self.fail(f"{run}(...) with {len(args)} arguments", token, f"write {run}(A, B)")
        left, right = args[0], args[-1]
        left, right = (Transpose(left), right) if run == "crossprod" else (left, Transpose(right))
        return Call("matrix_product", (left, right), position=token.position)

    def two_arguments(self, name: str, token: Token) -> tuple[Node, Node]:
        args = self.arguments()
        if len(args) != 2:
            self.fail(f"{name}(...) with {len(args)} argument(s): it takes two", token, f"write {name}(u, v)")
        return args[0], args[1]

    def one_argument(self, name: str, token: Token) -> Node:
        args = self.arguments()
        if len(args) != 1:
            self.fail(f"{name}(...) with {len(args)} arguments", token, f"write {name}(u)")
        return args[0]

    def cast_rest(self, name: str, token: Token) -> Node:
        """After ``np.int64(``: a comparison, its indicator, and the closing parenthesis."""
        inner = self.comparison_or_expression()
        if not isinstance(inner, Cond):
            self.fail(f"{name}(u) of a quantity, which a cast to numbers may round", token,
                      f"write {name}(u > 0) of a comparison (its indicator), or u itself")
        self.expect(")", f"to close {name}(...)")
        return Indicator((inner,))

    def comparison_or_expression(self) -> Node:
        """An expression, or a comparison of two (never an equation: ``(a = b)`` is no factor)."""
        left = self.expression()
        token = self.peek()
        if token is not None and token.text in COMPARISONS:
            self.next()
            return Cond(COMPARISONS[token.text], left, self.expression())
        return left

    def closing_inequality(self, result: Relation, token: Token) -> str:
        """The inequality that ends a chain of equalities (``a = \\sigma(z) = \\frac{1}{1 + e^{-50}} \\neq 1``): its
        text, a remark check does not judge, the equalities before it judged as written. An inequality anywhere
        else (a first relation, or with more after it), and a comparison sign closing a row of plain text, which may
        be code's, are refused: no claim check can judge."""
        start = self.position
        # in plain text, code's gS = gH > 0 assigns the comparison: there only a LaTeX command (\neq, \leq) closes,
        # or a comparison after a worked number (= 0.7 + 0.5 - 0.8 = 0.4 > 0, = -0.3 < 0), which no code assigns
        code = self.plain and not token.text.startswith("\\") and not _signed_number(result.members[-1])
        if len(result.members) >= 2 and result.members[-1] is not None and not code:
            self.next()
            try:
                if self.peek() is not None:
                    self.expression()
            except FormulaError:
                pass
            else:
                if self.peek() is None and self.position > start + 1:
                    return self.row[token.position:].strip()
            self.position = start
        self.fail("an inequality is not a claim check can judge", token,
                  "write an equation (an inequality is read only at the end of a chain of equalities, as a remark)")

    def parenthesised_comparison(self, inner: Node, opening: Token) -> Node:
        """``(Z1 > 0)``, the comparison read (its parenthesis open): its indicator, or C's conditional ``(x > 0 ?
        1 : 0)``; then a cast ``.astype(float)`` after it, if any."""
        if self.peek() is not None and self.peek().text == "?":
            inner = self.conditional_rest(inner)
            self.expect(")", "to close the parenthesis")
            return inner
        self.expect(")", "to close the comparison")
        self.method_cast()
        return Indicator((inner,))

    @staticmethod
    def entrywise(word: str, left: Node, right: Node) -> Node:
        """``left`` and ``right`` joined by the operator the word ``word`` of ENTRYWISE_OPERATORS is."""
        kind = ENTRYWISE_OPERATORS[word]
        return Op("+", (left, Op("neg", (right,)))) if kind == "-" else Op(kind, (left, right), entrywise=kind == "odot")

    def method_cast(self) -> None:
        """Past ``.astype(float)`` (``.astype(np.float32)``, ``.astype('int')``) or torch's ``.float()`` after a
        comparison's parenthesis, where one follows: the indicator's numbers either way."""
        texts = [token.text if token is not None else None for token in (self.peek(k) for k in range(8))]
        if texts[0] != "." or texts[1] is None:
            return
        save = self.position
        self.next()
        method = self.glued_letters()
        if method == "astype" and self.accept("("):
            while self.peek() is not None and self.peek().text != ")":
                self.next()
            self.expect(")", "to close astype(...)")
        elif method in CASTS and self.accept("("):
            self.expect(")", f"to close .{method}()")
        else:
            self.position = save

    def method_at(self, index: int) -> str | None:
        """The array method (ARRAY_METHODS) or math method (syntax_value_methods) called at the token ``index``, a glued
        ``.name(``; None for none."""
        if index >= len(self.tokens) or self.tokens[index].text != ".":
            return None
        end, word = index + 1, ""
        # (its letters, and a snake-case word's underscores between them, ndarray's insert_axis)
        while end < len(self.tokens) and not self.tokens[end].spaced and (self.tokens[end].kind == "letter" or (
                word and self.tokens[end].text == "_" and end + 1 < len(self.tokens)
                and self.tokens[end + 1].kind == "letter" and not self.tokens[end + 1].spaced)):
            word, end = word + self.tokens[end].text, end + 1
        opening = self.tokens[end] if end < len(self.tokens) else None
        if opening is None or opening.text != "(" or opening.spaced:
            return None
        # Rust's x.exp(), x.powi(2): math on the value (syntax_value_methods), where the word is no array method; Go's
        # a.Dot(b) where the notation declares Dot an operation (Notation.operations)
        known = word in ARRAY_METHODS or word in METHOD_SYNONYMS or word in ENTRYWISE_METHODS or word == CLAMP
        return word if known or word in self.operations or self.value_method_at(word, end) else None

    def method_call(self, base: Node) -> Node | None:
        """``base.reshape(-1)``, ``.flatten()``, ``.sum(axis=1)``, ``.mean()``, ``.transpose()`` (ARRAY_METHODS)
        glued after a name or a call, the method read; None, the position kept, where none follows."""
        method = self.method_at(self.position)
        if method is None or self.peek().spaced:
            return None
        dot = self.next()
        while self.peek().text != "(":  # the method's letters and underscores (method_at's)
            self.next()
        if method in self.operations:  # Go's input.Dot(w) with Dot = "matrix product": the operation of the two
            return self.declared_method(base, method, dot)
        if method == CLAMP:  # PyTorch's h.clamp(min=0): max(h, 0), entry by entry
            return self.clamped(base, dot)
        if method in ENTRYWISE_METHODS:  # PyTorch's u.mul(v): u \odot v
            args = self.arguments()
            if len(args) != 1:
                self.fail(f".{method}(...) with {len(args)} arguments", dot, f"write u.{method}(v)")
            return self.entrywise(method, base, args[0])
        # ndarray's x.view(), of no argument: the value (VALUE_CONVERSIONS), never PyTorch's reshape
        empty = method == "view" and self.peek(1) is not None and self.peek(1).text == ")"
        written, method = method, METHOD_SYNONYMS.get(method, method) if not empty else method
        if method not in ARRAY_METHODS:  # (-x).exp(), x.powi(2)
            return self.value_method(base, method, dot)
        if method in ("dot", "matmul"):  # W.T.dot(delta), (u - y).dot(w): np.dot of the two
            args = self.arguments()
            if len(args) != 1:
                self.fail(f".{written}(...) with {len(args)} arguments", dot, f"write u.{written}(v)")
            if written in MATRIX_ONLY_PRODUCTS:  # torch's u.mm(w): two matrices whose sizes fit, no inner product
                return Call("declared_matrix_product", (base, args[0]), position=dot.position, written=f".{written}")
            return Call("matrix_product", (base, args[0]), position=dot.position)
        self.expect("(", f"after .{method}")
        if method == "unsqueeze":  # PyTorch's x.unsqueeze(1): x[:, None], the column; x.unsqueeze(0): x[None, :]
            return self.unsqueezed(base, dot)
        if method == "squeeze" and self.peek() is not None and self.peek().text != ")":  # PyTorch's x.squeeze(0)
            return self.squeezed(base, dot)
        if method == "insert_axis":  # Rust ndarray's x.insert_axis(Axis(1)): the column; Axis(0): the row
            return self.inserted_axis(base, dot)
        if method == "reshape":
            if (shape := self.reshape_shape()) == "row":  # u.reshape(1, -1): the vector's row, a matrix product's
                return Call("row", (Call("flattened", (base,), position=dot.position, written=method),),
                            position=dot.position, written=method)
            if shape == "column":  # u.reshape(-1, 1): the vector's entries, a column written so (broadcast_outer)
                return Call("flattened", (base,), position=dot.position, written=COLUMN_RESHAPE)
        elif method in SHAPE_METHODS or method == "transpose":
            self.expect(")", f"to close .{method}(): check reads it without arguments")
        else:
            axis = self.method_axis(method)
            name = ("axis_" if axis is not None else "entries_") + method
            return Call(name, (base,) if axis is None else (base, Num(axis)), position=dot.position, written=method)
        return Transpose(base) if method == "transpose" else Call("flattened", (base,), position=dot.position,
                                                                 written=method)

    @staticmethod
    def broadcast_outer(token: Token, left: Node, right: Node) -> Node | None:
        """Code's ``u.reshape(-1, 1) * v.reshape(1, -1)``: NumPy broadcasts the column against the row into their
        outer product, u v^T, the matrix product of the two (``v.reshape(1, -1) * u.reshape(-1, 1)`` too, the same
        u v^T); None for any other product (a row beside anything else stays refused: reading_shapes.array_call)."""
        if token.text != "*" and not token.starred:
            return None
        for column, row in ((left, right), (right, left)):
            if isinstance(column, Call) and column.written == COLUMN_RESHAPE and isinstance(row, Call) \
                    and row.name == "row":
                return Call("matrix_product", (column, row), position=token.position)
        return None

    def clamped(self, base: Node, dot: Token) -> Node:
        """PyTorch's ``h.clamp(min=0)`` (``h.clamp(0)``, ``.clamp(max=1.0)``, ``.clamp(min=0, max=1)``) past its
        closing parenthesis: each entry of h raised to min and lowered to max, ``max(h, min)`` as ``h.max(0.0)``
        reads (the rectifier at min=0)."""
        self.expect("(", "after .clamp")
        bounds: dict[str, Node] = {}
        while True:
            start = self.position
            word = self.glued_letters()
            if not (word in ("min", "max") and self.accept("=")):
                self.position, word = start, ("min", "max")[len(bounds)] if len(bounds) < 2 else ""
            if not word or word in bounds:
                self.fail(".clamp(...) with another argument than min and max", dot, "write u.clamp(min=0)")
            bounds[word] = self.expression()
            if not self.accept(","):
                break
        self.expect(")", "to close .clamp(...)")
        if "min" in bounds:
            base = Call("max", (base, bounds["min"]), position=dot.position, written="clamp")
        return Call("min", (base, bounds["max"]), position=dot.position, written="clamp") if "max" in bounds else base

    def reshape_shape(self) -> bool:
        """Past ``.reshape(``'s shape and its closing parenthesis, where the shape is a vector's: one size
        (``-1``, ``(n,)``, ``len(x)``), "vector", or a column's (``(-1, 1)``), "column"; a row's (``(1, -1)``), "row"
        (the reader takes it as a factor of a matrix product only, np.dot(u.reshape(-1, 1), v.reshape(1, -1)), or
        beside such a column in code's *, broadcast_outer); a matrix's is refused."""
        start, tuples, sizes = self.position, [], [""]  # tuples: per open parenthesis, whether it is a tuple's
        while self.peek() is not None and not (not tuples and self.peek().text == ")"):
            token = self.next()
            if token.text == "(":
                tuples.append(not sizes[-1] and all(tuples))
                if tuples[-1]:
                    continue
            elif token.text == ")" and tuples.pop():
                continue
            elif token.text == "," and all(tuples):
                sizes.append("")
                continue
            sizes[-1] += token.text
        sizes = [size for size in sizes if size]
        if not (len(sizes) == 1 or len(sizes) == 2 and "1" in sizes):
            self.fail(f".reshape({', '.join(sizes)}): check reads .reshape of a vector to a vector (.reshape(-1),"
                      " .reshape(n, 1), .reshape(1, n))", self.tokens[start] if start < len(self.tokens) else None,
                      "write u^T for a vector's row, or the matrix's entries")
        self.expect(")", "to close .reshape(...)")
        return "vector" if len(sizes) == 1 else "row" if sizes[1] != "1" else "column"

    def method_axis(self, method: str) -> str | None:
        """After ``.sum(`` or ``.mean(``: the axis written (``axis=1``, ``1``, with ``keepdims=...`` beside it), or
        None for none, past the closing parenthesis."""
        if self.accept(")"):
            return None
        axis = self.numpy_axis(f".{method}")
        if axis is not None and axis.text not in ("0", "1"):
            self.fail(f".{method}(...) with another argument than axis 0 or 1", axis, f"write .{method}(axis=1)")
        return axis.text if axis is not None else None

def _signed_number(node: Node | None) -> bool:
    """Whether ``node`` is a number as written, or its negative (``0.4``, ``-0.3``)."""
    if isinstance(node, Op) and node.kind == "neg" and len(node.args) == 1:
        node = node.args[0]
    return isinstance(node, Num)
