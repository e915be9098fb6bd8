"""backprop: a workbench for backpropagation.

Build a feed-forward network in code or from a problem file, run forward and backward passes, and
get every number as a trace::

    from backprop import load_problem
    problem = load_problem("examples/seed004_softmax_classifier.toml")
    trace = problem.explain()            # a Trace: trace.steps[0].layers[0].delta, ...
                                         # (a WorkedSolution: it renders itself, in a notebook too)

In a notebook, the functions named as the commands return objects that show themselves
(docs/notebooks.md)::

    import backprop
    backprop.explain("seed000_regression")   # the worked solution, stepping through each stage

The names below are loaded when first used (PEP 562), not when the package is imported: the
command line (backprop.cli) imports this package before it can catch anything, and Ctrl-C during
an eager ``import numpy`` here printed a KeyboardInterrupt traceback instead of one line.
"""

from importlib import import_module

#: public name -> the module that defines it
_EXPORTS = {
    "ACTIVATIONS": "activations", "Activation": "activations", "get_activation": "activations",
    "Dense": "layers", "Loss": "losses", "get_loss": "losses", "Network": "network",
    "LayerSpec": "problem", "Problem": "problem", "ProblemError": "problem",
    # a Problem whose explain() is a WorkedSolution (a Trace that shows itself in a notebook)
    "load_problem": "notebook.problems", "parse_problem": "notebook.problems",
    "LayerTrace": "trace", "StepTrace": "trace", "Trace": "trace",
    "UserError": "errors",
    # what the command line does, as functions that return objects (notebooks: docs/notebooks.md)
    "check": "api", "derive": "api", "explain": "api", "grade": "api", "load": "api", "train": "api",
    "variants": "api",
}

__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
        globals()[name] = value  # found once; later lookups do not come here
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
