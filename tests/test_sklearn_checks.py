"""scikit-learn's own estimator checks (check_estimator) on backprop's MLPClassifier and MLPRegressor.

Every check runs with the estimators' default parameters (as check_estimator does); none is
expected to fail. The two skipped ones are skipped by scikit-learn itself when an optional
library is missing (array-API input without SCIPY_ARRAY_API, pandas objects without pandas).
"""

from __future__ import annotations

import pytest

pytest.importorskip("sklearn")

from sklearn.utils.estimator_checks import parametrize_with_checks

from backprop.sklearn import MLPClassifier, MLPRegressor

#: check name -> why it is expected to fail. Empty: every check passes.
EXPECTED_FAILED_CHECKS: dict[str, str] = {}


@parametrize_with_checks([MLPClassifier(), MLPRegressor()],
                         expected_failed_checks=lambda estimator: EXPECTED_FAILED_CHECKS)
def test_sklearn_estimator_checks(estimator, check):
    check(estimator)
