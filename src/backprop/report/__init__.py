"""What a trained model is worth, for people: classification metrics, text tables and plots.

metrics : confusion matrix, per-class precision and recall, and both as aligned plain-text tables.
plots : PNG figures (matplotlib, imported only when plots are asked for).
"""
