"""The peers backprop is timed against: PyTorch eager, torch.compile, JAX jit and scikit-learn.

Each trains the network of ``contenders`` (784-128-64-10, ReLU, ReLU, softmax cross-entropy as the
mean over the batch, plain SGD at learning rate 0.1, float32) from the same He-normal weights
(scikit-learn draws its own), on batches of ``batch`` samples drawn from a fresh shuffle each epoch,
and returns what ``contenders.Clock.result`` returns. Every library is imported inside its function:
a child process loads only the one it runs.

Threads: the parent starts every child with OPENBLAS/OMP/MKL_NUM_THREADS set; PyTorch also gets
``set_num_threads``; JAX (XLA's CPU client) is limited through ``XLA_FLAGS`` in the child's
environment (``measure.thread_environment``), which XLA reads once, when it starts. JAX's own
dispatch thread cannot be turned off: at batch 1 JAX uses more CPU time than wall time, so the
ratios are taken on wall time; ``--pin`` confines that thread and XLA's to the child's CPUs too.
"""

from __future__ import annotations

import numpy as np

from .measure import Clock, accuracy, he_parameters, learning_rate

#: torch.compile's backend; the smoke test swaps in "aot_eager" (the same tracing and autograd
#: graphs, no C++ compilation, which takes a minute on this machine the first time).
TORCH_COMPILE_BACKEND = "inductor"


def _torch_model(seed: int, threads: int):
    import torch
    from torch import nn

    torch.set_num_threads(threads)
    if torch.get_num_interop_threads() != threads:  # may be set once a process
        torch.set_num_interop_threads(threads)
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 64), nn.ReLU(),
                          nn.Linear(64, 10))
    with torch.no_grad():
        linears = [module for module in model if isinstance(module, nn.Linear)]
        for linear, (weights, biases) in zip(linears, he_parameters(seed)):
            linear.weight.copy_(torch.from_numpy(weights))
            linear.bias.copy_(torch.from_numpy(biases))
    return model


def _torch_training(data: dict, epochs: int, seed: int, threads: int, batch: int,
                    compiled: bool) -> dict:
    import torch
    from torch import nn

    model = _torch_model(seed, threads)
    loss_function = nn.CrossEntropyLoss()
    optimiser = torch.optim.SGD(model.parameters(), lr=learning_rate(batch))
    x = torch.from_numpy(data["x_train"])
    y = torch.from_numpy(data["y_train"].astype(np.int64))

    def batch_loss(x, y, index):
        return loss_function(model(x[index]), y[index])

    if compiled:
        # The gather is inside the compiled region, as JAX's is; static shapes (the last, shorter
        # batch of an epoch gets its own graph, compiled during the warm-up epoch).
        batch_loss = torch.compile(batch_loss, backend=TORCH_COMPILE_BACKEND, dynamic=False)
    count = x.shape[0]
    generator = torch.Generator().manual_seed(seed)
    clock = Clock()
    clock.tick()
    for _ in range(epochs):
        order = torch.randperm(count, generator=generator)
        for start in range(0, count, batch):
            optimiser.zero_grad()
            loss = batch_loss(x, y, order[start:start + batch])
            loss.backward()
            optimiser.step()
        clock.tick()
    with torch.no_grad():
        scores = model(torch.from_numpy(data["x_test"])).numpy()
    return clock.result(accuracy(scores, data["y_test"]))


def run_torch(data: dict, epochs: int, seed: int, threads: int, batch: int) -> dict:
    """PyTorch eager, as its tutorials write it: nn.Sequential, CrossEntropyLoss, optim.SGD."""
    return _torch_training(data, epochs, seed, threads, batch, compiled=False)


def run_torch_compile(data: dict, epochs: int, seed: int, threads: int, batch: int) -> dict:
    """The same with the forward pass and the loss (gather included) under torch.compile
    (inductor: C++ kernels; its backward graph is compiled too, the optimiser step stays eager).
    The first epoch carries the compilation."""
    return _torch_training(data, epochs, seed, threads, batch, compiled=True)


def run_jax(data: dict, epochs: int, seed: int, threads: int, batch: int) -> dict:
    """JAX with the whole step under jit: gather the batch from the device-resident set, forward,
    value_and_grad, SGD update, new parameters out (donated, so XLA updates them in place).

    The shuffle is NumPy's (its order goes in as int32 indices); the last, shorter batch of an
    epoch has its own compiled step (compiled during the warm-up epoch).
    """
    import jax
    import jax.numpy as jnp

    params = [(jnp.asarray(weights), jnp.asarray(biases)) for weights, biases in he_parameters(seed)]
    x = jnp.asarray(data["x_train"])
    y = jnp.asarray(data["y_train"].astype(np.int32))

    def loss_of(params, xb, yb):
        a = xb
        for k, (weights, biases) in enumerate(params):
            z = a @ weights.T + biases
            a = jax.nn.relu(z) if k < len(params) - 1 else z
        log_p = jax.nn.log_softmax(a)
        return -jnp.mean(jnp.take_along_axis(log_p, yb[:, None], axis=1))

    rate = learning_rate(batch)

    def step(params, x, y, index):
        xb, yb = jnp.take(x, index, axis=0), jnp.take(y, index, axis=0)
        loss, grads = jax.value_and_grad(loss_of)(params, xb, yb)
        return jax.tree_util.tree_map(lambda p, g: p - rate * g, params, grads), loss

    step = jax.jit(step, donate_argnums=0)
    count = x.shape[0]
    rng = np.random.default_rng(seed)
    clock = Clock()
    clock.tick()
    for _ in range(epochs):
        order = rng.permutation(count).astype(np.int32)
        for start in range(0, count, batch):
            params, _ = step(params, x, y, order[start:start + batch])
        jax.block_until_ready(params)
        clock.tick()
    a = jnp.asarray(data["x_test"])
    for k, (weights, biases) in enumerate(params):
        a = a @ weights.T + biases
        a = jax.nn.relu(a) if k < len(params) - 1 else a
    return clock.result(accuracy(np.asarray(a), data["y_test"]))


def run_sklearn(data: dict, epochs: int, seed: int, threads: int, batch: int) -> dict:
    """scikit-learn's MLPClassifier with solver "sgd", one partial_fit (one epoch) at a time."""
    from sklearn.neural_network import MLPClassifier

    model = MLPClassifier(hidden_layer_sizes=(128, 64), activation="relu", solver="sgd",
                          learning_rate="constant", learning_rate_init=learning_rate(batch), momentum=0.0,
                          nesterovs_momentum=False, batch_size=batch, alpha=0.0, max_iter=1,
                          shuffle=True, random_state=seed)
    classes = np.arange(10)
    clock = Clock()
    clock.tick()
    for _ in range(epochs):
        model.partial_fit(data["x_train"], data["y_train"], classes=classes)
        clock.tick()
    return clock.result(float(model.score(data["x_test"], data["y_test"])))
