"""Derivations with SymPy: ``backprop derive`` (dL/d(parameter) as the chain rule, simplified,
expanded, and the update rule) and ``backprop check`` (is a hand-derived formula right?).

Modules, one job each: functions (SymPy activations, keyed like the activation registry),
formula_functions (the names a formula may call, and their LaTeX spellings),
quantities (the network's symbols and parameter names), definitions (what z, a, L stand for),
derivation (the chain rule and backpropagation in symbols), numeric (forward pass and evaluation),
printing (text and LaTeX spelling), document and render (what derive prints), parsing, latex and
latex_tokens (reading formulas in the symbols of symbols.md), points (random points), agreement
(when agreement at random points decides without a proof), equivalence (proofs), hints (common
mistakes), check (the verdict).

Homework as it is written (docs/notation.md): notation, notation_names, notation_loading, notation_indices,
notation_layers (the [notation] table and its patterns; bundled ones in notations/), typography, typography_unicode,
typography_rows, typography_tex (what documents put around formulas, a display's rows, other spellings of one thing),
tex_source (TeX's one-token arguments and macros), syntax, syntax_tree, syntax_atoms, syntax_arrows, syntax_arrays,
syntax_environments, syntax_indicators, syntax_arguments, syntax_operators, syntax_sums, syntax_symbols,
syntax_changes, syntax_scripts, syntax_plain_scripts, syntax_code, syntax_code_calls, syntax_quotients (the syntax
tree of LaTeX or plain text), reading, reading_base, reading_sums, sum_ranges, reading_conditions,
reading_derivatives, reading_gradients, reading_functions, reading_calls, reading_model, reading_unit_functions,
reading_symbols, reading_defaults, reading_layer_functions, reading_shapes, reading_jacobians (what a tree means in
the network's quantities), calculus (derivatives between quantities: dL/da, da/dz, dz/dw), equation_splitting and
claims (equations, their kinds and general rules), two_readings and readings_compared (a formula that reads two ways,
judged both ways), homework, homework_base, homework_parameters, homework_cases, homework_unsummed, homework_data,
homework_numbers, homework_number_meanings, function_definitions, derivative_word_definitions (the verdict on every
member), notation_printing (derive's result in a homework's notation). The command line is in commands/.

Importing this package does not import SymPy; import the modules themselves.
"""

import os

# SymPy sizes its cache once, when it is first imported, and every module here imports it after this
# package: checking one homework makes hundreds of thousands of cached calls, which SymPy's default of
# 1,000 entries keeps evicting while they are still in use. A user's own setting wins.
os.environ.setdefault("SYMPY_CACHE_SIZE", "20000")
