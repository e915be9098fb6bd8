"""MLPClassifier: a probability output layer trained on a classification loss by backprop's engine."""

from __future__ import annotations

import numpy as np
from sklearn.base import ClassifierMixin
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import validate_data

from ..activations import ACTIVATIONS, Activation
from ..losses import Loss, default_loss
from .base import BaseMLP


class MLPClassifier(ClassifierMixin, BaseMLP):
    """A feed-forward classifier trained by backprop's engine (float32 SGD on minibatches).

    The output layer has one unit per class (two for a binary problem), with the activation the
    loss fuses with (for the default loss, its row-wise probability output; for a loss whose
    activation is element-wise, one probability per class against the rest), or for a loss
    without one the default loss's. It is trained on the mean loss. Labels may be any sortable values (ints, strings); ``classes_`` holds
    them sorted.

    Parameters
    ----------
    hidden_layer_sizes : int or sequence of int, default (100,)
        Units of each hidden layer, from the input on; () for none.
    activation : str or dict, default backprop.activations.HIDDEN_DEFAULT
        The hidden layers' activation: any element-wise activation of backprop's registry by its
        name (or another of its names, such as scikit-learn's), or a dict with its
        name and parameters (docs/problem-format.md lists them).
    bias : {"neuron", "shared", "none"}, default "neuron"
        Every layer's bias mode: one bias per unit, one per layer, or none.
    init : None, "he", "glorot" or (low, high), default None
        Weight initialisation: None is the activation's own ("he" for the rectifier family, else
        "glorot"); a pair draws uniformly from [low, high). Biases start at 0.
    loss : str or dict, default None (the registry's default classification loss)
        Any loss of backprop's registry, spelled as ``activation``.
    batch_size : "auto", int, default "auto"
        Samples per step: "auto" is min(200, samples); 0 the full batch.
    learning_rate : {"constant", "step", "cosine"}, default "constant"
        The schedule: "step" multiplies the rate by ``step_gamma`` every ``step_epochs``
        epochs; "cosine" anneals it to 0 over ``max_iter`` epochs.
    learning_rate_init : float, default 0.01
    step_epochs, step_gamma : int, float, default 5, 0.1
    momentum : float in [0, 1), default 0.9
        Classical (heavy-ball) momentum.
    weight_decay : float, default 0.0
        L2 decay of the weights (not the biases): the gradient gains ``weight_decay * W``.
        scikit-learn's ``alpha`` corresponds to ``alpha / batch_size``.
    max_iter : int, default 200
        Epochs (passes over the data) of ``fit``.
    shuffle : bool, default True
        Shuffle the samples every epoch.
    random_state : None, int or RandomState, default None
        Seeds the initial weights, the shuffles and the validation split.
    tol : float or None, default 1e-4
        Stop once an epoch's mean training loss changes by less than ``tol`` (the engine's
        rule); None trains ``max_iter`` epochs.
    early_stopping : bool, default False
        Hold out ``validation_fraction`` of the data (stratified) and stop after
        ``n_iter_no_change`` epochs without a lower validation loss; the weights of the best
        epoch are kept.
    validation_fraction : float, default 0.1
    n_iter_no_change : int, default 10
    warm_start : bool, default False
        ``fit`` goes on from the current weights (same architecture and classes).
    scale_inputs : bool, default True
        Standardize the inputs, (x - mean) / std per feature with the statistics of the first
        data fitted, in training and in every prediction: plain SGD diverges on features in the
        hundreds. The scaling is the one backprop's model files keep (``input_scaling_``).

    Attributes
    ----------
    classes_ : ndarray (classes,)
    n_features_in_ : int
    feature_names_in_ : ndarray (features,) of str, when X had string column names
    network_ : backprop.network.Network, float32: the trained network (``network_.layers[k]``
        has ``weights`` (units, inputs) and ``biases``).
    loss_curve_ : list of float, the mean training loss of every epoch (all fits, with warm
        start and partial_fit).
    validation_scores_ : list of float (validation accuracy per epoch) or None without early
        stopping.
    best_loss_ : float or None
        The lowest training loss, None with early stopping.
    best_validation_score_ : float or None
    n_iter_ : int, epochs trained in all.
    stopped_because_ : str, why the last training run stopped (the engine's words).
    architecture_ : tuple, what a warm start must keep.
    input_scaling_ : backprop.data.InputScaling, what is done to the inputs (kind "standardize"
        with its ``mean`` and ``std``, or "none"), and the range of the first data fitted.
    """

    TASK = "classification"

    def _output_activation(self, loss: Loss) -> Activation:
        return ACTIVATIONS[loss.output_activation or default_loss(self.TASK).output_activation]

    def partial_fit(self, X, y, classes=None):
        """One epoch over X, y from the current weights.

        Parameters
        ----------
        X : array-like (samples, features).
        y : array-like (samples,) labels, each in ``classes``.
        classes : array-like (classes,), required on the first call (the labels of all calls).

        Returns
        -------
        self
        """
        return self._partial_fit(X, y, classes)

    def predict_proba(self, X) -> np.ndarray:
        """Class probabilities (samples, classes), columns in the order of ``classes_``.

        Outputs of an element-wise activation (one against the rest) are scaled to sum to 1.
        """
        outputs = self._forward(X)
        if self.network_.layers[-1].activations[-1].elementwise:
            outputs /= outputs.sum(axis=1, keepdims=True)
        return outputs

    def predict_log_proba(self, X) -> np.ndarray:
        """log of predict_proba (samples, classes); -inf where a probability underflowed to 0."""
        with np.errstate(divide="ignore"):
            return np.log(self.predict_proba(X))

    def predict(self, X) -> np.ndarray:
        """The most probable class of each sample, shape (samples,), labels from ``classes_``."""
        probabilities = self.predict_proba(X)  # first: it raises NotFittedError before fit
        return self.classes_[np.argmax(probabilities, axis=1)]

    # -- the hooks of BaseMLP --------------------------------------------------------------------

    def _training_data(self, X, y, reset: bool, classes=None, incremental: bool = False):
        """X as float32 (samples, features) and y as int64 indices into ``classes_`` (samples,).

        A fresh fit takes the classes from y; the first partial_fit from ``classes``; a warm start
        or a later partial_fit keeps them (``classes``, if given again, must be the same).
        """
        x, y = validate_data(self, X, y, reset=reset, dtype=(np.float64, np.float32))
        check_classification_targets(y)
        name = type(self).__name__
        if classes is not None:
            classes = np.unique(classes)
            if not reset and not np.array_equal(classes, self.classes_):
                raise ValueError(f"{name}: classes={list(classes)} differs from the classes of the"
                                 f" first partial_fit call, {list(self.classes_)}")
            self.classes_ = classes
        elif reset and incremental:
            raise ValueError(f"{name}: the first call to partial_fit needs classes, the list of all"
                             " labels, e.g. partial_fit(X, y, classes=np.arange(10))")
        elif reset:
            self.classes_ = np.unique(y)
        unknown = np.setdiff1d(y, self.classes_)
        if unknown.size:
            raise ValueError(f"{type(self).__name__}: y has labels {list(unknown[:5])} that are not in"
                             f" classes_ {list(self.classes_)}; pass every label in classes= on the"
                             " first partial_fit call, or fit without warm_start")
        indices = np.searchsorted(self.classes_, y).astype(np.int64)
        return np.ascontiguousarray(x, dtype=np.float32), indices

    def _outputs_count(self) -> int:
        return len(self.classes_)

    def _stratify(self, targets: np.ndarray) -> np.ndarray:
        return targets

    def _validation_score(self, network, x, y, record) -> float:
        return record.validation_accuracy

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.classifier_tags.multi_class = True
        tags.classifier_tags.multi_label = False
        return tags
