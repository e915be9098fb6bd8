"""backprop grade and backprop variants: whole submissions judged claim by claim
(docs/notation.md, docs/grading.md), and a variant of a problem per student.

submission.py reads a submission (untrusted text), document.py finds its chains of equations; runner.py
grades many in parallel, bounded in time and memory; results.py writes what was found (text, JSON, CSV,
Gradescope); variants.py draws other numbers for a problem file.
"""
