/* The arithmetic of a fused training step in C, for one floating-point type: step.c includes this
 * file twice, with REAL float (SUFFIX _f, EXP expf, LOG logf, BITS uint32_t) and with REAL double (_d,
 * exp, log, uint64_t), and twice again for the AVX2 clones (_f_avx2, _d_avx2).
 * Exponentials and logarithms are numpy's own loops (s->exp_loop, s->log_loop) where cstep found
 * them, EXP and LOG (the C library's) otherwise.
 *
 * It is the NumPy engine's arithmetic, operation for operation and in its order: the matrix
 * products through numpy's own BLAS with the arguments numpy's matmul passes it (gemv for one
 * row; float32's gemm is backprop's own, product_avx512.h, where cstep.OWN_PRODUCT takes it), a row's sum in numpy's pairwise order, a column's sum row after row, every scalar in REAL. step.c is compiled without -ffast-math and
 * with -ffp-contract=off: no operation is reordered, fused into an FMA or left out (x + 0 turns
 * -0.0 into +0.0, x * 0 keeps NaN), so float64 gives the NumPy engine's bits.
 *
 * Arrays: rows are samples, C order; a layer of ``units`` units on ``inputs`` inputs has weights
 * (units, inputs) and z, a, delta (batch, units); dL/da_prev (batch, inputs); x (samples,
 * features) of REAL, or of uint8 8-bit pixels (x_bytes) divided by the divisor 255 in REAL.
 */

#define NAME_(name, suffix) name##suffix
#define NAME2_(name, suffix) NAME_(name, suffix)
#define NAME(name) NAME2_(name, SUFFIX)

typedef void (*NAME(gemm_fn))(int, int, int, int64_t, int64_t, int64_t, REAL, const REAL *, int64_t,
                              const REAL *, int64_t, REAL, REAL *, int64_t);
typedef void (*NAME(gemv_fn))(int, int, int64_t, int64_t, REAL, const REAL *, int64_t, const REAL *,
                              int64_t, REAL, REAL *, int64_t);

/* out = a w^T (transpose_w) or a w, for a (rows, k) and out (rows, n) in C order, w (units,
 * inputs) in C order: as numpy's matmul computes it (gemm; for one row gemv, with its arguments). */
static void NAME(product)(const step_state *s, const REAL *a, int64_t rows, const REAL *w, int64_t units,
                          int64_t inputs, REAL *out, int transpose_w) {
    NAME(gemm_fn) gemm = (NAME(gemm_fn))s->gemm;
    NAME(gemv_fn) gemv = (NAME(gemv_fn))s->gemv;
    if (rows == 1) {
        if (transpose_w)  /* a row times W^T: numpy sees W^T as a column-major matrix */
            gemv(COL_MAJOR, TRANS, inputs, units, 1, w, inputs, a, 1, 0, out, 1);
        else
            gemv(ROW_MAJOR, TRANS, units, inputs, 1, w, inputs, a, 1, 0, out, 1);
    } else if (transpose_w) {
        gemm(ROW_MAJOR, NO_TRANS, TRANS, rows, units, inputs, 1, a, inputs, w, inputs, 0, out, units);
    } else {
        gemm(ROW_MAJOR, NO_TRANS, NO_TRANS, rows, inputs, units, 1, a, units, w, inputs, 0, out, inputs);
    }
}

/* numpy's pairwise_sum of values[0:count] (its add.reduce along a contiguous axis), in its order:
 * up to 8 values one after another; up to 128 in 8 accumulators, then the rest; above that the
 * sum of two halves, the first a multiple of 8. */
static REAL NAME(pairwise_sum)(const REAL *values, int64_t count) {
    if (count < 8) {
        REAL total = 0;
        for (int64_t i = 0; i < count; i++) total += values[i];
        return total;
    }
    if (count <= 128) {
        REAL r[8];
        for (int k = 0; k < 8; k++) r[k] = values[k];
        int64_t whole = count - count % 8;
        for (int64_t i = 8; i < whole; i += 8)
            for (int k = 0; k < 8; k++) r[k] += values[i + k];
        REAL total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (int64_t i = whole; i < count; i++) total += values[i];
        return total;
    }
    int64_t half = count / 2;
    half -= half % 8;
    return NAME(pairwise_sum)(values, half) + NAME(pairwise_sum)(values + half, count - half);
}

/* The largest of values[0:count] (count >= 1) as numpy's max takes it: the first NaN if any, else
 * the first largest. Without a branch on the values (the rows' largest is anywhere in them). */
static inline REAL NAME(row_max)(const REAL *values, int64_t count) {
    REAL largest = values[0];
    int unordered = values[0] != values[0];
    for (int64_t j = 1; j < count; j++) {
        const REAL v = values[j];
        largest = v > largest ? v : largest;
        unordered |= v != v;
    }
    if (unordered)
        for (int64_t j = 0; j < count; j++)
            if (values[j] != values[j]) return values[j];
    return largest;
}

/* z += b (where b) and, for a hidden layer, out = max(z, 0) (rectify) or z; z, out (rows, units).
 * The branches stay outside the loops, which vectorise. */
static void NAME(bias_and_activation)(REAL *z, int64_t rows, int64_t units, const REAL *b, REAL *out,
                                      int rectify, int hidden) {
    for (int64_t r = 0; r < rows; r++) {
        REAL *z_row = z + r * units, *out_row = out + r * units;
        if (b != NULL && rectify) {  /* one loop: each u rectified while in a register */
            for (int64_t j = 0; j < units; j++) {
                const REAL u = z_row[j] + b[j];
                z_row[j] = u;
                out_row[j] = u <= 0 ? 0 : u;
            }
            continue;
        }
        if (b != NULL)
            for (int64_t j = 0; j < units; j++) z_row[j] += b[j];
        if (rectify) {
            /* max(u, 0) as numpy's maximum takes it: NaN goes through, -0.0 becomes 0 */
            for (int64_t j = 0; j < units; j++) out_row[j] = z_row[j] <= 0 ? 0 : z_row[j];
        } else if (hidden && out_row != z_row) {
            for (int64_t j = 0; j < units; j++) out_row[j] = z_row[j];
        }
    }
}

/* Column piece ``number`` of the first layer's inputs (columns first..stop) on the batch's rows:
 * gather x[index[r], first:stop] into x_batch, and the product of those columns with the same
 * columns of the first weights, into z (the first piece) or that piece's partial (the others;
 * sample_rows adds them up). One piece (one thread): the whole product, as numpy's matmul. */
OUT_OF_LINE static void NAME(column_piece)(const step_state *s, int64_t number) {
    const REAL *settings = (const REAL *)s->settings;
    const REAL divisor = settings[4];
    const int64_t rows = s->plan[0], pieces = s->plan[3], features = s->inputs[0], units = s->units[0];
    const int64_t first = s->column_pieces[2 * number], stop = s->column_pieces[2 * number + 1];
    const int64_t columns = stop - first, size = s->x_bytes ? 1 : (int64_t)sizeof(REAL);
    REAL *x_batch = (REAL *)s->x_batch;
    const char *x = (const char *)s->x + first * size;
    for (int64_t r = 0; r < rows && r < PREFETCH_AHEAD; r++)
        prefetch(x + s->index[r] * features * size, columns * size);
    for (int64_t r = 0; r < rows; r++) {
        if (r + PREFETCH_AHEAD < rows)
            prefetch(x + s->index[r + PREFETCH_AHEAD] * features * size, columns * size);
        REAL *row = x_batch + r * features + first;
        if (s->x_bytes) {
            const uint8_t *source = (const uint8_t *)x + s->index[r] * features;
            for (int64_t j = 0; j < columns; j++) row[j] = (REAL)source[j] / divisor;
        } else {
            memcpy(row, (const REAL *)x + s->index[r] * features, (size_t)columns * sizeof(REAL));
            if (divisor != 1)
                for (int64_t j = 0; j < columns; j++) row[j] /= divisor;
        }
    }
    const REAL *w = (const REAL *)s->weights[0];
    if (pieces == 1) {
        NAME(product)(s, x_batch, rows, w, units, features, (REAL *)s->zs[0], 1);
        return;
    }
    REAL *out = number == 0 ? (REAL *)s->zs[0] : (REAL *)s->partials + (number - 1) * rows * units;
    ((NAME(gemm_fn))s->gemm)(ROW_MAJOR, NO_TRANS, TRANS, rows, units, columns, 1, x_batch + first, features,
                             w + first, features, 0, out, units);
}

/* The per-sample work of a step for the batch's rows first..stop (x_batch gathered and the first
 * layer's product done: column_piece): every layer's z and a, each sample's loss (by log-sum-exp)
 * and whether its largest probability is at its label, every layer's delta (the output's fused
 * a - t), and where the first layer is cut by its inputs and the scale is not 1, its delta
 * times the scale (unit_piece scales the other layers' deltas, each piece its units'). */
OUT_OF_LINE static void NAME(sample_rows)(const step_state *s, int64_t first, int64_t stop) {
    const REAL *settings = (const REAL *)s->settings;
    const REAL scale = settings[0];
    const int64_t rows = stop - first, layers = s->layers, pieces = s->plan[3];
    for (int64_t r = first; r < stop; r++)
        prefetch(s->labels + s->index[r], sizeof(int64_t));  /* read after the forward pass */
    if (pieces > 1) {  /* the first layer's z: the column pieces' partial products added in order */
        const int64_t units = s->units[0], count = rows * units;
        REAL *z = (REAL *)s->zs[0] + first * units;
        for (int64_t piece = 1; piece < pieces; piece++) {
            const REAL *partial = (const REAL *)s->partials + ((piece - 1) * s->plan[0] + first) * units;
            for (int64_t i = 0; i < count; i++) z[i] += partial[i];
        }
    }
    for (int64_t layer = 0; layer < layers; layer++) {
        const int64_t units = s->units[layer], inputs = s->inputs[layer];
        REAL *z = (REAL *)s->zs[layer] + first * units, *out = (REAL *)s->outputs[layer] + first * units;
        if (layer > 0)
            NAME(product)(s, (const REAL *)s->outputs[layer - 1] + first * inputs, rows, (const REAL *)s->weights[layer],
                          units, inputs, z, 1);
        const int hidden = layer < layers - 1;
        NAME(bias_and_activation)(z, rows, units, s->has_bias[layer] ? (const REAL *)s->biases[layer] : NULL,
                                  out, hidden && s->kinds[layer] == RECTIFIER, hidden);
        if (hidden) continue;
        /* the probabilities by log-sum-exp, the log loss at the label, and the fused delta a - t,
         * LOSS_BLOCK rows at a time: their labels read at once (each a random row of the training
         * set's, out of every cache: their waits overlap), numpy's exp and log loops called once
         * over the block (as the NumPy engine calls them over the batch), not once a row */
        REAL *delta = (REAL *)s->deltas[layer] + first * units, *losses = (REAL *)s->losses + first;
        for (int64_t block = 0; block < rows; block += LOSS_BLOCK) {
            const int64_t end = block + LOSS_BLOCK < rows ? block + LOSS_BLOCK : rows;
            int64_t labels[LOSS_BLOCK];
            REAL row_maxes[LOSS_BLOCK], log_sums[LOSS_BLOCK];
            for (int64_t r = block; r < end; r++) labels[r - block] = s->labels[s->index[first + r]];
            for (int64_t r = block; r < end; r++) {
                const REAL *z_row = z + r * units;
                REAL *out_row = out + r * units;
                const REAL row_max = row_maxes[r - block] = NAME(row_max)(z_row, units);
                if (s->exp_loop)
                    for (int64_t j = 0; j < units; j++) out_row[j] = z_row[j] - row_max;
                else
                    for (int64_t j = 0; j < units; j++) out_row[j] = EXP(z_row[j] - row_max);
            }
            if (s->exp_loop) apply_loop(s->exp_loop, out + block * units, out + block * units, (end - block) * units,
                                        sizeof(REAL));
            for (int64_t r = block; r < end; r++) {
                REAL *out_row = out + r * units, *delta_row = delta + r * units;
                const REAL row_sum = log_sums[r - block] = NAME(pairwise_sum)(out_row, units);
                for (int64_t j = 0; j < units; j++) out_row[j] /= row_sum;  /* a loop of its own: vectorises */
                int64_t best = 0;
                REAL best_value = out_row[0];
                for (int64_t j = 0; j < units; j++) {  /* the first largest; without a branch */
                    const int larger = out_row[j] > best_value;
                    best = larger ? j : best;
                    best_value = larger ? out_row[j] : best_value;
                    delta_row[j] = out_row[j];
                }
                const int64_t label = labels[r - block];
                s->right[first + r] = best == label;
                delta_row[label] = out_row[label] - 1;
            }
            if (s->log_loop) apply_loop(s->log_loop, log_sums, log_sums, end - block, sizeof(REAL));
            else
                for (int64_t r = 0; r < end - block; r++) log_sums[r] = LOG(log_sums[r]);
            for (int64_t r = block; r < end; r++)
                losses[r] = -((z[r * units + labels[r - block]] - row_maxes[r - block]) - log_sums[r - block]);
        }
    }
    for (int64_t layer = layers - 1; layer > 0; layer--) {
        const int64_t units = s->units[layer], inputs = s->inputs[layer];
        const REAL *delta = (const REAL *)s->deltas[layer] + first * units;
        REAL *grad = (REAL *)s->input_gradients[layer] + first * inputs;
        NAME(product)(s, delta, rows, (const REAL *)s->weights[layer], units, inputs, grad, 0);
        REAL *below = (REAL *)s->deltas[layer - 1] + first * inputs;
        const REAL *z_below = (const REAL *)s->zs[layer - 1] + first * inputs;
        const int64_t count = rows * inputs;
        if (s->kinds[layer - 1] == RECTIFIER) {
            /* times 1 or 0, as numpy multiplies by the boolean z > 0 (-0.0 stays, NaN too). The
             * factor's bits are 1's masked by the comparison: written x * (c ? 1 : 0), GCC makes it
             * c ? x : x * 0 and, since a multiplication may trap, branches (mispredicted half the
             * time: z's sign); so it is one loop that vectorises */
            REAL one = 1;
            BITS one_bits;
            memcpy(&one_bits, &one, sizeof one_bits);
            for (int64_t i = 0; i < count; i++) {
                const BITS factor_bits = -(BITS)(z_below[i] > 0) & one_bits;
                REAL factor;
                memcpy(&factor, &factor_bits, sizeof factor);
                below[i] = grad[i] * factor;
            }
        } else {
            for (int64_t i = 0; i < count; i++) below[i] = grad[i] * (REAL)1;
        }
    }
    if (scale != 1 && pieces > 1) {  /* the first layer's pieces of inputs share its units: scaled here */
        const int64_t units = s->units[0], count = rows * units;
        const REAL *delta = (const REAL *)s->deltas[0] + first * units;
        REAL *scaled = (REAL *)s->scaled[0] + first * units;
        for (int64_t i = 0; i < count; i++) scaled[i] = delta[i] * scale;
    }
}

/* SGD.step_layer on ``rows`` rows of ``columns`` numbers (a weight matrix's rows, or biases as
 * (units, 1)): number by number, in its order of operations; one loop per case (they vectorise). */
static void NAME(update)(REAL *value, const REAL *grad, REAL *velocity, int64_t count, REAL rate,
                         REAL momentum, REAL weight_decay) {
    if (momentum == 0 && weight_decay == 0) {
        for (int64_t i = 0; i < count; i++) value[i] = value[i] - grad[i] * rate;
    } else if (momentum == 0) {
        for (int64_t i = 0; i < count; i++) value[i] = value[i] - (grad[i] + weight_decay * value[i]) * rate;
    } else if (weight_decay == 0) {
        for (int64_t i = 0; i < count; i++) {
            const REAL m = velocity[i] * momentum - rate * grad[i];
            velocity[i] = m;
            value[i] = value[i] + m;
        }
    } else {
        for (int64_t i = 0; i < count; i++) {
            const REAL m = velocity[i] * momentum - rate * (grad[i] + weight_decay * value[i]);
            velocity[i] = m;
            value[i] = value[i] + m;
        }
    }
}

/* The per-unit work on the batch's first ``rows`` rows for one piece of a layer's weights (layer,
 * first unit, stop, first input, stop): their gradients (scale * delta^T a_prev) and SGD update,
 * and where the piece starts at the first input the gradients and update of its units' biases
 * (scale * the sum of delta down the rows). With one sample and plain SGD the gradient is never
 * stored, nor in a split step (plan[4]) without weight decay, whose update is folded into the
 * product. A piece of inputs (the first layer's, split across threads) packs only its own columns
 * of a_prev; a piece of units, all of them. */
OUT_OF_LINE static void NAME(unit_piece)(const step_state *s, const int64_t *piece, int64_t rows) {
    const REAL *settings = (const REAL *)s->settings;
    const REAL scale = settings[0], rate = settings[1], momentum = settings[2], weight_decay = settings[3];
    const int64_t layer = piece[0], first = piece[1], stop = piece[2], count = stop - first;
    const int64_t first_input = piece[3], columns = piece[4] - first_input;
    const int64_t units = s->units[layer], inputs = s->inputs[layer];
    REAL *w = (REAL *)s->weights[layer] + first_input;
    const REAL *a_prev = (layer == 0 ? (const REAL *)s->x_batch : (const REAL *)s->outputs[layer - 1]) + first_input;
    const REAL *source = (const REAL *)s->deltas[layer];
    const int biases_here = s->has_bias[layer] && first_input == 0;
    REAL *grad_b = biases_here ? (REAL *)s->grad_biases[layer] : NULL;
    int biases_summed = 0;
    if (scale != 1) {
        REAL *scaled = (REAL *)s->scaled[layer];
        if (layer > 0 || s->plan[3] == 1) {  /* (else sample_rows scaled them) */
            if (biases_here) {
                /* the biases' gradients summed in the same pass, row after row as below */
                for (int64_t j = first; j < stop; j++) grad_b[j] = scaled[j] = source[j] * scale;
                for (int64_t r = 1; r < rows; r++)
                    for (int64_t j = first; j < stop; j++)
                        grad_b[j] += scaled[r * units + j] = source[r * units + j] * scale;
                biases_summed = 1;
            } else {
                for (int64_t r = 0; r < rows; r++)
                    for (int64_t j = first; j < stop; j++) scaled[r * units + j] = source[r * units + j] * scale;
            }
        }
        source = scaled;
    }
    REAL *grad = (REAL *)s->grad_weights[layer] + first_input, *velocity = (REAL *)s->velocity_weights[layer] + first_input;
    if (s->plan[4] && rows > 1 && weight_decay == 0) {
        /* a split step (within rounding of one thread's anyway): the update folded into the product,
         * w = w - rate * scaled delta^T a_prev in one BLAS call (with momentum the velocity
         * v = momentum * v - rate * scaled delta^T a_prev, then w = w + v), no gradient written,
         * zeroed beforehand (BLAS does so for beta 0) and read again */
        NAME(gemm_fn) gemm = (NAME(gemm_fn))s->gemm;
        if (momentum == 0) {
            gemm(ROW_MAJOR, TRANS, NO_TRANS, count, columns, rows, -rate, source + first, units, a_prev, inputs, 1,
                 w + first * inputs, inputs);
        } else {
            gemm(ROW_MAJOR, TRANS, NO_TRANS, count, columns, rows, -rate, source + first, units, a_prev, inputs,
                 momentum, velocity + first * inputs, inputs);
            for (int64_t j = first; j < stop; j++)
                for (int64_t i = 0; i < columns; i++) w[j * inputs + i] = w[j * inputs + i] + velocity[j * inputs + i];
        }
    } else if (rows == 1 && momentum == 0 && weight_decay == 0) {
        /* numpy's outer product, then the update; + 0 turns the product's -0.0 into the matmul's +0.0 */
        for (int64_t j = first; j < stop; j++) {
            const REAL d = source[j];
            REAL *w_row = w + j * inputs;
            for (int64_t i = 0; i < columns; i++) w_row[i] = w_row[i] - (d * a_prev[i] + 0) * rate;
        }
    } else {
        if (rows == 1) {
            for (int64_t j = first; j < stop; j++)
                for (int64_t i = 0; i < columns; i++) grad[j * inputs + i] = source[j] * a_prev[i] + 0;
        } else {
            ((NAME(gemm_fn))s->gemm)(ROW_MAJOR, TRANS, NO_TRANS, count, columns, rows, 1, source + first, units,
                                     a_prev, inputs, 0, grad + first * inputs, inputs);
        }
        if (columns == inputs) {  /* the units' rows of weights are one stretch of memory */
            NAME(update)(w + first * inputs, grad + first * inputs, velocity + first * inputs, count * inputs, rate,
                         momentum, weight_decay);
        } else {
            for (int64_t j = first; j < stop; j++)
                NAME(update)(w + j * inputs, grad + j * inputs, velocity + j * inputs, columns, rate, momentum,
                             weight_decay);
        }
    }
    if (biases_here) {
        if (!biases_summed) {
            for (int64_t j = first; j < stop; j++) grad_b[j] = source[j];
            for (int64_t r = 1; r < rows; r++)  /* numpy's sum down a column: row after row */
                for (int64_t j = first; j < stop; j++) grad_b[j] += source[r * units + j];
        }
        NAME(update)((REAL *)s->biases[layer] + first, grad_b + first, (REAL *)s->velocity_biases[layer] + first,
                     count, rate, momentum, 0);
    }
}

#undef NAME
#undef NAME2_
#undef NAME_
