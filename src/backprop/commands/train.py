"""``backprop train [FILE] [--preset NAME] [--dataset ...] [settings] [--out DIR] [--plots] [--report]``.

The network comes from a problem file or a preset (a problem file in the package); the settings
from its [train] table, overridden by flags. With no arguments: the ``mnist`` preset, whose [train]
table names the MNIST sample shipped in the package, so it runs offline in seconds.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..data import DataError, Dataset, InputScaling, load_dataset, test_split, train_validation_split
from ..errors import UserError
from ..files import make_folder
from ..io import model_from_network, save_model
from ..network import Network
from ..bundled import DEFAULT_PRESET, bundled_path
from ..checkpoint import CHECKPOINT_NAME, fingerprint, read_checkpoint
from ..problem import Problem, ProblemError, load_problem, parse_problem
from ..progress import progress_for
from .. import steps
from ..data.pixels import root_mean_square
from ..training import LARGE_INPUT_RMS, EpochRecord, TrainingDiverged, TrainingInterrupted, evaluate, train
from . import run_folder
from . import settings as settings_module
from .checkpointing import RESUME_FLAGS, Checkpoints, read_record, resume_command, run_record, stop_requests
from .common import (DEFAULT_THREADS, CommandError, ReaderMayLeave, add_threads_flag, describe_network, fits,
                     thread_limit)
from .outputs import MODEL_NAME, history_document, output_folder, write_history, write_plots

# Exit status when training diverged: not a usage error (2), but the run did not succeed either.
DIVERGED = 1


@dataclass
class Run:
    """Everything one training run works on. The datasets' inputs are scaled as ``scaling`` says
    (what the model keeps); ``raw_test`` keeps the test set's raw inputs for the plots."""

    problem: Problem
    settings: settings_module.TrainSettings
    network: Network
    train: Dataset
    validation: Dataset | None
    test: Dataset | None
    raw_test: np.ndarray | None
    scaling: InputScaling
    table_sha256: str | None = None  # a CSV or NPZ file's data (all of it), which evaluate recognises


def add_arguments(parser) -> None:
    parser.description = ("Train the network of a problem file or preset. Settings come from the file's"
                          " [train] table; flags override them.")
    parser.add_argument("file", nargs="?", help="problem file (TOML) with [[layer]], [loss] and"
                        " optionally [train]")
    parser.add_argument("--preset", help=f"a bundled preset instead of FILE (default {DEFAULT_PRESET})")
    parser.add_argument("--data-dir", help="folder with the four MNIST IDX files (for --dataset mnist)")
    settings_module.add_flags(parser)
    parser.add_argument("--out", help="output folder (default: ./runs/<date-time>); one that holds a run's"
                        " results needs --overwrite")
    parser.add_argument("--plots", action="store_true", help="also write PNG plots to the output folder")
    parser.add_argument("--report", action="store_true", help="also write report.html (curves, confusion"
                        " matrix, weights, misclassified digits, settings, history) to the output folder")
    parser.add_argument("--resume", metavar="DIR", help="go on with the stopped run whose --out folder"
                        " is DIR (from its checkpoint.safetensors), with its own settings; a run on a data"
                        " file or folder needs its --dataset (and --data-dir) given again")
    parser.add_argument("--overwrite", action="store_true", help="let --out be a folder that holds a"
                        " run's results; they are replaced (an old report and plots removed) when the"
                        " new run writes its own")
    add_threads_flag(parser, training=True)
    parser.set_defaults(handler=run)


def train_problem_path(file: str | None, preset: str | None) -> Path:
    """FILE, or the preset's file; neither: the default preset."""
    if file is not None and preset is not None:
        raise CommandError(f"give a problem file ({file}) or --preset {preset}, not both")
    if file is not None:
        return Path(file)
    try:
        return bundled_path("presets", preset or DEFAULT_PRESET)
    except UserError as error:
        raise CommandError(str(error), path="--preset") from None


def prepare(problem: Problem, settings: settings_module.TrainSettings, data_dir=None) -> Run:
    """Load and split the data, check it fits the network, scale the inputs, build the network."""
    config = settings.config
    # MNIST as bytes (Pixels): a quarter of the memory of float32, the same numbers in training
    train_set, test_set = load_dataset(settings.dataset, data_dir, target=settings.target, pixels=True)
    table_sha256 = None
    if test_set is None:  # a CSV or NPZ file: its test set is a seeded part of it
        table_sha256 = fingerprint(train_set.x, train_set.y)
        fraction = held_out_fraction(settings)
        if fraction:
            train_set, test_set = _split(settings, "test_fraction", train_set, fraction, test_split)
    elif settings.test_fraction:
        raise CommandError(f"test_fraction {settings.test_fraction:g} applies to CSV and NPZ files only",
                           f"{train_set.name.removesuffix('-train')} has its own test set: leave it out")
    if settings.limit:
        train_set = train_set.subset(slice(0, settings.limit))
    validation_set = None
    if config.validation_fraction > 0:
        train_set, validation_set = _split(settings, "validation_fraction", train_set, config.validation_fraction,
                                           train_validation_split)
    network = problem.build_network(np.float32, rng=np.random.default_rng(config.seed))
    for dataset in (train_set, validation_set, test_set):
        reason = dataset is not None and fits(network, dataset)
        if reason:
            raise ProblemError(problem.path, "[[layer]]", reason, "change the layers' sizes (inputs,"
                               " units of the last layer) or the loss, or choose another dataset")
    raw_test = None if test_set is None else test_set.x
    scaling = InputScaling.fit(train_set.x, settings.input_scale, settings.standardize)
    train_set, validation_set, test_set = map(scaling.apply_to, (train_set, validation_set, test_set))
    return Run(problem, settings, network, train_set, validation_set, test_set, raw_test, scaling,
               table_sha256)


def held_out_fraction(settings: settings_module.TrainSettings) -> float:
    """The part of a CSV or NPZ file held out as its test set."""
    given = settings.test_fraction
    return settings_module.DEFAULT_TEST_FRACTION if given is None else given


def _split(settings, name: str, dataset: Dataset, fraction: float, split) -> tuple[Dataset, Dataset]:
    """``split(dataset, fraction, seed)``, or one line when the data has too few samples for it."""
    if len(dataset) < 2:
        part = "test" if name == "test_fraction" else "validation"
        raise DataError(settings.dataset or dataset.name, "samples", f"{len(dataset)} sample(s) cannot be split into"
                        f" training and {part} samples ({name} {fraction:g})",
                        f"give more samples, or set {name} to 0")
    return split(dataset, fraction, settings.config.seed)


@dataclass
class Outcome:
    """How a run ended: ``status`` (the exit status: 0, DIVERGED, or 128 + a signal's number when
    stopped with a checkpoint) and, when it ran to its end, what it wrote and holds."""

    status: int
    run: Run | None = None
    records: list[EpochRecord] | None = None
    result: object = None  # the TrainResult; None when training diverged
    diverged: TrainingDiverged | None = None
    model: object = None   # the io.Model that was saved
    folder: Path | None = None
    written: list[Path] | None = None


def run(args) -> int:
    if args.resume is not None:
        return resume(args)
    return start(args).status


def start(args, text: str | None = None) -> Outcome:
    """A new run as the flags in ``args`` say; ``text`` a problem file's text instead of FILE or --preset."""
    path = train_problem_path(args.file, args.preset) if text is None else Path("<string>")
    problem = load_problem(path) if text is None else parse_problem(text, path)
    settings = settings_module.read_settings(problem, vars(args))
    threads = training_threads(args.threads)
    with run_folder.hold(output_folder(args.out), overwrite=args.overwrite) as folder, thread_limit(1):
        run = prepare(problem, settings, args.data_dir)
        record = run_record(path, settings, args.data_dir, run.train, threads, text,
                            plots=args.plots, report=args.report)
        return train_and_save(run, folder, plots=args.plots, record=record, report=args.report,
                              threads=threads)


def training_threads(threads: int) -> int:
    """--threads for training: N >= 1 threads, 0 every core."""
    if threads < 0:
        raise CommandError(f"--threads {threads}: give a whole number >= 0 (0: every core)")
    return threads or DEFAULT_THREADS


def resume(args) -> int:
    """``backprop train --resume DIR``: go on with the run whose checkpoint is in DIR."""
    given = [name for name, value in vars(args).items()
             if name not in RESUME_FLAGS and value not in (None, False)]
    if given:
        flag = settings_module.flag(given[0]) if given[0] != "file" else f"FILE {args.file}"
        raise CommandError(f"--resume {args.resume}: {flag} cannot be changed when resuming (the run"
                           " goes on with its own network, data and settings); leave it out")
    finished = Path(args.resume) / MODEL_NAME
    if not (Path(args.resume) / CHECKPOINT_NAME).exists() and finished.exists():
        raise CommandError(f"--resume {args.resume}: the run there has finished ({finished} is written"
                           " and its checkpoint removed); nothing to resume")
    checkpoint = read_checkpoint(args.resume)
    record = read_record(checkpoint)
    given_paths = {"--dataset": args.dataset, "--data-dir": args.data_dir}
    missing = [(flag, path) for flag, path in record.named_paths() if given_paths[flag] is None]
    if missing:
        named = ", ".join(f"{flag} {path}" for flag, path in missing)
        raise CommandError(f"--resume {args.resume}: the run read {named}, a path its checkpoint names, and"
                           " backprop opens no path a file chooses", f"give it again: "
                           f"{resume_command(args.resume, checkpoint.run)}")
    with run_folder.hold(checkpoint.path.parent, resuming=True) as folder:
        return _resume(checkpoint, record, args, folder)


def _resume(checkpoint, record, args, folder: Path) -> int:
    settings_given = dict(record.settings, **({"dataset": args.dataset} if args.dataset is not None else {}))
    # A run recorded before the input_scale setting existed kept its inputs as they were.
    settings_given.setdefault("input_scale", "none")
    data_dir = args.data_dir if args.data_dir is not None else record.data_dir
    problem = parse_problem(record.problem_text, record.problem_path)
    settings = settings_module.read_settings(problem, settings_given)
    raw = dict(record.raw, settings=settings.to_dict(), data_dir=None if data_dir is None else str(data_dir))
    with thread_limit(1):
        run = prepare(problem, settings, data_dir)
        if fingerprint(run.train.x, run.train.y) != record.data.get("sha256"):
            raise CommandError(f"{checkpoint.path}: run data: the training data ({run.train.name}) is not"
                               " the data the run started with; restore that data, or start a new run")
        state = checkpoint.restore(run.network, len(run.train))
        where = ("finished; writing its results again" if checkpoint.finished else
                 f"at epoch {state.epoch}, step {state.steps}")
        stream = ReaderMayLeave(sys.stdout)
        print(f"resume   {checkpoint.path} ({where})", file=stream)
        return train_and_save(run, folder, stream=stream, state=state, record=raw,
                              threads=training_threads(record.threads), **record.outputs).status


def train_and_save(run: Run, folder: Path, plots: bool = False, stream=None, state=None,
                   record: dict | None = None, report: bool = False, threads: int = 1) -> Outcome:
    """Train ``run``, then write model, history (and plots) to ``folder``; returns how it ended.

    state : a checkpoint's TrainState to go on from (None: start). record : what --resume needs
    (checkpointing.run_record); with it, ``folder`` keeps a checkpoint and SIGINT/SIGTERM stop
    training after a whole step with a checkpoint (exit status 128 + the signal's number).
    stream : where progress goes (default stdout); if its reader leaves (a closed pipe), progress is
    dropped and the run goes on. threads : how many threads each step is split across.
    """
    stream = stream if isinstance(stream, ReaderMayLeave) else ReaderMayLeave(stream or sys.stdout)
    config = run.settings.config
    print(f"network  {describe_network(run.network)}  [{run.problem.path}]", file=stream)
    held_out = "" if run.test is None else f", tested on {run.test.name} ({len(run.test):,d})"
    validation = "" if run.validation is None else f", validation {len(run.validation):,d}"
    print(f"data     {run.train.name}: {len(run.train):,d} samples{validation}{held_out}", file=stream)
    print(f"inputs   {inputs_line(run)}", file=stream)
    batch = "full batch" if config.batch_size == 0 else f"batch {config.batch_size}"
    print(f"training {config.epochs} epochs, {batch}, learning rate {config.learning_rate:g}"
          f" ({config.schedule}), momentum {config.momentum:g}, weight decay {config.weight_decay:g},"
          f" seed {config.seed}", file=stream)
    notice = steps.compile_notice()
    if notice is not None:
        print(f"kernels  {notice}", file=stream)

    records: list[EpochRecord] = [] if state is None else list(state.history)
    checkpoints = None if record is None else Checkpoints(folder, run.network, record)

    def keep(record: EpochRecord) -> None:
        records.append(record)
        reporter.on_epoch(record)

    test = None if run.test is None else (run.test.x, run.test.y)
    validation_pair = None if run.validation is None else (run.validation.x, run.validation.y)
    started = time.perf_counter()
    diverged = None
    # A diverging run overflows on its way to the NaN that train() detects and reports in one
    # clear line; numpy's overflow warnings before it would only add noise.
    with progress_for(config.epochs, len(run.train), stream) as reporter, \
            np.errstate(over="ignore", invalid="ignore"), stop_requests() as stop:
        try:
            result = train(run.network, run.train.x, run.train.y, config, test=test,
                           validation=validation_pair, on_batch=reporter.on_batch, on_epoch=keep,
                           state=state, on_checkpoint=checkpoints and checkpoints.save,
                           interrupted=checkpoints and stop.requested, threads=threads)
        except TrainingDiverged as error:
            diverged, result = error, None
        except TrainingInterrupted as interruption:
            return Outcome(checkpoints.interrupted(interruption.state, stop, sys.stderr))
    seconds = time.perf_counter() - started

    settings = run.settings.to_dict()
    if run.table_sha256 is not None:  # what evaluate needs to score the same held-out samples
        settings.update(test_fraction=held_out_fraction(run.settings), dataset_sha256=run.table_sha256)
    model = model_from_network(run.network, task=run.train.task, classes=run.train.classes,
                               scaling=run.scaling, settings=settings)
    make_folder(folder)
    model_path = save_model(model, folder / MODEL_NAME)
    stopped = f"diverged: {diverged}" if diverged else None
    history = history_document(records, result, stopped)
    history_path = write_history(folder, history)
    written = [model_path, history_path]
    if plots:
        written += plot_run(run, folder, history["epochs"])
    if report:
        written.append(report_run(run, folder, history))
    run_folder.remove_stale(folder, written)  # an earlier run's report or plots (--overwrite)
    if checkpoints is not None:
        checkpoints.remove()  # the run is over: its results are written, nothing is left to resume

    print(summary(records, result, seconds), file=stream)
    for path in written:
        print(f"wrote    {path}", file=stream)
    if diverged is not None:
        print(f"error: {diverged}", file=sys.stderr)
    return Outcome(DIVERGED if diverged is not None else 0, run, records, result, diverged, model, folder, written)


def inputs_line(run: Run) -> str:
    """How the run scales its inputs, in words, with the flag that would change it."""
    scaling, settings = run.scaling, run.settings
    span = f"{scaling.range_text()} in training"
    if scaling.kind == "standardize":
        return f"{span}; {scaling.describe()} (--standardize)"
    if scaling.kind == "pixels":
        how = ("recognised as 8-bit pixels: divided by 255 (--input-scale none keeps them as they are)"
               if settings.input_scale == "auto" else "divided by 255 (--input-scale pixels)")
        return f"{span}; {how}"
    rms = root_mean_square(run.train.x)
    advice = (f" (on a large scale, root mean square {rms:.3g}: --standardize would scale them)"
              if rms > LARGE_INPUT_RMS else "")
    return f"{span}; as they are{advice}"


def evaluated_set(run: Run) -> tuple:
    """(dataset, its inputs as grey levels in [0, 1] for pictures, outputs) of the test set (else
    the training set), from the final weights: what plots and the report show."""
    data, raw = (run.test, run.raw_test) if run.test is not None else (run.train, None)
    if raw is None:
        raw = run.scaling.raw(data.x)
    return data, run.scaling.to_unit(raw), evaluate(run.network, data.x, data.y)["outputs"]


def plot_run(run: Run, folder: Path, history: list[dict]):
    """Plots on the test set (else the training set), from the final weights."""
    data, raw, outputs = evaluated_set(run)
    return write_plots(folder, history, run.network, data.classes, raw, data.y, outputs)


def report_run(run: Run, folder: Path, history: dict) -> Path:
    """report.html on the test set (else the training set), from the final weights."""
    from ..report.html import Evaluated, write_report  # matplotlib: only when a report is asked for

    data, raw, outputs = evaluated_set(run)
    evaluated = (Evaluated(data.name, data.classes, raw, data.y, outputs, held_out=run.test is not None)
                 if data.y.ndim == 1 else None)
    return write_report(folder, Path(run.problem.path).name, describe_network(run.network),
                        settings_module.applicable(run.settings.to_dict()), history,
                        run.network.layers[0].weights, evaluated, inputs_line(run))


def summary(records: list[EpochRecord], result, seconds: float) -> str:
    """The closing line: how it stopped, the final losses and accuracies, the time taken."""
    if not records:
        return f"summary  no epoch completed ({seconds:.1f} s)"
    last = records[-1]
    kept = ""
    if result is not None and result.best_epoch is not None and result.best_epoch != last.epoch:
        kept = f"; kept the weights of epoch {result.best_epoch} (best validation loss)"
        last = records[result.best_epoch - 1]  # the numbers of the weights that were kept
    why = result.stopped_because if result is not None else "diverged"
    why = "reached the epoch cap" if why == "epochs" else why  # history.json keeps the short key
    parts = [f"summary  {len(records)} epochs ({why}{kept}) in {seconds:.1f} s;"
             f" training loss {last.train_loss:.4f}"]
    if last.train_accuracy is not None:
        parts.append(f"accuracy {100 * last.train_accuracy:.2f}%")
    for part in ("validation", "test"):
        loss, accuracy = getattr(last, f"{part}_loss"), getattr(last, f"{part}_accuracy")
        if loss is not None:
            parts.append(f"| {part} loss {loss:.4f}")
            if accuracy is not None:
                parts.append(f"accuracy {100 * accuracy:.2f}%")
    return " ".join(parts)
