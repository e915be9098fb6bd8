"""backprop: a workbench for backpropagation.

Build a feed-forward network in code or from a problem file, run forward and backward passes, and
get every number as a trace::

    from backprop import load_problem
    problem = load_problem("examples/seed004_softmax_classifier.toml")
    trace = problem.explain()            # a Trace: trace.steps[0].layers[0].delta, ...
"""

from .activations import ACTIVATIONS, Activation, get_activation
from .layers import Dense
from .losses import Loss, get_loss
from .network import Network
from .problem import LayerSpec, Problem, ProblemError, load_problem, parse_problem
from .trace import LayerTrace, StepTrace, Trace

__all__ = [
    "ACTIVATIONS", "Activation", "Dense", "LayerSpec", "LayerTrace", "Loss", "Network", "Problem",
    "ProblemError", "StepTrace", "Trace", "get_activation", "get_loss", "load_problem", "parse_problem",
]
__version__ = "0.1.0"
