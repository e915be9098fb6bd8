"""Files shipped inside the package, found by name: example problem files (``backprop explain
seed000_regression``) and training presets (``backprop train --preset mnist``).

Each kind is a folder of the package holding ``<name>.toml`` files; a name that is not there is a
UserError with the closest name and the list of known ones.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import UserError, did_you_mean

#: the package's folder, where its files are (the package is installed as files, never run from a
#: zip: the paths are handed on as Paths); importlib.resources gave the same folder for 5 ms of
#: imports in every command's start-up
PACKAGE = Path(__file__).parent
#: kind -> (folder in the package, what one file of it is called in messages)
KINDS = {"examples": ("examples", "bundled example"), "presets": ("presets", "preset"),
         "notations": ("symbolic/notations", "bundled notation")}
DEFAULT_EXAMPLE = "seed004_softmax_classifier"
DEFAULT_PRESET = "mnist"


def bundled(kind: str) -> dict[str, Path]:
    """The bundled files of ``kind`` by name (the file name without .toml)."""
    folder = PACKAGE / KINDS[kind][0]
    return {entry.stem: entry for entry in folder.iterdir() if entry.name.endswith(".toml")}


def bundled_path(kind: str, name: str) -> Path:
    """The file of the bundled ``name`` of ``kind``; UserError (with a did-you-mean) if unknown."""
    known = bundled(kind)
    if name not in known:
        hint = did_you_mean(name, known)
        noun = KINDS[kind][1]
        raise UserError(f"unknown {noun} {name!r}", f"{hint}known {noun}s: {', '.join(sorted(known))}")
    return known[name]


def problem_path(name: str | None) -> Path:
    """A problem file given on the command line: a path as given, or, when no such file exists, the
    bundled example of that name; None: the default example."""
    if name is None:
        return bundled_path("examples", DEFAULT_EXAMPLE)
    path = Path(name)
    if path.exists() or os.path.lexists(path):
        return path
    if name in bundled("examples"):
        return bundled("examples")[name]
    if path.suffix == "" and len(path.parts) == 1:
        # a name, not a path: most likely a bundled example's, misspelt
        hint = did_you_mean(name, bundled("examples"))
        raise UserError("no such file, nor a bundled example", f"{hint}give a .toml problem file, or a"
                        " bundled example's name (backprop examples lists them)", name)
    return path
