"""What MLPClassifier and MLPRegressor share: the parameters, fit, partial_fit and the forward pass.

The estimators are a thin layer over the engine: ``fit`` checks the parameters and the data, builds
a float32 :class:`backprop.network.Network` from layer specs (as a problem file would), and hands
it to :func:`backprop.training.train` with a :class:`backprop.training.TrainConfig`. Nothing about the
math is re-implemented here. Predictions run the trained weights in float64, so that they do not
depend on how a batch is split (scikit-learn checks that to 1e-7).
"""

from __future__ import annotations

import warnings
from typing import ClassVar

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted, validate_data

from ..activations import HIDDEN_DEFAULT
from ..data.scaling import InputScaling
from ..layers import Dense
from ..network import Network
from ..training import TrainConfig, TrainResult, TrainState, evaluate, train
from . import params as hyper

#: Rows per float64 forward pass in predict: bounds the memory of the activations.
PREDICT_CHUNK = 4096
_SEED_LIMIT = np.iinfo(np.int32).max


class BaseMLP(BaseEstimator):
    """Parameters and training shared by the classifier and the regressor.

    Subclasses set ``TASK`` ("classification" or "regression": which losses they accept),
    ``EXTRA_CHECKS`` (params.CHECKS rows of their own parameters) and implement
    ``_output_activation(loss)`` (the output layer's activation for the loss),
    ``_training_data(X, y, reset, classes, incremental)`` -> (X float32 (samples, features), y
    for train()),
    ``_outputs_count()``, ``_validation_score(network, x, y, record)`` and ``_stratify(y)``.
    """

    TASK = ""
    EXTRA_CHECKS: ClassVar[dict] = {}

    def __init__(self, hidden_layer_sizes=(100,), activation=HIDDEN_DEFAULT, *, bias="neuron", init=None,
                 loss=None, batch_size="auto", learning_rate="constant", learning_rate_init=0.01,
                 step_epochs=5, step_gamma=0.1, momentum=0.9, weight_decay=0.0, max_iter=200,
                 shuffle=True, random_state=None, tol=1e-4, early_stopping=False,
                 validation_fraction=0.1, n_iter_no_change=10, warm_start=False, scale_inputs=True):
        self.hidden_layer_sizes = hidden_layer_sizes
        self.activation = activation
        self.bias = bias
        self.init = init
        self.loss = loss
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.learning_rate_init = learning_rate_init
        self.step_epochs = step_epochs
        self.step_gamma = step_gamma
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.max_iter = max_iter
        self.shuffle = shuffle
        self.random_state = random_state
        self.tol = tol
        self.early_stopping = early_stopping
        self.validation_fraction = validation_fraction
        self.n_iter_no_change = n_iter_no_change
        self.warm_start = warm_start
        self.scale_inputs = scale_inputs

    # -- fitting ---------------------------------------------------------------------------------

    def fit(self, X, y):
        """Train for up to ``max_iter`` epochs (from the current weights if ``warm_start``).

        Parameters
        ----------
        X : array-like (samples, features).
        y : array-like (samples,) labels (classifier), (samples,) or (samples, outputs) targets
            (regressor).

        Returns
        -------
        self
        """
        settings = self._settings()
        warm = bool(settings["warm_start"]) and hasattr(self, "network_")
        x, targets = self._training_data(X, y, reset=not warm)
        x = self._scaled(x, reset=not warm)
        self._prepare(settings, x.shape[1], warm)
        validation = None
        early = bool(settings["early_stopping"])
        if early:
            x, x_val, targets, t_val = train_test_split(
                x, targets, test_size=settings["validation_fraction"],
                random_state=self._draw_seed(), stratify=self._stratify(targets))
            validation = (x_val, t_val)
        config = hyper.train_config(settings, x.shape[0], self._draw_seed(), early)
        result = self._train(config, x, targets, validation, keep_velocity=False)
        if result.stopped_because == "epochs" and (settings["tol"] is not None or early):
            warnings.warn(f"{type(self).__name__}: stopped after max_iter={settings['max_iter']}"
                          " epochs without meeting the stopping rule (tol or n_iter_no_change);"
                          " raise max_iter, or set tol=None to train a fixed number of epochs",
                          ConvergenceWarning, stacklevel=2)
        return self

    def _partial_fit(self, X, y, classes=None):
        """One epoch over X, y from the current weights (the first call builds the network)."""
        settings = self._settings()
        first = not hasattr(self, "network_")
        x, targets = self._training_data(X, y, reset=first, classes=classes, incremental=True)
        x = self._scaled(x, reset=first)
        if first:
            self._prepare(settings, x.shape[1], warm=False)
        else:
            self._check_architecture(settings, x.shape[1])
        # one epoch at the rate the schedule gives the epoch number reached so far
        schedule = hyper.train_config(settings, x.shape[0], 0, early_stopping=False)
        config = TrainConfig(**{**schedule.to_dict(), "epochs": 1, "schedule": "constant",
                                "learning_rate": schedule.learning_rate_at(self.n_iter_),
                                "tolerance": None, "seed": self._draw_seed()})
        self._train(config, x, targets, None, keep_velocity=True)
        return self

    def _settings(self) -> dict:
        return hyper.check_params(self, self.TASK, self.EXTRA_CHECKS)

    def _scaled(self, x: np.ndarray, reset: bool) -> np.ndarray:
        """x (samples, features) scaled as the network takes it: standardized by the mean and
        standard deviation of the first data (``reset``) with ``scale_inputs``, else as it is. The
        scaling is the one a model file keeps (backprop.data.scaling), in ``input_scaling_``."""
        if reset:
            self.input_scaling_ = InputScaling.fit(x, "none", standardize=bool(self.scale_inputs))
        return self.input_scaling_.apply(x)

    def _prepare(self, settings: dict, inputs: int, warm: bool) -> None:
        """A fresh network and history, or (warm start) a check that the architecture is the same."""
        if warm:
            self._check_architecture(settings, inputs)
            self._rng = getattr(self, "_rng", None) or np.random.default_rng(self._first_seed())
            return
        self._rng = np.random.default_rng(self._first_seed())
        outputs = self._outputs_count()
        self.network_ = hyper.build_network(settings, inputs, outputs, self._output_activation(settings["loss"]),
                                            self._rng)
        self.architecture_ = hyper.architecture(settings, inputs, outputs)
        self.loss_curve_ = []
        self.validation_scores_ = [] if settings["early_stopping"] else None
        self.best_loss_ = None
        self.best_validation_score_ = None
        self.n_iter_ = 0
        self.stopped_because_ = None

    def _check_architecture(self, settings: dict, inputs: int) -> None:
        wanted = hyper.architecture(settings, inputs, self._outputs_count())
        if wanted != self.architecture_:
            raise ValueError(f"{type(self).__name__}: warm start or partial_fit needs the network of"
                             f" the last fit (inputs, hidden sizes, outputs, activation, bias, loss ="
                             f" {self.architecture_}), but the parameters now give {wanted}; set"
                             " warm_start=False or change the parameters back")

    def _first_seed(self) -> int:
        return int(check_random_state(self.random_state).randint(_SEED_LIMIT))

    def _draw_seed(self) -> int:
        return int(self._rng.integers(_SEED_LIMIT))

    def _train(self, config: TrainConfig, x: np.ndarray, targets: np.ndarray, validation,
               keep_velocity: bool) -> TrainResult:
        """Run the engine and append its history to the fitted attributes.

        keep_velocity : start from the momentum velocities where the last run left them
            (partial_fit, as scikit-learn keeps its optimizer); else from zero (fit, warm or not).
        """
        scores = []
        state = TrainState.start(self.network_, config, x.shape[0])
        if keep_velocity and getattr(self, "_velocity", None) is not None:
            state.velocity = self._velocity

        def on_epoch(record):
            if validation is not None:
                scores.append(self._validation_score(self.network_, *validation, record))

        try:
            result = train(self.network_, x, targets, config, validation=validation,
                           on_epoch=on_epoch, state=state)
        finally:
            release_buffers(self.network_)
        self._velocity = state.velocity
        self.loss_curve_.extend(record.train_loss for record in result.history)
        self.n_iter_ += len(result.history)
        self.stopped_because_ = result.stopped_because
        if validation is not None:
            self.validation_scores_ = (self.validation_scores_ or []) + scores
            self.best_validation_score_ = max(self.validation_scores_)
        elif self.validation_scores_ is None:
            self.best_loss_ = min(self.loss_curve_)
        return result

    # -- predicting ------------------------------------------------------------------------------

    def _forward(self, X) -> np.ndarray:
        """The network's outputs (samples, outputs), float64, for X (samples, features)."""
        check_is_fitted(self)
        x = self.input_scaling_.apply(validate_data(self, X, reset=False, dtype=np.float64), np.float64)
        network = float64_copy(self.network_)
        outputs = np.empty((x.shape[0], network.layers[-1].units))
        for start in range(0, x.shape[0], PREDICT_CHUNK):
            outputs[start:start + PREDICT_CHUNK] = network.forward(x[start:start + PREDICT_CHUNK])
        return outputs


def validation_rows(network, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The network's float32 outputs (samples, outputs) on a validation set, by the engine."""
    return evaluate(network, x, y)["outputs"]


# -- the fitted network as the estimator keeps it: lean (no training buffers, so that joblib and Dask
# pickle only its parameters) and copied to float64 to predict


def float64_copy(network: Network) -> Network:
    """The same network with float64 copies of its parameters (for predictions)."""
    layers = [Dense(weights=layer.weights.astype(np.float64),
                    biases=None if layer.biases is None else layer.biases.astype(np.float64),
                    activations=layer.activations,
                    mask=None if layer.mask is None else layer.mask.astype(np.float64))
              for layer in network.layers]
    return Network(layers, network.loss)


def release_buffers(network: Network) -> None:
    """Drop the training buffers, caches and gradients: a fitted estimator keeps only parameters
    (and pickles, for joblib and Dask, without megabytes of scratch arrays)."""
    for layer in network.layers:
        layer.workspace, layer.cache, layer.grads = None, {}, {}
