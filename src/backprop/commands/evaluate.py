"""``backprop evaluate MODEL [--dataset ...]``: loss, accuracy, per-class precision and recall and
the confusion matrix of a trained model on a dataset's held-out part (MNIST: the test set)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from ..data import DATASETS, Dataset, load_dataset, load_table
from ..files import make_folder
from ..io import Model, load_model
from ..report.metrics import ClassScores, class_scores, confusion_matrix
from ..report.tables import confusion_table, scores_table
from ..train import evaluate
from .common import CommandError, add_range_flag, add_threads_flag, describe_network, fits, thread_limit
from .outputs import write_plots

SPLITS = ("test", "train")


@dataclass
class Evaluation:
    """A model's results on one dataset. matrix and scores: classification only (else None)."""

    dataset: Dataset
    loss: float
    accuracy: float | None
    outputs: np.ndarray
    matrix: np.ndarray | None = None
    scores: ClassScores | None = None


def add_arguments(parser) -> None:
    parser.description = ("Evaluate a trained model on the held-out part of a dataset (MNIST: its test set;"
                          " a CSV or NPZ file: all of it).")
    parser.add_argument("model", help="model file (or the output folder of backprop train)")
    parser.add_argument("--dataset", help="mnist, mnist-sample, a folder of MNIST IDX files, or a"
                        " .csv/.npz file (default: the bundled dataset the model was trained on; a model"
                        " trained on a file needs it given here)")
    parser.add_argument("--data-dir", help="folder with the four MNIST IDX files (for --dataset mnist)")
    parser.add_argument("--split", choices=SPLITS, default="test",
                        help="MNIST: the test set (default) or the training set")
    parser.add_argument("--plots", action="store_true", help="also write confusion.png (and"
                        " misclassified.png for digits)")
    parser.add_argument("--out", help="folder for the plots (default: the model's folder)")
    add_range_flag(parser)
    add_threads_flag(parser)
    parser.set_defaults(handler=run)


def load_for(model: Model, spec: str | None, data_dir=None, split: str = "test") -> Dataset:
    """The dataset to evaluate ``model`` on, raw (not scaled); a table is read with the model's
    classes, so that its labels map to the same output units as in training. MNIST's images come
    on the scale of the model's training inputs (0 to 255 for a model trained on raw pixels)."""
    if spec is not None and spec not in DATASETS and not Path(spec).is_dir() and data_dir is None:
        return load_table(spec, task=model.task,
                          classes=model.classes if model.task == "classification" else None)
    train_set, held_out = load_dataset(spec, data_dir)
    images = held_out if split == "test" and held_out is not None else train_set
    return replace(images, x=model.scaling.from_unit(images.x))


def evaluation(model: Model, dataset: Dataset, allow_out_of_range: bool = False) -> Evaluation:
    """Score ``model`` on ``dataset`` (its raw inputs; the model scales them itself). Inputs far
    outside the range of the training inputs are refused (InputRangeError) unless allowed."""
    reason = fits(model.network, dataset)
    if reason:
        raise CommandError(f"cannot evaluate: {reason}")
    if not allow_out_of_range:
        model.check_range(dataset.x, dataset.name)
    if model.classes is not None and dataset.classes is not None and model.classes != dataset.classes:
        raise CommandError(f"cannot evaluate: the model's classes ({', '.join(model.classes)}) are not"
                           f" {dataset.name}'s ({', '.join(dataset.classes)})")
    scores = evaluate(model.network, model.prepare(dataset.x), dataset.y)
    result = Evaluation(dataset, scores["loss"], scores["accuracy"], scores["outputs"])
    if dataset.task == "classification":
        result.matrix = confusion_matrix(dataset.y, scores["outputs"].argmax(axis=1), len(dataset.classes))
        result.scores = class_scores(result.matrix)
    return result


def report(model_path, model: Model, result: Evaluation) -> str:
    """The evaluation as text: header lines, the per-class table, the confusion matrix."""
    data = result.dataset
    lines = [f"model    {model_path}: {describe_network(model.network)}",
             f"data     {data.name}: {len(data):,d} samples",
             f"loss     {result.loss:.4f} (mean per sample)"]
    if result.scores is not None:
        right = int(np.trace(result.matrix))
        lines += [f"accuracy {100 * result.accuracy:.2f}% ({right:,d} of {len(data):,d})", "",
                  scores_table(result.scores, data.classes), "",
                  confusion_table(result.matrix, data.classes)]
    return "\n".join(lines)


def stored_dataset(model: Model, model_path) -> str | None:
    """The dataset to evaluate on when none is given: the model's own when it names a bundled
    dataset; a path a model file names is never opened (the user gives it with --dataset)."""
    stored = model.settings.get("dataset")
    if stored is None or (isinstance(stored, str) and stored in DATASETS):
        return stored
    if not isinstance(stored, str):
        raise CommandError(f"{model_path}: settings key 'dataset': {stored!r} is not a dataset",
                           "give the data to evaluate on with --dataset")
    raise CommandError(f"{model_path}: the model was trained on {stored}, a path its file names, and backprop"
                       " opens no path a file chooses", f"give the data to evaluate on: --dataset {stored}")


def run(args, stream=None) -> int:
    stream = stream or sys.stdout
    model = load_model(args.model)
    spec = args.dataset if args.dataset is not None else stored_dataset(model, args.model)
    with thread_limit(args.threads):
        dataset = load_for(model, spec, args.data_dir, args.split)
        result = evaluation(model, dataset, args.allow_out_of_range)
    print(report(args.model, model, result), file=stream)
    if args.plots:
        model_path = Path(args.model)
        folder = Path(args.out) if args.out else (model_path if model_path.is_dir() else model_path.parent)
        make_folder(folder)
        pictures = model.scaling.to_unit(dataset.x)  # misclassified digits are drawn from 0 to 1
        for path in write_plots(folder, [], model.network, dataset.classes, pictures, dataset.y,
                                result.outputs):
            print(f"wrote    {path}", file=stream)
    return 0
