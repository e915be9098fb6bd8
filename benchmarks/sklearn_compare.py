"""backprop.sklearn.MLPClassifier against scikit-learn's MLPClassifier, same hyperparameters.

    python -m benchmarks.sklearn_compare                  # 3 rounds, digits and train-24k MNIST
    python -m benchmarks.sklearn_compare --rounds 5 --only digits --json out.json

Both estimators get the same float32 inputs (so both train in float32), the same layers, Glorot-
uniform weights, plain SGD with the same rate, momentum (scikit-learn's without Nesterov), batch
size and number of epochs, and the same L2 penalty (backprop's weight_decay = scikit-learn's alpha /
batch_size), and no early stop (scikit-learn: tol=0 with n_iter_no_change > max_iter; backprop:
tol=None). backprop's own input scaling is off (scale_inputs=False): the inputs are pixels in
[0, 1] for both. The remaining difference is scikit-learn's uniform initial biases (backprop's
start at 0).

The two alternate within each round (backprop, then scikit-learn, with the round number as
random_state), so that a slow spell of this shared machine hits both alike; BLAS is limited to
``--threads`` threads. Reported: the median fit time (wall clock) and the median test accuracy
over the rounds, and every round's numbers in the JSON.

Data: scikit-learn's digits (1,797 8x8 images, split 75/25 stratified, random_state 0) and the
shared folder's train-24k MNIST (the first 24,345 training images; the full 10,000-image test set).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import warnings
from pathlib import Path

import numpy as np

from . import measure

#: data set -> (hidden layers, rate, momentum, batch, epochs, weight decay per step)
SETTINGS = {
    "digits": ((64,), 0.01, 0.9, 32, 30, 0.0),
    "mnist-24k": ((128, 64), 0.1, 0.0, 64, 10, 5e-4),
}


def load(name: str, data_dir) -> tuple[np.ndarray, ...]:
    """x_train, x_test float32 in [0, 1] (samples, pixels); y_train, y_test int64."""
    if name == "digits":
        from sklearn.datasets import load_digits
        from sklearn.model_selection import train_test_split

        x, y = load_digits(return_X_y=True)
        x = (x / 16.0).astype(np.float32)
        return tuple(train_test_split(x, y, test_size=0.25, stratify=y, random_state=0))
    data = measure.load_mnist(data_dir)
    return data["x_train"], data["x_test"], data["y_train"], data["y_test"]


def estimators(name: str, seed: int) -> dict:
    """{"backprop": its MLPClassifier, "sklearn": scikit-learn's}, configured alike."""
    from sklearn.neural_network import MLPClassifier as SklearnMLP

    from backprop.sklearn import MLPClassifier

    hidden, rate, momentum, batch, epochs, decay = SETTINGS[name]
    shared = dict(hidden_layer_sizes=hidden, activation="relu", learning_rate="constant",
                  learning_rate_init=rate, momentum=momentum, batch_size=batch, max_iter=epochs,
                  shuffle=True, random_state=seed)
    return {
        "backprop": MLPClassifier(init="glorot", weight_decay=decay, tol=None, scale_inputs=False,
                                  **shared),
        "sklearn": SklearnMLP(solver="sgd", nesterovs_momentum=False, alpha=decay * batch,
                              tol=0.0, n_iter_no_change=epochs + 1, **shared),
    }


def one_run(model, data) -> dict:
    x_train, x_test, y_train, y_test = data
    started = time.perf_counter()
    with warnings.catch_warnings():  # scikit-learn warns that max_iter was reached: as asked
        warnings.simplefilter("ignore")
        model.fit(x_train, y_train)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "accuracy": float(model.score(x_test, y_test)),
            "final_loss": float(model.loss_curve_[-1])}


def compare(name: str, rounds: int, data_dir) -> dict:
    data = load(name, data_dir)
    runs = {"backprop": [], "sklearn": []}
    for seed in range(rounds):
        for contender, model in estimators(name, seed).items():
            runs[contender].append(one_run(model, data))
    summary = {contender: {key: statistics.median(run[key] for run in results)
                           for key in ("seconds", "accuracy", "final_loss")}
               for contender, results in runs.items()}
    return {"settings": dict(zip(("hidden", "rate", "momentum", "batch", "epochs", "weight_decay"),
                                 SETTINGS[name])),
            "train_samples": len(data[0]), "test_samples": len(data[1]), "runs": runs,
            "median": summary}


def table(results: dict) -> str:
    lines = ["| data | estimator | fit s (median) | test accuracy (median) | final loss | speed-up |",
             "|---|---|---:|---:|---:|---:|"]
    for name, result in results.items():
        median = result["median"]
        for contender in ("backprop", "sklearn"):
            speedup = median["sklearn"]["seconds"] / median[contender]["seconds"]
            lines.append(f"| {name} | {contender} | {median[contender]['seconds']:.2f} |"
                         f" {100 * median[contender]['accuracy']:.2f}% |"
                         f" {median[contender]['final_loss']:.4f} | {speedup:.2f}x |")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--only", choices=tuple(SETTINGS), default=None)
    parser.add_argument("--data-dir", default=measure.DEFAULT_DATA_DIR)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    limiter, _ = measure.limit_threads(args.threads)
    names = (args.only,) if args.only else tuple(SETTINGS)
    results = {name: compare(name, args.rounds, args.data_dir) for name in names}
    del limiter
    print(table(results))
    if args.json is not None:
        args.json.write_text(json.dumps({"rounds": args.rounds, "threads": args.threads,
                                         "results": results}, indent=1))


if __name__ == "__main__":
    main()
