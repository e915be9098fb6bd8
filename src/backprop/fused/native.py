"""What the kernels call below Python: numpy's own BLAS routines, and atomic memory operations
for the threads of a split step. Compiled code refers to these by name (``llvm.add_symbol``), not
by address, so that numba can cache the kernels on disk."""

from __future__ import annotations

import ctypes
import platform

import llvmlite.binding as llvm
from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic

from .blas import ROUTINES, address, numpy_blas

# cblas's constants
ROW_MAJOR, COL_MAJOR, NO_TRANS, TRANS = 101, 102, 111, 112

#: The BLAS routines the kernels call, by the names they call them and numpy's BLAS's symbols.
_ROUTINES = (("backprop_sgemm", ROUTINES["float32"][0]), ("backprop_dgemm", ROUTINES["float64"][0]),
             ("backprop_sgemv", ROUTINES["float32"][1]), ("backprop_dgemv", ROUTINES["float64"][1]))

_LIBRARY = numpy_blas()
#: True when the kernels can run: numpy's BLAS was found (else training keeps the NumPy engine).
AVAILABLE = _LIBRARY is not None
if AVAILABLE:
    for _name, _symbol in _ROUTINES:
        llvm.add_symbol(_name, address(_LIBRARY, _symbol))

# sched_yield, where the C library has it (Linux and the BSDs; elsewhere a waiting loop only pauses)
_LIBC = ctypes.CDLL(None)
_YIELDS = hasattr(_LIBC, "sched_yield")
if _YIELDS:
    llvm.add_symbol("backprop_sched_yield", ctypes.cast(_LIBC.sched_yield, ctypes.c_void_p).value)

_I32, _I64, _POINTER = ir.IntType(32), ir.IntType(64), ir.IntType(8).as_pointer()


def _data(context, builder, array_type, value):
    """The address of an array's first element, as a byte pointer."""
    return builder.bitcast(context.make_array(array_type)(context, builder, value).data, _POINTER)


@intrinsic
def gemm(typingctx, trans_a, trans_b, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc):
    """cblas_?gemm(RowMajor, trans_a, trans_b, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc) on the
    arrays' first elements: c = alpha op(a) op(b) + beta c."""
    dtype = c.dtype
    signature = types.void(types.intp, types.intp, types.intp, types.intp, types.intp, dtype, a,
                           types.intp, b, types.intp, dtype, c, types.intp)

    def codegen(context, builder, sig, args):
        real = context.get_value_type(dtype)
        function_type = ir.FunctionType(ir.VoidType(), [_I32, _I32, _I32, _I64, _I64, _I64, real, _POINTER,
                                                        _I64, _POINTER, _I64, real, _POINTER, _I64])
        name = "backprop_sgemm" if dtype == types.float32 else "backprop_dgemm"
        function = cgutils.get_or_insert_function(builder.module, function_type, name)
        ta, tb, m_, n_, k_, alpha_, a_, lda_, b_, ldb_, beta_, c_, ldc_ = args
        builder.call(function, [ir.Constant(_I32, ROW_MAJOR), builder.trunc(ta, _I32), builder.trunc(tb, _I32),
                                m_, n_, k_, alpha_, _data(context, builder, sig.args[6], a_), lda_,
                                _data(context, builder, sig.args[8], b_), ldb_, beta_,
                                _data(context, builder, sig.args[11], c_), ldc_])
        return context.get_dummy_value()

    return signature, codegen


@intrinsic
def gemv(typingctx, order, trans, m, n, alpha, a, lda, x, beta, y):
    """cblas_?gemv(order, trans, m, n, alpha, a, lda, x, 1, beta, y, 1): y = alpha op(a) x + beta y."""
    dtype = y.dtype
    signature = types.void(types.intp, types.intp, types.intp, types.intp, dtype, a, types.intp, x, dtype, y)

    def codegen(context, builder, sig, args):
        real = context.get_value_type(dtype)
        function_type = ir.FunctionType(ir.VoidType(), [_I32, _I32, _I64, _I64, real, _POINTER, _I64, _POINTER,
                                                        _I64, real, _POINTER, _I64])
        name = "backprop_sgemv" if dtype == types.float32 else "backprop_dgemv"
        function = cgutils.get_or_insert_function(builder.module, function_type, name)
        order_, trans_, m_, n_, alpha_, a_, lda_, x_, beta_, y_ = args
        unit = ir.Constant(_I64, 1)
        builder.call(function, [builder.trunc(order_, _I32), builder.trunc(trans_, _I32), m_, n_, alpha_,
                                _data(context, builder, sig.args[5], a_), lda_,
                                _data(context, builder, sig.args[7], x_), unit, beta_,
                                _data(context, builder, sig.args[9], y_), unit])
        return context.get_dummy_value()

    return signature, codegen


def _element(context, builder, sig, args):
    array = context.make_array(sig.args[0])(context, builder, args[0])
    return cgutils.get_item_pointer(context, builder, sig.args[0], array, [args[1]])


@intrinsic
def load_acquire(typingctx, array, index):
    """array[index] of an int64 array, read atomically: nothing after it is done before it."""
    def codegen(context, builder, sig, args):
        return builder.load_atomic(_element(context, builder, sig, args), "acquire", 8)

    return types.int64(array, types.intp), codegen


@intrinsic
def store_release(typingctx, array, index, value):
    """array[index] = value on an int64 array, atomically: everything before it is done first."""
    def codegen(context, builder, sig, args):
        builder.store_atomic(args[2], _element(context, builder, sig, args), "release", 8)
        return context.get_dummy_value()

    return types.void(array, types.intp, types.int64), codegen


@intrinsic
def fetch_add(typingctx, array, index, value):
    """array[index] += value on an int64 array, atomically; returns the value before."""
    def codegen(context, builder, sig, args):
        return builder.atomic_rmw("add", _element(context, builder, sig, args), args[2], "acq_rel")

    return types.int64(array, types.intp, types.int64), codegen


#: The processor's spin-wait hint, an LLVM intrinsic (x86's ``pause``; elsewhere none).
_PAUSE = "llvm.x86.sse2.pause" if platform.machine().lower() in ("x86_64", "amd64") else None


@intrinsic
def pause(typingctx):
    """The processor's spin-wait hint (x86 ``pause``), in a loop that waits: the loop then yields
    to the other hyper-thread and does not flood the memory system with reads."""
    def codegen(context, builder, sig, args):
        if _PAUSE is not None:
            function = cgutils.get_or_insert_function(builder.module, ir.FunctionType(ir.VoidType(), []), _PAUSE)
            builder.call(function, [])
        return context.get_dummy_value()

    return types.void(), codegen


@intrinsic
def yield_processor(typingctx):
    """sched_yield(): let another thread that is ready to run on this core run first (a thread of
    a split step that the system held up, on a machine busier than its cores)."""
    def codegen(context, builder, sig, args):
        if _YIELDS:
            function = cgutils.get_or_insert_function(builder.module, ir.FunctionType(_I32, []),
                                                      "backprop_sched_yield")
            builder.call(function, [])
        return context.get_dummy_value()

    return types.void(), codegen
