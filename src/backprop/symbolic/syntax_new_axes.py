"""NumPy's new axis and the methods that add one (a part of syntax.Parser, through syntax_arrays.ArrayParsing):
``x[:, None]`` (``x[:, np.newaxis]``) is the vector x as a column, the Call "column" the reader broadcasts
(reading_shapes.column_product), ``x[None, :]`` its row x^T; PyTorch's ``x.unsqueeze(1)`` and ``x.unsqueeze(0)`` the
same; Rust ndarray's ``x.insert_axis(Axis(1))`` the column and ``x.insert_axis(Axis(0))`` the row of a matrix product
(the Call "row" of ``x.reshape(1, -1)``), so that ``a.insert_axis(Axis(1)).dot(&b.insert_axis(Axis(0)))`` is the
outer product a b^T."""

from __future__ import annotations

from .syntax_tree import Call, Node, Token, Transpose


#: NumPy's new axis as an index writes it, token by token: None, np.newaxis, numpy.newaxis
_NEW_AXIS_WORDS = [list("None"), [*"np", ".", *"newaxis"], [*"numpy", ".", *"newaxis"]]


def with_new_axis(axis: str, node: Node, position: int) -> Node:
    """``node`` with NumPy's new axis ``axis`` (new_axis_written's): its column, the Call "column", or its row, that
    column's transpose (reading_shapes.column_product tells it from a vector's .T, NumPy's 1-D array itself)."""
    column = Call("column", (node,), position=position)
    return column if axis == "column" else Transpose(column)


class NewAxisParsing:
    """Parser methods for NumPy's new axis and the methods adding one."""

    def unsqueezed(self, base: Node, dot: Token) -> Node:
        """PyTorch's ``x.unsqueeze(1)`` (``-1``) past its closing parenthesis: the vector x as a column, NumPy's
        ``x[:, None]`` (the Call "column" the reader broadcasts); ``x.unsqueeze(0)``, ``x[None, :]``, its row x^T."""
        axis = self.next() if self.peek() is not None and self.peek().text in ("0", "1", "-") else None
        if axis is not None and axis.text == "-" and self.peek() is not None and self.peek().text == "1":
            self.next()
        else:
            axis = axis if axis is None or axis.text != "-" else None
        if axis is None or not self.accept(")"):
            self.fail(".unsqueeze(...) with another argument than 0, 1 or -1", dot,
                      "write x.unsqueeze(1) for x as a column, x.unsqueeze(0) for its row")
        return with_new_axis("row" if axis.text == "0" else "column", base, dot.position)

    def inserted_axis(self, base: Node, dot: Token) -> Node:
        """Rust ndarray's ``x.insert_axis(Axis(1))`` past its closing parenthesis: the 1-D array x as a column, as
        ``x.unsqueeze(1)``; ``x.insert_axis(Axis(0))`` its row, the Call "row" of ``x.reshape(1, -1)`` (a matrix
        product's factor only), so that ``a.insert_axis(Axis(1)).dot(&b.insert_axis(Axis(0)))`` is a b^T."""
        axis = self.next() if self.glued_letters() == "Axis" and self.accept("(") else None
        if axis is None or axis.text not in ("0", "1") or not self.accept(")") or not self.accept(")"):
            self.fail(".insert_axis(...) with another argument than Axis(0) or Axis(1)", dot,
                      "write x.insert_axis(Axis(1)) for x as a column, x.insert_axis(Axis(0)) for its row")
        if axis.text == "1":
            return Call("column", (base,), position=dot.position)
        return Call("row", (Call("flattened", (base,), position=dot.position, written="insert_axis"),),
                    position=dot.position, written="insert_axis")

    def new_axis(self, node_at) -> Node | None:
        """NumPy's ``x[:, None]`` glued after a name: the vector as a column, the Call "column" the reader
        broadcasts (reading_shapes.column_product); ``x[None, :]`` its row, x^T. ``node_at()`` reads the name
        once the brackets are passed. None, the position kept, for any other bracket."""
        position = self.peek().position if self.peek() is not None else 0
        axis = self.new_axis_written()
        return None if axis is None else with_new_axis(axis, node_at(), position)

    def new_axis_follows(self) -> bool:
        """Whether NumPy's ``[:, None]`` or ``[None, :]`` is glued at the current token (the position kept)."""
        save = self.position
        found = self.new_axis_written() is not None
        self.position = save
        return found

    def new_axis_written(self) -> str | None:
        """"column" for NumPy's ``[:, None]`` glued at the current token, "row" for ``[None, :]``, the position
        past it; None, the position kept, for any other bracket (or none)."""
        texts = [token.text if token is not None else None for token in (self.peek(k) for k in range(18))]
        if self.peek() is None or self.peek().spaced or texts[0] != "[":
            return None
        for word in _NEW_AXIS_WORDS:
            if texts[1:len(word) + 4] == [":", ","] + word + ["]"]:
                self.position += len(word) + 4
                return "column"
            if texts[1:len(word) + 4] == word + [",", ":", "]"]:
                self.position += len(word) + 4
                return "row"
        return None
