"""A notation's pattern parsed into the symbol it is (notation_loading reads the table and calls these): its base,
scripts and primes, the regular expressions of its index placeholders, and the code names the grammar's symbol cannot
hold kept under the spelling formulas are read with. A mistake ends in one line naming the table's source and key.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..patterns import lazy_pattern
from .brackets import balanced
from .code_names import code_identifier
from .decorations import font_glued_names
from .function_words import NAMED_FUNCTIONS
from .lisp_ml_definitions import HYPHENATED_NAME, lisp_spelled
from .notation import Notation, Pattern
from .notation_indices import (braced_scripts, called_symbol, indexed_call_symbol, matlab_index_group,
                               matlab_index_text, named_argument, script_regexes, superscript_forms, unread_call)
from .notation_meanings import meaning_quantities
from .notation_names import (DOTTED_NAME, PRIMED_DIGITS, STRUCT_PATH, TRAILING_UNDERSCORE, WORD_AFTER_DIGITS,
                             bracketed_struct_path, code_name_spelled, code_path_dotted)
from .quantities import FormulaError
from .syntax import parse_row
from .script_letters import WORD_LETTERS
from .syntax_tree import GREEK, Apply, Entry, Sym, Transpose
from .typography import clean

# MATLAB's cell index after a code name (nn.a{n}, d{n}): one name with code's index, never a TeX group
_CELL_INDEX = r"([A-Za-z]\w*(?:\.[A-Za-z]\w*)*)(?<!_)\{([^{}\\]+)\}"

# a call glued to code's index brackets, a code's own function returning a layer's values: V_out(n_out)[i]
_INDEXED_CALL = lazy_pattern(r"([A-Za-z_][\w.]*)\([^()]*\)(?:\[[^\[\]]*\])+")


def fail(source: str, where: str, what: str, fix: str):
    """The one line of a mistake in a notation table: its source, the key, what is wrong and what to write."""
    raise FormulaError(f"{source}: [notation] {where}: {what}; {fix}")


# a name, a hyphen and a whole number, plain text's flattened superscript (aL-1, zL-2 for a^{L-1}, z^{L-2}): the
# table names it whole, so a formula's aL-1 is that name (aL - 1, spaced, stays a difference)
_FLATTENED_SUPERSCRIPT = lazy_pattern(r"[A-Za-z]+-[0-9]+")


def spelled_pattern(source: str, text: str, meaning, indices: str, phrase: bool, named: frozenset[str],
                     notation: Notation, symbols: dict) -> Pattern:
    """The pattern ``text``; where the loader refuses it as written and it opens with a code name the grammar's symbol
    cannot hold (notation_names.code_name_spelled: d_L__d_o, gradienten_för_denna_vikt, nn.∇w[i]), the pattern of
    that name spelled as the reader keeps it, the spelling kept for formulas (Notation.with_code_names_spelled).
    Refused as written where the spelled pattern is refused too, and where the table names the spelled name itself
    (d_L__d_o beside d_L_d_o: a formula's name would be either)."""
    try:
        return parsed_pattern(source, text, meaning, indices, phrase, named)
    except FormulaError as refused:
        spelled = None if phrase else code_name_spelled(text)
        if spelled is None and HYPHENATED_NAME.fullmatch(text.strip()):
            # Lisp's d-error: the name its forms are read with (lisp_ml_definitions), d_error; a formula's d-error
            # elsewhere stays d minus error, so no spelling of formulas is kept
            spelled = (text.strip(), lisp_spelled(text.strip()), lisp_spelled(text.strip()))
        if spelled is None:
            raise
        try:
            pattern = parsed_pattern(source, spelled[2], meaning, indices, phrase, named)
        except FormulaError:
            raise refused from None
    written, name = spelled[:2]
    twins = [other for other in symbols if re.match(re.escape(name) + r"(?![\w∂∇])", other.strip())]
    if twins or any(spelling == name and other != written for other, spelling in notation.code_spellings.items()):
        fail(source, f"symbols.{text!r}", f"is read as the code name {name}, which the table names too",
              f"name one of {written} and {name}, or give both the same meaning under one spelling")
    if not HYPHENATED_NAME.fullmatch(written) or _FLATTENED_SUPERSCRIPT.fullmatch(written):
        # (a superscript flattened in plain text, aL-1 for a^{L-1}: a name the table gives whole, as formulas write it)
        notation.code_spellings[written] = name
    return pattern


def parsed_pattern(source: str, text: str, meaning, indices: str, phrase: bool = False,
             named: frozenset[str] = frozenset()) -> Pattern:
    if isinstance(meaning, (int, float)) and not isinstance(meaning, bool):
        meaning = repr(meaning)
    if not isinstance(meaning, str) or not meaning.strip():
        fail(source, f"symbols.{text!r}", f"the meaning {meaning!r} is not text",
              'write a quantity of symbols.md, e.g. "a1[k-1]"')
    if not balanced(meaning):  # "a{l-1}[j-1": refused here, in the table's words, not at the first formula reading it
        fail(source, f"symbols.{text!r}", f"the meaning {meaning!r} leaves a bracket open or closes one never opened",
              'close each ( [ { it opens, e.g. "a{l-1}[j-1]"')
    # a phrase's words joined, Nuovo_Peso: one name whole (never Nuovo with the subscript Peso); MATLAB's struct path,
    # "net(j).neurons.weights(i)": the dotted name net[j].neurons.weights[i]; C's "layer->output[i]" layer.output[i]
    written = bracketed_struct_path(path) if (path := STRUCT_PATH.fullmatch(text.strip())) else text
    written = code_path_dotted(written)  # layer->w, Fortran's this%output, PHP's Config::rate: layer.w, this.output, ...
    node = Sym(text, "", "", 0) if phrase else pattern_symbol(source, f"symbols.{text!r}", written, indices, named)
    script_indices = indices  # the letters that are placeholders in the pattern's scripts
    if node.bracket is not None and not node.sub:  # "inputs[0]", "W1[j][k]": code's indices are the subscript
        node = Sym(node.base, node.bracket, node.sup, node.primes, None, node.position)
    elif node.bracket is not None and (vector := _entry_meaning_as_vector(node, meaning, indices)) is not None:
        # code's "δ_next[j]" = "-delta2[j]", a name with a subscript word and its index: the name δ_next is the
        # vector -delta2[:], whose entry j a formula's δ_next[j] is (reading_symbols' code entry); the bracket's
        # letter inside the word, "δ_hidden[i]", is the word's own letter there, as the bracket gives i its place
        script_indices = indices.replace(node.bracket.strip(), "")
        node, meaning = Sym(node.base, node.sub, node.sup, node.primes, None, node.position), vector
    elif node.bracket is not None and node.sub and re.fullmatch(r"\s*[A-Za-z]\s*,\s*:\s*", node.bracket):
        # MATLAB's "delta3(i, :)", a row of a name whose digits are its subscript: no placeholder's place is left;
        # a formula's delta3(i, :) is the sample i's row of delta3 named whole as a row (reading_slices)
        whole = text.split("(")[0].split("[")[0].strip()
        fail(source, f"symbols.{text!r}", f"the row section of {whole} names no more than {whole} named whole as the"
              " one sample's row", f"write \"{whole}\" = \"{meaning}\" (a row): a formula's"
              f" {whole}(i, :) is then the sample i's row")
    elif node.bracket is not None and node.sub:
        fail(source, f"symbols.{text!r}", f"{node.base}_{{{node.sub}}} and code's index [{node.bracket.strip()}]"
              " are read as the entry of the vector the name without its index names, which needs the index to be"
              " one placeholder the meaning writes only as a quantity's whole index, counted from 0",
              f"write e.g. \"{text.split('[')[0]}[i]\" = \"delta1[i]\" (i one of [notation] indices)")
    row = re.fullmatch(r"([A-Za-z]),\s*:", node.sub)
    if row:  # a data matrix's row, "X(i, :)" = "x[:].T": the sample i's, X[i] (reading_slices' X(i, :) and X[i, :])
        if row.group(1) not in indices or re.search(rf"(?<![A-Za-z_]){row.group(1)}(?![A-Za-z_0-9])", meaning):
            fail(source, f"symbols.{text!r}", f"a data matrix's row is the sample {row.group(1)}'s, a placeholder of"
                  " indices that the meaning does not use", f"write e.g. \"{node.base}(i, :)\" = \"x[:].T\" with i"
                  " in [notation] indices")
        node = Sym(node.base, row.group(1), node.sup, node.primes, None, node.position)
    layer = superscript_forms(node.sup)
    if len(layer) == 2 and any(part in indices for part in re.findall(r"\\[A-Za-z]+|.", layer[1])):
        node = Sym(node.base, node.sub, layer[1], node.primes, node.bracket, node.position)  # ^{[i]}: the layer i
    placeholders = []
    regexes = []
    sub_variants = script_regexes(braced_scripts(node.sub), script_indices, "s", placeholders)
    sup_variants = script_regexes(braced_scripts(node.sup), script_indices, "p", placeholders)
    for sub_regex in sub_variants:
        for sup_regex in sup_variants:
            regexes.append((sub_regex, sup_regex))
    literal = len(node.base) + sum(1 for c in node.sub + node.sup if c not in script_indices)
    return Pattern(text, node.base, node.sub, node.sup, meaning.strip(), literal + node.primes, regexes,
                   tuple(dict.fromkeys(placeholders)), node.primes, meaning_quantities(meaning.strip()))


def _entry_meaning_as_vector(node: Sym, meaning: str, indices: str) -> str | None:
    """The meaning of the vector whose entries the pattern ``node`` (a name with a subscript and code's index in
    brackets, δ_next[j]) names, where its index is one placeholder that the meaning writes only as a quantity's
    whole index, as written (``-delta2[j]``: ``-delta2[:]``); None otherwise (an index shifted, ``a1[j-1]``, or
    used in arithmetic, is no entry of the vector as code counts)."""
    letter = node.bracket.strip()
    if len(letter) != 1 or letter not in indices or re.search(rf"(?<![A-Za-z]){letter}(?![A-Za-z])", node.sub) \
            or letter in node.sup:
        return None  # (the letter inside a word of the subscript, δ_hidden[i], is the word's: the bracket places i)
    uses = len(re.findall(rf"(?<![\w]){letter}(?!\w)", meaning))
    whole = len(re.findall(rf"\w\[{letter}\]", meaning))
    return re.sub(rf"(?<=\w)\[{letter}\]", "[:]", meaning) if uses and uses == whole else None


# a name holding TeX's escaped underscore, out\_delta, out\_delta\_sum: the underscore a character of the name
_ESCAPED_UNDERSCORE = lazy_pattern(r"[A-Za-z][A-Za-z0-9]*(?:\\_[A-Za-z0-9]+)+")


def pattern_symbol(source: str, where: str, text: str, indices: str = "", named: frozenset[str] = frozenset()) -> Sym:
    """A pattern, or a function's name, as the symbol it is: a base with its scripts and primes. A pattern's
    parenthesised index (MATLAB's ``w(k)``, arguments that are whole numbers or ``indices`` letters) is its
    subscript, as a formula's ``w(1)`` is the entry ``w_{1}``; so, literally, is one letter of ``named`` (a name of
    the notation's own, no placeholder) in parentheses, ``"d(a)"`` beside ``"d(z)"``: two names, a notes' dL/da and
    dL/dz (notation_layers.parenthesised_entry reads a formula's d(a) so)."""
    if (unread := unread_call(text.strip())) is not None:  # Lisp's (aref w j i), Haskell's w !! j
        fail(source, where, *unread)
    primed = re.fullmatch(PRIMED_DIGITS, text.strip())
    if primed:  # w'1: no other reading of the prime in a pattern (no function's derivative names a quantity)
        return Sym(primed.group(1), primed.group(3), "", len(primed.group(2)))
    cell = re.fullmatch(_CELL_INDEX, text.strip())
    if cell:  # MATLAB's cell index, nn.a{n} (DeepLearnToolbox): code's index, as nn.a[n] is
        text = f"{cell.group(1)}[{cell.group(2)}]"
    if re.fullmatch(TRAILING_UNDERSCORE, text.strip()):  # Fortran's target_, Python's lambda_: one name, no script
        return Sym(text.strip(), "", "", 0)
    if (indexed := re.fullmatch(rf"({TRAILING_UNDERSCORE})((?:\[[^\[\]]+\])+)", text.strip())) is not None:
        # C++'s member with code's indices, weights_[j][k]: the name, its indices the subscript a formula's code
        # indices give it (syntax_code.code_indices)
        return Sym(indexed.group(1), ",".join(part.strip() for part in re.findall(r"\[([^\[\]]+)\]", indexed.group(2))),
                   "", 0)
    if re.match(r"\\partial(?![A-Za-z])|\u2202", text.strip()):
        # the spec's pattern is a base and its scripts: ∂ before one is no base (a page's \partial w_{ij} for
        # dE/dw_{ij} is read without the notation, as the claim's left side)
        fail(source, where, "\\partial before a symbol is no pattern of the notation (a base with its scripts);"
              " check reads a lone \\partial X on a claim's left side as the loss's derivative by X already",
              "name X itself, e.g. \"w_{ij}\" = \"W1[j-1, i-1]\"")
    try:
        # a name of letters of any script, or of letters and digits before a script (cs231n's W1_{ij}, h1_{i},
        # 가중합_{3}, 오차y_{oi}: the whole run one name, as the pattern writes it)
        # \mathbf{d}w^{[l]}, Ng's bold d of a gradient's name: the name dw^{[l]}, as a formula written so reads it
        cleaned = clean(font_glued_names(text)).strip()
        leading = re.match(rf"{WORD_LETTERS}(?:[0-9]+(?=\s*[_^[]))?", cleaned)  # อากาศดี with its marks
        names = {leading.group(0)} if leading and len(leading.group(0)) > 1 else set()
        if re.fullmatch(WORD_AFTER_DIGITS, cleaned):  # scribd's w5new: the new w5, one name; code's g1d too
            names = {cleaned}
        code = code_identifier(cleaned)  # grad_y1_out, der_cost_W1_{jk}: one name, as code writes it
        names = {code} if code else names
        escaped = _ESCAPED_UNDERSCORE.match(text.strip())  # TeX's out\_delta: the name out_delta, as code writes it
        names = {escaped.group(0).replace("\\_", "_")} if escaped else names
        dotted = re.match(DOTTED_NAME, cleaned)
        names |= {dotted.group(0)} if dotted else set()  # self.w1: code's attribute, never self times w1
        names |= {r"\sigma"} if re.match(r"\\sigma(?![A-Za-z])", cleaned) else set()  # \sigma a quantity
        change = re.match(r"(\\[dD]elta)\s*(\\[A-Za-z]+)", cleaned)  # \Delta\omega_{ji}: one name
        names |= {f"{change.group(1)} {change.group(2)}"} if change else set()
        lettered = re.match(r"(\\[dD]elta)\s*([A-Za-z])(?![A-Za-z])", cleaned)  # δW35, \Delta W35: one name
        names |= {f"{lettered.group(1)} {lettered.group(2)}"} if lettered else set()
        worded = re.match(r"\\Delta\s*([^\W\d_]{2,})", cleaned)  # \Delta weight, ∆weight: the word's change, one name
        names |= {worded.group(1)} if worded else set()
        # a course's macro (\fw, \fx^{(i)}): the command the pattern starts with is read as the symbol's base where
        # the parser knows it as nothing else (Parser tries the names last), its whole name only (\frac is never
        # \f before rac); a Greek letter is a symbol already
        macro = re.match(r"\\[A-Za-z]+", cleaned)
        names |= {macro.group(0)} if macro and macro.group(0) not in GREEK else set()
        # a letter a function word spells (H, Heaviside's step) with its scripts, "H^{1}" = "a1[:]": the pattern's name
        scripted = re.match(r"([A-Za-z])\s*(?=[_^])", cleaned)
        names |= {scripted.group(1)} if scripted and scripted.group(1) in NAMED_FUNCTIONS else set()
        indexed_call = _INDEXED_CALL.fullmatch(cleaned)  # V_out(n_out)[i]: the function's name whole, V_out
        names |= {indexed_call.group(1)} if indexed_call else set()
        relation = parse_row(cleaned, names, f"notation pattern {text!r}")
    except FormulaError as error:
        fail(source, where, str(error).split(": ", 1)[-1], "write a symbol such as O_{k}^{1}")
    glued = re.fullmatch(r"([A-Za-z]+[0-9]+)([A-Za-z])", cleaned)  # a word after the digits ("h2in") is a name
    if glued and glued.group(2) in indices:  # "w1j": the name w1j, or w1 of index j?
        fail(source, where, f"reads as one name {cleaned} or as {glued.group(1)} with the index letter"
              f" {glued.group(2)} glued", f"write \"{glued.group(1)}_{{{glued.group(2)}}}\" for the entries, or take"
              f" {glued.group(2)} out of [notation] indices for the one name {cleaned}")
    node = relation.members[0] if len(relation.members) == 1 else None
    if isinstance(node, Apply) and indices and matlab_index_group(node.args, indices):
        node = _parenthesised_index(source, where, text, node, indices)
    elif isinstance(node, Apply) and (letter := named_argument(node.args, named)) is not None \
            and not (node.symbol.sub or node.symbol.sup or node.symbol.bracket is not None or node.symbol.primes):
        node = Sym(node.symbol.base, letter, "", 0, None, node.symbol.position, parenthesised=True)
    if isinstance(node, Entry) and (called := indexed_call_symbol(node, indices)) is not None:
        node = called  # a code's own function returning a layer's values, called and indexed: V_out(n_out)[i]
    if isinstance(node, Apply) and (called := called_symbol(node, indices)) is not None:
        node = called  # Elixir's List.get(outs, i), get(w, j, i): the call of these names at these indices
    if isinstance(node, Apply):  # a call's name with a word for its argument (one_hot(target)): the name
        node = node.symbol
    if isinstance(node, Transpose) and node.primed and isinstance(node.of, Sym):
        node = replace(node.of, primes=1)  # "y'" (A-R007's output): the primed y, never Octave's transpose of y
    if not isinstance(node, Sym):
        fail(source, where, "is not one symbol",
              "write a base with an optional subscript and superscript, e.g. a_{ik}^{0}")
    return node


def _parenthesised_index(source: str, where: str, text: str, call: Apply, indices: str) -> Sym:
    """``w(k)`` as ``w_{k}``; a second index group (``x[1](n)``, ``x_{1}(n)``) refused: the grammar's symbol has one
    subscript and one superscript, and which group would be which is the page's to say, not check's to guess."""
    written = matlab_index_text(call.args, indices)
    symbol = call.symbol
    if symbol.sub or symbol.sup or symbol.bracket is not None or symbol.primes:
        fail(source, where, f"is not one symbol: {symbol.base} with two index groups, {symbol.text()} and"
              f" ({written})", f"write a base with an optional subscript and superscript, e.g."
              f" {symbol.base}_{{{written}}}^{{{symbol.bracket or symbol.sub or symbol.sup}}}")
    return Sym(symbol.base, written, "", 0, None, symbol.position)
