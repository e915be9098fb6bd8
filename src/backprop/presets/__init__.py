"""Preset problem files shipped with the package: ``backprop train --preset NAME`` is exactly
``backprop train <this folder>/NAME.toml``. Each is an ordinary problem file ([[layer]], [loss]) with
a [train] table; copy one to start your own."""

from __future__ import annotations

import difflib
from importlib import resources
from pathlib import Path

DEFAULT_PRESET = "mnist"


def presets() -> dict[str, Path]:
    """The bundled presets by name (the file name without .toml)."""
    folder = resources.files(__name__)
    return {Path(str(entry)).stem: Path(str(entry)) for entry in folder.iterdir()
            if str(entry).endswith(".toml")}


def preset_path(name: str) -> Path:
    """The file of preset ``name``; KeyError with a one-line message (and a did-you-mean) if unknown."""
    known = presets()
    if name not in known:
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise KeyError(f"unknown preset {name!r}; {hint}known presets: {', '.join(sorted(known))}")
    return known[name]
