"""The seeds' oracle at the file's numbers (oracle_numbers), and the PyTorch forward pass every oracle of
test_seed_verbatim evaluates twins on: a module of its own, shared by test_seed_verbatim and the public
formulas' tests, importing none of them.

oracle_numbers is the rule of docs/notation.md for numbers, implemented here on its own: a number written
as the result is right when it is the true value rounded to its digits, one unit in the last digit either
way (the spec's rule); after a symbolic member of the same tree that the oracle finds correct, each number
is judged by itself as the value of the subtree at its place; each number of an expression is carried
through it, right to half a unit of its last digit, or to one unit either way of that when it has three or
more significant digits (a number equal to one the problem file writes is a copy of it, exact).
"""

from __future__ import annotations

import ast
import dataclasses
import math
import re

import numpy as np
import pytest

from seed_verbatim import problem
from test_check_seeds import _numpy_namespace, _torch_activation

torch = pytest.importorskip("torch")


def _forward(problem_, params, x, target):
    tensors = [(torch.tensor(W, dtype=torch.float64, requires_grad=True),
                None if b is None else torch.tensor(b, dtype=torch.float64, requires_grad=True))
               for W, b in params]
    names = {"x": x, "a0": x, ("t" if problem_.loss.name == "cross_entropy" else "y"): target}
    a = torch.tensor(x, dtype=torch.float64)
    zs = []
    for number, (spec, (W, b)) in enumerate(zip(problem_.layers, tensors), start=1):
        weights = W if spec.mask is None else W * torch.tensor(spec.mask)
        z = weights @ a + (0 if b is None else b)
        z.retain_grad()
        zs.append(z)
        a = z
        for activation in spec.activations:
            a = _torch_activation(activation, a)
        names.update({f"W{number}": W.detach().numpy(), f"z{number}": z.detach().numpy(),
                      f"a{number}": a.detach().numpy()})
        if b is not None:
            names[f"b{number}"] = b.detach().numpy() if b.dim() else float(b.detach())
    y = torch.tensor(target, dtype=torch.float64)
    if problem_.loss.name == "cross_entropy":
        base = problem_.loss.log_base
        loss = -(y * torch.log(a)).sum() / (math.log(base) if base == 2 else 1.0)
    elif problem_.loss.name == "binary_cross_entropy":
        loss = -(y * torch.log(a) + (1 - y) * torch.log(1 - a)).sum()
    elif problem_.loss.name == "mean_squared_error":  # averaged over the outputs, as docs/problem-format.md says
        loss = ((y - a) ** 2).sum() / a.numel()
    else:
        loss = ((y - a) ** 2).sum() * (0.5 if problem_.loss.name == "half_squared_error" else 1.0)
    return tensors, zs, names, loss


def _leaf(tensors, name: str):
    kind, layer, index = re.match(r"([Wb])(\d+)(?:\[(.*)\])?", name).groups()
    leaf = tensors[int(layer) - 1][0 if kind == "W" else 1]
    position = tuple(int(part) for part in index.split(",")) if index else ()
    return leaf, position


def _evaluate(text: str, names: dict) -> float:
    return float(eval(text, {"__builtins__": {}}, {**_numpy_namespace(), "np": np, **names}))  # noqa: S307


def _file_truth(problem_, twin) -> np.ndarray:
    """The claim's true value at the file's numbers: the first step's gradient with the file's
    reduction, its update, or the value at the first sample."""
    network = problem_.build_network(np.float64)
    params = [(layer.weights.copy(), None if layer.biases is None else layer.biases.copy()) for layer in network.layers]
    batch = problem_.batch_size or len(problem_.x)
    samples = range(batch) if twin.sample is None else [twin.sample - 1]
    total = None
    for sample in samples:
        tensors, zs, names, loss = _forward(problem_, params, problem_.x[sample], problem_.targets[sample])
        if twin.kind == "value":
            return _evaluate_array(twin.target, names)  # a vector value too: Z^{[1]} = [0.07, -0.12, 0.07]
        leaf, position = _leaf(tensors, _whole(twin.target))
        gradient = torch.autograd.grad(loss, leaf)[0].numpy()[position]
        total = gradient if total is None else total + gradient
    gradient = total / batch if problem_.reduction == "mean" and twin.sample is None else total
    if twin.kind in ("gradient", "step"):
        return np.asarray(gradient) * (problem_.learning_rate if twin.kind == "step" else 1)
    leaf_value = _leaf(tensors, _whole(twin.target))
    return leaf_value[0].detach().numpy()[leaf_value[1]] - problem_.learning_rate * gradient


def _whole(target: str) -> str:
    """W1[{j},{i}] (a twin's entry, for its symbolic members) as W1, the matrix its numbers give."""
    return re.sub(r"\[.*\]$", "", target) if "{" in target else target


_DECIMAL = re.compile(r"(?<![\w.])(\d+\.\d+)")


def _whole_numbers(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of each whole number written in ``text`` (a Python expression of numbers)."""
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    return [(starts[node.lineno - 1] + node.col_offset, starts[node.end_lineno - 1] + node.end_col_offset,
             float(node.value)) for node in ast.walk(ast.parse(text, mode="eval"))
            if isinstance(node, ast.Constant) and type(node.value) is int]


def _written_results(text: str) -> set:
    """The offsets in ``text`` of the decimals written as the result: the whole member, or an entry of
    the np.array (or list) that is the whole member, negated or not; every other decimal is an operand."""
    tree = ast.parse(text, mode="eval")
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    found, top = set(), tree.body
    if isinstance(top, ast.Call) and ast.unparse(top.func) == "np.array" and len(top.args) == 1:
        top = top.args[0]
    pending = [top]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.List, ast.Tuple)):
            pending.extend(node.elts)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            pending.append(node.operand)
        elif isinstance(node, ast.Constant):
            found.add(starts[node.lineno - 1] + node.col_offset)
    return found


_DECIMAL_ALONE = re.compile(r"=\s*-?\d+\.\d+\s*")


def oracle_worked(entry, twin, member: str, problem_=None) -> str:
    """The rule of docs/notation.md for a member mixing the network's symbols with decimals that is wrong at random
    points (``W2[0,0] - eta*0.082167041``), implemented here on its own: in a twin that is a worked computation (a
    member is a decimal alone, ``=0.35891648``), of one sample's step, about one number, with a decimal the file does
    not write, the member is judged at the file's numbers as a member of numbers whose symbols are the file's values
    (each decimal an operand carried through it, oracle_numbers); "wrong" otherwise, the verdict at random points."""
    problem_ = problem_ or problem(entry.network)
    batch = min(problem_.batch_size or len(problem_.x), len(problem_.x)) if problem_.x is not None else 0
    written = [problem_.x, problem_.targets, problem_.learning_rate]
    written += [array for layer in problem_.layers for array in (layer.weights, layer.biases)]
    given = {abs(float(number)) for array in written if array is not None for number in np.ravel(array)}
    worked = [float(match.group(1)) for match in _DECIMAL.finditer(member)]
    if batch != 1 or "{" in member + twin.target or not any(_DECIMAL_ALONE.fullmatch(other) for other in twin.members) \
            or all(abs(number) in given for number in worked) or np.ndim(_file_truth(problem_, twin)) != 0:
        return "wrong"
    network = problem_.build_network(np.float64)
    params = [(layer.weights.copy(), None if layer.biases is None else layer.biases.copy()) for layer in network.layers]
    sample = (twin.sample or 1) - 1
    names = {**_numpy_namespace(), **_forward(problem_, params, problem_.x[sample], problem_.targets[sample])[2],
             "eta": problem_.learning_rate}
    if "grad" in member and twin.kind in ("gradient", "update", "step"):
        names["grad"] = float(np.asarray(_file_truth(problem_, dataclasses.replace(twin, kind="gradient"))))
    return oracle_numbers(entry, twin, "=" + member, problem_, names=names)


def oracle_numbers(entry, twin, member: str, problem_=None, before: str | None = None, names: dict | None = None) -> str:
    """The rule for numbers (the spec's for a number written as the result), implemented here on its
    own. Where ``before``, the symbolic member the member of numbers follows, has the same Python tree
    with a number wherever it has a subtree (``W2[0,0] - eta*grad`` and ``0.5 - 0.1*0.069``), each
    number stands for that subtree, evaluated by NumPy at the file's numbers (PyTorch's forward pass and
    gradient), and is judged by itself: exact when it is the file's number at its place, else right to
    half a unit of its last digit, or 1.5 units with three or more significant digits, and never less
    than 1.5 units of its third significant digit. Then the whole: any other decimal written as the
    result (the member, or an entry of the array that is the member) is right to one unit either way
    of the true value rounded to its digits (1.5 units); any other decimal inside an expression is an
    operand carried through it, right to half a unit (correctly rounded), or to 1.5 units when it has
    three or more significant digits; a number standing for a subtree carries its own error (a copy
    none); any other decimal equal to a number the problem file writes (an input, target, weight, bias
    or the learning rate) is a copy of it and carries none. A member without a decimal point has its whole
    numbers judged the same way, each a unit of one (standing for a subtree where it does, as a decimal
    does: max(1, 0) after max(Z_4, 0) is 1 for Z_4 = 1.06, not a copy of an input 1): half a unit as an
    operand (a copy of the file's none), 1.5 units written as the result (until 2026-12-04 such a member was allowed 1.5 either way
    whatever it computed: Sig(-2) passed for 0.5987). ``names``: the file's values of the symbols a worked
    member mixes with its numbers (oracle_worked)."""
    problem_ = problem_ or problem(entry.network)
    truth = np.asarray(_file_truth(problem_, twin), dtype=float)
    written = [problem_.x, problem_.targets, problem_.learning_rate]
    written += [array for layer in problem_.layers for array in (layer.weights, layer.biases)]
    given = {abs(float(number)) for array in written if array is not None for number in np.ravel(array)}
    text = member[1:]
    namespace = {"np": np, "__builtins__": {}, **(names or {})}
    value = np.asarray(eval(text, namespace), dtype=float)  # noqa: S307 - the test's own literal text
    standing = _standing(problem_, twin, text, before) or _step_standing(problem_, twin, text)
    worked = _step_gradient(problem_, twin, text)
    allowed = np.zeros_like(value)
    literals = list(_DECIMAL.finditer(text))
    results = _written_results(text)
    for match in literals:
        number = float(match.group(1))
        decimals = len(match.group(1).split(".")[1])
        unit = 10.0 ** -decimals
        significant = len(match.group(1).replace(".", "").lstrip("0"))
        shifted = text[:match.start()] + repr(number + unit) + text[match.end():]
        slope = np.abs(np.asarray(eval(shifted, namespace), dtype=float) - value) / unit  # noqa: S307
        if match.start() in standing:
            own = _own_error(number, significant, unit, standing[match.start()], given)
            if not abs(number - standing[match.start()]) <= own + 1e-12 * abs(standing[match.start()]):
                return "wrong"
            allowed = allowed + slope * own
        elif match.start() in worked:  # the gradient's number in a step: rounded, never a copy
            allowed = allowed + slope * unit * (1.5 if significant >= 3 else 0.5)
        elif number in given and match.start() not in results:
            continue  # a copy of the file's number: exact
        elif number in given:
            allowed = allowed + slope * unit * 0.5  # the file's number written as the result: half a unit
        else:
            units = 1.5 if match.start() in results or significant >= 3 else 0.5
            allowed = allowed + slope * unit * units
    if not literals:  # whole numbers only: each an operand to half a unit, a copy of the file's exact, the result 1.5
        for start, end, number in _whole_numbers(text):
            shifted = text[:start] + f"({text[start:end]} + 1)" + text[end:]
            slope = np.abs(np.asarray(eval(shifted, namespace), dtype=float) - value)  # noqa: S307
            if start in standing:  # a whole number under a symbol, as a decimal is: a unit of one
                own = _own_error(number, 1, 1.0, standing[start], given)
                if not abs(number - standing[start]) <= own + 1e-12 * abs(standing[start]):
                    return "wrong"
                allowed = allowed + slope * own
            elif start in results:
                allowed = allowed + slope * 1.5
            elif number not in given:
                allowed = allowed + slope * 0.5
    return "correct" if np.all(np.abs(value - truth) <= allowed + 1e-15 * np.abs(truth)) else "wrong"


def _own_error(number: float, significant: int, unit: float, true: float, given: set) -> float:
    """The error a number standing for a subtree of true value ``true`` may have by itself."""
    if number == true and abs(true) in given:
        return 0.0
    own = unit * (0.5 if significant < 3 or abs(true) in given else 1.5)
    if significant > 3:
        own = max(own, 1.5 * 10.0 ** (math.floor(math.log10(abs(number))) - 2))
    return own


def _standing(problem_, twin, text: str, before: str | None) -> dict:
    """{offset in ``text`` of a number (a decimal, or a whole number in a member of whole numbers): the value at the file's numbers of the subtree of ``before`` it
    stands for}, or {} when the two trees differ in shape (or a step over several samples leaves which
    sample's value a subtree is unsaid)."""
    batch = problem_.batch_size or len(problem_.x)
    if before is None or "{" in before or (twin.kind != "value" and batch > 1):
        return {}  # (a rule's letters, W2[{k},{j}]: its numbers are the whole value's, stood for by no one entry)
    numbers, symbolic = ast.parse(text, mode="eval").body, ast.parse(before, mode="eval").body
    if isinstance(numbers, ast.Constant):
        return {}
    pairs = _same_shape(numbers, symbolic)
    if not pairs:
        return {}
    network = problem_.build_network(np.float64)
    params = [(layer.weights.copy(), None if layer.biases is None else layer.biases.copy()) for layer in network.layers]
    sample = (twin.sample or 1) - 1
    names = _forward(problem_, params, problem_.x[sample], problem_.targets[sample])[2]
    names["eta"] = problem_.learning_rate
    if "grad" in before and twin.kind in ("gradient", "update", "step"):
        names["grad"] = float(np.asarray(_file_truth(problem_, dataclasses.replace(twin, kind="gradient"))))
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    return {starts[number.lineno - 1] + number.col_offset: _evaluate(ast.get_source_segment(before, subtree), names)
            for number, subtree in pairs if isinstance(number.value, (int, float)) and not isinstance(number.value, bool)}


def _step_tree(problem_, twin, text: str):
    """(current value's constant or None, its sign, the rate's constant, the step's sign, [(the gradient's
    constants, sign)]) when ``text`` is c +- rate*G or rate*G with the file's learning rate and G a number
    or an np.array of numbers, in a twin about an update or a step; else None."""
    rate = problem_.learning_rate
    if rate is None or twin.kind not in ("update", "step"):
        return None
    body = ast.parse(text, mode="eval").body
    current, current_sign, sign, step = None, 1, 1, body
    if isinstance(body, ast.BinOp) and isinstance(body.op, (ast.Add, ast.Sub)):
        current, step, sign = body.left, body.right, (1 if isinstance(body.op, ast.Add) else -1)
        if isinstance(current, ast.UnaryOp) and isinstance(current.op, ast.USub):
            current, current_sign = current.operand, -1
        if not isinstance(current, ast.Constant):
            return None
    if not (isinstance(step, ast.BinOp) and isinstance(step.op, ast.Mult)):
        return None
    parts = _factors(step)
    rate_node = next((part for part in parts if isinstance(part, ast.Constant) and part.value == rate), None)
    others = [part for part in parts if part is not rate_node]
    if rate_node is None or len(others) != 1:
        return None
    gradient = others[0]
    if isinstance(gradient, ast.Call) and ast.unparse(gradient.func) == "np.array":
        gradient = gradient.args[0]
    entries = [gradient]
    while any(isinstance(entry, ast.List) for entry in entries):
        entries = [item for entry in entries for item in (entry.elts if isinstance(entry, ast.List) else [entry])]
    signed = []
    for entry in entries:
        if isinstance(entry, ast.UnaryOp) and isinstance(entry.op, ast.USub):
            signed.append((entry.operand, -1))
        elif isinstance(entry, ast.Constant):
            signed.append((entry, 1))
        else:
            return None
    return current, current_sign, rate_node, sign, signed


def _offset(text: str, node: ast.AST) -> int:
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    return starts[node.lineno - 1] + node.col_offset


def _step_gradient(problem_, twin, text: str) -> set:
    """The offsets of the gradient's decimals in an update row or step (``_step_tree``)."""
    tree = _step_tree(problem_, twin, text)
    return set() if tree is None else {_offset(text, node) for node, _ in tree[4]}


def _step_standing(problem_, twin, text: str) -> dict:
    """{offset: the value it stands for} for c, the rate and a single G of an update row of one parameter
    (c +- rate*G): c the current value, G the gradient (negated after a +)."""
    tree = _step_tree(problem_, twin, text)
    if tree is None or twin.kind != "update" or tree[0] is None or len(tree[4]) != 1 or "{" in twin.target:
        return {}
    current, current_sign, rate_node, sign, ((number, number_sign),) = tree
    network = problem_.build_network(np.float64)
    params = [(layer.weights.copy(), None if layer.biases is None else layer.biases.copy()) for layer in network.layers]
    tensors = _forward(problem_, params, problem_.x[0], problem_.targets[0])[0]
    leaf, position = _leaf(tensors, twin.target)
    now = float(leaf.detach().numpy()[position])
    gradient = float(np.asarray(_file_truth(problem_, dataclasses.replace(twin, kind="gradient"))))
    # the row is c + sign*rate*G and the new value c - rate*gradient: G is -sign*gradient
    return {_offset(text, current): current_sign * now, _offset(text, rate_node): problem_.learning_rate,
            _offset(text, number): -sign * number_sign * gradient}


def _same_shape(numbers: ast.AST, symbolic: ast.AST) -> list | None:
    """[(a number of ``numbers``, the subtree of ``symbolic`` at its place)], or None where the shapes
    differ: the same operators, calls and tuples above the numbers."""
    if isinstance(numbers, ast.Constant):
        return [(numbers, symbolic)]
    if isinstance(numbers, ast.BinOp) and isinstance(symbolic, ast.BinOp) and type(numbers.op) is type(symbolic.op):
        # a product's factors side by side, however they nest: eta*(a - y)*a1 against 0.5*0.08 is no match
        first, second = _factors(numbers), _factors(symbolic)
        children = list(zip(first, second)) if len(first) == len(second) else None
    elif isinstance(numbers, ast.UnaryOp) and isinstance(symbolic, ast.UnaryOp) \
            and type(numbers.op) is type(symbolic.op):
        children = [(numbers.operand, symbolic.operand)]
    elif isinstance(numbers, ast.Call) and isinstance(symbolic, ast.Call) \
            and ast.unparse(numbers.func) == ast.unparse(symbolic.func) and len(numbers.args) == len(symbolic.args):
        children = list(zip(numbers.args, symbolic.args))
    elif isinstance(numbers, (ast.List, ast.Tuple)) and isinstance(symbolic, (ast.List, ast.Tuple)) \
            and len(numbers.elts) == len(symbolic.elts):
        children = list(zip(numbers.elts, symbolic.elts))
    else:
        return None
    if children is None:
        return None
    found = []
    for number_child, symbolic_child in children:
        pairs = _same_shape(number_child, symbolic_child)
        if pairs is None:
            return None
        found += pairs
    return found


def symbolic_before(twin, position: int, verdicts: list) -> str | None:
    """The symbolic member nearest before member ``position`` of the twin, or None; None too when the
    oracle's verdict on it (``verdicts``, the twin's members before ``position``) is not correct: a wrong
    member says nothing of what its subtrees stand for."""
    index = next((index for index in reversed(range(position)) if not twin.members[index].startswith("=")), None)
    return None if index is None or verdicts[index] != "correct" else twin.members[index]


def _factors(node: ast.BinOp) -> list:
    if not isinstance(node.op, ast.Mult):
        return [node.left, node.right]
    return [factor for side in (node.left, node.right)
            for factor in (_factors(side) if isinstance(side, ast.BinOp) and isinstance(side.op, ast.Mult) else [side])]


def _evaluate_array(text: str, names: dict) -> np.ndarray:
    return np.asarray(eval(text, {"__builtins__": {}}, {**_numpy_namespace(), "np": np, **names}), dtype=float)  # noqa: S307
