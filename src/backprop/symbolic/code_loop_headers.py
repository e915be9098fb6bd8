"""A C-family statement written after its for loop's header on the same line (C, C++, Java, C#, JavaScript):
``for (int j = 0; j < OUTPUT_NODES; j++) W2[i][j] += eta * d2[j] * h[i];``, headers nested
(``for (i ...) for (j ...) stmt;``) and the statement in braces (``{ stmt; }``) too. The header is no part of the
formula: the statement is read alone, the header's letter its index, as a statement on its own line is read (its
letter free, judged over the array's whole range). That holds only where the header's range is that whole range: it
counts from where the notation's patterns count that letter (0 where ``"w[j]" = "W1[j]"``, 1 where ``"w[j]" =
"W1[j-1]"``), one step at a time, up to a bound with ``<`` (from 0) or ``<=`` (from 1) whose value is that range's
count (loop_bounds: a number, a name the notation gives a number, an array's length; a bound of no known value is
refused, saying to give it). Any other header (another start, arithmetic as the bound, another step, a letter the
statement does not use) is refused in one line.

JavaScript's push inside such a loop, ``const errors = []; for (let i = 0; i < n; i++) errors.push(e);``, is
``errors[i] = e``: there, the list declared empty just before the one header from 0 on the same line, the i-th push
fills the entry i. A push without them (alone on its line, the loop's header above it) is read so only where the
notation says which entry the value is: it names the list's entry by one index letter, ``"errors[i]" = ...``, counted
from 0 (the loop from 0 by one over an empty list, as the program's push fills it), and that letter is the one index
letter of the notation the value uses; a push anywhere else stays refused (code_declarations says why)."""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .code_callbacks import PY_RANGE, generator_sum_ranges
from .code_guards import guarded_statement
from .code_index_lambdas import index_lambda_range
from .formula_validation import array_sizes
from .iterator_sums import range_collected, range_sum_ranges
from .loop_bounds import bound_is_length, bound_refusal, bound_value
from .quantities import FormulaError, NetworkSymbols, short

# a header: an optional type before the letter, its start, its test (< or <=) and bound, its step by one
_HEADER = lazy_pattern(r"\s*for\s*\(\s*(?:(?:int|long|short|unsigned|size_t|auto|var|let|uint|[iu]int\d+_t)\s+)*"
                       r"(?P<letter>[A-Za-z_]\w*)\s*=\s*(?P<start>[^;]*?)\s*;\s*(?P<test_letter>[A-Za-z_]\w*)\s*"
                       r"(?P<test><=?)\s*(?P<bound>[^;]*?)\s*;\s*(?P<step>[^)]*?)\s*\)", needs=("for",))
# a bound named: the size's constant, a member, an array's length (this.hidden.length, v.size())
# a list declared empty before the header, const errors = [];, and the one statement pushing into it, errors.push(e)
_EMPTY_LIST = lazy_pattern(r"\s*(?:const|let|var)\s+(?P<name>[A-Za-z_$][\w$]*)\s*=\s*\[\s*\]\s*;", needs=("[",))
_PUSH = lazy_pattern(r"\s*(?P<name>[A-Za-z_$][\w$]*)\.push\((?P<value>.*)\)\s*;?\s*", re.S, needs=("push",))
_NAMED_BOUND = lazy_pattern(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\(\))?|len\(\s*[A-Za-z_][\w.]*\s*\)|\d+")


def _steps_by_one(step: str, letter: str) -> bool:
    return re.sub(r"\s+", "", step) in (f"{letter}++", f"++{letter}", f"{letter}+=1", f"{letter}={letter}+1")


def _first_counted(notation, letter: str) -> int | None:
    """Where the notation's patterns count ``letter`` from: 0 where their meanings index by it bare (``W1[j, i]``),
    1 where by ``j-1``; None where they say nothing of it or disagree."""
    firsts = set()
    for pattern in notation.patterns:
        if letter not in pattern.placeholders:
            continue
        for found in re.finditer(rf"(?<![\w.]){re.escape(letter)}(?!\w)\s*(?:([+-])\s*(\d+))?", pattern.meaning):
            shift = int(found.group(2) or 0) * (1 if found.group(1) == "+" else -1)
            firsts.add(-shift)
    return firsts.pop() if len(firsts) == 1 else None


def _refused(text: str, why: str) -> FormulaError:
    return FormulaError(f"formula {short(text.strip())}: {why}; write the statement alone, its letter an index over"
                        " the array's whole range, or the loop's header from where the notation counts to the size")


def loop_headers_read(text: str, notation, problem=None) -> str:
    """``text``'s statement without the for loop headers written before it on its line (see the module docstring);
    ``text`` as it is where it does not begin with such a header. FormulaError where a header's range is not the
    whole range the statement's letter is read over. ``problem``: the network, whose arrays' sizes
    the bounds' values are compared with."""
    text = guarded_statement(text, notation)  # if (i === 0) error = ...: the statement its guard is before
    if notation is not None:
        _built_bounds(text, notation, problem)
    empty = _EMPTY_LIST.match(text) if notation is not None else None
    rest = text[empty.end():] if empty else text
    if notation is None or not _HEADER.match(rest):
        return text if notation is None else _entry_pushed(text, notation) or text
    letters = []
    while (header := _HEADER.match(rest)) is not None:
        letter, start, bound = header.group("letter"), header.group("start"), header.group("bound")
        written = header.group(0).strip()
        if header.group("test_letter") != letter or not _steps_by_one(header.group("step"), letter):
            raise _refused(text, f"the loop {written} does not step its letter {letter} by one up to a bound")
        first = _first_counted(notation, letter)
        if first is None or start != str(first):
            where = "no pattern of the notation counts it" if first is None else f"the notation counts it from {first}"
            raise _refused(text, f"the loop {written} counts {letter} from {start}, and {where}")
        if not _NAMED_BOUND.fullmatch(bound) or (header.group("test") == "<") != (first == 0):
            test = "<" if first == 0 else "<="
            raise _refused(text, f"the loop {written} ends {letter} at {header.group('test')} {bound}, which is not"
                                 f" the size of what it counts from {first} (a name, with {test})")
        letters.append((letter, written, bound, first))
        rest = rest[header.end():]
    braced = re.fullmatch(r"\s*\{(.*)\}\s*;?\s*", rest, re.S)
    statement = braced.group(1) if braced else rest
    if statement.strip().rstrip(";").count(";") or not statement.strip() or "{" in statement:
        raise _refused(text, "a loop's header before more than one statement (or none) is not read")
    for letter, *_ in letters:
        if not re.search(rf"(?<![\w.]){re.escape(letter)}(?!\w)", statement):
            raise _refused(text, f"the statement after the loop does not use its letter {letter}: it would be done"
                                 " once for each, which the statement alone does not say")
    pushed = _PUSH.fullmatch(statement)
    if empty and pushed and pushed.group("name") == empty.group("name") and len(letters) == 1 \
            and letters[0][3] == 0 and _closes_last(pushed.group("value")):
        read = f"{pushed.group('name')}[{letters[0][0]}] = {pushed.group('value').strip()}"  # its first push from 0
    else:
        read = _entry_pushed(statement, notation) or statement.strip()
    # a push not read as an entry is refused downstream for what it is (code_declarations): its loop's bound aside
    sizes = _sizes(problem)
    for letter, written, bound, first in letters if not _PUSH.fullmatch(read) else ():
        if (why := bound_refusal(written, letter, bound, first, read, notation, sizes)) is not None:
            raise _refused(text, why)
    return read


def _sizes(problem):
    return lambda: array_sizes(NetworkSymbols(problem)) if problem is not None else {}


def _built_bounds(text: str, notation, problem) -> None:
    """FormulaError where an array built entry by entry over a range, on a line of ``text`` or as the whole, ranges
    over a bound whose value is not its letter's range (loop_bounds): Python's ``name = [BODY for i in range(n)]``
    (read as ``name[i] = BODY``, code_callbacks), Kotlin's ``DoubleArray(n) { i -> BODY }`` and its kin
    (code_index_lambdas) and Rust's ``(0..n).map(|i| BODY).collect()`` (iterator_sums)."""
    for line in dict.fromkeys((text, *text.splitlines())):
        if (ranged := PY_RANGE.match(line)) is not None:
            letter, bound = ranged.group("index"), ranged.group("bound")
            read, written = f"{ranged.group('name')}[{letter}] = {' '.join(ranged.group('body').split())}", \
                f"for {letter} in range({bound})"
        elif (built := index_lambda_range(line) or range_collected(line)) is not None:
            read, letter, bound, written = built
        else:
            continue
        if (why := bound_refusal(written, letter, bound, 0, read, notation, _sizes(problem))) is not None:
            raise _refused(text, why)
    # a sum over a range, sum(... for k in range(m)), (0..m).map(|k| ...).sum(): read as \sum_{k=0}^{m-1}, which
    # judges m where the notation gives its value; a name of none is refused, as a loop's (never read as the count
    # of the units k indexes: m may be another layer's)
    for letter, bound, written in (*generator_sum_ranges(text), *range_sum_ranges(text)):
        if _NAMED_BOUND.fullmatch(bound) and not bound.isdigit() and not bound_is_length(bound) \
                and bound_value(bound, notation, {}) is None:
            raise _refused(text, bound_refusal(written, letter, bound, 0, text, notation, _sizes(problem)))


def _entry_pushed(statement: str, notation) -> str | None:
    """``errors[i] = e`` for the push ``errors.push(e)`` where the notation names the list's entry by the one index
    letter e uses, counted from 0 (see the module docstring); None for any other statement."""
    pushed = _PUSH.fullmatch(statement)
    if pushed is None or not _closes_last(pushed.group("value")):
        return None
    name, value = pushed.group("name"), pushed.group("value").strip()
    letters = [letter for letter in notation.indices if re.search(rf"(?<![\w.]){re.escape(letter)}(?!\w)", value)]
    if len(letters) != 1 or _first_counted(notation, letters[0]) != 0 or not any(
            re.sub(r"\s", "", pattern.text) == f"{name}[{letters[0]}]" and letters[0] in pattern.placeholders
            for pattern in notation.patterns):
        return None
    return f"{name}[{letters[0]}] = {value}"


def _closes_last(value: str) -> bool:
    """Whether ``value``, what push's parentheses hold, closes every parenthesis it opens before its end."""
    depth = 0
    for character in value:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth < 0:
            return False
    return depth == 0
