"""The methods ``dataclasses`` writes, kept compiled between processes of the command line (issue 13 item 5).

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` (and a frozen one's
``__setattr__`` and ``__delattr__``) as Python text and runs it with ``exec``, which compiles the text anew in every
process: Python 3.11 does one ``exec`` a method, about 85 microseconds each, and a check's 78 dataclasses (the
readers' nodes, claims, notations) wrote 387 of them, about 35 ms of README's check's start-up. ``keep_methods()``,
called by the command line for the commands in ``commands.KEPT_COMPILED`` run as the program (never by a module, a
test or a notebook that imports backprop), has dataclasses run the code object compiled from that very text by an
earlier process instead: kept at exit in the user's cache folder (``methods-<Python's tag>.marshal``, read for this
``sys.version`` only, as the interpreter keeps bytecode), and compiled as ``exec`` compiles a text (file name
``<string>``, no inherited ``__future__`` flags, the interpreter's optimisation level) where there is none. The class
made is the one dataclasses makes: the same text run with the same globals and locals.
"""

from __future__ import annotations

import builtins
import sys

from .user_cache import KeptFile, cache_folder

#: text -> code object: the methods' code kept in the cache file, for this Python's version and optimisation level
_FILE = KeptFile(lambda: cache_folder() / f"methods-{sys.implementation.cache_tag}-O{sys.flags.optimize}.marshal")


def keep_methods() -> None:
    """From now on in this process, dataclasses runs its methods' code kept by an earlier process (module docstring)."""
    # imported here, not with the module: the command line imports this one for every command, and dataclasses
    # (with inspect) was about 7 ms of a bare ``backprop --help``, which makes no dataclass
    import dataclasses
    dataclasses.exec = _exec_kept  # a module global: found before the builtin by dataclasses' own calls


def _exec_kept(source, globals=None, locals=None, /):
    """``exec(source, globals, locals)`` as dataclasses calls it (a text, a module's globals, a namespace), with the
    text's code from the cache file where it has it; any other call (no globals given) is exec's own."""
    if not isinstance(source, str) or not isinstance(globals, dict):
        frame = sys._getframe(1)  # exec without globals runs in its caller's namespaces, not this function's
        return builtins.exec(source, frame.f_globals if globals is None else globals,
                             frame.f_locals if globals is None and locals is None else locals)
    code = _FILE.get(source)
    if code is None:
        code = compile(source, "<string>", "exec", dont_inherit=True)  # as exec compiles a text dataclasses gives it
        _FILE.make(source, code)
    else:
        _FILE.use(source, code)
    return builtins.exec(code, globals, locals)
