"""Rewrites of scripts and words (a part of typography.py's cleaning): a parameter's step written after its
superscript, ``w_{ij}^{(\\ell)}(t+1) = w_{ij}^{(\\ell)}(t) - \\alpha ...``, and a name without a superscript,
``bias(t + 1) = bias(t) + ...``, taking its step as one, ``^{[t+1]}``, a sum's letter written with a prime renamed,
and a gloss in words after a formula,
``... · a₁[j] (output weight gradient)``, TeX's comments; Python's dictionary keys, ``gradients["dA"+str(l)]``, as the
dotted name with code's index, ``gradients.dA[l]``."""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .brackets import closing_bracket, top_level_parts
from .decorations import WORD_COMMAND
from .quantities import FormulaError, short

# a gloss after a formula: words in parentheses at the end of the row, after a space (the last may be a
# number: ``(gradient for weight 1)``)
_GLOSS = lazy_pattern(r"\s\(([A-Za-z]{2,}(?:\s+(?:[A-Za-z]{2,}|[0-9]+))+)\)\s*$")

# A name with a superscript (its layer) and an optional subscript, in either order, then its step:
# w_{ij}^{(\ell)}(t+1), w^(l)_ij[n+1], and Unicode's ω_{ij}^k(n+1), \omega _{ij}^k once normalised (a space after the
# command); group 1 the name, 2 the step's letter
_SCRIPT = r"(?:\{[^{}]*\}|\([^()]*\)|\[[^\[\]]*\]|[A-Za-z0-9]+)"
_STEP_AFTER = lazy_pattern(r"((?:[A-Za-z]|\\[A-Za-z]+)(?:\s*_" + _SCRIPT + r")?\s*\^" + _SCRIPT + r"(?:\s*_" + _SCRIPT + r")?)"
                           r"\s*[(\[]\s*([a-z])\s*\+\s*1\s*[)\]]\s*=(?!=)", needs=("+",))


# A name (a letter, a command, or code's word: bias) with an optional subscript and no superscript, then a step in
# parentheses or brackets: w_{ij}(t+1), bias(t+1) (never a script's own letter, the l of w_ij^l(t+1)); group 1 the
# name, 2 the step's letter in parentheses, 3 in brackets
_STEP = lazy_pattern(r"(?<![\\A-Za-z^_])((?:[A-Za-z][A-Za-z0-9]*|\\[A-Za-z]+)(?:\s*_\{[^{}]*\}|\s*_[A-Za-z0-9])?)\s*"
                     r"(?:\(\s*([a-z])\s*\+\s*1\s*\)|\[\s*([a-z])\s*\+\s*1\s*\])", needs=("+",))
# (a letter, a command or a word: expected) with its optional subscript, then (u): what is written at step u
_AT_STEP = r"(?<![\\A-Za-z0-9_.^])((?:[A-Za-z][A-Za-z0-9]*|\\[A-Za-z]+)(?:\s*_\{[^{}]*\}|\s*_[A-Za-z0-9])?)\s*\(\s*%s\s*\)"


def _as_written(name: str) -> str:
    """A pattern of ``name`` with any spaces where it has some (\\omega _{ij} and \\omega_{ij} are one name)."""
    return r"\s*".join(re.escape(part) for part in name.split())


def steps_as_scripts(text: str, not_parameters: set) -> str:
    """``w_{ij}(t+1) = w_{ij}(t) + ...``, ``w[t+1] := w[t] - ...``, code's ``bias(t + 1) = bias(t) + ...``: a
    parameter at the next step and at this one, written as arguments. Only where the same name appears with both
    (u+1) and (u) are they read as steps, the superscripts ``^{[t+1]}``/``^{[t]}`` of an update, and then every
    other name written at (u), ``expected(t) - predicted(t)``, is that name at this step, its current value (the
    name alone); a lone ``w(t+1)`` stays what it was (w times t+1, or refused). A word takes its step in
    parentheses only (``weights[i + 1]`` is code's index). ``not_parameters``: names that are functions, never a
    parameter with a step (``\\sigma(t)``, ``exp(t)``)."""
    def function(name: str) -> bool:
        return _is_function(name, not_parameters)

    letters = set()
    for _ in range(20):  # typography.MAX_PASSES: one rewriting per parameter written with steps
        changed = False
        for match in _STEP.finditer(text):
            name, letter = match.group(1), match.group(2) or match.group(3)
            if function(name) or match.group(3) and re.match(r"[A-Za-z]{2}", name):
                continue  # a word's [i + 1] is code's index
            opening, closing = ("(", ")") if match.group(2) else ("[", "]")
            current = re.compile(r"(?<![\\A-Za-z])" + _as_written(name) + r"\s*" + re.escape(opening) + r"\s*"
                                 + letter + r"\s*" + re.escape(closing))
            if not current.search(text):
                continue
            # as \theta^{[n+1]} and \theta^{[n]}: a step in brackets is never a power or a layer
            text = text[:match.start()] + f"{name}^{{[{letter}+1]}}" + text[match.end():]
            text = current.sub(lambda _: f"{name}^{{[{letter}]}}", text)
            letters.add(letter)
            changed = True
            break
        if not changed:
            break
    return steps_after_scripts(_current_values(text, letters, function), not_parameters)


def _is_function(name: str, not_parameters: set) -> bool:
    base = name.split("_")[0].strip()
    return base in not_parameters or base.lower() in not_parameters


def _current_values(text: str, letters: set, function) -> str:
    """``text`` with every name written at a step letter of ``letters``, ``expected(t)``, as the name alone, its
    value at that step; never a function's (``function``: whether a name is one, \\sigma(t))."""
    for letter in letters:
        text = re.sub(_AT_STEP % letter, lambda match: match.group(0) if function(match.group(1)) else match.group(1),
                      text)
    return text


# a name at the next step as steps_as_scripts writes it, w_{ij}^{[t+1]}: group 1 the name, 2 the step's letter
_NEXT_STEP = lazy_pattern(r"(?<![\\A-Za-z^_])((?:[A-Za-z][A-Za-z0-9]*|\\[A-Za-z]+)(?:\s*_\{[^{}]*\}|\s*_[A-Za-z0-9])?)"
                          r"\^\{\[([a-z])\+1\]\}", needs=("+1]",))


def steps_continued(chain: str, row: str, not_parameters: set) -> str:
    """``row``, a display's line going on with the chain ``chain`` (``w_{ij}(t+1) = w_{ij}(t) + \\eta \\delta_j O_i
    \\\\`` then ``= w_{ij}(t) + \\eta ...`` on the next line), both cleaned, with the steps the chain wrote: a name
    the chain holds at the next step (``w_{ij}^{[t+1]}``, steps_as_scripts's) and ``row`` at (u), ``w_{ij}(t)``, is
    that name at step u, ``w_{ij}^{[t]}``, as on the chain's first line; and then every other name ``row`` writes at
    (u) its current value. A row holding no such name stays as written. ``not_parameters``: as steps_as_scripts's."""
    letters = set()
    for match in _NEXT_STEP.finditer(chain):
        name, letter = match.group(1), match.group(2)
        if _is_function(name, not_parameters):
            continue
        current = re.compile(r"(?<![\\A-Za-z])" + _as_written(name) + r"\s*\(\s*" + letter + r"\s*\)")
        row, found = current.subn(lambda _: f"{name}^{{[{letter}]}}", row)
        letters |= {letter} if found else set()
    return _current_values(row, letters, lambda name: _is_function(name, not_parameters))


def steps_after_scripts(text: str, not_parameters: set) -> str:
    """``w_{ij}^{(\\ell)}(t+1) = w_{ij}^{(\\ell)}(t) - ...``: the step after a superscript, where no second
    superscript can hold it. The name at u+1 as the left side, and at u on the right, is the update
    ``w_{ij}^{(\\ell)} := w_{ij}^{(\\ell)} - ...``; anything else stays as it was. ``not_parameters``: names
    that are functions, never a parameter with a step."""
    match = _STEP_AFTER.match(text.lstrip())
    if match is None or match.group(1).split("^")[0].split("_")[0].strip() in not_parameters:
        return text
    name, letter = match.group(1), match.group(2)
    current = re.compile(_as_written(name) + r"\s*(?:\(\s*" + letter + r"\s*\)|\[\s*" + letter + r"\s*\])")
    rest = text.lstrip()[match.end():]
    if not current.search(rest):  # a lone w(t+1) = ... is no update written with steps
        return text
    return f"{name} := " + current.sub(lambda _: name, rest)


def without_gloss(text: str, math_words: set) -> str:
    """``∂L/∂W₂[i][j] = ∂L/∂z₂[i] · a₁[j] (output weight gradient)``: the words in parentheses after the formula
    dropped, where two or more are no word of arithmetic (``math_words``: a function's or a Greek letter's
    name, as in ``(sigma wx)``, a product) and one of those has five letters or more (``(sum over outputs)``)."""
    match = _GLOSS.search(text)
    if match is None:
        return text
    words = [word for word in match.group(1).split() if word.isalpha() and word.lower() not in math_words]
    if len(words) < 2 or not any(len(word) >= 5 for word in words):
        return text
    return text[:match.start()]


# a web address after a formula, to the end of its line: http://, https:// or www. and no space, bare or in
# parentheses or angle brackets, after an operand's last character (a closing bracket, a letter, a digit, a prime, a
# full stop), never after an operator, where it would stand for an operand
_ADDRESS_AFTER = lazy_pattern(r"(?<=[A-Za-z0-9)\]}'.])[ \t]+[(<]?(?:https?://|www\.)\S*[ \t]*$", re.M | re.I)


def without_address(text: str) -> str:
    """``d = (a - y) * f'(z) http://ufldl.stanford.edu/...``: a web address after a formula (a citation pasted
    where a link was) dropped, as a remark after it is; an address anywhere else (among the operands) stays, and
    is refused as the characters it holds are."""
    if "http" not in text.lower() and "www." not in text.lower():
        return text
    return _ADDRESS_AFTER.sub("", text)


# what marks a row as Octave's (MATLAB's) code: an entrywise operator .* .^ ./, a transpose ' after a name or a
# parenthesis before an operator or the end, a statement's ; at the end or before a % comment (never LaTeX's space \;)
_OCTAVE_MARKS = lazy_pattern(r"(?<![0-9])\.[*^/]|(?<!\\);[ \t]*(?:$|%)|[A-Za-z0-9)]'(?=[ \t]*(?:[*)+\-;,/]|$))",
                             re.MULTILINE)
# Octave's transpose without conjugation, .' glued after a name, an index or a parenthesis, before an operator or
# the line's end (never a string's full stop and closing quote, disp('... x.'), nor a mark of Octave by itself)
_PLAIN_TRANSPOSE = lazy_pattern(r"(?<=[\w)\]])\.'(?=[ \t]*(?:[^\s),\]\w('\"]|$))", re.MULTILINE)
# Octave's cell index glued after a name, nn.a{n}, d{i+1} (never a command's argument, \hat{y}, nor a script, x_{i})
_CELL_INDEX = lazy_pattern(r"(?<![\\\w.])([A-Za-z](?:[\w.]*[A-Za-z0-9])?)\{([\w+\- ]+)\}")


# Octave's array of ones (or zeros) of an array's shape, ones(size(a)), beside an entrywise operator: + or - (the
# parenthesis around it aside), .* or ./ before it, or the statement's = (group 1 the function, 2 the array)
_ONES_OF_SHAPE = lazy_pattern(r"(?:(?<=[-+=(])|(?<=\.[*/]))([ \t]*)(ones|zeros)\([ \t]*size\([ \t]*[A-Za-z_][\w.]*"
                              r"[ \t]*\)[ \t]*\)(?=[ \t]*(?:[-+);]|\.[*/]|$))", re.MULTILINE)


def _entrywise_constant(match: re.Match) -> str:
    """``ones(size(a))`` as 1, ``zeros(size(a))`` as 0: entry by entry beside a of its shape, the number itself
    (a matrix product beside it, ones(size(a)) * W, is no such operator, so the call stays and is refused)."""
    return match.group(1) + ("1" if match.group(2) == "ones" else "0")


# a code sum opening its parenthesis (never np.sum, NumPy's, nor \sum)
_CODE_SUM = lazy_pattern(r"(?<![\w.\\])sum\(")


def octave_code(text: str) -> str:
    """A formula Octave marks (``.*``, ``.^``, ``./``, a transpose ``'``, a ``;`` at a line's end or before a ``%``
    comment (its transpose ``.'`` before an operator then read as ``'``), on any of its lines: a function pasted whole is Octave's on every line), as the reader reads NumPy's:
    each statement's ``;`` at its line's end dropped, a cell index ``nn.a{n}`` written as code's index ``nn.a[n]``,
    ``ones(size(a))`` (``zeros(size(a))``) beside an entrywise operator the number 1 (0) it is entry by entry,
    and ``sum(u, d)`` with its dimension d counted from 1, ``sum(dZ, 1)`` adding each column (NumPy's axis 0) and
    ``sum(dZ, 2)`` each row (axis 1), written with ``axis=``, which syntax_code reads. Any other formula is kept:
    ``sum(dZ2, 1)`` without a mark is NumPy's axis 1. Whether its ``*`` is the matrix product is code_language's."""
    if not _OCTAVE_MARKS.search(text):
        return text
    text = re.sub(r"(?<!\\);[ \t]*$", "", text, flags=re.MULTILINE)  # never LaTeX's \; (a space)
    text = _PLAIN_TRANSPOSE.sub("'", text)  # W.' : Octave's transpose without conjugation, on real numbers its '
    text = _CELL_INDEX.sub(r"\1[\2]", text)  # nnbp.m's nn.a{n}: a cell index, read as code's index nn.a[n]
    text = _ONES_OF_SHAPE.sub(_entrywise_constant, text)  # ones(size(a)) - a: 1 - a
    if (left := re.search(r"(?<![\w.])(ones|zeros)\(\s*size\(", text)) is not None:
        raise FormulaError(f"formula {short(text)}: {left.group(1)}(size(...)) stands where no entrywise operator is"
                           f" beside it (a matrix product * or a call's argument); check reads it as"
                           f" {1 if left.group(1) == 'ones' else 0} beside +, -, .* or ./; write ones(size(a)) - a")
    edits = []
    for match in _CODE_SUM.finditer(text):
        closing = closing_bracket(text, match.end() - 1)
        arguments = top_level_parts(text[match.end():closing]) if closing is not None else []
        if len(arguments) > 1 and arguments[-1].strip() in ("1", "2"):
            edits.append((closing - len(arguments[-1]), closing, f" axis={int(arguments[-1]) - 1}"))
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text


# Python's dictionary key of a name and a number, gradients["dA"+str(l-1)] (or "dA" + str(l)): group 1 the
# dictionary, 2 the key's name, 3 the number's expression; a key of a name alone, parameters["W"], has no group 3
_DICTIONARY_KEY = lazy_pattern(r"([A-Za-z_]\w*)\[\s*([\"'])([A-Za-z]\w*)\2\s*(?:\+\s*str\(\s*([^()\[\]\"']+?)\s*\)\s*)?\]")


def dictionary_keys(text: str) -> str:
    """``gradients["dA"+str(l-1)]`` as ``gradients.dA[l-1]`` and ``parameters["W"]`` as ``parameters.W``: the
    entry a dictionary keeps under a name (and a layer), read as code's attribute with its index, so that a
    notation's pattern written as the code writes it and the formula's code are one symbol."""
    if '"' not in text and "'" not in text:
        return text
    return _DICTIONARY_KEY.sub(lambda match: f"{match.group(1)}.{match.group(3)}"
                               + (f"[{match.group(4)}]" if match.group(4) else ""), text)


# A name, its scripts in either order, then its step in words in parentheses: w_{2,3}(new), w(old),
# W^{(2)}(\text{new}); group 1 the name, 2 and 4 a subscript, 3 a superscript, 5 the word
_MARKER_AFTER = lazy_pattern(r"(?<![A-Za-z0-9\\])((?:[A-Za-z][0-9]*|\\[A-Za-z]+))(_" + _SCRIPT + r")?(\^" + _SCRIPT
                             + r")?(_" + _SCRIPT + r")?\s*\(\s*(?:" + WORD_COMMAND + r"\s*\{\s*)?(new|old)\s*\}?\s*\)")


def markers_after_names(text: str) -> str:
    """``w_{2,3}(new)``, ``w(old)``: the parameter's new or old value with the word in parentheses after its name,
    as ``w_{2,3}^{new}`` (into the superscript, or into the subscript of a name with a superscript and none,
    ``w^{(2)}_{new}``); a name with both scripts has none free for the word, and is refused saying what to write."""
    def rewritten(match):
        name, before, sup, after, word = match.groups()
        sub = before or after
        if not sup:
            return f"{name}{sub or ''}^{{{word}}}"
        if not sub:
            return f"{name}{sup}_{{{word}}}"
        written = match.group(0)[:match.group(0).rindex("(")].strip()
        raise FormulaError(f"formula {short(text)}: {match.group(0).strip()}, the {word} value of a name with both"
                           f" scripts, has no script free for the word; write the update as {written} :="
                           f" ... (its new value), or the name alone for its current value")

    return _MARKER_AFTER.sub(rewritten, text) if "new" in text or "old" in text else text


# A word before a name saying which of its values it is, \text{new } w_{jk}, new w, \text{old } W^{(2)},
# \text{updated } W: group 1 the word (in \text or \mathrm, or alone before a space), 2 the name with its scripts
# (as _MARKER_AFTER reads a name), 3 an update's arrow or := after it; never a name's script, R's w5_new <- w5 - ...
# (the word after _ or ^ is the script, the arrow after it the update's), nor an arrow taken for the name
_MARKER_BEFORE = lazy_pattern(r"(?<![A-Za-z0-9\\_^])(?:" + WORD_COMMAND + r"\s*\{\s*(new|old|updated)\s*\}"
                              r"|(?:new|old|updated)(?=\s))\s*((?:[A-Za-z][0-9]*|\\(?!(?:long)?leftarrow|gets)[A-Za-z]+)"
                              r"(?:\s*[_^]\s*" + _SCRIPT + r"){0,2})"
                              r"(?!\s*[_^])(?![A-Za-z0-9({])(\s*(?:\\leftarrow|:=))?")


# code's name of a subscript and then the step's word, theta_2_updated, w_1_new, W_ho_old: group 1 the name (a letter,
# a Greek letter's word or command), 2 its subscript, 3 the word (updated, the new value, as new)
_MARKER_UNDERSCORED = lazy_pattern(r"(?<![A-Za-z0-9\\_.])([A-Za-z][A-Za-z0-9]*|\\[A-Za-z]+)_([A-Za-z0-9]+)"
                                   r"_(new|old|updated)(?![A-Za-z0-9_{(\[])")


def markers_underscored(text: str, named: set[str]) -> str:
    """Code's ``theta_2_updated``, ``w_1_new``, ``W_ho_old``: the name with its subscript and its new (``_updated`` as
    ``_new``) or old value, ``theta_2^{new}``, as plain text's ``w1_new`` is read; a name the notation gives
    whole (``named``, ``"theta_2_updated"`` its own pattern) kept."""
    def rewritten(match):
        if match.group(0) in named or f"{match.group(1)}_{match.group(2)}" in named:
            return match.group(0)
        word = "old" if match.group(3) == "old" else "new"
        return f"{match.group(1)}_{{{match.group(2)}}}^{{{word}}}"

    return _MARKER_UNDERSCORED.sub(rewritten, text) if "_" in text else text


def markers_before_names(text: str, named: set[str]) -> str:
    """``\\text{new } w_{jk}`` (and ``new w``) as ``w_{jk}^{new}``, its value after the update, ``\\text{old } w_{jk}``
    as ``w_{jk}^{old}``, its value now (as markers_after_names reads the word after the name); ``\\text{updated } W``
    before an update's arrow or ``:=`` is that update's left side, ``W``, and elsewhere its new value. A word the
    notation names (``named``) is its symbol, kept."""
    def rewritten(match):
        word, name, arrow = _word(match), match.group(2), match.group(3) or ""
        if word == "updated" and arrow:
            return name + arrow
        return f"{name}({'old' if word == 'old' else 'new'})" + arrow

    if not re.search(r"(?:new|old|updated)", text):
        return text
    text = markers_underscored(text, named)
    return markers_after_names(_MARKER_BEFORE.sub(lambda match: match.group(0) if _word(match) in named
                                                  else rewritten(match), text))


def _word(match: re.Match) -> str:
    return match.group(1) or re.match(r"[a-z]+", match.group(0)).group(0)


# A name's step in parentheses as its superscript, W^{(i+1)}, b_{2}^{(s)}, \theta^(u + 1): group 1 the name (a letter
# or a command, an optional subscript), 2 the step's letter, 3 the "+1" of the next step
_STEP_SUPERSCRIPT = lazy_pattern(r"(?<![\\A-Za-z0-9_.^])((?:[A-Za-z]|\\[A-Za-z]+)(?:\s*_\{[^{}]*\}|\s*_[A-Za-z0-9])?)"
                                 r"\s*\^\s*(?:\{\s*\(\s*([a-z])\s*(\+\s*1)?\s*\)\s*\}|\(\s*([a-z])\s*(\+\s*1)?\s*\))")
# the step letters the update's own markers read already, w^{(t+1)} = w^{(t)} (reading_base.NEW_MARKERS)
_MARKED_STEP_LETTERS = frozenset("tnk")
# an update's relation after its left side: the first =, :=, \leftarrow or \gets
_UPDATE_RELATION = lazy_pattern(r"\s*(?::=|=|\\leftarrow(?![A-Za-z])|\\gets(?![A-Za-z]))\s*")


def step_superscripts(equation: str, indices: set[str], taken: set[str], superscripted: set[str]) -> str:
    """``W^{(i+1)} = W^{(i)} - \\eta \\frac{\\partial L}{\\partial W}``: a step counter other than t, n, k written as the
    superscript of an update, its name at u+1 alone on the left side and at u on the right, as the step superscripts
    ``W^{[i+1]}`` and ``W^{[i]}`` the update's markers read (every other name at (u) on the right, ``x^{(i)}``, is
    that name at this step, the name alone). Only where that is certain: the letter u is none of the notation's
    ``indices`` nor of ``taken`` (its layer letters and names), no name written with it is in ``superscripted`` (the
    bases of patterns that write a superscript, where (u) may be a layer), and u stands nowhere else in the equation.
    Where u is an index, or stands elsewhere too, the update is refused, saying so; any other text is left as
    written."""
    relation = _UPDATE_RELATION.search(equation) if "^" in equation else None
    if relation is None:
        return equation
    left, equals, right = equation[:relation.start()], relation.group(0), equation[relation.end():]
    first = _STEP_SUPERSCRIPT.fullmatch(left.strip())
    if first is None or not (first.group(3) or first.group(5)):
        return equation
    name, letter = first.group(1), first.group(2) or first.group(4)
    steps = [match for match in _STEP_SUPERSCRIPT.finditer(right) if (match.group(2) or match.group(4)) == letter]
    if letter in _MARKED_STEP_LETTERS or letter in taken \
            or any(_base(match.group(1)) in superscripted for match in [first, *steps]) \
            or not any(_unspaced(match.group(1)) == _unspaced(name) for match in steps):
        return equation
    rest = _STEP_SUPERSCRIPT.sub(lambda match: "" if (match.group(2) or match.group(4)) == letter else match.group(0),
                                 right)
    elsewhere = re.search(r"(?<![\\A-Za-z])" + letter + r"(?![A-Za-z])", rest) \
        or any(match.group(3) or match.group(5) for match in steps)
    if letter in indices or elsewhere:
        raise FormulaError(f"formula {short(equation)}: {name}^{{({letter}+1)}} and {name}^{{({letter})}} read as an"
                           f" update's steps only where {letter} is no index of the notation and stands nowhere else,"
                           f" and here {letter} " + ("is one of its indices" if letter in indices else "stands elsewhere"
                                                     " too") + f"; write the steps with t, {name}^{{(t+1)}} ="
                           f" {name}^{{(t)}} - ..., or the update as {name} := {name} - ...")

    def current(match):
        if (match.group(2) or match.group(4)) != letter:
            return match.group(0)
        return f"{match.group(1)}^{{[{letter}]}}" if _unspaced(match.group(1)) == _unspaced(name) else match.group(1)
    return f"{name}^{{[{letter}+1]}}{equals}" + _STEP_SUPERSCRIPT.sub(current, right)


def _base(name: str) -> str:
    return re.match(r"[A-Za-z]|\\[A-Za-z]+", name).group(0)


def _unspaced(text: str) -> str:
    return re.sub(r"\s", "", text)


# the name a + glued after it marks new (w5+, w_5+, \theta_{1}+): a letter or command, then at most a subscript
_NEW_MARKED = lazy_pattern(r"\s*((?:\\[A-Za-z]+|[A-Za-z][A-Za-z0-9]*)(?:_(?:\{[^{}]*\}|[A-Za-z0-9]))?)")


def plus_marks_new(left: str, right: str) -> bool:
    """Whether ``left+ = right`` writes the new value of ``left``: its name comes again in ``right`` or only numbers
    do (else code's += typed with a space; spaced_plus judges that both ways where the new value is a reading)."""
    again = re.search(r"(?<![A-Za-z0-9\\_])" + re.escape(left.strip()) + r"(?![A-Za-z0-9_^])", right)
    return bool(again or re.fullmatch(r"[\s\d.()+\-*/=]+", right))


def plus_new_value(match: re.Match) -> str:
    """A match of typography_display's spaced ``+ =`` (group 1 the left side): ``dw_1+ = x dz``'s ``+=``, or
    ``w5+ = w5 - ...``'s new value ``w5^{+} =`` where the name comes again after the relation or only numbers do
    (Mazur's plain text: code's w5 += w5 - ... would add w5 twice, which nobody writes); a new value's name with a
    superscript (W^{(2)}+ = W^{(2)} - ...) is refused."""
    left, right = match.group(1), match.string[match.end():]
    if not plus_marks_new(left, right):
        return left + " += "
    if _NEW_MARKED.fullmatch(left) is None:
        raise FormulaError(f"formula {short(match.string)}: {left.strip()}+ = ... may be its new value or code's +="
                           f" typed with a space; write its new value with ^{{new}} (w^{{new}} = ...) or code's +=")
    if re.search(r"(?<![A-Za-z0-9\\_])" + re.escape(left.strip()) + r"\+(?![A-Za-z0-9(\\{])", right.split("\n")[0]):
        # w5+ = w5+ - eta * a: the right side's w5+ is the new value too (not w5 + (-eta a), the old value's step),
        # a new value defined by itself, which no value satisfies (x = x - c, c not 0)
        raise FormulaError(f"formula {short(match.string)}: {left.strip()}+ on both sides, the new value defined by"
                           f" itself; write the old value without the +: {left.strip()}+ = {left.strip()} - ...")
    return f"{left.rstrip()}^{{+}} = "
