"""Benchmarks of backprop's training speed against its peers.

``python -m benchmarks.mnist`` trains the 784-128-64-10 ReLU network on MNIST with backprop, JAX
jit, PyTorch eager and torch.compile, scikit-learn's MLPClassifier, two NumPy loops and the
matrix-product floor, over batch sizes (1, 32, 128, 512) and thread counts (one, every core), each
run in a process of its own, and prints the tables and the goals (see benchmarks/RESULTS.md).

Modules:

* ``contenders``: backprop, the NumPy loops and the floor, one function each, and the registry of
  every contender; ``peers``: PyTorch, torch.compile, JAX and scikit-learn. All train on the same
  data with the same hyperparameters and (except scikit-learn, which draws its own) the same
  initial weights.
* ``measure``: what the runs share: the network's settings and initial weights, loading MNIST,
  thread limits, resource usage, statistics.
* ``tables``: the sweep table, the table of each (batch, threads) cell, and the goals.
* ``mnist``: the command line; the parent process that alternates the runs, and the child
  process that does one.
* ``sklearn_compare``: backprop.sklearn's estimators against scikit-learn's.
"""
