"""A remark on a formula's numbers, set aside before it is read (a part of typography.clean and of the display's and
the submission's lines): the member's number again as a percentage in parentheses, "= 0.659 (65.9%)" (refused where it
is not that number), a check mark after a verification ("= 1.000 ✓", \\checkmark), a cross or an arrow up or down
flagging the change ("= 3.2  ↑"), and a legend's entry after a formula, a setting's value and what it is ("\\alpha =
0.5 \\cdots \\text{Learning rate}")."""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .quantities import FormulaError, short

#: the author's marks after a result: a check mark (✓ ✔) or a cross (✗ ✘) judging it, an arrow up or down (↑ ↓ ⇑ ⇓ ⬆ ⬇)
#: flagging the direction of the change ("w2_new = ... = 3.2  ↑", batch 156's Markdown lesson); no operator, relation
#: nor quantity, so never a part of the formula (the arrows left and right, which may be an update's, are other rules')
RESULT_MARK = "[\u2713\u2714\u2717\u2718\u2191\u2193\u21d1\u21d3\u2b06\u2b07]"
# a remark after a member's number: its value again as a percentage in parentheses, "= 0.659 (65.9%)" (TeX's \%
# too), or a mark after the result (RESULT_MARK), "= 1.000 ✓" (in parentheses or not), ending the line as an aside does.
# The member starts where a line or an = does (where the leftmost match would start anyway), so that a line is scanned
# from those places alone, each to its next =, not from each of its characters to its end; the member never ends in
# a space (the spacing's, taken whole), so that a run of spaces is scanned once, not from each of its characters
_NUMBER_REMARK = lazy_pattern(r"(?:^|(?<==))(?P<member>[^=\n]*?)(?<![ \t])(?:[ \t]|\\[,;: ]|\\q?quad\b)*+(?:\((?P<percent>[ \t]*-?\d*\.?\d+[ \t]*\\?%[ \t]*)\)"
                              "|\\(?[ \t]*" + RESULT_MARK + "[ \t]*\\)?)[ \t.,;:!?]*$", re.M)
_REMARKED_NUMBER = lazy_pattern(r"[ \t]*(-?\d*\.?\d+)[ \t]*")
# a check mark closing a worked row after its formula, "= (y' - y) x \quad \checkmark" (\surd, or a RESULT_MARK, ✓, ↑):
# the author's mark that the step was verified, a remark; TeX's marks only after spacing, as anywhere else they are no
# remark
_MARK_SPACING = r"(?:[ \t~]|\\[,;: ]|\\q?quad(?![A-Za-z]))"
_CLOSING_CHECK_MARK = lazy_pattern(r"(?<=\S)(?:" + _MARK_SPACING + r"+(?:\\checkmark|\\surd)(?![A-Za-z])|" + _MARK_SPACING
                                   + "*" + RESULT_MARK + r")[\s.,;:!]*$")


def without_number_remark(text: str) -> str:
    """Each line of ``text`` without the remark after its last member's number (_NUMBER_REMARK): a check mark is
    dropped; a percentage only where the member is a number it repeats, to the rounding of the two (``0.659
    (65.9%)``), and anything else refused, since a percentage left out unread could hide a wrong one."""
    def remark(match: re.Match) -> str:
        if match.group("percent") is None:
            return match.group("member")
        after_relation = match.string[:match.start()].rstrip().endswith("=")
        number = _REMARKED_NUMBER.fullmatch(match.group("member")) if after_relation else None
        percent = match.group("percent").replace("\\", "").strip(" \t%")
        if number is None:
            raise FormulaError(f"formula {short(match.group(0))}: a percentage in parentheses is read only after a"
                               " member that is a number it repeats (= 0.25 (25%)); leave it out")
        if abs(float(number.group(1)) - float(percent) / 100) > _half_unit(number.group(1)) \
                + _half_unit(percent) / 100 + 1e-12:
            raise FormulaError(f"formula {short(match.group(0))}: the percentage {percent}% is not the number"
                               f" {number.group(1)} before it; leave the percentage out or correct it")
        return match.group("member")
    return _NUMBER_REMARK.sub(remark, text)


def without_check_mark(row: str) -> str:
    """``row`` without the check mark closing it after its formula (_CLOSING_CHECK_MARK)."""
    return _CLOSING_CHECK_MARK.sub("", row) if "\\checkmark" in row or "\\surd" in row \
        or re.search(RESULT_MARK, row) else row


def _half_unit(number: str) -> float:
    """Half the unit of ``number``'s last digit: the rounding of a number as written (0.659: 0.0005)."""
    decimals = len(number.split(".", 1)[1]) if "." in number else 0
    return 0.5 * 10.0 ** -decimals


# a legend's entry: a name given a number, a leader (\cdots, \ldots, \dots, three dots or more, …, ⋯) and what the
# name is in words, "\alpha = 0.5 \cdots \text{Learning rate}" (a list of a page's settings writes them so)
_LEADER = r"(?:\\[lc]?dots(?![A-Za-z])|\.{3,}|\u2026|\u22ef)"
_LEGEND = (r"(?:\\[A-Za-z]+|[^\W\d_])(?:_\{[^{}$\n]{1,20}\}|_\w{1,20})?[ \t]*=[ \t]*-?\d*\.?\d+[ \t]*" + _LEADER +
           r"[ \t]*(?:\\text[ \t]*\{[^{}$\n]*?[^\W\d_]{2,}[^{}$\n]*\}|[^\W\d_]{2,}(?:[ \t]+[^\W\d_$]+)*)[ \t]*")
# after a claim on its line: closing the line, in a $...$ of its own after a comma, a semicolon or a wide space, or in
# the claim's own mathematics after one
_LEGEND_AFTER = lazy_pattern(r"(?<=\S)[ \t]*(?:[,;]|\\q?quad(?![A-Za-z]))[ \t]*(?:\$[ \t]*" + _LEGEND + r"\$[ \t.]*$|"
                             + _LEGEND + r"(?=\$*[ \t.]*$))", re.M)
_RELATION_SIGN = lazy_pattern(r"=|\\approx(?![A-Za-z])")


def without_legend_entry(text: str) -> str:
    """Each line of ``text`` without a legend's entry closing it after a claim, ``$w' = w - \\alpha
    \\frac{...}{...}$, $\\alpha = 0.5 \\cdots \\text{Learning rate}$``: a given value, a leader and the name's words
    (_LEGEND), the page's setting stated beside the claim, not a claim of its own. Only after a relation on its line
    (an entry alone is left as written)."""
    if "=" not in text:
        return text

    def dropped(entry: re.Match) -> str:
        line_before = text[text.rfind("\n", 0, entry.start()) + 1:entry.start()]
        return "" if _RELATION_SIGN.search(line_before) else entry.group(0)

    return _LEGEND_AFTER.sub(dropped, text)
