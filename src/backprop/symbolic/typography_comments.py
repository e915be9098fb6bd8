"""Code's comments and the remarks closing a formula's line (a part of typography.py's cleaning): a comment after one of
comment_marks.COMMENT_MARKS (``#``, ``//``, ``/* */``, MATLAB's ``%`` opening a line or after a statement's ``;``,
Lua's ``--``) is a remark, the line's worked numbers, which continue its chain, or a claim of its own (a line that is
only a comment holding an equation, or an update with LaTeX's arrow, ``-- w^l \\rightarrow w^l - ...``; one led in by
a connective, or one after a statement that claims nothing, ``print(w.grad) # dloss/dw = 2 * y * x``); the prose
that leads into a comment's claims (a label before a colon, clauses between commas); an arrow's remark after a statement, ``w = w - a * g  <-- how?``.

Remarks closing a line after its formula, as a comment or an arrow's remark does: remarks on a worked member's number,
its value again as a percentage in parentheses, "= 0.659 (65.9%)", read only where it repeats the number, and a check
mark after a verified step, "= 1.000 ✓", "\\quad \\checkmark", dropped as the author's mark; and a legend's entry
after a claim on its line, a given value, a leader and its name in words, ", $\\alpha = 0.5 \\cdots \\text{Learning
rate}$", dropped as the page's setting stated beside the claim.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .comment_marks import LATEX_MARKUP, LINE_MARKERS, OTHER_SCRIPT_PROSE, block_comments
from .lead_in_words import CONCLUDING_WORDS, CONNECTIVE_WORD, LEAD_IN, RESTATING, words_before_left
from .quantities import FormulaError, short
from .syntax_tree import EXPONENT
from .typography_unicode import DASH_CHARACTERS


# code's comment to the end of its line, its marks those of comment_marks.COMMENT_MARKS (each mark's own pattern):
# # (not TeX's macro parameter #1), // (C, Java, JavaScript, Swift), % on a line of its own (MATLAB's, or TeX's
# where the formula is LaTeX: code_comments decides), MATLAB's % after a statement's ; (dW = alpha*delta*x; %delta
# rule), read as # is, and Lua's and Haskell's --
# (a statement's ; before the comment, z = w * x + b; // weighted sum, ends the statement: taken with the comment)
# (glued to the code before it too, a*(1-a)# note, or a // before two words: never TeX's \#, HTML's &#x nor an
# address's ://, and a glued // before anything else is a // b, the floor division); a # glued to an array's shape,
# #4x1 (batch 185's xr-db1), is a comment too: TeX's parameter #1 is never followed by x and a digit
COMMENT = lazy_pattern(r"(?:(?P<end>(?<!\\);)[ \t]*|^|(?<=\s)"
                      r"|(?<![\s\\:&])(?=#|//[ \t]*[A-Za-z]{2,}[,:;.]?[ \t]+[A-Za-z]{2,}))"
                      r"(?P<marker>" + LINE_MARKERS + r"|#(?=[0-9]+[x\u00d7][0-9]))"
                      r"(?P<rest>[^\n]*)$", re.M)
# an operator a code defines that opens with #, between two operands (OCaml's d #@ w, y #- o, Haskell's Data.Matrix's
# a #* b): the operator after the #, its space, and an operand after it
_HASH_OPERATOR = lazy_pattern(r"([-@*+/.^]+)[ \t]+[\w(]")
# the arrow of an update in LaTeX, w^l \rightarrow w^l - ... (syntax_arrows): in a comment, its relation as = is (a
# plain -> is no mark of a formula there: # input -> hidden is a remark)
_LATEX_UPDATE_ARROW = lazy_pattern(r"\\(?:long)?rightarrow(?![A-Za-z])|\\to(?![A-Za-z])")
# a comment that is arithmetic on numbers with its result: 1.5 * 2.0 + 0.5 = 3.5, (3.5 - 4.0)^2 = 0.25
_WORKED_NUMBERS = lazy_pattern(r"[+*/^()=.0-9\s\u00d7\u00b7" + DASH_CHARACTERS + r"]*[0-9][+*/^()=.0-9\s\u00d7\u00b7"
                               + DASH_CHARACTERS + r"]*")
# code's compound assignment, w -= eta * slope: its comment's numbers may be the step or the new value (a remark)
_COMPOUND = lazy_pattern(r"[-+*/]=")
# a run of three dashes, equals signs, stars or tildes opening a comment's text or ending it, spaced from the text: a
# heading's frame, "# --- dW = delta @ a_prev.T ---", "# === db = delta ==="
FRAMING_RUN = r"(?:-{3,}|={3,}|\*{3,}|~{3,})"
_FRAMING_RUNS = lazy_pattern(r"^[ \t]*+" + FRAMING_RUN + r"[ \t]+|[ \t]+" + FRAMING_RUN + r"[ \t]*+$")
# a line comment's mark (# or //), then its text framed by such runs, at its start or its end or both: group 1 the mark,
# 2 the opening run, 3 the text, 4 the closing run
_FRAMED_COMMENT = lazy_pattern(r"^([ \t]*+(?:#++|//)[ \t]*+)(" + FRAMING_RUN + r"[ \t]+)?(\S[^\n]*?)([ \t]+"
                               + FRAMING_RUN + r")?[ \t]*$", re.M)


def unframed_comments(text: str) -> str:
    """``text`` with each comment line's heading frame dropped: ``# --- Вычисление dW = delta @ a_prev.T (матричное
    умножение) ---`` as ``# Вычисление dW = delta @ a_prev.T (матричное умножение)``, whose label word and closing
    remark are then read as any comment line's are (label_words, formula_remarks)."""
    def unframed(match: re.Match) -> str:
        return match.group(1) + match.group(3) if match.group(2) or match.group(4) else match.group(0)
    return _FRAMED_COMMENT.sub(unframed, text) if "#" in text or "//" in text else text
# a comment that is only the value a line computes, as a print shows it: a number, or a list (nested lists) of numbers
# between commas, ``# 0.80464992``, ``# [[-0.0351], [-0.0356]]``; one of them with a decimal point at least (a comment of
# integers only, # [2, 3], is a shape or a count as often as a value: a remark)
_NUMBER = r"[+" + DASH_CHARACTERS + r"]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:" + EXPONENT + ")?"
_VALUE_NUMBERS = lazy_pattern(r"(?:" + _NUMBER + r"|\[[\[\]\s,0-9eE.+" + DASH_CHARACTERS + r"]*\])")
_DECIMAL = lazy_pattern(r"[0-9]\.[0-9]|\.[0-9]")
# a line of code assigning its left side, a name (an attribute, an index; a typed declaration's ``double x``): ``h =
# ...``, never a compound ``w += ...`` nor a comparison ``a == b``
_ASSIGNMENT = lazy_pattern(r"^[ \t]*[A-Za-z_][\w.\[\], \t]*(?<![-+*/<>!=])=(?!=)")
#: prose after //: two words of letters in a row (// the update rule), which no operand of a // b is
PROSE_WORDS = lazy_pattern(r"[A-Za-z]{2,}[,:;.]?\s+[A-Za-z]{2,}")
# such a word (or "i.e.") ending a comment's line, "# h = f(x0 w0 + b) or": the comment goes on with its next
# line, so the word is the sentence's, and the claim ends before it
# (its comma before it too; a sentence's full stop after "i.e." may be gone already)
# (it starts where its spaces do, never inside them, and each run of spaces is possessive: a long run is scanned once)
_CONNECTIVE_LAST = lazy_pattern(r"(?<!\s)(?:\s*+,\s++|\s++)(?:" + CONNECTIVE_WORD + r"|i\.\s?e\.?|ie\.?),?\s*$")
# such a word or phrase (and its comma) opening a comment that goes on with an equation: "# Therefore Z1 = ...",
# "# so w =", "# alternatively, X ="
_CONNECTIVE = lazy_pattern(r"^\s*(?:" + CONNECTIVE_WORD + r"\b|" + RESTATING + r"),?\s+(?=[^=]*=)")
# a sentence's clauses in words, then a comma and a word that concludes (capitalised or not), leading into the
# equation that ends the sentence: "// The loss derivative cancels with the activation's, so dZ = (output -
# expected)." (no = in the words before: a premise's equation, "Since E = ..., so ...", is clauses_led_in's)
_CONCLUDING_CLAUSE = lazy_pattern(r"^[^=\n]*?,[ \t]*(?i:" + CONCLUDING_WORDS + r"),?[ \t]+(?=[^=\n]*=)")
# a label in words ended by a colon before the claim: ``Loss \, function: J_t(w) = ...`` (words of two letters or
# more, spaced by blanks, \, \; \: or ~, and a number after them, a list's ``Neuron 3: h_3 = ...``; not :=, not a
# ratio)
_LABEL_SPACE = r"(?:\s|\\[,;: ]|~)+"
# a label's word of another script than Latin's may carry its English gloss glued in parentheses, 출력층 오차(delta):
# (a translation of the word; Loss (MSE): may name a symbol and stays), and two words may be joined by an arrow (a
# layer to a layer, 입력층 \to 은닉층 가중치:; a mermaid message's, Output Layer->>Hidden Layer:), words only
_LABEL_WORD = r"[^\W\d_]{2,}(?:(?<=[^\W\d_A-Za-z])\(\s*[A-Za-z]{2,}\s*\))?"
_LABEL_JOIN = r"(?:" + _LABEL_SPACE + r"|\s*(?:\\to(?![A-Za-z])|\\rightarrow(?![A-Za-z])|--?>>?|\u2192)\s*)"
# a list's item or an algorithm's step before its label, "- deltas: ...", "* Loss: ...", "3- weight update calculation:
# ...", "2) Output error: ...": its mark, no sign nor product (a label of words and its colon follow, which no operand
# is)
_ITEM_MARK = r"(?:(?:[-*+\u2022]|[0-9]+[.)-])[ \t]+)?"
# an equation's name and number, Nielsen's BP1 (a variant's BP1a), Eq3: a label as words are, "- BP1: delta^L = ..."
_EQUATION_NAME = r"(?P<named>[A-Z][A-Za-z]{0,3}[0-9]+[a-z]?)"
LABEL_BEFORE = lazy_pattern(r"^(\s*&?\s*)" + _ITEM_MARK + r"(?:" + _EQUATION_NAME + "|" + _LABEL_WORD + r"(?:"
                            + _LABEL_JOIN + _LABEL_WORD + r")*(?:" + _LABEL_SPACE + r"(?P<number>[0-9]+))?)"
                            + r"\s*:(?![=0-9])\s*", needs=(":",))
# words of two letters or more (any script's) ending in a sentence's full stop, then a space: the end of a comment's
# sentence before its equation, "expected value. e_k(n) = ..." (never a name's dot, np.sum, nor a decimal)
_SENTENCE_WORD = r"[^\W\d_]{2,}(?:['\u2019][^\W\d_]+)?"  # (a word's apostrophe, unit's, is the word's)
_SENTENCE_END_BEFORE = lazy_pattern(r"^[ \t]*(?:" + _SENTENCE_WORD + r"[ \t]+)*" + _SENTENCE_WORD + r"\.[ \t]+(?=\S)")
# a word of letters, then another name before the first =: a word before the equation's left side ("here t = 1",
# "compute dW = ..."), which lead_in_words.words_before_left judges (its comma, "here, t = 1", keeps it prose)
_WORD_BEFORE_LEFT = lazy_pattern(r"^\s*(?P<word>[A-Za-z]{2,})(?P<comma>[,:;]?)\s+(?=[A-Za-z\\][^=]*=)")


def _claim_start(rest: str) -> int | None:
    """Where a comment's equation starts in its text ``rest``: 0 where no word stands before its left side, after
    the word where that word leads into it (a step's verb, a connective: lead_in_words.words_before_left, with no
    notation known), None where the word keeps the line a remark (``# here t = 1``, or a word that may be a name)."""
    word = _WORD_BEFORE_LEFT.match(rest)
    if word is None:
        return 0
    return word.end() if not word.group("comma") and words_before_left([word.group("word")]) == LEAD_IN else None


# a question in words after //, "// Am I correct?", "// why?": prose (a remark), never Python's floor division
_QUESTION = lazy_pattern(r"[ \t]*[^\W\d_]{2,}[^=\n?]*\?[ \t]*$")
# an array's shape in brackets after //, "// (10, 2)", "// shape: (nInstances, 10)", "// [m, n]", "// (2)": a remark
# on the value's size (group "entries" the shape's), never a floor division by a tuple (one entry: after two spaces;
# a * between entries, x // (a * b), is Python's floor division by a product)
_SHAPE = lazy_pattern(r"[ \t]*(?:[A-Za-z]{2,}:?[ \t]+)?[(\[][ \t]*(?P<entries>\w+(?:[ \t]*,[ \t]*\w+)*)[ \t]*,?[ \t]*"
                      r"[)\]][ \t]*")


# a name in words and its abbreviation in parentheses before the claim's left side, no colon: "# Pérdida (MSE) L =
# 0.5 * (y - y_hat)^2", "# Loss (MSE) L = ..." (the quantity's name and its symbol, a label as one before a colon is;
# the parentheses hold words only, never an argument: "# loss(y) L = ..." stays, as does a word alone, "# here t = 1")
_NAMED_BEFORE = lazy_pattern(r"^\s*(?:[^\W\d_]{2,}\s+){0,2}[^\W\d_]{2,}\s+\(\s*[A-Za-z]{2,}(?:[ \t-][A-Za-z]{2,})*\s*\)"
                             r"\s+(?=[^\W\d][\w^{}\\']*\s*=[^=])")


# a clause of a comment's sentence: at most three words leading into an equation, "to pochodna dE/dy = ..."
_LED_IN_CLAUSE = lazy_pattern(r"[ \t]*(?:[^\W\d_]{2,}[ \t]+){0,3}(?P<claim>[^\W\d][^=]*=[^=]+)")


def clauses_led_in(text: str) -> bool:
    """Whether ``text`` is a sentence of two clauses or more between commas, each a few words leading into an
    equation with no prose in it: "Since E = (p - t)^2, the derivative dE/dp = 2(p - t)", Polish's "Skoro E = ...,
    to pochodna dE/dp = ..." (a comment's sentence, whose claims typography_prose.sentence_formulas takes apart)."""
    clauses = re.split(r",[ \t]+", arguments_closed(text))
    found = [_LED_IN_CLAUSE.fullmatch(clause) for clause in clauses]
    return len(clauses) > 1 and all(match is not None and not PROSE_WORDS.search(match.group("claim"))
                                    and _claim_start(match.group("claim")) is not None for match in found)


def arguments_closed(text: str) -> str:
    """``text`` with the spaces after a comma inside parentheses dropped: a call's arguments,
    ``np.multiply(dA, np.int64(A > 0))``, are no two words of prose in a row."""
    depth, kept = 0, []
    for character in text:
        if character.isspace() and depth > 0 and kept and kept[-1] == ",":
            continue
        depth += {"(": 1, ")": -1}.get(character, 0)
        kept.append(character)
    return "".join(kept)


def code_comments(text: str) -> str:
    """``text`` with code's comments taken apart. A comment in words is a remark, dropped (``# chain rule``,
    ``// step AGAINST the slope``); a comment that is arithmetic on numbers with ``=`` (numbers, operators,
    parentheses and ``=``, nothing else) is the line's worked numbers, members of its chain: ``z = w * x + b #
    1.5 * 2.0 + 0.5 = 3.5`` is ``z = w * x + b = 1.5 * 2.0 + 0.5 = 3.5`` (on a line of its own it goes on with the
    line before; with nothing before it, or after a compound assignment ``w -= ...``, whose numbers may be the step
    or the new value, it is dropped). A line that is only a comment holding an equation (``=``, no two words in a
    row), ``# dE/dw = (o - t) * x``, is that equation (an update with LaTeX's arrow, ``-- w^l \\rightarrow w^l - ...``,
    that update), and so is a comment whose connective leads into its
    equation after code without one (_comment_holding_claim); a line of TeX's ``%`` (in a text with LaTeX's
    markup) is dropped, whatever it holds (what TeX does not typeset is no claim: a wrong step the author took out),
    while MATLAB's ``%`` opening a line of a text without it, ``% E=-0.5*(d-y)^2``, and after a statement's ``;``
    (``dW = alpha*delta*x; %delta rule``) is read as ``#`` is; so are C's block ``/* ... */`` (a ``//`` comment on
    each of its lines, comment_marks.block_comments) and Lua's ``--`` opening a line (after code only after an
    assignment and before words: ``a -- b`` stays the minus of a minus). ``//`` is a comment only where
    Python's floor division ``a // b`` cannot be meant: at the start of a line, or after a space with nothing,
    prose (two words in a row, or words asking a question, ``// Am I correct?``) or worked numbers after it
    (these after code holding a relation: ``7 // 2 = 3`` is the floor division's equation), or after a statement's
    ``;`` (``dL_da = a - y; // ∂L/∂a``, where no operand can end), which goes with the comment; any other ``//``
    stays, and is refused as before."""
    def comment(match: re.Match) -> str:
        marker, rest = match.group("marker"), match.group("rest")
        worked = "=" in rest and _WORKED_NUMBERS.fullmatch(rest) is not None
        own_line = not text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip()
        if marker == "#" and (operator := _HASH_OPERATOR.match(rest)) is not None \
                and re.search(r"[\w)\]'][ \t]+$", text[text.rfind("\n", 0, match.start()) + 1:match.start()]):
            raise FormulaError(f"formula {short(text.strip())}: #{operator.group(1)} between two operands is an operator"
                               " the code defines (OCaml's and Haskell's matrix libraries: #@ a matrix product, #* an"
                               " entrywise one, #- a difference), no comment; write the operation it stands for"
                               " (np.dot(a, b), a * b, a - b)")
        if marker.strip() == "%" and not match.group("end") and LATEX_MARKUP.search(text):
            return ""  # TeX's comment: what TeX never typesets is not the author's claim (a wrong step taken out)
        if marker == "--" and not own_line and not (PROSE_WORDS.search(rest) and _ASSIGNMENT.match(
                text[text.rfind("\n", 0, match.start()) + 1:match.start()])):
            return match.group(0)  # a -- b, a minus of a minus: Lua's comment only after an assignment, before words
        if own_line and not worked and _holds_relation(rest):
            # "# --- Compute dW = delta @ a_prev.T ---": runs of dashes (equals signs, stars, tildes) framing a heading's
            # text are its decoration, no operator
            rest = _FRAMING_RUNS.sub("", rest)
            # "# Therefore Z1 = W1 A0 + B1": a connective leading into the equation, then the equation; a word
            # before the left side otherwise ("# here t = 1") makes the line a remark in words
            rest = _CONNECTIVE_LAST.sub("", _CONNECTIVE.sub("", rest, count=1), count=1)
            # "# For BCE loss with one output: dL/da2 = ...": a label of words before a colon is no prose around the
            # equation but its label, dropped as a row's is (typography_display.without_label_before); so is each of
            # several in a row, a status's and a heading's, "# DONE: Global formula: delta_w = ..."
            while (label := LABEL_BEFORE.match(rest)) and _holds_relation(rest[label.end():]):
                rest = rest[label.end():]
            # "// expected value. e_k(n) = d_k(n) - y_k(n).": a sentence's end (a comment's sentence broken over
            # two lines) before the equation is prose, as a label is
            named = _NAMED_BEFORE.match(rest)
            rest = rest[named.end():] if named else rest
            sentence = _SENTENCE_END_BEFORE.match(rest)
            rest = rest[sentence.end():] if sentence and _holds_relation(rest[sentence.end():]) else rest
            # "# compute dW = ...", "// Update b = ...": a step's verb before the left side leads into the equation,
            # judged by label_words (dropped where it names nothing), as on a list's item; "# here t = 1" is a remark
            start = _claim_start(rest)
            if start is not None and not _prose(rest[start:]):
                return rest.strip()  # a line that is only a comment holding an equation: that equation
            if (concluded := _concluded_claim(rest)) is not None:
                return concluded  # "// The loss ... cancels ..., so dZ = (output - expected).": the conclusion
        # worked numbers after code that holds no relation, 7 // 2 = 3, are Python's floor division's equation
        numbers_after_code = worked and "=" in text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if marker == "//" and not match.group("end") and match.start() > 0 and text[match.start() - 1] != "\n" \
                and not (numbers_after_code or not rest.strip() or PROSE_WORDS.search(rest) or _QUESTION.match(rest)
                         or OTHER_SCRIPT_PROSE.search(rest) or _shape_remark(rest, text[:match.start()])):
            return match.group(0)  # a // b: an operator, not a comment
        code = text[:match.start()].strip()
        if not own_line and _value_after_assignment(text[text.rfind("\n", 0, match.start()) + 1:match.start()],
                                                    rest):
            return " = " + rest.strip()  # h = np.dot(x, W)  # [0.13, 0.16]: the value the line computes, claimed
        if not worked or not code or _COMPOUND.search(code.splitlines()[-1]):
            return ""
        return " " + rest.strip() if rest.strip().startswith("=") else " = " + rest.strip()
    if "#" not in text and "//" not in text and "%" not in text and "--" not in text and "/*" not in text:
        return text
    text = block_comments(text)  # /* dE/dw = ... */: a // comment on each of its lines
    text = "\n".join(_comment_holding_claim(line) for line in _values_continued(text).split("\n"))
    return COMMENT.sub(comment, text)


def _shape_remark(rest: str, before: str) -> bool:
    """Whether a ``//`` comment's text ``rest`` is an array's shape (:data:`_SHAPE`): two entries or more (a tuple
    divides nothing), or one after two spaces or a tab (``x  // (2)``, a comment's layout, never an operator's)."""
    shape = _SHAPE.fullmatch(rest)
    return shape is not None and ("," in shape.group("entries")
                                  or re.search(r"(?:[ \t]{2}|\t)$", before) is not None)


def _holds_relation(rest: str) -> bool:
    """Whether a comment's text holds an equation's = or an update's LaTeX arrow (_LATEX_UPDATE_ARROW)."""
    return "=" in rest or _LATEX_UPDATE_ARROW.search(rest) is not None


def latex_comment_marker(text: str) -> str | None:
    """The comment mark of ``text`` where every line of it that holds anything is a code comment opening the line and
    what they hold is LaTeX (``-- compute the \\delta^{x, L} = ...``): the mark, for a refusal that names the comment;
    None where any line holds code or formula outside a comment, or the comments hold no LaTeX (code commented out)."""
    marks = [COMMENT.match(line.strip()) for line in text.splitlines() if line.strip()]
    if not marks or any(mark is None or mark.start() != 0 for mark in marks) \
            or not any(LATEX_MARKUP.search(mark.group("rest")) for mark in marks):
        return None
    return marks[0].group("marker").strip()


# an arrow after a complete statement, then the author's words: "w = w - a * g  <-- how did he get this?" (never R's
# or pseudo-code's assignment "w <- w - a * g", whose arrow opens the statement after a name, nor "a < -b")
_ARROW_REMARK = lazy_pattern(r"^([^\n]*=[^\n]*?\S)[ \t]+<--?(?!-)[ \t]*([^\n]*)$", re.M)


def arrow_remarks_apart(text: str) -> str:
    """``dL/dTheta = np.dot(X, dL/dA.T) <-- ... since here we take the derivative by O = Theta^T X ...``: an arrow's
    remark in words (as arrow_remarks takes it) that holds an equation of its own is a line of prose after the
    statement, whose sentence's formulas are read as any line of prose's are (typography_prose.sentence_formulas),
    never a second member of the statement's chain; a remark without one is left to arrow_remarks, which drops it."""
    def apart(match: re.Match) -> str:
        if not PROSE_WORDS.search(match.group(2)) or not re.match(r"[A-Za-z]", match.group(2)) \
                or "=" not in match.group(2):
            return match.group(0)
        return match.group(1) + "\n" + match.group(2)
    return _ARROW_REMARK.sub(apart, text) if "<-" in text else text


def arrow_remarks(text: str) -> str:
    """``text`` with a remark after an arrow taken off: ``<-`` or ``<--`` after a statement holding its relation,
    spaced from it, followed by words (two in a row) is the author's annotation, as a ``#`` comment in words is
    (``... * relu2derive(layer_1)  <--how did he come up with this formula?``). An arrow that opens a statement, or
    one followed by anything but prose, stays as written."""
    def remark(match: re.Match) -> str:
        if not PROSE_WORDS.search(match.group(2)) or not re.match(r"[A-Za-z]", match.group(2)):
            return match.group(0)
        return match.group(1)
    return _ARROW_REMARK.sub(remark, text) if "<-" in text else text


def remark_start(text: str) -> int:
    """Where the comment that ends ``text`` and that code_comments drops whole starts, ``y2=linear(W2*y1+b2)
    #W2*y1, linear: f(n)=n`` (after a code line's own equation a comment is a remark, whatever it holds: its commas,
    relations and formulas are the remark's, no claim of their own); ``len(text)`` where no such comment ends it
    (worked numbers, a value, a comment that is the line's claim are code_comments' to read)."""
    kept = code_comments(text).rstrip()
    return len(kept) if kept != text.rstrip() and text.startswith(kept) and COMMENT.search(text, len(kept)) \
        else len(text)


def _comment_holding_claim(line: str) -> str:
    """``return z * (1 - z)  # because s' = s (1 - s)``: a comment whose connective word leads into an equation,
    after code without an equation of its own (no claim), as that comment on a line of its own; so is a comment
    that is an equation (no prose in it) after a statement that is no relation and defines nothing,
    ``print(w.grad) # dloss/dw = 2 * y * x = 24`` (the code only shows the value the comment claims); any other
    line as it is (``dz = a - y  # so ...``: the code's equation is the claim, the comment a remark)."""
    match = COMMENT.search(line)
    if match is None or match.group("marker").strip() in ("%", "--") or "=" in line[:match.start()]:
        return line
    if not _CONNECTIVE.match(match.group("rest")) and _concluded_claim(match.group("rest")) is None \
            and not _claim_after_statement(line[:match.start()], match.group("rest")):
        return line
    return line[match.start("marker"):]


def _concluded_claim(rest: str) -> str | None:
    """The equation a comment's sentence concludes with, after its clauses in words, a comma and a concluding word
    (_CONCLUDING_CLAUSE): ``The loss derivative cancels with the activation's, so dZ = (output - expected).``
    gives ``dZ = (output - expected).``; None where the comment is not such a sentence, or words stand in or around
    its equation (a remark's, ``..., so here t = 1``)."""
    clause = _CONCLUDING_CLAUSE.match(rest)
    if clause is None:
        return None
    claim = rest[clause.end():]
    return None if _prose(claim) or _claim_start(claim) is None else claim.strip()


# a statement is code's: a name in it, and no mark of a document's (a heading's #, a $ of TeX's, a backslash: ##$h =
# ...$ is a heading mark glued to mathematics, no statement)
_STATEMENT = lazy_pattern(r"[A-Za-z_]")
_MARKUP = lazy_pattern(r"[#$\\]")
# a statement that defines or returns (def f(x): ..., return ..., lambda x: ...): its comment is about its body
_DEFINING = lazy_pattern(r"\b(?:def|return|lambda|function)\b")


def _claim_after_statement(code: str, rest: str) -> bool:
    """Whether a comment ``rest`` after ``code`` (no relation in it) is the line's claim: code that is a statement
    (a call, print(w.grad), loss.backward(); a name in it, no mark of a document's) defining nothing, and a comment holding an equation that is not only
    numbers (1.5 * 2 = 3, the code's worked numbers), with no prose around it."""
    return _STATEMENT.search(code) is not None and not _MARKUP.search(code) and not _DEFINING.search(code) \
        and "=" in rest \
        and _WORKED_NUMBERS.fullmatch(rest) is None and not _prose(rest) \
        and _claim_start(rest) is not None


# TeX's control word, \in, \sum: a command, never a word of prose (\sum_{k \in Children(j)} holds no two words)
_CONTROL_WORD = lazy_pattern(r"\\[A-Za-z]+")


def _prose(rest: str) -> bool:
    """Whether a comment's ``rest`` holds prose, two words in a row (PROSE_WORDS), once a call's arguments are closed
    up and TeX's control words are set aside (``\\sum _{k\\in Children(j)}``: a command, then a name)."""
    return PROSE_WORDS.search(arguments_closed(_CONTROL_WORD.sub(" ", rest))) is not None


def _value_after_assignment(code: str, rest: str) -> bool:
    """Whether a trailing comment ``rest`` after the line of code ``code`` is the value the line assigns: the code
    an assignment (_ASSIGNMENT), the comment only numbers, a number or a list of them with a decimal point among
    them (_VALUE_NUMBERS), its brackets balanced."""
    value = rest.strip()
    return _ASSIGNMENT.match(code) is not None and _VALUE_NUMBERS.fullmatch(value) is not None \
        and _DECIMAL.search(value) is not None and value.count("[") == value.count("]")


# a trailing comment whose list of numbers its line leaves open (``# [[-0.0011, -0.0013],``), and the comment lines
# after it (nothing but the comment on them) that go on with the list
_OPEN_VALUE = lazy_pattern(r"#[ \t]*\[[\[\]\s,0-9eE.+" + DASH_CHARACTERS + r"]*$")
_VALUE_LINE = lazy_pattern(r"^[ \t]*#[ \t]*([\[\]\s,0-9eE.+" + DASH_CHARACTERS + r"]*)$")


def _values_continued(text: str) -> str:
    """``text`` with a trailing comment's list of numbers, left open at the end of its line and closed by the comment
    lines after it, on one line: a printed matrix's rows, ``d = np.dot(u, v)  # [[-0.0011, -0.0013],`` then ``#
    [-0.0023, -0.0026]]``, is one value (_value_after_assignment reads it)."""
    lines = text.split("\n")
    kept: list[str] = []
    for line in lines:
        previous = kept[-1] if kept else ""
        opened = _OPEN_VALUE.search(previous)
        continued = _VALUE_LINE.match(line)
        if opened and continued and previous[opened.start():].count("[") > previous[opened.start():].count("]") \
                and previous[:opened.start()].strip():
            kept[-1] = previous.rstrip() + " " + continued.group(1).strip()
        else:
            kept.append(line)
    return "\n".join(kept)
