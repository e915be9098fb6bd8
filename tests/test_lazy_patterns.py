"""backprop.patterns.lazy_pattern: a module's pattern compiled on first use is the pattern ``re.compile`` made."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import backprop
from backprop.patterns import LazyPattern, lazy_pattern


def _lazy_patterns() -> list[tuple[str, LazyPattern]]:
    """Every LazyPattern a backprop module holds at its top level, in names, tuples, lists and dicts (with where)."""
    found = []

    def visit(value, where: str, depth: int = 0):
        if isinstance(value, LazyPattern):
            found.append((where, value))
        elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
            for number, item in enumerate(value):
                visit(item, f"{where}[{number}]", depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for key, item in value.items():
                visit(item, f"{where}[{key!r}]", depth + 1)
        elif depth < 3 and hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
            for field in value.__dataclass_fields__:
                visit(getattr(value, field, None), f"{where}.{field}", depth + 1)
    for module in pkgutil.walk_packages(backprop.__path__, "backprop."):
        if module.name.endswith("__main__"):
            continue
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            visit(value, f"{module.name}.{name}")
    return found


def test_a_lazy_pattern_compiles_what_re_compile_does():
    pattern = lazy_pattern(r"(?P<name>[a-z]+)_(\d)", re.I)
    assert pattern.pattern == r"(?P<name>[a-z]+)_(\d)"
    assert pattern.compiled() == re.compile(r"(?P<name>[a-z]+)_(\d)", re.I)
    assert pattern.compiled() is pattern.compiled()
    assert (pattern.flags, pattern.groups, dict(pattern.groupindex)) == (re.I | re.U, 2, {"name": 1})
    assert pattern.search("x W_2").group("name") == "W"
    assert pattern.sub(r"\2", "w_1 + b_2") == "1 + 2"
    assert [match.span() for match in pattern.finditer("a_1 b_2")] == [(0, 3), (4, 7)]
    assert pattern.fullmatch("a_1") and not pattern.match(" a_1") and pattern.split("1 a_1 2") == ["1 ", "a", "1", " 2"]


def test_a_lazy_pattern_is_compiled_on_first_use_only():
    pattern = lazy_pattern(r"[")  # an error surfaces at the first use, never at import
    assert "_compiled" not in vars(pattern)
    with pytest.raises(re.error):
        pattern.search("[")
    with pytest.raises(AttributeError):
        lazy_pattern("a").no_such_method  # noqa: B018


def test_every_module_pattern_compiles_to_the_pattern_written():
    found = _lazy_patterns()
    assert len(found) > 400  # the readers' patterns, all made by lazy_pattern
    for where, pattern in found:
        compiled = pattern.compiled()
        assert (compiled.pattern, compiled.flags) == (pattern.pattern, re.compile(pattern.pattern,
                                                                                     pattern.given_flags).flags), where


def test_a_match_names_the_compiled_pattern_never_the_lazy_one():
    # match.re is the compiled re.Pattern: a reader that tells its patterns apart by it compares with .compiled()
    pattern = lazy_pattern(r"\d+")
    assert pattern.search("a 12").re is pattern.compiled() and pattern.search("a 12").re is not pattern
    written = re.compile(r"\.re\s+is\s+(?:not\s+)?(_?[A-Z][A-Z0-9_]*)\b(?!\.compiled\(\))")
    for path in Path(backprop.__file__).parent.rglob("*.py"):
        assert not written.search(path.read_text(encoding="utf-8")), path
