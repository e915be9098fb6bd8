"""Resource bombs: every reader of user files gets hostile inputs (issue 15's, and more of each kind),
built small on disk (tests/bombs.py), and each goes through the real command line in its own process
under a memory cap (RLIMIT_AS, 1 GiB) and a time cap (60 s). Each must end in a clean refusal: exit status 2,
one line on stderr naming what is wrong, nothing on stdout, no traceback, no hang. The peak memory
of every refusal (its resident high-water mark) is measured and shown in pytest's summary with the count of bombs.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

import bombs
from bombs import GIB, MIB
from backprop import parse_problem
from backprop.checkpoint import CHECKPOINT_NAME, save_checkpoint
from backprop.container import METADATA_KEY
from backprop.data import Dataset
from backprop.data.idx import write_idx
from backprop.io import describe, model_from_network, save_model
from backprop.limits import LIMITS
from backprop.training import TrainConfig, TrainState

MEMORY_CAP = 1 << 30     # RLIMIT_AS of every run: address space, so it bounds what numpy may allocate
SECONDS = 60             # wall time of one run (a refusal takes well under a second of work)
POSIX = hasattr(os, "mkfifo") and os.path.exists("/dev/zero")
pytestmark = pytest.mark.skipif(not POSIX, reason="named pipes, /dev/zero and RLIMIT_AS are POSIX")

SOURCE = Path(__file__).resolve().parents[1] / "src"
#: Run the command line in a process whose memory is capped before anything is imported; at exit it
#: writes its peak resident memory (VmHWM, kB) to the file named first. (The rusage of a child is no
#: measure: Linux keeps in it the resident size of the forked test process before exec.)
CHILD = """
import atexit, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))

def report_peak():
    with open("/proc/self/status") as status, open(sys.argv[1], "w") as peak:
        peak.write(status.read().split("VmHWM:")[1].split()[0])

atexit.register(report_peak)
from backprop.cli import main
sys.exit(main(sys.argv[2:]))
"""

PROBLEM_784 = """
[[layer]]
inputs = 784
units = 10
activation = "softmax"
[loss]
name = "cross_entropy"
"""
SMALL = """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
[[layer]]
units = 1
activation = "sigmoid"
[loss]
name = "squared_error"
[data]
x = [[0.1, 0.2]]
y = [[1.0]]
[update]
learning_rate = 0.1
"""


@dataclass
class Outcome:
    status: int
    stdout: str
    stderr: str
    peak_mb: float
    seconds: float


MEASURED: dict[str, Outcome] = {}


def layers(count: int, units: int, inputs: int) -> str:
    rows = "[" + ", ".join(["0.1"] * inputs) + "]"
    targets = "[" + ", ".join(["0.5"] * units) + "]"
    return (f'[[layer]]\ninputs = {inputs}\nunits = {units}\nactivation = "tanh"\n'
            + f'[[layer]]\nunits = {units}\nactivation = "tanh"\n' * (count - 1)
            + f'[loss]\nname = "squared_error"\n[data]\nx = [{rows}]\ny = [{targets}]\n[update]\nlearning_rate = 0.1\n')


def mnist_folder(folder: Path, **replace: Path) -> Path:
    """Four valid small MNIST files; ``replace`` puts a bomb in place of one (by part)."""
    folder.mkdir()
    images, labels = np.zeros((3, 28, 28), np.uint8), np.array([1, 2, 3], np.uint8)
    for part, name, array in (("train_images", "train-images-idx3-ubyte.gz", images),
                              ("train_labels", "train-labels-idx1-ubyte.gz", labels),
                              ("test_images", "t10k-images-idx3-ubyte.gz", images),
                              ("test_labels", "t10k-labels-idx1-ubyte.gz", labels)):
        if part in replace:
            replace[part](folder / name)
        else:
            write_idx(folder / name, array)
    return folder


def model_file(path: Path, dataset: str = "mnist-sample") -> Path:
    network = parse_problem(PROBLEM_784).build_network(np.float32)
    return save_model(model_from_network(network, classes=[str(k) for k in range(10)],
                                         settings={"dataset": dataset}), path)


def model_header(folder: Path, name: str, **tensor) -> dict:
    """A model's safetensors header with its description, the weights' entry replaced by ``tensor``."""
    network = parse_problem(PROBLEM_784).build_network(np.float32)
    document = describe(model_from_network(network, classes=[str(k) for k in range(10)]))
    import json

    return {"__metadata__": {METADATA_KEY: json.dumps(document)},
            "layers.0.weights": {"dtype": "F32", "shape": [10, 784], "data_offsets": [0, 31360], **tensor},
            "layers.0.biases": {"dtype": "F32", "shape": [10], "data_offsets": [31360, 31400]}}


def resumable_run(folder: Path, data_dir: Path) -> Path:
    """A stopped run's folder whose checkpoint records ``data_dir`` (the MNIST files it trained on)."""
    from backprop.commands.checkpointing import run_record
    from backprop.commands.settings import read_settings

    folder.mkdir()
    run = folder / "run"
    problem_path = folder / "net.toml"
    problem_path.write_text(PROBLEM_784)
    problem = parse_problem(PROBLEM_784, problem_path)
    settings = read_settings(problem, {"dataset": "mnist", "epochs": 2})
    train_set = Dataset(np.zeros((3, 784), np.float32), np.array([1, 2, 3]), "classification",
                        [str(k) for k in range(10)], "mnist-train")
    network = problem.build_network(np.float32)
    record = run_record(problem_path, settings, data_dir, train_set, 1, plots=False, report=False)
    save_checkpoint(run / CHECKPOINT_NAME, network, TrainState.start(network, TrainConfig(), 3), record)
    return run


def prepare(f: Path) -> dict:
    """The files several bombs share, built in ``f``; by name."""
    (f / "net784.toml").write_text(PROBLEM_784)
    (f / "small.toml").write_text(SMALL)
    (f / "rows.csv").write_text("a,b\n1,2\n")
    (f / "pipe-run").mkdir()
    header = bytes.fromhex("00000803") + (28).to_bytes(4, "big") * 2
    trailing = mnist_folder(f / "mnist-trailing", train_images=lambda p: bombs.gzip_bomb(
        p, header[:4] + (3).to_bytes(4, "big") + header[4:], 5 * GIB))  # 3 images, then 5 GiB of zeros
    runs = itertools.count(1)  # every training bomb its own --out folder: a run holds its folder
    return {"model": model_file(f / "model.safetensors"),
            "train": lambda: ["train", f / "net784.toml", "--epochs", "1", "--out", f / f"out-{next(runs)}"],
            "trailing": trailing, "resumable": resumable_run(f / "resumable", trailing)}


def _wide_csv(path: Path) -> Path:
    path.write_text(",".join(f"c{k}" for k in range(1_000_000)) + ",label\n" + "0," * 1_000_000 + "1\n")
    return path


def _text(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def _weights(**entry):
    return lambda f: model_header(f, "x", **entry)


#: (name, words of the refusal, argv from (folder, shared files)).
CASES = [
    # problem files
    ("problem: TOML nested 1,000 deep", ("brackets nested more than 50 deep",),
     lambda f, s: ["explain", _text(f / "deep.toml", "x = " + "[" * 1000 + "]" * 1000 + "\n")]),
    ("problem: dotted key of 200,000 parts", ("dotted key of more than",),
     lambda f, s: ["explain", _text(f / "dotted.toml", "[" + ".".join(["a"] * 200_000) + "]\n")]),
    ("problem: 9 MiB sparse file", ("problem_file_bytes",),
     lambda f, s: ["explain", bombs.sparse(f / "sparse.toml", 9 * MIB)]),
    ("problem: named pipe", ("named pipe (FIFO)",), lambda f, s: ["explain", bombs.fifo(f / "pipe.toml")]),
    ("problem: link to /dev/zero", ("character device",),
     lambda f, s: ["explain", bombs.link(f / "zero.toml", "/dev/zero")]),
    # explain's work
    ("explain: 10^5 steps in text", ("explain_output_bytes",),
     lambda f, s: ["explain", f / "small.toml", "--steps", "100000"]),
    ("explain: 10^6 steps in text", ("explain_output_bytes",),
     lambda f, s: ["explain", f / "small.toml", "--steps", "1000000"]),
    ("explain: 10^5 steps in HTML", ("explain_output_bytes",),
     lambda f, s: ["explain", f / "small.toml", "--steps", "100000", "--format", "html"]),
    ("explain: 1,000 steps of a 1000 x 1000 layer", ("explain_numbers",),
     lambda f, s: ["explain", _text(f / "wide1000.toml", layers(1, 1000, 1000)), "--steps", "1000"]),
    ("explain: 7,000 units wide", ("explain_numbers",),
     lambda f, s: ["explain", _text(f / "wide7000.toml", layers(1, 7000, 7000))]),
    ("explain: 1,000 layers deep in HTML", ("explain_output_bytes",),
     lambda f, s: ["explain", _text(f / "deep1000.toml", layers(1000, 1, 1)), "--format", "html"]),
    # CSV
    ("CSV: /dev/zero", ("character device",),
     lambda f, s: s["train"]() + ["--dataset", bombs.link(f / "zero.csv", "/dev/zero")]),
    ("CSV: /dev/urandom", ("character device",),
     lambda f, s: s["train"]() + ["--dataset", bombs.link(f / "random.csv", "/dev/urandom")]),
    ("CSV: named pipe", ("named pipe (FIFO)",), lambda f, s: s["train"]() + ["--dataset", bombs.fifo(f / "pipe.csv")]),
    ("CSV: 10^6 columns", ("csv_columns",), lambda f, s: s["train"]() + ["--dataset", _wide_csv(f / "wide.csv")]),
    ("CSV: a 1 GiB line without end (sparse)", ("csv_line_characters",),
     lambda f, s: s["train"]() + ["--dataset", bombs.sparse(f / "line.csv", GIB, b"a,")]),
    ("CSV: more rows than allowed", ("samples, data_values",),
     lambda f, s: s["train"]() + ["--dataset", _text(f / "many.csv", "a,label\n" + "1,0\n" * (LIMITS["samples"] + 1))]),
    ("CSV: a label of 10^30", ("too large for a class label",),
     lambda f, s: s["train"]() + ["--dataset", _text(f / "label.csv", "a,label\n1,0\n2," + "1" + "0" * 30 + "\n")]),
    ("CSV through predict: /dev/zero", ("character device",),
     lambda f, s: ["predict", s["model"], bombs.link(f / "zero2.csv", "/dev/zero")]),
    # NPZ
    ("NPZ: header claims 2^45 values", ("data_bytes",),
     lambda f, s: s["train"]() + ["--dataset", bombs.npz_bomb(f / "claims.npz", (2**45,), "<f4", 0)]),
    ("NPZ: 2^45 samples of no features", ("data_bytes",),
     lambda f, s: s["train"]() + ["--dataset", bombs.npz_bomb(f / "empty-rows.npz", (2**45, 0), "<f4", 0)]),
    ("NPZ: zip bomb (3.9 GiB of zeros in 4 MB)", ("declares 9,408 bytes of data",),
     lambda f, s: s["train"]() + ["--dataset", bombs.npz_bomb(f / "zipbomb.npz", (3, 784), "<f4", 4 * GIB - 4 * MIB)]),
    ("NPZ: zip bomb through predict", ("declares 9,408 bytes of data",),
     lambda f, s: ["predict", s["model"], bombs.npz_bomb(f / "zipbomb2.npz", (3, 784), "<f4", 4 * GIB - 4 * MIB)]),
    ("NPZ: 60,000 entries claimed", ("npz_arrays",),
     lambda f, s: s["train"]() + ["--dataset", bombs.npz_entries(f / "entries.npz", 60_000)]),
    ("NPZ: named pipe", ("named pipe (FIFO)",), lambda f, s: s["train"]() + ["--dataset", bombs.fifo(f / "pipe.npz")]),
    # IDX (MNIST)
    ("IDX: gzip bomb after a 3-image header (5 GiB)", ("more bytes follow",),
     lambda f, s: s["train"]() + ["--dataset", "mnist", "--data-dir", s["trailing"]]),
    ("IDX: header claims 7 million images", ("data_bytes",),
     lambda f, s: s["train"]() + ["--dataset", "mnist", "--data-dir", mnist_folder(f / "mnist-claims", train_images=(
         lambda p: bombs.gzip_bomb(p, bytes.fromhex("00000803") + (7_000_000).to_bytes(4, "big")
                                   + (28).to_bytes(4, "big") * 2, 64 * MIB)))]),
    ("IDX: labels file is a named pipe", ("named pipe (FIFO)",),
     lambda f, s: s["train"]() + ["--dataset", "mnist", "--data-dir", mnist_folder(f / "mnist-fifo",
                                                                                 train_labels=bombs.fifo)]),
    ("IDX: images file links to /dev/zero", ("character device",),
     lambda f, s: s["train"]() + ["--dataset", "mnist", "--data-dir", mnist_folder(
         f / "mnist-zero", train_images=lambda p: bombs.link(p, "/dev/zero"))]),
    # models and checkpoints
    ("model: named pipe (evaluate)", ("named pipe (FIFO)",),
     lambda f, s: ["evaluate", bombs.fifo(f / "pipe.safetensors")]),
    ("model: named pipe (predict)", ("named pipe (FIFO)",),
     lambda f, s: ["predict", bombs.fifo(f / "pipe2.safetensors"), f / "rows.csv"]),
    ("model: link to /dev/zero", ("character device",),
     lambda f, s: ["evaluate", bombs.link(f / "zero.safetensors", "/dev/zero")]),
    ("model: link to /dev/urandom", ("character device",),
     lambda f, s: ["predict", bombs.link(f / "random.safetensors", "/dev/urandom"), f / "rows.csv"]),
    ("model: 10 GB sparse file", ("model_file_bytes",),
     lambda f, s: ["evaluate", bombs.safetensors_header(f / "sparse.safetensors", model_header(
         f, "x", shape=[50_000, 50_000], data_offsets=[0, 10**10]), file_size=10**10 + 100)]),
    ("model: header declares a 10 GB tensor", ("is truncated",),
     lambda f, s: ["evaluate", bombs.safetensors_header(f / "claims.safetensors", model_header(
         f, "x", shape=[50_000, 50_000], data_offsets=[0, 10**10]), data_size=31400)]),
    ("model: BF16 weights", ('dtype "BF16"',),
     lambda f, s: ["evaluate", bombs.safetensors_header(f / "bf16.safetensors", model_header(
         f, "x", dtype="BF16", data_offsets=[0, 31360]), data_size=31400)]),
    ("model: a header of 1 GiB claimed", ("model_header_bytes",),
     lambda f, s: ["evaluate", bombs.sparse(f / "header.safetensors", 2 * MIB, GIB.to_bytes(8, "little") + b"{")]),
    ("model: its settings name /dev/zero as its dataset", ("a path its file names",),
     lambda f, s: ["evaluate", model_file(f / "stored.safetensors", "/dev/zero")]),
    ("checkpoint: named pipe", ("named pipe (FIFO)",),
     lambda f, s: ["train", "--resume", bombs.fifo(f / "pipe-run" / CHECKPOINT_NAME).parent]),
    ("checkpoint: its data folder holds a gzip bomb", ("more bytes follow",),
     lambda f, s: ["train", "--resume", s["resumable"], "--data-dir", s["trailing"]]),
    ("checkpoint: names a data folder, not given again", ("a path its checkpoint names",),
     lambda f, s: ["train", "--resume", s["resumable"]]),
    # images
    ("PNG: 100,000 x 100,000 pixels declared", ("image_pixels",),
     lambda f, s: ["predict", s["model"], bombs.png_header(f / "huge.png", 100_000, 100_000)]),
    ("PNG: 16-bit, 20,000 x 20,000 pixels declared", ("image_pixels",),
     lambda f, s: ["predict", s["model"], bombs.png_header(f / "deep.png", 20_000, 20_000, 16)]),
    ("PNG: named pipe", ("named pipe (FIFO)",), lambda f, s: ["predict", s["model"], bombs.fifo(f / "pipe.png")]),
    # formulas (test_formula_safety.py has twenty more)
    ("formula: Sum of 10^9 terms", ("sum of more than",),
     lambda f, s: ["check", f / "small.toml", "--param", "W1[0,0]", "--formula", "Sum(x[0], (k, 0, 10**9))"]),
    ("formula: power tower", ("digits",),
     lambda f, s: ["check", f / "small.toml", "--param", "W1[0,0]", "--formula", "9**9**9"]),
]


def run_capped(argv: list, cwd: Path) -> Outcome:
    """``python -m backprop.cli argv`` under the memory cap; its exit status, output, peak memory."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")]),
           "PYTHONWARNINGS": "default", "OPENBLAS_NUM_THREADS": "1"}
    out, err, peak = (cwd / f".{name}-{threading.get_ident()}" for name in ("out", "err", "peak"))
    peak.unlink(missing_ok=True)
    started = time.monotonic()
    with open(out, "w") as stdout, open(err, "w") as stderr:
        process = subprocess.run([sys.executable, "-c", CHILD.format(cap=MEMORY_CAP), peak, *map(str, argv)],
                                 cwd=cwd, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL, env=env,
                                 timeout=SECONDS)
    peak_kb = int(peak.read_text()) if peak.exists() else float("inf")
    return Outcome(process.returncode, out.read_text(), err.read_text(), peak_kb / 1024, time.monotonic() - started)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, tuple[tuple, Outcome]]:
    folder = tmp_path_factory.mktemp("bombs")
    shared = prepare(folder)
    cases = {name: (words, make(folder, shared)) for name, words, make in CASES}
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = {name: (words, pool.submit(run_capped, argv, folder)) for name, (words, argv) in cases.items()}
        results = {name: (words, run.result()) for name, (words, run) in runs.items()}
    MEASURED.update({name: outcome for name, (_, outcome) in results.items()})
    return results


class _Summary:
    """The count of bombs and the peak memory of their refusals, in pytest's closing summary."""

    def pytest_terminal_summary(self, terminalreporter):
        if not MEASURED:
            return
        worst = max(MEASURED.items(), key=lambda item: item[1].peak_mb)
        slowest = max(MEASURED.items(), key=lambda item: item[1].seconds)
        median = sorted(outcome.peak_mb for outcome in MEASURED.values())[len(MEASURED) // 2]
        terminalreporter.write_line(
            f"bombs: {len(MEASURED)} hostile inputs run under a {MEMORY_CAP >> 20} MiB address-space cap,"
            f" {sum(o.status == 2 for o in MEASURED.values())} refused in one line; peak resident memory"
            f" median {median:.0f} MB, most {worst[1].peak_mb:.0f} MB ({worst[0]}); longest"
            f" {slowest[1].seconds:.1f} s ({slowest[0]})")


@pytest.fixture(scope="module", autouse=True)
def summary(request):
    manager = request.config.pluginmanager
    if not manager.has_plugin("backprop-bomb-summary"):
        manager.register(_Summary(), "backprop-bomb-summary")
    yield


@pytest.mark.parametrize("name", [case[0] for case in CASES])
def test_a_bomb_is_refused_in_one_line_within_the_caps(outcomes, name):
    words, outcome = outcomes[name]
    assert "Traceback" not in outcome.stderr, outcome.stderr[-2000:]
    assert outcome.status == 2, (outcome.status, outcome.stderr[-2000:])
    assert outcome.stdout == ""
    assert outcome.stderr.startswith("error: ") and outcome.stderr.count("\n") == 1, outcome.stderr[-2000:]
    for word in words:
        assert word in outcome.stderr, outcome.stderr
    assert outcome.peak_mb < MEMORY_CAP / 2**20
