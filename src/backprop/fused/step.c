/* Fused training steps in C: the kernels of backprop.fused.
 *
 * cstep.py compiles this file (with step_kernels.h) on first use into the user's cache folder and
 * loads it with ctypes. A step is three phases: the first layer's inputs in pieces of columns
 * (column_piece: the gather and the first matrix product, over those inputs only), the per-sample
 * work of pieces of rows (sample_rows) and the per-unit work of pieces of parameters
 * (unit_piece). Cut so, no two threads pack the same large matrix inside their BLAS calls: a cut
 * of the batch's rows had each thread pack the whole first weight matrix, and a cut of its units
 * the whole batch. The calling thread runs backprop_run_step; each worker is a Python thread
 * calling backprop_serve (ctypes lets go of the GIL for the call), which waits for work by
 * spinning on shared memory and returns after ``spin_limit`` idle turns, so that its thread
 * sleeps until the next step wakes it.
 *
 * A phase is published by one atomic store of the claim word, (generation << 32) + next piece;
 * every thread takes pieces by an atomic fetch-and-add on it and counts each piece it completes.
 * The calling thread takes pieces too, so a phase never waits for a worker that has not woken.
 * A piece's numbers do not depend on which thread does it; the pieces depend on the batch and the
 * thread count only. ``control`` (int64) holds the claim word, the completed count, the stop flag,
 * the share flag and each worker's asleep flag, each on a cache line of its own.
 */

/* sched_yield is POSIX: declared under -std=c11 only where asked for (glibc, musl) */
#define _POSIX_C_SOURCE 200809L

#include <float.h>
#include <math.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

/* Bit-equality with numpy needs each operation rounded to its own type, not in extended precision
 * (x87): refuse to build otherwise, and training falls back to another engine. */
#if !defined(FLT_EVAL_METHOD) || FLT_EVAL_METHOD != 0
#error "floating-point expressions must be evaluated in their own type (FLT_EVAL_METHOD 0)"
#endif
#if ATOMIC_LLONG_LOCK_FREE != 2 && ATOMIC_LONG_LOCK_FREE != 2
#error "64-bit atomics must be lock-free"
#endif
_Static_assert(sizeof(_Atomic int64_t) == sizeof(int64_t), "an atomic int64 has the layout of an int64");

/* cblas's constants */
enum { ROW_MAJOR = 101, COL_MAJOR = 102, NO_TRANS = 111, TRANS = 112 };
/* a hidden layer's activation (fused.LINEAR, fused.RECTIFIER) */
enum { LINEAR = 0, RECTIFIER = 1 };
/* int64 indices into control, 64 bytes apart (fused.CLAIM ...) */
enum { CLAIM = 0, DONE = 8, STOP = 16, SHARE = 24, ASLEEP = 32 };
#define LOW ((((int64_t)1) << 32) - 1)

/* A numpy ufunc's inner loop (PyUFuncGenericFunction): args, dimensions and steps of npy_intp. */
typedef void (*ufunc_loop)(char **args, const int64_t *dimensions, const int64_t *steps, void *data);

/* out[0:count] = f(in[0:count]) by numpy's own loop for f (the one np.exp or np.log runs, which on
 * some processors is numpy's SIMD code and not the C library's: other last bits). */
static inline void apply_loop(ufunc_loop loop, const void *in, void *out, int64_t count, int64_t size) {
    char *args[2] = {(char *)in, (char *)out};
    const int64_t dimensions[1] = {count}, steps[2] = {size, size};
    loop(args, dimensions, steps, NULL);
}

/* Everything a step works on; cstep.State is its ctypes mirror (the same fields, in this order).
 * Per layer: units, inputs, has_bias, kinds (the last layer's unused) and the arrays' addresses. */
typedef struct {
    int64_t layers, real_size, x_bytes;
    const void *x;
    const int64_t *labels, *index;
    void *x_batch;
    const int64_t *units, *inputs;
    const int8_t *has_bias, *kinds;
    void **weights, **biases, **zs, **outputs, **deltas, **input_gradients, **scaled, **grad_weights,
         **grad_biases, **velocity_weights, **velocity_biases;
    void *losses;
    uint8_t *right;
    const int64_t *plan, *row_pieces, *unit_table, *column_pieces;
    void *partials;  /* the first layer's z from each column piece after the first, (rows, units) each */
    const void *settings;  /* scale, rate, momentum, weight decay, divisor of x; in the arrays' type */
    int64_t *control;
    void (*gemm)(void), (*gemv)(void);  /* numpy's cblas_?gemm and ?gemv (64-bit integers), for the type;
                                         * float32's gemm may be backprop_sgemm_avx512 (cstep.OWN_PRODUCT) */
    ufunc_loop exp_loop, log_loop;  /* numpy's own inner loops of np.exp and np.log for the type, or NULL */
    int64_t patience, spin_limit;
} step_state;

/* A row of unit_table: layer, first unit, stop, first input, stop (fused.UNIT_ROW) */
enum { UNIT_ROW = 5 };

/* Rows gathered this many ahead are asked for early: the batch's samples are random rows of the
 * training set, most of them out of every cache, and the wait for them was most of the gather. */
enum { PREFETCH_AHEAD = 4 };

/* Rows the loss takes at a time (sample_rows): their labels, row maxima and sums on the stack. */
enum { LOSS_BLOCK = 64 };

/* Ask the processor to bring ``bytes`` from ``address`` into its caches (no effect on any number). */
static inline void prefetch(const void *address, int64_t bytes) {
#if defined(__GNUC__) || defined(__clang__)
    for (int64_t offset = 0; offset < bytes; offset += 64) __builtin_prefetch((const char *)address + offset);
#else
    (void)address;
    (void)bytes;
#endif
}

/* The phases' functions are kept out of line: inlined into piece(), the one-sample update's loop
 * reloaded its bound from the stack at every turn (a per-sample step 22 us instead of 18 here). */
#if defined(__GNUC__) || defined(__clang__)
#define OUT_OF_LINE __attribute__((noinline))
#else
#define OUT_OF_LINE
#endif

#define REAL float
#define SUFFIX _f
#define EXP expf
#define LOG logf
#define BITS uint32_t
#include "step_kernels.h"
#undef REAL
#undef SUFFIX
#undef EXP
#undef LOG
#undef BITS

#define REAL double
#define SUFFIX _d
#define EXP exp
#define LOG log
#define BITS uint64_t
#include "step_kernels.h"
#undef REAL
#undef SUFFIX
#undef EXP
#undef LOG
#undef BITS

/* The same kernels again for x86-64 processors with AVX2 (taken at run time: the library is built
 * for the baseline, to run on any machine that shares the cache folder), whose loops over the
 * batch's numbers vectorise eight floats wide where the baseline's SSE2 takes four: the 8-bit
 * pixels' division by 255 above all. Without FMA, and under -ffp-contract=off: each operation
 * rounds as in the baseline's code, so both give the same bits (tests/test_fused.py). */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define WIDE_CLONES 1
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx2")
#endif
#define REAL float
#define SUFFIX _f_avx2
#define EXP expf
#define LOG logf
#define BITS uint32_t
#include "step_kernels.h"
#undef REAL
#undef SUFFIX
#undef EXP
#undef LOG
#undef BITS
#define REAL double
#define SUFFIX _d_avx2
#define EXP exp
#define LOG log
#define BITS uint64_t
#include "step_kernels.h"
#undef REAL
#undef SUFFIX
#undef EXP
#undef LOG
#undef BITS
#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
#else
#define WIDE_CLONES 0
#endif

/* backprop_sgemm_avx512 and backprop_avx512: the float32 product cstep may give the kernels in
 * place of numpy's sgemm (where numpy's OpenBLAS runs no AVX-512 kernel on a processor with AVX-512F). */
#include "product_avx512.h"

/* Which kernels piece() runs: 1 the AVX2 clones, 0 the baseline's; -1 not yet asked (the first
 * step asks the processor, before it publishes a phase). backprop_wide sets it (tests compare the
 * two), between steps. */
static int wide = -1;

/* Set which kernels run: ``ask`` 0 the baseline's, 1 the AVX2 clones where the processor has AVX2
 * (else the baseline's), -1 only query. Returns 1 if the clones run from now on, else 0. */
int64_t backprop_wide(int64_t ask) {
#if WIDE_CLONES
    if (ask >= 0 || wide < 0) {
        __builtin_cpu_init();
        wide = ask != 0 && __builtin_cpu_supports("avx2") ? 1 : 0;
    }
    return wide;
#else
    (void)ask;
    wide = 0;
    return 0;
#endif
}

/* The control words are plain int64 of a numpy array (Python writes the asleep and stop flags);
 * here they are read and written as C11 atomics of the same layout. */
static inline _Atomic int64_t *word(const step_state *s, int64_t index) {
    return (_Atomic int64_t *)(s->control + index);
}

/* One turn of a waiting loop that has turned ``spins`` times: the processor's pause, after
 * ``patience`` turns sched_yield (a thread waited for may be waiting for this core). */
static inline void wait_turn(int64_t spins, int64_t patience) {
    if (spins < patience) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#elif defined(__aarch64__)
        __asm__ __volatile__("yield");
#endif
    } else {
        sched_yield();
    }
}

/* The phases of a step, by generation % PHASES (generation 0 is none: nothing to take) */
enum { PHASES = 3, COLUMNS_PHASE = 1, ROWS_PHASE = 2, UNITS_PHASE = 0 };

/* plan: rows, row pieces, unit pieces, column pieces, split (1: the step is cut for several threads) */
static int64_t pieces_in(const step_state *s, int64_t generation) {
    if (generation == 0) return 0;
    switch (generation % PHASES) {
        case COLUMNS_PHASE: return s->plan[3];
        case ROWS_PHASE: return s->plan[1];
        default: return s->plan[2];
    }
}

/* The kernels of one build (the baseline's or the AVX2 clones) and one size of real (float or double). */
typedef struct {
    void (*column_piece)(const step_state *s, int64_t number);
    void (*sample_rows)(const step_state *s, int64_t first, int64_t stop);
    void (*unit_piece)(const step_state *s, const int64_t *piece, int64_t rows);
} step_kernels;

/* KERNELS[wide][single]: the build piece() takes (1 the AVX2 clones, where they are built) and the size of the
 * step's reals (1 float, 0 double). */
static const step_kernels KERNELS[1 + WIDE_CLONES][2] = {
    {{column_piece_d, sample_rows_d, unit_piece_d}, {column_piece_f, sample_rows_f, unit_piece_f}},
#if WIDE_CLONES
    {{column_piece_d_avx2, sample_rows_d_avx2, unit_piece_d_avx2},
     {column_piece_f_avx2, sample_rows_f_avx2, unit_piece_f_avx2}},
#endif
};

/* Piece ``number`` of the phase of ``generation``. */
static void piece(const step_state *s, int64_t generation, int64_t number) {
    const step_kernels *kernels = &KERNELS[WIDE_CLONES && wide == 1][s->real_size == 4];
    switch (generation % PHASES) {
        case COLUMNS_PHASE:
            kernels->column_piece(s, number);
            break;
        case ROWS_PHASE:
            kernels->sample_rows(s, s->row_pieces[2 * number], s->row_pieces[2 * number + 1]);
            break;
        default:
            kernels->unit_piece(s, s->unit_table + UNIT_ROW * number, s->plan[0]);
    }
}

/* One step, from the calling thread: publish each phase, take part, wait until every piece is
 * done. ``generation`` is the last one published; returns the new last. ``share`` 0: the workers
 * are asked to sleep and this thread does every piece (the same pieces: the same numbers). */
int64_t backprop_run_step(const step_state *s, int64_t generation, int64_t share) {
    if (wide < 0) backprop_wide(1);  /* before any phase is published: the workers read it after */
    atomic_store_explicit(word(s, SHARE), share ? 1 : 0, memory_order_release);
    for (int phase = 0; phase < PHASES; phase++) {
        generation += 1;
        atomic_store_explicit(word(s, DONE), 0, memory_order_release);
        atomic_store_explicit(word(s, CLAIM), generation << 32, memory_order_release);
        const int64_t count = pieces_in(s, generation);
        for (;;) {  /* take pieces until none is left */
            const int64_t claimed = atomic_fetch_add_explicit(word(s, CLAIM), 1, memory_order_acq_rel);
            if (claimed >> 32 != generation || (claimed & LOW) >= count) break;
            piece(s, generation, claimed & LOW);
            atomic_fetch_add_explicit(word(s, DONE), 1, memory_order_acq_rel);
        }
        for (int64_t spins = 0; atomic_load_explicit(word(s, DONE), memory_order_acquire) < count; spins++)
            wait_turn(spins, s->patience);
    }
    atomic_store_explicit(word(s, CLAIM), (generation << 32) + (1 << 30), memory_order_release);
    return generation;
}

/* A worker thread's loop: take pieces of every phase published, spinning between them; after
 * ``spin_limit`` turns with nothing to take, or when the calling thread does not share, set this
 * worker's asleep flag and return 0 (its thread sleeps until woken). Returns 1 when told to stop. */
int64_t backprop_serve(const step_state *s, int64_t worker) {
    _Atomic int64_t *asleep = word(s, ASLEEP + 8 * worker);
    for (int64_t idle = 0;;) {
        if (atomic_load_explicit(word(s, STOP), memory_order_acquire) != 0) return 1;
        if (atomic_load_explicit(word(s, SHARE), memory_order_acquire) == 0) {
            atomic_store_explicit(asleep, 1, memory_order_release);
            return 0;
        }
        int64_t claimed = atomic_load_explicit(word(s, CLAIM), memory_order_acquire);
        if ((claimed & LOW) < pieces_in(s, claimed >> 32)) {
            /* a piece to take: claim it (another thread may have been quicker: then the number
             * claimed is beyond the phase's pieces, or of a later phase, which is the current one) */
            claimed = atomic_fetch_add_explicit(word(s, CLAIM), 1, memory_order_acq_rel);
            const int64_t generation = claimed >> 32;
            if ((claimed & LOW) < pieces_in(s, generation)) {
                piece(s, generation, claimed & LOW);
                atomic_fetch_add_explicit(word(s, DONE), 1, memory_order_acq_rel);
            }
            idle = 0;
            continue;
        }
        if (++idle >= s->spin_limit) {
            atomic_store_explicit(asleep, 1, memory_order_release);
            return 0;
        }
        wait_turn(idle, s->patience);
    }
}
