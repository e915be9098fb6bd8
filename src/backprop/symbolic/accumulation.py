"""Code's ``A += B``, which syntax.Parser reads as ``A := A + B``: what the claim is, from what the notation makes A.

- A gradient by a parameter (``dw += x * dz[i]``, ``dBias += mult``, a name the notation gives ``grad(W...)`` or
  ``grad(b...)``): the gradient summed over the samples in a loop, B one sample's term, the claim ``A = B`` (check
  reads one sample).
- A quantity of each sample, a value (``z[j] += W[j][k] * x[k]``) or a gradient by one (``dh[j] += delta[k] *
  W[k][j]``, the notation's ``grad(a1[0])``), or a value built of such quantities and the weights, each term of its
  sum holding one (mlp.go's ``s += deltaOutput[o] * nn.outputWeights[o][hn]`` with ``"s" = "-(W2[0, 0]*delta2[0] +
  W2[1, 0]*delta2[1])"``): one term of a sum over the loop's letter, the letter B indexes with and A does not, the
  claim ``A = \\sum_k B`` (A starting at 0); refused where B has no such letter or more than one (one unit's term
  standing for the sum, or the sum over which letter not said).
- The notation's loss (``error += (t[j] - o[j])^2 / 2``, a name of its ``loss``): the loss totalled over the loop,
  the claim ``A = \\sum_j B`` as for a quantity of each sample, refused where B has several such letters. Where it has
  none, the loop is still certain, and the claim ``A = B``, where B writes the samples' letter (``J += 0.5 * (y_1_2 -
  y[i]) ** 2`` with ``"y[i]" = "y[0]"``, i a letter the pattern holds and its meaning does not: one sample's term, check
  reading one sample, as for a gradient) or where the network has one output (``error += 0.5 * g * g``: a sum over the
  outputs or over the samples, either one term); else refused (which loop is not said).
- A parameter (``w += eta * ...``) or a name the notation does not give a quantity: the update ``A := A + B``, as
  written (``-=`` is always one).
"""

from __future__ import annotations

import dataclasses
import re

import sympy as sp

from ..patterns import lazy_pattern
from .notation import Unbound
from .quantities import FormulaError, LossGradient, short
from .reading import Reader
from .reading_base import Context, TrackingEnv
from .syntax_tree import Big, Sym, symbols_of

# a statement of code: no TeX braces nor commands but those typography writes for code's operators (.* as \odot, <- as
# \leftarrow); mathematics' w_{j} = w_{j} + ... or y = (t - y)^2 / 2 is an equation about the one name, read as such
CODE_STATEMENT = lazy_pattern(r"(?:(?!\\(?!(?:odot|leftarrow|cdot)(?![A-Za-z])))[^{}])*", re.S)
# the kinds of network quantity (Context.node) each sample has its own value of
_SAMPLE_KINDS = ("z", "a", "delta")


def accumulated(relation, context: Context, fixed: dict, where: str, text: str):
    """The relation to judge for ``relation`` (``text`` as written): code's ``A += B`` as the module says, any other
    unchanged (FormulaError for a term of a sum over no letter, or over more than one; a statement of code whose term
    has no letter left as written, homework_base.reassigned_in_place refusing it)."""
    left = relation.members[0] if relation.members else None
    if not relation.accumulated or len(relation.members) != 2 or not isinstance(left, Sym):
        return relation
    if left.base in context.notation.loss and not left.sub and not left.sup and left.bracket is None \
            and left.base not in context.notation.bases:
        # the loss totalled over a loop, error += (t[j] - o[j])^2 / 2: the sum over the one letter of its term; J +=
        # 0.5 * (y_1_2 - y[i]) ** 2 over the samples (or any term over a single output's loop): one sample's term
        term = relation.members[1].args[1]
        if not (_letters(term, context) - _letters(left, context)) and (
                _writes_sample_letter(term, context) or context.symbols.specs[-1].units == 1):
            return dataclasses.replace(relation, members=[left, term], relations=["="])
        return _summed(relation, left, context, where)
    # code's dW2 read whole beside "dW2_{ij}": what the notation makes it is its split's, dW_{2}, as the reader reads it
    split = context.notation.split_as_read(left) if left.bracket is None else None
    named = split if split is not None and context.notation.candidates(split) else left
    if named.base not in context.notation.bases:
        return relation
    meaning = _meaning(named, context, fixed)
    if not isinstance(meaning, (sp.Basic, sp.MatrixBase)):
        return relation
    gradients = meaning.atoms(LossGradient)
    if gradients and all(context.calculus.parameter_of(gradient.args[0]) is not None for gradient in gradients):
        # dw += x * dz[i] in a loop over the samples: the claim is the sample's term, dw = x * dz[i]
        return dataclasses.replace(relation, members=[left, relation.members[1].args[1]], relations=["="])
    quantities = [gradient.args[0] for gradient in gradients] or list(meaning.atoms(sp.Indexed))
    if not quantities or not all((context.calculus.node(quantity) or ("",))[0] in _SAMPLE_KINDS
                                 for quantity in quantities) and not _weighted_sum(meaning, context):
        return relation  # a parameter's update, as written
    term = relation.members[1].args[1]
    if not (_letters(term, context) - _letters(left, context)) and CODE_STATEMENT.fullmatch(text):
        return relation  # refused as a name reassigned in place, its value before the statement unnamed
    return _summed(relation, left, context, where)


def _summed(relation, left: Sym, context: Context, where: str):
    """``left += term`` as ``left = \\sum_k term``, k the one index letter ``term`` has and ``left`` has not
    (FormulaError where it has none or several)."""
    term = relation.members[1].args[1]
    letters = sorted(_letters(term, context) - _letters(left, context))
    if len(letters) != 1:
        raise FormulaError(f"{where}: {short(left.text())} += ... adds one term of a sum (code's running total over"
                           f" a loop); check reads it as the sum over the one index letter its term has and"
                           f" {short(left.text())} has not, and this term has "
                           + (f"{len(letters)} ({', '.join(letters)})" if letters else "none" + (
                               " (a loss's term without one is read where it writes the samples' letter or the network"
                               " has one output)" if left.base in context.notation.loss else ""))
                           + "; write the whole sum, e.g. h_j = \\sum_k \\delta_k w_{kj}")
    return dataclasses.replace(relation, members=[left, Big("sum", (letters[0],), None, None, None, term)],
                               relations=["="])


def _writes_sample_letter(term, context: Context) -> bool:
    """Whether a name of ``term`` writes a letter its pattern holds and its meaning does not (``y[i]`` with ``"y[i]"
    = "y[0]"``, ``t_{j,k}`` with ``"t_{j,k}" = "y[j]"``): the samples' index, the loop a running total over them."""
    for sym in symbols_of(term):
        forms = [sym] + ([dataclasses.replace(sym, sub=sym.bracket, bracket=None)]
                         if sym.bracket is not None and not sym.sub else [])
        for form in forms:
            for pattern, _bindings in context.notation.candidates(form)[:1]:
                if pattern.unused_literals() or pattern.unused_placeholders():
                    return True
    return False


def _weighted_sum(meaning, context: Context) -> bool:
    """Whether ``meaning`` is a value of each sample built with parameters, mlp.go's ``"s" = "-(W2[0, 0]*delta2[0] +
    W2[1, 0]*delta2[1])"``: every term of its sum holds a quantity of the sample (a parameter alone in a term, W2[0, 0]
    + eta*..., is an update's value, kept as written)."""
    if not isinstance(meaning, sp.Expr) or meaning.atoms(LossGradient):
        return False
    terms = sp.Add.make_args(sp.expand(meaning))
    return all(any((context.calculus.node(atom) or ("",))[0] in _SAMPLE_KINDS for atom in term.atoms(sp.Indexed))
               for term in terms)


def _meaning(left: Sym, context: Context, fixed: dict):
    """What the notation makes ``left`` (code's index in brackets, hidden[NETGOUT], as the subscript the table's
    patterns hold), any value of its letters; None where it names nothing."""
    forms = [left] + ([dataclasses.replace(left, sub=left.bracket, bracket=None)]
                      if left.bracket is not None and not left.sub else [])
    for form in forms:
        env = TrackingEnv(fixed)
        for _ in range(6):  # dw_j += x_j dz: any value of its letters tells what the name is
            try:
                return Reader(context, env, "")._notation_symbol(form)
            except Unbound as unbound:
                if unbound.letter in env:
                    break
                env[unbound.letter] = 1
            except FormulaError:
                break
    return None


def _letters(node, context: Context) -> set:
    """The notation's index letters the symbols of ``node`` write in their subscripts and brackets."""
    # v_{kj}'s letters one by one; a word of other letters (code's NETGIN) no index
    return {letter for sym in symbols_of(node) for script in (sym.sub, sym.bracket or "")
            for word in re.findall(r"[A-Za-z]\w*", script)
            if all(letter in context.notation.indices for letter in word) for letter in word}
