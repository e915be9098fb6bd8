"""Commands that decorate a symbol, as typography.clean takes them apart: accents (``\\hat{y}``), fonts
(``\\mathbf{W}``, ``\\textbf{l}``, ``\\boldsymbol{\\delta}``), and the notes, colours and boxes around a
formula's parts (``\\underbrace{X}_{\\text{note}}``, ``\\color{red}``, ``\\boxed{X}``).

A decoration written over a letter with its scripts inside, ``\\hat{y_{j}}``, ``\\mathbf{w_{ij}^{(2)}}``,
``\\bar{a_j}'``, is the decorated letter with those scripts: :func:`scripts_outside_decorations` writes
them outside (``\\hat{y}_{j}``), so that the notation's patterns and the formula's symbols match
whichever way a homework writes them. String rewriting with bounded loops, as typography's.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from ..patterns import lazy_pattern, longest_first
from .brackets import GROUPS, PRINTED_BRACES, outside_brackets
from .syntax_tree import RELATION_COMMAND, _DECORATIONS

# Fonts that only mark a symbol (bold for a vector or a matrix): dropped, their argument kept. A
# letter keeps its meaning and its scripts (\mathbf{W}^{(2)} is W^{(2)}).
_KEEP_ARGUMENT = ["boxed", "mathbf", "textbf", "boldsymbol", "bm", "vec", "mathit", "mathnormal", "pmb", "cancel",
                  "bcancel", "xcancel", "cancelto{[^{}]*}", r"smash\s*\[[tb]\]", "smash", "displaystyle",
                  "mathbfit"]
#: The commands a formula sets words in, whatever they say (a remark, a label, a lead-in): LaTeX's text-mode
#: commands, \text, \textrm, \textit, \textnormal, \textsf, \texttt, plain TeX's \mbox and \hbox, and \mathrm,
#: the upright font math-mode authors set words in (\mathrm{where})
PROSE_COMMANDS = ("text", "textrm", "textit", "textnormal", "textsf", "texttt", "mbox", "hbox", "mathrm")
#: The commands that set their argument as text, words or an upright name: those, and the upright fonts of a name,
#: \mathsf, \mathtt, AMS's \operatorname (\operatorname*, an operator's name: \operatorname{act}'(z) is no words)
#: and plain TeX's \rm. typography.clean writes each as \text; a reader of the words it is given (\text{if },
#: \mbox{ and }, \mathrm{where}) or of a name takes them all
TEXT_COMMANDS = (*PROSE_COMMANDS, "mathsf", "mathtt", "operatorname", "rm")


def _command_pattern(commands: tuple) -> str:
    """One of ``commands`` as a pattern: its backslash and name (\\operatorname's star with it), no letter after it."""
    return r"\\(?:%s)(?![A-Za-z])" % "|".join(
        sorted(command + (r"\*?" if command == "operatorname" else "") for command in commands))


#: one of them as a pattern (PROSE_COMMAND: one of the prose commands)
TEXT_COMMAND = _command_pattern(TEXT_COMMANDS)
PROSE_COMMAND = _command_pattern(PROSE_COMMANDS)
#: a command a formula's words may be set in where the words are known (\text{ not }, \textbf{where}): the text
#: commands and bold text, which around a letter is the letter's bold (\textbf{W}, kept as a decoration above)
WORD_COMMAND = r"(?:%s|\\textbf(?![A-Za-z]))" % TEXT_COMMAND
#: the commands whose argument may be a name of several letters, read whole (\operatorname{act}, \mathit{act},
#: a set's members \{\mathit{cat}, \mathit{dog}\}): the text commands and math italic
NAME_COMMANDS = (*TEXT_COMMANDS, "mathit")
# Invisible boxes that only reserve room (\vphantom{\sum_i^n} beside a term under a brace, \phantom{-}0.5 aligning a
# column): dropped with their argument, which TeX never prints (\smash's argument is printed: kept, above)
PHANTOMS = ("phantom", "vphantom", "hphantom")
# Everything that may decorate a letter whose scripts it encloses; the upright fonts become \text later,
# a name (\text{out}_{h1}), and so keep their scripts outside too
_OVER_A_LETTER = sorted({command[1:] for command in _DECORATIONS} | {"mathbf", "textbf", "boldsymbol", "bm", "bf", "vec",
                                                                     "mathit", "mathnormal", "pmb", "mathbfit",
                                                                     "mathrm", "mathsf"}, key=longest_first)
_GROUP = r"\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}"
_SCRIPT = r"[_^]\s*(?:" + _GROUP + r"|\\[A-Za-z]+|[A-Za-z0-9])"
# \hat{ y_{j}^{(2)}' }: a letter, a Greek letter or a word, then scripts and primes
_DECORATED_WITH_SCRIPTS = lazy_pattern(
    r"\\(?P<command>" + "|".join(_OVER_A_LETTER) + r")(?![A-Za-z])\s*\{\s*(?P<base>[A-Za-z]+|\\[A-Za-z]+)\s*"
    r"(?P<scripts>(?:(?:" + _SCRIPT + r")\s*|'\s*)+)\}")


# the fonts under which a letter may be another symbol (\mathcal{L} the loss beside the layer count L): typography
# keeps them on their letter; where the notation names no such symbol they are a font on the letter, as \mathbf is
_LETTER_FONT = lazy_pattern(r"\\(?:mathcal|mathscr|mathfrak)\{\s*([A-Za-z]|\\[A-Za-z]+)\s*\}", needs=("\\math",))


def font_letter(base: str) -> str | None:
    """The letter under a script or fraktur font, ``y`` of ``\\mathcal{y}`` (``\\sigma`` of
    ``\\mathcal{\\sigma}``); None for any other name."""
    match = _LETTER_FONT.fullmatch(base)
    return match.group(1) if match else None


@lru_cache(maxsize=None)
def needle(pattern: str) -> str:
    """What every match of ``pattern`` (a command's name; a regex of typography's _DROP or _SPACES)
    holds: its backslash and letters (``\\cancelto``, ``\\label``), or ``\\,`` or ``~``. A pattern is
    run only on a text holding its needle: compiling all sixty, in every process, was most of
    clean()'s part in a check's start-up."""
    if pattern == "~":
        return pattern
    body = pattern.removeprefix("\\\\")
    letters = len(body) - len(body.lstrip(string.ascii_letters))
    return "\\" + (body[:letters] if letters or body[:1] not in ",;:! " else body[0])


def scripts_outside_decorations(text: str) -> str:
    """``\\hat{y_{j}}`` as ``\\hat{y}_{j}``, ``\\mathbf{w_{ij}}^{(2)}`` as ``\\mathbf{w}_{ij}^{(2)}``: the
    scripts written inside a decoration are the decorated letter's. Where a script of the same kind
    also follows the braces (``\\hat{y_j}_k``), TeX's double script stays as written (and is refused)."""
    for _ in range(200):
        changed = False
        for match in _DECORATED_WITH_SCRIPTS.finditer(text):
            inside = re.findall(_SCRIPT + "|'", match.group("scripts"))
            kinds = [script[0] for script in inside if script != "'"]
            after = re.match(r"\s*(?:'\s*)*(?P<kinds>(?:(?:" + _SCRIPT + r")\s*)*)", text[match.end():])
            outside = re.findall(_SCRIPT, after.group("kinds"))
            if len(set(kinds)) < len(kinds) or {script[0] for script in outside} & set(kinds):
                continue
            moved = "".join(inside)
            text = (text[:match.start()] + f"\\{match.group('command')}{{{match.group('base')}}}" + moved
                    + text[match.end():])
            changed = True
            break
        if not changed:
            return text
    return text


# y_\text{hat}: a script that is one command with its one argument, without the braces TeX does not need there
_COMMAND_SCRIPT = lazy_pattern(r"([_^])\s*(\\(?:"
                               + "|".join(sorted({*_OVER_A_LETTER, *TEXT_COMMANDS}, key=longest_first))
                               + r")\s*\{[^{}]*\})")


def braced_command_scripts(text: str) -> str:
    """``y_\\text{hat}`` as ``y_{\\text{hat}}``: a script written as a font or accent command with its
    argument is that whole group (read without the braces, the script would be the command alone)."""
    return _COMMAND_SCRIPT.sub(r"\1{\2}", text) if "\\" in text else text


# the math fonts whose argument may be a list, CE(\mathbf{y, \hat{y}}): each name bold
_BOLD_LISTS = ("mathbf", "boldsymbol", "bm", "vec", "pmb", "mathbfit")
# plain TeX's \bf with a braced argument, \bf{\theta}, as \mathbf (the switch {\bf x} is typography's)
_BF_BRACED = lazy_pattern(r"\\bf(?![A-Za-z])\s*(?=\{)")


# Ng's gradient name before a bold letter, d\textbf{W}^{[2]}: the name dW^{[2]}, as written without bold (d then
# W apart would be a factor d no notation names)
_D_BEFORE_BOLD = lazy_pattern(r"(?<![A-Za-z\\])d\s*\\(?:mathbf|textbf|boldsymbol|bm)\s*\{\s*([A-Za-z])\s*\}")


# a font around one letter glued to the name after it, \mathbf{d}Z^{[2]}, \boldsymbol{d}W, \mathrm{d}w (and bold on both,
# \mathbf{d}\mathbf{W}): Ng's notes print the d of a gradient's name bold or upright; 1 the letter, 2 the rest of the
# name (letters and digits), 3 the rest as one letter under a font of its own
_FONTS_OF_A_NAME = r"\\(?:mathbf|textbf|boldsymbol|bm|pmb|mathbfit|mathrm|textrm|mathit|mathsf|mathnormal)"
_FONT_LETTER_GLUED = lazy_pattern(_FONTS_OF_A_NAME + r"\s*\{\s*([A-Za-z])\s*\}"
                                  r"(?:([A-Za-z][A-Za-z0-9]*)|" + _FONTS_OF_A_NAME + r"\s*\{\s*([A-Za-z])\s*\})",
                                  needs=("bm", "boldsymbol", "mathbf", "mathit", "mathnormal", "mathrm", "mathsf", "pmb", "textbf", "textrm"))
# plain TeX's switch in a group, {\rm d}b^{[2]}, and TeX's bare group, {d}z^{[2]}, before a name: 1 the letter, 2 the
# rest of the name (read after the fonts above, so that a group it leaves as written never holds their text)
# where a group is a script or a command's argument, never a name's letter: after _ or ^, or a command's name
_ARGUMENT_PLACE = lazy_pattern(r"(?:[_^]|\\[A-Za-z]+)\s*$")
_GROUP_LETTER_GLUED = lazy_pattern(r"\{\s*(?:\\(?:rm|bf|it|mathrm)(?![A-Za-z])\s*)?([A-Za-z])\s*\}([A-Za-z][A-Za-z0-9]*)")


def font_glued_names(text: str, named: Callable[[str], bool] = lambda name: True) -> str:
    """``text`` with each font around one letter glued to the name after it (``\\mathbf{d}Z``, ``\\mathrm{d}w``,
    ``\\mathbf{d}\\mathbf{W}``, plain TeX's ``{\\rm d}b``, a group ``{d}z``) written as the one name (``dZ``, ``dw``,
    ``dW``, ``db``, ``dz``) where ``named`` says it is one (a notation's pattern is, written so; a formula's name where
    its notation gives it): typography, as a font on a lone letter is. Elsewhere as written, a font on the letter
    (\\mathbf{d} times Z), and a group that is a script's (``x^{d}z``)."""
    def glued(match: re.Match[str]) -> str:
        font = match.re is _FONT_LETTER_GLUED.compiled()
        name = match.group(1) + (match.group(2) or "") + (match.group(3) or "") if font else match.group(1) + match.group(2)
        if not named(name) or not font and _ARGUMENT_PLACE.search(match.string[:match.start()]):
            return match.group(0)  # Y^{d}z, \\hat{d}z: the group is the script's, the command's argument
        # after a command's name (\\alpha\\mathbf{d}w) a space keeps the name from gluing to it (\\alphadw)
        return (" " if match.start() and match.string[match.start() - 1].isalpha() else "") + name
    if "\\" in text:
        text = _FONT_LETTER_GLUED.sub(glued, text)
    return _GROUP_LETTER_GLUED.sub(glued, text) if "{" in text else text


# a lone letter set upright inside a subscript beside what precedes it there, \omega_{j \text{k}} (\mathrm by now \text)
_UPRIGHT_SCRIPT_LETTER = lazy_pattern(r"(_\s*\{[^{}]*?)\\text\s*\{\s*([A-Za-z])\s*\}", needs=("\\text",))


def upright_script_letters(text: str) -> str:
    """``text`` with each lone letter set upright in a subscript, ``\\omega_{j \\text{k}}`` (a KaTeX page's
    ``\\mathrm{k}``, ``\\text{j}``), written as the letter, ``\\omega_{j k}``: an index letter as any other (the
    notation's patterns are read through the same typography, so a pattern written so is the same letter)."""
    if "\\text" not in text:
        return text
    for _ in range(text.count("\\text")):  # one letter a pass: the group's text before it holds no brace
        text, found = _UPRIGHT_SCRIPT_LETTER.subn(r"\1 \2 ", text, count=1)
        if not found:
            break
    return text


def keep_decorated(text: str) -> str:
    """The fonts of ``_KEEP_ARGUMENT`` dropped, their argument kept."""
    text = _BF_BRACED.sub(r"\\mathbf", text) if "\\bf" in text else text
    text = _D_BEFORE_BOLD.sub(r"d\1", text) if "d\\" in text else text
    for command in _KEEP_ARGUMENT:
        text = unwrap(text, command, drop_after=False)
    # a font around a script's whole content, \sum_{\mathit{k \in S}}, leaves its group inside the script's braces:
    # TeX's _{{k \in S}} is _{k \in S}
    return _SCRIPT_DOUBLE_BRACES.sub(r"\1{\2}", text) if "{{" in text else text


_SCRIPT_DOUBLE_BRACES = lazy_pattern(r"([_^])\{\s*\{((?:[^{}]|\{[^{}]*\})*)\}\s*\}")


def braced_end(text: str, start: int) -> int | None:
    """The index just past the brace group that opens at ``start`` (None if there is none)."""
    if start >= len(text) or text[start] != "{":
        return None
    depth = 0
    for position in range(start, len(text)):
        if text[position] == "{" and (position == 0 or text[position - 1] != "\\"):
            depth += 1
        elif text[position] == "}" and text[position - 1] != "\\":
            depth -= 1
            if depth == 0:
                return position + 1
    return None


def skip_spaces(text: str, position: int) -> int:
    """The first index from ``position`` on that is not a space (``len(text)`` if there is none)."""
    while position < len(text) and text[position] == " ":
        position += 1
    return position


class _Rewrite(NamedTuple):
    """What replaces one command: ``replacement`` stands for the text from the command's backslash up to
    ``end``; with ``last``, no later command is rewritten."""
    replacement: str
    end: int
    last: bool = False


def _rewrite_commands(text: str, command: str, rewrite: Callable[[str, re.Match[str]], _Rewrite]) -> str:
    """``text`` with each ``\\command`` (a command's name, or a regex of one) rewritten by ``rewrite``, the
    leftmost first, searching again from the start after each rewrite (at most 200)."""
    if needle(command) not in text:
        return text
    pattern = re.compile(r"\\" + command + r"(?![a-zA-Z])\s*")
    for _ in range(200):
        match = pattern.search(text)
        if not match:
            return text
        rewritten = rewrite(text, match)
        text = text[:match.start()] + rewritten.replacement + text[rewritten.end:]
        if rewritten.last:
            return text
    return text


_ONE_TOKEN = lazy_pattern(r"[A-Za-z]|\\[A-Za-z]+")


def unwrap(text: str, command: str, drop_after: bool) -> str:
    """Replace ``\\command{X}`` (and, with ``drop_after``, a following ``_{...}`` or ``^{...}``
    annotation, as in ``\\underbrace{X}_{note}``) by ``{X}``; without it, one letter ``X`` by ``X`` and a space. A
    ``\\command`` without its braces takes the one letter or command after it, as TeX does (``\\mathbf a``);
    before anything else, or with ``drop_after``, it is dropped, and the later ones stay."""
    def rewrite(text: str, match: re.Match[str]) -> _Rewrite:
        end = braced_end(text, match.end())
        token = None if drop_after or end is not None else _ONE_TOKEN.match(text, match.end())
        if token:  # \mathbf a, as TeX reads it: the one token after it is the argument, \mathbf{a}
            inner, rest = token.group(0), token.end()
        elif end is None:
            return _Rewrite("", match.end(), last=True)
        else:
            inner, rest = text[match.end() + 1:end - 1], end
        if drop_after:
            after = skip_spaces(text, rest)
            if after < len(text) and text[after] in "_^":
                after = skip_spaces(text, after + 1)
                group_end = braced_end(text, after)
                rest = group_end if group_end is not None else min(after + 1, len(text))
        if not drop_after and re.fullmatch(r"\s*([A-Za-z]|\\[A-Za-z]+)\s*", inner):
            # \boldsymbol{\delta}^{(1)}: one letter keeps its scripts, as if never decorated; after a command's
            # name (\cdot\mathbf{x}) a space keeps the letter from gluing to it (\cdotx)
            glued = match.start() > 0 and text[match.start() - 1].isalpha()
            return _Rewrite((" " if glued else "") + inner.strip() + " ", rest)
        if not drop_after and (_holds_relation(inner) or command in _BOLD_LISTS and _holds_comma(inner)):
            # \boxed{dZ2 = A2 - Y}: a box around a whole claim; its braces would make the claim one group. A bold
            # list, CE(\mathbf{y, \hat{y}}): the arguments each bold, not one group
            return _Rewrite(" " + inner + " ", rest)
        return _Rewrite("{" + inner + "}", rest)
    return _rewrite_commands(text, command, rewrite)


def _holds_comma(text: str) -> bool:
    """Whether ``text`` holds a comma outside any brace group of its own (a list: y, \\hat{y})."""
    return any(text[at] == "," for at in outside_brackets(text, 0, PRINTED_BRACES, GROUPS))


def _holds_relation(text: str) -> bool:
    """Whether ``text`` holds a relation (=, \\approx, \\leftarrow, ...) outside any brace group of its own."""
    return any(text[at] == "=" or text[at] == "\\" and re.match(RELATION_COMMAND, text[at:])
               for at in outside_brackets(text, 0, PRINTED_BRACES, GROUPS))


def drop_command_with_argument(text: str, command: str, arguments: int = 1) -> str:
    """``\\command`` and up to ``arguments`` braced arguments after it replaced by a space. Where the group after
    them holds a relation (a colour around a whole claim, ``\\color{red}{\\frac{\\partial L}{\\partial o} = o -
    y}``, as KaTeX and MathJax pages colour a line), its braces go too, as \\boxed's do (unwrap): they would make the
    claim one group; a group with no relation keeps its braces (``\\color{red}{(o - y)}^2``, the power's base)."""
    def rewrite(text: str, match: re.Match[str]) -> _Rewrite:
        end = match.end()
        for _ in range(arguments):
            group_end = braced_end(text, skip_spaces(text, end))
            if group_end is None:
                return _Rewrite(" ", end)
            end = group_end
        start = skip_spaces(text, end)
        group_end = braced_end(text, start)
        if group_end is not None and _holds_relation(text[start + 1:group_end - 1]):
            return _Rewrite(" " + text[start + 1:group_end - 1] + " ", group_end)
        return _Rewrite(" ", end)
    return _rewrite_commands(text, command, rewrite)


def drop_first_of_two(text: str, command: str) -> str:
    """``\\command{A}{B}`` replaced by ``{B}``: the command and its first argument dropped. Where an
    argument is missing, the command and what it has are dropped, and the later ones stay."""
    def rewrite(text: str, match: re.Match[str]) -> _Rewrite:
        first_end = braced_end(text, match.end())
        if first_end is None:
            return _Rewrite("", match.end(), last=True)
        second_start = skip_spaces(text, first_end)
        second_end = braced_end(text, second_start)
        if second_end is None:
            return _Rewrite("", first_end, last=True)
        return _Rewrite(text[second_start:second_end], second_end)
    return _rewrite_commands(text, command, rewrite)


_PHYSICS_DERIVATIVE = lazy_pattern(r"\\(pdv|dv)(?![a-zA-Z])\s*")


def physics_derivatives(text: str) -> str:
    """The physics package's derivatives as fractions: ``\\pdv{f}{x}`` as ``\\frac{\\partial f}{\\partial x}``,
    ``\\pdv{}{x}`` as the operator ``\\frac{\\partial}{\\partial x}``, ``\\dv{f}{x}`` as ``\\frac{d f}{d x}``. The
    other forms (``\\pdv{x}`` alone, ``\\pdv[2]{f}{x}``, the mixed ``\\pdv{f}{x}{y}``) stay as written, and are
    refused."""
    position = 0
    for _ in range(200):
        match = _PHYSICS_DERIVATIVE.search(text, position)
        if not match:
            break
        first_end = braced_end(text, match.end())
        second_start = skip_spaces(text, first_end) if first_end is not None else None
        second_end = braced_end(text, second_start) if second_start is not None else None
        after = skip_spaces(text, second_end) if second_end is not None else None
        if second_end is None or after < len(text) and text[after] == "{":  # \pdv{x}, \pdv{f}{x}{y}
            position = match.end()
            continue
        operator = r"\partial" if match.group(1) == "pdv" else "d"
        of, by = text[match.end() + 1:first_end - 1].strip(), text[second_start + 1:second_end - 1].strip()
        fraction = rf"\frac{{{operator} {of}}}{{{operator} {by}}}" if of else rf"\frac{{{operator}}}{{{operator} {by}}}"
        text = text[:match.start()] + fraction + text[second_end:]
        position = match.start() + len(fraction)
    return text
