"""NumPy's one-sample slice of a name and a data matrix's row (parts of reading.Reader, beside reading_entries').

NumPy's one-sample slice of a name (SliceReading): ``labels[i:i+1]``, the row i of an array whose rows
are the samples, kept as a one-row matrix. Check reads one sample, so the slice is that sample: read where the
notation says the slice is on the samples' axis, either by a pattern binding i as the sample index (``"targets[n]"
= "y[:]"``, a placeholder its meaning does not use) or by naming the name whole as a row (``"walk_vs_stop" =
"y[:].T"``: samples as rows, the first axis the samples') or as one number (one entry: a slice on either axis
takes it). A name the notation gives whole as a column (its first axis the units), any other slice, and i:i+1 on a
unit's axis are refused, saying how to write them.
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from ..patterns import lazy_pattern
from .notation_meanings import with_gradients
from .syntax_tree import Sym


# NumPy's slice of one row, [i:i+1] (spaces dropped): the row i, kept as a one-row matrix
_ONE_ROW_SLICE = lazy_pattern(r"([A-Za-z]):\1\+1")
# a row section in a name's brackets, MATLAB's delta3(i, :) (syntax_scripts.matlab_row) and NumPy's delta3[i, :]
_ROW_SECTION = lazy_pattern(r"\s*([A-Za-z]|\d+)\s*,\s*:\s*")


class SliceReading:
    """Reader methods for NumPy's one-sample slice (the module's docstring)."""

    def _one_sample_slice(self, sym: Sym):
        """NumPy's ``labels[i:i+1]``: the sample i, read as ``labels[i]`` where the pattern naming that binds i as a
        sample index, as ``labels`` where the notation names it whole as a row or one number; any other slice, or
        i:i+1 on a unit's axis, refused."""
        parts = sym.sub.split(",")
        if len(parts) == 2 and parts[1].strip() == ":":
            return self._data_row(sym, parts[0].strip())
        sliced = [index for index, part in enumerate(parts) if ":" in part]
        one = _ONE_ROW_SLICE.fullmatch(parts[sliced[0]].replace(" ", "")) if len(sliced) == 1 else None
        if one is None:
            self.fail(f"{sym.text()}: a slice of more than one sample or unit, which check does not read; write the"
                      " entries it takes, or NumPy's a[i:i+1] of one sample")
        row = replace(sym, sub=",".join(parts[:sliced[0]] + [one.group(1)] + parts[sliced[0] + 1:]))
        candidates = self.notation.candidates(row)
        if candidates and any(bindings.get(placeholder) == one.group(1)
                              for placeholder in candidates[0][0].unused_placeholders()
                              for bindings in (candidates[0][1],)):
            return self._named_value(row)
        if len(parts) == 1 and (whole := self._sample_of_whole(replace(sym, sub=""))) is not None:
            return whole
        self.fail(f"{sym.text()}: the slice {one.group(0)} is read only on the samples' axis, as the sample"
                  f" {one.group(1)}: where the notation names {sym.base} whole as a row (samples as rows,"
                  f" \"{sym.base}\" = \"y[:].T\") or one number, or binds {one.group(1)} as the sample index"
                  f" (\"{sym.base}[{one.group(1)}]\" = \"y[:]\", a placeholder its meaning does not use)")

    def _named_value(self, sym: Sym):
        """The value the notation gives ``sym``, its loss gradients (grad(z2[:]).T) taken, as reading_symbols' is."""
        return with_gradients(self._notation_symbol(sym), self.context.calculus.loss_derivative)

    def _glued_data_row(self, sym: Sym):
        """MATLAB's ``delta3(i, :)`` and NumPy's ``delta3[i, :]``, a row section of a name whose digits are read as
        its subscript (\\delta_{3} with the bracket ``i,:``): the sample i's row of what the name without the
        section names, as _data_row reads X(i, :), where the notation names it whole as a row or one number."""
        index = _ROW_SECTION.fullmatch(sym.bracket).group(1)
        return self._data_row(replace(sym, bracket=None), index, glued=True)

    def _data_row(self, sym: Sym, index: str, glued: bool = False):
        """MATLAB's ``X(i, :)`` and NumPy's ``X[i, :]``: the row of the sample i of a data matrix whose rows are the
        samples, where the notation says so, by a pattern binding i as the sample index (a declared data matrix,
        ``"X(i, :)" = "x[:].T"``, loaded as ``"X[i]"``) or by naming X whole as one row (``"X" = "x[:].T"``): that
        sample's quantity as a row (a column meaning transposed). Refused where i is a number (which sample?), and
        where the notation names X otherwise (a column's row i would be a unit's entry)."""
        row = replace(sym, sub=index)
        # a name with its own subscript (glued digits) has no pattern of its row: named whole only
        candidates = self.notation.candidates(row) if re.fullmatch(r"[A-Za-z]", index) and not glued else []
        if candidates and any(candidates[0][1].get(placeholder) == index
                              for placeholder in candidates[0][0].unused_placeholders()):
            value = self._named_value(row)
        elif re.fullmatch(r"[A-Za-z]", index):
            value = self._sample_of_whole(sym if glued else replace(sym, sub=""))
        else:
            value = None
        name = f"{sym.base.lstrip(chr(92))}{sym.sub}" if glued else sym.base  # \delta_{3}: code's delta3
        declared = f"\"{name}\" = \"x[:].T\"" if glued else f"\"{name}(i, :)\" = \"x[:].T\""
        if value is None and not re.fullmatch(r"[A-Za-z]", index):
            self.fail(f"{sym.text()}: a numbered row of the data matrix {name} (sample {index}), where check reads"
                      " one sample, the step's: write the sample's row with a letter,"
                      f" {name}(i, :) in MATLAB or {name}[i, :] in NumPy, where the notation says {name} is"
                      f" the data matrix ({declared})")
        if value is None:
            self.fail(f"{sym.text()}: the row {index} of {name} is read as the sample {index}'s where the notation"
                      f" says {name} is a data matrix whose rows are the samples: "
                      + ("" if glued else f"{declared} (i a placeholder its meaning does not use), or ")
                      + f"{name} named whole as a row, \"{name}\" = \"x[:].T\"; a numbered row, a sample the step"
                      " does not take, is refused")
        return value.T if isinstance(value, sp.MatrixBase) and value.cols == 1 and value.rows > 1 else value

    def _sample_of_whole(self, whole: Sym):
        """The value of ``whole`` (a name without indices) where the notation names it without placeholders as a
        row or one number, the one sample's; None where it does not (a column: the slice would take a unit)."""
        candidates = self.notation.candidates(whole)
        if not candidates or candidates[0][0].placeholders:
            return None
        value = self._named_value(whole)
        if isinstance(value, sp.MatrixBase) and value.rows != 1:
            return None
        return value
