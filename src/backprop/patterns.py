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
"""

from __future__ import annotations

import re

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
        compiled = re.compile(self.pattern, self.given_flags)
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


def lazy_pattern(pattern: str, flags: int = 0, needs: tuple[str, ...] = ()) -> LazyPattern:
    """``re.compile(pattern, flags)`` on first use; not compiled for a string holding none of ``needs`` (see the
    module's docstring)."""
    return LazyPattern(pattern, flags, needs)
