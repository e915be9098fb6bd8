"""A feed-forward network and backpropagation as a plain loop over its layers.

Notation (as in Nielsen's network.py): for layer l, z^l = a^(l-1) W^l^T + b^l and a^l = f^l(z^l);
delta^l = dL/dz^l. Backpropagation is

    delta^L     = dL/da^L * f^L'(z^L)              (output layer; fused a - t where the loss fuses)
    delta^l     = (delta^(l+1) W^(l+1)) * f^l'(z^l) (hidden layers)
    dL/dW^l     = delta^l^T a^(l-1),  dL/db^l = sum over samples of delta^l

with each sample's delta taken from its own loss, and the weight gradient of the step's loss scaled by
1 (reduction "sum") or 1/samples ("mean"). See layers.py for the index convention.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .layers import Dense
from .losses import Loss
from .trace import LayerFacts, LayerTrace, StepTrace, Trace

REDUCTIONS = ("sum", "mean")


@dataclass
class Network:
    """Layers in order from input to output, and the loss they are trained on."""

    layers: list[Dense]
    loss: Loss

    @property
    def fused_output(self) -> bool:
        """True when the output delta is the loss's fused one (its output activation ends the net)."""
        last = self.layers[-1].activations
        return self.loss.output_activation is not None and bool(last) and \
            last[-1].name == self.loss.output_activation

    def forward(self, x: np.ndarray) -> np.ndarray:
        """x (samples, inputs) -> output a (samples, outputs); every layer caches its values."""
        a = x
        for layer in self.layers:
            a = layer.forward(a)
        return a

    predict = forward

    def sample_losses(self, target: np.ndarray, labels: np.ndarray | None = None) -> np.ndarray:
        """Each sample's loss for the last forward pass, shape (samples,).

        labels : (samples,) class indices when ``target`` holds their one-hot rows (training on
            labels): a fused loss that has the shortcut then reads only the label's term, with the
            same result.
        """
        cache = self.layers[-1].cache
        chain = cache["chain"]
        if labels is not None and self.fused_output and self.loss.labels_shortcut:
            return self.loss.value_at_labels(labels, chain[-2], cache["stats"])
        if self.fused_output:
            return self.loss.value(target, chain[-1], logits=chain[-2], stats=cache.get("stats"))
        return self.loss.value(target, chain[-1])

    def backward(self, target: np.ndarray, reduction: str = "mean", one_hot: bool = False) -> list[tuple]:
        """Backpropagate the last forward pass; each layer stores its gradients in ``grads``.

        target : (samples, outputs); ``one_hot``: every row is known to be one-hot.
        Returns, per layer in order, (dL/da or None where fused, delta), each samples x units.
        """
        record = self.deltas(target, one_hot)
        scale = 1.0 / target.shape[0] if reduction == "mean" else 1.0
        for layer, (_, delta) in zip(self.layers, record):
            layer.parameter_gradients(delta, layer.cache["a_prev"], scale)
        return record

    def deltas(self, target: np.ndarray, one_hot: bool = False) -> list[tuple]:
        """The per-sample half of backpropagation: every layer's delta (and dL/da) for the last
        forward pass, from the output down; the parameters' gradients are ``backward``'s other
        half (Dense.parameter_gradients). Each row depends on its own sample only, so a split
        training step computes its rows in each thread.

        Returns, per layer in order, (dL/da or None where fused, delta), each samples x units.
        """
        out = self.layers[-1]
        if self.fused_output:
            grad_a = None
            start = len(out.activations) - 1
            grad_u = self.loss.fused_delta(target, out.cache["chain"][-1],
                                           out=out.buffer(f"delta{start}", target.shape[0], out.units),
                                           one_hot=one_hot)
            delta = out.delta_from_output_gradient(None, start=start, grad_u=grad_u)
        else:
            grad_a = self.loss.gradient(target, out.cache["chain"][-1])
            delta = out.delta_from_output_gradient(grad_a)
        record = [None] * len(self.layers)
        for index in range(len(self.layers) - 1, -1, -1):
            record[index] = (grad_a, delta)
            if index > 0:
                grad_a = self.layers[index].input_gradient(delta)
                delta = self.layers[index - 1].delta_from_output_gradient(grad_a)
        return record

    def rows(self, start: int, stop: int) -> Network:
        """The network seen by one thread of a split training step (see Dense.rows)."""
        return Network([layer.rows(start, stop) for layer in self.layers], self.loss)

    def update(self, learning_rate: float) -> None:
        for layer in self.layers:
            layer.update(learning_rate)

    def reserve(self, batch_size: int) -> None:
        """Preallocate every layer's per-step arrays for batches of up to ``batch_size`` (training)."""
        for index, layer in enumerate(self.layers):
            layer.reserve(batch_size, input_gradient=index > 0)

    def gradient_step(self, x: np.ndarray, target: np.ndarray, reduction: str = "mean",
                      labels: np.ndarray | None = None) -> float:
        """Forward and backward on one batch without recording; returns the summed sample loss.

        labels : (samples,) class indices when ``target`` is their one-hot rows; the same numbers,
            less work (the loss reads only the label's term, the output delta skips sum(t)).

        The parameters' gradients are left in each layer's ``grads`` for an optimiser to apply.
        This is the same forward/backward code the worked solutions use, here on the dtype of the
        parameters (float32 for training).
        """
        self.forward(x)
        total = float(self.sample_losses(target, labels).sum())
        self.backward(target, reduction, one_hot=labels is not None)
        return total

    def explain_step(self, step: int, samples: list[int], x: np.ndarray, target: np.ndarray,
                     learning_rate: float, reduction: str = "mean") -> StepTrace:
        """One gradient-descent step on the samples ``x``/``target``, with every number recorded."""
        before = [(layer.weights.copy(), None if layer.biases is None else layer.biases.copy())
                  for layer in self.layers]
        self.forward(x)
        sample_losses = self.sample_losses(target)
        loss = sample_losses.mean() if reduction == "mean" else sample_losses.sum()
        record = self.backward(target, reduction)
        # dL/dx for each sample's own loss, as layer 1's backward would give it (before the update)
        grad_x = np.matmul(record[0][1], self.layers[0].weights)
        if record[-1][0] is None:  # a fused output delta: dL/da is not needed, but is shown
            with np.errstate(all="ignore"):
                record[-1] = (self.loss.gradient(target, self.layers[-1].cache["chain"][-1]), record[-1][1])
        self.update(learning_rate)
        layers = []
        for layer, (grad_a, delta), (weights_before, biases_before) in zip(self.layers, record, before):
            layers.append(LayerTrace(
                z=layer.cache["z"], chain=list(layer.cache["chain"][1:]) or [layer.cache["z"]],
                inputs=layer.cache["a_prev"], grad_a=grad_a, delta=delta,
                grad_weights=layer.grads["weights"].copy(),
                grad_biases=None if layer.grads["biases"] is None else layer.grads["biases"].copy(),
                weights_before=weights_before, biases_before=biases_before,
                weights=layer.weights.copy(),
                biases=None if layer.biases is None else layer.biases.copy()))
        return StepTrace(step=step, samples=list(samples), targets=target,
                         sample_losses=sample_losses, loss=float(loss), layers=layers, grad_x=grad_x)

    def explain(self, x: np.ndarray, target: np.ndarray, learning_rate: float,
                batch_size: int | None = None, reduction: str = "mean", steps: int = 1) -> Trace:
        """Run ``steps`` update steps, each on the next ``batch_size`` samples in file order.

        Step k (from 1) takes samples (k-1)*B ... k*B-1, each index modulo the number of samples.
        """
        count = x.shape[0]
        batch = count if batch_size is None else batch_size
        trace_steps = []
        for k in range(1, steps + 1):
            samples = [i % count for i in range((k - 1) * batch, k * batch)]
            trace_steps.append(self.explain_step(k, samples, x[samples], target[samples],
                                                 learning_rate, reduction))
        return Trace(steps=trace_steps, learning_rate=learning_rate, reduction=reduction,
                     batch_size=batch, layers=self.facts(), loss=self.loss, fused=self.fused_output)

    def facts(self) -> list[LayerFacts]:
        """What a renderer needs to know of each layer, whatever the step."""
        return [LayerFacts(layer.units, layer.inputs, tuple(layer.activations), layer.bias_mode,
                           None if layer.mask is None else layer.mask.copy(), frozenset(layer.frozen))
                for layer in self.layers]
