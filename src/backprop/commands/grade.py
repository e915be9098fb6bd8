"""``backprop grade SUBMISSION... --problem FILE [--notation N] [--format F] [--out DIR]``: every
gradient, update and value claim of whole submissions judged, a class at a time."""

from __future__ import annotations

import csv
import functools
import io
import sys
from pathlib import Path

from rich.progress import Progress as Bar

from ..bundled import problem_path
from ..errors import UsageError, UserError
from ..files import make_folder, write_atomic
from ..grading.feedback import write_feedback
from ..grading.judge import GradeSetup, Source, make_judge
from ..grading.results import to_csv, to_gradescope, to_json, to_text
from ..grading.runner import NO_SECTION, grade_all, grade_on_dask, student_name, submissions_in
from ..limits import LIMITS
from ..symbolic.notation import Notation
from ..symbolic.notation_loading import load_notation
from .common import write_output

FORMATS = ("text", "json", "csv", "gradescope", "html")


def add_arguments(parser) -> None:
    parser.description = ("Grade submissions (Markdown, text or LaTeX; a folder holds one per student):"
                          " every gradient, update and value claim is read through the notation and judged"
                          " against the problem file's network, each member of a chain of equalities.")
    parser.add_argument("submissions", nargs="+", metavar="SUBMISSION", help="a submission file, or a folder"
                        " of them (.md, .markdown, .txt, .tex, .rst), one per student")
    parser.add_argument("--problem", action="append", default=[], metavar="[SECTION=]FILE",
                        help="the problem file (or bundled example) the claims are about; give it several"
                        " times for a document about several networks, SECTION naming the heading (or a"
                        " short line) under which the part about FILE starts, e.g. --problem"
                        " Regression=seed000_regression")
    parser.add_argument("--notation", help="the homework's notation: a bundled one (seed000 ... seed004) or"
                        " a TOML file with a [notation] table (default: the problem file's own)")
    parser.add_argument("--roster", help="roster.csv of backprop variants (student, variant file): each student"
                        " is judged against their own variant")
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument("-o", "--output", help="write text, json or csv to this file instead of standard output")
    parser.add_argument("--out", help="folder for gradescope (<student>/results.json) and html (<student>.html)")
    parser.add_argument("--workers", type=int, default=0, help="processes (default 0: one per core)")
    parser.add_argument("--time-limit", type=float, default=LIMITS["claim_seconds"], metavar="SECONDS",
                        help=f"CPU seconds to judge one claim (default {LIMITS['claim_seconds']:g}); a claim"
                        f" is also stopped after {LIMITS['wall_factor']:g} times that in wall time")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="grade on a Dask cluster: the scheduler's"
                        " address, e.g. tcp://host:8786 (needs pip install 'backprop[dask]')")
    parser.set_defaults(handler=run)


def run(args) -> int:
    per_student = args.format in ("gradescope", "html")
    # -o/--output (one file) and --out (a folder) differ by three letters: say which one the format takes
    if per_student and not args.out:
        given = f" (-o/--output {args.output} names the one file of text, json or csv)" if args.output else ""
        raise UsageError(f"--format {args.format} writes a file per student{given}", "give their folder with --out DIR")
    if not per_student and args.out:
        raise UsageError(f"--out {args.out} is the folder of --format html and gradescope; --format {args.format}"
                         " writes one file", "give it with -o FILE, or leave both out for standard output")
    setup = build_setup(args)
    results = grade_submissions(setup, args.submissions, args.workers, args.scheduler)
    if per_student:
        written = write_per_student(results, Path(args.out), args.format, setup)
        print(f"wrote    {written} file{'' if written == 1 else 's'} to {args.out}/")
        sys.stdout.write("\n".join(_class_lines(results)) + "\n")
        return 0
    output = {"text": to_text, "json": to_json, "csv": to_csv}[args.format](results)
    write_output(output, args.output)
    return 0


def refuse_unlisted_students(paths: list, setup: GradeSetup) -> None:
    """The teacher's one-line error for a submission whose student has no row in the roster, where no --problem
    gives a problem for such students (setup_for made the roster's first variant the default: they would be
    judged against another student's variant)."""
    if not setup.roster or setup.problems != ((None, setup.roster[0][1]),):
        return
    listed = {student for student, _ in setup.roster}
    for path in paths:
        if student_name(path) not in listed:
            raise UsageError(f"has no row for student {student_name(path)!r} ({path})",
                             f"add a row {student_name(path)},<their variant file> to it, or give --problem FILE for"
                             " the students without a variant", None, "--roster")


def refuse_unmatched_sections(results) -> None:
    """The teacher's one-line error when no graded submission has a heading holding any --problem section's text
    (the sections were misspelt, or are not the submissions' headings): every claim would be judged against the
    first problem. Where only some submissions miss them, each says so in a note."""
    graded = [result for result in results if result.claims]
    notes = [next((note for note in result.notes if note.startswith(NO_SECTION)), None) for result in graded]
    if graded and all(notes):
        raise UsageError(f"{graded[0].file}{' and every other submission' if len(graded) > 1 else ''}:"
                         f" {notes[0].split('): ')[0]})", "give each --problem SECTION= the text of the heading"
                         " its network's part starts under, as the submissions write it")


def refuse_unread_notation(results, notation: Notation | None) -> None:
    """The teacher's one-line error when the notation does not fit the submissions: of the class's claims (at least
    _FEWEST_CLAIMS), nearly all (_UNREAD_SHARE) unreadable, and half of them for a name or pattern of the notation.
    A class graded so would be a table of unreadable claims, and its few verdicts a notation's misreadings."""
    claims = [(result.file, claim) for result in results for claim in result.claims]
    unread = [(file, claim) for file, claim in claims if claim.verdict == "unreadable"]
    of_notation = [(file, claim) for file, claim in unread if "notation" in claim.detail]
    if len(claims) >= _FEWEST_CLAIMS and len(unread) >= _UNREAD_SHARE * len(claims) \
            and 2 * len(of_notation) >= len(claims):
        raise UsageError(f"{len(unread)} of the {len(claims)} claims cannot be read in it (the first:"
                         f" {of_notation[0][0]} line {of_notation[0][1].line}:"
                         f" {' '.join(of_notation[0][1].detail.split())[:160]})",
                         "give the notation the submissions are written in: a bundled one (seed000 ... seed004) or"
                         " a TOML file with a [notation] table (docs/notation.md)",
                         notation.source if notation else None, "--notation" if notation else "the problem file's"
                         " [notation]")


_FEWEST_CLAIMS = 5  # claims of a class before its unreadable share says anything of the notation
_UNREAD_SHARE = 0.9


def build_setup(args) -> GradeSetup:
    """The problem files, notation and roster of the command line, read and checked before grading."""
    return setup_for(args.problem, args.notation, args.roster, args.time_limit)


def setup_for(problems: list, notation=None, roster=None, time_limit: float = LIMITS["claim_seconds"]) -> GradeSetup:
    """The GradeSetup of ``grade``: ``problems`` "[SECTION=]FILE" texts (FILE a path or a bundled
    example) or (section, Source) pairs; ``notation`` bundled or a file; ``roster`` a roster.csv."""
    if not 0 < time_limit <= 600:
        raise UsageError(f"--time-limit {time_limit:g} is out of range", "give seconds from 0.1 to 600")
    if not problems and not roster:
        raise UsageError("no problem file", "give the network the submissions are about with --problem FILE")
    pairs = [given if isinstance(given, tuple) else _sectioned(given) for given in problems]
    if len([section for section, _ in pairs if section is None]) > 1:
        raise UsageError("several --problem files without a section", "name the section of each, e.g."
                         " --problem Regression=FILE1 --problem Classification=FILE2")
    students = read_roster(roster) if roster else ()
    read = load_notation(notation) if notation else None
    setup = GradeSetup(tuple(pairs) or ((None, students[0][1]),), read, students, time_limit)
    make_judge(setup)  # reads every problem file now: a bad one is the teacher's one-line error
    return setup


def _sectioned(given: str) -> tuple:
    """(section or None, Source) of one --problem: "[SECTION=]FILE"."""
    section, _, name = given.rpartition("=") if "=" in given and not Path(given).exists() else ("", "", given)
    return section.strip() or None, Source.read(problem_path(name.strip()))


def grade_submissions(setup: GradeSetup, submissions: list, workers: int = 0, scheduler: str | None = None) -> list:
    """Every submission (files, or folders of them) judged: one SubmissionResult each, in order;
    ``workers`` processes (0: one per core), or on the Dask cluster at ``scheduler``."""
    paths = submissions_in([str(path) for path in submissions])
    if not paths:
        raise UsageError("no submission found", "give files, or folders holding .md, .txt, .tex or .rst files")
    refuse_unlisted_students(paths, setup)
    progress = Progress(len(paths))
    judge = functools.partial(make_judge, setup)
    if scheduler:
        results = grade_on_dask(paths, judge, scheduler, progress.done, setup.seconds, setup.markers)
    else:
        results = grade_all(paths, judge, workers or None, progress.done, setup.seconds, setup.markers)
    progress.close()
    refuse_unmatched_sections(results)
    refuse_unread_notation(results, setup.notation)
    return results


def read_roster(path) -> tuple:
    """(student, Source of their variant) from roster.csv (columns student, variant)."""
    folder = Path(path).parent
    try:
        rows = list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8-sig"))))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise UserError(f"cannot be read ({error})", "give the roster.csv that backprop variants wrote",
                        path, "--roster") from None
    if not rows or not {"student", "variant"} <= set(rows[0]):
        raise UserError("has no student and variant columns", "give the roster.csv that backprop variants wrote",
                        path, "--roster")
    roster = []
    for number, row in enumerate(rows, start=2):
        variant = Path(row["variant"] or "")
        if variant.is_absolute() or ".." in variant.parts or not variant.name:  # a roster names files beside it
            raise UserError(f"variant {row['variant']!r} is not a file name beside the roster", "write the"
                            " variant file's name (variant-01.toml)", path, f"line {number}")
        roster.append((row["student"], Source.read(folder / variant)))
    return tuple(roster)


def write_per_student(results, out: Path, form: str, setup: GradeSetup) -> int:
    """Gradescope's <student>/results.json or the feedback page <student>.html of each submission,
    under ``out`` only (a student's name never leaves it: the file name is made safe). Each file is
    written whole or not at all; a folder or file the system refuses is one line (WriteError)."""
    make_folder(out, "--out")
    count = 0
    for result in results:
        name = safe_name(result.student)
        if form == "gradescope":
            text, target = to_gradescope(result), make_folder(out / name, "--out") / "results.json"
        else:
            text, target = write_feedback(result, setup), out / f"{name}.html"
        write_atomic(target, text.encode("utf-8"), make_parents=False, where="--out")
        count += 1
    return count


def safe_name(student: str) -> str:
    """A file name for ``student``: letters, digits, . _ - only, never a path, never hidden."""
    name = "".join(character if character.isalnum() or character in "._-" else "_" for character in student)
    return name.lstrip(".") or "_"


def _class_lines(results) -> list[str]:
    lines = []
    for result in results:
        counts = result.summary
        state = f"error: {result.error}" if result.error else ", ".join(f"{n} {v}" for v, n in counts.items())
        lines.append(f"{student_name(Path(result.file))}: {state}")
    return lines


class Progress:
    """A bar on a terminal (stderr), nothing elsewhere: what is printed is the report."""

    def __init__(self, total: int):
        self.bar = None
        if sys.stderr.isatty() and total > 1:
            self.bar = Bar(transient=True)
            self.bar.start()
            self.task = self.bar.add_task("grading", total=total)

    def done(self, result) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=f"graded {result.student[:20]}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
