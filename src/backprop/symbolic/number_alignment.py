"""Whether a member is written in numbers (``is_numeric``; in exact numbers, ``is_exact``), and what the numbers
of such a member stand for (a part of homework_numbers): the subtree at their place in a symbolic member of the same
shape before them (``align``), or their place in an update row or step worked in numbers (``step_parts``: ``w_o =
1.0 - 0.1(-0.21737)``, ``\\Delta W = 0.2 \\cdot [...]``). Trees are syntax_tree nodes; nothing here evaluates a
number."""

from __future__ import annotations

import itertools
from fractions import Fraction

from .printing import text as _printed
from .syntax_tree import Apply, Big, Call, Deriv, Matrix, Node, Norm, Num, Op, Sym, Transpose, nodes_of

PRODUCTS = {"*": "*", "dot": "*", "times": "*"}  # a product written a \\cdot b, a \\times b or ab


def align(numbers, symbolic) -> list | None:
    """[(Num node, the symbolic subtree at its place)] when the tree of numbers has the symbolic
    tree's shape with a number wherever the symbolic one has a subtree (the same operations, functions
    and matrix shapes above the numbers); None when the shapes differ."""
    found = alignments(numbers, symbolic, 1)
    return found[0] if found else None


MAX_ORDERS = 24  # the pairings tried: a product of four numbers has 24 orders


def alignments(numbers, symbolic, limit: int = MAX_ORDERS) -> list:
    """align's pairing first, then (up to ``limit`` in all) those where the numbers of a product stand for its
    factors in another order: a product commutes, and pages write w_5 a_1 = 0.552 \times 0.4 with the
    activation's number first. Each number is still judged by itself against what it stands for."""
    if isinstance(numbers, Num):
        return [[(numbers, symbolic)]]
    children = _children(numbers, symbolic)
    if children is None:
        return []
    orders = [children]
    loose = [index for index, (number, _) in enumerate(children) if isinstance(number, Num)]
    if limit > 1 and isinstance(numbers, Op) and numbers.kind in PRODUCTS:
        for order in itertools.islice(itertools.permutations(loose), 1, limit):
            swapped = list(children)
            for place, source in zip(loose, order):
                swapped[place] = (children[place][0], children[source][1])
            orders.append(swapped)
    found = []
    for order in orders:
        combinations = [[]]
        for number_child, symbolic_child in order:
            inner = alignments(number_child, symbolic_child, limit)
            combinations = [done + pairs for done in combinations for pairs in inner][:limit]
        found += combinations
    return found[:limit]


def _children(numbers, symbolic) -> list | None:
    """The (numbers' child, symbolic child) pairs of two nodes of one operation, function or matrix shape."""
    if isinstance(numbers, Op) and isinstance(symbolic, Op):
        # a product's factors side by side: a b c is (a b) c as read, and 0.1 \cdot 0.06 for it pairs 0.1
        # with a b; factors of one product that the numbers merge leave the shapes different
        first, second = factors(numbers), factors(symbolic)
        same = PRODUCTS.get(numbers.kind, numbers.kind) == PRODUCTS.get(symbolic.kind, symbolic.kind)
        return list(zip(first, second)) if same and len(first) == len(second) else None
    if isinstance(numbers, Op) and numbers.kind in PRODUCTS and isinstance(symbolic, Apply) \
            and len(symbolic.args) == 1 and not (symbolic.prime_after or symbolic.symbol.primes) \
            and len(factors(numbers)) == 2:
        # out(1 - out) = 0.607(1 - 0.607): the symbol against its parenthesis, read as a product as often as a
        # call; where it is a call, the symbol alone has no value to stand for and nothing is aligned
        return list(zip(factors(numbers), (symbolic.symbol, symbolic.args[0])))
    if isinstance(numbers, Call) and isinstance(symbolic, Call):
        same = (numbers.name, numbers.primes, numbers.base) == (symbolic.name, symbolic.primes, symbolic.base)
        return list(zip(numbers.args, symbolic.args)) if same and len(numbers.args) == len(symbolic.args) else None
    if isinstance(numbers, Matrix) and isinstance(symbolic, Matrix):
        shape = [len(row) for row in numbers.rows] == [len(row) for row in symbolic.rows]
        return [pair for rows in zip(numbers.rows, symbolic.rows) for pair in zip(*rows)] if shape else None
    if isinstance(numbers, Norm) and isinstance(symbolic, Norm):
        return [(numbers.of, symbolic.of)]
    return None


def factors(node) -> list:
    """A product's factors, however its multiplications nest (or [node]'s arguments for another operation)."""
    if not (isinstance(node, Op) and node.kind in PRODUCTS):
        return list(node.args)
    return [factor for arg in node.args
            for factor in (factors(arg) if isinstance(arg, Op) and arg.kind in PRODUCTS else [arg])]


def written(node, meaning) -> str:
    """What a subtree says, for a hint: a symbol or a derivative as written (w_{2}, dL/dw_{2}), anything
    else as its value in the network's quantities."""
    if isinstance(node, Sym):
        return node.text()
    if isinstance(node, Deriv) and isinstance(node.of, Sym) and isinstance(node.wrt, Sym):
        return f"d{node.of.text()}/d{node.wrt.text()}"
    return _printed(meaning)


def step_parts(node, rate: float) -> tuple | None:
    """The parts of an update row or a step written in numbers with the file's learning rate ``rate`` as
    a factor: (the current value's Num or None, its sign, the rate's Num, the step's sign, the gradient's
    numbers) for ``c ± rate \\times G`` (``1.0 - 0.1(-0.21737)``: the new value is c + sign rate G) or
    ``rate \\times G`` (``0.2 \\cdot [...]``: no current value), where G, the one other factor, is a number
    or a vector or matrix of numbers (each possibly negated); the gradient's numbers are [(Num, sign)],
    one per number of G. None for any other tree (G an expression, a product of several factors)."""
    current, current_sign, step = None, 1, node
    if isinstance(node, Op) and node.kind == "+" and len(node.args) == 2 and has_factor(node.args[1], rate):
        current, step = node.args[0], node.args[1]
        if isinstance(current, Op) and current.kind == "neg":
            current, current_sign = current.args[0], -1
        if not isinstance(current, Num):
            return None
    sign = 1
    while isinstance(step, Op) and step.kind == "neg":
        step, sign = step.args[0], -sign
    if not (isinstance(step, Op) and step.kind in PRODUCTS):
        return None
    parts = factors(step)
    rate_node = next((factor for factor in parts if isinstance(factor, Num) and _equal(factor, rate)), None)
    others = [factor for factor in parts if factor is not rate_node]
    if rate_node is None or len(others) != 1:
        return None
    entries = [entry for row in others[0].rows for entry in row] if isinstance(others[0], Matrix) else others
    numbers = [_signed(entry) for entry in entries]
    if any(number is None for number in numbers):
        return None
    return current, current_sign, rate_node, sign, numbers


def _signed(node) -> tuple | None:
    if isinstance(node, Num):
        return node, 1
    if isinstance(node, Op) and node.kind == "neg" and isinstance(node.args[0], Num):
        return node.args[0], -1
    return None


def _equal(node: Num, number: float) -> bool:
    return abs(float(node.text) - number) <= 1e-12 * abs(number)


def has_factor(node, number: float) -> bool:
    """Whether ``node`` (or its negation) is a product with ``number`` written among its factors."""
    while isinstance(node, Op) and node.kind == "neg":
        node = node.args[0]
    return isinstance(node, Op) and node.kind in PRODUCTS and any(
        isinstance(factor, Num) and _equal(factor, number) for factor in node.args)


def rate_factor(node, rate: Fraction) -> str | None:
    """How ``node`` writes the number ``rate`` (the learning rate as the problem file writes it) as a factor of a
    product, "0.5" (a Num: ``0.5 * d_E_w2``, ``5e-1``, ``0.50``; a quotient of two numbers, "1/2" for ``\\frac{1}{2}``),
    or as a division by its reciprocal, "a division by 2" (``d_E_w2 / 2``); None where it does not (the 1 of ``1 - a``
    is a term, not a factor)."""
    for operation in nodes_of(node, Op):
        if operation.kind in PRODUCTS:
            for factor in factors(operation):
                if exact_value(factor) == rate:
                    return factor.text if isinstance(factor, Num) else "/".join(arg.text for arg in factor.args)
        elif operation.kind == "/" and exact_value(operation) is None and exact_value(operation.args[1]) == 1 / rate:
            return f"a division by {operation.args[1].text}"
    return None


def exact_value(node) -> Fraction | None:
    """A number's exact value as written (``0.1`` is 1/10), or a quotient's of two numbers; None for anything else."""
    try:
        if isinstance(node, Num):
            return Fraction(node.text)
        if isinstance(node, Op) and node.kind == "/" and all(isinstance(arg, Num) for arg in node.args):
            return Fraction(node.args[0].text) / Fraction(node.args[1].text)
    except (ValueError, ZeroDivisionError):
        pass
    return None


def written_results(node) -> list:
    """The Num nodes of a member of numbers that are written as the result: the member itself, or an entry of the
    vector or matrix that is the member (transposed or not; a nested list's rows), negated or not. Every other
    number is inside an expression, an operand: the 0.098 of [0.098, 0.659] - [0, 1, 0] is carried through the
    subtraction, even where the entry it gives, 0.098 - 0, comes to that number alone."""
    while isinstance(node, Op) and node.kind == "neg" or isinstance(node, Transpose) and not node.primed:
        node = node.args[0] if isinstance(node, Op) else node.of
    if isinstance(node, Num):
        return [node]
    if isinstance(node, Matrix):
        return [found for row in node.rows for entry in row for found in written_results(entry)]
    return []


def is_decimal_alone(node) -> bool:
    """Whether a member is one decimal number alone, negated or not (``0.35891648``): a chain with one is a worked
    computation."""
    while isinstance(node, Op) and node.kind == "neg":
        node = node.args[0]
    return isinstance(node, Num) and "." in node.text


def last_digit(text: str) -> float:
    """One unit in the last digit of a number as written (1.0: 0.1; 2: 1)."""
    mantissa, _, exponent = text.lower().partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return 10.0 ** (int(exponent or 0) - decimals)


def is_exact(node: Node, notation=None) -> bool:
    """Numbers written exactly, whole numbers and their arithmetic (``1``, ``\\frac{1}{2}``, not 0.731), with the
    names the notation gives a whole number (``\\frac{1}{N}``, "N" = "1"): a constant a formula may equal at every
    point."""
    if isinstance(node, Num):
        return node.text.isdigit()
    if isinstance(node, Sym):
        number = notation.number_of(node) if notation is not None else None
        return number is not None and number.isdigit()
    if isinstance(node, Op):
        return all(is_exact(arg, notation) for arg in node.args)
    if isinstance(node, Matrix):
        return all(is_exact(item, notation) for row in node.rows for item in row)
    return isinstance(node, Norm) and is_exact(node.of, notation)


def is_numeric(node: Node, notation=None, rates: tuple = ()) -> bool:
    """A member written with numbers only (judged at the file's numbers): also a function the notation
    names applied to numbers, the page's F(0.21) with F in the notation's functions, and a name the notation
    gives a number as its meaning, which stands for that number (the N of \\frac{1}{N} with "N" = "1"; a name
    of a quantity of the network, a weight or an output, keeps the member symbolic)."""
    if isinstance(node, Num):
        return True
    if isinstance(node, Sym):  # (a name of the rate in ``rates`` too: a page's 0.3 + 0.8\\eta, homework.member)
        return notation is not None and notation.number_of(node) is not None \
            or node.base in rates and not node.sub and not node.sup and not node.primes
    if isinstance(node, (Op, Call)):
        return all(is_numeric(arg, notation, rates) for arg in node.args)
    if isinstance(node, Matrix):
        return all(is_numeric(item, notation, rates) for row in node.rows for item in row)
    if isinstance(node, Apply) and (notation is not None and notation.function_of(node.symbol)[0] is not None
                                    or is_numeric(node.symbol, None, rates)):  # \\eta(-0.8), the rate times -0.8
        return all(is_numeric(arg, notation, rates) for arg in node.args)
    if isinstance(node, Norm):  # |0.01 - 0.75|, an error's magnitude; \\|[0.3, 0.4]\\|, a vector's length
        return is_numeric(node.of, notation, rates)
    if isinstance(node, Big):  # \sum {\frac{1}{2}(0.01 - 0.75)^2}: the reader says how many terms, or refuses
        return node.excluded is None and node.members is None and is_numeric(node.body, notation, rates) \
            and all(bound is None or is_numeric(bound) for bound in (node.lower, node.upper))
    return isinstance(node, Transpose) and not node.primed and is_numeric(node.of, notation, rates)  # [0.9, 0.1]^T
