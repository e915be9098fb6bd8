"""Grading many submissions: in parallel on every core, each claim under a time limit, each worker
under a memory cap, one bad submission never stopping the others.

``grade_all(paths, judge, workers)`` returns one SubmissionResult per path, in the order given.
``make_judge`` is a picklable callable that builds ``judge(chain, submission) -> Claim | None`` once
per worker process
(its construction, loading problem files and SymPy, is paid once per worker, not per claim).
A worker that dies (a segfault, the memory cap) costs only the submission it was grading: it is
reported as unreadable and the pool is started again for the rest.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable

from ..errors import UserError
from ..limits import LIMITS, TimeLimitExceeded, time_limit
from ..patterns import lazy_pattern
from .document import equations
from .results import Claim, SubmissionResult, took_too_long
from .submission import NOTEBOOK_SUFFIX, read_submission_bytes, submission_text

_JUDGE = None  # the worker's judge, built by _start_worker


def student_name(path: Path) -> str:
    """The student a submission is from: its file name without the extension, printable characters
    only (a name comes from the outside and ends up in reports)."""
    name = Path(path).stem if Path(path).is_file() or Path(path).suffix else Path(path).name
    return "".join(character for character in name if character.isprintable()) or "(unnamed)"


NO_MATHEMATICS = ("no mathematics found: formulas are read between $...$, $$...$$, \\[...\\] or \\(...\\), or in an"
                  " equation or align environment (docs/grading.md, Submissions); a line outside them is prose")
NO_RELATION = ("mathematics without any relation: {count} piece{s} of mathematics found, none holding =, \\approx,"
               " \\leftarrow or := between two sides, so no claim to judge (a claim is an equation, A = B;"
               " docs/grading.md, Claims)")


# a Markdown fenced code block's opening line (```python, ~~~): a submission of code alone is told why it has no claim
_CODE_BLOCK = lazy_pattern(r"^[ \t]*(?:```|~~~)", re.MULTILINE)


def grade_submission(path: Path, judge, seconds: float = LIMITS["claim_seconds"],
                     markers: tuple[str, ...] = ()) -> SubmissionResult:
    """Every claim of the submission at ``path``, judged by ``judge``; never raises for a bad file."""
    try:
        data = read_submission_bytes(path)
    except UserError as error:
        return SubmissionResult(file=str(path), student=student_name(path), error=str(error))
    return grade_bytes(path, data, judge, seconds, markers)


def grade_bytes(path, data: bytes, judge, seconds: float = LIMITS["claim_seconds"],
                markers: tuple[str, ...] = ()) -> SubmissionResult:
    """grade_submission of a submission's bytes, read elsewhere (``path`` names it)."""
    result = SubmissionResult(file=str(path), student=student_name(path))
    try:
        text = submission_text(path, data)
    except UserError as error:
        result.error = str(error)
        return result
    scan = equations(text.text, markers, seconds)
    result.notes = list(scan.problems)
    if not scan.chains and not scan.problems and scan.mathematics:
        # $x$, $\alpha$, $h_1$ in sentences: mathematics found, but no equation in it to judge
        result.notes.append(NO_RELATION.format(count=scan.mathematics, s="" if scan.mathematics == 1 else "s"))
    elif not scan.chains and not scan.problems:
        # a submission of plain-text formulas reads as prose: say so, rather than a silent "0 correct"
        code = _CODE_BLOCK.search(text.text) is not None
        result.notes.append(NO_MATHEMATICS + ("; its code blocks are code, never claims (a notebook's code cells"
                                              " likewise)" if code else ""))
    setup = getattr(judge, "setup", None)  # a Judge's (a test's plain function has none)
    note = unsectioned(setup, scan.chains, result.student) if setup is not None else None
    if note:
        result.notes.append(note)
    prepare = getattr(judge, "prepare", None)
    if prepare is not None:  # the names the submission defines, before its claims are judged
        try:
            with time_limit(seconds * 4):
                prepare(scan.chains, result)
        except TimeLimitExceeded:
            result.notes.append(f"the names the submission defines took more than {seconds * 4:g} s of CPU time to read;"
                                " its claims are judged without them")
    with full_collections_held():
        _judge_chains(scan.chains, judge, result, seconds)
    for item in [*result.claims, *result.definitions, *result.not_claimed]:  # a notebook's: the cell each line is in
        item.cell = text.cell(item.line)
    return result


#: the start of a submission's note when no claim of it is under a heading holding a --problem section's text
NO_SECTION = "no heading holds the text of a --problem section"


def unsectioned(setup, chains: list, student: str) -> str | None:
    """The note for a submission none of whose claims is under a heading holding a --problem section's text, where
    every problem of ``setup`` (a GradeSetup) has a section and the student no variant of their own: its claims are
    then all judged against the first problem, which the teacher should know (NO_SECTION). Else None."""
    markers = setup.markers
    if not chains or len(markers) < len(setup.problems) or dict(setup.roster).get(student):
        return None
    sections = list(dict.fromkeys(chain.section for chain in chains if chain.section))
    if any(marker.lower() in section.lower() for marker in markers for section in sections):
        return None
    written = ", ".join(repr(section[:40]) for section in sections[:4]) or "none"
    return (f"{NO_SECTION} ({', '.join(map(repr, markers))}; the headings its claims are under: {written}): its"
            f" claims are judged against the first problem, {Path(setup.problems[0][1].path).name}")


@contextmanager
def full_collections_held():
    """Python's automatic collections of its oldest generation held off while a submission's claims
    are judged, and one done after, where one was due: a worker keeps SymPy's and the compiled
    formulas' caches, millions of objects, and each full collection traversed them all, 0.7 s charged
    to whichever claim was running (seed 001: 16 of them, 10.8 s of its 40 s of CPU time). The younger
    generations are collected as usual, so a claim's short-lived cycles are freed as they were."""
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], 1 << 30)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if gc.isenabled() and gc.get_count()[2] >= thresholds[2]:
            gc.collect()


#: the judging thread's CPU clock (seconds), which a submission's claims share (LIMITS["submission_seconds"])
_cpu_clock = time.thread_time


def _judge_chains(chains, judge, result: SubmissionResult, seconds: float) -> None:
    # each claim has its own limit, but a file of thousands of one-line claims (2 MB holds ~16,000) would still take
    # hours: the claims together have a budget, and those after it are reported, never silently dropped
    budget, start = LIMITS["submission_seconds"], _cpu_clock()
    for index, chain in enumerate(chains):
        if _cpu_clock() - start >= budget:
            result.notes.append(f"line {chain.line}: this claim and the {len(chains) - index - 1} after it were not"
                                f" judged: the submission's claims used their {budget:g} s of CPU time (a"
                                " submission's limit, docs/limits.md); split the submission or grade fewer claims")
            break
        try:
            with time_limit(seconds):
                claim = judge(chain, result)
        except TimeLimitExceeded:
            claim = Claim(chain.line, "", "", chain.text, "unreadable",
                          detail=took_too_long(seconds))
        except MemoryError:
            claim = Claim(chain.line, "", "", chain.text, "unreadable",
                          detail="unreadable: needs more memory than a claim may have")
        except Exception as error:  # a defect of the reader on one claim: the class is still graded
            claim = Claim(chain.line, "", "", chain.text, "unreadable",
                          detail=f"unreadable: backprop failed on this claim ({type(error).__name__}: "
                                 f"{str(error)[:120]}); please report it with the claim's text")
        if claim is not None:
            claim.left = " ".join(chain.members[0].split())
            result.claims.append(claim)


def grade_all(paths: list[Path], make_judge: Callable, workers: int | None = None,
              on_done: Callable[[SubmissionResult], None] | None = None,
              seconds: float = LIMITS["claim_seconds"], markers: tuple[str, ...] = ()) -> list[SubmissionResult]:
    """Grade ``paths`` with ``workers`` processes (None: one per core; 1: in this process).

    make_judge : a picklable callable returning the judge; called once per worker process.
    on_done : called in this process with each result as it is finished (for a progress bar).
    """
    paths = [Path(path) for path in paths]
    workers = min(workers or os.cpu_count() or 1, max(len(paths), 1))
    if workers <= 1:
        judge = make_judge()
        results = []
        for path in paths:
            results.append(grade_submission(path, judge, seconds, markers))
            if on_done:
                on_done(results[-1])
        return results
    results: dict[int, SubmissionResult] = {}
    pending = list(range(len(paths)))
    while pending:
        broken = _run_pool(paths, pending, make_judge, workers, (seconds, markers), results, on_done)
        # The pool died (a worker killed by a crash or the memory cap): the one that killed it was
        # among the first unfinished ones (the pool hands out at most workers + 1 at a time).
        # Grade those alone, each in a pool of its own, to tell the culprit from the bystanders.
        suspects, pending = broken[:workers + 1], broken[workers + 1:]
        for index in suspects:
            if _run_pool(paths, [index], make_judge, 1, (seconds, markers), results, on_done):
                results[index] = SubmissionResult(str(paths[index]), student_name(paths[index]),
                                                  error="the grader stopped while reading this submission (it"
                                                  " needed more memory or time than a submission may have)")
                if on_done:
                    on_done(results[index])
    return [results[index] for index in range(len(paths))]


def _run_pool(paths, indices, make_judge, workers, options, results, on_done) -> list[int]:
    """Grade ``indices`` in a pool of ``workers`` processes into ``results``; the indices left
    unfinished because the pool died (empty when all went well)."""
    broken = []
    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker,
                             initargs=(make_judge,)) as pool:
        futures = [(index, pool.submit(_grade_in_worker, paths[index], options)) for index in indices]
        for index, future in futures:
            try:
                results[index] = future.result()
            except BrokenProcessPool:
                broken.append(index)
                continue
            if on_done:
                on_done(results[index])
    return broken


def _context():
    """Workers start from a fresh process (forkserver where there is one), not as forks of the
    caller: a notebook or test process that has trained (the training kernels' and BLAS's threads,
    JAX's address space) would hand them its threads' locks and its virtual memory, over the
    workers' memory cap, and they died at random (segfaults, SystemErrors)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _start_worker(make_judge: Callable) -> None:
    global _JUDGE
    cap = LIMITS["grader_memory_bytes"]
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or hard > cap:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    _JUDGE = make_judge()


def _grade_in_worker(path: Path, options: tuple) -> SubmissionResult:
    return grade_submission(path, _JUDGE, *options)


def submissions_in(paths: list[str]) -> list[Path]:
    """The submission files named on the command line: files as given, folders by their .md, .txt, .rst,
    .tex, .markdown and .ipynb files (one per student), sorted by name.

    A name that is nothing at all is the teacher's typo, refused (UserError) before anything is
    graded; a name that exists but cannot be read (a link, a device) is that submission's problem."""
    found = []
    for name in paths:
        path = Path(name)
        if not os.path.lexists(path):
            raise UserError("no such file or folder", "give submission files, or folders holding them", path)
        if path.is_dir():
            inside = sorted(entry for entry in path.iterdir()
                            if entry.suffix.lower() in SUFFIXES and not entry.name.startswith("."))
            if not inside:
                raise UserError(f"no submission in this folder (no {', '.join(SUFFIXES)} file)",
                                "put one file per student in it", path)
            found += inside
        else:
            found.append(path)
    return found


SUFFIXES = (".md", ".markdown", ".txt", ".tex", ".text", ".rst", NOTEBOOK_SUFFIX)


def grade_on_dask(paths: list[Path], make_judge: Callable, address: str,
                  on_done: Callable[[SubmissionResult], None] | None = None,
                  seconds: float = LIMITS["claim_seconds"], markers: tuple[str, ...] = ()) -> list[SubmissionResult]:
    """grade_all on a Dask cluster (``address``: its scheduler): each submission is read here and its
    bytes sent to a worker, so the workers need no access to these files; ``make_judge`` (a partial
    of judge.make_judge) carries the problem files' texts and builds one Judge per worker."""
    try:
        from distributed import Client, as_completed  # the dask extra: only when a cluster is asked for
    except ImportError:
        raise UserError("needs Dask's distributed package", "install it with: pip install 'backprop[dask]'",
                        where="--scheduler") from None
    results: dict[int, SubmissionResult] = {}
    payloads = {}
    for index, path in enumerate(paths):
        try:
            payloads[index] = read_submission_bytes(path)
        except UserError as error:
            results[index] = SubmissionResult(str(path), student_name(path), error=str(error))
            if on_done:
                on_done(results[index])
    try:
        client = Client(address, timeout="10s")
    except OSError as error:
        raise UserError(f"cannot reach the Dask scheduler at {address} ({error})",
                        "give the address of a running scheduler, e.g. tcp://host:8786", where="--scheduler") from None
    with client:
        futures = {client.submit(_grade_remote, str(paths[index]), data, make_judge, seconds, markers,
                                 pure=False): index for index, data in payloads.items()}
        for future in as_completed(futures):
            index = futures[future]
            try:
                results[index] = future.result()
            except Exception as error:  # a worker lost, or killed by its memory limit
                results[index] = SubmissionResult(str(paths[index]), student_name(paths[index]),
                                                  error=f"the grader stopped on this submission ({type(error).__name__})")
            if on_done:
                on_done(results[index])
    return [results[index] for index in range(len(paths))]


def _grade_remote(name: str, data: bytes, make_judge: Callable, seconds: float, markers) -> SubmissionResult:
    return grade_bytes(name, data, make_judge(), seconds, markers)
