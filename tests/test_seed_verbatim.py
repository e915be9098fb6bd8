"""The seeds' formulas as written (tests/seed_verbatim.py), read through the seeds' bundled notations.

For each formula an oracle that shares nothing with backprop.symbolic decides every member's verdict:
PyTorch autograd on the network (the loss as the spec defines it) gives the true derivative, update
or value, and the member's hand transcription (its twin) is evaluated by NumPy on the same forward
pass, at random points (one-hot targets of the classes a case allows). A member of numbers is judged
at the file's numbers by the rule of docs/notation.md (oracle_numbers, in tests/number_oracle.py with
the forward pass). check must give every verdict the oracle gives, and refuse in one line the formulas
meant to be refused.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from backprop.grading.definitions import Definition, differentiated_by, expand
from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError
from number_oracle import _evaluate, _evaluate_array, _forward, _leaf, oracle_numbers, oracle_worked, symbolic_before
from seed_verbatim import ENTRIES, Twin, problem
from test_check_cli import ONE_DIGIT
from test_check_seeds import _point

torch = pytest.importorskip("torch")
POINTS = 6


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


def oracle_member(entry, twin, member: str, problem_=None) -> str:
    """A member in symbols: judged at random points, and where wrong there, as a worked member at the file's
    numbers where it is one (number_oracle.oracle_worked)."""
    verdict = oracle_symbolic(entry, twin, member, problem_)
    return oracle_worked(entry, twin, member, problem_) if verdict == "wrong" else verdict


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


def oracle_verdicts(entry, problem_=None) -> tuple:
    verdicts = []
    for twin in entry.twins:
        claim = []
        for position, member in enumerate(twin.members):
            if twin.grid or twin.wrt:
                claim.append(oracle_grid(entry, twin, member, problem_))
                continue
            claim.append(oracle_numbers(entry, twin, member, problem_, symbolic_before(twin, position, claim))
                         if member.startswith("=") else oracle_member(entry, twin, member, problem_))
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
