"""The README's shell examples run exactly as printed, in a temporary folder.

Every fenced code block of README.md without a language (or marked sh, bash, console) is one of:

* commands (no ``$`` prompt): run with bash, ``set -e``: each must succeed;
* a transcript (lines starting with ``$ ``, continued by a trailing backslash, each followed by its
  output): the command's output (stdout and stderr) must be the printed lines exactly;
* output only, marked ``<!-- readme-test: output of: COMMAND -->`` before it: the printed lines
  (``...`` lines aside) must appear in the command's output in that order.

A block may be marked, on the lines just before its fence, ``<!-- readme-test: skip: WHY -->``
(it cannot run offline or takes too long) or ``<!-- readme-test: setup: COMMAND -->`` (run first,
e.g. to make the file the example is about). The comments do not show when the README is rendered.

``backprop`` and ``python`` in the commands are the code under test (this checkout's sources), the
working folder holds a copy of ``examples/``, and BACKPROP_CACHE points into it: nothing outside
is written, nothing downloaded.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHELL_LANGUAGES = ("", "sh", "bash", "console", "shell")
MARKER = re.compile(r"<!--\s*readme-test:\s*(skip|setup|output of):\s*(.*?)\s*-->")


@dataclass
class Block:
    line: int                      # of the opening fence, from 1
    language: str
    text: str
    skip: str | None = None
    setup: list[str] = field(default_factory=list)
    output_of: str | None = None

    @property
    def id(self) -> str:
        first = next((line for line in self.text.splitlines() if line.strip()), "")
        return f"line {self.line}: {first.removeprefix('$ ')[:50]}"


def readme_blocks(text: str) -> list[Block]:
    """Every fenced code block of ``text`` with the readme-test markers just before it."""
    lines = text.splitlines()
    blocks, index = [], 0
    while index < len(lines):
        opening = re.match(r"^```(\S*)\s*$", lines[index])
        if not opening:
            index += 1
            continue
        end = next(k for k in range(index + 1, len(lines)) if lines[k].startswith("```"))
        block = Block(index + 1, opening.group(1), "\n".join(lines[index + 1:end]) + "\n")
        above = index - 1
        while above >= 0 and MARKER.fullmatch(lines[above].strip()):
            kind, value = MARKER.fullmatch(lines[above].strip()).groups()
            if kind == "skip":
                block.skip = value
            elif kind == "setup":
                block.setup.insert(0, value)
            else:
                block.output_of = value
            above -= 1
        blocks.append(block)
        index = end + 1
    return blocks


def transcript(text: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a ``$ `` block; a trailing backslash continues a command."""
    pairs, lines, index = [], text.splitlines(), 0
    while index < len(lines):
        assert lines[index].startswith("$ "), f"not a command: {lines[index]!r}"
        command = lines[index][2:]
        while command.endswith("\\"):
            index += 1
            command = command + "\n" + lines[index]
        index += 1
        output = []
        while index < len(lines) and not lines[index].startswith("$ "):
            output.append(lines[index])
            index += 1
        pairs.append((command, "\n".join(output)))
    return pairs


BLOCKS = [block for block in readme_blocks(README.read_text(encoding="utf-8"))
          if block.language in SHELL_LANGUAGES]


@pytest.fixture
def folder(tmp_path):
    """A working folder with examples/ and a bin/ whose backprop and python are the code under test."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    bin_folder = tmp_path / ".bin"
    bin_folder.mkdir()
    for name, program in (("backprop", f'"{sys.executable}" -m backprop.cli'), ("python", f'"{sys.executable}"')):
        (bin_folder / name).write_text(f'#!/bin/sh\nexec {program} "$@"\n')
        (bin_folder / name).chmod(0o755)
    return tmp_path


def shell(command: str, folder: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PATH": f"{folder / '.bin'}{os.pathsep}{os.environ['PATH']}",
                   "PYTHONPATH": str(ROOT / "src"), "BACKPROP_CACHE": str(folder / ".cache"),
                   "COLUMNS": "100", "OPENBLAS_NUM_THREADS": "1"}
    return subprocess.run(["bash", "-c", command], cwd=folder, env=environment, capture_output=True,
                          text=True, timeout=600)


def lines_of(text: str) -> list[str]:
    return [line.rstrip() for line in text.rstrip("\n").splitlines()]


def test_every_shell_block_is_run_or_says_why_not():
    assert len(BLOCKS) >= 10
    for block in BLOCKS:
        assert block.skip is None or len(block.skip) > 10, f"{block.id}: say why it is skipped"


@pytest.mark.parametrize("block", BLOCKS, ids=lambda block: block.id)
def test_readme_example_runs_as_printed(block, folder):
    if block.skip:
        pytest.skip(block.skip)
    for command in block.setup:
        done = shell(command, folder)
        assert done.returncode == 0, f"setup {command!r}: {done.stderr}"
    if block.output_of is not None:
        done = shell(block.output_of, folder)
        assert done.returncode == 0, done.stderr
        produced = iter(lines_of(done.stdout))
        for line in lines_of(block.text):
            if line.strip() in ("...", ""):
                continue
            assert any(line == candidate for candidate in produced), \
                f"README line {line!r} is not in the output of {block.output_of!r} (in this order)"
    elif block.text.lstrip().startswith("$ "):
        for command, expected in transcript(block.text):
            done = shell(f"{command} 2>&1", folder)
            assert lines_of(done.stdout) == lines_of(expected), f"{command}\n{done.stdout}"
    else:
        done = shell("set -e\n" + block.text, folder)
        assert done.returncode == 0, f"{block.text}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
