"""The letter classes of the scripts of prose (script_letters.ARABIC_LETTER, EAST_ASIAN_LETTER, PROSE_SCRIPT_LETTER) are
written once and composed by every rule that needs them. Before, the Arabic remark after ``؛`` or ``،`` (then
typography_prose's, now typography_trailing_remarks') wrote its own Arabic ranges beside PROSE_SCRIPT_LETTER's, and
typography_prose's CJK_WORD its own copy of EAST_ASIAN_LETTER's; these tests check, at every code point, that the
composed classes hold exactly what the written-out classes held, and where the Arabic remark's old ranges differed,
that the difference is the one decided: a word of Arabic prose opens with a letter (ARABIC_LETTER), never with a
combining mark (U+0670, the superscript alef, rides on the letter before it) nor a sign (U+06FD, U+06FE, Sindhi's
signs), and the letters the old ranges skipped (U+06E5, U+06E6, the small waw and yeh; U+06EE, U+06EF) open one as
any other letter does.

The words that open a remark beside a formula are one table (typography_premises.REMARK_OPENING_WORDS) with two uses:
formula_remarks' aside in parentheses closing a formula's line (its words: a reason, a meaning, a case) and
typography_display's remark after the closing delimiter (a reason, a meaning, a pointer; never "for", which opens the
formula's case there). Before, each wrote its own list; the tests check that each use holds the words its list held,
and what each does with "for".
"""

from __future__ import annotations

import re

from backprop.symbolic import formula_remarks, typography_emphasis, typography_prose
from backprop.symbolic.typography_display import without_note_after
from backprop.symbolic.typography_premises import CONDITION_WORDS, REMARK_AFTER_FORMULA, REMARK_INSIDE_FORMULA
from backprop.symbolic.script_letters import ARABIC_LETTER, EAST_ASIAN_LETTER, PROSE_SCRIPT_LETTER

# the classes as they were written before the letter classes were composed (main at dbfc214)
_OLD_PROSE_SCRIPT_LETTER = re.compile(r"(?:(?=[^\W\d_])[\u05d0-\u05ea\u0620-\u06ff\u0750-\u077f\u0900-\u0d7f"
                                      r"\u0e01-\u0e4e\u0e81-\u0ece\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                                      r"\uac00-\ud7af\uf900-\ufaff])")
_OLD_ARABIC_REMARK_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]")
_OLD_EAST_ASIAN_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")

# where ARABIC_LETTER and the Arabic remark's old ranges differ: code points the old ranges held that are no letter,
# and letters of the script they skipped
_NOT_LETTERS = {0x0670, 0x06FD, 0x06FE}
_LETTERS_SKIPPED = {0x06E5, 0x06E6, 0x06EE, 0x06EF}


def _differences(new: str, old: re.Pattern) -> set[int]:
    """The code points (0 to 0x10FFFF) that exactly one of ``new`` (a pattern's text) and ``old`` matches alone."""
    new_pattern = re.compile(new)
    return {point for point in range(0x110000)
            if (new_pattern.fullmatch(chr(point)) is None) != (old.fullmatch(chr(point)) is None)}


def test_prose_script_letter_holds_what_it_held():
    assert _differences(PROSE_SCRIPT_LETTER, _OLD_PROSE_SCRIPT_LETTER) == set()


def test_east_asian_letter_holds_what_it_held_and_cjk_word_reads_it():
    assert _differences(EAST_ASIAN_LETTER, _OLD_EAST_ASIAN_LETTER) == set()
    assert typography_prose.CJK_WORD.pattern == EAST_ASIAN_LETTER


def test_arabic_letter_is_prose_script_letter_in_the_arabic_blocks():
    arabic, prose = re.compile(ARABIC_LETTER), re.compile(PROSE_SCRIPT_LETTER)
    for point in [*range(0x0600, 0x0700), *range(0x0750, 0x0780)]:
        assert (arabic.fullmatch(chr(point)) is None) == (prose.fullmatch(chr(point)) is None), hex(point)


def test_arabic_letter_differs_from_the_remarks_old_ranges_only_where_decided():
    assert _differences(ARABIC_LETTER, _OLD_ARABIC_REMARK_LETTER) == _NOT_LETTERS | _LETTERS_SKIPPED
    assert all(not chr(point).isalpha() for point in _NOT_LETTERS)
    assert all(chr(point).isalpha() for point in _LETTERS_SKIPPED)


def _words(alternation: str) -> set[str]:
    return set(alternation.split("|"))


def test_each_use_of_the_remark_words_holds_the_words_its_own_list_held():
    # formula_remarks._CONNECTIVE_REMARK's and typography_display._REMARK_OPENING's lists at main f0803e2
    assert _words(REMARK_INSIDE_FORMULA) == {"since", "because", "where", "as", "for"}
    assert _words(REMARK_AFTER_FORMULA) == {"since", "because", "as", "where", "note", "recall", "using", "by", "from",
                                            r"i\.\s?e\.", r"e\.\s?g\."}
    # typography_emphasis' notes and starts of a condition, CONDITION_WORDS and their own words
    assert _words(CONDITION_WORDS) | {"since", "only"} == {"if", "when", "whenever", "unless", "given", "since", "for",
                                                           "only"}
    assert typography_emphasis.CONDITION_NOTE.match("(whenever z > 0)") and typography_emphasis.CONDITION_NOTE.match(
        "(only at the output)") and not typography_emphasis.CONDITION_NOTE.match("(like an S curve)")


def test_for_opens_an_aside_inside_the_formula_and_a_case_after_its_delimiters():
    assert formula_remarks._CONNECTIVE_REMARK.search("dL/db = a - y (for each sample)")
    assert not formula_remarks._CONNECTIVE_REMARK.search("dL/db = a - y (for j = k)")  # a case: no relation allowed
    assert without_note_after("$dL/db = a - y$ (since b is shared)") == "$dL/db = a - y$"
    assert without_note_after("$dL/db = a - y$ [i.e. the error]") == "$dL/db = a - y$"
    assert without_note_after("$dL/db = a - y$ (for j = k)") == "$dL/db = a - y$ (for j = k)"  # the formula's case
