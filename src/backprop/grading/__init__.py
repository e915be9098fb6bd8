"""backprop grade: whole submissions judged claim by claim (shared/spec/notation.md).

document.py reads a submission (untrusted text) and finds its chains of equations.
"""
