"""scikit-learn estimators on backprop's engine: MLPClassifier and MLPRegressor.

    from backprop.sklearn import MLPClassifier
    model = MLPClassifier(hidden_layer_sizes=(64,), max_iter=30, random_state=0).fit(X, y)
    model.predict_proba(X_test)            # (samples, classes)

They follow scikit-learn's estimator rules (they pass ``check_estimator``), so they work in
Pipeline, GridSearchCV and cross_val_score, and, through joblib's Dask backend, on a Dask cluster.
Needs scikit-learn (``pip install 'backprop[sklearn]'``).
"""

from .classifier import MLPClassifier
from .regressor import MLPRegressor

__all__ = ["MLPClassifier", "MLPRegressor"]
