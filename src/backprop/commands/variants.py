"""``backprop variants FILE --count N --seed S [--students FILE] [--out DIR]``: a problem file per
student with other numbers, each with its answer key, and the roster that says who has which."""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from pathlib import Path

from ..bundled import problem_path
from ..errors import UserError
from ..rendering import render
from ..grading.variants import make_variants
from .common import whole_number

ROSTER = "roster.csv"


def add_arguments(parser) -> None:
    parser.description = ("Write N variants of a problem file (the same network, other numbers, drawn as"
                          " its [variants] table says or near its own), each with its answer key"
                          " (explain in Markdown and LaTeX), and roster.csv (student, variant).")
    parser.add_argument("file", help="problem file (TOML) with [data] and [update], or a bundled example")
    parser.add_argument("--count", type=whole_number("variants"), help="number of variants (default: one"
                        " per student of --students, else 1)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the draws (default 0)")
    parser.add_argument("--students", help="a text file with one student name per line (or a CSV with a"
                        " 'student' column); default: student01, student02, ...")
    parser.add_argument("--out", default="variants", help="output folder (default ./variants); must be"
                        " empty or new")
    parser.set_defaults(handler=run)


def run(args) -> int:
    students = read_students(args.students) if args.students else None
    written = write_variants(args.file, args.count, args.seed, students, Path(args.out))
    count = len(written) - 1
    print(f"wrote    {count} variants of {problem_path(args.file)} to {Path(args.out)}/ (variant-NN.toml, .key.md, .key.tex)")
    print(f"wrote    {written[-1]}: {len(students) if students else count} students")
    return 0


def write_variants(file, count: int | None, seed: int, students, out: Path) -> list[Path]:
    """Write ``count`` variants of the problem ``file`` (a path or a bundled example) to the new or
    empty folder ``out``, each with its keys, and roster.csv; ``students`` a list of names, a file of
    them, or None (student01, ...). All or nothing. Returns the variant files, then the roster."""
    source = problem_path(file)
    if students is not None and not isinstance(students, (list, tuple)):
        students = read_students(students)
    count = count or (len(students) if students else 1)
    students = list(students) if students else [f"student{number:02d}" for number in range(1, count + 1)]
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UserError("exists and is not an empty folder", "give a new or empty folder (variants are never"
                        " written over other files)", out, "--out")
    variants = make_variants(source, count, seed)
    # Written in a temporary folder beside --out, renamed into place at the end: a failure half-way
    # leaves nothing behind.
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    except OSError as error:
        raise UserError(f"cannot create the folder ({(error.strerror or str(error)).lower()})",
                        "give a folder you can write to", out, "--out") from None
    try:
        for variant in variants:
            stem = staging / f"variant-{variant.number:02d}"
            trace = variant.problem.explain()
            stem.with_suffix(".toml").write_text(variant.text, encoding="utf-8")
            stem.with_suffix(".key.md").write_text(render(trace, variant.problem, "markdown"), encoding="utf-8")
            stem.with_suffix(".key.tex").write_text(render(trace, variant.problem, "latex"), encoding="utf-8")
        (staging / ROSTER).write_text(roster(students, count), encoding="utf-8")
        if out.exists():
            out.rmdir()  # empty, checked above
        staging.rename(out)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise UserError(f"cannot write the variants ({(error.strerror or str(error)).lower()})",
                        "give a folder on a disk with room that you can write to", out, "--out") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [out / f"variant-{variant.number:02d}.toml" for variant in variants] + [out / ROSTER]


def roster(students: list[str], count: int) -> str:
    """roster.csv: each student and the variant file they get (in turn: 1, 2, ..., count, 1, ...)."""
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\n")
    writer.writerow(["student", "variant"])
    for position, student in enumerate(students):
        writer.writerow([student, f"variant-{position % count + 1:02d}.toml"])
    return table.getvalue()


def read_students(path) -> list[str]:
    """Student names from a text file (one per line) or a CSV with a 'student' column."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror.lower() if isinstance(error, OSError) and error.strerror else "not UTF-8 text"
        raise UserError(f"cannot be read ({reason})", "give a text file with one student name per line",
                        path, "--students") from None
    rows = list(csv.reader(io.StringIO(text)))
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    column = header.index("student") if "student" in header else None
    names = [row[column] if column is not None else ",".join(row) for row in rows[1 if column is not None else 0:]
             if row and any(cell.strip() for cell in row)]
    names = [name.strip() for name in names if name.strip()]
    if not names:
        raise UserError("has no student names", "write one name per line", path, "--students")
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise UserError(f"names {duplicates[0]!r} more than once", "give each student once", path, "--students")
    return names
