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
"""

from __future__ import annotations

import re

#: what a LazyPattern answers from its compiled pattern once compiled
_COMPILED_ATTRIBUTES = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner",
                        "flags", "groups", "groupindex")


class LazyPattern:
    """A regular expression's text and flags, compiled by ``re.compile`` on the first use of a method."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.given_flags = flags

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
        self._compile()
        return self.__dict__[name]

    def __repr__(self) -> str:
        return f"lazy_pattern({self.pattern!r}" + (f", {self.given_flags!r})" if self.given_flags else ")")


def lazy_pattern(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)`` on first use (see the module's docstring)."""
    return LazyPattern(pattern, flags)
