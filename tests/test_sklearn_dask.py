"""A grid search on a real Dask cluster: scheduler and two worker processes on 127.0.0.1.

joblib's "dask" backend sends every (candidate, fold) fit to the cluster's workers: the estimator
and the data go over TCP by pickle, each worker process imports backprop, trains, and sends the
fitted estimator and its scores back. The result must equal the same search run in this process.
The cluster is started and closed by the test; nothing listens beyond the loopback address.
"""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn")
distributed = pytest.importorskip("distributed")

import joblib
from sklearn.datasets import load_digits
from sklearn.model_selection import GridSearchCV

from backprop.sklearn import MLPClassifier

GRID = {"hidden_layer_sizes": [(8,), (16,)], "learning_rate_init": [0.003, 0.03]}


def search() -> GridSearchCV:
    return GridSearchCV(MLPClassifier((8,), batch_size=32, max_iter=8, tol=None, random_state=0),
                        GRID, cv=2)


def test_grid_search_on_a_local_dask_cluster_equals_the_local_search():
    x, y = load_digits(return_X_y=True)
    x, y = x[:400], y[:400]
    local = search().fit(x, y)
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       host="127.0.0.1", dashboard_address=None,
                                       env={"OPENBLAS_NUM_THREADS": "1"})
    try:
        with distributed.Client(cluster) as client:
            workers = client.scheduler_info()["workers"]
            assert len(workers) == 2
            assert all(address.startswith("tcp://127.0.0.1:") for address in workers)
            with joblib.parallel_config(backend="dask"):
                remote = search().fit(x, y)
            # the fits ran on the workers (4 candidates x 2 folds: 8 fits, in batches joblib picks)
            ran = client.run(lambda dask_worker: dask_worker.state.executed_count)
    finally:
        cluster.close()
    assert len(ran) == 2 and sum(ran.values()) >= 1
    for key in ("mean_test_score", "split0_test_score", "split1_test_score"):
        np.testing.assert_array_equal(remote.cv_results_[key], local.cv_results_[key])
    assert remote.best_params_ == local.best_params_
    np.testing.assert_array_equal(remote.best_estimator_.predict_proba(x),
                                  local.best_estimator_.predict_proba(x))
    assert local.best_score_ > 0.8
