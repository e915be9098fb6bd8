"""``backprop evaluate MODEL [--dataset ...]``: loss, accuracy, per-class precision and recall and
the confusion matrix of a trained model on a dataset's held-out part (MNIST: the test set)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from ..checkpoint import fingerprint
from ..container import FileGetters
from ..data import DATASETS, Dataset, load_dataset, load_table, test_split
from ..files import make_folder
from ..io import MODEL, Model, load_model
from ..report.metrics import ClassScores, class_scores, confusion_matrix
from ..report.metrics import confusion_table, scores_table
from ..training import evaluate
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
                          " the file the model was trained on: the part its training held out; another file:"
                          " all of it). The report says which.")
    parser.add_argument("model", help="model file (or the output folder of backprop train)")
    parser.add_argument("--dataset", help="mnist, mnist-sample, a folder of MNIST IDX files, or a"
                        " .csv/.npz file (default: the bundled dataset the model was trained on; a model"
                        " trained on a file needs it given here)")
    parser.add_argument("--data-dir", help="folder with the four MNIST IDX files (for --dataset mnist)")
    parser.add_argument("--target", help="the target column of a CSV file (its name, or its number from 1)"
                        " or array of an NPZ (default: the model's, else found by name)")
    parser.add_argument("--split", choices=SPLITS, default="test",
                        help="the test set (default) or the training set: MNIST's own, or the parts of the"
                        " CSV or NPZ file the model was trained on")
    parser.add_argument("--plots", action="store_true", help="also write confusion.png (and"
                        " misclassified.png for digits)")
    parser.add_argument("--out", help="folder for the plots (default: the model's folder)")
    add_range_flag(parser)
    add_threads_flag(parser)
    parser.set_defaults(handler=run)


def load_for(model: Model, spec: str | None, data_dir=None, split: str = "test", target: str | None = None,
             model_path="model") -> tuple[Dataset, str]:
    """The dataset to evaluate ``model`` on, and what part of its data that is (for the report).

    A table is read with the model's classes, so that its labels map to the same output units as
    in training; when it is the very file the model was trained on (its digest is the model's), the
    part held out for testing is scored (``split`` "train": the part trained on), split as training
    split it.
    """
    if spec is not None and spec not in DATASETS and not Path(spec).is_dir() and data_dir is None:
        stored = _stored_split(model, model_path)
        table = load_table(spec, target=target or stored["target"], task=model.task,
                           classes=model.classes if model.task == "classification" else None)
        if stored["sha256"] != fingerprint(table.x, table.y):
            return table, "all of it: not the file the model was trained on"
        if not stored["fraction"]:
            return table, "all of it: the file the model was trained on, which held nothing out (test_fraction 0)"
        trained, held_out = test_split(table, stored["fraction"], stored["seed"])
        if split == "train":
            return trained, f"the part the model was trained on ({len(trained):,} of {len(table):,} samples)"
        return held_out, (f"the part held out for testing when the model was trained ({stored['fraction']:g} of"
                          f" the file, seed {stored['seed']}; it trained on the other {len(trained):,})")
    train_set, held_out = load_dataset(spec, data_dir)
    images, what = ((held_out, "the dataset's own test set") if split == "test" and held_out is not None
                    else (train_set, "the dataset's training set"))
    return replace(images, x=model.scaling.from_unit(images.x)), what


def _stored_split(model: Model, model_path) -> dict:
    """How the model's training split its file (settings test_fraction, seed, target, dataset_sha256),
    each read with the typed getters."""
    check = FileGetters(model_path, MODEL)
    settings = model.settings
    fraction, seed = settings.get("test_fraction"), settings.get("seed", 0)
    sha256, target = settings.get("dataset_sha256"), settings.get("target")
    return {"fraction": 0.0 if fraction is None else check.number(fraction, "settings key 'test_fraction'", low=0,
                                                                   below=1),
            "seed": check.whole(seed, "settings key 'seed'", 0),
            "sha256": None if sha256 is None else check.text(sha256, "settings key 'dataset_sha256'"),
            "target": None if target is None else check.text(target, "settings key 'target'")}


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


def report(model_path, model: Model, result: Evaluation, what: str = "") -> str:
    """The evaluation as text: header lines (``what``: which part of the data was scored), the
    per-class table, the confusion matrix."""
    data = result.dataset
    lines = [f"model    {model_path}: {describe_network(model.network)}",
             f"data     {data.name}: {len(data):,d} samples" + (f", {what}" if what else ""),
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
        dataset, what = load_for(model, spec, args.data_dir, args.split, args.target, args.model)
        result = evaluation(model, dataset, args.allow_out_of_range)
    print(report(args.model, model, result, what), file=stream)
    if args.plots:
        model_path = Path(args.model)
        folder = Path(args.out) if args.out else (model_path if model_path.is_dir() else model_path.parent)
        make_folder(folder)
        pictures = model.scaling.to_unit(dataset.x)  # misclassified digits are drawn from 0 to 1
        for path in write_plots(folder, [], model.network, dataset.classes, pictures, dataset.y,
                                result.outputs):
            print(f"wrote    {path}", file=stream)
    return 0
