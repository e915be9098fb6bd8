"""MLPRegressor: a linear output layer trained on a regression loss by backprop's engine."""

from __future__ import annotations

import numpy as np
from sklearn.base import RegressorMixin
from sklearn.metrics import r2_score
from sklearn.utils.validation import validate_data

from ..activations import ACTIVATIONS, HIDDEN_DEFAULT, LAYER_DEFAULT, Activation
from ..losses import Loss
from .base import BaseMLP, validation_rows
from .params import REGRESSOR_CHECKS


class MLPRegressor(RegressorMixin, BaseMLP):
    """A feed-forward regressor trained by backprop's engine (float32 SGD on minibatches).

    The output layer has one linear unit (the layer default activation) per target column. The
    loss is any of backprop's registry that takes real targets; by default the half squared error
    (1/2 sum_j (y_j - a_j)^2 per sample, the scale scikit-learn's MLPRegressor uses for one
    output), averaged over the batch.

    Parameters are those of :class:`backprop.sklearn.MLPClassifier`, but for
    loss : str or dict, default None (the registry's default regression loss).
    scale_targets : bool, default True
        Train on standardized targets, (y - target_mean_) / target_scale_ per column, and undo
        that in predict. Plain SGD diverges on targets in the hundreds at any learning rate that
        also trains unit-scale targets in reasonable time; scikit-learn's Adam is scale-free in
        the gradient and does not need this. The loss curve is then in standardized units.
        partial_fit takes the mean and scale from its first call.

    Attributes
    ----------
    n_outputs_ : int, target columns.
    target_mean_, target_scale_ : ndarray (outputs,), the standardization (0 and 1 without
        scale_targets; a column's scale is 1 where its standard deviation is 0).
    validation_scores_ : list of float, the R^2 on the validation set after every epoch (early
        stopping), else None.
    Also n_features_in_, feature_names_in_, network_, loss_curve_, best_loss_,
    best_validation_score_, n_iter_, stopped_because_, architecture_, input_scaling_ as for the
    classifier.
    """

    TASK = "regression"
    EXTRA_CHECKS = REGRESSOR_CHECKS

    def _output_activation(self, loss: Loss) -> Activation:
        return ACTIVATIONS[LAYER_DEFAULT]

    def __init__(self, hidden_layer_sizes=(100,), activation=HIDDEN_DEFAULT, *, bias="neuron", init=None,
                 loss=None, batch_size="auto", learning_rate="constant", learning_rate_init=0.01,
                 step_epochs=5, step_gamma=0.1, momentum=0.9, weight_decay=0.0, max_iter=200,
                 shuffle=True, random_state=None, tol=1e-4, early_stopping=False,
                 validation_fraction=0.1, n_iter_no_change=10, warm_start=False, scale_inputs=True,
                 scale_targets=True):
        super().__init__(
            hidden_layer_sizes, activation, bias=bias, init=init, loss=loss, batch_size=batch_size,
            learning_rate=learning_rate, learning_rate_init=learning_rate_init,
            step_epochs=step_epochs, step_gamma=step_gamma, momentum=momentum,
            weight_decay=weight_decay, max_iter=max_iter, shuffle=shuffle,
            random_state=random_state, tol=tol, early_stopping=early_stopping,
            validation_fraction=validation_fraction, n_iter_no_change=n_iter_no_change,
            warm_start=warm_start, scale_inputs=scale_inputs)
        self.scale_targets = scale_targets

    def partial_fit(self, X, y):
        """One epoch over X, y from the current weights.

        Parameters
        ----------
        X : array-like (samples, features).
        y : array-like (samples,) or (samples, outputs).

        Returns
        -------
        self
        """
        return self._partial_fit(X, y)

    def predict(self, X) -> np.ndarray:
        """Predictions, float64: (samples,) if trained on 1-D y, else (samples, outputs)."""
        outputs = self._forward(X) * self.target_scale_ + self.target_mean_
        return outputs[:, 0] if self.y_1d_ else outputs

    # -- the hooks of BaseMLP --------------------------------------------------------------------

    def _training_data(self, X, y, reset: bool, classes=None, incremental: bool = False):
        """X as float32 (samples, features) and y as float32 (samples, outputs), standardized."""
        x, y = validate_data(self, X, y, reset=reset, multi_output=True, y_numeric=True,
                             dtype=(np.float64, np.float32))
        targets = y.reshape(-1, 1) if y.ndim == 1 else y
        if not reset and targets.shape[1] != self.n_outputs_:
            raise ValueError(f"{type(self).__name__}: y has {targets.shape[1]} columns but the network"
                             f" was fitted on {self.n_outputs_}; fit without warm_start for new"
                             " targets")
        self.n_outputs_, self.y_1d_ = targets.shape[1], y.ndim == 1
        if reset:
            columns = targets.shape[1]
            self.target_mean_, self.target_scale_ = np.zeros(columns), np.ones(columns)
            if self.scale_targets:
                std = targets.std(axis=0)
                self.target_mean_ = targets.mean(axis=0)
                self.target_scale_ = np.where(std > 0, std, 1.0)
        scaled = (targets - self.target_mean_) / self.target_scale_
        return (np.ascontiguousarray(x, dtype=np.float32),
                np.ascontiguousarray(scaled, dtype=np.float32))

    def _outputs_count(self) -> int:
        return self.n_outputs_

    def _stratify(self, targets: np.ndarray) -> None:
        return None

    def _validation_score(self, network, x, y, record) -> float:
        return float(r2_score(y, validation_rows(network, x, y)))

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.target_tags.multi_output = True
        tags.target_tags.single_output = True
        return tags
