"""What grading found, and the forms it is written in: text, JSON, CSV and Gradescope's results.json.

The JSON shape is docs/notation.md's (docs/grading.md describes it for users); each claim
also says which problem file judged it (``problem``) and each submission who wrote it (``student``,
the file name without its extension) and, when it could not be read at all, why (``error``).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import asdict, dataclass, field

VERDICTS = ("correct", "wrong", "unreadable")
#: what a report says of a submission that was read and holds no claim
NO_CLAIM = "no gradient, update or value claim was found in the submission"
KINDS = ("gradient", "update", "value")
#: the CSV gradebook's detail of a formula grade did not take for a claim (its left side names nothing of the network)
NOT_A_CLAIM = "not graded as a claim"


def took_too_long(seconds: float) -> str:
    """The detail of a claim stopped by its time limit (limits.time_limit: CPU time, with a wall-time
    backstop for a grader that gets no CPU)."""
    return f"unreadable: took too long (more than {seconds:g} s of CPU time to judge)"


@dataclass
class Step:
    """One member of a chain after the left side, and its verdict."""

    text: str
    verdict: str
    detail: str = ""


@dataclass
class Claim:
    """One claim of a submission: a chain whose left side names a gradient, an update or a value."""

    line: int
    kind: str
    parameter: str
    text: str
    verdict: str
    steps: list[Step] = field(default_factory=list)
    detail: str = ""
    problem: str = ""
    #: a wrong claim's formula in a normal form (expanded), so that the same mistake by two students is counted once
    form: str = ""
    #: the same formula as the class's summary shows it: in the submission's notation where it has one
    form_shown: str = ""
    #: for a wrong gradient or update claim: the true value, LaTeX in the submission's notation
    truth: str = ""
    #: a notebook's: the 1-based number of the cell the claim is in, code cells counted (else None)
    cell: int | None = None
    #: the left side as written (spacing normalised): an unreadable claim, whose parameter is unknown, is counted in
    #: the class's summary with the claims of the same left side
    left: str = ""


@dataclass
class DefinedName:
    """A name the submission defines (``U = ...``, ``\\frac{U}{V} = \\frac{A}{B}``): not a claim, not
    judged; the claims after it read the name as its meaning (docs/grading.md)."""

    line: int
    name: str
    text: str                          # its right side as written
    detail: str = ""                   # why it cannot be used (one line), "" when it is defined
    cell: int | None = None            # a notebook's: the cell it is in

    @property
    def status(self) -> str:
        return "refused" if self.detail else "defined"


@dataclass
class NotClaim:
    """An equation of a submission that grade did not take for a claim (its left side names nothing of the network,
    or it restates one of the problem file's inputs): counted in JSON's ``not_claims``, listed for the teacher in
    the other formats, never judged."""

    line: int
    text: str                          # the chain as written
    cell: int | None = None            # a notebook's: the cell it is in


@dataclass
class SubmissionResult:
    """Every claim of one submission, or the reason it could not be read."""

    file: str
    student: str
    claims: list[Claim] = field(default_factory=list)
    error: str = ""
    notes: list[str] = field(default_factory=list)
    #: equations that are not claims about the network (their left side names nothing of it), in the order found
    not_claimed: list[NotClaim] = field(default_factory=list)
    #: names the submission defines for itself (not claims)
    definitions: list[DefinedName] = field(default_factory=list)

    @property
    def summary(self) -> dict:
        counts = Counter(claim.verdict for claim in self.claims)
        return {verdict: counts.get(verdict, 0) for verdict in VERDICTS}


def place(item: Claim | DefinedName | NotClaim, width: int = 0) -> str:
    """Where a claim or a definition is: "line 12", and in a notebook "line 12 (cell 3)" (the line in
    the notebook's Markdown cells as joined, docs/grading.md)."""
    return f"line {item.line:>{width}}" + (f" (cell {item.cell})" if item.cell else "")


#: how many of a submission's formulas not taken for claims a report names, and how much of each it shows
_NOT_CLAIMS_NAMED = 5
_NOT_CLAIM_WIDTH = 48


def not_graded(result: SubmissionResult, quoted=lambda text: f"`{text}`") -> str:
    """The line that tells a teacher which formulas of a submission grade did not take for claims, "" when none: "3
    formulas not graded as claims: line 12 `L_0 = 783`, line 14 `D = [X | Y]`, line 20 `y = \\text{cat}`", the
    first few, each cut short (``quoted`` writes one formula: Markdown's backticks, or HTML's code)."""
    found = result.not_claimed
    if not found:
        return ""
    named = [f"{place(item)} {quoted(_short(item.text, _NOT_CLAIM_WIDTH))}" for item in found[:_NOT_CLAIMS_NAMED]]
    more = len(found) - len(named)
    counted = f"{len(found)} formulas not graded as claims" if len(found) > 1 else "1 formula not graded as a claim"
    return (f"{counted}: " + ", ".join(named)
            + (f", and {more} more" if more else ""))


def to_json(results: list[SubmissionResult]) -> str:
    submissions = []
    for result in results:
        entry = {"file": result.file, "student": result.student,
                 "claims": [_claim_json(claim) for claim in result.claims], "summary": result.summary}
        if result.error:
            entry["error"] = result.error
        if result.notes:
            entry["notes"] = result.notes
        if result.not_claimed:
            entry["not_claims"] = len(result.not_claimed)
        if result.definitions:
            entry["definitions"] = [{"line": d.line, **({"cell": d.cell} if d.cell else {}), "name": d.name,
                                     "text": d.text, "status": d.status, "detail": d.detail}
                                    for d in result.definitions]
        submissions.append(entry)
    return json.dumps({"submissions": submissions}, indent=2, ensure_ascii=False) + "\n"


def _claim_json(claim: Claim) -> dict:
    entry = asdict(claim)
    entry.pop("form")
    entry.pop("form_shown")
    entry.pop("truth")
    entry.pop("left")
    if entry["cell"] is None:  # not a notebook: the spec's shape
        entry.pop("cell")
    entry["steps"] = [{"text": step.text, "verdict": step.verdict} for step in claim.steps]
    return entry


CSV_COLUMNS = ("file", "line", "kind", "parameter", "verdict", "detail")


def to_csv(results: list[SubmissionResult]) -> str:
    """A gradebook: one row per claim (a submission that could not be read: one row saying why), and a row with no
    kind and no verdict for each formula not graded as a claim, saying so."""
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for result in results:
        if result.error:
            writer.writerow([result.file, "", "", "", "unreadable", result.error])
        elif not result.claims:  # a student with nothing to grade is still a row of the gradebook, saying why
            writer.writerow([result.file, "", "", "", "", "; ".join([NO_CLAIM, *result.notes])])
        rows = [(claim.line, 0, [result.file, claim.line, claim.kind, claim.parameter, claim.verdict, claim.detail])
                for claim in result.claims]
        rows += [(item.line, 1, [result.file, item.line, "", "", "", f"{NOT_A_CLAIM}: {item.text}"])
                 for item in result.not_claimed]
        for _, _, row in sorted(rows, key=lambda row: row[:2]):
            writer.writerow(row)
    return table.getvalue()


def to_gradescope(result: SubmissionResult) -> str:
    """Gradescope's results.json for one submission: one test per claim, 1 point each."""
    tests = []
    for claim in result.claims:
        tests.append({"name": f"{place(claim)}: {claim.kind} {claim.parameter}".strip(),
                      "score": 1 if claim.verdict == "correct" else 0, "max_score": 1,
                      "status": "passed" if claim.verdict == "correct" else "failed",
                      "output": f"{claim.verdict}: {claim.text}" + (f"\n{claim.detail}" if claim.detail else "")})
    document = {"score": sum(test["score"] for test in tests), "tests": tests}
    # the submission's own problem, or what the tests leave out: no claim at all, formulas not graded as claims
    output = result.error or "\n".join(part for part in ("" if tests else NO_CLAIM, not_graded(result)) if part)
    if output:
        document["output"] = output
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def to_text(results: list[SubmissionResult], detailed: bool = True) -> str:
    """For a person: each submission's claims with their verdicts (and, if ``detailed``, why), then
    the class summary when there is more than one submission."""
    lines = []
    for result in results:
        counts = result.summary
        head = f"{result.file}: " + (f"could not be graded: {result.error}" if result.error else
                                     ", ".join(f"{counts[v]} {v}" for v in VERDICTS))
        lines.append(head)
        for note in result.notes:
            lines.append(f"  note: {note}")
        if result.not_claimed:
            lines.append(f"  note: {not_graded(result)}")
        shown = sorted([(claim.line, 1, claim) for claim in result.claims]
                       + [(definition.line, 0, definition) for definition in result.definitions],
                       key=lambda item: item[:2])
        for _, _, claim in shown:
            if isinstance(claim, DefinedName):
                lines.append(f"  {place(claim, 4)}  {claim.status:<10} {'name':<8} {claim.name}:"
                             f" {_short(claim.name + ' = ' + claim.text)}")
                if detailed and claim.detail:
                    lines.append(f"{'':14}{claim.detail}")
                continue
            named = f"{claim.kind:<8} {claim.parameter}:" if claim.parameter else f"{claim.kind}:"  # unreadable: none
            lines.append(f"  {place(claim, 4)}  {claim.verdict:<10} {named} {_short(claim.text)}")
            if detailed:
                for step in claim.steps:
                    if step.verdict != claim.verdict or len(claim.steps) > 1:
                        lines.append(f"{'':14}step {step.verdict:<10} {_short(step.text, 60)}")
                if claim.detail:
                    lines.append(f"{'':14}{claim.detail}")
        lines.append("")
    if len(results) > 1:
        lines += class_summary(results)
    return "\n".join(lines).rstrip("\n") + "\n"


def class_summary(results: list[SubmissionResult]) -> list[str]:
    """Per student: counts and score; per claim (kind and parameter): how many got it right, and the
    most common wrong form."""
    lines = ["per student", f"  {'student':<24} {'correct':>7} {'wrong':>7} {'unreadable':>10}  score"]
    for result in results:
        counts = result.summary
        total = sum(counts.values())
        score = f"{counts['correct']}/{total}" if total else ("error" if result.error else "0/0")
        lines.append(f"  {result.student[:24]:<24} {counts['correct']:>7} {counts['wrong']:>7}"
                     f" {counts['unreadable']:>10}  {score}")
    # an unreadable claim has no parameter: it is counted with the claims whose left side is written the same, or
    # under its left side
    named = {claim.left: (claim.kind, claim.parameter) for result in results for claim in result.claims
             if claim.parameter and claim.left}
    claims: dict[tuple[str, str], list[Claim]] = {}
    for result in results:
        for claim in result.claims:
            key = (claim.kind, claim.parameter) if claim.parameter or not claim.left \
                else named.get(claim.left, (claim.kind, claim.left))
            claims.setdefault(key, []).append(claim)
    if claims:
        # as wide as the longest claim's name, up to a limit, so that two claims are never cut to one name
        width = min(max(28, *(len(" ".join(key)) for key in claims)), _CLAIM_WIDTH)
        lines += ["", "per claim", f"  {'claim':<{width}} {'right':>9}  most common wrong form"]
        for (kind, parameter), found in sorted(claims.items(), key=lambda item: (-len(item[1]), item[0])):
            right = sum(claim.verdict == "correct" for claim in found)
            wrong = Counter(claim.form or claim.text for claim in found if claim.verdict == "wrong")
            common = ""
            if wrong:
                form, count = wrong.most_common(1)[0]
                shown = Counter(claim.form_shown or form for claim in found
                                if claim.verdict == "wrong" and (claim.form or claim.text) == form)
                common = f"{_short(shown.most_common(1)[0][0], 50)} ({count})"
            lines.append(f"  {_short(kind + ' ' + parameter, width):<{width}} {right:>4}/{len(found):<4}  {common}")
    return lines


_CLAIM_WIDTH = 64  # characters of a claim's name in the class's summary


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 3] + "..."
