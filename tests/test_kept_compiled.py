"""What a check's process compiles, kept for the next one (issue 13 item 5): kept_methods, the code of dataclasses'
methods; patterns.keep_every_pattern, every regular expression re compiles."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from backprop import cli, kept_methods, patterns
from backprop.user_cache import KeptFile

SOURCE = Path(__file__).resolve().parent.parent / "src"


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """keep_methods() on, with an empty cache folder; dataclasses' own exec again afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(kept_methods, "_FILE", KeptFile(kept_methods._FILE.path))
    monkeypatch.setattr(dataclasses, "exec", exec, raising=False)  # undone: the attribute removed again
    kept_methods.keep_methods()
    return tmp_path / "cache" / "backprop"


def made():
    """A frozen dataclass and a plain one with defaults, a factory and a field out of the comparison."""
    @dataclass(frozen=True)
    class Point:
        x: float
        y: float = 0.0
        tag: str = field(default="", compare=False)

    @dataclass
    class Bag:
        items: list = field(default_factory=list)
        name: str = "bag"
    return Point, Bag


def behaviour(Point, Bag) -> list:
    point = Point(1.0, 2.0, tag="a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3.0
    first, second = Bag(), Bag()
    first.items.append(1)
    return [repr(point), point == Point(1.0, 2.0, tag="b"), hash(point) == hash(Point(1.0, 2.0)), repr(first),
            second.items, first == Bag([1]), Point.__init__.__module__, Point.__init__.__qualname__]


def test_a_class_made_from_kept_code_is_the_class_dataclasses_makes(kept):
    dataclasses.exec = exec  # dataclasses' own, for the classes to compare with
    expected = behaviour(*made())
    plain_codes = [made()[0].__init__.__code__, made()[0].__hash__.__code__]
    kept_methods.keep_methods()
    assert behaviour(*made()) == expected and len(kept_methods._FILE.made) == 9  # Point 6 methods, Bag 3
    kept_methods._FILE.write()
    assert [path.name for path in kept.iterdir()] == [kept_methods._FILE.path().name]
    kept_methods._FILE.kept, kept_methods._FILE.used, kept_methods._FILE.made = None, {}, {}
    assert behaviour(*made()) == expected
    assert not kept_methods._FILE.made and len(kept_methods._FILE.used) == 9  # every method from the file
    assert [made()[0].__init__.__code__, made()[0].__hash__.__code__] == plain_codes


def test_a_file_of_another_shape_is_no_cache(kept):
    kept.mkdir(parents=True)
    kept_methods._FILE.path().write_bytes(b"not marshal")
    expected = behaviour(*made())
    assert kept_methods._FILE.made and expected[0] == "made.<locals>.Point(x=1.0, y=2.0, tag='a')"


def test_exec_without_globals_runs_in_its_callers_namespace(kept):
    namespace = {}
    dataclasses.exec("found = SOURCE.name", None, namespace)  # this module's global, as exec's own finds it
    assert namespace["found"] == "src" and not kept_methods._FILE.made


def test_only_the_program_keeps_methods(monkeypatch, capsys):
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    assert cli.main(["check", "seed000_regression", "--param", "W1[0,0]", "--formula",
                     "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"]) == 0
    assert "exec" not in vars(dataclasses)  # main(argv) from Python: dataclasses as it is


def test_a_check_reads_the_methods_the_one_before_kept(tmp_path):
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(SOURCE)}
    arguments = [sys.executable, "-m", "backprop.cli", "check", "seed000_regression", "--param", "W1[0,0]", "--latex",
                 r"2(a^{(2)}_0 - y_0) W^{(2)}_{0,0} a^{(1)}_0 (1-a^{(1)}_0) x_0"]
    first = subprocess.run(arguments, env=environment, capture_output=True, text=True)
    path = tmp_path / "backprop" / f"methods-{sys.implementation.cache_tag}-O{sys.flags.optimize}.marshal"
    written = path.stat().st_mtime_ns
    second = subprocess.run(arguments, env=environment, capture_output=True, text=True)
    assert (first.returncode, first.stdout, first.stderr) == (second.returncode, second.stdout, second.stderr)
    assert first.returncode == 0 and first.stdout.startswith("correct") and not first.stderr
    assert path.stat().st_mtime_ns == written  # nothing compiled anew: the file not written again


@pytest.fixture
def every_pattern_kept(tmp_path, monkeypatch):
    """keep_every_pattern() on, with an empty cache folder; re's own compiling and an empty re cache afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(patterns, "_FILE", KeptFile(patterns._FILE.path))
    monkeypatch.setattr(re._compiler, "compile", patterns._RE_COMPILE)
    patterns.keep_every_pattern()
    re.purge()  # else re answers from its own cache, compiling nothing
    yield
    re.purge()


def test_every_pattern_re_compiles_is_kept_and_made_again(every_pattern_kept):
    written = [(r"(?P<name>[a-z]+)_(\d+)", re.IGNORECASE), (rb"\x00+b", 0), (r"\\frac\{", re.VERBOSE)]
    expected = [patterns._RE_COMPILE(text, int(flags)) for text, flags in written]
    assert [re.compile(text, flags) for text, flags in written] == expected and len(patterns._FILE.made) == 3
    patterns._FILE.write()
    patterns._FILE.kept, patterns._FILE.used, patterns._FILE.made = None, {}, {}
    re.purge()
    again = [re.compile(text, flags) for text, flags in written]
    assert again == expected and not patterns._FILE.made and len(patterns._FILE.used) == 3  # made from the file
    assert again[0].search("see W_12").groupdict() == {"name": "W"} and again[1].fullmatch(b"\x00\x00b")


def test_a_parsed_pattern_and_debug_are_re_compiles_own(every_pattern_kept, capsys):
    scanner = re.Scanner([(r"\d+", lambda scanner, token: int(token)), (r"\s+", None)])  # compiles a parsed pattern
    assert scanner.scan("12 7") == ([12, 7], "")
    re.compile(r"ab", re.DEBUG)
    assert not patterns._FILE.made and capsys.readouterr().out  # DEBUG prints, as re's own compile does
