"""Derivations with SymPy: ``backprop derive`` (dL/d(parameter) as the chain rule, simplified,
expanded, and the update rule) and ``backprop check`` (is a hand-derived formula right?).

Modules, one job each: functions (SymPy activations, keyed like the activation registry),
quantities (the network's symbols and parameter names), definitions (what z, a, L stand for),
derivation (the chain rule and backpropagation in symbols), numeric (forward pass and evaluation),
printing (text and LaTeX spelling), document and render (what derive prints), parsing and latex
(reading formulas), points (random points), equivalence (proofs), hints (common mistakes), check
(the verdict) and commands (the command line).

Importing this package does not import SymPy; import the modules themselves.
"""
