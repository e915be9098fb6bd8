"""Rich display in notebooks (Jupyter, Colab, VS Code): what backprop's results look like in a cell.

Each result of the Python API (backprop.api) is an object with IPython's display methods
(``_repr_html_``; ``__repr__`` is the command line's text): a problem draws its network, a worked
solution is the stepping HTML page of ``explain --format html`` in an ``<iframe srcdoc>``, a
derivation and a check verdict are typeset (MathML, which browsers draw without a script), a
grading result is its table, a training history its curves (SVG), a trained model its layers and
scores. Nothing here imports IPython: the display protocol is only method names, and every output is
self-contained (no CDN, no network).
"""
