"""Parser methods for sums and products in a formula (``\\sum_{k=1}^{n}``, ``\\prod_j``) with their index, bounds,
excluded value or set, a sum sign a student uses as a name (``\\sum_{i,k}^{(2)}``), and a product sign over
conditions, an indicator. A mixin of syntax.Parser, as OperatorParsing is. Also the words of a refusal
where a sum sign was typed as a letter on its index (``E(j)``: letter_applied, summed_hint).
"""

from __future__ import annotations

import re

from .decorations import NAME_COMMANDS
from .syntax_scripts import _strip_parentheses
from .syntax_tree import _IMPLIES, GREEK, RELATIONS, Apply, Big, Indicator, Node, Sym, Token, nodes_of

# What may follow a sum sign used as a name (\sum_{i,k}^{(2)} > 0): nothing that starts its term.
_NO_TERM = {">", "<", ">=", "<=", "!=", r"\geq", r"\leq", r"\gt", r"\lt", r"\neq", ",", r"\}", "}", ")", "]",
            r"\right", r"\\", "&"}
# what a set's members may stand in besides their letters and digits, \{\text{cat, dog}\}: braces, spacing and a
# command setting a name (decorations.NAME_COMMANDS)
_SET_SPACING = {"{", "}", "~", r"\,", r"\ ", *("\\" + command for command in NAME_COMMANDS)}


class SumParsing:
    """Parser methods for sums and products."""

    def big(self) -> Node:
        token = self.next()
        kind = "prod" if token.text == r"\prod" else "sum"  # \sum, or \Sigma written for it
        if kind == "prod" and [self.peek(k) and self.peek(k).text for k in range(3)] == ["_", "{", r"\{"]:
            return self.indicator_as_product(token)
        if kind == "sum" and (name := self.bare_sum(token)) is not None:
            return name
        letters, lower, upper, excluded, members, arrow, word = (), None, None, None, None, False, ""
        self.set_name = ""  # the word of \sum_{k \in outputs}, which named_set records
        for _ in range(2):
            if self.empty_script():
                continue
            if self.accept("_"):
                word = self.sum_word()
                if not word:
                    letters, lower, excluded, members, arrow = self.big_lower(token)
            elif self.accept("^"):
                upper = self.script()
        if kind == "sum" and not letters and lower is None and not word \
                and (letter := self.flat_sum_letter()) is not None:
            letters = (letter,)  # ∑kxkwjk: the sum over k, its subscript printed flat
        # Without an index letter: a product sign misread for the indicator, or a sum over the letter
        # its term leaves free (reading.py decides).
        if arrow:  # \sum_{i \to j}: over the units one side of a connection (reading_sums.graph_sum)
            return Big(kind, letters, None, upper, None, self.big_body(), token.position, None, arrow=True)
        named = self.set_name
        return Big(kind, letters, lower, upper, excluded, self.big_body(), token.position, members, word=word,
                   named=named)

    def sum_word(self) -> str:
        """``\\sum_{\\text{colonnes}}``: the word of three letters or more that a sum's subscript sets upright, its
        spaces kept (``\\text{data points}``), taken; "" with the position kept for anything else (an index letter,
        a set)."""
        upright = (r"\text", r"\mathrm", r"\textrm", r"\mbox", r"\textit", r"\textnormal")
        if [self.peek(k) and self.peek(k).text for k in range(3)] not in (["{", command, "{"] for command in upright):
            return ""
        at, word = self.position + 3, ""
        while at < len(self.tokens) and self.tokens[at].kind == "letter":
            word += (" " if word and self.tokens[at].spaced else "") + self.tokens[at].text
            at += 1
        if len(word) < 3 or [token.text for token in self.tokens[at:at + 2]] != ["}", "}"]:
            return ""
        self.position = at + 2
        return word

    def empty_script(self) -> bool:
        """Whether an empty subscript or superscript follows (and is taken), ``\\sum_{}^{}``: an editor's empty boxes
        for the bounds, which bound nothing; the sum is read as without them."""
        if [self.peek(k) and self.peek(k).text for k in range(3)] in (["_", "{", "}"], ["^", "{", "}"]):
            self.position += 3
            return True
        return False

    def bare_sum(self, token: Token) -> Sym | None:
        """``\\sum_{i,k}^{(2)}`` with scripts and no term after them (a relation, a comparison, a
        closing bracket or the end follows): a sum sign a student uses as a name (seed 001's input of
        unit i of layer 2 at sample k), a symbol with base ``\\sum`` that only the notation can give a
        meaning; None where a term follows (an ordinary sum)."""
        start = self.position
        sub = sup = ""
        for _ in range(2):
            if self.peek() is not None and self.peek().text == "_" and not sub:
                self.next()
                sub = self.raw_script()
            elif self.peek() is not None and self.peek().text == "^" and not sup:
                self.next()
                sup = _strip_parentheses(self.raw_script())
        following = self.peek()
        if (sub or sup) and (following is None or following.text in _NO_TERM or following.text in RELATIONS
                             or following.text in _IMPLIES):
            return Sym(r"\sum", sub, sup, 0, None, token.position)
        self.position = start
        return None

    def indicator_as_product(self, token: Token) -> Node:
        """``\\prod_{\\{i=\\beta\\}}``: a product sign over a set of conditions, the student's
        indicator that they all hold (as ``\\prod\\{u > 0\\}`` is); a factor of what follows."""
        self.expect("_", "after \\prod")
        self.expect("{", "after \\prod_")
        node = self.braces()
        self.expect("}", "to close the subscript of \\prod")
        if not isinstance(node, Indicator):
            self.fail("a product over a set that holds no condition", token,
                      "write the index of the product, \\prod_{j=1}^{n}, or the indicator \\prod_{\\{i = j\\}}")
        return node

    def big_body(self) -> Node:
        token = self.peek()
        if token is None:
            self.fail("the sum has no term", None)
        return self.term()

    def forall_letter(self) -> Token:
        """The letter after ``\\forall`` in a sum's index, ``\\sum_{\\forall n}``, ``\\sum_{\\forall_n}``,
        ``\\sum_{\\forall_{n}}``: a sum over all values of that letter, as ``\\sum_n`` is."""
        if not self.accept("_"):
            return self.next()
        if not self.accept("{"):
            return self.next()
        letter = self.next()
        self.expect("}", "to close the letter after \\forall")
        return letter

    def sum_arrow(self, index: int) -> bool:
        """Whether the arrow at token ``index`` joins a sum's two letters, ``\\sum_{i \\to j}`` (syntax_sums.big_lower),
        never a step of reasoning."""
        before = [token.text for token in self.tokens[max(index - 4, 0):index]]
        return len(before) == 4 and before[0] in (r"\sum", r"\Sigma") and before[1:3] == ["_", "{"] \
            and self.tokens[index - 1].kind == "letter"

    def big_lower(self, token: Token):
        """The index of a sum: ``k``, ``{k=0}``, ``{k \\neq j}``, ``{i,k}``, ``{k \\in \\{...\\}}``, as
        (letters, lower bound, excluded value, the set's members as written, whether an arrow joins two letters:
        ``{i \\to j}``)."""
        if self.peek() is not None and self.peek().text != "{":
            letter = self.next()
            return (letter.text,), None, None, None, False
        self.expect("{", "after \\sum_")
        letters = []
        while True:
            item = self.next()
            if item.text == r"\forall":  # \sum_{\forall n}: over all values of n
                item = self.forall_letter()
            if item.kind == "number" and not letters and self.peek() is not None and self.peek().text == "}":
                # \sum_{0}, a page's note for NumPy's sum along axis 0 (over the samples, batch 152's k52-cs-db2): an
                # axis says nothing of which of the formula's indices it runs over, so it is no index read here
                self.fail(f"\\sum_{{{item.text}}}: a number alone under \\sum is no index (an array's axis, NumPy's"
                          f" sum(axis={item.text})?)", item, "write the sum's index letter: \\sum_{n} over the samples,"
                          " n a sample index the notation's patterns write (x^{(n)}), or \\sum_{n=1}^{N}")
            if item.kind != "letter" and item.text not in GREEK:
                self.fail("expected the index letter of the sum", item)
            letters.append(item.text)
            if not self.accept(","):
                break
        lower = excluded = members = None
        if len(letters) == 1 and self.accept(r"\to", r"\rightarrow", "->"):
            # \sum_{i \to j}, the sum over a unit's neighbours in a graph of units (Bishop's "the units that send
            # connections to j"): the two letters, marked
            receiver = self.next()
            if receiver is None or receiver.kind != "letter" and receiver.text not in GREEK:
                self.fail("expected the letter of the unit after the arrow of \\sum_{i \\to j}", receiver)
            self.expect("}", "to close the index of the sum")
            return (letters[0], receiver.text), None, None, None, True
        if self.accept("="):
            lower = self.expression()
        elif self.accept(r"\neq", "!="):
            excluded = self.expression()
            if self.accept(r"\in") and not self.named_set():  # \sum_{j \neq i \in C}
                self.fail("a sum over a written-out set with a value excluded", self.peek(),
                          "write the set without the excluded value")
        elif self.accept(r"\in"):
            members = None if self.named_set() else self.set_members()
        self.expect("}", "to close the index of the sum")
        return tuple(letters), lower, excluded, members, False

    def named_set(self) -> bool:
        """``k \\in C``, ``k \\in \\text{outputs}``: a set named by a capital letter or a word, which the document
        defines in words; the sum runs over the units its index indexes, as without bounds. Else a set written out."""
        token, following = self.peek(), self.peek(1)
        if token is not None and token.kind == "letter" and len(token.text) == 1 and token.text.isupper() \
                and following is not None and following.text == "}":
            self.next()
            return True
        if self.accept(r"\text") and self.expect("{", "after \\text"):  # \text{outputs}, then the index's brace
            name = self.raw_until("}")
            if not name.isalpha():
                return False
            self.position += self.unit_applied_length(0)  # \text{ch}(j): Bishop's children of unit j, as Downstream(j)
            self.set_name = self.applied_name(name) or name  # the word read (named_set), or the word applied to a unit
            return self.peek() is not None and self.peek().text == "}"
        if token is not None and token.text in (r"\mathcal", r"\mathscr") \
                and [self.peek(k) and self.peek(k).text for k in (1, 3)] == ["{", "}"] and self.peek(2).kind == "letter" \
                and self.peek(2).text.isupper() and len(self.peek(2).text) == 1:
            capital = self.peek(2).text  # \mathcal{C}: the capital letter in a script font, as C; \mathcal{C}(j) as C(j)
            self.position += 4
            self.position += self.unit_applied_length(0)
            self.set_name = self.applied_name(capital)
            return self.peek() is not None and self.peek().text == "}"
        if token is not None and token.kind == "letter" and token.text.isupper() and len(token.text) == 1 \
                and (length := self.unit_applied_length(1)):  # C(j): a set of unit j's
            self.position += 1 + length
            self.set_name = self.applied_name(token.text)
            return True
        if (length := self.set_word_length()) is not None:
            # the word read (reading_sums' named_layer), or applied to a unit, Downstream(j), whose letter is checked
            self.set_name = "".join(self.peek(offset).text for offset in range(length))
            self.position += length
            return True
        if token is None or token.text != r"\{":  # \text{ch} (j) spaced, ch(j) \cup ...: no set read here
            self.fail("a sum over a set that is neither one capital letter, a word, a word applied to a unit"
                      " (\\text{ch}(j), Downstream(j)) nor written out", token,
                      "write \\sum_k or \\sum_{k \\in outputs}: a sum without bounds runs over the units")
        return False

    def set_word_length(self) -> int | None:
        """How many tokens name the set in math italics, ``k \\in outputs``, or as a word applied to a unit, Mitchell's
        ``k \\in Downstream(j)`` (the units taking j's output, the next layer's, over which k runs as without bounds):
        two letters or more glued together, then the unit's letter in parentheses, before the index's brace."""
        count = 0
        while (token := self.peek(count)) is not None and token.kind == "letter" and len(token.text) == 1 \
                and (count == 0 or not token.spaced):
            count += 1
        if count < 2:
            return None
        if self.peek(count) is not None and self.peek(count).text == "}":
            return count
        return count + length if (length := self.unit_applied_length(count)) else None

    def applied_name(self, name: str) -> str:
        """``name(j)`` where the tokens just taken close with a unit's letter in parentheses (unit_applied_length's),
        as named_layer checks that letter; else ""."""
        tail = [self.peek(offset) for offset in (-3, -2, -1)]
        return f"{name}({tail[1].text})" if all(tail) and [tail[0].text, tail[2].text] == ["(", ")"] else ""

    def unit_applied_length(self, start: int) -> int:
        """3 where the tokens from ``start`` on are a unit's letter in parentheses glued to the set's name and closing
        the index, ``(j)}`` (Mitchell's Downstream(j), Bishop's ch(j)), else 0."""
        tail = [self.peek(start + offset) for offset in range(4)]
        return 3 if all(tail) and [tail[0].text, tail[1].kind, tail[2].text, tail[3].text] == ["(", "letter", ")", "}"] \
            and not tail[0].spaced else 0

    def set_members(self) -> tuple[str, ...]:
        """The members of ``\\{1, 2, 3\\}`` or ``\\{\\text{cat, dog}\\}`` as written (their letters and
        digits), for a sum over a set; reading.py says what they may be."""
        opening = self.expect(r"\{", "after \\in (a set: \\{1, 2, 3\\}, one capital letter, a word, or a word applied"
                              " to a unit, \\text{ch}(j), its parenthesis glued; else write \\sum_k or"
                              " \\sum_{k \\in outputs})")
        members, current = [], ""
        while True:
            token = self.peek()
            if token is None:
                self.fail("the set is not closed with \\}", opening)
            self.next()
            if token.text == r"\}":
                break
            if token.text == ",":
                members.append(current)
                current = ""
            elif token.kind in ("letter", "number"):
                current += token.text
            elif token.text not in _SET_SPACING:
                self.fail("a set of other than names and numbers", token,
                          "write \\sum_k: a sum without bounds runs over the units")
        members.append(current)
        if not all(members):
            self.fail("a set with an empty member", opening, "write its members between commas: \\{1, 2, 3\\}")
        return tuple(members)


def letter_applied(node, letter: str) -> str:
    """The first call in ``node`` of a capital letter alone on the bare ``letter``, ``E(j)``, as written, or "": a
    page's sum sign typed as a letter (the Italian RNeFL page's ``E(j)(...)``), or a function of the index, which a
    refusal names with summed_hint's words."""
    return next((f"{call.symbol.base}({letter})" for call in nodes_of(node, Apply)
                 if re.fullmatch(r"[A-Z]", call.symbol.base) and not call.symbol.sub and len(call.args) == 1
                 and isinstance(call.args[0], Sym) and call.args[0].text() == letter), "")


def summed_hint(applied: str, letter: str) -> str:
    """What a refusal says of ``applied``, letter_applied's ``E(j)``: no name of the notation, and how a sum over the
    letter is written."""
    return (f"{applied} is {applied[0]} of {letter}, which the notation does not name: a sum over {letter} is written"
            f" sum_{letter} (...) or \\sum_{{{letter}}} ...")
