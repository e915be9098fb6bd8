"""Every write failure is one line (issue 15, 1b): a full disk, a file too large for the process, a
read-only, immutable or forbidden folder, --out under a regular file or on a device, -o into a folder
one cannot write. Exit status 2, the previous model and checkpoint left whole, no temporary file left.

The full and read-only disks are small tmpfs mounts (skipped where the tests may not mount); the file
size limit is RLIMIT_FSIZE in a subprocess; a folder one may not write is simulated where the tests
run as root (who may write anywhere).
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from backprop import cli
from backprop.checkpoint import CHECKPOINT_NAME, read_checkpoint
from helpers import write_training_folder

TOML = """
seed = 2
[[layer]]
inputs = 6
units = 10
activation = "tanh"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
[train]
dataset = "data.npz"
epochs = 3
batch_size = 4
learning_rate = 0.05
"""
EXAMPLE = "seed000_regression"
SOURCE = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return write_training_folder(tmp_path, TOML, 200)


def refused(capsys, *argv) -> str:
    """Run the command line; assert exit 2, nothing on stdout... but the run's own lines, one line
    on stderr; return it."""
    status = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    assert status == 2, captured.err
    assert captured.err.startswith("error: ") and captured.err.count("\n") == 1, captured.err
    assert "Traceback" not in captured.err
    return captured.err


def leftovers(path: Path) -> list[str]:
    """Temporary files an atomic write would leave (.<name>.<random>.tmp)."""
    return sorted(p.name for p in path.rglob(".*.tmp")) if path.exists() else []


@contextlib.contextmanager
def small_disk(path: Path, kib: int, read_only: bool = False):
    """A tmpfs of ``kib`` KiB mounted at ``path`` (skip where mounting is not allowed)."""
    path.mkdir()
    options = f"size={kib}k" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip()})")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


# --- paths that are no folder ------------------------------------------------------------------------

def test_out_under_a_regular_file(folder, capsys):
    (folder / "file.txt").write_text("x")
    err = refused(capsys, "train", "net.toml", "--out", "file.txt/run")
    assert "file.txt/run: --out: cannot create the folder (not a directory)" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_out_on_a_device(folder, capsys):
    err = refused(capsys, "train", "net.toml", "--out", "/dev/full")
    assert "error: /dev/full: --out: is a character device, not a folder" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["explain", "derive"])
def test_output_to_dev_full(capsys, command):
    err = refused(capsys, command, EXAMPLE, "-o", "/dev/full")
    assert err.startswith("error: /dev/full: --output: cannot write (no space left on device)")


def test_output_into_a_folder_one_may_not_write(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
    else:  # root writes anywhere: the system's answer to anyone else
        def forbidden(*args, **kwargs):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

        monkeypatch.setattr("tempfile.mkstemp", forbidden)
    err = refused(capsys, "explain", EXAMPLE, "-o", folder / "out.txt")
    assert "cannot write (permission denied)" in err and "make the folder writable" in err
    assert list(folder.iterdir()) == []


# --- a full disk -------------------------------------------------------------------------------------

def test_train_on_a_full_disk_is_one_line_and_leaves_nothing(folder, capsys):
    with small_disk(folder / "disk", 4) as disk:
        (disk / "filler").write_bytes(b"x" * 4096)
        err = refused(capsys, "train", "net.toml", "--out", disk / "run")
        assert "cannot write (no space left on device)" in err and "free some disk space" in err
        assert leftovers(disk) == [] and sorted(p.name for p in disk.iterdir()) == ["filler"]


def test_a_model_that_does_not_fit_leaves_the_checkpoint_whole(folder, capsys, monkeypatch):
    with small_disk(folder / "disk", 256) as disk:
        monkeypatch.setattr("backprop.io.model_bytes", lambda model: bytes(512 * 1024))  # a model larger than the disk
        err = refused(capsys, "train", "net.toml", "--out", disk / "run")
        assert f"{disk / 'run' / 'model.safetensors'}: cannot write (no space left on device)" in err
        assert leftovers(disk) == [] and not (disk / "run" / "model.safetensors").exists()
        checkpoint = read_checkpoint(disk / "run")  # whole: the last epoch's, ready to resume
        assert checkpoint.finished and checkpoint.state["epoch"] == 4


def test_explain_output_on_a_full_disk_leaves_the_old_file_whole(tmp_path, capsys):
    with small_disk(tmp_path / "disk", 8) as disk:
        (disk / "out.html").write_text("old")
        err = refused(capsys, "explain", EXAMPLE, "--format", "html", "-o", disk / "out.html")
        assert "--output: cannot write (no space left on device)" in err
        assert (disk / "out.html").read_text() == "old" and leftovers(disk) == []


def test_a_read_only_folder(folder, capsys):
    with small_disk(folder / "disk", 64, read_only=True) as disk:
        err = refused(capsys, "train", "net.toml", "--out", disk / "run")
        assert "--out: cannot create the folder (read-only file system)" in err
        err = refused(capsys, "explain", EXAMPLE, "-o", disk / "out.txt")
        assert "cannot write (read-only file system)" in err


def test_an_immutable_folder(folder, capsys):
    with small_disk(folder / "disk", 64) as disk:
        run = disk / "run"
        run.mkdir()
        if subprocess.run(["chattr", "+i", str(run)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not available here")
        try:
            err = refused(capsys, "train", "net.toml", "--out", run)
            assert "--out: cannot create its lock file (operation not permitted)" in err
        finally:
            subprocess.run(["chattr", "-i", str(run)])


# --- a file too large for the process (RLIMIT_FSIZE) -------------------------------------------------

def run_limited(folder: Path, argv: list, max_bytes: int) -> subprocess.CompletedProcess:
    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "backprop.cli", *map(str, argv)], cwd=folder, capture_output=True,
                          text=True, timeout=120, preexec_fn=limit, env=env)


def test_a_resumed_run_whose_checkpoint_is_too_large_keeps_the_old_one(folder, capsys, monkeypatch):
    from backprop import steps

    original, count = steps.BatchStep.__call__, [0]

    def step_then_stop(self, index, learning_rate):
        result = original(self, index, learning_rate)
        count[0] += 1
        if count[0] == 60:  # in epoch 2, after the checkpoint of epoch 1
            os.kill(os.getpid(), signal.SIGTERM)
        return result

    monkeypatch.setattr(steps.BatchStep, "__call__", step_then_stop)
    status = cli.main(["train", "net.toml", "--out", "run"])
    capsys.readouterr()
    assert status == 143
    before = (folder / "run" / CHECKPOINT_NAME).read_bytes()
    done = run_limited(folder, ["train", "--resume", "run", "--dataset", "data.npz"], len(before) // 2)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "cannot write (file too large)" in done.stderr, done.stderr
    assert "ulimit -f" in done.stderr
    assert (folder / "run" / CHECKPOINT_NAME).read_bytes() == before and leftovers(folder) == []
