"""Training progress for people: a bar per epoch on a terminal, one plain line per epoch elsewhere.

``train()`` never prints; it calls ``on_batch`` and ``on_epoch``, and this module turns those calls
into output. On a terminal (rich): one bar per epoch with the running loss, the speed in samples per
second and the time left in the epoch; when the epoch ends its bar stays, showing the epoch's
training and test loss and accuracy. When the output is a file or a pipe (a log, CI), each epoch is
one line of plain text, with the same numbers and the time left for the whole run. Under a notebook
kernel (Jupyter, Colab, VS Code): one HTML display updated in place, a bar and a table of the epochs
done, with no terminal escape codes.
"""

from __future__ import annotations

import sys
import time
from html import escape

from .training import EpochRecord

# On a terminal, redraw at most this often (seconds): per-sample training calls on_batch thousands
# of times a second, far more than anyone can read.
REFRESH = 0.1
# In a notebook each redraw is a message to the front end: fewer of them.
NOTEBOOK_REFRESH = 0.5


def _percent(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.2f}%"


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"


def describe_epoch(record: EpochRecord) -> str:
    """The epoch's numbers in one line: losses and accuracies, learning rate."""
    parts = [f"loss {record.train_loss:.4f}"]
    if record.train_accuracy is not None:
        parts.append(f"acc {_percent(record.train_accuracy)}")
    if record.validation_loss is not None:
        parts.append(f"| validation loss {record.validation_loss:.4f}")
        if record.validation_accuracy is not None:
            parts.append(f"acc {_percent(record.validation_accuracy)}")
    if record.test_loss is not None:
        parts.append(f"| test loss {record.test_loss:.4f}")
        if record.test_accuracy is not None:
            parts.append(f"acc {_percent(record.test_accuracy)}")
    parts.append(f"| lr {record.learning_rate:.4g}")
    return "  ".join(parts)


class PlainProgress:
    """One line per epoch on ``stream``: the numbers, the epoch's time and speed, the run's ETA."""

    def __init__(self, epochs: int, samples: int, stream=None):
        self.epochs, self.samples = epochs, samples
        self.stream = stream or sys.stdout
        self.started = time.perf_counter()

    def __enter__(self):
        self.started = time.perf_counter()
        return self

    def __exit__(self, *exc):
        return False

    def on_batch(self, epoch: int, done: int, running_loss: float) -> None:
        pass

    def on_epoch(self, record: EpochRecord) -> None:
        width = len(str(self.epochs))
        elapsed = time.perf_counter() - self.started
        left = elapsed / record.epoch * (self.epochs - record.epoch)
        speed = self.samples / record.seconds if record.seconds > 0 else float("inf")
        print(f"epoch {record.epoch:{width}d}/{self.epochs}  {describe_epoch(record)}  |"
              f" {record.seconds:.2f} s, {speed:,.0f} samples/s, ETA {_duration(left)}",
              file=self.stream, flush=True)


class BarProgress:
    """A rich progress bar per epoch; each stays on screen with the epoch's results."""

    def __init__(self, epochs: int, samples: int, stream=None):
        from rich.console import Console
        from rich.progress import (BarColumn, Progress, TaskProgressColumn, TextColumn,
                                   TimeRemainingColumn)

        self.epochs, self.samples = epochs, samples
        self.bars = Progress(
            TextColumn(f"epoch {{task.fields[epoch]:>{len(str(epochs))}}}/{epochs}"),
            BarColumn(bar_width=24), TaskProgressColumn(),
            TextColumn("{task.fields[speed]}"), TimeRemainingColumn(),
            TextColumn("{task.fields[numbers]}"),
            console=Console(file=stream or sys.stdout), refresh_per_second=10)
        self.task = None
        self.epoch_started = 0.0
        self.last_drawn = 0.0

    def __enter__(self):
        self.bars.__enter__()
        return self

    def __exit__(self, *exc):
        return self.bars.__exit__(*exc)

    def on_batch(self, epoch: int, done: int, running_loss: float) -> None:
        now = time.perf_counter()
        if self.task is None:
            self.epoch_started = now
            self.task = self.bars.add_task("", total=self.samples, epoch=epoch, speed="",
                                           numbers="")
        if now - self.last_drawn < REFRESH and done < self.samples:
            return
        self.last_drawn = now
        elapsed = now - self.epoch_started
        speed = f"{done / elapsed:,.0f} samples/s" if elapsed > 0 else ""
        self.bars.update(self.task, completed=done, speed=speed, numbers=f"loss {running_loss:.4f}")

    def on_epoch(self, record: EpochRecord) -> None:
        if self.task is None:  # an epoch without batches (cannot happen in train(), but be safe)
            self.task = self.bars.add_task("", total=self.samples, epoch=record.epoch, speed="",
                                           numbers="")
        speed = f"{self.samples / record.seconds:,.0f} samples/s" if record.seconds > 0 else ""
        self.bars.update(self.task, completed=self.samples, speed=speed,
                         numbers=describe_epoch(record))
        self.bars.stop_task(self.task)
        self.task = None


def notebook_display():
    """IPython's ``display`` function when this process is a notebook kernel (Jupyter, Colab, VS
    Code all run ipykernel), else None. IPython is never imported here: a kernel has loaded it."""
    ipython = sys.modules.get("IPython")
    display = sys.modules.get("IPython.display")
    if ipython is None or display is None or not hasattr(ipython, "get_ipython"):
        return None
    shell = ipython.get_ipython()
    return display.display if shell is not None and hasattr(shell, "kernel") else None


class _Html:
    """One state of the notebook bar: HTML for the notebook, text for whatever shows text only."""

    def __init__(self, html: str, plain: str):
        self.html, self.plain = html, plain

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.plain


class NotebookProgress:
    """A bar in a notebook cell, updated in place (an IPython display handle), with a row per epoch done."""

    def __init__(self, epochs: int, samples: int, display):
        self.epochs, self.samples, self.display = epochs, samples, display
        self.rows: list[str] = []
        self.lines: list[str] = []
        self.handle = None
        self.epoch_started = self.last_drawn = 0.0
        self.epoch, self.done, self.numbers = 1, 0, ""

    def __enter__(self):
        self.epoch_started = time.perf_counter()
        self.handle = self.display(self._state(), display_id=True)
        return self

    def __exit__(self, *exc):
        self._draw()
        return False

    def on_batch(self, epoch: int, done: int, running_loss: float) -> None:
        if epoch != self.epoch:
            self.epoch, self.epoch_started = epoch, time.perf_counter()
        self.done, self.numbers = done, f"loss {running_loss:.4f}"
        now = time.perf_counter()
        if now - self.last_drawn >= NOTEBOOK_REFRESH:
            self.last_drawn = now
            self._draw()

    def on_epoch(self, record: EpochRecord) -> None:
        speed = f"{self.samples / record.seconds:,.0f} samples/s" if record.seconds > 0 else ""
        self.rows.append(f"<tr><td>{record.epoch}/{self.epochs}</td><td>{escape(describe_epoch(record))}</td>"
                         f"<td>{record.seconds:.2f} s</td><td>{speed}</td></tr>")
        self.lines.append(f"epoch {record.epoch}/{self.epochs}  {describe_epoch(record)}")
        self.epoch, self.done, self.numbers = record.epoch + 1, 0, ""
        self.epoch_started = time.perf_counter()
        self._draw()

    def _draw(self) -> None:
        if self.handle is not None:
            self.handle.update(self._state())

    def _state(self) -> _Html:
        finished = len(self.rows) >= self.epochs
        value = self.epochs * self.samples if finished else (self.epoch - 1) * self.samples + self.done
        total = self.epochs * self.samples
        status = "done" if finished else f"epoch {self.epoch}/{self.epochs}: {self.done:,}/{self.samples:,} samples {self.numbers}"
        table = (f'<table class="backprop-epochs">{"".join(self.rows)}</table>' if self.rows else "")
        html = (f'<div class="backprop-progress" style="font-family: sans-serif; font-size: 13px">'
                f'<progress value="{value}" max="{total}" style="width: 320px"></progress> '
                f"<span>{100 * value / max(1, total):.0f}% {escape(status)}</span>{table}</div>")
        return _Html(html, "\n".join([*self.lines, f"{100 * value / max(1, total):.0f}% {status}"]))


def progress_for(epochs: int, samples: int, stream=None, bars: bool | None = None):
    """The progress reporter for ``stream`` (default stdout): a display updated in place under a
    notebook kernel, bars on a terminal, else plain lines.

    bars : force (True) or forbid (False) the terminal bars; None decides by ``stream.isatty()``
    (and a notebook kernel, when there is one, gets its own bar).
    """
    stream = stream or sys.stdout
    if bars is None:
        display = notebook_display()
        if display is not None:
            return NotebookProgress(epochs, samples, display)
        bars = hasattr(stream, "isatty") and stream.isatty()
    return (BarProgress if bars else PlainProgress)(epochs, samples, stream)
