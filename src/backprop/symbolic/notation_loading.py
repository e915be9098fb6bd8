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
from ..problem_checks import ProblemError, parse_toml, read_text
from .function_words import EITHER_WORDS, FUNCTIONS, NAMED_FUNCTIONS
from .code_labels import labels_dropped
from .derivative_words import output_form
from .notation import DERIVATIVE_PLACE, DEFAULT_INDICES, FLAG_PLACE, FUNCTION_NAMES, KEYS, OPERATIONS, Notation
from .loss_helpers import declared_loss_helper
from .notation_indices import named_letters
from .lisp_ml_definitions import HYPHENATED_NAME, lisp_spelled
from .notation_names import DOTTED_NAME, ELEMENT_PATH, NEW_AXIS, PHRASE_NAME, SPACED_NAME, code_path_dotted
from .notation_patterns import fail, parsed_pattern, pattern_symbol, spelled_pattern
from .quantities import FormulaError
from .syntax_tree import GREEK_WORDS
from .typography import clean
from .typography_unicode import greek_spelled


# a function's name with one prime, "f'", "\\sigma'", "σ'", "g'" (no scripts: g'_{j} is a pattern's name)
_PRIMED_FUNCTION = r"(?:\\[A-Za-z]+|[^\W\d_]\w*)'"
#: ... with a layer's superscript after the prime, \sigma'^{(L)} (^{[2]}, ^(\ell), ^L; never ^{2} nor ^2, a power)
_LAYER_AFTER_PRIME = r"\^(?:\{\s*[(\[]\s*(?:\\[A-Za-z]+|\w+)\s*[)\]]\s*\}|[(\[]\s*(?:\\[A-Za-z]+|\w+)\s*[)\]]|[A-Za-z])"


def _primed_key(name: str) -> str:
    """The key of a primed function's name in Notation.primed_functions: its function's name (f' is f's), and a
    layer's superscript after the prime as the reader's Call keeps it, ``\\sigma'^{(L)}`` as ``\\sigma^L`` (that
    layer's calls alone then take the place given)."""
    base, _, layer = name.strip().partition("'")
    layer = re.sub(r"[\^{}()\[\]\s]", "", layer)
    return _function_name(base) + (f"^{layer}" if layer else "")


def _function_name(name: str) -> str:
    """A function's name in the notation as formulas read it: a Greek letter's word, psi, is the letter \\psi (as
    a formula's psi(W_1 X) and ψ read)."""
    written = clean(name).strip()
    return GREEK_WORDS.get(written, written)


def _names(source: str, table: dict, key: str) -> tuple:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        fail(source, f"key '{key}'", f"{value!r} is not a list of names", f'write e.g. {key} = ["\\\\alpha"]')
    # this->learningRate (PHP's $this->learningRate, its $ dropped), Fortran's this%eta: the dotted name a formula's is
    return tuple(code_path_dotted(clean(item).strip()) for item in value)


def _joined(names: tuple) -> tuple:
    """``names``, each of words written with a space (SPACED_NAME), ``learning rate``, as the notation keeps it:
    ``learning_rate`` (Notation.with_spaced_names_joined joins it so in a formula)."""
    return tuple("_".join(name.split()) if re.fullmatch(SPACED_NAME, name) else name for name in names)


def notation_from_table(table: dict, source: str) -> Notation:
    """Validate a ``[notation]`` table (a dict from TOML)."""
    if not isinstance(table, dict):
        fail(source, "", "is not a table", "write [notation] with its keys below it")
    unknown = [key for key in table if key not in KEYS]
    if unknown:
        fail(source, f"key '{unknown[0]}'", "is not a notation key",  # [notation.symbol] for [notation.symbols]
              f"{did_you_mean(unknown[0], KEYS)}the keys are {', '.join(KEYS)}")
    indices = table.get("indices", DEFAULT_INDICES)
    if not isinstance(indices, str) or not re.fullmatch(r"[A-Za-z]+", indices or ""):
        fail(source, "key 'indices'", f"{indices!r} is not a string of letters", 'write e.g. indices = "ijk"')
    functions = table.get("functions", {})
    if not isinstance(functions, dict):
        fail(source, "key 'functions'", "is not a table", f'write e.g. functions = {{ g = "{HIDDEN_DEFAULT}" }}')
    # a function reached through C's pointer or Fortran's component, "pMyLayer->tf" = "...": its dotted name, as the
    # symbols' patterns (code_pointers reads pMyLayer->tf(sum) in a formula as pMyLayer.tf(sum))
    functions = {code_path_dotted(name): meaning for name, meaning in functions.items()}
    # Lisp's act-slope: the name its forms are read with, act_slope (lisp_ml_definitions.lisp_spelled)
    functions = {lisp_spelled(name.strip()) if HYPHENATED_NAME.fullmatch(name.strip()) else name: meaning
                 for name, meaning in functions.items()}
    # a course library's helper declared a loss's derivative, { cost_derivative = "<loss>' by output(prediction,
    # target)" }: its call is that derivative (loss_helpers.py), kept beside the operations
    helpers = {name.strip(): declared_loss_helper(meaning) for name, meaning in functions.items()}
    helpers = {name: helper for name, helper in helpers.items() if helper is not None}
    for name, helper in helpers.items():
        if isinstance(helper, tuple):
            fail(source, f"functions.'{name}'", *helper)
        if not re.fullmatch(rf"[A-Za-z]\w+|{DOTTED_NAME}", name):
            fail(source, f"functions.'{name}'", "a loss derivative's helper is a code name of two characters or more",
                  "write the name its calls use, e.g. cost_derivative or \"functions.d_mean_squared_error\"")
    functions = {name: meaning for name, meaning in functions.items() if name.strip() not in helpers}
    # "f'" = "act' at output" (act an activation): a function's name with its prime, the derivative its f'(u) then is
    # (the prime typed as Unicode's, "σ′" (U+2032), that one prime, as a formula's σ′(z) reads it)
    functions = {name.strip()[:-1] + "'" if name.strip().endswith("\u2032") else name: meaning
                 for name, meaning in functions.items()}
    primed = {name: meaning for name, meaning in functions.items()
              if re.fullmatch(_PRIMED_FUNCTION + f"(?:{_LAYER_AFTER_PRIME})?", name.strip())}
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
    # nonlin = "<activation>, derivative at output": code's flagged activation, nonlin(x) the activation, nonlin(u, True)
    # its derivative taken at that place only (Trask's nonlin returns x*(1-x) of the layer's output)
    flags = {name.strip(): _flag_place(source, name, meaning) for name, meaning in functions.items()
             if isinstance(meaning, str) and re.search(r",[ \t]*(?:its[ \t]+|the[ \t]+)?derivative\b", meaning)}
    functions = {name: flags[name.strip()][0] if name.strip() in flags else meaning
                 for name, meaning in functions.items()}
    # a code's helper for arithmetic, { matrixdot = "matrix product", "Matrix.multiply" = "product" }: its operation
    operations = {name.strip(): meaning for name, meaning in functions.items() if meaning in OPERATIONS}
    for name in operations:
        if not re.fullmatch(rf"[A-Za-z]\w+|{DOTTED_NAME}", name):
            fail(source, f"functions.'{name}'", "an operation's helper is a code name of two characters or more",
                  f'write the name its calls use, e.g. matrixdot = "{operations[name]}", or "Matrix.dot" (a dotted one)')
    functions = {name: meaning for name, meaning in functions.items() if name.strip() not in operations}
    for name, meaning in functions.items():
        if re.fullmatch(SPACED_NAME, name.strip()):  # a function's name is one word: its call reads name(...)
            fail(source, f"functions.'{name}'", "a function's name has no space",
                  f"write it as one word, {'_'.join(name.split())}, in the notation and in the formula")
        if meaning not in FUNCTION_NAMES:
            fail(source, f"functions.{name}", f"{meaning!r} is not a function backprop knows",
                  f"use one of {', '.join(FUNCTION_NAMES)}, an operation a code's helper performs ("
                  f"{', '.join(repr(operation) for operation in OPERATIONS)}), or for a derivative word of code where its derivative is"
                  f" taken, e.g. d{HIDDEN_DEFAULT} = \"{HIDDEN_DEFAULT}' at output\""
                  f" (or \"{HIDDEN_DEFAULT}' at input\")")
    label = table.get("label", "y")
    if not isinstance(label, str) or not re.fullmatch(r"[A-Za-z]", label):
        fail(source, "key 'label'", f"{label!r} is not one letter", 'write e.g. label = "c"')
    rates, losses, parameters = (_names(source, table, key) for key in ("learning_rate", "loss", "parameter"))
    spaced = [name for name in (*rates, *losses, *parameters) if re.fullmatch(SPACED_NAME, name)]
    notation = Notation(source, indices, _joined(rates), _joined(losses),
                        {_function_name(name): meaning for name, meaning in functions.items()},
                        _joined(parameters), label, derivative_places=places, derivative_words=words,
                        spaced_names=_joined(spaced), index_names=_index_names(source, table, indices),
                        operations={**operations, **helpers},
                        flag_places={_function_name(name): place for name, (_, place) in flags.items()})
    notation.primed_functions = {_primed_key(name): _primed_place(source, name, meaning, notation)
                                 for name, meaning in primed.items()}
    for name, meaning in functions.items():
        if re.search(r"[_^\[]", name):  # g_{out}, g^{[1]}, Ng's plain g[1]: the scripts name the function
            written = pattern_symbol(source, f"functions.{name}", name)
            notation.scripted_functions[(written.base, written.sub, written.sup, written.bracket)] = meaning
    symbols = table.get("symbols", {})
    if not isinstance(symbols, dict):
        fail(source, "key 'symbols'", "is not a table", 'write [notation.symbols] with "pattern" = "meaning" lines')
    named = named_letters(symbols, indices)
    for text, meaning in symbols.items():
        phrase = re.fullmatch(PHRASE_NAME, text.strip()) is not None
        if phrase:  # "Nuovo Peso": a phrase of words, one name joined by _ (in a formula too)
            text = "_".join(text.split())
            notation.spaced_names += (text,)
        else:  # Swift's "predict(features: features)": the call it names, predict(features) (code_labels)
            text = labels_dropped(text)
        pattern = spelled_pattern(source, text, meaning, indices, phrase, named, notation, symbols)
        notation.patterns.append(pattern)
        if pattern.base.endswith(")") and not pattern.placeholders and not pattern.sub:
            # a call of names alone, "yd(w0, w1)": its function's bare name stays that value too, as before
            function = pattern.base.split("(")[0]  # the call's name as its call was read, one_hot, self.h1.feedforward
            notation.patterns.append(replace(parsed_pattern(source, function, meaning, indices, phrase=True), text=text))
    return notation


def _index_names(source: str, table: dict, indices: str) -> dict:
    """``index_names = { ineuron = "j" }``: code's loop variables, each a word of two characters or more, and the
    letter of ``indices`` each stands for in a formula (deltas(ineuron) is deltas(j)); or NumPy's new axis, an alias
    of it in an index, ``{ na = "np.newaxis" }`` (x[:, na] is x[:, np.newaxis])."""
    names = table.get("index_names", {})
    if not isinstance(names, dict):
        fail(source, "key 'index_names'", "is not a table", 'write e.g. index_names = { ineuron = "j" }')
    for word, letter in names.items():
        if not re.fullmatch(r"[A-Za-z]\w+", word):
            fail(source, f"index_names.'{word}'", "is not a code name of two characters or more",
                  'write a loop variable as code names it, e.g. ineuron = "j"')
        if letter == NEW_AXIS:  # from numpy import newaxis as na: { na = "np.newaxis" }
            continue
        if not isinstance(letter, str) or len(letter) != 1 or letter not in indices:
            fail(source, f"index_names.{word}", f"{letter!r} is not one letter of indices ({indices!r})",
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
        fail(source, f"functions.{name}", f"{meaning!r} is not an element-wise activation's derivative and where it"
              f" is taken", f"write \"{known}' at output\" for {name}(y) of a unit's output y (or \"{known}' at"
              " input\" of its sum)")
    base = _function_name(name.strip().partition("'")[0])
    unprimed = notation.functions.get(base, FUNCTIONS.get(base, NAMED_FUNCTIONS.get(base)))
    if unprimed is not None and ALIASES.get(unprimed, unprimed) != given:
        fail(source, f"functions.{name}", f"{meaning!r} is the derivative of {given}, and {base} is {unprimed}",
              f"give {name} the derivative of {base}'s own function, \"{unprimed}' at output\" (or at input)")
    return given, match.group(2)


def _flag_place(source: str, name: str, meaning: str) -> tuple[str, str]:
    """The activation and where its flag call's derivative is taken, "input" or "output", from a functions value
    ``"<activation>, derivative at output"`` (notation.FLAG_PLACE) of a code name (nonlin, self.act). Refused where
    the activation is no element-wise one, or at the output where its derivative is no formula of its output alone
    (derivative_words.output_form says which have one)."""
    match = re.fullmatch(FLAG_PLACE, meaning.strip())
    given = ALIASES.get(match.group(1), match.group(1)) if match is not None else None
    if given not in ACTIVATIONS or not ACTIVATIONS[given].elementwise \
            or not re.fullmatch(rf"[A-Za-z]\w*|{DOTTED_NAME}", name.strip()):
        first = ALIASES.get(meaning.split(",")[0].strip(), meaning.split(",")[0].strip())
        known = first if first in ACTIVATIONS and ACTIVATIONS[first].elementwise else HIDDEN_DEFAULT
        fail(source, f"functions.{name}", f"{meaning!r} is not an element-wise activation and where its flag's"
              " derivative is taken", f"write \"{known}, derivative at output\" for a code function whose"
              f" {name.strip()}(u, True) is the derivative written of the unit's output u (or \"at input\" of its"
              " sum), its name one word or a dotted one")
    if match.group(2) == "output" and output_form(ACTIVATIONS[given]) is None:
        fail(source, f"functions.{name}", f"{given}'s derivative is no formula of its output alone",
              f"write \"{given}, derivative at input\"")
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
        fail(source, f"functions.{name}", f"{meaning!r} is not an element-wise activation's derivative and where it"
              " is taken", f"write \"{known}\" for a word naming a derivative (dsigmoid, tanh_deriv, a word of"
              " letters, digits and underscores, or a dotted one, self.sigmoidPrime, self.layers[-1].act.backward)")
    return given, match.group(2)


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


