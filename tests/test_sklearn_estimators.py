"""backprop.sklearn's estimators: their numbers against PyTorch and NumPy, and beside scikit-learn's.

The oracles: PyTorch autograd computes the update that partial_fit must make (schedule, weight
decay and carried-over momentum included); a NumPy forward pass written here computes what
predict_proba and predict must return from the fitted weights.
"""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn")

from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from backprop.activations import ACTIVATIONS
from backprop.losses import LOSSES
from backprop.sklearn import MLPClassifier, MLPRegressor


@pytest.fixture(scope="module")
def digits():
    """sklearn's digits in [0, 1], split 1347 / 450, stratified."""
    x, y = load_digits(return_X_y=True)
    return train_test_split(x / 16.0, y, test_size=0.25, stratify=y, random_state=0)


def parameters(model) -> list[tuple[np.ndarray, np.ndarray]]:
    """Copies of (weights (units, inputs), biases (units,)) per layer, in float64."""
    return [(layer.weights.astype(np.float64), layer.biases.astype(np.float64))
            for layer in model.network_.layers]


# --- numbers against oracles ----------------------------------------------------------------------

def torch_gradients(params, x, targets, loss):
    """d(mean loss)/d(parameters) of a tanh network with ``loss`` output, by PyTorch autograd."""
    torch = pytest.importorskip("torch")
    tensors = [(torch.tensor(w, requires_grad=True), torch.tensor(b, requires_grad=True))
               for w, b in params]
    a = torch.tensor(x)
    for number, (w, b) in enumerate(tensors):
        z = a @ w.T + b
        a = torch.tanh(z) if number < len(tensors) - 1 else z
    loss(a, torch.tensor(targets)).backward()
    return [(w.grad.numpy(), b.grad.numpy()) for w, b in tensors]


def expected_step(params, grads, velocity, rate, momentum, decay):
    """SGD with momentum and weight decay (weights only): v <- mu v - rate (g + decay W); p <- p + v."""
    result = []
    for (w, b), (gw, gb), (vw, vb) in zip(params, grads, velocity):
        result.append((w + momentum * vw - rate * (gw + decay * w), b + momentum * vb - rate * gb))
    return result


def assert_parameters_close(actual, expected):
    # float32 training: each parameter is a float32 sum of a few terms of size <= 1, so 1e-6 is
    # some 10 ulps of 2^-23 at magnitude 1, while one missing momentum or decay term is >= 1e-3
    for (w, b), (w_expected, b_expected) in zip(actual, expected):
        np.testing.assert_allclose(w, w_expected, rtol=0, atol=1e-6)
        np.testing.assert_allclose(b, b_expected, rtol=0, atol=1e-6)


def test_partial_fit_continues_weights_schedule_and_momentum_as_torch_computes():
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(3)
    x = rng.normal(size=(12, 3))
    y = np.array([0, 1, 2] * 4)
    model = MLPClassifier((4,), "tanh", batch_size=0, shuffle=False, learning_rate="step",
                          learning_rate_init=0.3, step_epochs=1, step_gamma=0.5, momentum=0.8,
                          weight_decay=0.01, scale_inputs=False, random_state=0)
    snapshots = []
    for _ in range(3):  # full-batch epochs at rates 0.3, 0.15, 0.075
        model.partial_fit(x, y, classes=[0, 1, 2])
        snapshots.append(parameters(model))
    # the velocity after call 2 is W2 - W1; call 3 must go on from it at the rate of epoch 3
    velocity = [(w2 - w1, b2 - b1) for (w1, b1), (w2, b2) in zip(snapshots[0], snapshots[1])]
    grads = torch_gradients(snapshots[1], x, np.eye(3)[y],
                            lambda logits, t: torch.nn.functional.cross_entropy(logits, t))
    expected = expected_step(snapshots[1], grads, velocity, 0.075, 0.8, 0.01)
    assert_parameters_close(snapshots[2], expected)
    assert model.n_iter_ == 3 and len(model.loss_curve_) == 3


def test_regressor_step_on_standardized_targets_as_torch_computes():
    rng = np.random.default_rng(4)
    x = rng.normal(size=(10, 2))
    y = np.column_stack([100 + 30 * x[:, 0], -5 * x[:, 1] ** 2])
    model = MLPRegressor((3,), "tanh", batch_size=0, shuffle=False, learning_rate_init=0.05,
                         momentum=0.0, scale_inputs=False, random_state=1).partial_fit(x, y)
    before = parameters(model)
    model.partial_fit(x, y)
    scaled = (y - y.mean(axis=0)) / y.std(axis=0)
    # half squared error summed over outputs, averaged over samples
    grads = torch_gradients(before, x, scaled, lambda out, t: 0.5 * ((out - t) ** 2).sum(dim=1).mean())
    zero = [(np.zeros_like(w), np.zeros_like(b)) for w, b in before]
    assert_parameters_close(parameters(model), expected_step(before, grads, zero, 0.05, 0.0, 0.0))
    np.testing.assert_allclose(model.target_mean_, y.mean(axis=0))
    np.testing.assert_allclose(model.target_scale_, y.std(axis=0))


def numpy_forward(model, x):
    """Standardize, then relu hidden layers and the output layer, in NumPy (samples, outputs)."""
    scaling = model.input_scaling_
    a = (x - scaling.mean.astype(np.float64)) / scaling.std.astype(np.float64)
    layers = parameters(model)
    for number, (w, b) in enumerate(layers):
        a = a @ w.T + b
        if number < len(layers) - 1:
            a = np.maximum(a, 0)
    return a


def test_predictions_are_the_fitted_network_in_numpy(digits):
    x_train, x_test, y_train, _ = digits
    labels = np.array(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
    model = MLPClassifier((32, 16), max_iter=5, random_state=0).fit(x_train, labels[y_train])
    logits = numpy_forward(model, x_test)
    probabilities = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities /= probabilities.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(model.predict_proba(x_test), probabilities, rtol=1e-12, atol=1e-15)
    assert list(model.classes_) == sorted(labels)
    np.testing.assert_array_equal(model.predict(x_test), model.classes_[probabilities.argmax(axis=1)])
    regressor = MLPRegressor((8,), max_iter=5, random_state=0).fit(x_train, y_train * 10.0)
    expected = numpy_forward(regressor, x_test)[:, 0] * regressor.target_scale_ + regressor.target_mean_
    np.testing.assert_allclose(regressor.predict(x_test), expected, rtol=1e-12)


# --- accuracy against scikit-learn's MLPClassifier ----------------------------------------------

def test_digits_accuracy_matches_sklearn_mlp_with_the_same_hyperparameters(digits):
    """One hidden layer of 64 relu units, Glorot-uniform weights, SGD with plain momentum 0.9,
    rate 0.01, batches of 32, no L2, 30 epochs, the same unscaled inputs.

    Measured over seeds 0-4 (benchmarks/sklearn_compare.py): scikit-learn 95.8-97.6%, backprop
    96.7-97.3% on these 450 test digits, final training loss 0.074-0.083 for both. Each seed's
    spread is some 8 digits, so the two are held within 2.5 points (11 digits) of each other, and
    both above 95%.
    """
    from sklearn.neural_network import MLPClassifier as SklearnMLP

    x_train, x_test, y_train, y_test = digits
    shared = dict(hidden_layer_sizes=(64,), learning_rate_init=0.01, momentum=0.9, batch_size=32,
                  max_iter=30, random_state=0)
    ours = MLPClassifier(init="glorot", weight_decay=0.0, tol=None, scale_inputs=False, **shared)
    theirs = SklearnMLP(solver="sgd", nesterovs_momentum=False, alpha=0.0, tol=0.0,
                        n_iter_no_change=31, **shared)
    ours_accuracy = ours.fit(x_train, y_train).score(x_test, y_test)
    theirs_accuracy = theirs.fit(x_train, y_train).score(x_test, y_test)
    assert ours_accuracy > 0.95 and theirs_accuracy > 0.95
    assert abs(ours_accuracy - theirs_accuracy) <= 0.025
    assert ours.loss_curve_[-1] == pytest.approx(theirs.loss_curve_[-1], rel=0.25)


# --- every entry of the registries ----------------------------------------------------------------

ELEMENTWISE = [name for name, entry in ACTIVATIONS.items() if entry.elementwise]


def _blobs():
    rng = np.random.default_rng(5)
    x = rng.normal(size=(90, 3))
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(int) + (x[:, 2] > 0.8)
    return x, y


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_every_element_wise_activation_trains(name):
    x, y = _blobs()
    model = MLPClassifier((6,), activation=name, max_iter=8, tol=None, random_state=0).fit(x, y)
    assert np.isfinite(model.loss_curve_).all() and model.loss_curve_[-1] < model.loss_curve_[0]
    np.testing.assert_allclose(model.predict_proba(x).sum(axis=1), 1.0, rtol=1e-12)
    regressor = MLPRegressor((6,), activation=name, max_iter=8, tol=None, random_state=0).fit(x, x[:, 0] - x[:, 1])
    assert np.isfinite(regressor.loss_curve_).all()


@pytest.mark.parametrize("name", list(LOSSES))
def test_every_loss_trains_where_it_applies_and_is_refused_in_one_line_elsewhere(name):
    x, y = _blobs()
    model = MLPClassifier((6,), loss=name, max_iter=8, tol=None, random_state=0).fit(x, y)
    assert np.isfinite(model.loss_curve_).all() and model.loss_curve_[-1] < model.loss_curve_[0]
    np.testing.assert_allclose(model.predict_proba(x).sum(axis=1), 1.0, rtol=1e-12)
    regressor = MLPRegressor((6,), loss=name, max_iter=8, tol=None, random_state=0)
    if LOSSES[name].targets.real:
        assert np.isfinite(regressor.fit(x, x[:, 0]).loss_curve_).all()
    else:
        with pytest.raises(ValueError, match=rf"^MLPRegressor: parameter loss='{name}' is not valid; expected"):
            regressor.fit(x, x[:, 0])
