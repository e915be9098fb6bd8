"""Code's comment marks, one table (COMMENT_MARKS): each mark, the languages that write it, and where it opens a
comment rather than an operator, a percentage or a sign. The one definition the readers share:
typography_comments (check's reading of a formula's comments: a remark, worked numbers, or a claim of its own),
function_syntaxes and function_definitions (a function's body, its comments aside), and TeX's ``%`` here
(tex_comments, latex_comments), which grade's documents (math_spans) and check's formulas (typography_rows) both
drop: what TeX never typesets is no claim; and MATLAB's code commented out (commented_out_code).

Where a mark opens a comment (``marker`` is the pattern typography_comments.COMMENT puts together, after its own
rule for the position before the mark: a line's start, a space, a statement's ``;`` or code glued before it):

- ``#`` (Python, R, Julia, Ruby, Perl, shell; Octave's too): after a space or glued to code, never TeX's ``#1``,
  ``\\#`` nor HTML's ``&#x``;
- ``//`` (C, C++, C#, Java, JavaScript, TypeScript, Go, Rust, Swift, Kotlin, Scala): opening a line, after a
  statement's ``;``, or after code before words or worked numbers (elsewhere Python's floor division ``a // b``);
- ``/* ... */`` (the same languages), a block: read as a ``//`` comment on each of its lines (block_comments);
- ``%`` (MATLAB, Octave; TeX; Erlang's, set aside in its definition's body, erlang_definitions): opening a line, MATLAB's where the formula is no LaTeX (no control word, no
  ``\\\\``, no mathematics between delimiters), TeX's otherwise; after a statement's ``;``, MATLAB's; elsewhere a
  percentage (``95%``) or a modulo (``a % b``), never a comment;
- ``--`` (Lua, Haskell, SQL): opening a line before a space or a letter, or after an assignment and a space before
  words; never a decrement (``x--``), a minus of a minus (``a -- b``) nor a rule of dashes (``---``);
- ``{- ... -}`` (Haskell), a block: set aside in a Haskell definition's body (haskell_definitions);
- ``;`` (Clojure, Lisp, Scheme): set aside inside a Lisp form (lisp_ml_definitions), never
  elsewhere (C's statement's end).
- ``(* ... *)`` (OCaml, F#, Pascal) and Pascal's ``{ ... }``, blocks, and ``//`` in F# and Pascal (Delphi's): set
  aside in a definition's body in those languages (function_syntaxes), never in a formula.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import lazy_pattern
from .script_letters import OTHER_SCRIPT_WORDS


@dataclass(frozen=True)
class CommentMark:
    """One comment mark: ``opener`` (and ``closer`` for a block, "" for a comment to the end of its line), the
    ``languages`` that write it, and ``marker``, the pattern of the mark where it may open a comment."""

    opener: str
    closer: str
    languages: tuple[str, ...]
    marker: str


_C_FAMILY = ("C", "C++", "C#", "Java", "JavaScript", "TypeScript", "Go", "Rust", "Swift", "Kotlin", "Scala")

COMMENT_MARKS = (
    # (a # before a digit or another #, TeX's macro parameter #1 and ##, is no comment)
    CommentMark("#", "", ("Python", "R", "Julia", "Ruby", "Perl", "shell", "Octave"), r"#(?![0-9#])"),
    CommentMark("//", "", (*_C_FAMILY, "F#", "Pascal"), r"//"),
    CommentMark("/*", "*/", _C_FAMILY, r"/\*"),
    # a line's own % (any), or MATLAB's % after a statement's ; (typography_comments' group "end")
    CommentMark("%", "", ("MATLAB", "Octave", "TeX", "Erlang"), r"^[ \t]*%|(?(end)%|(?!))"),
    # a line's own -- before a space or a letter, or -- between spaces after code (never ---, nor x-- after a name)
    CommentMark("--", "", ("Lua", "Haskell", "SQL"), r"^[ \t]*--(?=[ \t]|[A-Za-z])|(?<=[ \t])--(?=[ \t])"),
    CommentMark("{-", "-}", ("Haskell",), r"\{-"),
    # Lisp's ; to the end of its line, read inside a Lisp form only (lisp_ml_definitions): elsewhere a ; ends C's
    # statement or parts two claims, so its marker opens no comment in a formula's text
    CommentMark(";", "", ("Clojure", "Lisp", "Scheme"), r"(?!)"),
    CommentMark("(*", "*)", ("OCaml", "F#", "Pascal"), r"\(\*"),
    CommentMark("{", "}", ("Pascal",), r"\{"),
)


def comment_mark(opener: str) -> CommentMark:
    """The table's entry for ``opener``."""
    return next(mark for mark in COMMENT_MARKS if mark.opener == opener)


def languages_of(opener: str) -> tuple[str, ...]:
    """The languages whose comments ``opener`` opens."""
    return comment_mark(opener).languages


#: a line comment's mark (those that run to the end of their line), as COMMENT_MARKS lists them
LINE_MARKERS = "|".join(mark.marker for mark in COMMENT_MARKS if not mark.closer)
#: a comment's words of another script than Latin's (// 动量项, // скорость, // mise à jour): prose, as two Latin words
#: in a row are (typography_comments.PROSE_WORDS), never an operand of code (a // b, the floor division's)
OTHER_SCRIPT_PROSE = lazy_pattern(OTHER_SCRIPT_WORDS)


def comments_of(language: str) -> re.Pattern:
    """Every comment ``language`` writes, by the table: a line comment's mark to the end of its line, a block's from
    its opener to its closer (the first after it)."""
    return re.compile("|".join(re.escape(mark.opener) + (r".*?" + re.escape(mark.closer) if mark.closer else r"[^\n]*")
                               for mark in COMMENT_MARKS if language in mark.languages), re.S)


#: C's comments (and C++'s, Java's, Go's, Rust's, ...): // to the end of its line, or a block /* ... */
C_COMMENT = comments_of("C")
#: what makes a text LaTeX, where a % opening a line is TeX's comment and not MATLAB's: a control word (\\frac,
#: \\cdot) or a row break \\\\
LATEX_MARKUP = lazy_pattern(r"\\(?:[A-Za-z]|\\)")
#: the comments of MATLAB's function files: % (and Octave's #) to the end of its line
MATLAB_COMMENT = comments_of("Octave")
#: Haskell's comments: -- to the end of its line, or a block {- ... -}
HASKELL_COMMENT = comments_of("Haskell")

# a block comment on lines of its own or after code: /* ... */ (its inner lines' leading * the block's margin)
_BLOCK = lazy_pattern(r"/\*(?P<inside>.*?)\*/", re.S)
_MARGIN = lazy_pattern(r"^[ \t]*\*(?!\*)[ \t]?")


def block_comments(text: str) -> str:
    """``text`` with each block comment ``/* ... */`` written as ``//`` comments, one per line it holds (its lines'
    leading ``*``, the block's margin, dropped; an empty line of the block dropped): ``/* dE/dw = (o - t) * x */``
    is ``// dE/dw = (o - t) * x``, a comment as any ``//`` one, read by typography_comments' rules. A ``/*``
    never closed stays as written."""
    if "/*" not in text:
        return text

    def block(match: re.Match) -> str:
        lines = [_MARGIN.sub("", line).strip() for line in match.group("inside").split("\n")]
        lines = [line for line in lines if line]
        # code after the block on its line, /* note */ z = w * x, goes on on a line of its own
        line_end = match.string.find("\n", match.end())
        after = match.string[match.end():line_end if line_end >= 0 else None]
        return "\n".join("// " + line for line in lines) + ("\n" if after.strip() and lines else "")
    return _BLOCK.sub(block, text)


#: MATLAB's statement after a line's % (a line of code commented out): a name (a struct's field too, prob.ho_w; its
#: index in parentheses, a loop's "delta(j)", or none), =, an expression without TeX's backslash, and the statement's
#: closing ; (which TeX's comments do not end with), "%     z1 = W2(2:end) .* del2;", "%delta_h(j) = h * (1.0 - h) *
#: s;" (group 1 the statement, 2 its name)
COMMENTED_STATEMENT = lazy_pattern(r"^[ \t]*%[ \t]*(([A-Za-z]\w*(?:\.[A-Za-z]\w*)*)(?:\([^()=\\\n%]*\))?[ \t]*=(?!=)"
                                   r"[^=\\\n%]*\S[ \t]*;)[ \t]*$", re.M)


def commented_out_code(text: str) -> str:
    """``text`` without its lines of MATLAB's code commented out (COMMENTED_STATEMENT, ``%tmp(k) = (p - y) * (1 -
    p^2);``): code the author took out, no claim (homework.uncommented_statements has read, before, those whose name
    the notation gives). A ``%`` line of any other shape, ``% E = -0.5*(d-y)^2``, stays: a comment holding a claim."""
    return COMMENTED_STATEMENT.sub("", text) if "%" in text else text


# TeX's comment, % to the end of its line, where no backslash escapes it: an even run of backslashes before it (none,
# or \\\\, a row break) leaves it a comment, an odd one (\\%) makes it a percent sign; group 1 the run, kept
TEX_COMMENT = lazy_pattern(r"(?<!\\)((?:\\\\)*)%[^\n]*")
# a display's delimiters ($$, \[, an environment, a math fence) around a formula: its lines are TeX's
_DISPLAY = lazy_pattern(r"\$\$|\\\[|\\begin\{|^```(?:math|\{math\})", re.M)
# a line of its own opening with %
_COMMENT_LINE = lazy_pattern(r"^[ \t]*%[^\n]*", re.M)


def tex_comments(text: str) -> str:
    """LaTeX ``text`` without its comments: what TeX never typesets (``s = 0.953\\\\%`` is the row ``s = 0.953`` and
    its break) is not the author's claim. The one definition of TeX's comment: mathematics between delimiters
    (math_spans, grade's documents and check's inline formulas) and a formula with LaTeX's markup
    (typography_rows.rows) both drop theirs with it."""
    return TEX_COMMENT.sub(r"\1", text) if "%" in text else text


def latex_comments(text: str, written: str = "") -> str:
    """``text`` without TeX's comments where it is LaTeX (a control word or a row break in it); without its lines
    opening with ``%`` where the formula as ``written`` is a display (``$$``, ``\\[``, an environment, a math fence:
    inside mathematics, as grade reads a document, such a line is TeX's comment whatever it holds). A plain text's
    ``%`` (``accuracy = 95%``, Octave's comment after ``;``, MATLAB's comment line ``% E = 0.5*(d-y)^2``) is left to
    the rules of its language (typography_comments)."""
    if "%" not in text:
        return text
    if LATEX_MARKUP.search(text):
        return tex_comments(text)
    return _COMMENT_LINE.sub("", text) if _DISPLAY.search(written) else text
