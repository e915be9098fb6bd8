"""The fused training steps in C (step.c, step_kernels.h): built with the system's C compiler on
first use, loaded with ctypes.

The library is compiled once per user into their cache folder ($XDG_CACHE_HOME/backprop, else
~/.cache/backprop), under a name that is a hash of the sources, the compiler, the flags and the
machine, so that a changed source or another machine compiles anew and never loads a stale
library. It is written under a temporary name and renamed into place: a process that finds the
name finds a whole library. A compile removes our libraries (and notes) unused for a week
(STALE_SECONDS), each version of the sources having left its own. Only our own sources and fixed
flags reach the compiler. Without a compiler, or if the compile or the load fails, ``load`` says
why and training runs the NumPy engine (steps.kernels_for). The matrix products are numpy's own
BLAS routines, called through their addresses, so that the numbers are numpy's (float64: the NumPy
engine's bits); except float32's sgemm where numpy's OpenBLAS runs no AVX-512 kernel on a processor
with AVX-512F: there backprop's own (product_avx512.h; OWN_PRODUCT says when, and forces it on or
off).
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import platform
import shlex
import shutil
import stat
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_info

from ..errors import UsageError
from ..patterns import lazy_pattern
from ..user_cache import cache_folder

SOURCES = ("step.c", "step_kernels.h", "product_avx512.h")
#: Whether numpy's OpenBLAS runs AVX-512 kernels for sgemm, by the name of the kernels it runs
#: (threadpoolctl's "architecture": OpenBLAS's openblas_get_corename, the processor's or
#: OPENBLAS_CORETYPE's). Where it runs kernels without (False: up to AVX2) on a processor with
#: AVX-512F, float32's products take backprop's own (product_avx512.h), twice as wide; where it has
#: its own (True), and for a name not here (a core OpenBLAS may add), they stay OpenBLAS's: against
#: OpenBLAS's AVX-512 kernels the own product wins on the large products but not on every small
#: one (benchmarks/RESULTS.md), and OpenBLAS's are tuned for processors not measured here.
OPENBLAS_AVX512 = {**dict.fromkeys(("SkylakeX", "Cooperlake", "SapphireRapids"), True),
                   **dict.fromkeys(("Haswell", "Zen", "Sandybridge", "Nehalem", "Core2", "Penryn", "Dunnington",
                                    "Atom", "Katmai", "Prescott", "Opteron", "Barcelona", "Bobcat", "Bulldozer",
                                    "Piledriver", "Steamroller", "Excavator"), False)}
#: When float32's sgemm is backprop's own, for steps built from now on: "auto" (by OPENBLAS_AVX512, on
#: a processor with AVX-512F), "on" (wherever the processor has AVX-512F), "off" (numpy's always).
#: Its default is the environment's BACKPROP_OWN_PRODUCT, else "auto". Tests and benchmarks set it.
OWN_PRODUCT = os.environ.get("BACKPROP_OWN_PRODUCT", "auto")
#: -O3 without -ffast-math (which would reorder sums and drop x + 0 and x * 0: other bits), and
#: -ffp-contract=off: no a * b + c fused into one rounding (GCC contracts where the processor has
#: FMA, as arm64 does; numpy's arithmetic rounds each operation). No -march=native: the library
#: must run on any machine that shares the cache folder; the matrix products (numpy's BLAS, or
#: product_avx512.h's, built for AVX-512F by a target attribute and taken at run time) are most
#: of the time, and its loops vectorise with the baseline's SIMD. -falign-loops=64: each loop
#: starts a cache line; the one-sample update's loop of seven instructions, placed across two by
#: chance, took a per-sample step from 18 to 22 us on AMD EPYC (no effect on any number).
FLAGS = ("-O3", "-std=c11", "-fPIC", "-shared", "-ffp-contract=off", "-falign-loops=64")
#: How long a compile may take before it counts as failed (it takes a second or two).
COMPILE_SECONDS = 120
#: A library of ours in the cache folder that has not been loaded for this long is stale: a compile
#: removes the stale ones (each change of the sources, flags or compiler leaves a library behind).
#: A library in use is touched when loaded (at most once a day), so that versions of backprop used
#: side by side keep theirs rather than compiling anew each time the other has run.
STALE_SECONDS = 7 * 24 * 3600
#: The names of our files in the cache folder: libraries, failure notes, temporaries of a compile.
OUR_NAMES = lazy_pattern(r"step-[0-9a-f]{24}(\.so|\.failed|\.so\.[0-9]+\.[0-9]+\.tmp)")
#: A changed format of the cached file (the State's fields) changes this and so the file's name.
FORMAT = 3
#: The BLAS routines the kernels call, by dtype: (gemm, gemv) symbols of the scipy-openblas64 that
#: numpy's wheels carry (cblas with 64-bit integers).
BLAS_ROUTINES = {"float32": ("scipy_cblas_sgemm64_", "scipy_cblas_sgemv64_"),
                 "float64": ("scipy_cblas_dgemm64_", "scipy_cblas_dgemv64_")}


def _numpy_openblas_pools() -> list[dict]:
    """threadpoolctl's entries for numpy's own OpenBLAS (its file and the kernels it runs)."""
    return [pool for pool in threadpool_info() if pool["internal_api"] == "openblas" and "numpy" in pool["filepath"]]


def numpy_blas() -> ctypes.CDLL | None:
    """numpy's own OpenBLAS (the scipy-openblas64 of numpy's wheels, 64-bit integers), whose
    routines the kernels call so that their matrix products are numpy's to the last bit; None for
    a numpy built otherwise (then the kernels cannot run: training keeps the NumPy engine)."""
    for pool in _numpy_openblas_pools():
        library = ctypes.CDLL(pool["filepath"])
        if all(hasattr(library, symbol) for pair in BLAS_ROUTINES.values() for symbol in pair):
            return library
    return None


def numpy_blas_core() -> str | None:
    """The name of the kernels numpy's OpenBLAS runs (threadpoolctl's "architecture"), or None."""
    return next((pool.get("architecture") for pool in _numpy_openblas_pools()), None)


def own_product_chosen(setting: str, processor_avx512: bool, core: str | None) -> bool:
    """Whether float32's products are backprop's own, given OWN_PRODUCT's ``setting``, whether the
    processor has AVX-512F (and the library the product: x86-64, GCC or clang) and numpy's
    OpenBLAS's ``core``: never without AVX-512F; "auto" only where OPENBLAS_AVX512 says False."""
    if setting not in ("auto", "on", "off"):  # (a UsageError: the command line says it in one line, exit status 2)
        raise UsageError(f"BACKPROP_OWN_PRODUCT is {setting!r}", "it takes one of auto, on, off")
    if setting == "off" or not processor_avx512:
        return False
    return setting == "on" or OPENBLAS_AVX512.get(core) is False


class _UFuncHead(ctypes.Structure):
    """The head of numpy's PyUFuncObject (numpy/ufuncobject.h, part of numpy's stable C API):
    enough to reach the inner loop each type signature runs."""

    _fields_ = [("ob_refcnt", ctypes.c_ssize_t), ("ob_type", ctypes.c_void_p), ("nin", ctypes.c_int),
                ("nout", ctypes.c_int), ("nargs", ctypes.c_int), ("identity_element", ctypes.c_int),
                ("functions", ctypes.POINTER(ctypes.c_void_p)), ("data", ctypes.POINTER(ctypes.c_void_p)),
                ("ntypes", ctypes.c_int)]


_LOOP = ctypes.CFUNCTYPE(None, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_ssize_t),
                         ctypes.POINTER(ctypes.c_ssize_t), ctypes.c_void_p)
#: Values the loops are tried on: every binade an output's exponentials and a loss meet, and the edges (0, 1,
#: underflow, overflow, NaN), so that a loop that rounds otherwise than the ufunc is not taken.
_PROBE = np.concatenate([np.linspace(-110.0, 90.0, 4001), np.geomspace(1e-30, 1e30, 2001), [0.0, 1.0, np.nan]])


def _numpy_loop(ufunc: np.ufunc, dtype: np.dtype) -> int | None:
    """The address of the inner loop ``ufunc`` runs on a contiguous array of ``dtype``, checked to
    give the ufunc's own bits on _PROBE; None where it cannot be found so (then the kernels use
    the C library's function, whose last bits may differ from numpy's SIMD code)."""
    head = _UFuncHead.from_address(id(ufunc))
    if (head.nin, head.nout, head.ntypes) != (1, 1, len(ufunc.types)) or not head.functions:
        return None
    values = _PROBE.astype(dtype)
    with np.errstate(all="ignore"):
        expected = ufunc(values)
        for index, signature in enumerate(ufunc.types):
            if signature != f"{dtype.char}->{dtype.char}" or head.data[index]:
                continue
            address = head.functions[index]
            out = np.empty_like(values)
            args = (ctypes.c_void_p * 2)(values.ctypes.data, out.ctypes.data)
            _LOOP(address)(args, (ctypes.c_ssize_t * 1)(values.size), (ctypes.c_ssize_t * 2)(dtype.itemsize, dtype.itemsize),
                           None)
            if out.tobytes() == expected.tobytes():
                return address
    return None


def numpy_loops() -> dict:
    """numpy's own loops of np.exp and np.log, by dtype name: {"float32": (exp, log), ...}, each an
    address or None."""
    return {name: (_numpy_loop(np.exp, np.dtype(name)), _numpy_loop(np.log, np.dtype(name))) for name in BLAS_ROUTINES}


def compiler() -> str | None:
    """The C compiler's path: Python's own (sysconfig's CC), else cc, gcc or clang; None if none."""
    configured = shlex.split(sysconfig.get_config_var("CC") or "")[:1]
    for name in (*configured, "cc", "gcc", "clang"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _source_folder() -> Path:
    return Path(__file__).parent


def library_path(compiler_path: str) -> Path:
    """Where the library compiled by ``compiler_path`` is cached: named by a hash of everything
    that makes it what it is."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), compiler_path, " ".join(FLAGS), sys.platform, platform.machine()):
        digest.update(part.encode() + b"\0")
    for name in SOURCES:
        digest.update((_source_folder() / name).read_bytes())
    return cache_folder() / f"step-{digest.hexdigest()[:24]}.so"


def compiled_before() -> bool:
    """Whether the library is in the cache already (else the first step compiles it: seconds)."""
    found = compiler()
    return found is not None and library_path(found).exists()


def _failure_note(library: Path) -> Path:
    """Where a failed compile of ``library`` leaves why (so that "auto" does not try again at every
    run: a broken compiler would cost each run its seconds before training on other kernels)."""
    return library.with_suffix(".failed")


def failed_before() -> bool:
    """Whether an earlier compile of these very sources, by this compiler, failed (and left its note)."""
    found = compiler()
    return found is not None and _failure_note(library_path(found)).exists()


def _compile(compiler_path: str, target: Path) -> str | None:
    """Compile the library into ``target`` (a temporary name, then a rename); None, or why not."""
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        return f"cannot make the cache folder {target.parent}: {error.strerror}"
    temporary = target.with_name(f"{target.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
    command = [compiler_path, *FLAGS, "-o", str(temporary), str(_source_folder() / "step.c"), "-lm"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=COMPILE_SECONDS,
                              stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines() or [f"exit status {done.returncode}"]
            error_lines = [line for line in lines if "error" in line] or lines
            return f"{Path(compiler_path).name} failed: {error_lines[0][:200]}"
        os.replace(temporary, target)
        _remove_stale(target)
    except subprocess.TimeoutExpired:
        return f"{Path(compiler_path).name} took more than {COMPILE_SECONDS} s"
    except OSError as error:
        return f"cannot run {compiler_path} or write {target.parent}: {error.strerror}"
    finally:
        temporary.unlink(missing_ok=True)
    return None


def _remove_stale(kept: Path) -> None:
    """Remove our files (OUR_NAMES) in ``kept``'s folder, other than ``kept``, that have not been
    modified for STALE_SECONDS; nothing else. A process that has one of them loaded keeps it (the
    system frees the file when the last mapping goes)."""
    now = time.time()
    try:
        entries = list(kept.parent.iterdir())
    except OSError:
        return
    for path in entries:
        if path.name == kept.name or not OUR_NAMES.fullmatch(path.name):
            continue
        try:
            status = path.lstat()
            if stat.S_ISREG(status.st_mode) and now - status.st_mtime > STALE_SECONDS:
                path.unlink()
        except OSError:  # (gone already, or not ours to remove: left)
            pass


def _touch(library: Path) -> None:
    """Mark ``library`` as in use (its modification time), at most once a day (see STALE_SECONDS)."""
    try:
        if time.time() - library.stat().st_mtime > 24 * 3600:
            os.utime(library)
    except OSError:  # (a read-only cache: its files are never removed by us either)
        pass


class CKernels:
    """The C kernels, loaded: ``state`` builds what a step works on; ``run_step`` does one step
    from the calling thread and ``serve`` is a worker thread's loop (step.c's backprop_run_step
    and backprop_serve)."""

    name = "c"

    def __init__(self, library: ctypes.CDLL, blas: ctypes.CDLL):
        self.library = library
        loops = numpy_loops()
        self.routines = {dtype: tuple(ctypes.cast(getattr(blas, symbol), ctypes.c_void_p).value
                                      for symbol in pair) + loops[dtype] for dtype, pair in BLAS_ROUTINES.items()}
        self._run_step, self._serve = library.backprop_run_step, library.backprop_serve
        self._run_step.argtypes = [ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64]
        self._run_step.restype = ctypes.c_int64
        self._serve.argtypes = [ctypes.c_void_p, ctypes.c_int64]
        self._serve.restype = ctypes.c_int64
        library.backprop_avx512.restype = ctypes.c_int64
        self.avx512 = library.backprop_avx512() == 1  # (the processor has AVX-512F, the library the product)
        self.blas_core = numpy_blas_core()
        self._own_sgemm = ctypes.cast(library.backprop_sgemm_avx512, ctypes.c_void_p).value if self.avx512 else None
        self._wide = library.backprop_wide
        self._wide.argtypes = [ctypes.c_int64]
        self._wide.restype = ctypes.c_int64

    def state(self, arrays: dict, control: np.ndarray, patience: int, spin_limit: int) -> State:
        """A State over ``arrays`` (fused.FusedStep's, by name) and ``control``; it keeps them
        alive while it lives. Its float32 products are backprop's own where own_product() says so."""
        routines = self.routines
        if self.own_product():
            routines = {**routines, "float32": (self._own_sgemm, *routines["float32"][1:])}
        return State(arrays, control, routines, patience, spin_limit)

    def own_product(self) -> bool:
        """Whether steps built now take backprop's own float32 product (OWN_PRODUCT, own_product_chosen)."""
        return own_product_chosen(OWN_PRODUCT, self.avx512, self.blas_core)

    def run_step(self, state: State, generation: int, share: bool) -> int:
        return self._run_step(state.address, generation, 1 if share else 0)

    def serve(self, state: State, worker: int) -> bool:
        return self._serve(state.address, worker) != 0

    def wide(self, ask: bool | None = None) -> bool:
        """Whether the steps run the kernels' AVX2 clones (x86-64 processors with AVX2; the same
        bits as the baseline's). ``ask`` False: the baseline's from now on; True: the clones where
        the processor has AVX2 (the default); None: only say. Call it between steps."""
        return self._wide(-1 if ask is None else int(ask)) == 1


_PER_LAYER = ("weights", "biases", "zs", "outputs", "deltas", "input_gradients", "scaled", "grad_weights",
              "grad_biases", "velocity_weights", "velocity_biases")


class State(ctypes.Structure):
    """step.c's step_state: the same fields in the same order. Built over FusedStep's arrays."""

    _fields_ = ([(name, ctypes.c_int64) for name in ("layers", "real_size", "x_bytes")]
                + [(name, ctypes.c_void_p) for name in ("x", "labels", "index", "x_batch", "units", "inputs",
                                                        "has_bias", "kinds", *_PER_LAYER, "losses", "right",
                                                        "plan", "row_pieces", "unit_table", "column_pieces",
                                                        "partials", "settings",
                                                        "control", "gemm", "gemv", "exp_loop", "log_loop")]
                + [(name, ctypes.c_int64) for name in ("patience", "spin_limit")])

    def __init__(self, arrays: dict, control: np.ndarray, routines: dict, patience: int, spin_limit: int):
        super().__init__()
        weights = arrays["weights"]
        dtype = weights[0].dtype
        shapes = {"units": np.array([w.shape[0] for w in weights], np.int64),
                  "inputs": np.array([w.shape[1] for w in weights], np.int64)}
        self._keep = [arrays, control, shapes]  # the addresses below point into these
        self.layers, self.real_size, self.x_bytes = len(weights), dtype.itemsize, arrays["x"].dtype == np.uint8
        for name in ("x", "labels", "index", "x_batch", "has_bias", "kinds", "losses", "right", "plan",
                     "row_pieces", "unit_table", "column_pieces", "partials", "settings"):
            setattr(self, name, _address(arrays[name]))
        for name, values in shapes.items():
            setattr(self, name, _address(values))
        for name in _PER_LAYER:
            table = (ctypes.c_void_p * len(weights))(*[_address(array, dtype) for array in arrays[name]])
            self._keep.append(table)
            setattr(self, name, ctypes.addressof(table))
        self.control = _address(control)
        self.gemm, self.gemv, self.exp_loop, self.log_loop = routines[dtype.name]
        self.patience, self.spin_limit = patience, spin_limit
        self.address = ctypes.addressof(self)


def _address(array: np.ndarray, dtype=None) -> int:
    """The address of a C-ordered array's first element (of ``dtype`` where given)."""
    if not array.flags.c_contiguous or (dtype is not None and array.dtype != dtype):
        raise ValueError(f"the C kernels take C-ordered arrays of one dtype, not {array.dtype} {array.shape}")
    return array.ctypes.data


def load(retry: bool = True) -> CKernels | str:
    """The C kernels, compiled first if not in the cache; or, if they cannot be had, why not (one
    line: no compiler, the compiler's first error, no numpy OpenBLAS). ``retry`` False: where an
    earlier compile of the same sources failed, its reason, without compiling again."""
    blas = numpy_blas()
    if blas is None:
        return "numpy's own OpenBLAS was not found (a numpy built with another BLAS)"
    found = compiler()
    if found is None:
        return "no C compiler (cc, gcc or clang) was found"
    path = library_path(found)
    note = _failure_note(path)
    if not path.exists():
        if not retry and note.exists():
            return f"{note.read_text(errors='replace').strip()[:300]} (in an earlier run; delete {note} to try again)"
        failed = _compile(found, path)
        if failed is not None:
            try:
                note.write_text(failed + "\n")
            except OSError:  # (no cache folder: nothing is noted, the next run tries again)
                pass
            return failed
        note.unlink(missing_ok=True)
    _touch(path)
    try:
        return CKernels(ctypes.CDLL(str(path)), blas)
    except (OSError, AttributeError) as error:
        return f"cannot load {path}: {error}"
