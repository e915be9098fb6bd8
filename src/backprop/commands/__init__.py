"""Every subcommand of ``backprop``, one module each (``examples`` lives beside ``explain``).

Each module has ``add_arguments(parser)`` and ``run(args) -> exit status``; :data:`COMMANDS` holds
their names and one-line help. The command line imports only the module of the subcommand it runs,
so that ``backprop explain`` does not pay for SymPy (derive, check) or matplotlib (train).
"""

from __future__ import annotations

from importlib import import_module

#: name -> (module in this package, one-line help)
COMMANDS = {
    "explain": ("explain", "a worked solution: every number of forward pass, backward pass and update"),
    "examples": ("explain", "list the bundled example problem files"),
    "derive": ("derive", "derive dL/d(parameter) with SymPy: chain rule, simplified, expanded, and the"
                         " update rule"),
    "check": ("check", "check a hand-derived dL/d(parameter) or update rule; exit 0 correct, 1 wrong,"
                       " 2 unreadable"),
    "grade": ("grade", "grade whole submissions, a class at a time: every gradient, update and value claim"),
    "variants": ("variants", "write a problem file per student with other numbers, with answer keys and a"
                             " roster"),
    "train": ("train", "train a network on a dataset (default: the mnist preset on the bundled sample)"),
    "evaluate": ("evaluate", "loss, accuracy, per-class precision and recall, confusion matrix of a model"),
    "predict": ("predict", "classes and probabilities for rows of a CSV/NPZ file or images of digits"),
}

#: The commands whose arrays are a worked example's or a formula's (a few numbers): one BLAS thread is
#: all they can use, and OpenBLAS starting its pool of threads was about 50 ms of each one's start-up
#: (``import numpy``: 0.13 s against 0.08 s on this 2-core machine). train, evaluate and predict keep it.
ONE_BLAS_THREAD = frozenset({"explain", "examples", "derive", "check", "grade", "variants"})
#: The commands whose process runs without Python's cycle collector (cli.main, the program, calls gc.disable): one
#: formula's check, whose objects are nearly all long-lived (SymPy's and NumPy's modules, classes and caches, the
#: readers' tables), which each collection of the older generations walked again; its cyclic garbage (an exception's
#: traceback, a parser's frames) is small, freed at exit. Not grade, variants or train: a class's files, minutes.
NO_CYCLE_COLLECTOR = frozenset({"check"})
#: The commands whose process makes what it would compile from what an earlier process compiled (cli.main, the
#: program): its dataclasses' methods (kept_methods.keep_methods) and every regular expression
#: (patterns.keep_every_pattern). One formula's check compiled 387 methods of 78 dataclasses, about 35 ms of its
#: start-up, and 190-odd patterns written in place (a reader's re.search(r"..."), SymPy's), 10-15 ms.
KEPT_COMPILED = frozenset({"check"})


def add_commands(subparsers, chosen: str | None) -> None:
    """Add the subcommands to argparse's ``subparsers``: ``chosen`` alone, with its arguments (and its
    module imported); with None (``backprop --help``, a command that is none of these), every one,
    listed with its help. The other commands' parsers were about 0.3 ms each of every command's
    start-up, for a list that only the top level's help and errors show."""
    for name, (module_name, help_text) in COMMANDS.items():
        if chosen is not None and name != chosen:
            continue
        parser = subparsers.add_parser(name, help=help_text)
        if name == chosen:
            module = import_module(f"{__name__}.{module_name}")
            getattr(module, f"add_{name}_arguments", module.add_arguments)(parser)
