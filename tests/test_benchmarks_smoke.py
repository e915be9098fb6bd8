"""The MNIST benchmark's pieces work: a functional smoke test, never a timing test.

Each contender trains one epoch on a few hundred synthetic samples; the statistics and the table
come out of made-up runs; and, where the shared MNIST files are beside the repository, one tiny
parent run (two contenders, one round, one epoch) goes end to end through child processes.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # benchmarks/ is a package at the top of the repository
    sys.path.insert(0, str(REPO))

from benchmarks import measure, tables  # noqa: E402
from benchmarks.contenders import CONTENDERS  # noqa: E402
from benchmarks.measure import he_parameters  # noqa: E402

NEEDS = {"torch": "torch", "torch_compile": "torch", "sklearn": "sklearn", "jax": "jax"}


#: Run in a child process: torch.compile's tracer (dynamo) and JAX leave hooks in the interpreter
#: that broke later tests of this session (a SystemError in concurrent.futures).
IN_A_CHILD = ("torch_compile", "jax")

CHILD_CODE = """
import json, sys
from benchmarks import measure, peers
from benchmarks.contenders import CONTENDERS
peers.TORCH_COMPILE_BACKEND = "aot_eager"  # inductor's C++ compilation takes a minute here
data = measure.synthetic_data(count=int(sys.argv[3]), test=100)
print(json.dumps(CONTENDERS[sys.argv[1]][0](data, epochs=2, seed=0, threads=1, batch=int(sys.argv[2]))))
"""


@pytest.mark.parametrize("batch", [1, 128])
@pytest.mark.parametrize("name", list(CONTENDERS))
def test_each_contender_trains_an_epoch(name, batch):
    if name in NEEDS:
        pytest.importorskip(NEEDS[name])
    count = 300 if batch > 1 else 40
    if name in IN_A_CHILD:
        done = subprocess.run([sys.executable, "-c", CHILD_CODE, name, str(batch), str(count)], cwd=REPO,
                              capture_output=True, text=True, timeout=600,
                              env=measure.thread_environment(1))
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout.strip().splitlines()[-1])
    else:
        data = measure.synthetic_data(count=count, test=100)
        result = CONTENDERS[name][0](data, epochs=2, seed=0, threads=1, batch=batch)
    assert len(result["epoch_seconds"]) == len(result["epoch_cpu_seconds"]) == 2
    assert all(s > 0 and math.isfinite(s) for s in result["epoch_seconds"] + result["epoch_cpu_seconds"])
    if name == "floor":
        assert result["test_accuracy"] is None
    else:
        assert 0.0 <= result["test_accuracy"] <= 1.0


def test_contenders_start_from_the_same_weights():
    first, again = he_parameters(3), he_parameters(3)
    assert [w.shape for w, _ in first] == [(128, 784), (64, 128), (10, 64)]
    assert all(w.dtype == np.float32 and np.array_equal(w, v) for (w, _), (v, _) in zip(first, again))
    assert all(not b.any() for _, b in first)


def test_the_preallocated_numpy_loop_computes_what_the_plain_one_does():
    """Same seed, same shuffles, the same operations in the same order (batches of exactly 128, so
    that 1/128 is exact either way): the same weights, hence the same predictions on every sample."""
    data = measure.synthetic_data(count=384, test=200)
    plain = CONTENDERS["numpy"][0](data, epochs=2, seed=1, threads=1, batch=128)
    lean = CONTENDERS["numpy_preallocated"][0](data, epochs=2, seed=1, threads=1, batch=128)
    assert lean["test_accuracy"] == plain["test_accuracy"] > 0.1


def test_backprop_contender_learns_the_synthetic_labels():
    data = measure.synthetic_data(count=2000, test=500)
    result = CONTENDERS["backprop"][0](data, epochs=3, seed=0, threads=1, batch=128)
    assert result["test_accuracy"] > 0.5  # 10 classes: chance is 0.1


def test_the_fallback_idx_reader(tmp_path):
    images = np.arange(2 * 28 * 28, dtype=np.uint8).reshape(2, 28, 28)
    labels = np.array([7, 3], np.uint8)
    with gzip.open(tmp_path / "images.gz", "wb") as stream:
        stream.write(struct.pack(">IIII", 2051, 2, 28, 28) + images.tobytes())
    with gzip.open(tmp_path / "labels.gz", "wb") as stream:
        stream.write(struct.pack(">II", 2049, 2) + labels.tobytes())
    assert np.array_equal(measure.read_idx_gzip(tmp_path / "images.gz"), images)
    assert np.array_equal(measure.read_idx_gzip(tmp_path / "labels.gz"), labels)
    assert np.array_equal(measure.read_idx(tmp_path / "images.gz"), images)


def test_thread_environment_sets_every_pool():
    environment = measure.thread_environment(1, base={"PATH": "/bin", "OMP_NUM_THREADS": "8"})
    assert environment["PATH"] == "/bin"
    assert all(environment[name] == "1" for name in measure.THREAD_VARIABLES)
    assert "intra_op_parallelism_threads=1" in environment["XLA_FLAGS"]
    two = measure.thread_environment(2, base={})
    assert two["OPENBLAS_NUM_THREADS"] == "2" and "XLA_FLAGS" not in two


def _run(seconds, accuracy=0.9, rss=100.0):
    return {"epoch_seconds": seconds, "epoch_cpu_seconds": [s / 2 for s in seconds],
            "test_accuracy": accuracy,
            "before": {"peak_rss_mib": rss - 10, "minor_faults": 1000, "major_faults": 0},
            "usage": {"peak_rss_mib": rss, "minor_faults": 1300, "major_faults": 0}}


def test_summary_ratios_tables_and_goals():
    def cell(mine, jax, torch, floor, rss=100.0):
        return {"backprop": [_run(mine, rss=rss), _run(mine, rss=rss)], "jax": [_run(jax)] * 2,
                "torch": [_run(torch), _run(torch, rss=400)],
                "floor": [_run(floor, accuracy=None)] * 2,
                "sklearn": [{"error": "exit 1: ModuleNotFoundError"}]}

    runs = {tables.cell_key(128, 1): cell([0.5, 0.10, 0.12], [0.9, 0.12, 0.12], [0.9, 0.3, 0.3],
                                          [0.1, 0.09, 0.09]),
            tables.cell_key(128, 2): cell([0.5, 0.06, 0.06], [0.9, 0.10, 0.10], [0.9, 0.2, 0.2],
                                          [0.1, 0.05, 0.05]),
            tables.cell_key(1, 2): cell([5, 2.0, 2.0], [5, 1.0, 1.0], [9, 8.0, 8.0], [1, 0.5, 0.5]),
            tables.cell_key(128, 1, (3,)): cell([0.5, 0.10, 0.10], [0.9, 0.125, 0.125], [0.9, 0.3, 0.3],
                                                [0.1, 0.09, 0.09])}
    cells = {key: tables.summarise_cell(cell_runs) for key, cell_runs in runs.items()}
    row = cells[tables.cell_key(128, 1)]["backprop"]
    assert row["seconds_per_epoch"] == pytest.approx(0.11)  # median of the epochs after warm-up
    assert row["first_epoch_seconds"] == pytest.approx(0.5)
    assert row["vs_jax"] == pytest.approx(0.11 / 0.12)
    assert row["vs_torch"] == pytest.approx(0.11 / 0.30)
    assert row["vs_floor"] == pytest.approx(0.11 / 0.09)
    assert row["cpu_seconds_per_epoch"] == pytest.approx(0.055)
    assert row["cpu_vs_floor_best"] == pytest.approx(0.05 / 0.045)  # the quietest epochs' ratio
    assert row["training_minor_faults_per_epoch"] == pytest.approx(100)
    assert cells[tables.cell_key(128, 1)]["sklearn"] == {"error": "exit 1: ModuleNotFoundError"}
    gains = {128: tables.threads_gain(cells, runs, 128, [1, 2])}
    assert gains[128]["ratio"] == pytest.approx(0.06 / 0.11)
    assert tables.threads_gain(cells, runs, 1, [1, 2]) is None  # no one-thread run at batch 1
    sweep = tables.sweep_table(cells, [1, 128], [1, 2], gains)
    assert sweep.count("\n") == 1 + 3  # the pinned cell only when asked for
    assert "| 128 | 2 | 0.060 | 0.100 | 0.200 | - | - | 0.050 | 0.60 | 0.30 | - | 0.55 | 0.9000 |" in sweep
    sweep = tables.sweep_table(cells, [1, 128], [1, 2], gains, {1: (3,)})
    assert sweep.count("\n") == 1 + 4
    assert "| 128 | 1 | 0.110 |" in sweep
    assert "| 128 | 1 on CPU 3 | 0.100 | 0.125 | 0.300 | - | - | 0.090 | 0.80 | 0.33 | - | - | 0.9000 |" in sweep
    text = tables.cell_table(cells[tables.cell_key(128, 1)], {"backprop": "backprop (train)"})
    assert "| backprop (train) | 0.110 | 0.92 | 0.37 | - | 1.22 |" in text and "failed: exit 1" in text
    lines = tables.goals(cells, gains, [1, 2], {"spread": 0.05}, {"a": {"median_seconds": 0.2}})
    verdicts = {line.split(" (goal")[0]: line.rsplit(": ", 1)[-1] for line in lines if "(goal" in line}
    assert verdicts["- batch 128, 2 threads (default): backprop / JAX jit: 0.60"] == "met"
    assert verdicts["- batch 128, 2 threads (default): backprop / PyTorch eager: 0.30"] == "met"
    assert verdicts["- batch 128, 1 thread: backprop / JAX jit: 0.92"] == "met"
    assert verdicts["- batch 128: backprop 2 threads / backprop 1 thread: 0.55"] == "met"
    assert verdicts["- batch 1 (per-sample), 2 threads: backprop / JAX jit: 2.00"] == "MISSED"
    assert verdicts["- batch 1 (per-sample), 2 threads: backprop / PyTorch eager: 0.25"] == "met"
    assert any("explain" in line and line.endswith("met") for line in lines)
    assert not any("pinned" in line for line in lines)
    lines = tables.goals(cells, gains, [1, 2], None, None, {1: (3,), 2: (3, 4)})
    assert ("- batch 128, 1 thread pinned to CPU 3 (one core for every contender): backprop / JAX jit: 0.80"
            " (goal <= 1.00): met") in lines



def test_a_value_that_rounds_to_its_goal_is_printed_with_one_more_digit():
    """1.004 against a goal of 1.00 read "1.00 (goal <= 1.00): MISSED"; one more digit says why."""
    def cell(mine, jax):
        return {"backprop": [_run(mine)] * 2, "jax": [_run(jax)] * 2}

    runs = {tables.cell_key(128, 1): cell([0.5, 0.1004, 0.1004], [0.9, 0.1, 0.1]),
            tables.cell_key(128, 1, (3,)): cell([0.5, 0.1, 0.1], [0.9, 0.1, 0.1])}
    cells = {key: tables.summarise_cell(cell_runs) for key, cell_runs in runs.items()}
    lines = tables.goals(cells, {}, [1], None, None, {1: (3,)})
    assert "- batch 128, 1 thread: backprop / JAX jit: 1.004 (goal <= 1.000): MISSED" in lines
    # exactly at the goal, and far from it, keep two digits
    assert ("- batch 128, 1 thread pinned to CPU 3 (one core for every contender): backprop / JAX jit: 1.00"
            " (goal <= 1.00): met") in lines

@pytest.mark.skipif(not (measure.DEFAULT_DATA_DIR / measure.TEST_FILES[0]).is_file(),
                    reason="the shared MNIST files are not beside the repository")
def test_end_to_end_in_child_processes(tmp_path):
    """One round, free and pinned (--pin both): each child ran where it was put, and says so."""
    output = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.mnist", "--rounds", "1", "--epochs", "1", "--limit", "512",
         "--batch-sizes", "128", "--threads", "1", "--contenders", "backprop", "numpy", "floor",
         "--no-explain", "--no-scaling", "--pin", "both", "--json", str(output)],
        cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "| backprop (train) |" in done.stdout and "| plain NumPy loop |" in done.stdout
    report = json.loads(output.read_text())
    run = report["runs"]["batch 128, threads 1"]["backprop"][0]
    assert run["samples"] == 512 and run["threads"] == 1 and run["batch"] == 128
    assert run["usage"]["peak_rss_mib"] > 0 and run["usage"]["minor_faults"] > 0
    assert report["cells"]["batch 128, threads 1"]["backprop"]["vs_floor"] > 0
    assert report["environment"]["threads"] == [1]
    free = sorted(os.sched_getaffinity(0))
    assert run["cpus"] == free  # the free child may run on every CPU this process may
    first = free[0]
    assert report["environment"]["pinned_cpus"] == {"1": [first]}
    pinned = report["runs"][f"batch 128, threads 1, pinned to CPU {first}"]
    assert all(results[0]["cpus"] == [first] for results in pinned.values())
    assert f"| 128 | 1 on CPU {first} |" in done.stdout


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="pinning restricts nothing on one CPU")
def test_a_pinned_child_and_its_threads_run_on_the_cpus_asked():
    """measure.run_process(cpus=...) confines the child from its start (before its interpreter imports
    anything) and every thread it starts; the parent's own CPUs are as they were."""
    code = ("import os, threading; seen = []; "
            "thread = threading.Thread(target=lambda: seen.append(os.sched_getaffinity(0))); "
            "thread.start(); thread.join(); "
            "print(sorted(os.sched_getaffinity(0)), sorted(seen[0]))")
    free = os.sched_getaffinity(0)
    for threads in (1, 2):
        cpus = measure.pinned_cpus(threads)
        assert cpus == tuple(sorted(free)[:threads])
        done = measure.run_process([sys.executable, "-c", code], measure.thread_environment(threads), REPO, 60,
                                   cpus)
        assert done["returncode"] == 0, done["stderr"]
        assert done["stdout"].strip() == f"{list(cpus)} {list(cpus)}"
        assert os.sched_getaffinity(0) == free
    done = measure.run_process([sys.executable, "-c", code], measure.thread_environment(1), REPO, 60)
    assert done["stdout"].strip() == f"{sorted(free)} {sorted(free)}"
    with pytest.raises(ValueError, match=f"needs {len(free) + 1} CPUs; this process may run on {len(free)} "):
        measure.pinned_cpus(len(free) + 1)


def test_run_process_reports_the_childs_own_usage():
    code = "import sys; block = bytearray(64 * 2**20); block[::4096] = b'x' * (64 * 256); print('done')"
    done = measure.run_process([sys.executable, "-c", code], measure.thread_environment(1), REPO, 60)
    assert done["returncode"] == 0 and done["stdout"].strip() == "done" and not done["timed_out"]
    usage = done["rusage"]
    assert usage["ru_maxrss_mib"] >= 64  # the 64 MiB it touched, measured by the kernel
    assert usage["ru_minflt"] >= 64 * 256  # one fault per 4 KiB page at least
    failed = measure.run_process([sys.executable, "-c", "import sys; sys.exit(3)"],
                                 measure.thread_environment(1), REPO, 60)
    assert failed["returncode"] == 3


def test_explain_start_up_imports_no_heavy_library():
    """`backprop explain` loads only what it needs: the speed harness times it as a subprocess."""
    code = ("import sys; from backprop import cli; "
            "print(' '.join(m for m in ('sympy', 'matplotlib', 'rich', 'torch', 'sklearn', 'PIL', "
            "'latex2mathml') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env=measure.thread_environment(1))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_check_benchmark_runs_real_checks_and_tabulates_medians(capsys):
    """benchmarks/check.py: each of its formulas is a check the command line reads (exit 0 or 1), and
    the report gives each source's median wall and CPU time, the floors and claims per second."""
    from argparse import Namespace

    from backprop.cli import main
    from benchmarks import check as check_benchmark

    for arguments in check_benchmark.CHECKS.values():
        assert main(["check", *arguments]) in (0, 1), arguments
    capsys.readouterr()
    name = next(iter(check_benchmark.CHECKS))
    runs = [{"what": "check", "name": name, "source": source, "load": load, "seconds": seconds, "cpu": seconds / 2}
            for source, load, seconds in [("baseline", 1.0, 2.0), ("this", 1.0, 0.6), ("this", 3.0, 0.8),
                                          ("this", 2.0, 5.0)]]
    runs += [{"what": "floor", "name": "python + numpy", "load": 2.0, "seconds": 0.2, "cpu": 0.1},
             {"what": "grade", "name": "3 copies of seed 000", "source": "this", "load": 2.0,
              "claims_per_second": 25.0}]
    text = check_benchmark.report(runs, ["baseline", "this"], Namespace(rounds=3, no_grade=False, students=3))
    assert f"| {name} | 2.00 (1.00) | 0.80 (0.40) | 0.5 |" in text
    assert "| floor: python + numpy | 0.20 (0.10) | 0.20 (0.10) | |" in text
    assert "| 3 copies of seed 000 | nan | 25.0 | 20 |" in text
    assert "load average (1 min) during the runs: 1.00 to 3.00, median 2.00" in text


def test_the_start_up_benchmark_runs_real_commands_and_tabulates_medians(capsys):
    """benchmarks/check_startup.py: each check is one the command line reads (exit 0 or 1), there is
    an explain of every bundled example, and the report gives each source's median wall (CPU) time."""
    from backprop.cli import main
    from benchmarks import check_startup

    for arguments in check_startup.CHECKS.values():
        assert main(["check", *arguments]) in (0, 1), arguments
    capsys.readouterr()
    todo = check_startup.commands(explain=True)
    assert {name for name in todo if name.startswith("explain ")} == \
        {f"explain {path.stem}" for path in (REPO / "src" / "backprop" / "examples").glob("*.toml")}
    name = next(iter(todo))
    runs = [{"name": name, "source": source, "seconds": seconds, "cpu": seconds / 2}
            for source, seconds in [("baseline", 2.0), ("baseline", 1.0), ("baseline", 4.0), ("this", 0.6),
                                    ("this", 0.8), ("this", 5.0)]]
    runs += [{"name": floor, "source": "floor", "seconds": seconds, "cpu": 0.1}
             for floor in check_startup.FLOORS for seconds in (0.2, 0.4, 0.3)]
    text = check_startup.report(runs, ["baseline", "this"], [1.0, 3.0, 2.0], {name: todo[name]})
    # the saving pairs each round's runs: 2.0 - 0.6, 1.0 - 0.8, 4.0 - 5.0 s, median 0.2 s (CPU half that)
    assert f"| {name} | 2.000 (1.000) | 0.800 (0.400) | 0.5 | 200 (100) |" in text
    assert "| floor: python -c 'import sympy, numpy' | 0.300 (0.100) | 0.300 (0.100) | | |" in text
    assert "3 runs each, alternating; load average (1 min) at the rounds: 1.00 to 3.00, median 2.00" in text


def test_the_phases_benchmark_times_each_phase_of_a_real_check(tmp_path):
    """benchmarks/check_phases.py: one process runs a real check and gives one CPU time per phase, the
    phases in their order (SymPy imported before any of backprop); the table gives each phase's median."""
    import os

    from benchmarks import check_phases
    from benchmarks.check import environment

    env = environment(REPO / "src", tmp_path / "pycache")
    spent = check_phases.phases(check_phases.CHECKS["seed 000 W1[0,0], wrong (hint)"], env)
    assert len(spent) == len(check_phases.PHASES) and all(value >= 0 for value in spent)
    assert spent[2] > spent[5]  # import sympy costs more than backprop's engine modules after it
    with pytest.raises(SystemExit, match="exit 2"):  # a check that cannot run says so, not a table
        check_phases.phases(["seed000_regression", "--param", "W1[0,0]", "--formula", "W9[0,0]"], env)
    runs = {"a": [[1.0] * 8, [3.0] * 8, [2.0] * 8], "b": [[10.0, 0, 0, 0, 0, 0, 0, 5.0]] * 3}
    text = check_phases.report(runs, [1.0, 3.0, 2.0])
    assert "| import numpy | 2 | 10 |" in text
    assert "| total (the sum of the medians) | 16 | 15 |" in text
    assert f"load average (1 min) at the rounds: 1.00 to 3.00, median 2.00; {os.cpu_count()} cores" in text


def test_the_kernels_benchmark_times_the_c_kernels():
    """benchmarks.kernels: the C kernels as shipped train and report CPU and wall seconds an epoch,
    on one thread and split across two; a name that is no build of them is one line."""
    from backprop import fused
    from benchmarks import kernels

    if isinstance(fused.load(), str):
        pytest.skip(f"the C kernels cannot be built: {fused.load()}")
    data = measure.synthetic_data(count=300, test=10)
    for threads in (1, 2):
        cpu, wall = kernels.epoch_seconds(kernels.load_variant("c"), data["x_train"], data["y_train"], 32, 3, threads)
        assert 0 < cpu < 60 and 0 < wall < 60
    with pytest.raises(SystemExit, match="^numba: not c or c\\+FLAG$"):
        kernels.load_variant("numba")
