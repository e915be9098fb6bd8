"""The command line: ``backprop <command> ...``; the commands themselves are in backprop.commands.

Every failure a user can cause (a bad file, formula or flag) is a backprop.errors.UserError, caught
here in one place: one line on stderr naming what is wrong and what would be right, exit status 2,
never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import gc
import os
import re
import signal
import sys

from .commands import COMMANDS, KEPT_COMPILED, NO_CYCLE_COLLECTOR, ONE_BLAS_THREAD, add_commands
from .errors import UsageError, UserError
from .kept_methods import keep_methods
from .patterns import keep_every_pattern, lazy_pattern


class _Parser(argparse.ArgumentParser):
    """argparse's parser with one-line errors and no abbreviations: ``--epoch 1`` is not silently
    taken as ``--epochs 1``, it is an unknown flag with a suggestion (a prefix that matches today
    could match two flags tomorrow)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message):  # argparse would print usage and exit; we want one line
        if "; " not in message and "choose from" not in message:  # argparse says what, not what's right
            message += f"; see the options with: {self.prog} --help"
        choice = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)$", message)
        if choice:  # backprop trian: the closest subcommand (or value of a flag with choices)
            options = [option.strip().strip("'") for option in choice.group(2).split(",")]
            close = difflib.get_close_matches(choice.group(1), options, n=1, cutoff=0.6)
            if close:
                message += f"; did you mean {close[0]}?"
        raise UsageError(f"{self.prog}: {message}")


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``backprop``; ``chosen`` is the subcommand whose arguments it gets (None: all)."""
    parser = _Parser(prog="backprop", description="A workbench for backpropagation.")
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    add_commands(subparsers, chosen)
    return parser


def unknown_flags(parser: argparse.ArgumentParser, command: str | None, argv: list[str]) -> list[str]:
    """The ``--flags`` in ``argv`` (a subcommand's arguments) that the subcommand does not have.

    Looked for before argparse parses, so that a typo is reported as such rather than as the
    missing required flag it was meant to be (``check ... --formul F``).
    """
    sub = _subparser(parser, command)
    if sub is None:
        return []
    known = {option for action in sub._actions for option in action.option_strings}
    found = []
    for text in argv:
        if text == "--":  # everything after it is an argument, not a flag
            break
        if text.startswith("--") and text.split("=", 1)[0] not in known:
            found.append(text.split("=", 1)[0])
    return found


def unknown_arguments_error(parser: argparse.ArgumentParser, command: str | None,
                            unknown: list[str]) -> UsageError:
    """The one line for arguments the subcommand does not take: the first unknown flag with the
    closest one it has (``--epohcs`` -> ``--epochs``), and the subcommand's own help, which lists
    its flags (the top-level help does not)."""
    sub = _subparser(parser, command)
    prog = sub.prog if sub is not None else parser.prog
    flags = [text for text in unknown if text.startswith("-")]
    if not flags:
        options = set() if sub is None else {option for action in sub._actions for option in action.option_strings}
        # check FILE "dE/dw = ..." is a new user's first try: the formula goes after --latex
        hint = f"a formula is given after --latex (LaTeX or plain text): {prog} FILE --latex '{unknown[0]}'; " \
            if "--latex" in options else ""
        return UsageError(f"{prog}: unexpected argument {' '.join(unknown)!r}; {hint}see the arguments with:"
                          f" {prog} --help")
    known = [] if sub is None else [option for action in sub._actions for option in action.option_strings]
    close = difflib.get_close_matches(flags[0], known, n=1, cutoff=0.75)
    if not close and re.fullmatch(r"-[A-Za-z]", flags[0]):  # -o where the long flag is --out
        close = [option for option in known if option.startswith("--" + flags[0][1])][:1]
    if not close:  # --lr for --learning-rate: the initials of a flag's words
        close = [option for option in known if option.startswith("--") and "-" in option[2:]
                 and "".join(word[0] for word in option[2:].split("-")) == flags[0].lstrip("-").lower()][:1]
    hint = f"did you mean {close[0]}? " if close else _positional_hint(sub, flags[0])
    return UsageError(f"{prog}: unknown option {flags[0]}; {hint}see the options with: {prog} --help")


def _positional_hint(sub, flag: str) -> str:
    """``--problem`` to a subcommand that takes the problem file as an argument (``check FILE``):
    the hint to give it without the flag, as grade's ``--problem FILE`` habit would not."""
    word = flag.lstrip("-").lower()
    for action in [] if sub is None else sub._actions:
        help_words = (action.help or "").lower().split()
        if not action.option_strings and word in {action.dest.lower(), *help_words[:1]}:
            name = (action.metavar or action.dest).upper()
            return f"the {word} is an argument, given without a flag: {sub.prog} {name} ...; "
    return ""


def _subparser(parser: argparse.ArgumentParser, command: str | None):
    """The parser of subcommand ``command`` within ``parser`` (None: no such subcommand)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices.get(command)
    return None


# Options whose value is a formula: "-2*x[0]" or "-t[0]*..." would look like an option to argparse.
FORMULA_OPTIONS = ("--formula", "--latex")
# What follows --latex may be the next flag (--latex is also a switch: --formula F --latex).
_FLAG = lazy_pattern(r"--?[A-Za-z][A-Za-z-]*(=.*)?")


def _glue_formulas(argv: list[str]) -> list[str]:
    """``--formula -2*x[0]`` -> ``--formula=-2*x[0]``, so that a formula may start with a minus."""
    glued, index = [], 0
    while index < len(argv):
        following = argv[index + 1] if index + 1 < len(argv) else ""
        if argv[index] in FORMULA_OPTIONS and following.startswith("-") and not (
                argv[index] == "--latex" and _FLAG.fullmatch(following)):
            glued.append(f"{argv[index]}={argv[index + 1]}")
            index += 2
        else:
            glued.append(argv[index])
            index += 1
    return glued


class _Interrupts:
    """Ctrl-C as Python handles it (KeyboardInterrupt), but remembered: an interrupt that lands in
    a C extension's import (numpy's) comes out as an ImportError, and is still an interrupt."""

    received = False

    @classmethod
    def note(cls, signum, frame):
        cls.received = True
        raise KeyboardInterrupt

    @classmethod
    @contextlib.contextmanager
    def watched(cls):
        """While inside, Ctrl-C is noted (where Python's own handler is the one in place)."""
        cls.received = False
        ours = signal.getsignal(signal.SIGINT) is signal.default_int_handler
        if ours:
            signal.signal(signal.SIGINT, cls.note)
        try:
            yield
        finally:
            if ours:
                signal.signal(signal.SIGINT, signal.default_int_handler)


def main(argv: list[str] | None = None) -> int:
    """The program (``argv`` None: ``sys.argv``, then the process exits), or one command line run from Python."""
    program = argv is None
    argv = sys.argv[1:] if argv is None else list(argv)
    chosen = argv[0] if argv and argv[0] in COMMANDS else None
    if chosen in ONE_BLAS_THREAD and "numpy" not in sys.modules:  # read by OpenBLAS as NumPy loads it
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if program and chosen in NO_CYCLE_COLLECTOR:
        # off to the process's exit: turned back on, its first collection would walk every object the command made.
        # main(argv) from Python (a test, a notebook) leaves the collector as it is
        gc.disable()
    if program and chosen in KEPT_COMPILED:  # before the command's modules make their dataclasses and patterns
        keep_methods()
        keep_every_pattern()
    with _Interrupts.watched():
        return _run(argv, chosen)


def _run(argv: list[str], chosen: str | None) -> int:
    try:
        parser = build_parser(chosen)
        argv = _glue_formulas(argv)
        unknown = unknown_flags(parser, chosen, argv[1:])
        if not unknown:
            args, unknown = parser.parse_known_args(argv)
        if unknown:
            raise unknown_arguments_error(parser, chosen, unknown)
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
    except Exception:
        if _Interrupts.received:  # what Ctrl-C broke on its way (an import), not a bug to show
            print("interrupted", file=sys.stderr)
            return 130
        raise


if __name__ == "__main__":
    sys.exit(main())
