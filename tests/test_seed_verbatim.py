"""The seeds' formulas as written (tests/seed_verbatim.py), read through the seeds' bundled notations.

For each formula an oracle that shares nothing with backprop.symbolic decides every member's verdict:
PyTorch autograd on the network (the loss as the spec defines it) gives the true derivative, update
or value, and the member's hand transcription (its twin) is evaluated by NumPy on the same forward
pass, at random points (one-hot targets of the classes a case allows). A member of numbers is judged
at the file's numbers by the rule of docs/notation.md (oracle_numbers): a number written as the result
is right when it is the true value rounded to its digits, one unit in the last digit either way (the
spec's rule); after a symbolic member of the same tree, each number is judged by itself as the value
of the subtree at its place; each number of an expression is carried through it, right to half a unit
of its last digit, or to one unit either way of that when it has three or more significant digits (of
the numbers equal to one the problem file writes, one taken for a rounded number, the others copied
exactly). check must give every verdict the oracle gives, and refuse in one line the formulas meant
to be refused.
"""

from __future__ import annotations

import ast
import dataclasses
import math
import re

import numpy as np
import pytest

from backprop.grading.definitions import Definition, differentiated_by, expand
from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError
from seed_verbatim import ENTRIES, Twin, problem
from test_check_cli import ONE_DIGIT
from test_check_seeds import _numpy_namespace, _point, _torch_activation

torch = pytest.importorskip("torch")
POINTS = 6


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
        for name in (activation.name for activation in spec.activations):
            a = _torch_activation(name, a)
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


def _scaled_point(problem_, rng, draw):
    """test_check_seeds' random point, with weights scaled by 1/sqrt(fan-in) in wide layers (so that a
    784-input network's softmax does not saturate to exact 0 and 1)."""
    params, x, target, eta = _point(problem_, rng, draw)
    scaled = [(W * (2.0 / math.sqrt(W.shape[1]) if W.shape[1] > 16 else 1.0), b) for W, b in params]
    return scaled, x, target, eta


def oracle_symbolic(entry, twin, member: str, problem_=None) -> str:
    problem_ = problem_ or problem(entry.network)
    rng = np.random.default_rng(11)
    outputs = problem_.layers[-1].units
    for draw in range(POINTS * max(1, outputs)):
        params, x, target, eta = _scaled_point(problem_, rng, draw)
        label = int(np.argmax(target)) if problem_.loss.name == "cross_entropy" else None
        tensors, zs, names, loss = _forward(problem_, params, x, target)
        names["eta"] = eta
        names["K"] = 3
        for values in twin.values:
            letter_values = dict(values)
            if twin.classes == "label" and "c" in letter_values and letter_values["c"] != label:
                continue
            unit = letter_values.get("j", letter_values.get("c"))
            if twin.classes == "same" and unit != label:
                continue
            if twin.classes == "other" and unit == label:
                continue
            if twin.kind != "value" and "grad" in member:  # the member writes dL/d(target) itself
                leaf, position = _leaf(tensors, twin.target.format(**letter_values))
                names["grad"] = float(torch.autograd.grad(loss, leaf, retain_graph=True)[0][position])
            formula = _evaluate(member.format(**letter_values), names)
            if twin.kind == "value":
                truth = _evaluate(twin.target.format(**letter_values), names)
            elif twin.kind == "gradient_z":
                layer, index = re.match(r"z(\d+)\[(\d+)\]", twin.target.format(**letter_values)).groups()
                truth = float(torch.autograd.grad(loss, zs[int(layer) - 1], retain_graph=True)[0][int(index)])
            else:
                leaf, position = _leaf(tensors, twin.target.format(**letter_values))
                gradient = float(torch.autograd.grad(loss, leaf, retain_graph=True)[0][position])
                truth = {"gradient": gradient, "step": eta * gradient}.get(twin.kind,
                                                                          float(leaf.detach()[position]) - eta * gradient)
            if not math.isclose(formula, truth, rel_tol=1e-9, abs_tol=1e-12):
                return "wrong"
    return "correct"


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


def oracle_numbers(entry, twin, member: str, problem_=None, before: str | None = None) -> str:
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
    none); of the other decimals equal to a number the problem file writes (an input, target, weight,
    bias or the learning rate), each right to half a unit, only the one that carries most counts."""
    problem_ = problem_ or problem(entry.network)
    truth = np.asarray(_file_truth(problem_, twin), dtype=float)
    written = [problem_.x, problem_.targets, problem_.learning_rate]
    written += [array for layer in problem_.layers for array in (layer.weights, layer.biases)]
    given = {abs(float(number)) for array in written if array is not None for number in np.ravel(array)}
    text = member[1:]
    namespace = {"np": np, "__builtins__": {}}
    value = np.asarray(eval(text, namespace), dtype=float)  # noqa: S307 - the test's own literal text
    standing = _standing(problem_, twin, text, before)
    allowed = np.zeros_like(value)
    copied = [np.zeros_like(value)]
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
        elif number in given:
            copied.append(slope * unit * 0.5)
        else:
            units = 1.5 if match.start() in results or significant >= 3 else 0.5
            allowed = allowed + slope * unit * units
    allowed = allowed + np.max(copied, axis=0)
    if not literals:
        allowed = allowed + 1.5
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
    """{offset in ``text`` of a decimal: the value at the file's numbers of the subtree of ``before`` it
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
            for number, subtree in pairs if isinstance(number.value, float)}


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


def symbolic_before(twin, position: int) -> str | None:
    """The symbolic member nearest before member ``position`` of the twin, or None."""
    return next((member for member in reversed(twin.members[:position]) if not member.startswith("=")), None)


def _factors(node: ast.BinOp) -> list:
    if not isinstance(node.op, ast.Mult):
        return [node.left, node.right]
    return [factor for side in (node.left, node.right)
            for factor in (_factors(side) if isinstance(side, ast.BinOp) and isinstance(side.op, ast.Mult) else [side])]


def _jacobian(of, leaf) -> np.ndarray:
    """d of[m] / d leaf for every m, by autograd: shape (len(of),) + leaf's shape."""
    return np.stack([torch.autograd.grad(of[m], leaf, retain_graph=True)[0].numpy() for m in range(len(of))])


def oracle_grid(entry, twin, member: str, problem_=None) -> str:
    """A rule over many index values (seed 001's w^(3)_{alpha,beta}: 640, w^(1): 100,352 and more),
    every value at once: the member's transcription evaluated by NumPy with each letter an array of its
    values, against PyTorch autograd's whole gradient (or jacobian, d_a3 and d_r3 of the softmax output
    a3 and of p^(3) = relu(z3), and d_a2 of layer 2's output where the twin uses it) of the parameter,
    at random points."""
    problem_ = problem_ or problem(entry.network)
    assert [a.name for a in problem_.layers[-1].activations] == ["relu", "softmax"]  # seed001_mnist_literal
    assert [a.name for a in problem_.layers[1].activations] == ["relu"]
    rng = np.random.default_rng(11)
    letters = {letter: np.arange(size).reshape([-1 if q == p else 1 for q in range(len(twin.grid))])
               for p, (letter, size) in enumerate(twin.grid)}
    fields = {letter: f"_{letter}" for letter in letters}
    outputs = problem_.layers[-1].units
    for draw in range(POINTS * outputs):
        params, x, target, eta = _scaled_point(problem_, rng, draw)
        tensors, zs, names, loss = _forward(problem_, params, x, target)
        r3 = torch.relu(zs[-1])
        a3 = torch.softmax(r3, 0)
        leaves = [(f"{kind}{layer}", tensor) for layer, (W, b) in enumerate(tensors, start=1)
                  for kind, tensor in (("W", W), ("b", b)) if tensor is not None]
        for name, leaf in leaves if twin.wrt == "*" else [(twin.wrt, _leaf(tensors, twin.wrt)[0])]:
            gradient = torch.autograd.grad(loss, leaf, retain_graph=True)[0].numpy()
            scope = {**names, **{f"_{letter}": values for letter, values in letters.items()}, "eta": eta, "K": 3,
                     "P": leaf.detach().numpy(), "grad": gradient, "d_a3": _jacobian(a3, leaf),
                     "d_r3": _jacobian(r3, leaf)}
            if "d_a2" in member + twin.target:
                scope["d_a2"] = _jacobian(torch.relu(zs[1]), leaf)
            formula = _evaluate_array(member.format(**fields), scope)
            if twin.kind == "value":
                truth = _evaluate_array(twin.target.format(**fields), scope)
            else:
                index = re.search(r"\[(.*)\]$", twin.target.format(**fields))
                true_gradient = _evaluate_array(f"grad[{index.group(1)}]", scope) if index else gradient
                truth = true_gradient if twin.kind == "gradient" else scope["P"] - eta * true_gradient
            formula, truth = np.broadcast_arrays(formula, truth)
            if not np.allclose(formula, truth, rtol=1e-9, atol=1e-12):
                return "wrong"
    return "correct"


def _evaluate_array(text: str, names: dict) -> np.ndarray:
    return np.asarray(eval(text, {"__builtins__": {}}, {**_numpy_namespace(), "np": np, **names}), dtype=float)  # noqa: S307


def oracle_verdicts(entry, problem_=None) -> tuple:
    verdicts = []
    for twin in entry.twins:
        claim = []
        for position, member in enumerate(twin.members):
            if twin.grid or twin.wrt:
                claim.append(oracle_grid(entry, twin, member, problem_))
                continue
            claim.append(oracle_numbers(entry, twin, member, problem_, symbolic_before(twin, position))
                         if member.startswith("=") else oracle_symbolic(entry, twin, member, problem_))
        verdicts.append(tuple(claim))
    return tuple(verdicts)


READ = [entry for entry in ENTRIES if entry.unreadable is None]
REFUSED = [entry for entry in ENTRIES if entry.unreadable is not None]


@pytest.mark.parametrize("entry", READ, ids=lambda entry: entry.key)
def test_the_oracle_gives_the_expected_verdicts(entry):
    assert oracle_verdicts(entry) == entry.expected, entry.why


def as_read(entry) -> str:
    """The formula as grade reads it: the names the document defined before it written out."""
    if not entry.definitions:
        return entry.text
    visible = {name: Definition(name, meaning, entry.line, meaning=meaning) for name, meaning in entry.definitions}
    return expand(entry.text, visible, differentiated_by(entry.text), entry.key)[0]


@pytest.mark.parametrize("entry", READ, ids=lambda entry: entry.key)
def test_check_reads_the_formula_verbatim_and_gives_the_oracles_verdicts(entry):
    result = check_homework(problem(entry.network), as_read(entry), notation=entry.notation, param=entry.param,
                            when=entry.when)
    got = tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims)
    assert got == entry.expected, [step.detail for claim in result.claims for step in claim.steps]


@pytest.mark.parametrize("entry", REFUSED, ids=lambda entry: entry.key)
def test_check_refuses_in_one_line_what_names_nothing(entry):
    with pytest.raises(FormulaError) as error:
        check_homework(problem(entry.network), entry.text, notation=entry.notation, param=entry.param,
                       when=entry.when)
    message = str(error.value)
    assert "\n" not in message and entry.unreadable in message


def test_every_seed_is_read():
    assert {entry.seed for entry in READ} == {"000", "001", "002", "003", "004"}
    verdicts = {verdict for entry in READ for claim in entry.expected for verdict in claim}
    assert verdicts == {"correct", "wrong"}


@pytest.mark.parametrize("member, verdict", [
    ("=0.05 - 0.4", "wrong"), ("=-0.4 + 0.05", "wrong"), ("=4*(-0.07)", "wrong"), ("=2.1*(-0.125)", "wrong"),
    ("=0.8 - 1", "correct"), ("=0.7 - 1", "correct"), ("=4*(-0.0626)", "correct"), ("=-0.4", "correct"),
    ("=np.array([-0.4])", "correct"), ("=np.array([0.05 - 0.4])", "wrong"), ("=0.5*0.1 - 0.4*1.0", "wrong"),
    ("=0.5*0.1 - 0.3*1.0", "correct"),
])
def test_the_oracle_takes_a_short_number_in_an_expression_to_half_a_unit(member, verdict):
    """The oracle's rule for numbers on test_check_cli's one-digit network (z1[0] = -0.25): the same
    verdicts check gives there (test_a_short_number_inside_an_expression_is_right_to_half_a_unit)."""
    twin = Twin("value", "z1", (member,))
    assert oracle_numbers(None, twin, member, parse_problem(ONE_DIGIT, "<one_digit>")) == verdict
