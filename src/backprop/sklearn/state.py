"""The fitted network as an estimator keeps it: lean, picklable, and copied to float64 to predict.

joblib and Dask move fitted estimators between processes by pickle. The engine's activations hold
functions from a registry, which pickle cannot name, so a pickled estimator carries its network as
plain data (arrays and activation names) and rebuilds it from the registries on loading.
"""

from __future__ import annotations

import numpy as np

from ..activations import get_activation
from ..layers import Dense
from ..losses import get_loss
from ..network import Network


def network_to_dict(network: Network) -> dict:
    """{"loss", "log_base", "layers": [{"weights" (units, inputs), "biases", "activations",
    "mask"}]}."""
    return {"loss": network.loss.name, "log_base": network.loss.log_base,
            "layers": [{"weights": layer.weights, "biases": layer.biases, "mask": layer.mask,
                        "activations": tuple(activation.name for activation in layer.activations)}
                       for layer in network.layers]}


def network_from_dict(state: dict) -> Network:
    """The network that network_to_dict described (its arrays, not copies)."""
    layers = [Dense(weights=layer["weights"], biases=layer["biases"], mask=layer["mask"],
                    activations=tuple(get_activation(name) for name in layer["activations"]))
              for layer in state["layers"]]
    return Network(layers, get_loss(state["loss"], state["log_base"]))


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
