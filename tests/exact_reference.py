"""An exact referee for the PyTorch cross-check: the same worked solution in 50-digit arithmetic.

Where backprop and torch (both float64) disagree by more than rounding usually allows, the problem
is ill-conditioned at that point (for example an output landing on its target to 9 digits, so that
the next delta is a difference of nearly equal numbers), and neither float64 number is exact. This
module computes the exact one, with mpmath numbers in NumPy object arrays, backpropagating by hand
through the spec's rules (written from the spec, not from backprop's code), so the test can ask the
right question: is backprop at least as close to the truth as torch is?
"""

from __future__ import annotations

import mpmath as mp
import numpy as np

from helpers import Case, batch_indices, spec_name, spec_params

DIGITS = 50

_exp, _log, _tanh, _erf = (np.frompyfunc(function, 1, 1) for function in (mp.exp, mp.log, mp.tanh, mp.erf))


def _exact(value) -> np.ndarray:
    return np.frompyfunc(mp.mpf, 1, 1)(np.asarray(value, dtype=np.float64).astype(object))


def _softmax(u: np.ndarray) -> np.ndarray:
    e = _exp(u - u.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


# name: (f(u, **parameters), dL/du from dL/dv, u and v = f(u), **parameters)
_ACTIVATIONS = {
    "identity": (lambda u: u, lambda g, u, v: g),
    "sigmoid": (lambda u: 1 / (1 + _exp(-u)), lambda g, u, v: g * v * (1 - v)),
    "tanh": (lambda u: _tanh(u), lambda g, u, v: g * (1 - v * v)),
    "relu": (lambda u: np.where(u > 0, u, mp.mpf(0)), lambda g, u, v: np.where(u > 0, g, mp.mpf(0))),
    "softmax": (_softmax, lambda g, u, v: v * (g - (g * v).sum(axis=-1, keepdims=True))),
    "leaky_relu": (lambda u, slope=0.01: np.where(u > 0, u, u * mp.mpf(slope)),
                   lambda g, u, v, slope=0.01: np.where(u > 0, g, g * mp.mpf(slope))),
    "elu": (lambda u, alpha=1.0: np.where(u > 0, u, mp.mpf(alpha) * (_exp(u) - 1)),
            lambda g, u, v, alpha=1.0: np.where(u > 0, g, g * mp.mpf(alpha) * _exp(u))),
    "softplus": (lambda u: _log(1 + _exp(u)), lambda g, u, v: g / (1 + _exp(-u))),
    "silu": (lambda u: u / (1 + _exp(-u)),
             lambda g, u, v: g * (1 + _exp(-u) + u * _exp(-u)) / (1 + _exp(-u)) ** 2),
    "gelu": (lambda u: u * (1 + _erf(u / mp.sqrt(2))) / 2,
             lambda g, u, v: g * ((1 + _erf(u / mp.sqrt(2))) / 2 + u * _exp(-u * u / 2) / mp.sqrt(2 * mp.pi))),
}


# loss: dl/da (per sample) from the output a and the targets t
_OUTPUT_GRADIENTS = {
    "squared_error": lambda a, t: 2 * (a - t),
    "half_squared_error": lambda a, t: a - t,
    "mean_squared_error": lambda a, t: 2 * (a - t) / t.shape[-1],
    "huber": lambda a, t, delta=1.0: np.frompyfunc(lambda r: min(max(r, -mp.mpf(delta)), mp.mpf(delta)), 1, 1)(a - t),
}
# loss fused with its output activation: dl/du from that activation's output v, t and ln(base)
_FUSED = {
    "cross_entropy": lambda v, t, ln_base: (v * t.sum(axis=-1, keepdims=True) - t) / ln_base,
    "binary_cross_entropy": lambda v, t, ln_base: (v - t) / ln_base,
}


def exact_explain(case: Case) -> list[dict]:
    """Per step, per layer: z, a, delta, grad_weights, grad_biases, weights, biases (object arrays)."""
    with mp.workdps(DIGITS):
        return _explain(case)


def _explain(case: Case) -> list[dict]:
    params = []
    for layer in case.layers:
        mask = None if layer.mask is None else _exact(layer.mask)
        bias = layer.bias_value()
        params.append([_exact(layer.weights), None if bias is None else _exact(bias), mask])
    x, targets = _exact(case.x), _exact(case.targets)
    count, batch = x.shape[0], case.batch_size or x.shape[0]
    ln_base = mp.log(mp.mpf(case.log_base)) if case.log_base else mp.mpf(1)
    steps = []
    for k in range(1, (case.steps or 1) + 1):
        samples = batch_indices(k, batch, count)
        a, t = x[samples], targets[samples]
        records = []  # per layer: input a, z, the chain's (u, v) pairs
        for layer, (W, b, mask) in zip(case.layers, params):
            effective = W if mask is None else W * mask
            z = a @ effective.T + (0 if b is None else b)
            chain, u = [], z
            for spec in layer.activations:
                v = _ACTIVATIONS[spec_name(spec)][0](u, **spec_params(spec))
                chain.append((spec, u, v))
                u = v
            records.append((a, z, chain))
            a = u
        # dl/d(output) per sample; cross-entropy's log-softmax is differentiated as one function
        chains = [chain for _, _, chain in records]
        if case.loss in _FUSED:  # dl/d(the output activation's input), the loss and it differentiated as one
            _, _, v = chains[-1][-1]
            g = _FUSED[case.loss](v, t, ln_base, **case.loss_params)
            chains[-1] = chains[-1][:-1]
        else:
            g = _OUTPUT_GRADIENTS[case.loss](a, t, **case.loss_params)
        scale = mp.mpf(1) / len(samples) if case.mean else mp.mpf(1)
        outputs = [record[0] for record in records[1:]] + [a]
        layers = [None] * len(params)
        for index in reversed(range(len(params))):
            W, b, mask = params[index]
            a_prev, z, _ = records[index]
            for spec, u, v in reversed(chains[index]):
                g = _ACTIVATIONS[spec_name(spec)][1](g, u, v, **spec_params(spec))
            delta = g
            grad_w = (delta.T @ a_prev) * scale
            if mask is not None:
                grad_w = grad_w * mask
            grad_b = None
            if b is not None:
                grad_b = delta.sum(axis=0) * scale if np.ndim(b) else delta.sum() * scale
            g = delta @ (W if mask is None else W * mask)
            layers[index] = {"z": z, "a": outputs[index], "delta": delta,
                             "grad_weights": grad_w, "grad_biases": grad_b}
        for index, layer in enumerate(layers):  # SGD, after every gradient is known
            W, b, _ = params[index]
            params[index][0] = W - case.learning_rate * layer["grad_weights"]
            if b is not None:
                params[index][1] = b - case.learning_rate * layer["grad_biases"]
            layer["weights"], layer["biases"] = params[index][0], params[index][1]
        steps.append({"step": k, "layers": layers})
    return steps
