/* backprop's own float32 matrix product for x86-64 processors with AVX-512F (step.c includes this
 * file; cstep.py decides at run time whether the kernels call it instead of numpy's cblas_sgemm).
 *
 * Why: numpy's OpenBLAS picks its kernels by the processor, or by OPENBLAS_CORETYPE where that is
 * set. Where it runs AVX2 kernels (Haswell, Zen...) on a processor with AVX-512, the products of a
 * step, most of its time, run at half the width the processor has. This product is taken only
 * there (cstep.OWN_PRODUCT's table); float64 and processors without AVX-512 keep numpy's BLAS.
 *
 * What: cblas_sgemm's signature and meaning (64-bit integers): C = alpha op(A) op(B) + beta C,
 * row- or column-major, any m, n, k and leading dimensions; beta 0 does not read C. Column-major
 * is the row-major product of the transposes. Row-major C (m, n) is cut into tiles of MR rows by
 * NR = 32 columns (two vectors of 16 floats); a tile's 2 MR accumulators stay in registers for the
 * whole k, each step p one fused multiply-add per accumulator: op(B)'s row p (32 floats, masked at
 * the right edge) times op(A)'s element (i, p) broadcast. op(B)'s rows are read where they lie
 * when B is not transposed; a transposed B (C = A B^T, the forward products) is first packed, a
 * panel of 32 of its rows at a time, into the rows of 32 floats the tile reads (16 x 16 transposes
 * in registers). op(A)'s elements are read where they lie: MR in a row of A^T (TRANS: the weight
 * gradients delta^T a_prev) or one in each of MR rows of A.
 *
 * Deterministic, and independent of the cut: C[i, j] is alpha times the sum over p = 0, 1, ..., k-1
 * of A(i, p) B(p, j), each term fused into the running sum in that order from 0, then plus beta C
 * (beta * C rounded first, unless beta is 1). So an element's bits depend on its row of op(A), its
 * column of op(B), k, alpha and beta only: not on m, n, where it lies in a tile, or which thread
 * computes which rows and columns. The error is that of a sum of k products: at most about
 * (k + 2) units of float32 rounding times the sum of |alpha A(i, p) B(p, j)| and |beta C|.
 */

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define OWN_PRODUCT_BUILT 1
#include <immintrin.h>
#include <stdlib.h>

#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx512f"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx512f")
#endif

/* The tile: MR rows of C by two vectors of 16 floats; 2 MR accumulators of the 32 vector registers,
 * the rest for op(B)'s row and the broadcasts. */
enum { MR = 12, NR = 32, LANES = 16, STACK_PANEL = 256 };

/* Loops over a tile's registers unrolled whole: GCC left larger ones rolled, and its accumulators in memory. */
#if defined(__clang__)
#define UNROLL _Pragma("clang loop unroll(full)")
#else
#define UNROLL _Pragma("GCC unroll 32")
#endif

/* One tile of ``ROWS`` rows (a constant where it is inlined: the accumulators are registers) and
 * ``VECTORS`` (1 or 2) vectors of columns: C[0:ROWS, cols] = alpha sum_p A(r, p) B(p, cols) + beta C.
 * A(r, p) is a[r * a_row + p * a_step]; B(p, :) starts at b + p * b_step; ``masks`` the columns. */
static inline __attribute__((always_inline)) void tile(const int ROWS, const int VECTORS, int64_t k, const float *a,
                                                       int64_t a_row, int64_t a_step, const float *b, int64_t b_step,
                                                       const __mmask16 *masks, float alpha, float beta, float *c,
                                                       int64_t ldc) {
    __m512 sums[MR][2];
    UNROLL for (int r = 0; r < ROWS; r++)
        UNROLL for (int v = 0; v < VECTORS; v++) sums[r][v] = _mm512_setzero_ps();
    const __mmask16 mask0 = masks[0], mask1 = masks[1];
    for (int64_t p = 0; p < k; p++) {
        __m512 row[2];
        row[0] = _mm512_maskz_loadu_ps(mask0, b + p * b_step);
        if (VECTORS == 2) row[1] = _mm512_maskz_loadu_ps(mask1, b + p * b_step + LANES);
        const float *column = a + p * a_step;
        UNROLL for (int r = 0; r < ROWS; r++) {
            const __m512 element = _mm512_set1_ps(column[r * a_row]);
            UNROLL for (int v = 0; v < VECTORS; v++) sums[r][v] = _mm512_fmadd_ps(element, row[v], sums[r][v]);
        }
    }
    const __m512 alphas = _mm512_set1_ps(alpha), betas = _mm512_set1_ps(beta);
    UNROLL for (int r = 0; r < ROWS; r++)
        UNROLL for (int v = 0; v < VECTORS; v++) {
            const __mmask16 mask = v == 0 ? mask0 : mask1;
            float *out = c + r * ldc + v * LANES;
            __m512 value = _mm512_mul_ps(alphas, sums[r][v]);
            if (beta != 0) {  /* (beta 0: C is not read, as BLAS: whatever it held, NaN too, is replaced) */
                const __m512 old = _mm512_maskz_loadu_ps(mask, out);
                value = _mm512_add_ps(value, beta == 1 ? old : _mm512_mul_ps(betas, old));
            }
            _mm512_mask_storeu_ps(out, mask, value);
        }
}

/* A tile of ``rows`` (1..MR) rows and ``vectors`` (1, 2) vectors: each case its own registers. */
static void any_tile(int rows, int vectors, int64_t k, const float *a, int64_t a_row, int64_t a_step, const float *b,
                     int64_t b_step, const __mmask16 *masks, float alpha, float beta, float *c, int64_t ldc) {
#define TILE_CASE(R)                                                                                        \
    case R:                                                                                                 \
        if (vectors == 2)                                                                                   \
            tile(R, 2, k, a, a_row, a_step, b, b_step, masks, alpha, beta, c, ldc);                         \
        else                                                                                                \
            tile(R, 1, k, a, a_row, a_step, b, b_step, masks, alpha, beta, c, ldc);                         \
        break;
    switch (rows) {
        TILE_CASE(1) TILE_CASE(2) TILE_CASE(3) TILE_CASE(4) TILE_CASE(5) TILE_CASE(6)
        TILE_CASE(7) TILE_CASE(8) TILE_CASE(9) TILE_CASE(10) TILE_CASE(11) TILE_CASE(12)
    }
#undef TILE_CASE
}

/* packed[p * NR + j] = b[j * ldb + p] for j < columns (<= NR; zeros beyond), p < k: the panel of
 * B^T's columns a tile reads as rows. 16 x 16 blocks are transposed in registers. */
static void pack_transposed(const float *b, int64_t ldb, int64_t k, int64_t columns, float *packed) {
    int64_t p = 0;
    if (columns == NR) {
        for (; p + LANES <= k; p += LANES)
            for (int half = 0; half < 2; half++) {
                __m512 v[16], t[16];
                for (int j = 0; j < 16; j++) v[j] = _mm512_loadu_ps(b + (half * 16 + j) * ldb + p);
                /* the classic transpose: 32-bit, 64-bit, 128-bit, then 256-bit interleaves */
                for (int j = 0; j < 16; j += 2) {
                    t[j] = _mm512_unpacklo_ps(v[j], v[j + 1]);
                    t[j + 1] = _mm512_unpackhi_ps(v[j], v[j + 1]);
                }
                for (int j = 0; j < 16; j += 4)
                    for (int q = 0; q < 2; q++) {
                        const __m512d x = _mm512_castps_pd(t[j + q]), y = _mm512_castps_pd(t[j + 2 + q]);
                        v[j + q] = _mm512_castpd_ps(_mm512_unpacklo_pd(x, y));
                        v[j + 2 + q] = _mm512_castpd_ps(_mm512_unpackhi_pd(x, y));
                    }
                for (int j = 0; j < 16; j += 8)
                    for (int q = 0; q < 4; q++) {
                        t[j + q] = _mm512_shuffle_f32x4(v[j + q], v[j + 4 + q], 0x88);
                        t[j + 4 + q] = _mm512_shuffle_f32x4(v[j + q], v[j + 4 + q], 0xdd);
                    }
                for (int q = 0; q < 8; q++) {
                    v[q] = _mm512_shuffle_f32x4(t[q], t[8 + q], 0x88);
                    v[8 + q] = _mm512_shuffle_f32x4(t[q], t[8 + q], 0xdd);
                }
                /* v[i] now holds p + ORDER[i]'s 16 columns */
                static const int ORDER[16] = {0, 2, 1, 3, 4, 6, 5, 7, 8, 10, 9, 11, 12, 14, 13, 15};
                for (int i = 0; i < 16; i++) _mm512_storeu_ps(packed + (p + ORDER[i]) * NR + half * 16, v[i]);
            }
    }
    if (p == k) return;
    /* the rest (all of a panel of fewer columns: zeros beyond them), each of B's rows read along */
    memset(packed + p * NR, 0, (size_t)(k - p) * NR * sizeof(float));
    for (int64_t j = 0; j < columns; j++)
        for (int64_t q = p; q < k; q++) packed[q * NR + j] = b[j * ldb + q];
}

/* C (m, n) row-major = alpha op(A) op(B) + beta C; op(A)(i, p) = a[i * a_row + p * a_step]; op(B) as
 * transposed_b says (B (n, k) row-major, else (k, n)). Returns -1 if the panel could not be allocated. */
static int product_rows(int64_t m, int64_t n, int64_t k, float alpha, const float *a, int64_t a_row, int64_t a_step,
                        const float *b, int64_t ldb, int transposed_b, float beta, float *c, int64_t ldc) {
    /* the panel: on the stack up to STACK_PANEL rows of B^T (32 KiB: the small layers' products,
     * whose time an allocation was a good part of), else allocated for the call */
    float local[STACK_PANEL * NR], *packed = local;
    if (transposed_b && k > STACK_PANEL) {
        packed = malloc((size_t)k * NR * sizeof(float));
        if (packed == NULL) return -1;
    }
    for (int64_t j = 0; j < n; j += NR) {
        const int64_t columns = n - j < NR ? n - j : NR;
        const __mmask16 masks[2] = {columns >= 16 ? 0xffff : (__mmask16)((1u << columns) - 1),
                                    columns >= 32 ? 0xffff : columns <= 16 ? 0 : (__mmask16)((1u << (columns - 16)) - 1)};
        const float *panel = b + j;
        int64_t step = ldb;
        if (transposed_b) {
            if (k > 0) pack_transposed(b + j * ldb, ldb, k, columns, packed);
            panel = packed;
            step = NR;
        }
        for (int64_t i = 0; i < m; i += MR)
            any_tile(m - i < MR ? (int)(m - i) : MR, columns > 16 ? 2 : 1, k, a + i * a_row, a_row, a_step, panel,
                     step, masks, alpha, beta, c + i * ldc + j, ldc);
    }
    if (packed != local) free(packed);
    return 0;
}

/* cblas_sgemm (64-bit integers) on AVX-512F. A panel that cannot be allocated (k * 128 bytes, k
 * above STACK_PANEL) leaves C as it was; there is no other error (the arguments are the kernels' own). */
void backprop_sgemm_avx512(int order, int trans_a, int trans_b, int64_t m, int64_t n, int64_t k, float alpha,
                           const float *a, int64_t lda, const float *b, int64_t ldb, float beta, float *c, int64_t ldc) {
    if (order == COL_MAJOR) {  /* C^T = op(B)^T op(A)^T, row-major */
        const float *t = a;
        a = b;
        b = t;
        int64_t swap = lda;
        lda = ldb;
        ldb = swap;
        swap = m;
        m = n;
        n = swap;
        const int trans = trans_a;
        trans_a = trans_b;
        trans_b = trans;
    }
    if (m <= 0 || n <= 0) return;
    const int64_t a_row = trans_a == TRANS ? 1 : lda, a_step = trans_a == TRANS ? lda : 1;
    (void)product_rows(m, n, k, alpha, a, a_row, a_step, b, ldb, trans_b == TRANS, beta, c, ldc);
}

#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
#else
#define OWN_PRODUCT_BUILT 0
#endif

/* 1 where backprop_sgemm_avx512 is built and the processor has AVX-512F, else 0. */
int64_t backprop_avx512(void) {
#if OWN_PRODUCT_BUILT
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") ? 1 : 0;
#else
    return 0;
#endif
}
