"""The command line: ``backprop <command> ...``; the commands themselves are in backprop.commands.

Every failure a user can cause (a bad file, formula or flag) is a backprop.errors.UserError, caught
here in one place: one line on stderr naming what is wrong and what would be right, exit status 2,
never a traceback.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

from .commands import COMMANDS, add_commands
from .errors import UsageError, UserError


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse would print usage and exit; we want one line
        if "; " not in message and "choose from" not in message:  # argparse says what, not what's right
            message += f"; see the options with: {self.prog} --help"
        raise UsageError(f"{self.prog}: {message}")


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``backprop``; ``chosen`` is the subcommand whose arguments it gets (None: all)."""
    parser = _Parser(prog="backprop", description="A workbench for backpropagation.")
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    add_commands(subparsers, chosen)
    return parser


# Options whose value is a formula: "-2*x[0]" or "-t[0]*..." would look like an option to argparse.
FORMULA_OPTIONS = ("--formula",)


def _glue_formulas(argv: list[str]) -> list[str]:
    """``--formula -2*x[0]`` -> ``--formula=-2*x[0]``, so that a formula may start with a minus."""
    glued, index = [], 0
    while index < len(argv):
        if argv[index] in FORMULA_OPTIONS and index + 1 < len(argv) and argv[index + 1].startswith("-"):
            glued.append(f"{argv[index]}={argv[index + 1]}")
            index += 2
        else:
            glued.append(argv[index])
            index += 1
    return glued


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    chosen = argv[0] if argv and argv[0] in COMMANDS else None
    try:
        args = build_parser(chosen).parse_args(_glue_formulas(argv))
        return args.handler(args)
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``backprop explain | head``): nothing more can be written, and
        # Python would print a traceback when it flushes stdout at exit. Exit as `yes | head` does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
