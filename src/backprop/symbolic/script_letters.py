"""The letters and marks of the world's scripts as regular expressions' classes: the combining marks that ride on a
letter, a word's letters of any script, and the scripts that prose is written in and mathematics never (Chinese,
Japanese and Korean, Arabic, Hebrew, the Indic scripts, Thai, Lao). Written once here; the tokens (syntax_tree), the
names (syntax_symbols, notation_patterns) and the remarks' prose (formula_remarks, typography_prose) compose them.
"""

from __future__ import annotations

import re
import unicodedata

def _marks(first: int, last: int) -> str:
    """The combining marks (Unicode's categories Mn, Mc, Me) from ``first`` to ``last``, as a character class's body."""
    return "".join(re.escape(chr(code)) for code in range(first, last + 1) if unicodedata.category(chr(code))[0] == "M")


#: A mark that combines with the letter before it, of the scripts written with them from the combining accents to
#: Myanmar's (Hebrew's points, Arabic's harakat, Devanagari's and Bengali's vowel signs, Thai's vowel and tone marks
#: ไม้เอก, สระอี, ...): part of that letter, so of its word; str.isalpha holds none of them, so they are listed here
#: from Unicode's categories (the one table of them: syntax_tree's tokens, syntax_symbols' words, the remarks' prose)
COMBINING_MARK = f"[{_marks(0x0300, 0x109F)}]"
#: A letter of a script other than the Latin alphabet with the marks combining with it: อี of อีก, की of की
OTHER_SCRIPT_LETTER = rf"[^\W\d_A-Za-z]{COMBINING_MARK}*"
#: A run of letters of any script with the marks combining with them (w, 가중합, อากาศดี): a word as written
WORD_LETTERS = rf"(?:[^\W\d_]{COMBINING_MARK}*)+"
#: A run of letters of any script (Hangul, kana, CJK, accented Latin: str.isalpha; Thai and Devanagari with their
#: marks), one name where no name the notation knows starts the run (syntax_words.letters_word): 오차 in d오차, 가중합
#: of 가중합_{3}, อากาศดี. typography.clean has made Unicode's Greek and math signs commands (σ as \sigma, ∂ as
#: \partial) before a row is tokenised.
OTHER_SCRIPT_LETTERS = rf"(?:{OTHER_SCRIPT_LETTER})+"
# The code points of the scripts of Chinese, Japanese and Korean, written once for the classes holding them; a letter
# (str.isalpha) told from the digits, signs and combining marks among a script's code points
_EAST_ASIAN_SCRIPTS = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_LETTER = r"(?=[^\W\d_])"
#: A letter of the scripts of Chinese, Japanese and Korean prose (CJK ideographs, kana, Hangul syllables): never a
#: letter of mathematics, so a word holding one, which the notation does not name, is prose
EAST_ASIAN_LETTER = f"[{_EAST_ASIAN_SCRIPTS}]"
#: A word of Chinese, Japanese or Korean prose, the notation's names it mentions glued in (对w_5进行更新, "update w_5"):
#: a run of word characters holding one such letter, never a formula's factors, whatever names it holds
EAST_ASIAN_WORD = rf"\w*{EAST_ASIAN_LETTER}\w*"
#: A letter of the Cyrillic script (its block: Russian's, Ukrainian's, Bulgarian's): no letter of mathematics either, so a
#: word of three or more, which the notation does not name, is prose (a label's, label_words)
CYRILLIC_LETTER = r"[\u0400-\u04ff]"
#: Chinese, Japanese and Korean prose's punctuation (、。，？！：, the full-width forms, the ideographic space): a sentence's
EAST_ASIAN_PUNCTUATION = r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
#: A letter of the Arabic script (its block and the Arabic Supplement), never its digits, signs nor harakat: what
#: opens a word of Arabic prose (PROSE_SCRIPT_LETTER's, typography_prose's remark after the Arabic comma or semicolon)
ARABIC_LETTER = rf"(?:{_LETTER}[\u0620-\u06ff\u0750-\u077f])"
#: A letter of a script that prose is written in and mathematics never (Hebrew, ARABIC_LETTER, the Indic scripts from
#: Devanagari to Malayalam's, Thai, Lao, and EAST_ASIAN_LETTER's), its marks (COMBINING_MARK) apart: a word holding one
#: that the notation does not name is prose
PROSE_SCRIPT_LETTER = (rf"(?:{ARABIC_LETTER}|{_LETTER}[\u05d0-\u05ea\u0900-\u0d7f\u0e01-\u0e4e\u0e81-\u0ece"
                       rf"{_EAST_ASIAN_SCRIPTS}])")
#: Words of any script after a comment's mark: a word of two letters or more holding one outside ASCII's (动量项,
#: скорость, μεταβολή, réseau), or a word of one such letter between two words (mise à jour): prose, as two Latin
#: words in a row are, never an operand of code (typography_comments' // b, the floor division's)
OTHER_SCRIPT_WORDS = (rf"(?=[^\W\d_]*[^\W\d_A-Za-z])(?:[^\W\d_]{COMBINING_MARK}*){{2,}}"
                      rf"|[^\W\d_]{{2,}}[ \t]+[^\W\d_A-Za-z][ \t]+[^\W\d_]{{2,}}")
