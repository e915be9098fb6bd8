"""The checks a pattern rewritten for speed passes against its old form (tests/test_untrusted_fixredos.py,
tests/test_untrusted_health34.py): the same result on real examples, on short strings of its own characters and on
real examples edited at random (pieces of its characters put in, or characters taken out, at random places); the
three parametrised tests over a file's tables are rewrite_tests'."""

from __future__ import annotations

import random
from typing import Callable, Iterator

import pytest


def result(pattern, method: str, text: str):
    """What the reader takes from ``pattern``'s ``method`` on ``text``: for sub, the text with its matches removed;
    else the match's span and groups (None where none)."""
    if method == "sub":
        return pattern.sub("", text)
    found = getattr(pattern, method)(text)
    return None if found is None else (found.span(), found.groups())


def assert_same(old, new, method: str, text: str, name: str = "") -> None:
    """The old pattern and the new give ``text`` the same result."""
    assert result(old, method, text) == result(new, method, text), (name, text)


def short_strings(alphabet: list[str], seed: int, count: int, longest: int) -> Iterator[str]:
    """``count`` strings of up to ``longest`` pieces of ``alphabet``, drawn at random from ``seed``."""
    chooser = random.Random(seed)
    for _ in range(count):
        yield "".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, longest)))


def edited_examples(examples: list[str], alphabet: list[str], seed: int, count: int) -> Iterator[str]:
    """``count`` real examples each edited one to three times at random places (from ``seed``): a piece of
    ``alphabet`` put in, or one to three characters taken out."""
    chooser = random.Random(seed)
    for _ in range(count):
        text = chooser.choice(examples)
        for _ in range(chooser.randint(1, 3)):
            at = chooser.randint(0, len(text))
            if chooser.random() < 0.6:
                text = text[:at] + chooser.choice(alphabet) + text[at:]
            else:
                text = text[:at] + text[at + chooser.randint(1, 3):]
        yield text


def rewrite_tests(old: dict, new: dict, method: dict, real: dict, alphabet: dict, strings: tuple[int, int, int],
                  edits: tuple[int, int]) -> tuple[Callable, Callable, Callable]:
    """The three tests of a file's rewritten patterns, for the file to bind at module level (pytest collects them by
    the names they are bound to), each parametrised by the names of ``old``: the rewrite ``new[name]`` gives what
    ``old[name]`` gave (through its ``method[name]``) on its real examples ``real[name]``, one of which it finds
    something in; on short strings of pieces of ``alphabet[name]`` (``strings``: the seed, how many, the longest);
    and on its real examples edited at random (``edits``: the seed, how many)."""
    def same(name: str, text: str) -> None:
        assert_same(old[name], new[name], method[name], text, name)

    @pytest.mark.parametrize("name", sorted(old))
    def test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples(name):
        for text in real[name]:
            same(name, text)
        assert any(result(new[name], method[name], text) not in (None, text) for text in real[name])

    @pytest.mark.parametrize("name", sorted(old))
    def test_the_rewrite_matches_what_the_old_pattern_did_on_short_strings_of_its_characters(name):
        for text in short_strings(alphabet[name], *strings):
            same(name, text)

    @pytest.mark.parametrize("name", sorted(old))
    def test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples_edited_at_random(name):
        for text in edited_examples(real[name], alphabet[name], *edits):
            same(name, text)

    return (test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples,
            test_the_rewrite_matches_what_the_old_pattern_did_on_short_strings_of_its_characters,
            test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples_edited_at_random)
