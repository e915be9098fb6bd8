"""Reader methods for counts and means over the samples written in code: ``len(y)`` of a vector over the samples and
NumPy's (MATLAB's) mean, ``np.mean(u)``, ``u.mean()``, ``mean(u)``, whose divisor is the number of samples a step
takes: 1 where the notation counts the samples with 1 or the problem's step takes one sample, refused in one line where
nothing says how many (the sums over the samples are read as one sample's term)."""

from __future__ import annotations

import sympy as sp

from .reading_base import _is_matrix, _show
from .sample_calls import SAMPLE_KINDS


class SampleMeanReading:
    """Mixed into the reader (FunctionReading's base): counts and means over the samples."""

    def samples_counted(self, value, node):
        """Code's ``len(v)`` of a vector over the samples, v one number per sample (a target, an output, a sum: one
        entry in the one sample check reads): their count, the m of ``X.T @ (y_pred - y) / len(y)``, 1 where the
        notation counts the samples with 1 or the problem's step takes one sample. Refused in one line, naming len,
        where what it counts is unknown: v a vector of the sample (len may count its entries) or no quantity of the
        sample, or a step of several samples (the sums over them are read as one sample's term)."""
        nodes = [] if _is_matrix(value) else self.context.calculus.entry_nodes(value)
        if nodes and all(found is not None and found[0] in SAMPLE_KINDS for found in nodes):
            return self.samples_in_step(f"len({_show(node.args[0])}) counts the samples")
        self.fail(f"len({_show(node.args[0])}): what it counts is unknown here (check reads len of a vector over the"
                  " samples, one number each, as their count); write the count itself, m, given in the notation")

    def samples_in_step(self, what: str):
        """The number of samples a step takes, for a count or a mean over them written without it (code's len(y),
        np.mean(u)): 1 where the notation counts the samples with 1 or the problem's step takes one sample; else
        refused, ``what`` saying what needed it (the sums over the samples are read as one sample's term)."""
        if self.one_sample_named() or self.symbols.problem.batch == 1:
            return sp.S.One
        self.fail(f"{what}, and nothing says how many a step takes: give the count in the notation's"
                  " [notation.symbols] (\"m\" = \"1\", the one sample check reads), or write 1/m with m so given")

    def array_mean(self, value, node):
        """NumPy's mean, code's ``np.mean(u)`` (``torch.mean``, ``tf.reduce_mean``) and ``u.mean()`` alike: the mean
        over every entry of the array, whose rows are the samples. Of u one number per sample (an error, its square,
        its product with the input: one number in the one sample check reads) the mean over the samples, 1/N times
        their sum; of a vector (or matrix) of the sample's entries, the mean over its entries and the samples, 1/(N
        n) times their sum; N as len(y) counts them (samples_in_step), refused in one line where nothing says it."""
        if node.written == "mean" and _is_matrix(value) and value.rows > 1 and value.cols > 1:
            self.fail(f"MATLAB's mean({_show(node.args[0])}) of a matrix averages each column, a row of means; write"
                      " mean(mean(u)) or the sum over what it averages and its count")
        entries = list(value) if _is_matrix(value) else [value]
        averaged = f"{node.written}({_show(node.args[0])})" if node.name == "samples_mean" \
            else f"({_show(node.args[0])}).mean()"
        return sum(entries, sp.S.Zero) / len(entries) / self.samples_in_step(f"{averaged} averages over the samples")
