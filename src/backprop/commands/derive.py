"""``backprop derive FILE [--param P] [--format F] [--expanded] [--notation N] [-o FILE]``: dL/d(parameter)
by the chain rule, simplified, expanded and as an update rule (backprop.symbolic); with a notation,
also in the homework's symbols."""

from __future__ import annotations

from ..bundled import problem_path
from ..problem import load_problem
from ..symbolic.document import Document, derive_document
from ..symbolic.notation_loading import load_notation
from ..symbolic.render import RENDERERS
from .common import write_output


def add_arguments(parser) -> None:
    parser.add_argument("file", help="problem file (TOML), or the name of a bundled example")
    parser.add_argument("--param", help="one parameter, e.g. W1[0,0], b2[1], b3 (shared); default: all")
    parser.add_argument("--format", choices=tuple(RENDERERS), default="text")
    parser.add_argument("--expanded", action="store_true",
                        help="also write the derivative fully in inputs, weights, biases and targets")
    parser.add_argument("--notation", help="also write each derivative in a homework's notation: a TOML file with"
                        " a [notation] table, or a bundled notation (seed000 ... seed004)")
    parser.add_argument("-o", "--output", help="write to this file instead of standard output")
    parser.set_defaults(handler=run)


def run(args) -> int:
    document = derivation(load_problem(problem_path(args.file)), args.param, args.expanded, args.notation)
    write_output(RENDERERS[args.format](document), args.output)
    return 0


def derivation(problem, param: str | None = None, expanded: bool = False, notation=None) -> Document:
    """The derivations of ``param`` (None: every parameter) of ``problem``; with ``notation`` (a
    bundled notation's name or a file) or the problem's own [notation], in its symbols too."""
    read = load_notation(notation, problem) if notation or problem.notation else None
    return derive_document(problem, param, expanded=expanded, notation=read)
