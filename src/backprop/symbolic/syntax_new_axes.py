"""NumPy's new axis and the methods that add or drop one (a part of syntax.Parser, through syntax_arrays.ArrayParsing):
``x[:, None]`` (``x[:, np.newaxis]``) is the vector x as a column, the Call "column" the reader broadcasts
(reading_shapes.column_product), ``x[None, :]`` its row x^T; PyTorch's ``x.unsqueeze(1)`` and ``x.unsqueeze(0)`` the
same, and ``x.squeeze(0)`` (``dim=1``, ``-1``) the Call "axis_squeezed", an axis of one entry dropped; Rust
ndarray's ``x.insert_axis(Axis(1))`` the column and ``x.insert_axis(Axis(0))`` the row of a matrix product (the
Call "row" of ``x.reshape(1, -1)``), so that ``a.insert_axis(Axis(1)).dot(&b.insert_axis(Axis(0)))`` is the
outer product a b^T."""

from __future__ import annotations

from .syntax_tree import Call, Node, Num, Token, Transpose


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
        axis = self.dim_written()
        if axis is None:
            self.fail(".unsqueeze(...) with another argument than 0, 1 or -1", dot,
                      "write x.unsqueeze(1) for x as a column, x.unsqueeze(0) for its row")
        return with_new_axis("row" if axis == "0" else "column", base, dot.position)

    def squeezed(self, base: Node, dot: Token) -> Node:
        """PyTorch's ``x.squeeze(0)`` (``dim=0``, NumPy's ``axis=0``; ``1``, ``-1``) past its closing parenthesis:
        the Call "axis_squeezed", which the reader (reading_new_axes.squeezed) reads as the vector's entries where
        that axis of the value has one entry, as ``.squeeze()``, and refuses elsewhere (batch 176's
        ``grad_output.sum(0).squeeze(0)``)."""
        axis = self.dim_written()
        if axis is None:
            self.fail(".squeeze(...) with another argument than the axis 0, 1 or -1", dot,
                      "write x.squeeze(0) to drop an axis of one entry, or x.squeeze()")
        return Call("axis_squeezed", (base, Num(axis)), position=dot.position, written="squeeze")

    def dim_written(self) -> str | None:
        """After a method's opening parenthesis: its one axis, "0", "1" or "-1", bare or as PyTorch's ``dim=`` or
        NumPy's ``axis=``, past the closing parenthesis; None for any other argument."""
        start = self.position
        if self.glued_letters() not in ("dim", "axis") or not self.accept("="):
            self.position = start
        sign = "-" if self.accept("-") else ""
        axis = self.next() if self.peek() is not None else None
        if axis is None or sign + axis.text not in ("0", "1", "-1") or not self.accept(")"):
            return None
        return sign + axis.text

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
