r"""A mutation hunt for wrong formulas called correct: small slips a student makes, applied to formulas check reads.

    python tests/mutation_hunt.py OUT.jsonl 13 14 15          # batches 13, 14, 15
    python tests/mutation_hunt.py OUT.jsonl 13-122 --per-entry 10
    python tests/mutation_hunt.py OUT.jsonl seed               # the seed documents' formulas (tests/seed_verbatim.py)
    python tests/mutation_hunt.py OUT.jsonl grade004 grade000  # a seed document with slips, through grade

For every entry of the named held-out batches (tests/public_formulas_batchN.py) that check reads today with every
verdict the oracle's (blind_batch.py's ``read``), or every seed formula check reads as its entry expects, the
formula's text is changed by one slip at one place (MUTATIONS: an exponent dropped or changed, a factor 2, 1/2 or a
learning rate dropped, a sign turned, a difference's operands swapped, an index or a layer changed, a transpose
dropped or added, a prime dropped, ``1 - a`` written ``a``, one function for another, a number's first digit moved
by four or five, a term dropped from a sum, an index shifted by one (``i`` for ``i-1``), delta's sign turned, an old
weight for its new value, a and z swapped: a_j for z_j, sigma(a) for sigma(z); and the slips code's and the newer
pages' constructs invite: a callback's parameters swapped, ``(w, i) =>`` for ``(i, w) =>``, or its index renamed to
another letter, an entry one away, ``[0]`` for ``[1]``, a loss's argument of another layer or one argument written
twice, ``L(y, y)``, a conditional's values swapped, ``A if C else B``, ``C ? A : B``, ``np.where``, cases, two
``return`` lines, and its comparison turned, ``>`` for ``<``; an entry update's indices swapped, ``W(j, i) = W(i, j) -
...``, or its sign turned, ``W(i, j) = W(i, j) + ...``, Breeze's ``:+=`` for ``:-=`` or ``:=``, a transpose in code
dropped, ``.t``, ``.T``, ``.t()``, ``.transpose()``, ``np.transpose(W)``, a Kotlin builder's index renamed,
``DoubleArray(n) { j -> w[i] }``, a sum's axis changed or dropped, ``np.sum(d, axis=1)``), and check judges the mutant in-process as blind_batch.py does (check_homework, under its
per-formula time limit). A mutant is a suspect where a member check calls correct may carry the slip (``suspects``:
its text differs from the original's member, its claim's parameter changed, the original's member was wrong, or the
slip changed how many members were read); each suspect is written to OUT.jsonl (one JSON object a line: the entry,
the slip's kind, the verdicts, the suspect members, the original and the mutant), and counts per batch to standard
output.

A suspect is not a defect by itself: a slip can leave the value unchanged (``(a-y)^2`` for ``(y-a)^2``, an index on
a one-unit layer or a one-sample step, a transpose of a number, a term times 0, a network whose numbers are
symmetric), a documented reading may cover it (a product of two columns read as their outer product, a gradient
written as its left side's transpose, a name without its layer read at the output layer), the spec's rounding rule
may (one unit of the last digit either way), or the slip may fix a wrong formula. Each is judged by an independent
oracle (the PyTorch twin of tests/seed_verbatim.py, or exact arithmetic) before it is called a defect.

``gradeNNN`` writes seed NNN's document (tests/seeds) with one slip a line of mathematics, grades it (docs/grading.md's
problem files and notation) and, for each claim the slips changed that grade calls correct in a member, judges its
text with check: a claim called correct in grade must be correct in check (OUT.jsonl's ``check differs``).

``--per-entry N`` keeps at most N mutants of an entry (taken round-robin over the kinds, the same ones each run), for
a sample of a large range (``--rotate`` starts each entry's round-robin at a kind of its own, fixed by its key);
``--kinds a,b`` keeps the named kinds only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
SEEDS = Path(__file__).resolve().parent / "seeds"  # copies of shared/seeds, as submissions

from backprop.cli import main as cli_main  # noqa: E402
from backprop.problem import load_problem, parse_problem  # noqa: E402
from backprop.symbolic.homework import check_homework  # noqa: E402
from backprop.symbolic.quantities import FormulaError  # noqa: E402
from blind_batch import batch  # noqa: E402
from seed_verbatim import EXAMPLES, ENTRIES as SEED_ENTRIES, problem as seed_problem  # noqa: E402
from test_seed_verbatim import as_read  # noqa: E402


def _swap(first: str, second: str):
    """A replacement turning ``first`` into ``second`` and ``second`` into ``first``."""
    return lambda match: second if match.group(0) == first else first


def _digit(match: re.Match) -> str:
    """The number with its first significant digit four or five away (1 to 6, 5 to 1, 9 to 5): a slip beyond the
    spec's rounding rule (one unit of the last digit either way), which a number of one digit would stay within
    had it moved by one."""
    text = match.group(0)
    first = next(place for place, character in enumerate(text) if character in "123456789")
    return text[:first] + str((int(text[first]) + 4) % 9 + 1) + text[first + 1:]


def _layer(match: re.Match) -> str:
    """A layer number one up (one down from the highest, 2 for 1)."""
    number = int(match.group(2))
    return match.group(1) + str(number + 1 if number <= 1 else number - 1) + match.group(3)


def _other_index(match: re.Match) -> str:
    """A callback's index parameter renamed to another index letter (i to j, j to i, k to j): the callback's body
    then names the outer index where it meant its own, or an index no callback binds."""
    return {"i": "j", "j": "i", "k": "j"}[match.group(2)]


def _entry(match: re.Match) -> str:
    """A literal entry one away: [0] for [1] and [1] for [0], [1] for [2], [-2] for [-1] and [-1] for [-2], a
    tuple's .1 for .0."""
    number = int(match.group(0))
    if number in (0, 1):
        return str(1 - number)
    if number > 0:
        return str(number - 1)
    return "-2" if number == -1 else str(number + 1)


def _branches(match: re.Match) -> str:
    """A conditional's two values swapped, its condition kept: Python's A if C else B, C's C ? A : B, np.where's,
    LaTeX's cases (the first two cases' values)."""
    if match.group("a") is not None:
        return f"{match.group('b')} if {match.group('c')} else {match.group('a')}"
    if match.group("a2") is not None:
        return f"{match.group('c2')} {match.group('b2').strip()} : {match.group('a2').strip()}"
    if match.group("a3") is not None:
        return f"np.where({match.group('c3')}, {match.group('b3').strip()}, {match.group('a3').strip()})"
    return f"\\begin{{cases}}{match.group('b4')}&{match.group('c4')}\\\\ {match.group('a4')}&"


#: a loss called with its arguments (\mathcal{L}(y, \hat{y}), L(a, y), cost(A2, Y)): its argument list
_LOSS_CALL = (r"(?:\\mathcal\{[LJCE]\}|\\ell|\b(?:L|J|C|E|cost|loss|Loss|compute_cost|compute_loss|cross_entropy)\w*)"
              r"(?:\^\{?\(?\w\)?\}?)?\s*\(((?:[^()]|\([^()]*\))*)\)")


def _loss_argument_mutants(text: str):
    """A loss's argument naming another layer (its digit one away), or the other argument written twice (L(y, y),
    the loss of the target against itself)."""
    for match in re.finditer(_LOSS_CALL, text):
        start, end = match.span(1)
        arguments = match.group(1).split(",")
        if len(arguments) < 2:
            continue
        for place, argument in enumerate(arguments):
            for digit in re.finditer(r"\d", argument):
                number = int(digit.group(0))
                changed = argument[:digit.start()] + str(number + 1 if number <= 1 else number - 1) + argument[
                    digit.end():]
                yield text[:start] + ",".join(arguments[:place] + [changed] + arguments[place + 1:]) + text[end:]
            other = arguments[(place + 1) % len(arguments)]
            other = argument[:len(argument) - len(argument.lstrip())] + other.strip()
            yield text[:start] + ",".join(arguments[:place] + [other] + arguments[place + 1:]) + text[end:]


# (kind, pattern, replacement): each match of the pattern, one at a time, replaced (a string or a function of the
# match). Patterns are slips a student makes; a mutant whose text is unchanged is dropped.
MUTATIONS: tuple = (
    ("exponent dropped", r"(?:\^\{?2\}?|\*\*\s*2)(?![\d.])", ""),
    ("exponent changed", r"(?<=\^)\{?2\}?(?![\d.])|(?<=\*\*)\s*2(?![\d.])", "3"),
    ("factor 1/2 dropped", r"\\frac\s*\{\s*1\s*\}\s*\{\s*2\s*\}\s*|\\frac12\s*|\(?1\s*/\s*2\)?\s*\*?\s*"
                           r"|0\.5\s*\*\s*", ""),
    ("factor 2 dropped", r"(?<![\w.^{/*])2\s*\*\s*|(?<![\w.^{/*])2\s*(?=\\|\()|\s*\*\s*2(?![\w.])", ""),
    ("rate dropped", r"\\(?:eta|alpha)\s*(?:\\cdot\s*|\*\s*)?|\b(?:lr|eta|alpha|learning_rate)\s*\*\s*"
                     r"|\s*\*\s*\b(?:lr|eta|alpha|learning_rate)\b", ""),
    ("minus to plus", r"(?<=[\w)}\]'])(\s*)-(\s*)(?=[\w(\\{])", r"\1+\2"),
    ("plus to minus", r"(?<=[\w)}\]'])(\s*)\+(\s*)(?=[\w(\\{])", r"\1-\2"),
    ("difference swapped", r"\(([^()\-+=]+?)\s*-\s*([^()\-+=]+?)\)", r"(\2 - \1)"),
    ("update sign", r"-=|\+=", _swap("-=", "+=")),
    ("index i j", r"(?<=_)[ij](?![a-zA-Z])|(?<=_\{)[ij](?=\})|(?<=\[)[ij](?=\])", _swap("i", "j")),
    ("index j k", r"(?<=_)[jk](?![a-zA-Z])|(?<=_\{)[jk](?=\})|(?<=\[)[jk](?=\])", _swap("j", "k")),
    ("index 0 1", r"(?<=\[)[01](?=\])|(?<=_)[01](?![\d.])|(?<=_\{)[01](?=\})|(?<=, )[01](?=\])", _swap("0", "1")),
    ("indices swapped", r"(?<=_\{)([a-z0-9])\s*,?\s*([a-z0-9])(?=\})|(?<=\[)([a-z0-9])\s*,\s*([a-z0-9])(?=\])"
                        r"|\[([a-z0-9])\]\[([a-z0-9])\]",
     lambda m: (f"{m.group(2)}{m.group(1)}" if m.group(1) else f"{m.group(4)}, {m.group(3)}" if m.group(3)
                else f"[{m.group(6)}][{m.group(5)}]")),
    ("transpose dropped", r"\^\{?\s*(?:T|\\top|\\intercal|\\mathsf\{T\}|\\mathrm\{T\}|t)\s*\}?(?![a-zA-Z])"
                          r"|\.T\b|'(?=\s*[*@(])", ""),
    ("transpose added", r"\b(?:W\d?|self\.w\w*|weights?\d?|w\d)\b(?![\[\.\w^_'({])", lambda m: m.group(0) + ".T"),
    ("prime dropped", r"(?<=\\sigma)'|(?<=\\sigma)\^\{?\\prime\}?|(?<=\b[fgh])'|(?<=\\phi)'|(?<=\\varphi)'"
                      r"|_?(?:prime|derivative|deriv)\b", ""),
    ("1 - a to a", r"\(\s*1\s*-\s*([^()]+?)\)|(?<![\w.])1\s*-\s*(?=[\w\\])", lambda m: f"({m.group(1)})" if m.group(1)
     else ""),
    ("function changed", r"\\sigma|\\tanh|\bsigmoid\b|\btanh\b|\\exp\b|\bnp\.exp\b|\\log\b|\bnp\.log\b|\\ln\b",
     lambda m: {"\\sigma": "\\tanh", "\\tanh": "\\sigma", "sigmoid": "tanh", "tanh": "sigmoid", "\\exp": "",
                "np.exp": "", "\\log": "", "np.log": "", "\\ln": ""}[m.group(0)]),
    ("layer changed", r"(\^\{?[(\[])(\d)([)\]]\}?)|(\b(?:W|w|b|a|z|h|delta|dW|db|dZ|dz|dA|da|A|Z|o|y)_?)(\d)(\b)",
     lambda m: _layer(m) if m.group(1) else m.group(4) + str(int(m.group(5)) + 1 if int(m.group(5)) <= 1
                                                               else int(m.group(5)) - 1) + m.group(6)),
    ("digit changed", r"(?<![\w\[_{^.])\d*\.\d*[1-9]\d*|(?<![\w\[_{^.])[3-9](?![\w.\]}])", _digit),
    ("term dropped", r"\s*[+-]\s*[^\s+\-=(){}\[\]]+(?:\s*(?:\*|\\cdot)\s*[^\s+\-=(){}\[\]]+)*(?=\s*(?:[+\-)]|$))", ""),
    ("index shifted", r"(?<=_\{)[ijkn](?=\})|(?<=_)[ijkn](?![a-zA-Z{])|(?<=\[)[ijkn](?=\])",
     lambda m: ("{" if m.string[m.start() - 1] == "_" else "") + m.group(0) + "-1"
     + ("}" if m.string[m.start() - 1] == "_" else "")),
    ("delta sign", r"(?:(?<==)|(?<==\s)|(?<=\()|(?<=\\cdot\s)|(?<=\*\s)|(?<=\*))(?:\\delta|\bdelta\w*|\bd[zZ]\w*)",
     lambda m: "-" + m.group(0)),
    ("old for new", r"(?<=\w)_?(?:new|next|updated)\b|\^\{?\(?(?:t\s*\+\s*1|new|\+)\)?\}?|\^\{?\\?prime\}?", ""),
    ("a z swapped", r"(?<![A-Za-z\\.])[azAZ](?=\d|_|\^|\[|\.\*|\s*[-+*@)=,;]|$)|(?<=self\.)[az]\b",
     lambda m: {"a": "z", "z": "a", "A": "Z", "Z": "A"}[m.group(0)]),
    # the slips code's and the newer pages' constructs invite (qa44)
    ("callback parameters swapped", r"(?<=\()(\s*&?\w+\s*),(\s*&?\w+\s*)(?=\)\s*=>)|(?<=\|\()(&?\w+),\s*(&?\w+)(?=\)\|)",
     lambda m: f"{m.group(2).strip()}, {m.group(1).strip()}" if m.group(1) else f"{m.group(4)}, {m.group(3)}"),
    ("callback index renamed", r"(?<=,)(\s*)([ijk])(?=\s*\)\s*=>)", lambda m: m.group(1) + _other_index(m)),
    ("entry shifted", r"(?<=\[)-?\d(?=\])|(?<=[A-Za-z_)]\.)[01](?![\w.])", _entry),
    ("loss argument", _LOSS_CALL, None),
    ("branches swapped", r"(?s)(?P<a>[^\s=(,][^=\n]*?)\s+if\s+(?P<c>[^\n]+?)\s+else\s+(?P<b>[^\n]+?)(?=\s*(?:[)\]\n]|$))"
                         r"|(?P<c2>[^?:\n=]+\?)\s*(?P<a2>[^?:\n]+?)\s*:\s*(?P<b2>[^?:;\n)]+)"
                         r"|np\.where\((?P<c3>[^,]+),\s*(?P<a3>[^,]+),\s*(?P<b3>[^()]+(?:\([^()]*\))?)\)"
                         r"|\\begin\{cases\}(?P<a4>.*?)&(?P<c4>.*?)\\\\+(?P<b4>.*?)&",
     _branches),
    ("returns swapped", r"(?s)return\s+(?P<a>[^\n;]+?)\s*(?P<mid>;?\s*\n.*?)return\s+(?P<b>[^\n;]+?)(?=\s*;?\s*(?:\n|$))",
     lambda m: f"return {m.group('b')}{m.group('mid')}return {m.group('a')}"),
    ("comparison turned", r"(?<=[\w)\]\s])(?<![=\-<>])(>=?|<=?)(?![=<>])(?=\s*[\w(.\-])",
     lambda m: {">": "<", "<": ">", ">=": "<=", "<=": ">="}[m.group(0)]),    # the constructs the sessions after qa47 read (qa48): Fortran's and MATLAB's parenthesised entry updates, Breeze's
    # in-place operators and .t, Kotlin's array builders, NumPy's axis, a transpose in code
    ("entry update indices swapped", r"(?<=\w\()\s*([ijklmnIJKLMN]\d?)\s*,\s*([ijklmnIJKLMN]\d?)\s*(?=\))",
     lambda m: f"{m.group(2)}, {m.group(1)}"),
    ("entry update sign", r"\b(\w+(?:\([^()=]*\)|\[[^\]=]*\])+)(\s*=\s*)\1(\s*)([-+])",
     lambda m: m.group(1) + m.group(2) + m.group(1) + m.group(3) + {"-": "+", "+": "-"}[m.group(4)]),
    ("breeze update changed", r":([-+])=", lambda m: ":" + {"-": "+", "+": "-"}[m.group(1)] + "="),
    ("breeze update assigned", r":[-+]=", ":="),
    ("code transpose dropped", r"\.(?:t|T)\b(?:\(\))?|\.transpose\(\)|\b(?:np|torch|tf)\.transpose\(([^()]*(?:\([^()]*\))?[^()]*)\)",
     lambda m: m.group(1) if m.group(1) is not None else ""),
    ("builder index renamed", r"(?<=\{)(\s*)([ijk])(?=\s*->)", lambda m: m.group(1) + _other_index(m)),
    ("axis changed", r"(\b(?:axis|dim)\s*=\s*)(-?[01])\b",
     lambda m: m.group(1) + {"0": "1", "1": "0", "-1": "0"}[m.group(2)]),
    ("axis dropped", r",\s*(?:axis|dim)\s*=\s*-?\d+", ""),
)

KINDS = tuple(kind for kind, _, _ in MUTATIONS)


def mutants(text: str, kinds=KINDS):
    """Every (kind, mutant text) of ``text``: each mutation at each place it matches, one at a time, unchanged
    texts and repeats dropped."""
    seen = {text}
    for kind, pattern, replacement in MUTATIONS:
        if kind not in kinds:
            continue
        if replacement is None:  # a kind of its own generator
            for mutant in _loss_argument_mutants(text):
                if mutant not in seen:
                    seen.add(mutant)
                    yield kind, mutant
            continue
        for match in re.finditer(pattern, text):
            new = match.expand(replacement) if isinstance(replacement, str) else replacement(match)
            mutant = text[:match.start()] + new + text[match.end():]
            if mutant not in seen:
                seen.add(mutant)
                yield kind, mutant


def sample(found: list, per_entry: int | None, start: int = 0) -> list:
    """At most ``per_entry`` of ``found`` (kind, text) pairs, taken round-robin over the kinds, from the kind at
    ``start`` (modulo the kinds found: ``--rotate`` gives each entry its own, so a small sample still reaches the
    kinds listed last)."""
    if per_entry is None or len(found) <= per_entry:
        return found
    by_kind: dict = {}
    for pair in found:
        by_kind.setdefault(pair[0], []).append(pair)
    order = list(by_kind)
    by_kind = {kind: by_kind[kind] for kind in order[start % len(order):] + order[:start % len(order)]}
    picked = []
    while len(picked) < per_entry:
        for kind in list(by_kind):
            if by_kind[kind] and len(picked) < per_entry:
                picked.append(by_kind[kind].pop(0))
    return picked


def judged(problem, text: str, notation, param, when):
    """check's reading of ``text``: per claim, (its kind and parameter, ((member text, verdict), ...)); or the
    refusal as a string."""
    try:
        result = check_homework(problem, text, notation=str(notation), param=param, when=when)
    except FormulaError as error:
        return str(error)
    except Exception as error:  # noqa: BLE001 - a crash is an outcome to report, not to stop at
        return f"crash {type(error).__name__}: {error}"
    return tuple(((claim.kind, claim.parameter), tuple((step.text, step.verdict) for step in claim.steps))
                 for claim in result.claims)


def verdicts(reading) -> tuple:
    """Per claim, per member, the verdicts of a reading (empty for a refusal)."""
    return () if isinstance(reading, str) else tuple(tuple(verdict for _, verdict in steps) for _, steps in reading)


def suspects(original, mutant) -> list:
    """The members of ``mutant``'s reading called correct that the slip may have changed: a member whose text
    differs from the original's same member, every member of a claim whose parameter or kind changed, a member the
    original's reading called wrong, and every member called correct where the slip changed how many claims or
    members were read."""
    if isinstance(mutant, str):
        return []
    same_shape = not isinstance(original, str) and [len(steps) for _, steps in original] == [
        len(steps) for _, steps in mutant]
    found = []
    for number, (head, steps) in enumerate(mutant):
        for place, (text, verdict) in enumerate(steps):
            if verdict != "correct":
                continue
            if not same_shape:
                found.append((number, place, "shape"))
                continue
            old_head, old_steps = original[number]
            old_text, old_verdict = old_steps[place]
            if old_head != head:
                found.append((number, place, "claim"))
            elif old_verdict != "correct":
                found.append((number, place, "was wrong"))
            elif old_text != text:
                found.append((number, place, "member"))
    return found


#: per kind, [mutants, mutants with a member called correct, suspects] over the whole run
BY_KIND: dict = {}


def hunt(cases, out, per_entry, kinds, rotate=False) -> list:
    """[entries, mutants, mutants called correct, suspects] over ``cases``: (batch, entry, problem, text, notation);
    each mutant with a suspect member written to ``out``. An entry no kind mutates is not judged (a run of the few
    kinds a construct has is then quick)."""
    counts = [0, 0, 0, 0]
    for number, entry, problem, text, notation in cases:
        start = zlib.crc32(f"{number} {entry.key}".encode()) if rotate else 0
        picked = sample(list(mutants(text, kinds)), per_entry, start)
        if not picked:
            continue
        original = judged(problem, text, notation, entry.param, entry.when)
        if verdicts(original) != entry.expected:
            continue
        counts[0] += 1
        for kind, mutant_text in picked:
            counts[1] += 1
            mutant = judged(problem, mutant_text, notation, entry.param, entry.when)
            called = any(verdict == "correct" for claim in verdicts(mutant) for verdict in claim)
            counts[2] += called
            found = suspects(original, mutant)
            tally = BY_KIND.setdefault(kind, [0, 0, 0])
            tally[0] += 1
            tally[1] += called
            tally[2] += bool(found)
            if found:
                counts[3] += 1
                out.write(json.dumps({"batch": number, "key": entry.key, "kind": kind, "expected": entry.expected,
                                      "got": verdicts(mutant), "suspects": found, "original": text,
                                      "mutant": mutant_text}) + "\n")
                out.flush()
    return counts


def batch_cases(number: int, folder: Path):
    """The cases of held-out batch ``number`` (its notations written to ``folder``)."""
    entries, networks, notations = batch(number)
    for entry in entries:
        notation = folder / f"{entry.notation}.toml"
        notation.write_text(notations[entry.notation], encoding="utf-8")
        yield number, entry, parse_problem(networks[entry.network], f"<{entry.network}>"), entry.text, notation


def seed_cases():
    """The readable formulas of the seed documents (tests/seed_verbatim.py), as grade reads them."""
    for entry in SEED_ENTRIES:
        if entry.unreadable is None:
            yield "seed", entry, seed_problem(entry.network), as_read(entry), entry.notation


#: the seed documents as grade reads them (docs/grading.md): their notation and problem files
SEED_GRADING = {
    "000": ("seed000", ["Regression=seed000_regression", "Classification=seed000_classification"]),
    "003": ("seed003", ["seed003_delta_rule"]),
    "004": ("seed004", ["seed004_softmax_classifier", "3.=seed004_sparse_sigmoid"]),
}


def mutated_document(text: str, offset: int) -> str:
    """``text`` with one slip in each line that holds mathematics (a ``$`` or a ``\\``), the slip the line's
    mutants list at ``offset`` plus the line's number (cycling): the same document each run."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if "$" in line or "\\" in line:
            found = list(mutants(line))
            if found:
                lines[number] = found[(offset + number) % len(found)][1]
    return "\n".join(lines)


def graded(path: Path, seed: str, folder: Path) -> list:
    """grade's claims (JSON) of the document at ``path``, read as the seed ``seed``'s."""
    notation, problems = SEED_GRADING[seed]
    out = folder / "graded.json"
    cli_main(["grade", str(path), "--notation", notation, *[part for problem in problems
                                                            for part in ("--problem", problem)],
              "--format", "json", "-o", str(out), "--workers", "1"])
    return json.loads(out.read_text(encoding="utf-8"))["submissions"][0]["claims"]


def hunt_grade(seed: str, offset: int, out) -> list:
    """[claims, claims changed by a slip, changed claims grade calls correct in a member, those check judges
    otherwise]: seed ``seed``'s document (tests/seeds) with mutated_document's slips, graded; each changed claim
    with a member called correct is written to ``out`` with check's verdicts on its text (a claim called correct in
    grade must be correct in check)."""
    notation = SEED_GRADING[seed][0]
    original = (SEEDS / f"seed{seed}.md").read_text(encoding="utf-8")
    counts = [0, 0, 0, 0]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / f"seed{seed}.md"
        path.write_text(original, encoding="utf-8")
        before = {claim["text"] for claim in graded(path, seed, folder)}
        path.write_text(mutated_document(original, offset), encoding="utf-8")
        for claim in graded(path, seed, folder):
            counts[0] += 1
            if claim["text"] in before:
                continue
            counts[1] += 1
            if not any(step["verdict"] == "correct" for step in claim.get("steps", [])):
                continue
            counts[2] += 1
            problem = load_problem(EXAMPLES / claim["problem"])
            reading = judged(problem, claim["text"], notation, None, None)
            in_check = verdicts(reading)
            in_grade = tuple(step["verdict"] for step in claim["steps"])
            differs = not (len(in_check) == 1 and in_check[0] == in_grade)
            counts[3] += differs
            out.write(json.dumps({"batch": f"grade {seed}", "key": f"line {claim['line']}", "kind": "grade",
                                  "expected": [list(in_grade)], "got": in_check if in_check else reading,
                                  "suspects": [[0, 0, "check differs" if differs else "grade"]],
                                  "original": "", "mutant": claim["text"]}) + "\n")
            out.flush()
    return counts


def _batches(words: list[str]) -> list:
    numbers = []
    for word in words:
        if word == "seed":
            numbers.append("seed")
        elif word.startswith("grade"):
            numbers.append(word)
        elif "-" in word:
            low, high = word.split("-")
            numbers += range(int(low), int(high) + 1)
        else:
            numbers.append(int(word))
    return numbers


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="JSON lines file the mutants called correct are appended to")
    parser.add_argument("batches", nargs="+", help="batch numbers, ranges (13-20), or 'seed'")
    parser.add_argument("--per-entry", type=int, default=None)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--rotate", action="store_true", help="start each entry's round-robin at its own kind")
    args = parser.parse_args(argv)
    kinds = tuple(kind.strip() for kind in args.kinds.split(","))
    totals = [0, 0, 0, 0]
    with open(args.out, "a", encoding="utf-8") as out, tempfile.TemporaryDirectory() as folder:
        for number in _batches(args.batches):
            start = time.time()
            if isinstance(number, str) and number.startswith("grade"):
                counts = hunt_grade(number[len("grade"):], 0, out)
                print(f"{number}: {counts[0]} claims, {counts[1]} changed by a slip, {counts[2]} of those with a member"
                      f" called correct, {counts[3]} judged otherwise by check ({time.time() - start:.0f} s)",
                      flush=True)
                continue
            cases = seed_cases() if number == "seed" else batch_cases(number, Path(folder))
            counts = hunt(cases, out, args.per_entry, kinds, args.rotate)
            totals = [total + count for total, count in zip(totals, counts)]
            print(f"{number}: {counts[0]} entries read, {counts[1]} mutants, {counts[2]} with a member called correct,"
                  f" {counts[3]} suspect ({time.time() - start:.0f} s)", flush=True)
    print(f"all: {totals[0]} entries, {totals[1]} mutants, {totals[2]} with a member called correct,"
          f" {totals[3]} suspect")
    for kind, (made, called, suspect) in BY_KIND.items():
        print(f"  {kind}: {made} mutants, {called} with a member called correct, {suspect} suspect")


if __name__ == "__main__":
    main()
