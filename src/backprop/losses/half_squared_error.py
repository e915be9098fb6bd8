"""Half the squared error: L = 1/2 sum_j (y_j - a_j)^2, so that dL/da_j = a_j - y_j."""

from __future__ import annotations

from functools import partial

from ..expression import Div, Num
from ._loss import Loss
from .squared_error import SQUARED_RESIDUALS, A, Y, squared_error, squared_error_gradient

# scikit-learn's MLPRegressor minimises this (for one output): the regressor's default.
ENTRY = Loss("half_squared_error", "half squared error", partial(squared_error, scale=0.5),
             partial(squared_error_gradient, scale=0.5), Div(Num(1), Num(2)) * SQUARED_RESIDUALS, A - Y,
             default_for=("regression",))
