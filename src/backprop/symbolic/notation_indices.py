"""Indices as a formula writes them, and the layer arithmetic of a notation's meanings (a part of
notation.py): ``k-1`` at the formula's letters' values, ``W{l+1}[k, i-1]`` with the placeholders
replaced by numbers; a pattern's scripts as regexes whose placeholders are named groups."""

from __future__ import annotations

import ast
import re
from functools import lru_cache

from ..patterns import lazy_pattern
from .quantities import FormulaError
from .syntax_tree import CALL_INDEX_MARK, GREEK, INDEXED_CALL_END, Apply, Entry, Num, Op, Sym


class Unbound(Exception):
    """A formula letter used as an index that has no value yet (a free letter of a general rule)."""

    def __init__(self, letter: str):
        super().__init__(letter)
        self.letter = letter


def matlab_index_group(arguments: tuple, indices: str) -> bool:
    """Whether a parenthesis's arguments are MATLAB's index group, ``w(2)``, ``W(1,k)``, ``x(k-1)``: each a whole
    number, a bare letter of ``indices`` (the notation's placeholders, the loops' letters) or such a letter plus or
    minus a whole number (as ``x_{k-1}`` writes it), at least one argument."""
    return bool(arguments) and all(_index_argument(argument, indices) is not None for argument in arguments)


def named_letters(texts, indices: str) -> frozenset[str]:
    """The letters (a Latin letter, a Greek letter's command) among the notation's pattern ``texts`` that it names
    alone, ``"a" = "a1[0]"``, none of its ``indices``: in a pattern's parentheses, ``"d(a)"``, such a letter is that
    name, never an index."""
    return frozenset(text.strip() for text in texts if isinstance(text, str) and (
        re.fullmatch(r"[A-Za-z]", text.strip()) or text.strip() in GREEK) and text.strip() not in indices)


def named_argument(arguments: tuple, named: frozenset[str]) -> str | None:
    """The one argument of ``d(a)``, a bare letter of ``named`` (a name the notation gives alone, no index), as
    written; None for any other arguments."""
    if len(arguments) != 1 or not isinstance(arguments[0], Sym):
        return None
    argument = arguments[0]
    bare = not (argument.sub or argument.sup or argument.bracket is not None or argument.primes)
    return argument.base if bare and argument.base in named else None


def called_entry(function: str, arguments: tuple, indices: str) -> tuple[str, str] | None:
    """A call of names and indices, Elixir's ``List.get(outs, i)`` (``Enum.at(list, i)``), a code's own ``get(w, j,
    i)``, a book's ``yd(w0, w1)``: the name a pattern so written is, the call with each index argument marked
    (``List.get(outs, ·)``: one name per function and named arguments, so ``List.get(outs, i)`` and ``List.get(targets,
    i)`` are two), and its index arguments as a subscript's text (``i``, ``j,i``; "" where there is none). None where
    an argument is neither a bare name nor MATLAB's index argument (an expression, a name with a superscript), or
    where none is a name (MATLAB's entry ``w(j, i)``, matlab_index_group's)."""
    written, positions = [], []
    for argument in arguments:
        if (index := _index_argument(argument, indices)) is not None:
            written.append(CALL_INDEX_MARK)
            positions.append(index)
        elif (name := _argument_name(argument, indices)) is not None:
            written.append(name)
        else:
            return None
    if not arguments or len(positions) == len(arguments):
        return None
    return f"{function}({', '.join(written)})", ",".join(positions)


# a Lisp form, (aref w j i), (nth i outs): the function first, then its arguments, spaced
_LISP_FORM = lazy_pattern(r"\(\s*([^\s()]+)((?:\s+[^\s()]+)+)\s*\)")
# Haskell's list index, w !! j (PureScript's, Idris's): the list, then the index
_LIST_INDEX = lazy_pattern(r"([A-Za-z_][\w.']*)\s*!!\s*(\w+)", needs=("!!",))


def unread_call(text: str) -> tuple[str, str] | None:
    """Why a pattern written as a call that no formula is read as is refused, and what to write: a Lisp form ``(aref
    w j i)`` (check reads Lisp only in a function's definition) or Haskell's ``w !! j`` (no operator of a formula);
    None for any other pattern (a call written name(arguments), Elixir's ``Enum.at(w, i)``, is read: called_entry)."""
    lisp, listed = _LISP_FORM.fullmatch(text), _LIST_INDEX.fullmatch(text)
    if lisp is None and listed is None:
        return None
    if lisp:  # which argument is the array, the function says (aref's first, Common Lisp's nth's last)
        return ("is a Lisp form, (function arguments), which check reads only in a function's definition",
                f"write it as the call \"{lisp.group(1)}({', '.join(lisp.group(2).split())})\" (or the array's entry"
                " with code's index, \"w[j][i]\"), and the formulas so")
    return ("is Haskell's list index, list !! index, an operator no formula of check reads",
            f"write the entry with code's index, \"{listed.group(1)}[{listed.group(2)}]\", and the formulas so")


def called_symbol(call: Apply, indices: str) -> Sym | None:
    """A call of names and indices (called_entry), ``List.get(outs, i)``, as the symbol it is: the name ``List.get(outs,
    ·)`` with the subscript ``i``, written in parentheses; None for any other call."""
    symbol = call.symbol
    if symbol.sub or symbol.sup or symbol.bracket is not None or symbol.primes or call.spaced:
        return None
    called = called_entry(symbol.base, call.args, indices)
    return Sym(called[0], called[1], "", 0, None, symbol.position, parenthesised=True) if called else None


def indexed_call_symbol(entry: Entry, indices: str) -> Sym | None:
    """Code's index glued after a call of names (and numbers), a code's own function returning a layer's values,
    ``V_out(n_out)[i]``, ``V_hidden(n_hidden, 0)[i]``: the symbol it is, the call's name with each index argument
    and the bracket marked (``V_out(n_out)[·]``, ``V_hidden(n_hidden, ·)[·]``) and its indices as a subscript's text
    (``i``, ``0,i``), written in parentheses, so that a pattern and a formula written alike are one name; None for any
    other entry (``\\sigma(z)_i``, a call whose argument is an expression, or of indices alone)."""
    call = entry.of
    if not entry.bracketed or not isinstance(call, Apply):
        return None
    symbol = call.symbol
    if symbol.sup or symbol.bracket is not None or symbol.primes or call.spaced or not call.args:
        return None
    # V_out read as V with the subscript out: its word; delta_out read as \delta_{out}: the Greek letter's word
    function = symbol.base if not symbol.sub else symbol.word or (
        f"{symbol.base[1:]}_{symbol.sub}" if symbol.base in GREEK else "")
    if not function or not re.fullmatch(r"[A-Za-z_][\w.]*", function):
        return None
    written, positions = [], []
    for argument in call.args:
        if isinstance(argument, Num) and argument.text.isdigit():
            written.append(CALL_INDEX_MARK)  # a number argument, a selector (V_hidden(n, 0) the sums): the pattern's
            positions.append(argument.text)
        elif (name := _argument_name(argument, "")) is not None:
            written.append(name)
        else:
            return None
    return Sym(f"{function}({', '.join(written)}{INDEXED_CALL_END}", ",".join([*positions, entry.index]), "", 0, None,
               symbol.position, parenthesised=True)


def _argument_name(argument, indices: str) -> str | None:
    """A call's argument that is one name, as code writes it: ``w``, ``w0`` (glued), ``output_neuron`` (one name, or
    read letter by letter where the notation does not name it: its letters keep the word); None for anything else,
    a name with an index for its subscript among them (``d(w_{n})``: an entry, no name of the call)."""
    if isinstance(argument, Sym) and not argument.glued and re.fullmatch(rf"[{indices}0-9,+\-\s]+", argument.sub):
        return None
    if isinstance(argument, Sym) and not (argument.sup or argument.primes or argument.bracket is not None):
        return argument.base + ("" if not argument.sub else argument.sub if argument.glued else f"_{argument.sub}")
    if isinstance(argument, Op) and argument.kind == "*":
        leaves, pending = [], [argument]
        while pending:
            node = pending.pop()
            if isinstance(node, Op) and node.kind == "*":
                pending.extend(node.args)
            else:
                leaves.append(node)
        words = {leaf.word if isinstance(leaf, Sym) else "" for leaf in leaves}
        return words.pop() if len(words) == 1 and "" not in words else None
    return None


def matlab_index_text(arguments: tuple, indices: str) -> str:
    """MATLAB's index group as a subscript's text: ``W(1,k)``'s ``1,k``, ``x(k-1)``'s ``k-1``."""
    return ",".join(_index_argument(argument, indices) for argument in arguments)


def _index_argument(argument, indices: str) -> str | None:
    """One argument of MATLAB's index group as a subscript writes it, None where it is none."""
    if isinstance(argument, Num):
        return argument.text if argument.text.isdigit() else None
    if isinstance(argument, Sym):
        bare = argument.base in indices and not (argument.sub or argument.sup or argument.bracket or argument.primes)
        return argument.base if bare else None
    if isinstance(argument, Op) and argument.kind == "+" and len(argument.args) == 2:
        letter, offset = argument.args
        negative = isinstance(offset, Op) and offset.kind == "neg"
        number = offset.args[0] if negative else offset
        if isinstance(letter, Sym) and _index_argument(letter, indices) and isinstance(number, Num) \
                and number.text.isdigit():
            return f"{letter.base}{'-' if negative else '+'}{number.text}"
    return None


def index_value(written: str, env: dict) -> int:
    """An index as written in a formula (``3``, ``k``, ``k-1``, ``\\alpha``) at the letters' values."""
    total, sign = 0, 1
    parts = re.findall(r"[+-]|\d+|\\[A-Za-z]+|[A-Za-z]", written)
    if "".join(parts) != written.replace(" ", "") or any(
            first not in "+-" and second not in "+-" for first, second in zip(parts, parts[1:])):
        # "ij" is two indices, not one: the caller must split them; never read it as i + j
        raise FormulaError(f"the index {written!r} is not one whole number, letter or letter +- number")
    for part in parts:
        if part in "+-":
            sign = 1 if part == "+" else -1
            continue
        if part.isdigit():
            value = int(part)
        elif part in env:
            value = env[part]
        else:
            raise Unbound(part)
        total += sign * value
        sign = 1
    return total


def substitute(meaning: str, values: dict) -> str:
    """The meaning with placeholders replaced by numbers and ``{l+1}`` layer arithmetic done."""
    text = meaning
    for letter, value in values.items():
        text = re.sub(rf"(?<![A-Za-z_.]){re.escape(letter)}(?![A-Za-z_0-9])", f"({value})", text)

    def layer(match):
        return match.group(1) + str(_integer_arithmetic(match.group(2), meaning))

    return re.sub(r"([A-Za-z]+)\{([^{}]*)\}", layer, text)


def _integer_arithmetic(text: str, meaning: str) -> int:
    try:
        tree = ast.parse(text, mode="eval").body
    except SyntaxError:
        raise FormulaError(f"notation meaning {meaning!r}: cannot read the layer {{{text}}}") from None

    def value(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
            return node.value
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -value(node.operand)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult)):
            left, right = value(node.left), value(node.right)
            if abs(left) > 10**6 or abs(right) > 10**6:
                raise FormulaError(f"notation meaning {meaning!r}: the layer {{{text}}} is too large")
            return {ast.Add: left + right, ast.Sub: left - right, ast.Mult: left * right}[type(node.op)]
        raise FormulaError(f"notation meaning {meaning!r}: the layer {{{text}}} must be whole-number"
                           " arithmetic on the placeholders, e.g. W{l+1}[k, i-1]")

    return value(tree)


def superscript_forms(sup: str) -> tuple[str, ...]:
    """A superscript as written and, for a layer in square brackets, without them: ``[i]`` (Ng's layer,
    any letter) is ``i``, as ``[l]`` and ``[2]`` always are (syntax_scripts); a bracket the notation
    reads as no layer stays a step of an update (``\\theta^{[n]}``, reading_symbols)."""
    inner = re.fullmatch(r"\[\s*([^\[\]]+?)\s*\]", sup)
    return (sup, inner.group(1)) if inner else (sup,)


@lru_cache(maxsize=4096)  # (each pattern matched against each symbol read: the same few scripts)
def braced_scripts(script: str) -> str:
    """A script's own scripts braced, as TeX reads them: ``ij_x`` is ``ij_{x}`` (one letter, digit or command
    after the underscore), so a formula's w_{ij_x} and a pattern's "w_{ij_{x}}" are one symbol."""
    return re.sub(r"([_^])\s*(\\[A-Za-z]+|[^{\s\\])", r"\1{\2}", script)


_INDEX_TOKEN = r"(?:\d+|[A-Za-z]|\\[A-Za-z]+)"
_INDEX_EXPRESSION = _INDEX_TOKEN + r"(?:[+-]" + _INDEX_TOKEN + r")*"
_SINGLE = r"(?:\d|[A-Za-z]|\\[A-Za-z]+)"


def script_regexes(script: str, indices: str, tag: str, placeholders: list) -> list[str]:
    """Regexes for a pattern's subscript or superscript: placeholders become named groups."""
    if not script:
        return ["^$"]
    parts = re.findall(r"\\[A-Za-z]+|.", script)
    is_placeholder = [len(part) == 1 and part in indices for part in parts]
    # a lone digit beside a placeholder is an index position of its own, a literal one: "weight1_{4k}" (row 4 of
    # the array) matches code's weight1[4][k], weight1_{4,k}, as "weight1_{ij}" matches weight1_{4,k}; only with a
    # letter in the placeholder's place, as a formula writes it (a loop's l): a matrix's entries taken one by one,
    # \Theta_{1,0} of \Theta^{(3)} beside "\Theta_{i0}" (a bias column), and a rule's letter at its values,
    # weight1[m][n] at m = 4, stay the placeholder pattern's, as before
    is_position = [placeholder or (part.isdigit() and not any(
        0 <= near < len(parts) and parts[near].isdigit() for near in (position - 1, position + 1)))
        for position, (part, placeholder) in enumerate(zip(parts, is_placeholder))]
    literal_positions = any(position and not placeholder for position, placeholder in zip(is_position, is_placeholder))
    variants = []
    for with_commas in (False, True):
        out, count, adjacent_seen = [], {}, False
        for position, part in enumerate(parts):
            if not is_placeholder[position]:
                literal_position = with_commas and is_position[position] and any(
                    0 <= near < len(parts) and is_placeholder[near] for near in (position - 1, position + 1))
                out.append(("," if literal_position and position > 0 and is_position[position - 1] else "")
                           + re.escape(part))
                continue
            placeholders.append(part)
            count[part] = count.get(part, 0) + 1
            group = f"{part}_{tag}{count[part]}"
            before = is_placeholder[position - 1] if position > 0 else False
            after = is_placeholder[position + 1] if position + 1 < len(parts) else False
            beside = (position > 0 and is_position[position - 1]) or (position + 1 < len(parts)
                                                                      and is_position[position + 1])
            if before or after or beside:
                adjacent_seen = True
                if with_commas:
                    comma = position > 0 and is_position[position - 1]
                    written = r"(?=[^,]*[A-Za-z])" if literal_positions else ""
                    out.append(("," if comma else "") + f"(?P<{group}>{written}{_INDEX_EXPRESSION})")
                elif before or after:
                    out.append(f"(?P<{group}>{_SINGLE})")
                else:  # weight1_{4k} unspaced: k as before, whatever follows the 4
                    out.append(f"(?P<{group}>{_INDEX_EXPRESSION})")
            else:
                out.append(f"(?P<{group}>{_INDEX_EXPRESSION})")
        variants.append("".join(out))
        if not adjacent_seen:
            break
    return variants


def with_index_values(sym: Sym, env) -> tuple:
    """``sym`` with its index letters' values as numbers, then its subscript's alone (x_0^{(i)}); () if none has."""
    def replace(script: str) -> str:
        def one(match):
            letter = match.group(0)
            if not dict.__contains__(env, letter):
                return letter
            return str(dict.__getitem__(env, letter))
        # A_{i-1} at i = 1 is A_{0}, so that a pattern naming layer 0 literally ("A[0]") is found
        return re.sub(r"(?<![\w)}\]])-?\d+(?:\s*[-+]\s*\d+)+", _summed, re.sub(r"\\[A-Za-z]+|[A-Za-z]", one, script))

    sub, sup = replace(sym.sub), replace(sym.sup)
    if (sub, sup) == (sym.sub, sym.sup):
        return ()
    return Sym(sym.base, sub, sup, sym.primes, sym.bracket, sym.position), Sym(sym.base, sub, sym.sup, sym.primes,
                                                                              sym.bracket, sym.position)


def _summed(terms: re.Match) -> str:
    """The value of a run of whole numbers added and subtracted (``1-1``, ``-1 - 1``), as digits."""
    return str(sum(int(term.replace(" ", "")) for term in re.findall(r"[-+]?\s*\d+", terms.group(0))))
