"""Regular expressions compiled when first used: ``lazy_pattern(text, flags)`` for a module's patterns.

A check imports every reader its path may need, and most of their patterns serve one kind of
formula (a code language's definitions, a prose layout, a remark's words); compiling them all at
import cost a check about as much as the rest of backprop's start-up. A ``LazyPattern`` keeps the
text and flags, compiles on its first use, and from then on answers with the compiled pattern's
own bound methods (``search``, ``match``, ``fullmatch``, ``sub``, ``subn``, ``split``,
``findall``, ``finditer``, ``scanner``) and attributes (``flags``, ``groups``, ``groupindex``), so
a use costs what a compiled pattern's does. ``pattern`` is the text, readable without compiling,
so that patterns built from other patterns' ``.pattern`` stay so. It is not a ``re.Pattern``:
call its methods (``NAME.search(text)``), never ``re.search(NAME, text)``.

``needs``, where given, are texts one of which is in every string the pattern matches in (a keyword
of the syntax it reads: ``function``, ``def``; a command: ``\\text``). Until the pattern is
compiled, a use on a string holding none of them answers what the compiled pattern would, no match,
without compiling it: ``search``, ``match`` and ``fullmatch`` None, ``findall`` [], ``finditer`` an
empty iterator, ``sub`` the string, ``subn`` (the string, 0), ``split`` [the string]. A LaTeX
formula so never compiles a code language's patterns. tests/test_lazy_patterns.py proves each
pattern's ``needs`` from its parsed form (a literal every match holds).

A pattern compiled once is kept for the next process: ``re.compile`` parses the text and builds the
program of the regular expression engine (``_sre``) in Python, which was a third of a first check's
run (the readers' 150-odd patterns README's seed-004 check compiles); the program, its flags and
groups are written at exit into the user's cache folder (``patterns-<Python's tag>.marshal``, as the
interpreter keeps bytecode) and the next process makes the pattern from them with ``_sre.compile``,
as ``re.compile`` itself ends. An entry is stored only where the pattern made from it equals
``re.compile``'s (same text, flags and program), and only for this very Python (``sys.version``); a
cache that cannot be read or written is no cache, the patterns compiled as before.
"""

from __future__ import annotations

import _sre
import marshal
import re
import sys
from re import _compiler, _parser

from .user_cache import KeptFile, cache_folder

#: what a LazyPattern answers from its compiled pattern once compiled
_COMPILED_ATTRIBUTES = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner",
                        "flags", "groups", "groupindex")
#: method -> (the position of its string argument, what it answers for a string it cannot match in)
_NO_MATCH = {"search": (0, lambda string: None), "match": (0, lambda string: None),
             "fullmatch": (0, lambda string: None), "findall": (0, lambda string: []),
             "finditer": (0, lambda string: iter(())), "split": (0, lambda string: [string]),
             "sub": (1, lambda string: string), "subn": (1, lambda string: (string, 0))}


class LazyPattern:
    """A regular expression's text and flags, compiled by ``re.compile`` on the first use of a method (on the first
    use on a string holding one of ``needs``, where given)."""

    def __init__(self, pattern: str, flags: int = 0, needs: tuple[str, ...] = ()):
        self.pattern = pattern
        self.given_flags = flags
        self.needs = needs

    def compiled(self) -> re.Pattern:
        """The ``re.Pattern``, compiled now if it was not."""
        found = self.__dict__.get("_compiled")
        return found if found is not None else self._compile()

    def _compile(self) -> re.Pattern:
        compiled = compile_kept(self.pattern, self.given_flags)
        # set on the instance, these shadow __getattr__ from now on: a use costs what the compiled pattern's does
        self.__dict__.update({attribute: getattr(compiled, attribute) for attribute in _COMPILED_ATTRIBUTES},
                             _compiled=compiled)
        return compiled

    def __getattr__(self, name: str):
        # called only for an attribute not set yet: before the first use, each of _COMPILED_ATTRIBUTES
        if name not in _COMPILED_ATTRIBUTES:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        if self.needs and name in _NO_MATCH:
            return self._unless_needed(name)
        self._compile()
        return self.__dict__[name]

    def _unless_needed(self, name: str):
        """``name``'s method that answers "no match" for a string holding none of ``needs``, and compiles otherwise
        (kept on the instance until _compile replaces it with the compiled pattern's)."""
        position, no_match = _NO_MATCH[name]
        needs = self.needs

        def method(*arguments, **keywords):
            string = arguments[position] if len(arguments) > position else keywords["string"]
            if "_compiled" not in self.__dict__ and not any(need in string for need in needs):
                return no_match(string)
            return getattr(self.compiled(), name)(*arguments, **keywords)
        self.__dict__[name] = method
        return method

    def __repr__(self) -> str:
        return (f"lazy_pattern({self.pattern!r}" + (f", {self.given_flags!r}" if self.given_flags else "")
                + (f", needs={self.needs!r})" if self.needs else ")"))


def longest_first(alternative: str) -> tuple[int, str]:
    """The sort key of a pattern's alternatives built from a set: the longest first (before a prefix of it), equal
    lengths in alphabetical order, so that the pattern's text is the same in every process (a set's order is not,
    and compiled patterns are kept by their text)."""
    return -len(alternative), alternative


def lazy_pattern(pattern: str, flags: int = 0, needs: tuple[str, ...] = ()) -> LazyPattern:
    """``re.compile(pattern, flags)`` on first use; not compiled for a string holding none of ``needs`` (see the
    module's docstring)."""
    return LazyPattern(pattern, flags, needs)


#: (pattern, flags) -> _sre.compile's arguments after the text (flags, program, groups, groupindex, indexgroup),
#: each in marshal's bytes, read from the cache file only when used
_FILE = KeptFile(lambda: cache_folder() / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal")


#: re's own compiling, which ``re.compile`` and ``re.search(text, ...)`` end in (before keep_every_pattern)
_RE_COMPILE = _compiler.compile


def keep_every_pattern() -> None:
    """From now on in this process, every pattern ``re`` compiles (a reader's ``re.search(r"...", text)``, SymPy's at
    its import) is made from a kept program as compile_kept makes one: called by the command line for the commands in
    ``commands.KEPT_COMPILED`` run as the program, where the 190-odd patterns README's check compiled so were 10-15
    ms of its start-up. ``re`` calls its compiler's ``compile`` by name, after its own cache of 512 patterns."""
    _compiler.compile = _compile_any


def _compile_any(pattern, flags=0):
    """``re._compiler.compile`` with compile_kept for a text (never a parsed pattern, re.Scanner's, nor DEBUG's)."""
    if isinstance(pattern, (str, bytes)) and not flags & re.DEBUG:
        return compile_kept(pattern, flags)
    return _RE_COMPILE(pattern, flags)


def compile_kept(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, made from the program an earlier process kept where there is one (see the
    module's docstring)."""
    key = (pattern, int(flags))
    kept = _FILE.get(key)
    if kept is not None:
        try:
            compiled = _sre.compile(pattern, *marshal.loads(kept))
        except Exception:  # an entry of another shape: compiled anew below, and replaced
            pass
        else:
            _FILE.use(key, kept)
            return compiled
    compiled = _RE_COMPILE(pattern, int(flags))
    arguments = _program(pattern, int(flags))
    if arguments is not None and _sre.compile(pattern, *arguments) == compiled:
        _FILE.make(key, marshal.dumps(arguments))
    return compiled


def _program(pattern: str, flags: int) -> tuple | None:
    """``_sre.compile``'s arguments after the text, made by ``re._compiler.compile``'s steps; None where this Python's
    ``re`` has other steps (the caller keeps only what equals ``re.compile``'s pattern)."""
    try:
        parsed = _parser.parse(pattern, flags)
        indexgroup = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        # the program's opcodes are int subclasses (re._constants' named ones): plain ints, as marshal writes them
        arguments = (int(flags | parsed.state.flags), [int(word) for word in _compiler._code(parsed, flags)],
                     parsed.state.groups - 1, dict(parsed.state.groupdict), tuple(indexgroup))
        marshal.dumps(arguments)
        return arguments
    except Exception:
        return None
