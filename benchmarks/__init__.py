"""Benchmarks of backprop's training speed against its peers.

``python -m benchmarks.mnist`` trains the 784-128-64-10 ReLU network on MNIST with backprop,
PyTorch eager, scikit-learn's MLPClassifier, a plain NumPy loop and the matrix-product floor, each
run in a process of its own, and prints one table (see benchmarks/RESULTS.md).

Modules:

* ``contenders``: the five training loops, one function each, all on the same data, the same
  hyperparameters and (except scikit-learn, which draws its own) the same initial weights.
* ``measure``: what the runs share: loading MNIST, thread limits, resource usage, statistics and
  the table.
* ``mnist``: the command line; the parent process that alternates the runs, and the child
  process that does one.
"""
