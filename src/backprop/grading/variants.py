"""Variants of a problem: the same network and questions with other numbers, one per student.

``make_variants(path, count, seed)`` returns ``count`` problem documents. Each number of the file's
weights, biases, inputs, targets and learning rate is drawn anew, the way the file's ``[variants]``
table says:

    [variants]
    weights = {range = [-1, 1], decimals = 1}   # uniform on the range, rounded
    x = {range = [0, 1], decimals = 2}
    biases = "keep"                             # the file's own numbers in every variant
    # y, labels ("shuffle": the file's labels in a random order), learning_rate likewise

and, for what the table does not name, near the file's numbers: each number times a factor drawn
uniformly from [0.5, 1.5], rounded to as many decimals as the file writes it with (at least one), so
that a zero stays zero (a masked weight, a bias left at 0) and a variant looks like the original.
Labels and classes are kept unless the table says "shuffle". A variant whose worked solution would
overflow is drawn again. Every variant is validated as a problem file before it is written.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..patterns import lazy_pattern
from ..problem import Problem, ProblemError, parse_problem
from ..problem_checks import Checker, parse_toml, read_text

#: [variants] keys: where the numbers are in the document.
DRAWN = ("weights", "biases", "x", "y", "labels", "learning_rate")
NEAR = (0.5, 1.5)  # factor range for numbers the [variants] table does not name
TRIES = 20         # draws of one variant before giving up on a file whose numbers overflow


@dataclass
class Variant:
    """One variant: its number (1-based), its TOML text and the validated problem."""

    number: int
    text: str
    problem: Problem


def make_variants(path, count: int, seed: int) -> list[Variant]:
    """``count`` variants of the problem file at ``path``, reproducible from ``seed``."""
    text = read_text(path)
    problem = parse_problem(text, path, require_data=True)
    document = parse_toml(text, path)
    rules = _rules(document.pop("variants", {}), path)
    rng = np.random.default_rng(seed)
    variants = []
    for number in range(1, count + 1):
        last_error = None
        for _ in range(TRIES):
            drawn = _draw(document, rules, rng)
            drawn["title"] = f"{problem.title or path} (variant {number})"
            variant_text = (f"# Variant {number} of {Path(path).name}, drawn by backprop variants (seed {seed})\n"
                            + to_toml(drawn))
            try:  # a draw may overflow the worked solution, or round a learning rate to 0
                variant = parse_problem(variant_text, f"{path} (variant {number})", require_data=True)
                variant.explain()
            except ProblemError as error:
                last_error = error
                continue
            variants.append(Variant(number, variant_text, variant))
            break
        else:
            raise ProblemError(path, "[variants]", f"{TRIES} draws of variant {number} were all unusable"
                               f" (the last: {last_error.what})", "draw other numbers (ranges in [variants])")
    return variants


def _rules(table, path) -> dict:
    """The [variants] table, read with the typed getters: key -> "keep" | "shuffle" | (low, high, decimals)."""
    check = Checker(path)
    check.table(table, "[variants]", "write [variants] on its own line, then its keys")
    check.known_keys(table, DRAWN, "[variants]")
    rules = {}
    for key, rule in table.items():
        where = f"[variants] key '{key}'"
        if rule == "keep" or (rule == "shuffle" and key == "labels"):
            rules[key] = rule
            continue
        fix = 'write {range = [low, high], decimals = 2}, or "keep"' + (' or "shuffle"' if key == "labels" else "")
        if key == "labels" or not isinstance(rule, dict):
            check.fail(where, f"{json.dumps(rule)[:40]} is not a rule", fix)
        check.known_keys(rule, ("range", "decimals"), where)
        bounds = check.list(rule.get("range"), f"{where} range", fix)
        if len(bounds) != 2:
            check.fail(f"{where} range", f"has {len(bounds)} numbers", "write [low, high] with low < high")
        low, high = (check.number(value, f"{where} range[{i}]") for i, value in enumerate(bounds))
        if not low < high:
            check.fail(f"{where} range", f"[{low:g}, {high:g}] is empty", "write [low, high] with low < high")
        decimals = check.whole(rule.get("decimals", 2), f"{where} decimals", 0, 10)
        if key == "learning_rate" and low <= 0:
            check.fail(where, "a learning rate is positive", "give a range [low, high] with low > 0")
        rules[key] = (low, high, decimals)
    return rules


def _draw(document: dict, rules: dict, rng: np.random.Generator) -> dict:
    """A copy of ``document`` with its numbers drawn anew."""
    drawn = json.loads(json.dumps(document))  # a deep copy of plain TOML values
    for layer in drawn.get("layer", []):
        for key in ("weights", "biases"):
            if key in layer:
                layer[key] = _numbers(layer[key], rules.get(key), rng)
    data = drawn.get("data", {})
    for key in ("x", "y"):
        if key in data:
            data[key] = _numbers(data[key], rules.get(key), rng)
    if "labels" in data and rules.get("labels") == "shuffle":
        data["labels"] = [data["labels"][i] for i in rng.permutation(len(data["labels"]))]
    update = drawn.get("update", {})
    if "learning_rate" in update:
        update["learning_rate"] = _numbers(update["learning_rate"], rules.get("learning_rate"), rng)
    return drawn


def _numbers(value, rule, rng: np.random.Generator):
    """``value`` (a number or nested lists of numbers) drawn anew by ``rule``."""
    if isinstance(value, list):
        return [_numbers(item, rule, rng) for item in value]
    if rule == "keep" or isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if rule is None:
        decimals = max(_decimals(value), 1)
        return _round(value * rng.uniform(*NEAR), decimals)
    low, high, decimals = rule
    return _round(rng.uniform(low, high), decimals)


def _decimals(number: float) -> int:
    """How many decimals ``number`` is written with (repr is the shortest exact spelling)."""
    text = repr(float(number))
    if "e" in text:
        mantissa, exponent = text.split("e")
        return max(len(mantissa.partition(".")[2].rstrip("0")) - int(exponent), 0)
    return len(text.partition(".")[2].rstrip("0"))


def _round(number: float, decimals: int) -> float:
    value = round(float(number), decimals)
    return 0.0 if value == 0 else value  # no -0.0 in a problem file


# ---------------------------------------------------------------------------------------------
# TOML output: plain values, tables, arrays of tables (what a problem file holds)

_BARE_KEY = lazy_pattern(r"^[A-Za-z0-9_-]+$")


def to_toml(document: dict) -> str:
    """``document`` (TOML values: text, numbers, booleans, lists, tables) as TOML text."""
    lines: list[str] = []
    _table(document, [], lines)
    return "\n".join(lines).lstrip("\n") + "\n"


def _table(table: dict, path: list[str], lines: list[str]) -> None:
    scalars = {k: v for k, v in table.items() if not _is_table(v) and not _is_table_array(v)}
    for key, value in scalars.items():
        lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in table.items():
        if _is_table(value):
            lines += ["", "[" + ".".join(_key(part) for part in path + [key]) + "]"]
            _table(value, path + [key], lines)
        elif _is_table_array(value):
            for item in value:
                lines += ["", "[[" + ".".join(_key(part) for part in path + [key]) + "]]"]
                _table(item, path + [key], lines)


def _is_table(value) -> bool:
    return isinstance(value, dict)


def _is_table_array(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key)


def _value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # JSON's escapes are TOML basic-string escapes
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"not a TOML value: {value!r}")  # pragma: no cover - documents come from tomllib
