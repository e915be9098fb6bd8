"""Plain text's runs of glued letters read as words (a part of syntax.Parser): the longest name the notation knows
that a run starts with, another script's letters as one name, a function's word typed against its argument (lna, logy),
the sum's capitalised word before its index (SUM_k), and Fortran's trailing underscore of a name (target_)."""

from __future__ import annotations

import re
from itertools import accumulate

from .function_words import GLUED_FUNCTION_WORDS, NAMED_FUNCTIONS
from .script_letters import OTHER_SCRIPT_LETTERS
from .syntax_tree import _PLAIN_WORDS

# the sum's word capitalised, read as the sum only before its index's subscript, SUM_k [...] (a word of its own
# otherwise: SUM(A1:A3) is a spreadsheet's function, Sum a name a notation may give); the capital sigma's name, a
# plain-text page's SIGMA_k or Sigma_{k=1}, as \Sigma_k is read (AtomParsing.sigma_as_sum): only before an index
# letter's subscript, and never where the notation names \Sigma (a covariance)
_CAPITAL_SUM_WORDS = ("Sum", "SUM", "Sigma", "SIGMA")
_SIGMA_WORDS = ("Sigma", "SIGMA")


class WordParsing:
    """Parser methods for plain text's runs of glued letters."""

    def letters_word(self) -> str:
        """A run of letters read as the longest known name it starts with (SEE, RSS, a function, 오차y),
        a run of another script's letters (가중합), or one letter; plain-text SymPy names (W2, a1) keep their
        digits."""
        start = self.position
        letters = []
        index = start
        while index < len(self.tokens) and self.tokens[index].kind == "letter" and (
                index == start or not self.tokens[index].spaced):
            letters.append(self.tokens[index].text)
            index += 1
        run = "".join(letters)
        # where each token of the run ends in it: a letter token holds its combining marks (ตั of การตัดสินใจ), so a
        # name of n characters may span fewer tokens; a name ending inside a token (before its marks) is none
        ends = {length: start + count + 1 for count, length in enumerate(accumulate(len(letter) for letter in letters))}
        digits = self.tokens[index] if index < len(self.tokens) else None
        if f"{run}_" in self.names and self.trailing_underscore(index):
            self.position = index + 1  # Fortran's target_ the notation names: one name, its underscore no script's
            return f"{run}_"
        if (named := self.word_after_digits(run, index)) is not None:
            return named  # w5new where the notation names it: the new w5, one name
        if digits is not None and digits.kind == "number" and not digits.spaced \
                and f"{run}{digits.text}" in self.names:
            self.position = index + 1  # a name with digits the notation gives a pattern: W2 of W2_{00}, da2 of da2_dz2
            return f"{run}{digits.text}"
        for name in sorted(self.names, key=len, reverse=True):
            # the longest name first (delta before del_w's del), and a run that is a plain word or a known function's
            # name whole (delta, an activation's word) is that word, not a shorter name it starts with
            if run.startswith(name) and len(name) > 1 and not (run != name and (run in _PLAIN_WORDS
                                                                                 or run in NAMED_FUNCTIONS)) \
                    and len(name) in ends:
                self.position = ends[len(name)]
                return name
        if (other := re.match(OTHER_SCRIPT_LETTERS, run)) is not None:
            self.position = ends[len(other.group())]  # 오차 of 오차y, which no pattern names: one name of its own
            return other.group()
        if run in _CAPITAL_SUM_WORDS and index < len(self.tokens) and self.tokens[index].text == "_" and (
                run not in _SIGMA_WORDS or self.sigma_word_as_sum(index)):
            self.position = index  # Reed and Marks' SUM_k, Sum_{k}: the sum's word, before its index's subscript
            return "sum"
        if (glued := self.function_word_glued_to_name(run)) is not None and len(glued) in ends:
            self.position = ends[len(glued)]  # lna, logy: ln a, log y, the function's word typed against its argument
            return glued
        for name in list(NAMED_FUNCTIONS) + list(_PLAIN_WORDS):
            if run == name or (run.startswith(name) and len(name) > 2 and name in NAMED_FUNCTIONS):
                self.position = start + len(name)
                return name
        if re.fullmatch(r"[A-Z][a-z]{3,}", run) and (digits is None or digits.kind != "number" or digits.spaced):
            self.position = index  # a capitalised word, Error = ...: one name (unknown unless the notation names it)
            return run
        self.position = start + 1
        word = letters[0]
        # plain SymPy-style names: W2[0,1], a1[0], b3, z2[j]
        following = self.peek()
        if following is not None and following.kind == "number" and not following.spaced and "." not in following.text \
                and self.peek(1) is not None and self.peek(1).text == "[" and not self.peek(1).spaced:
            self.next()
            word += following.text
        return word

    def trailing_underscore(self, index: int) -> bool:
        """Whether the token at ``index`` is an underscore glued to the name before it that ends that name (Fortran's
        target_, scikit-learn's coef_): no letter, digit, brace or parenthesis glued after it, which would make it a
        subscript's."""
        if index >= len(self.tokens) or self.tokens[index].text != "_" or self.tokens[index].spaced:
            return False
        after = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return after is None or after.spaced or not (after.kind in ("letter", "number") or after.text in "{(")

    def letters_ahead(self) -> str:
        """The run of letters glued together from the current position, the position kept (code's glued_letters
        takes them)."""
        letters, index = [], self.position
        while index < len(self.tokens) and self.tokens[index].kind == "letter" and (
                index == self.position or not self.tokens[index].spaced):
            letters.append(self.tokens[index].text)
            index += 1
        return "".join(letters)

    def function_word_glued_to_name(self, run: str) -> str | None:
        """The function's word (ln, log, exp) a run of letters opens where the rest of the run is a name the
        notation gives whole (``lna``, ``logy``, ``logp`` of logp_i: ln a, log y, log p_i, a page's text with its
        space lost), or None: where the notation names the run whole or the word itself, or gives every letter of
        the word a meaning of its own (l n a a product of three names, as TeX reads letters), it is not that."""
        named = {*self.names, *self.bases}
        if run in named:
            return None
        for word in GLUED_FUNCTION_WORDS:
            rest = run[len(word):]
            if run.startswith(word) and rest in named and word not in named \
                    and not all(letter in named for letter in word):
                return word
        return None

    def sigma_word_as_sum(self, underscore: int) -> bool:
        """Whether the capital sigma's name before the subscript at ``underscore`` is the sum sign: the notation
        names no \\Sigma, and the subscript is an index letter, alone (SIGMA_k) or braced, with its bound or not
        (Sigma_{k}, Sigma_{k=1})."""
        texts = [token.text for token in self.tokens[underscore + 1:underscore + 4]] + [None] * 3
        letter = len(texts[0] or "") == 1 and texts[0].isalpha()
        braced = texts[0] == "{" and len(texts[1] or "") == 1 and texts[1].isalpha() and texts[2] in ("}", "=")
        return r"\Sigma" not in self.names and (letter or braced)
