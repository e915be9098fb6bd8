"""Run check on one batch of the public formulas and say, entry by entry, what it did with each.

    python tests/blind_batch.py 7

reads tests/public_formulas_batch7.py (any batch N of tests/public_formulas_batchN.py) and prints one
line per entry, then the totals, overall and per page:

- ``read``: every verdict is the one the entry expects (its PyTorch-oracle verdicts);
- ``refused``: check refused a formula it should have read (the one-line reason follows);
- ``misread``: check gave verdicts, and not the expected ones (``WRONG CALLED CORRECT`` where a member
  the oracle finds wrong was called correct, the one misreading check must never make);
- ``typo refused``: a formula the page mistyped (``unreadable``), refused as it should be; ``typo read``
  when check gave it verdicts instead;
- ``crash``: anything but the one-line FormulaError.

The reading rate is ``read`` over all entries, as for the earlier batches (tests/public_formulas.py).
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from backprop.problem import parse_problem  # noqa: E402
from backprop.symbolic.homework import check_homework  # noqa: E402
from backprop.symbolic.quantities import FormulaError, ReaderDefect  # noqa: E402
import public_formulas  # noqa: E402

OUTCOMES = ("read", "refused", "misread", "typo refused", "typo read", "crash")


@dataclass(frozen=True)
class Outcome:
    entry: object
    outcome: str            # one of OUTCOMES
    got: tuple = ()         # the verdicts check gave, per claim and member
    message: str = ""       # the refusal, or the crash
    wrong_called_correct: bool = False


def batch(number: int):
    """(entries, networks, notations) of tests/public_formulas_batch{number}.py, the batch's networks and
    notations over those of public_formulas (which later batches may reuse)."""
    module = importlib.import_module(f"public_formulas_batch{number}")
    networks = {**public_formulas.NETWORKS, **module.NETWORKS}
    notations = {**public_formulas.NOTATIONS, **module.NOTATIONS}
    return module.ENTRIES, networks, notations


def _wrong_called_correct(expected: tuple, got: tuple) -> bool:
    return any(truth == "wrong" and verdict == "correct"
               for truth_claim, got_claim in zip(expected, got) for truth, verdict in zip(truth_claim, got_claim))


def judge(entry, networks: dict, notations: dict, folder: Path) -> Outcome:
    """What check does with ``entry``."""
    notation = folder / f"{entry.notation}.toml"
    notation.write_text(notations[entry.notation], encoding="utf-8")
    problem = parse_problem(networks[entry.network], f"<{entry.network}>")
    try:
        result = check_homework(problem, entry.text, notation=str(notation), param=entry.param, when=entry.when)
    except ReaderDefect as error:  # refused in one line, and still a crash of the reader
        return Outcome(entry, "crash", message=str(error))
    except FormulaError as error:
        return Outcome(entry, "typo refused" if entry.unreadable is not None else "refused", message=str(error))
    except Exception as error:  # noqa: BLE001 - a crash is an outcome to report, not to stop at
        return Outcome(entry, "crash", message=f"{type(error).__name__}: {error}")
    got = tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims)
    if entry.unreadable is not None:
        return Outcome(entry, "typo read", got)
    if got == entry.expected:
        return Outcome(entry, "read", got)
    return Outcome(entry, "misread", got, wrong_called_correct=_wrong_called_correct(entry.expected, got))


def measure(number: int) -> list[Outcome]:
    entries, networks, notations = batch(number)
    with tempfile.TemporaryDirectory() as folder:
        return [judge(entry, networks, notations, Path(folder)) for entry in entries]


def _line(outcome: Outcome) -> str:
    entry = outcome.entry
    if outcome.outcome == "read":
        return f"read          {entry.key}"
    if outcome.outcome in ("refused", "crash"):
        return f"{outcome.outcome:<13} {entry.key}: {outcome.message}"
    if outcome.outcome == "typo refused":
        named = "names it" if entry.unreadable in outcome.message else f"does not name {entry.unreadable!r}"
        return f"typo refused  {entry.key} ({named}): {outcome.message}"
    if outcome.outcome == "typo read":
        return f"typo read     {entry.key}: got {outcome.got}"
    alarm = "  WRONG CALLED CORRECT" if outcome.wrong_called_correct else ""
    return f"misread       {entry.key}: expected {entry.expected}, got {outcome.got}{alarm}"


def report(outcomes: list[Outcome]) -> str:
    lines = [_line(outcome) for outcome in outcomes]
    total = Counter(outcome.outcome for outcome in outcomes)
    read = total["read"]
    others = [f"{total[name]} {name}" for name in OUTCOMES[1:] if total[name]]
    lines += ["", "; ".join([f"{read} of {len(outcomes)} read with every verdict right ({read / len(outcomes):.0%})",
                             *([", ".join(others)] if others else []),
                             f"{sum(outcome.wrong_called_correct for outcome in outcomes)} wrong formula(s) called"
                             " correct"])]
    lines.append("")
    for url in dict.fromkeys(outcome.entry.url for outcome in outcomes):
        page = Counter(outcome.outcome for outcome in outcomes if outcome.entry.url == url)
        lines.append(f"{sum(page.values()):3d} formulas: " + ", ".join(f"{page[name]} {name}" for name in OUTCOMES
                                                                        if page[name]) + f"  {url}")
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit("usage: blind_batch.py BATCH_NUMBER   (reads tests/public_formulas_batchN.py)")
    print(report(measure(int(sys.argv[1]))))
