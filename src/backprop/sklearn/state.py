"""The fitted network as an estimator keeps it: lean (no training buffers, so that joblib and Dask
pickle only its parameters) and copied to float64 to predict."""

from __future__ import annotations

import numpy as np

from ..layers import Dense
from ..network import Network


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
