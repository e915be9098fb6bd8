"""backprop.patterns.lazy_pattern: a module's pattern compiled on first use is the pattern ``re.compile`` made."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest
from re import _constants as sre_constants, _parser as sre_parser

import backprop
from backprop import patterns
from backprop.patterns import LazyPattern, lazy_pattern
from backprop.user_cache import KeptFile


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


def test_a_pattern_with_needs_is_not_compiled_for_a_string_without_them():
    pattern = lazy_pattern(r"(?:export[ \t]+)?function[ \t]+(\w+)|def[ \t]+(\w+)", needs=("function", "def"))
    text = r"\frac{\partial L}{\partial w} = x"
    assert pattern.search(text) is None and pattern.match(text) is None and pattern.fullmatch(text) is None
    assert pattern.findall(text) == [] and list(pattern.finditer(text)) == [] and pattern.split(text) == [text]
    assert pattern.sub("", text) == text and pattern.subn(lambda found: "", string=text) == (text, 0)
    assert "_compiled" not in vars(pattern)
    assert pattern.search("y = 1; def f(x)").group(2) == "f" and "_compiled" in vars(pattern)
    assert pattern.search == pattern.compiled().search  # compiled: the pattern's own methods from then on
    unused = lazy_pattern(r"def[ \t]+(\w+)", needs=("def",))
    assert unused.sub("", "def f") == "" and unused.sub("", "x = 1") == "x = 1"  # compiled by the first
    assert unused.sub == unused.compiled().sub


def _literal(op, value, folded: bool) -> str | None:
    """The one character ``op`` matches (a literal, or a class of one literal), None for anything else (and for a
    letter where case is ignored)."""
    if op is sre_constants.IN and len(value) == 1 and value[0][0] is sre_constants.LITERAL:
        op, value = value[0]
    if op is not sre_constants.LITERAL or folded and chr(value).lower() != chr(value).upper():
        return None
    return chr(value)


def _holds_one_of(items, needs: tuple[str, ...], folded: bool) -> bool:
    """Whether every string ``items`` (a parsed pattern) matches in holds one of ``needs``: a run of literals in
    sequence that contains one, or an item that must match (a group, a repeat of at least one, a lookaround, an
    alternation each of whose branches does) holding one. Sound, not complete: a True is a proof."""
    run = ""
    for op, value in [*items, (None, None)]:
        character = _literal(op, value, folded) if op is not None else None
        if character is not None:
            run += character
            continue
        if any(need in run for need in needs):
            return True
        run = ""
        if op is sre_constants.SUBPATTERN:
            _, added, removed, inner = value
            inside = (folded or bool(added & re.I)) and not removed & re.I
            if _holds_one_of(inner, needs, inside):
                return True
        elif op is sre_constants.ATOMIC_GROUP and _holds_one_of(value, needs, folded):
            return True
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT) \
                and value[0] >= 1 and _holds_one_of(value[2], needs, folded):
            return True
        elif op is sre_constants.ASSERT and _holds_one_of(value[1], needs, folded):  # a lookaround's text is there
            return True
        elif op is sre_constants.BRANCH and all(_holds_one_of(branch, needs, folded) for branch in value[1]):
            return True
    return False


def test_the_proof_of_needs_refuses_what_may_match_without_them():
    def proved(pattern: str, needs: tuple[str, ...], flags: int = 0) -> bool:
        parsed = sre_parser.parse(pattern, flags)
        return _holds_one_of(parsed, needs, bool(parsed.state.flags & re.I))
    assert proved(r"[ \t]*func[ \t]+(\w+)", ("func",)) and proved(r"(?:a|b)?x(?:def|let)", ("def", "let"))
    assert not proved(r"(?:def|let)?x", ("def", "let")) and not proved(r"def|x", ("def",))
    assert not proved(r"(?i:function)", ("function",)) and not proved(r"function", ("function",), re.I)
    assert proved(r"(?=[^=]*=)\w", ("=",)) and not proved(r"(?!.*=)\w", ("=",))
    assert proved(r"(?:\\text)+", ("\\text",)) and not proved(r"(?:\\text)*", ("\\text",))


def test_every_pattern_with_needs_holds_one_of_them_in_every_match():
    given = [(where, pattern) for where, pattern in _lazy_patterns() if pattern.needs]
    assert given  # the code languages' and prose's patterns
    for where, pattern in given:
        assert isinstance(pattern.needs, tuple) and all(isinstance(need, str) and need for need in pattern.needs), where
        parsed = sre_parser.parse(pattern.pattern, pattern.given_flags)
        assert _holds_one_of(parsed, pattern.needs, bool(parsed.state.flags & re.I)), where


@pytest.fixture
def empty_pattern_cache(monkeypatch, tmp_path):
    """patterns' cache of compiled programs in an empty folder of the test's, as a new process finds it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(patterns, "_FILE", KeptFile(patterns._FILE.path))
    return tmp_path / "cache" / "backprop"


def _new_process(monkeypatch):
    monkeypatch.setattr(patterns, "_FILE", KeptFile(patterns._FILE.path))


def test_a_kept_pattern_is_the_pattern_re_compile_makes(empty_pattern_cache, monkeypatch):
    written = [(r"(?P<name>[a-z]+)_(\d)", re.I), (r"(?x) a \s+ (b|c)* (?<![d])", 0), (r"[αβγ]\w{2,5}?$", re.M),
               (r"\\frac\{(?:[^{}]|\{[^{}]*\})*\}", 0)]
    first = [patterns.compile_kept(text, flags) for text, flags in written]
    assert first == [re.compile(text, flags) for text, flags in written] and len(patterns._FILE.made) == 4
    patterns._FILE.write()
    assert [path.name for path in empty_pattern_cache.iterdir()] == [patterns._FILE.path().name]
    _new_process(monkeypatch)
    again = [patterns.compile_kept(text, flags) for text, flags in written]
    assert not patterns._FILE.made and len(patterns._FILE.used) == 4  # every one made from the file
    for made, (text, flags) in zip(again, written):
        compiled = re.compile(text, flags)
        assert made == compiled and (made.flags, made.groups, dict(made.groupindex)) == (
            compiled.flags, compiled.groups, dict(compiled.groupindex))
    assert again[0].search("x W_2").group("name") == "W" and again[1].fullmatch("a  bcb")
    assert again[2].findall("αbc\nβdefgh") == ["αbc", "βdefgh"] and again[3].match(r"\frac{a{b}}").end() == 11


def test_a_cache_unreadable_or_unwritable_is_no_cache(empty_pattern_cache, monkeypatch):
    empty_pattern_cache.mkdir(parents=True)
    patterns._FILE.path().write_bytes(b"not marshal")
    assert patterns.compile_kept(r"a+b", 0) == re.compile(r"a+b") and patterns._FILE.made
    patterns._FILE.path().unlink()
    empty_pattern_cache.chmod(0o500)  # a folder it cannot write in
    try:
        patterns._FILE.write()
    finally:
        empty_pattern_cache.chmod(0o700)
    assert sorted(path.name for path in empty_pattern_cache.iterdir()) in ([], [patterns._FILE.path().name])


def test_alternatives_longest_first_are_in_one_order_in_every_process():
    assert sorted({"ln", "log", "exp", "sigma", "cos"}, key=patterns.longest_first) == ["sigma", "cos", "exp", "log",
                                                                                       "ln"]


def test_every_module_pattern_is_the_same_text_in_every_process():
    # a pattern is kept by its text (patterns.compile_kept): one built from a set's order (sorted by length alone)
    # would be a new text, compiled anew and written at exit, in each process with another hash seed
    code = ("import sys; sys.path.insert(0, 'tests'); from test_lazy_patterns import _lazy_patterns;"
            " print('\\n'.join(f'{where} {pattern.pattern!r} {pattern.given_flags}' for where, pattern in _lazy_patterns()))")
    texts = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).parent.parent, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
             for seed in ("1", "2")]
    assert texts[0].count("\n") > 400
    assert [line for line in texts[0].splitlines() if line not in texts[1].splitlines()] == []
