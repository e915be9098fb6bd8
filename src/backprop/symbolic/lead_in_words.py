"""The words a comment (a line, a list's item) writes before an equation's left side, and what they make of it: the one
definition every reader of them takes its lists and its decision from.

* REMARK_WORDS keep the equation a remark, never the line's claim: a condition's word (CONDITION_WORDS, ``# if
  positive δ = ...``), a denial's (``# not δ = ...``, ``# wrong``), a guess's or a question's (``# maybe``, ``#
  should``, ``# why``), a premise's (``# here H = 1``, the example's value; ``# assume lr = 0.1``, ``# let``, ``#
  say``).
* CLAIM_WORDS lead into the claim: a worked step's verb (STEP_VERBS, ``# compute dW = ...``) and a connective
  (CONNECTIVE_WORD, ``# Therefore Z1 = ...``; CONCLUDING_WORDS after a sentence's clauses, ``..., so dZ = ...``), and so
  does a phrase restating the claim (RESTATING, ``# alternatively, X = ...``).

words_before_left decides: a remark's word anywhere makes a remark; where the notation is known, a word it reads
(a name, a function's, a Greek letter's) makes the reading a guess (unsure: the caller refuses), and any other word
is prose leading in; where it is not known (typography's notation-free cleaning), only the claim words lead in, any
other word may be a name, so the line stays a remark (``# here t = 1``, ``# S goes into H which is S = ...``).

Modules reading these: typography_comments (the notation-free pass of code's comments), comment_lead_ins (the
notation-aware one), label_words (a step's verb as a label; a condition's word before a formula), typography_premises
and typography_prose (a condition's word before an inline formula).
"""

from __future__ import annotations

from typing import Callable

from ..patterns import lazy_pattern

# a word introducing a formula as a condition, not a claim: "if $y = 1$", "when $j = k$,"
# ("since" asserts what follows it, a premise: a connective word, CONNECTIVE_WORD)
CONDITION_WORDS = r"if|when|whenever|unless|given|for"
#: the words that keep an equation after them a remark, never a claim (in any case): a condition's (CONDITION_WORDS,
#: while, except), a denial's (not, wrong, instead, the old formula), a guess's or a question's (maybe, should, why,
#: what), a premise's (here, the example's value; assume, suppose, let, say, known, example)
REMARK_WORDS = (CONDITION_WORDS + r"|while|except"
                r"|not|no|never|instead|rather|wrong|incorrect|false|old"
                r"|should|would|could|maybe|perhaps|why|what"
                r"|here|know|known|assume|assuming|suppose|supposing|let|say|example")
#: the connectives that conclude, leading into the equation that ends a sentence: "..., so dZ = ..."
CONCLUDING_WORDS = r"therefore|so|hence|thus"
#: a connective word leading into an equation (capitalised or not): "# Therefore Z1 = ...", "..., where z = ..."
CONNECTIVE_WORD = r"(?i:" + CONCLUDING_WORDS + r"|then|now|where|with|because|since|and|or)"
#: an adverb's phrase that restates or offers the claim after it, "# alternatively, X = ...", "# simply put dA/dZ =
#: ...", "# in other words, ...", "# i.e. ..." (a lead-in, as a connective is, never part of the claim)
RESTATING = r"(?i:(?:or\s+)?(?:alternatively|equivalently|simply\s+put|put\s+simply|in\s+other\s+words|in\s+short" \
            r"|that\s+is|i\.\s?e\.?)(?![A-Za-z]))"
#: the verbs of a worked step, in any case, that open a list item, a line or a comment's line before its formula's left
#: side (label_words reads them as labels; a comment's line keeps its equation after one): "* compute d (L) = a (L) -
#: y (t)", "* calcule d (l) = ...", "set w = w - ..." (English, Portuguese and Spanish imperatives and infinitives;
#: "let", and "if", "given", are line_breaks.LEAD_IN_WORD's, read there as a definition's lead-in, and REMARK_WORDS'
#: on a comment's line), and the words naming what follows, "chiamiamo delta[k] = ..." ("let us call", batch 132's
#: Italian page; French, Spanish and Portuguese alike)
STEP_VERBS = (r"compute|calculate|evaluate|set|update|"
              r"calcule|calcular|calcula|atualize|atualizar|actualice|actualizar|seja|sea|"
              r"chiamiamo|poniamo|definiamo|calcoliamo|calcola|aggiorniamo|sia|"
              r"soit|posons|notons|appelons|calculons|llamamos|definimos|chamamos")
#: the words that lead into the claim after them: a step's verb or a connective
CLAIM_WORDS = r"(?i:" + STEP_VERBS + r")|" + CONNECTIVE_WORD

_REMARK_WORD = lazy_pattern(r"(?i:" + REMARK_WORDS + r")")
_CLAIM_WORD = lazy_pattern(CLAIM_WORDS)

LEAD_IN, REMARK, UNSURE = "lead-in", "remark", "unsure"


def words_before_left(words: list[str], reads: Callable[[str], bool] | None = None) -> str:
    """What ``words``, a comment's words before an equation's left side, make of the equation: REMARK where one of
    them is a remark's word (REMARK_WORDS); with the notation's ``reads`` (whether a formula may hold the word), UNSURE
    where one is such a word (the caller refuses: the word may be the equation's factor), LEAD_IN otherwise (prose);
    without it (no notation known), LEAD_IN only where each is a claim's word (CLAIM_WORDS), REMARK otherwise."""
    if any(_REMARK_WORD.fullmatch(word) for word in words):
        return REMARK
    if reads is None:
        return LEAD_IN if words and all(_CLAIM_WORD.fullmatch(word) for word in words) else REMARK
    return UNSURE if any(reads(word) for word in words) else LEAD_IN
