"""The arithmetic of a fused training step, compiled by numba (step_kernels.h is the same in C): the per-sample work of a piece of
rows (``sample_rows``) and the per-unit work of pieces of units (``unit_pieces``).

They compute what the NumPy engine computes, operation for operation and in its order: the matrix
products through numpy's own BLAS routines with the arguments numpy's matmul passes them (gemv for
one row), sums in numpy's order (``pairwise_sum`` for a row's sum, row after row down a column),
scalars in the arrays' dtype as numpy 2 takes a Python float (numba's literals would be float64:
the callers pass ``zero`` and ``one``). In float64 the numbers are the NumPy engine's, and so the
worked solutions', to the last bit; in float32 they differ where numpy's vectorised exp and log
round differently from the C library's (tests/test_fused.py holds both).

Arrays: rows are samples; a layer with ``units`` units and ``inputs`` inputs has weights
(units, inputs) and z, a and delta (batch, units), all in C order.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from .control import RECTIFIER
from .native import COL_MAJOR, NO_TRANS, ROW_MAJOR, TRANS, gemm, gemv


@njit(nogil=True, cache=True)
def _product(a, w, out, transpose_w, zero, one):
    """out = a w^T (transpose_w) or a w, a (rows, k) and out with rows in C order, w in C order:
    as numpy's matmul computes it (gemm; for one row, gemv with the arguments it passes)."""
    rows, units, inputs = a.shape[0], w.shape[0], w.shape[1]
    if rows == 1:
        if transpose_w:  # a row times W^T: numpy sees W^T as a column-major matrix
            gemv(COL_MAJOR, TRANS, inputs, units, one, w, inputs, a, zero, out)
        else:
            gemv(ROW_MAJOR, TRANS, units, inputs, one, w, inputs, a, zero, out)
    elif transpose_w:
        gemm(NO_TRANS, TRANS, rows, units, inputs, one, a, inputs, w, inputs, zero, out, units)
    else:
        gemm(NO_TRANS, NO_TRANS, rows, inputs, units, one, a, units, w, inputs, zero, out, inputs)


@njit(nogil=True, cache=True)
def _pairwise_block(values, start, count, zero):
    """numpy's pairwise_sum of at most 128 values: 8 accumulators, then the rest in order."""
    if count < 8:
        total = zero
        for i in range(start, start + count):
            total += values[i]
        return total
    r0, r1, r2, r3 = values[start], values[start + 1], values[start + 2], values[start + 3]
    r4, r5, r6, r7 = values[start + 4], values[start + 5], values[start + 6], values[start + 7]
    whole = count - count % 8
    for i in range(start + 8, start + whole, 8):
        r0 += values[i]
        r1 += values[i + 1]
        r2 += values[i + 2]
        r3 += values[i + 3]
        r4 += values[i + 4]
        r5 += values[i + 5]
        r6 += values[i + 6]
        r7 += values[i + 7]
    total = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    for i in range(start + whole, start + count):
        total += values[i]
    return total


@njit(nogil=True, cache=True)
def pairwise_sum(values, start, count, zero):
    """numpy's pairwise summation of values[start:start + count] (its add.reduce along a
    contiguous axis), in the same order: blocks of up to 128 (``_pairwise_block``), above that the
    sum of two halves, the first a multiple of 8. ``zero`` is a 0 of the values' dtype (a literal
    0 would make numba add in float64). numpy recurses; this keeps its recursion on a stack
    (numba's cache does not take recursive functions)."""
    if count <= 128:
        return _pairwise_block(values, start, count, zero)
    depth = 64
    starts, counts = np.empty(depth, np.int64), np.empty(depth, np.int64)
    stages, lefts = np.zeros(depth, np.int64), np.empty(depth, values.dtype)
    starts[0], counts[0], stages[0] = start, count, 0
    top, carry = 1, zero
    while top > 0:
        node = top - 1
        first, size = starts[node], counts[node]
        half = size // 2
        half -= half % 8
        if size <= 128:
            carry = _pairwise_block(values, first, size, zero)
            top -= 1
        elif stages[node] == 0:  # the first half
            stages[node] = 1
            starts[top], counts[top], stages[top] = first, half, 0
            top += 1
        elif stages[node] == 1:  # the second half, the first's sum kept
            stages[node], lefts[node] = 2, carry
            starts[top], counts[top], stages[top] = first + half, size - half, 0
            top += 1
        else:
            carry = lefts[node] + carry
            top -= 1
    return carry


@njit(nogil=True, cache=True)
def sample_rows(x, divisor, labels, index, first, stop, x_batch, weights, biases, has_bias, kinds, zs,
                outputs, deltas, input_gradients, losses, right, zero, one):
    """The per-sample work of a step for the batch's rows first..stop: gather the samples
    x[index[r]] into x_batch, the forward pass (z and a of every layer), each sample's loss and
    whether its largest output is at its label, and every layer's delta.

    x (samples, features) in the arrays' dtype with ``divisor`` 1, or uint8 8-bit pixels with
    ``divisor`` 255 (data.pixels.Pixels: each value converted to the dtype, then divided by 255
    in it, as pixels.to_unit does); labels (samples,) int64, index (batch,) int64. Per layer, in tuples:
    weights (units, inputs), biases (units,) (unused where has_bias is 0), kinds (LINEAR or
    RECTIFIER; the last layer gives class probabilities), z, a (outputs) and delta (batch, units),
    and dL/da_prev (batch, inputs) from layer 1 on. losses (batch,) and right (batch,) bool receive the loss and
    the hit of each row. zero and one: 0 and 1 of the arrays' dtype (scalars in the arrays' dtype
    throughout, as numpy 2 takes a Python float: numba's literals would be float64).
    """
    rows = stop - first
    scaled = divisor != one
    for r in range(first, stop):
        x_batch[r, :] = x[index[r], :]
        if scaled:
            row = x_batch[r]
            for j in range(row.shape[0]):
                row[j] /= divisor
    layers = len(weights)
    for layer in range(layers):
        w = weights[layer]
        units, inputs = w.shape
        a = x_batch[first:stop] if layer == 0 else outputs[layer - 1][first:stop]
        z = zs[layer][first:stop]
        _product(a, w, z, True, zero, one)
        out = outputs[layer][first:stop]
        hidden = layer < layers - 1
        # z += b and a = f(z) in one pass (the branches stay outside the loops, which vectorise)
        _bias_and_activation(z, biases[layer], has_bias[layer] != 0, out,
                             hidden and kinds[layer] == RECTIFIER, hidden, zero)
        if hidden:
            continue
        # the probabilities by log-sum-exp, the log loss at the label, and the fused delta a - t
        delta = deltas[layer][first:stop]
        for r in range(rows):
            row_max = z[r, 0]
            for j in range(1, units):
                if z[r, j] > row_max or z[r, j] != z[r, j]:
                    if row_max == row_max:  # numpy's max keeps the first NaN
                        row_max = z[r, j]
            for j in range(units):
                out[r, j] = math.exp(z[r, j] - row_max)
            row_sum = pairwise_sum(out[r], 0, units, zero)
            best = 0
            for j in range(units):
                out[r, j] /= row_sum
                if out[r, j] > out[r, best]:
                    best = j
                delta[r, j] = out[r, j]
            label = labels[index[first + r]]
            losses[first + r] = -((z[r, label] - row_max) - math.log(row_sum))
            right[first + r] = best == label
            delta[r, label] = out[r, label] - one
    for layer in range(layers - 1, 0, -1):
        w = weights[layer]
        units, inputs = w.shape
        delta = deltas[layer][first:stop]
        grad = input_gradients[layer][first:stop]
        _product(delta, w, grad, False, zero, one)
        below = deltas[layer - 1][first:stop]
        z_below = zs[layer - 1][first:stop]
        if kinds[layer - 1] == RECTIFIER:
            for r in range(rows):
                for i in range(inputs):
                    # times 1 or 0, as numpy multiplies by the boolean z > 0 (-0.0 stays)
                    below[r, i] = grad[r, i] * (one if z_below[r, i] > zero else zero)
        else:
            for r in range(rows):
                for i in range(inputs):
                    below[r, i] = grad[r, i] * one


@njit(nogil=True, cache=True)
def _bias_and_activation(z, b, has_bias, out, rectify, hidden, zero):
    """z += b (where has_bias) and, for a hidden layer, out = max(z, 0) (rectify) or z."""
    rows, units = z.shape
    for r in range(rows):
        z_row, out_row = z[r], out[r]
        if has_bias:
            for j in range(units):
                z_row[j] += b[j]
        if rectify:
            for j in range(units):
                u = z_row[j]
                # max(u, 0) as numpy's maximum takes it: NaN goes through, -0.0 becomes 0
                out_row[j] = zero if u <= zero else u
        elif hidden:
            for j in range(units):
                out_row[j] = z_row[j]


@njit(nogil=True, cache=True)
def unit_pieces(pieces, rows, x_batch, weights, biases, has_bias, outputs, deltas, scaled_deltas,
                grad_weights, grad_biases, velocity_weights, velocity_biases, scale, rate, momentum,
                weight_decay, zero, one):
    """The per-unit work of a step on the batch's first ``rows`` rows: for each piece (layer,
    first unit, stop) of ``pieces`` (pieces, 3) int64, those units' weight and bias gradients
    (scale * delta^T a_prev and scale * sum of delta over the rows) and their SGD update:
    v <- momentum v - rate (g + weight_decay W), W <- W + v; with no momentum W <- W - rate g.

    Tuples per layer as for sample_rows; scaled_deltas (batch, units) receive scale * delta where
    scale is not 1; the velocities are read only with momentum. scale, rate, momentum,
    weight_decay, zero and one are of the arrays' dtype.
    """
    for p in range(pieces.shape[0]):
        layer, first, stop = pieces[p, 0], pieces[p, 1], pieces[p, 2]
        w = weights[layer]
        units, inputs = w.shape
        count = stop - first
        a_prev = x_batch[:rows] if layer == 0 else outputs[layer - 1][:rows]
        source = deltas[layer]
        if scale != one:
            source = scaled_deltas[layer]
            delta = deltas[layer]
            for r in range(rows):
                for j in range(first, stop):
                    source[r, j] = delta[r, j] * scale
        grad = grad_weights[layer]
        plain = momentum == zero and weight_decay == zero
        if rows == 1 and plain:
            # one sample, plain SGD: the gradient (numpy's outer product; + 0 turns its -0.0 into
            # the matmul's +0.0) and the update in one pass over the weights, never stored
            for j in range(first, stop):
                s = source[0, j]
                for i in range(inputs):
                    w[j, i] = w[j, i] - (s * a_prev[0, i] + zero) * rate
        else:
            if rows == 1:
                for j in range(first, stop):
                    for i in range(inputs):
                        grad[j, i] = source[0, j] * a_prev[0, i] + zero
            else:
                gemm(TRANS, NO_TRANS, count, inputs, rows, one, source[:, first:], units, a_prev, inputs,
                      zero, grad[first:], inputs)
            _update(w[first:stop], grad[first:stop], velocity_weights[layer][first:stop], rate, momentum,
                    weight_decay)
        if has_bias[layer]:
            grad_b = grad_biases[layer]
            for j in range(first, stop):
                grad_b[j] = source[0, j]
            for r in range(1, rows):  # numpy's sum down a column: row after row
                for j in range(first, stop):
                    grad_b[j] += source[r, j]
            _update(biases[layer][first:stop].reshape(count, 1), grad_b[first:stop].reshape(count, 1),
                    velocity_biases[layer][first:stop].reshape(count, 1), rate, momentum, zero)


@njit(nogil=True, cache=True)
def _update(value, grad, velocity, rate, momentum, weight_decay):
    """SGD.step_layer on rows of a weight matrix (units, inputs) or on biases (units,) seen as
    (units, 1): number by number, in its order of operations (one loop per case: they vectorise)."""
    rows, columns = value.shape
    for j in range(rows):
        v_row, g_row, m_row = value[j], grad[j], velocity[j]
        if momentum == 0 and weight_decay == 0:
            for i in range(columns):
                v_row[i] = v_row[i] - g_row[i] * rate
        elif momentum == 0:
            for i in range(columns):
                v_row[i] = v_row[i] - (g_row[i] + weight_decay * v_row[i]) * rate
        else:
            for i in range(columns):
                g = g_row[i]
                if weight_decay != 0:
                    g = g + weight_decay * v_row[i]
                m = m_row[i] * momentum - rate * g
                m_row[i] = m
                v_row[i] = v_row[i] + m
