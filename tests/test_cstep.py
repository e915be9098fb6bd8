"""The C kernels' build (backprop.fused.cstep): compiled once into the user's cache folder under a
name that hashes what made the library, written whole or not at all; without a compiler, or when
the compile fails, training goes on with the NumPy engine and no error, and BACKPROP_KERNELS=c says
why in one line. (tests/test_fused.py holds their numbers against the NumPy engine.)"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from backprop import cli, fused, steps
from backprop.errors import UsageError
from backprop.fused import cstep
from backprop.problem import parse_problem

COMPILER = cstep.compiler()
needs_compiler = pytest.mark.skipif(COMPILER is None, reason="no C compiler")
SMALL = ('[[layer]]\ninputs = 6\nunits = 5\nactivation = "relu"\n[[layer]]\nunits = 3\nactivation = "softmax"\n'
         '[loss]\nname = "cross_entropy"\n')


@pytest.fixture
def cache(monkeypatch, tmp_path) -> Path:
    """An empty cache folder of the user's ($XDG_CACHE_HOME), and no kernels loaded yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(fused, "_LOADED", None)
    return tmp_path / "cache" / "backprop"


@pytest.fixture
def failing_compiler(monkeypatch, tmp_path) -> Path:
    """A "compiler" that writes half an output file and fails, as a compiler does on an error."""
    script = tmp_path / "bin" / "cc"
    script.parent.mkdir()
    script.write_text(f'#!/bin/sh\necho run >> {tmp_path / "calls"}\nwhile [ "$1" != "-o" ]; do shift; done\n'
                      'echo half > "$2"\necho "step.c:1:1: error: no such thing" >&2\nexit 1\n')
    script.chmod(0o755)
    monkeypatch.setattr(cstep, "compiler", lambda: str(script))
    monkeypatch.setattr(fused, "_LOADED", None)
    return script


@needs_compiler
def test_the_first_load_compiles_into_the_cache_and_later_loads_reuse_it(cache, monkeypatch):
    assert not cstep.compiled_before()
    kernels = cstep.load()
    assert isinstance(kernels, cstep.CKernels), kernels
    [library] = cache.iterdir()  # the library alone: no temporary file left
    assert library == cstep.library_path(COMPILER) and library.name.startswith("step-")
    assert cstep.compiled_before()
    assert oct(cache.stat().st_mode & 0o777) == "0o700"  # the user's own
    compiles = []
    monkeypatch.setattr(cstep, "_compile", lambda *args: compiles.append(args))
    assert isinstance(cstep.load(), cstep.CKernels) and compiles == []


def test_the_librarys_name_changes_with_the_source_flags_compiler_and_format(monkeypatch, tmp_path):
    source = tmp_path / "source"
    shutil.copytree(Path(cstep.__file__).parent, source, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cstep, "_source_folder", lambda: source)
    names = {cstep.library_path("/usr/bin/cc")}
    with open(source / "step_kernels.h", "a") as header:
        header.write("\n/* changed */\n")
    names.add(cstep.library_path("/usr/bin/cc"))
    names.add(cstep.library_path("/usr/bin/clang"))
    monkeypatch.setattr(cstep, "FLAGS", cstep.FLAGS + ("-DX",))
    names.add(cstep.library_path("/usr/bin/clang"))
    monkeypatch.setattr(cstep, "FORMAT", cstep.FORMAT + 1)
    names.add(cstep.library_path("/usr/bin/clang"))
    assert len(names) == 5
    assert cstep.library_path("/usr/bin/clang") == cstep.library_path("/usr/bin/clang")


def test_the_flags_keep_numpys_rounding():
    """No -ffast-math (it reorders sums and drops x + 0), no -march=native (a cache folder may be
    shared by machines), and no fused multiply-add."""
    assert "-ffp-contract=off" in cstep.FLAGS
    assert not any("fast-math" in flag or "march" in flag or flag == "-Ofast" for flag in cstep.FLAGS)


def test_a_relative_xdg_cache_home_is_not_used(monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert cstep.cache_folder() == Path.home() / ".cache" / "backprop"


def _calls(compiler: Path) -> int:
    calls = compiler.parent.parent / "calls"
    return len(calls.read_text().splitlines()) if calls.exists() else 0


def test_a_failed_compile_leaves_only_its_note_and_says_why(cache, failing_compiler):
    assert cstep.load() == "cc failed: step.c:1:1: error: no such thing"
    note = cstep.library_path(str(failing_compiler)).with_suffix(".failed")
    assert list(cache.iterdir()) == [note]  # the half-written output removed, the reason noted
    assert note.read_text() == "cc failed: step.c:1:1: error: no such thing\n"
    network = parse_problem(SMALL).build_network(np.float32)
    network.reserve(4)
    x, labels = np.zeros((8, 6), np.float32), np.zeros(8, np.int64)
    assert steps.kernels_for(network, x, labels, "auto") is None  # the NumPy engine
    with pytest.raises(UsageError, match="^BACKPROP_KERNELS is 'c' but its kernels cannot be had: cc failed:"
                                         " step.c:1:1: error: no such thing; install a C compiler"):
        steps.kernels_for(network, x, labels, "c")


def test_without_a_compiler_the_c_kernels_say_so(monkeypatch):
    monkeypatch.setattr(cstep.shutil, "which", lambda name: None)
    monkeypatch.setattr(fused, "_LOADED", None)
    assert cstep.compiler() is None
    assert cstep.load() == "no C compiler (cc, gcc or clang) was found"


def test_train_with_c_kernels_that_fail_to_compile_says_so_in_one_line(cache, failing_compiler, monkeypatch,
                                                                      tmp_path, capsys):
    monkeypatch.setattr(steps, "KERNELS", "c")
    out = tmp_path / "run"
    status = cli.main(["train", "--epochs", "1", "--max-steps", "1", "--out", str(out)])
    captured = capsys.readouterr()
    assert status == 2 and captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith("error: BACKPROP_KERNELS is 'c' but its kernels cannot be had: cc failed")
    assert not out.exists() or not any(out.iterdir())


def test_train_with_auto_and_a_failing_compile_trains_on_the_numpy_engine(cache, failing_compiler, monkeypatch,
                                                                          tmp_path, capsys):
    monkeypatch.setattr(steps, "KERNELS", "auto")
    status = cli.main(["train", "--epochs", "1", "--max-steps", "2", "--out", str(tmp_path / "run")])
    captured = capsys.readouterr()
    assert status == 0 and "error" not in captured.err, captured.err
    assert "compiling the training kernels with the C compiler" in captured.out  # it tried, then went on


@needs_compiler
def test_train_says_it_compiles_on_the_first_run_only(cache, tmp_path):
    """In a fresh process each time (the kernels loaded are kept per process)."""
    code = ("import sys; from backprop import cli\n"
            "sys.exit(cli.main(['train', '--epochs', '1', '--max-steps', '2', '--out', sys.argv[1]]))")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache.parent), "BACKPROP_KERNELS": "c",
           "PYTHONPATH": os.pathsep.join(sys.path)}
    said = []
    for run in ("first", "second"):
        done = subprocess.run([sys.executable, "-c", code, str(tmp_path / run)], capture_output=True, text=True,
                              env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        said.append("compiling the training kernels with the C compiler" in done.stdout)
    assert said == [True, False]


def test_auto_does_not_compile_again_what_failed_before_and_c_does(cache, failing_compiler, monkeypatch, tmp_path,
                                                                  capsys):
    """A broken compiler costs one run its seconds, not every run: auto reads the note of the
    failure and trains on the NumPy engine without trying; BACKPROP_KERNELS=c tries again."""
    monkeypatch.setattr(steps, "KERNELS", "auto")
    for run in ("first", "second"):
        fused._LOADED = None  # (a new process, as far as the kernels go)
        assert cli.main(["train", "--epochs", "1", "--max-steps", "1", "--out", str(tmp_path / run)]) == 0
    said = capsys.readouterr().out
    assert _calls(failing_compiler) == 1
    assert said.count("compiling the training kernels with the C compiler") == 1
    fused._LOADED = None
    assert fused.load().startswith("cc failed: step.c:1:1: error: no such thing (in an earlier run; delete ")
    assert _calls(failing_compiler) == 1
    with pytest.raises(UsageError, match="cc failed: step.c:1:1: error: no such thing; install a C compiler"):
        steps.load_kernels("c")
    assert _calls(failing_compiler) == 2


@needs_compiler
def test_a_compile_that_works_again_removes_the_note(cache):
    library = cstep.library_path(COMPILER)
    cache.mkdir(parents=True)
    library.with_suffix(".failed").write_text("cc failed: an earlier error\n")
    assert cstep.load(retry=False).startswith("cc failed: an earlier error (in an earlier run")
    assert isinstance(cstep.load(retry=True), cstep.CKernels)
    assert list(cache.iterdir()) == [library]



@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_kernels_exp_and_log_are_numpys_own_loops(dtype):
    """cstep finds the inner loops np.exp and np.log run, and they give numpy's bits on values the
    probe did not try (on an AVX-512 processor about one exp in twenty differs from the C
    library's in the last bit, so the C library's would fail here)."""
    values = np.random.default_rng(5).uniform(-80, 80, 200_001).astype(dtype)
    positive = np.abs(values) + dtype(1e-3)
    for ufunc, loop, argument in zip((np.exp, np.log), cstep.numpy_loops()[np.dtype(dtype).name], (values, positive)):
        assert loop is not None
        out = np.empty_like(argument)
        args = (ctypes.c_void_p * 2)(argument.ctypes.data, out.ctypes.data)
        size = np.dtype(dtype).itemsize
        cstep._LOOP(loop)(args, (ctypes.c_ssize_t * 1)(argument.size), (ctypes.c_ssize_t * 2)(size, size), None)
        assert out.tobytes() == ufunc(argument).tobytes()


def test_a_ufunc_without_such_a_loop_gives_none():
    """A ufunc of two inputs is not taken for one of one (the kernels then use the C library's)."""
    assert cstep._numpy_loop(np.add, np.dtype(np.float64)) is None


@needs_compiler
def test_a_compile_removes_our_stale_files_and_nothing_else(cache):
    """Ours (step-<24 hex>.so, .failed, a compile's temporary) unused for longer than STALE_SECONDS
    go; a recent library of ours stays (another version of backprop in use), and so does
    everything that is not ours, however old."""
    cache.mkdir(parents=True)
    long_ago = os.path.getmtime(cache) - cstep.STALE_SECONDS - 3600
    stale = ["step-0123456789abcdef01234567.so", "step-89abcdef0123456789abcdef.failed",
             "step-0123456789abcdef01234567.so.4242.123456789.tmp"]
    kept = ["step-fedcba9876543210fedcba98.so", "notes.txt", "step-0123.so", "mystep-0123456789abcdef01234567.so",
            "step-0123456789abcdef01234567.so.bak", "step-0123456789ABCDEF01234567.so"]
    for name in stale + kept:
        (cache / name).write_text("x")
        if name != "step-fedcba9876543210fedcba98.so":  # that one was used an hour ago
            os.utime(cache / name, (long_ago, long_ago))
    (cache / "step-aaaaaaaaaaaaaaaaaaaaaaaa.so").mkdir()  # a folder of that name: not ours to remove
    os.utime(cache / "step-aaaaaaaaaaaaaaaaaaaaaaaa.so", (long_ago, long_ago))
    assert isinstance(cstep.load(), cstep.CKernels)
    left = sorted(path.name for path in cache.iterdir())
    assert left == sorted(kept + ["step-aaaaaaaaaaaaaaaaaaaaaaaa.so", cstep.library_path(COMPILER).name])


@needs_compiler
def test_loading_marks_a_library_in_use_so_that_it_is_not_stale(cache):
    assert isinstance(cstep.load(), cstep.CKernels)
    library = cstep.library_path(COMPILER)
    long_ago = library.stat().st_mtime - cstep.STALE_SECONDS - 3600
    os.utime(library, (long_ago, long_ago))
    assert isinstance(cstep.load(), cstep.CKernels)
    assert library.stat().st_mtime > long_ago + cstep.STALE_SECONDS
