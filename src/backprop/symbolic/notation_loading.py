"""Reading a notation: a ``[notation]`` table (from a problem file, a ``--notation FILE`` or a bundled
notation) validated into a notation.Notation, each pattern parsed into the symbol it is. Every mistake in a
table ends in one line naming the source, the key and what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ..activations import ACTIVATIONS, ALIASES, HIDDEN_DEFAULT
from ..bundled import bundled
from ..errors import did_you_mean
from ..patterns import lazy_pattern
from ..problem_checks import ProblemError, parse_toml, read_text
from .brackets import balanced
from .code_names import code_identifier
from .decorations import font_glued_names
from .function_words import EITHER_WORDS, FUNCTIONS, NAMED_FUNCTIONS
from .notation import DERIVATIVE_PLACE, DEFAULT_INDICES, FUNCTION_NAMES, KEYS, OPERATIONS, Notation, Pattern
from .lisp_ml_definitions import HYPHENATED_NAME, lisp_spelled
from .loss_helpers import declared_loss_helper
from .notation_indices import (braced_scripts, called_symbol, matlab_index_group, matlab_index_text, named_argument, named_letters,
                               script_regexes, superscript_forms, unread_call)
from .notation_meanings import meaning_quantities
from .notation_names import (COMPONENT, DOTTED_NAME, ELEMENT_PATH, PHRASE_NAME, POINTER_FIELD, PRIMED_DIGITS, SPACED_NAME,
                             STRUCT_PATH, TRAILING_UNDERSCORE, WORD_AFTER_DIGITS, bracketed_struct_path,
                             code_name_spelled)
from .quantities import FormulaError
from .syntax import parse_row
from .syntax_tree import GREEK, GREEK_WORDS, WORD_LETTERS, Apply, Sym, Transpose
from .typography import clean
from .typography_unicode import greek_spelled


# a function's name with one prime, "f'", "\\sigma'", "σ'", "g'" (no scripts: g'_{j} is a pattern's name)
_PRIMED_FUNCTION = r"(?:\\[A-Za-z]+|[^\W\d_]\w*)'"
# MATLAB's cell index after a code name (nn.a{n}, d{n}): one name with code's index, never a TeX group
_CELL_INDEX = r"([A-Za-z]\w*(?:\.[A-Za-z]\w*)*)(?<!_)\{([^{}\\]+)\}"


def _function_name(name: str) -> str:
    """A function's name in the notation as formulas read it: a Greek letter's word, psi, is the letter \\psi (as
    a formula's psi(W_1 X) and ψ read)."""
    written = clean(name).strip()
    return GREEK_WORDS.get(written, written)


def _fail(source: str, where: str, what: str, fix: str):
    raise FormulaError(f"{source}: [notation] {where}: {what}; {fix}")


def _names(source: str, table: dict, key: str) -> tuple:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        _fail(source, f"key '{key}'", f"{value!r} is not a list of names", f'write e.g. {key} = ["\\\\alpha"]')
    return tuple(clean(item).strip() for item in value)


def _joined(names: tuple) -> tuple:
    """``names``, each of words written with a space (SPACED_NAME), ``learning rate``, as the notation keeps it:
    ``learning_rate`` (Notation.with_spaced_names_joined joins it so in a formula)."""
    return tuple("_".join(name.split()) if re.fullmatch(SPACED_NAME, name) else name for name in names)


def notation_from_table(table: dict, source: str) -> Notation:
    """Validate a ``[notation]`` table (a dict from TOML)."""
    if not isinstance(table, dict):
        _fail(source, "", "is not a table", "write [notation] with its keys below it")
    unknown = [key for key in table if key not in KEYS]
    if unknown:
        _fail(source, f"key '{unknown[0]}'", "is not a notation key",  # [notation.symbol] for [notation.symbols]
              f"{did_you_mean(unknown[0], KEYS)}the keys are {', '.join(KEYS)}")
    indices = table.get("indices", DEFAULT_INDICES)
    if not isinstance(indices, str) or not re.fullmatch(r"[A-Za-z]+", indices or ""):
        _fail(source, "key 'indices'", f"{indices!r} is not a string of letters", 'write e.g. indices = "ijk"')
    functions = table.get("functions", {})
    if not isinstance(functions, dict):
        _fail(source, "key 'functions'", "is not a table", f'write e.g. functions = {{ g = "{HIDDEN_DEFAULT}" }}')
    # a function reached through C's pointer or Fortran's component, "pMyLayer->tf" = "...": its dotted name, as the
    # symbols' patterns (code_pointers reads pMyLayer->tf(sum) in a formula as pMyLayer.tf(sum))
    functions = {COMPONENT.sub(".", POINTER_FIELD.sub(".", name)): meaning for name, meaning in functions.items()}
    # Lisp's act-slope: the name its forms are read with, act_slope (lisp_ml_definitions.lisp_spelled)
    functions = {lisp_spelled(name.strip()) if HYPHENATED_NAME.fullmatch(name.strip()) else name: meaning
                 for name, meaning in functions.items()}
    # a course library's helper declared a loss's derivative, { cost_derivative = "<loss>' by output(prediction,
    # target)" }: its call is that derivative (loss_helpers.py), kept beside the operations
    helpers = {name.strip(): declared_loss_helper(meaning) for name, meaning in functions.items()}
    helpers = {name: helper for name, helper in helpers.items() if helper is not None}
    for name, helper in helpers.items():
        if isinstance(helper, tuple):
            _fail(source, f"functions.'{name}'", *helper)
        if not re.fullmatch(rf"[A-Za-z]\w+|{DOTTED_NAME}", name):
            _fail(source, f"functions.'{name}'", "a loss derivative's helper is a code name of two characters or more",
                  "write the name its calls use, e.g. cost_derivative or \"functions.d_mean_squared_error\"")
    functions = {name: meaning for name, meaning in functions.items() if name.strip() not in helpers}
    # "f'" = "act' at output" (act an activation): a function's name with its prime, the derivative its f'(u) then is
    primed = {name: meaning for name, meaning in functions.items() if re.fullmatch(_PRIMED_FUNCTION, name.strip())}
    functions = {name: meaning for name, meaning in functions.items() if name not in primed}
    derivatives = {name.strip(): _derivative_place(source, name, meaning) for name, meaning in functions.items()
                   if isinstance(meaning, str) and "'" in meaning}
    # a derivative word holding a Greek letter, Julia's dσ: under its spelled name too (dsigma), which the formula's
    # word is read as (Notation.with_greek_words_spelled), a name it does not give otherwise
    derivatives.update({greek_spelled(name): given for name, given in list(derivatives.items())
                        if greek_spelled(name) not in derivatives})
    places = {name: place for name, (_, place) in derivatives.items()}
    words = {name: activation for name, (activation, _) in derivatives.items() if name not in EITHER_WORDS}
    functions = {name: meaning for name, meaning in functions.items() if name.strip() not in places}
    # a code's helper for arithmetic, { matrixdot = "matrix product", "Matrix.multiply" = "product" }: its operation
    operations = {name.strip(): meaning for name, meaning in functions.items() if meaning in OPERATIONS}
    for name in operations:
        if not re.fullmatch(rf"[A-Za-z]\w+|{DOTTED_NAME}", name):
            _fail(source, f"functions.'{name}'", "an operation's helper is a code name of two characters or more",
                  f'write the name its calls use, e.g. matrixdot = "{operations[name]}", or "Matrix.dot" (a dotted one)')
    functions = {name: meaning for name, meaning in functions.items() if name.strip() not in operations}
    for name, meaning in functions.items():
        if re.fullmatch(SPACED_NAME, name.strip()):  # a function's name is one word: its call reads name(...)
            _fail(source, f"functions.'{name}'", "a function's name has no space",
                  f"write it as one word, {'_'.join(name.split())}, in the notation and in the formula")
        if meaning not in FUNCTION_NAMES:
            _fail(source, f"functions.{name}", f"{meaning!r} is not a function backprop knows",
                  f"use one of {', '.join(FUNCTION_NAMES)}, an operation a code's helper performs ("
                  f"{', '.join(repr(operation) for operation in OPERATIONS)}), or for a derivative word of code where its derivative is"
                  f" taken, e.g. d{HIDDEN_DEFAULT} = \"{HIDDEN_DEFAULT}' at output\""
                  f" (or \"{HIDDEN_DEFAULT}' at input\")")
    label = table.get("label", "y")
    if not isinstance(label, str) or not re.fullmatch(r"[A-Za-z]", label):
        _fail(source, "key 'label'", f"{label!r} is not one letter", 'write e.g. label = "c"')
    rates, losses, parameters = (_names(source, table, key) for key in ("learning_rate", "loss", "parameter"))
    spaced = [name for name in (*rates, *losses, *parameters) if re.fullmatch(SPACED_NAME, name)]
    notation = Notation(source, indices, _joined(rates), _joined(losses),
                        {_function_name(name): meaning for name, meaning in functions.items()},
                        _joined(parameters), label, derivative_places=places, derivative_words=words,
                        spaced_names=_joined(spaced), index_names=_index_names(source, table, indices),
                        operations={**operations, **helpers})
    notation.primed_functions = {_function_name(name.strip()[:-1]): _primed_place(source, name, meaning, notation)
                                 for name, meaning in primed.items()}
    for name, meaning in functions.items():
        if re.search(r"[_^\[]", name):  # g_{out}, g^{[1]}, Ng's plain g[1]: the scripts name the function
            written = _symbol(source, f"functions.{name}", name)
            notation.scripted_functions[(written.base, written.sub, written.sup, written.bracket)] = meaning
    symbols = table.get("symbols", {})
    if not isinstance(symbols, dict):
        _fail(source, "key 'symbols'", "is not a table", 'write [notation.symbols] with "pattern" = "meaning" lines')
    named = named_letters(symbols, indices)
    for text, meaning in symbols.items():
        phrase = re.fullmatch(PHRASE_NAME, text.strip()) is not None
        if phrase:  # "Nuovo Peso": a phrase of words, one name joined by _ (in a formula too)
            text = "_".join(text.split())
            notation.spaced_names += (text,)
        pattern = _spelled_pattern(source, text, meaning, indices, phrase, named, notation, symbols)
        notation.patterns.append(pattern)
        if pattern.base.endswith(")") and not pattern.placeholders and not pattern.sub:
            # a call of names alone, "yd(w0, w1)": its function's bare name stays that value too, as before
            function = pattern.base.split("(")[0]  # the call's name as its call was read, one_hot, self.h1.feedforward
            notation.patterns.append(replace(_pattern(source, function, meaning, indices, phrase=True), text=text))
    return notation


def _spelled_pattern(source: str, text: str, meaning, indices: str, phrase: bool, named: frozenset[str],
                     notation: Notation, symbols: dict) -> Pattern:
    """The pattern ``text``; where the loader refuses it as written and it opens with a code name the grammar's symbol
    cannot hold (notation_names.code_name_spelled: d_L__d_o, gradienten_för_denna_vikt, nn.∇w[i]), the pattern of
    that name spelled as the reader keeps it, the spelling kept for formulas (Notation.with_code_names_spelled).
    Refused as written where the spelled pattern is refused too, and where the table names the spelled name itself
    (d_L__d_o beside d_L_d_o: a formula's name would be either)."""
    try:
        return _pattern(source, text, meaning, indices, phrase, named)
    except FormulaError as refused:
        spelled = None if phrase else code_name_spelled(text)
        if spelled is None and HYPHENATED_NAME.fullmatch(text.strip()):
            # Lisp's d-error: the name its forms are read with (lisp_ml_definitions), d_error; a formula's d-error
            # elsewhere stays d minus error, so no spelling of formulas is kept
            spelled = (text.strip(), lisp_spelled(text.strip()), lisp_spelled(text.strip()))
        if spelled is None:
            raise
        try:
            pattern = _pattern(source, spelled[2], meaning, indices, phrase, named)
        except FormulaError:
            raise refused from None
    written, name = spelled[:2]
    twins = [other for other in symbols if re.match(re.escape(name) + r"(?![\w∂∇])", other.strip())]
    if twins or any(spelling == name and other != written for other, spelling in notation.code_spellings.items()):
        _fail(source, f"symbols.{text!r}", f"is read as the code name {name}, which the table names too",
              f"name one of {written} and {name}, or give both the same meaning under one spelling")
    if not HYPHENATED_NAME.fullmatch(written):
        notation.code_spellings[written] = name
    return pattern


def _index_names(source: str, table: dict, indices: str) -> dict:
    """``index_names = { ineuron = "j" }``: code's loop variables, each a word of two characters or more, and the
    letter of ``indices`` each stands for in a formula (deltas(ineuron) is deltas(j))."""
    names = table.get("index_names", {})
    if not isinstance(names, dict):
        _fail(source, "key 'index_names'", "is not a table", 'write e.g. index_names = { ineuron = "j" }')
    for word, letter in names.items():
        if not re.fullmatch(r"[A-Za-z]\w+", word):
            _fail(source, f"index_names.'{word}'", "is not a code name of two characters or more",
                  'write a loop variable as code names it, e.g. ineuron = "j"')
        if not isinstance(letter, str) or len(letter) != 1 or letter not in indices:
            _fail(source, f"index_names.{word}", f"{letter!r} is not one letter of indices ({indices!r})",
                  f'write the index letter it stands for, e.g. {word} = "{indices[0]}", and list it in indices')
    return dict(names)


def _primed_place(source: str, name: str, meaning, notation: Notation) -> tuple[str, str]:
    """The activation and the place ("input" or "output") a primed function's name is given (``"f'" = "act' at
    output"``: f'(y) is act's slope written of its output y, y (1 - y) for \\sigma), as a derivative
    word's value says it (notation.DERIVATIVE_PLACE). Refused where the value is no element-wise activation's
    derivative with its place, or where the name without its prime is a function of another activation (the
    notation's f, or the reader's \\sigma): f' is then the derivative of no function the page uses."""
    match = re.fullmatch(DERIVATIVE_PLACE, meaning.strip()) if isinstance(meaning, str) else None
    given = ALIASES.get(match.group(1), match.group(1)) if match is not None else None
    if given not in ACTIVATIONS or not ACTIVATIONS[given].elementwise:
        bare = ALIASES.get(str(meaning).strip(), str(meaning).strip())  # "f'" = "act": the place left out
        known = bare if bare in ACTIVATIONS and ACTIVATIONS[bare].elementwise else HIDDEN_DEFAULT
        _fail(source, f"functions.{name}", f"{meaning!r} is not an element-wise activation's derivative and where it"
              f" is taken", f"write \"{known}' at output\" for {name}(y) of a unit's output y (or \"{known}' at"
              " input\" of its sum)")
    base = _function_name(name.strip()[:-1])
    unprimed = notation.functions.get(base, FUNCTIONS.get(base, NAMED_FUNCTIONS.get(base)))
    if unprimed is not None and ALIASES.get(unprimed, unprimed) != given:
        _fail(source, f"functions.{name}", f"{meaning!r} is the derivative of {given}, and {base} is {unprimed}",
              f"give {name} the derivative of {base}'s own function, \"{unprimed}' at output\" (or at input)")
    return given, match.group(2)


def _derivative_place(source: str, name: str, meaning: str) -> tuple[str, str]:
    """The activation and where the derivative a derivative word names is taken, "input" or "output", from the
    functions value: the activation and ``' at output`` or ``' at input`` (notation.DERIVATIVE_PLACE). A word of
    code's (syntax_tree.EITHER_WORDS: dsigmoid, sigmoid_derivative, ...) must be that activation's; any other word
    of letters, digits and underscores, two or more (ableitung_sigmoid, a page's own language), or code's dotted name
    (self.sigmoidPrime, a class's method, as the notation's symbols take self.w1), or such a word with code's index of
    a number, netOutputActivator[1] (toynet.js's pair [f, f'] of functions, its element 1 called), or a dotted name
    through a list's element, self.layers[-1].activator.backward (ELEMENT_PATH), names the one given."""
    match = re.fullmatch(DERIVATIVE_PLACE, meaning.strip())
    activation = EITHER_WORDS.get(name.strip())
    given = ALIASES.get(match.group(1), match.group(1)) if match is not None else None
    if activation is not None:
        wrong = given != activation
    else:
        wrong = given not in ACTIVATIONS or not ACTIVATIONS[given].elementwise \
            or not re.fullmatch(rf"[A-Za-z]\w+(?:\[\d+\])?|{DOTTED_NAME}|{ELEMENT_PATH}", name.strip())  # f.d, act[1]
    if wrong:
        known = (f"{activation}' at input\" or \"{activation}' at output" if activation
                 else f"{HIDDEN_DEFAULT}' at output")
        _fail(source, f"functions.{name}", f"{meaning!r} is not an element-wise activation's derivative and where it"
              " is taken", f"write \"{known}\" for a word naming a derivative (dsigmoid, tanh_deriv, a word of"
              " letters, digits and underscores, or a dotted one, self.sigmoidPrime, self.layers[-1].act.backward)")
    return given, match.group(2)


def _pattern(source: str, text: str, meaning, indices: str, phrase: bool = False,
             named: frozenset[str] = frozenset()) -> Pattern:
    if isinstance(meaning, (int, float)) and not isinstance(meaning, bool):
        meaning = repr(meaning)
    if not isinstance(meaning, str) or not meaning.strip():
        _fail(source, f"symbols.{text!r}", f"the meaning {meaning!r} is not text",
              'write a quantity of symbols.md, e.g. "a1[k-1]"')
    if not balanced(meaning):  # "a{l-1}[j-1": refused here, in the table's words, not at the first formula reading it
        _fail(source, f"symbols.{text!r}", f"the meaning {meaning!r} leaves a bracket open or closes one never opened",
              'close each ( [ { it opens, e.g. "a{l-1}[j-1]"')
    # a phrase's words joined, Nuovo_Peso: one name whole (never Nuovo with the subscript Peso); MATLAB's struct path,
    # "net(j).neurons.weights(i)": the dotted name net[j].neurons.weights[i]; C's "layer->output[i]" layer.output[i]
    written = bracketed_struct_path(path) if (path := STRUCT_PATH.fullmatch(text.strip())) else text
    written = COMPONENT.sub(".", POINTER_FIELD.sub(".", written))  # layer->w, Fortran's this%output: layer.w, this.output
    node = Sym(text, "", "", 0) if phrase else _symbol(source, f"symbols.{text!r}", written, indices, named)
    if node.bracket is not None and not node.sub:  # "inputs[0]", "W1[j][k]": code's indices are the subscript
        node = Sym(node.base, node.bracket, node.sup, node.primes, None, node.position)
    elif node.bracket is not None and (vector := _entry_meaning_as_vector(node, meaning, indices)) is not None:
        # code's "δ_next[j]" = "-delta2[j]", a name with a subscript word and its index: the name δ_next is the
        # vector -delta2[:], whose entry j a formula's δ_next[j] is (reading_symbols' code entry)
        node, meaning = Sym(node.base, node.sub, node.sup, node.primes, None, node.position), vector
    row = re.fullmatch(r"([A-Za-z]),\s*:", node.sub)
    if row:  # a data matrix's row, "X(i, :)" = "x[:].T": the sample i's, X[i] (reading_entries' X(i, :) and X[i, :])
        if row.group(1) not in indices or re.search(rf"(?<![A-Za-z_]){row.group(1)}(?![A-Za-z_0-9])", meaning):
            _fail(source, f"symbols.{text!r}", f"a data matrix's row is the sample {row.group(1)}'s, a placeholder of"
                  " indices that the meaning does not use", f"write e.g. \"{node.base}(i, :)\" = \"x[:].T\" with i"
                  " in [notation] indices")
        node = Sym(node.base, row.group(1), node.sup, node.primes, None, node.position)
    layer = superscript_forms(node.sup)
    if len(layer) == 2 and any(part in indices for part in re.findall(r"\\[A-Za-z]+|.", layer[1])):
        node = Sym(node.base, node.sub, layer[1], node.primes, node.bracket, node.position)  # ^{[i]}: the layer i
    placeholders = []
    regexes = []
    sub_variants = script_regexes(braced_scripts(node.sub), indices, "s", placeholders)
    sup_variants = script_regexes(braced_scripts(node.sup), indices, "p", placeholders)
    for sub_regex in sub_variants:
        for sup_regex in sup_variants:
            regexes.append((sub_regex, sup_regex))
    literal = len(node.base) + sum(1 for c in node.sub + node.sup if c not in indices)
    return Pattern(text, node.base, node.sub, node.sup, meaning.strip(), literal + node.primes, regexes,
                   tuple(dict.fromkeys(placeholders)), node.primes, meaning_quantities(meaning.strip()))


def _entry_meaning_as_vector(node: Sym, meaning: str, indices: str) -> str | None:
    """The meaning of the vector whose entries the pattern ``node`` (a name with a subscript and code's index in
    brackets, δ_next[j]) names, where its index is one placeholder that the meaning writes only as a quantity's
    whole index, as written (``-delta2[j]``: ``-delta2[:]``); None otherwise (an index shifted, ``a1[j-1]``, or
    used in arithmetic, is no entry of the vector as code counts)."""
    letter = node.bracket.strip()
    if len(letter) != 1 or letter not in indices or letter in node.sub + node.sup:
        return None
    uses = len(re.findall(rf"(?<![\w]){letter}(?!\w)", meaning))
    whole = len(re.findall(rf"\w\[{letter}\]", meaning))
    return re.sub(rf"(?<=\w)\[{letter}\]", "[:]", meaning) if uses and uses == whole else None


# a name holding TeX's escaped underscore, out\_delta, out\_delta\_sum: the underscore a character of the name
_ESCAPED_UNDERSCORE = lazy_pattern(r"[A-Za-z][A-Za-z0-9]*(?:\\_[A-Za-z0-9]+)+")


def _symbol(source: str, where: str, text: str, indices: str = "", named: frozenset[str] = frozenset()) -> Sym:
    """A pattern, or a function's name, as the symbol it is: a base with its scripts and primes. A pattern's
    parenthesised index (MATLAB's ``w(k)``, arguments that are whole numbers or ``indices`` letters) is its
    subscript, as a formula's ``w(1)`` is the entry ``w_{1}``; so, literally, is one letter of ``named`` (a name of
    the notation's own, no placeholder) in parentheses, ``"d(a)"`` beside ``"d(z)"``: two names, a notes' dL/da and
    dL/dz (notation_layers.parenthesised_entry reads a formula's d(a) so)."""
    if (unread := unread_call(text.strip())) is not None:  # Lisp's (aref w j i), Haskell's w !! j
        _fail(source, where, *unread)
    primed = re.fullmatch(PRIMED_DIGITS, text.strip())
    if primed:  # w'1: no other reading of the prime in a pattern (no function's derivative names a quantity)
        return Sym(primed.group(1), primed.group(3), "", len(primed.group(2)))
    cell = re.fullmatch(_CELL_INDEX, text.strip())
    if cell:  # MATLAB's cell index, nn.a{n} (DeepLearnToolbox): code's index, as nn.a[n] is
        text = f"{cell.group(1)}[{cell.group(2)}]"
    if re.fullmatch(TRAILING_UNDERSCORE, text.strip()):  # Fortran's target_, Python's lambda_: one name, no script
        return Sym(text.strip(), "", "", 0)
    if re.match(r"\\partial(?![A-Za-z])|\u2202", text.strip()):
        # the spec's pattern is a base and its scripts: ∂ before one is no base (a page's \partial w_{ij} for
        # dE/dw_{ij} is read without the notation, as the claim's left side)
        _fail(source, where, "\\partial before a symbol is no pattern of the notation (a base with its scripts);"
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
        relation = parse_row(cleaned, names, f"notation pattern {text!r}")
    except FormulaError as error:
        _fail(source, where, str(error).split(": ", 1)[-1], "write a symbol such as O_{k}^{1}")
    glued = re.fullmatch(r"([A-Za-z]+[0-9]+)([A-Za-z])", cleaned)  # a word after the digits ("h2in") is a name
    if glued and glued.group(2) in indices:  # "w1j": the name w1j, or w1 of index j?
        _fail(source, where, f"reads as one name {cleaned} or as {glued.group(1)} with the index letter"
              f" {glued.group(2)} glued", f"write \"{glued.group(1)}_{{{glued.group(2)}}}\" for the entries, or take"
              f" {glued.group(2)} out of [notation] indices for the one name {cleaned}")
    node = relation.members[0] if len(relation.members) == 1 else None
    if isinstance(node, Apply) and indices and matlab_index_group(node.args, indices):
        node = _parenthesised_index(source, where, text, node, indices)
    elif isinstance(node, Apply) and (letter := named_argument(node.args, named)) is not None \
            and not (node.symbol.sub or node.symbol.sup or node.symbol.bracket is not None or node.symbol.primes):
        node = Sym(node.symbol.base, letter, "", 0, None, node.symbol.position, parenthesised=True)
    if isinstance(node, Apply) and (called := called_symbol(node, indices)) is not None:
        node = called  # Elixir's List.get(outs, i), get(w, j, i): the call of these names at these indices
    if isinstance(node, Apply):  # a call's name with a word for its argument (one_hot(target)): the name
        node = node.symbol
    if isinstance(node, Transpose) and node.primed and isinstance(node.of, Sym):
        node = replace(node.of, primes=1)  # "y'" (A-R007's output): the primed y, never Octave's transpose of y
    if not isinstance(node, Sym):
        _fail(source, where, "is not one symbol",
              "write a base with an optional subscript and superscript, e.g. a_{ik}^{0}")
    return node


def _parenthesised_index(source: str, where: str, text: str, call: Apply, indices: str) -> Sym:
    """``w(k)`` as ``w_{k}``; a second index group (``x[1](n)``, ``x_{1}(n)``) refused: the grammar's symbol has one
    subscript and one superscript, and which group would be which is the page's to say, not check's to guess."""
    written = matlab_index_text(call.args, indices)
    symbol = call.symbol
    if symbol.sub or symbol.sup or symbol.bracket is not None or symbol.primes:
        _fail(source, where, f"is not one symbol: {symbol.base} with two index groups, {symbol.text()} and"
              f" ({written})", f"write a base with an optional subscript and superscript, e.g."
              f" {symbol.base}_{{{written}}}^{{{symbol.bracket or symbol.sub or symbol.sup}}}")
    return Sym(symbol.base, written, "", 0, None, symbol.position)


def load_notation(spec: str | None, problem=None) -> Notation | None:
    """The notation named by ``--notation`` (a bundled name or a TOML file, or a Notation already
    read), else the problem file's ``[notation]`` table, else None."""
    if isinstance(spec, Notation):
        return spec
    if spec:
        path, source = Path(spec), spec
        if not path.exists():
            known = bundled("notations")
            if spec not in known:
                raise FormulaError(f"--notation {spec}: no such file, nor a bundled notation (bundled:"
                                   f" {', '.join(sorted(known))})")
            path, source = known[spec], f"bundled notation {spec}"
        try:  # as a problem file is read: a regular file of bounded size, nesting and key length
            document = parse_toml(read_text(path, "notation file"), path)
        except ProblemError as error:
            raise FormulaError(str(error)) from None
        if "notation" not in document:
            raise FormulaError(f"{path}: has no [notation] table; write [notation] and [notation.symbols]")
        return notation_from_table(document["notation"], source)
    table = getattr(problem, "notation", None) if problem is not None else None
    if table:
        return notation_from_table(table, f"[notation] of {Path(problem.path).name}")
    return None


