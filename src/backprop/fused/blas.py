"""numpy's own BLAS, whose routines both kinds of kernels call (native.py for numba, cstep.py for
C), so that their matrix products are numpy's to the last bit."""

from __future__ import annotations

import ctypes

from threadpoolctl import threadpool_info

#: The routines the kernels call, by dtype: (gemm, gemv) symbols of the scipy-openblas64 that
#: numpy's wheels carry (cblas with 64-bit integers).
ROUTINES = {"float32": ("scipy_cblas_sgemm64_", "scipy_cblas_sgemv64_"),
            "float64": ("scipy_cblas_dgemm64_", "scipy_cblas_dgemv64_")}


def numpy_blas() -> ctypes.CDLL | None:
    """numpy's own OpenBLAS (the scipy-openblas64 of numpy's wheels, 64-bit integers), or None for
    a numpy built otherwise (then the kernels cannot run: training keeps the NumPy engine)."""
    for pool in threadpool_info():
        if pool["internal_api"] == "openblas" and "numpy" in pool["filepath"]:
            library = ctypes.CDLL(pool["filepath"])
            if all(hasattr(library, symbol) for pair in ROUTINES.values() for symbol in pair):
                return library
    return None


def address(library: ctypes.CDLL, symbol: str) -> int:
    """The address of a routine of ``library``."""
    return ctypes.cast(getattr(library, symbol), ctypes.c_void_p).value
