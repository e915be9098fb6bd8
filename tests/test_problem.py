"""Problem files that are right: the documented defaults, the accepted spellings; and fuzzing:
whatever a TOML document holds, reading it either works or raises ProblemError with one line.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import tomllib

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backprop.bundled import bundled
from backprop.problem import LayerSpec, Problem, ProblemError, load_problem, parse_problem

MINIMAL = """
[[layer]]
inputs = 2
units = 1

[loss]
name = "squared_error"
"""

CLASSIFIER = """
[[layer]]
inputs = 2
units = 4
activation = "tanh"

[[layer]]
units = 3
activation = ["relu", "softmax"]

[loss]
name = "cross_entropy"

[data]
classes = ["cat", "dog", "cow"]
x = [[1, 2], [3, 4], [5, 6], [7, 8]]
labels = ["dog", "cat", "cow", "dog"]

[update]
learning_rate = 0.5
"""


# -- defaults ---------------------------------------------------------------------------------------

def test_minimal_file_gets_the_documented_defaults():
    problem = parse_problem(MINIMAL)
    assert isinstance(problem, Problem) and problem.path == "<string>"
    (layer,) = problem.layers
    assert isinstance(layer, LayerSpec)
    assert (layer.units, layer.inputs) == (1, 2)
    assert tuple(a.name for a in layer.activations) == ("identity",)
    assert layer.bias == "neuron"
    assert layer.weights is None and layer.biases is None and layer.mask is None and layer.init is None
    np.testing.assert_array_equal(layer.build(np.random.default_rng(0)).biases, np.zeros(1))
    assert problem.loss.name == "squared_error" and problem.loss.log_base is None
    assert (problem.reduction, problem.steps, problem.batch_size) == ("mean", 1, None)
    assert (problem.title, problem.description, problem.seed) == ("", "", 0)
    assert problem.x is None and problem.targets is None and problem.learning_rate is None
    assert problem.train == {}


def test_default_batch_is_all_samples_and_reduction_mean():
    problem = parse_problem(MINIMAL + "[data]\nx = [[1, 2], [3, 4], [5, 6]]\ny = [1, 2, 3]\n"
                            "[update]\nlearning_rate = 0.1\n")
    trace = problem.explain()
    assert trace.batch_size == 3 and trace.reduction == "mean" and len(trace.steps) == 1
    assert trace.steps[0].samples == [0, 1, 2]


@pytest.mark.parametrize("activation,init", [('"relu"', "he"), ('["relu", "sigmoid"]', "he"),
                                             ('"sigmoid"', "glorot"), ('"tanh"', "glorot"), ('"identity"', "glorot")])
def test_default_init_is_he_for_relu_else_glorot(activation, init):
    problem = parse_problem(f"[[layer]]\ninputs = 5\nunits = 3\nactivation = {activation}\n"
                            '[loss]\nname = "squared_error"\n')
    weights = problem.layers[0].build(np.random.default_rng(7)).weights
    rng = np.random.default_rng(7)
    if init == "he":
        expected = rng.normal(0.0, math.sqrt(2.0 / 5), (3, 5))
    else:
        limit = math.sqrt(6.0 / (5 + 3))
        expected = rng.uniform(-limit, limit, (3, 5))
    np.testing.assert_array_equal(weights, expected)


def test_init_range_and_names_are_accepted():
    problem = parse_problem('[[layer]]\ninputs = 3\nunits = 4\ninit = [-0.5, 0.25]\n[[layer]]\nunits = 2\n'
                            'init = "he"\n[loss]\nname = "squared_error"\n')
    assert problem.layers[0].init == (-0.5, 0.25) and problem.layers[1].init == "he"
    weights = problem.layers[0].build(np.random.default_rng(0)).weights
    assert weights.shape == (4, 3) and (weights >= -0.5).all() and (weights <= 0.25).all()


def test_cross_entropy_log_base_defaults_to_e_and_accepts_2():
    assert parse_problem(CLASSIFIER).loss.log_base == math.e
    assert parse_problem(CLASSIFIER.replace('"cross_entropy"', '"cross_entropy"\nlog_base = 2')).loss.log_base == 2.0
    assert parse_problem(CLASSIFIER.replace('"cross_entropy"', '"cross_entropy"\nlog_base = "e"')).loss.log_base == math.e


# -- accepted spellings -----------------------------------------------------------------------------

def test_later_layers_take_their_inputs_from_the_previous_layer():
    problem = parse_problem(CLASSIFIER)
    assert [(layer.inputs, layer.units) for layer in problem.layers] == [(2, 4), (4, 3)]
    same = parse_problem(CLASSIFIER.replace("units = 3\n", "units = 3\ninputs = 4\n"))
    assert same.layers[1].inputs == 4


def test_labels_as_names_with_classes():
    problem = parse_problem(CLASSIFIER, require_data=True)
    assert problem.classes == ["cat", "dog", "cow"]
    assert problem.labels == [1, 0, 2, 1]
    np.testing.assert_array_equal(problem.targets, np.eye(3)[[1, 0, 2, 1]])
    assert tuple(a.name for a in problem.layers[1].activations) == ("relu", "softmax")


def test_labels_as_indices():
    problem = parse_problem(CLASSIFIER.replace('classes = ["cat", "dog", "cow"]\n', "")
                            .replace('["dog", "cat", "cow", "dog"]', "[1, 0, 2, 2]"))
    assert problem.classes is None and problem.labels == [1, 0, 2, 2]
    np.testing.assert_array_equal(problem.targets, np.eye(3)[[1, 0, 2, 2]])


def test_y_as_scalars_for_a_one_output_network():
    problem = parse_problem(MINIMAL + "[data]\nx = [[1, 2], [3, 4]]\ny = [0.5, -1]\n")
    np.testing.assert_array_equal(problem.targets, [[0.5], [-1.0]])
    lists = parse_problem(MINIMAL + "[data]\nx = [[1, 2], [3, 4]]\ny = [[0.5], [-1]]\n")
    np.testing.assert_array_equal(lists.targets, problem.targets)


def test_integers_are_numbers_and_arrays_are_float64():
    problem = parse_problem('[[layer]]\ninputs = 2\nunits = 2\nweights = [[1, 2], [3, 4]]\nbiases = [0, 1]\n'
                            '[loss]\nname = "squared_error"\n[data]\nx = [[1, 2]]\ny = [[1, 0]]\n')
    layer = problem.layers[0]
    assert layer.weights.dtype == np.float64 and layer.biases.dtype == np.float64
    assert problem.x.dtype == np.float64 and problem.targets.dtype == np.float64
    assert problem.x.shape == (1, 2) and problem.targets.shape == (1, 2)


def test_shared_bias_and_no_bias():
    shared = parse_problem('[[layer]]\ninputs = 2\nunits = 3\nbias = "shared"\nbiases = 0.25\n'
                           '[loss]\nname = "squared_error"\n').layers[0]
    assert shared.bias == "shared" and shared.build(np.random.default_rng(0)).biases.shape == () and float(shared.build(np.random.default_rng(0)).biases) == 0.25
    default_shared = parse_problem('[[layer]]\ninputs = 2\nunits = 3\nbias = "shared"\n'
                                   '[loss]\nname = "squared_error"\n').layers[0]
    assert float(default_shared.build(np.random.default_rng(0)).biases) == 0.0
    none = parse_problem('[[layer]]\ninputs = 2\nunits = 3\nbias = "none"\n[loss]\nname = "squared_error"\n')
    assert none.layers[0].build(np.random.default_rng(0)).biases is None


def test_mask_with_zero_weights_where_masked():
    layer = parse_problem('[[layer]]\ninputs = 2\nunits = 2\nmask = [[1, 0], [0, 1]]\n'
                          'weights = [[0.5, 0], [0.0, -2]]\n[loss]\nname = "squared_error"\n').layers[0]
    np.testing.assert_array_equal(layer.mask, [[1, 0], [0, 1]])
    drawn = parse_problem('[[layer]]\ninputs = 2\nunits = 2\nmask = [[1, 0], [0, 1]]\n'
                          '[loss]\nname = "squared_error"\n').layers[0].build(np.random.default_rng(1)).weights
    assert drawn[0, 1] == 0 and drawn[1, 0] == 0


def test_top_level_keys_and_train_table_pass_through():
    problem = parse_problem('title = "T"\ndescription = "D"\nseed = 42\n' + MINIMAL + "[train]\nepochs = 3\n")
    assert (problem.title, problem.description, problem.seed) == ("T", "D", 42)
    assert problem.train == {"epochs": 3}


def test_update_keys():
    problem = parse_problem(CLASSIFIER.replace("learning_rate = 0.5",
                                               'learning_rate = 0.5\nbatch_size = 3\nreduction = "sum"\nsteps = 4'))
    assert (problem.learning_rate, problem.batch_size, problem.reduction, problem.steps) == (0.5, 3, "sum", 4)
    trace = problem.explain()
    assert [step.samples for step in trace.steps] == [[0, 1, 2], [3, 0, 1], [2, 3, 0], [1, 2, 3]]


def test_every_bundled_example_loads_and_explains():
    for name, path in bundled("examples").items():
        problem = load_problem(path, require_data=True)
        assert problem.explain().steps, name


def test_problem_error_carries_its_parts():
    with pytest.raises(ProblemError) as caught:
        parse_problem(MINIMAL.replace("units = 1", "units = 0"), "net.toml")
    error = caught.value
    assert (error.path, error.where) == ("net.toml", "[[layer]] 1 key 'units'")
    assert str(error) == f"net.toml: {error.where}: {error.what}; {error.fix}"
    assert isinstance(error, ValueError)


def test_data_and_update_are_optional_unless_required():
    parse_problem(MINIMAL)
    with pytest.raises(ProblemError, match=r"\[data\]: missing"):
        parse_problem(MINIMAL, require_data=True)
    with pytest.raises(ProblemError, match=r"\[data\]: missing"):
        parse_problem(MINIMAL).explain()


# -- fuzzing: any document, any text ----------------------------------------------------------------

def to_toml(value) -> str:
    """``value`` as a TOML inline value (a document: one ``key = value`` line per top-level key)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(to_toml(item) for item in value) + "]"
    return "{" + ", ".join(f"{toml_string(key)} = {to_toml(item)}" for key, item in value.items()) + "}"


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, plus DEL, which TOML does not allow raw."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def document_text(document: dict) -> str:
    return "".join(f"{toml_string(key)} = {to_toml(value)}\n" for key, value in document.items())


VALID = {
    "title": "fuzz",
    "seed": 3,
    "layer": [
        {"inputs": 2, "units": 3, "activation": "relu", "bias": "neuron",
         "weights": [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]], "biases": [0.0, 0.1, -0.1],
         "mask": [[1, 1], [1, 1], [1, 1]]},
        {"units": 2, "activation": ["tanh", "softmax"], "bias": "shared", "biases": 0.5, "init": [-1, 1]},
    ],
    "loss": {"name": "cross_entropy", "log_base": 2},
    "data": {"x": [[1, 2], [3, 4], [5, 6]], "labels": ["a", "b", "a"], "classes": ["a", "b"]},
    "update": {"learning_rate": 0.1, "batch_size": 2, "reduction": "sum", "steps": 2},
}
KEYS = sorted({"title", "description", "seed", "layer", "loss", "data", "update", "train", "units", "inputs",
               "activation", "bias", "weights", "biases", "init", "mask", "name", "log_base", "x", "y",
               "labels", "classes", "learning_rate", "batch_size", "reduction", "steps", "unit", "lable"})
NAMES = st.sampled_from(["", "e", "relu", "softmax", "sigmoid", "identity", "tanh", "shared", "none", "neuron",
                         "he", "glorot", "sum", "mean", "a", "b", "cross_entropy", "squared_error", "0.5"])
SCALARS = st.one_of(
    st.integers(-3, 6), st.sampled_from([0, 1, 2, 10**9, 2**63, -(2**63), 10**400]),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.5, 1e300, -0.0, 1e-320]),
    st.booleans(), NAMES, st.text(max_size=5), st.dates(), st.times())
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=3)), max_leaves=12)


def paths(value, prefix=()):
    """Every place in a document, as a tuple of keys and indices."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        yield prefix + (key,)
        yield from paths(item, prefix + (key,))


def explain_briefly(problem: Problem) -> None:
    """The worked solution, kept small: a few steps of small batches on small layers."""
    if all(layer.units * layer.inputs <= 10_000 for layer in problem.layers):
        problem.batch_size = None if problem.batch_size is None else min(problem.batch_size, 20)
        problem.explain(steps=min(problem.steps, 3))


def read_or_fail_well(text: str) -> None:
    """Reading ``text`` (and explaining it, if it reads) works or raises a one-line ProblemError."""
    for require_data in (False, True):
        try:
            problem = parse_problem(text, "fuzz.toml", require_data=require_data)
            if require_data:
                explain_briefly(problem)
        except ProblemError as error:
            message = str(error)
            assert "\n" not in message and "\r" not in message, message
            assert message.startswith("fuzz.toml: ") and "; " in message, message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_documents_read_or_fail_with_one_line(data):
    document = copy.deepcopy(VALID)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        places = list(paths(document))
        place = data.draw(st.sampled_from(places), label="place")
        parent = document
        for key in place[:-1]:
            parent = parent[key]
        action = data.draw(st.sampled_from(["replace", "replace", "delete", "add"]), label="action")
        if action == "replace":
            parent[place[-1]] = data.draw(VALUES, label="value")
        elif action == "delete":
            del parent[place[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.sampled_from(KEYS), label="key")] = data.draw(VALUES, label="value")
        else:
            parent.append(data.draw(VALUES, label="value"))
    text = document_text(document)
    expected = tomllib.loads(text)  # the serialiser writes what it was given
    assert json.dumps(expected, default=str, sort_keys=True) == json.dumps(document, default=str, sort_keys=True)
    read_or_fail_well(text)


@settings(max_examples=200, deadline=None)
@given(document=st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=6))
def test_random_documents_read_or_fail_with_one_line(document):
    read_or_fail_well(document_text(document))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200))
def test_random_text_reads_or_fails_with_one_line(text):
    read_or_fail_well(text)


@settings(max_examples=100, deadline=None)
@given(blob=st.binary(max_size=100))
def test_random_bytes_in_a_file_fail_with_one_line(blob, tmp_path_factory):
    path = tmp_path_factory.mktemp("blob") / "blob.toml"
    path.write_bytes(blob)
    try:
        load_problem(path)
    except ProblemError as error:
        assert "\n" not in str(error) and str(error).startswith(f"{path}: ")


def test_an_activation_with_parameters_is_a_table_also_inside_a_chain():
    problem = parse_problem('[[layer]]\ninputs = 2\nunits = 2\nactivation = {name = "leaky_relu", slope = 0.2}\n'
                            '[[layer]]\nunits = 1\nactivation = ["tanh", {name = "leaky_relu"}, "sigmoid"]\n'
                            '[loss]\nname = "squared_error"\n')
    first, second = problem.layers
    assert [(a.name, a.values) for a in first.activations] == [("leaky_relu", {"slope": 0.2})]
    assert [(a.name, a.values) for a in second.activations] == [("tanh", {}), ("leaky_relu", {"slope": 0.01}),
                                                                 ("sigmoid", {})]
    assert first.build(np.random.default_rng(0)).activations[0].function(np.array([-1.0, 2.0])).tolist() == [-0.2, 2.0]
